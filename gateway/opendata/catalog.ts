// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// The hub's public figures as a DCAT-AP.de catalogue (https://www.dcat-ap.de/def/dcatde/), for the
// state's open-data portal to harvest: one dcat:Catalog, a dcat:Dataset per kind of figure, a
// dcat:Distribution per download (CSV and XLSX of the report downloads, SVG maps and GeoJSON of the
// membership data per unit, CSV of the reported sizes).
// DCAT-AP.de 3.0 requires title, description and publisher of catalogue and dataset, accessURL and
// licence of a distribution; its recommended properties are all given as well (see the test's list),
// and the German ones where they apply: the state level and the state key of Rhineland-Palatinate
// (dcatde:politicalGeocodingLevelURI, dcatde:politicalGeocodingURI, mirrored in dct:spatial) and the
// attribution text of a licence that requires one (dcatde:licenseAttributionByText).
// dcatde:contributorID only when the operator has one (OPENDATA_CONTRIBUTOR_ID): GovData assigns
// them to the portals that deliver to it, and each portal that harvests this catalogue adds its own.
//
// Licences:
// - Every report (members, coverage, outreach list) contains the official municipality directory
//   (names, keys, population, the grouping by district, type and size class), which Destatis
//   publishes under the Datenlizenz Deutschland – Namensnennung 2.0: so do they, with the directory's
//   attribution text exactly as services/registry/data/SOURCE.md requires it.
// - The reported network sizes contain nothing of the directory: member counts that public sources
//   published, with date, reporter and source. They are facts the hub only collected, so it releases
//   them without conditions, Datenlizenz Deutschland – Zero 2.0; the rows keep their sources anyway.
// - The catalogue itself (this metadata): Datenlizenz Deutschland – Zero 2.0 as well.
// - The maps (SVG) and the membership data per unit (GeoJSON) show the BKG's boundaries besides
//   the directory: dl-de/by-2-0 with both source notes (MAP_ATTRIBUTION).
import type { OpenDataConfig } from '../../common/config';
import { DatePrecision, NetworkId } from '../../common/domain';
import { NETWORKS } from '../../common/networks';
import { REPORTED_SIZES, surelyPublishedBy, type ReportedSizeFacts } from '../../common/reported-sizes';
import { GEO_ATTRIBUTION } from '../geo/map';
import { date, german, Graph, iri, plain, term } from './rdf';
import type { SourceDates } from './source-dates';

export const LICENCE = {
  /** Datenlizenz Deutschland – Namensnennung – Version 2.0 */
  BY: 'http://dcat-ap.de/def/licenses/dl-by-de/2.0',
  /** Datenlizenz Deutschland – Zero – Version 2.0 */
  ZERO: 'http://dcat-ap.de/def/licenses/dl-zero-de/2.0',
} as const;

/** The source note services/registry/data/SOURCE.md requires for the directory extract, word for word (a test compares). */
export const DIRECTORY_ATTRIBUTION =
  'Datenquelle: Statistisches Bundesamt (Destatis), Gemeindeverzeichnis GV100AD, Gebietsstand 30.11.2025; ' +
  'Datenlizenz Deutschland – Namensnennung – Version 2.0 (dl-de/by-2-0); Auszug Rheinland-Pfalz, Daten verändert ' +
  '(umformatiert, ergänzt um summierte Werte für Verbandsgemeinden/Landkreise und um das Merkmal "große kreisangehörige Stadt").';

/**
 * The source note of the maps (SVG and GeoJSON): the boundaries' attribution (BKG, gateway/geo/data/README.md)
 * and the directory's, both under dl-de/by-2-0.
 */
export const MAP_ATTRIBUTION = `Gebietsgrenzen: ${GEO_ATTRIBUTION}; Gemeindeverzeichnis: ${DIRECTORY_ATTRIBUTION}`;

export const CATALOG_PATH = '/opendata/catalog';
export const REPORTED_SIZES_PATH = '/opendata/reported-sizes.csv';

const EU = 'http://publications.europa.eu/resource/authority/';
const RHINELAND_PALATINATE = 'http://dcat-ap.de/def/politicalGeocoding/stateKey/07';
const STATE_LEVEL = 'http://dcat-ap.de/def/politicalGeocoding/Level/state';

export const FORMATS = {
  CSV: { extension: 'csv', fileType: `${EU}file-type/CSV`, mediaType: 'text/csv' },
  XLSX: {
    extension: 'xlsx',
    fileType: `${EU}file-type/XLSX`,
    mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  },
  GEOJSON: { extension: 'geojson', fileType: `${EU}file-type/GEOJSON`, mediaType: 'application/geo+json' },
  SVG: { extension: 'svg', fileType: `${EU}file-type/SVG`, mediaType: 'image/svg+xml' },
} as const;
type Format = keyof typeof FORMATS;

const IANA_MEDIA_TYPES = 'https://www.iana.org/assignments/media-types/';

/** The groupings of membershipReport, with the German words of a distribution's title. */
const GROUPINGS = {
  DISTRICT: 'nach Landkreis und kreisfreier Stadt',
  MUNICIPALITY_TYPE: 'nach Art der Gebietskörperschaft',
  SIZE_CLASS: 'nach Größenklasse',
  YEAR_JOINED: 'nach Beitrittsjahr',
} as const;

interface Distribution {
  slug: string;
  title: string;
  /** Path and query on the hub. */
  path: string;
  format: Format;
  /** A map: it shows the BKG's boundaries too, so its source note names them (MAP_ATTRIBUTION). */
  map?: boolean;
}

interface Dataset {
  slug: string;
  title: string;
  description: string;
  keywords: string[];
  /** Period the figures cover: from start, open-ended while they are computed for the day of the request. */
  start: string;
  end?: string;
  modified: string;
  /** EU frequency: UPDATE_CONT (computed live) or IRREG. */
  frequency: 'UPDATE_CONT' | 'IRREG';
  /** Page on the hub that shows the figures, if any. */
  landingPage?: string;
  licence: 'BY' | 'ZERO';
  distributions: Distribution[];
}

const both = (path: string, slug: string, title: string): Distribution[] =>
  (['CSV', 'XLSX'] as const).map((format) => ({
    slug: `${slug}-${FORMATS[format].extension}`,
    title: `${title} (${format})`,
    path: path.replace('{ext}', FORMATS[format].extension),
    format,
  }));

/** The day a network's reported sizes last changed what the downloads show (a month or year counts from its last day). */
function newestReport(sizes: readonly ReportedSizeFacts[], today: string): string | null {
  const days = sizes.map(surelyPublishedBy).filter((d) => d <= today);
  return days.length ? days.reduce((a, b) => (a > b ? a : b)) : null;
}

const latest = (days: (string | null)[], fallback: string): string =>
  days.filter((d): d is string => d !== null).reduce((a, b) => (a > b ? a : b), '') || fallback;

/** "2020-12" → "2020-12-01". */
const firstDay = (month: string) => `${month}-01`;

/** The first day of the period a reported date names (its day, month or year). */
function periodStart(size: ReportedSizeFacts): string {
  if (size.precision === DatePrecision.YEAR) return `${size.reportedOn}-01-01`;
  return size.precision === DatePrecision.MONTH ? firstDay(size.reportedOn) : size.reportedOn;
}

function datasets(dates: SourceDates): Dataset[] {
  const { today } = dates;
  const networks = Object.values(NetworkId);
  const reportsChanged = (network: NetworkId) =>
    newestReport(
      REPORTED_SIZES.filter((s) => s.network === network),
      today,
    );
  const changed = (network: NetworkId) => latest([dates.members[network], reportsChanged(network)], today);
  const untergrenze =
    'Das Register kennt nicht jedes Mitglied beim Namen. Jede Zeile nennt deshalb auch die zuletzt von einer öffentlichen Quelle ' +
    'gemeldete Mitgliederzahl mit Datum, Melder und Quelle; solange die Spalte „Vollständig“ „nein“ sagt, sind die Zahlen Untergrenzen.';
  const perNetwork = networks.flatMap((network): Dataset[] => {
    const { shortName, founded } = NETWORKS[network];
    return [
      {
        slug: `membership-${network}`,
        title: `Mitglieder des Netzwerks ${shortName}`,
        description:
          `Wie viele Kommunen Mitglied des Netzwerks ${shortName} sind, gezählt nach Landkreis und kreisfreier Stadt, ` +
          'nach Art der Gebietskörperschaft, nach Größenklasse und nach Beitrittsjahr, jeweils am Tag des Abrufs ' +
          `(Spalte „Stichtag“). ${untergrenze}`,
        keywords: [shortName, 'Mitglieder', 'Digitalisierung', 'Kommunen', 'interkommunale Zusammenarbeit', 'Netzwerk'],
        start: firstDay(founded),
        modified: changed(network),
        frequency: 'UPDATE_CONT',
        landingPage: '/dashboard',
        licence: 'BY',
        distributions: (Object.keys(GROUPINGS) as (keyof typeof GROUPINGS)[]).flatMap((groupBy) =>
          both(
            `/reports/membership.{ext}?network=${network}&groupBy=${groupBy}`,
            `membership-${network}-${groupBy}`,
            `Mitglieder ${GROUPINGS[groupBy]}`,
          ),
        ),
      },
      {
        slug: `coverage-${network}`,
        title: `Abdeckung des Netzwerks ${shortName} je Landkreis und kreisfreier Stadt`,
        description:
          `Wie viele der Kommunen, an die sich das Netzwerk ${shortName} richtet, Mitglied sind und welcher Anteil ihrer ` +
          'Einwohnerinnen und Einwohner damit erreicht ist: für das ganze Land und für jeden Landkreis und jede kreisfreie Stadt, ' +
          'am Tag des Abrufs. Einwohnerzahlen aus dem amtlichen Gemeindeverzeichnis (GV100AD) des Statistischen Bundesamtes. ' +
          untergrenze,
        keywords: [shortName, 'Abdeckung', 'Mitglieder', 'Einwohner', 'Landkreise', 'Digitalisierung', 'Kommunen'],
        start: firstDay(founded),
        modified: changed(network),
        frequency: 'UPDATE_CONT',
        landingPage: '/dashboard',
        licence: 'BY',
        distributions: [
          ...both(`/reports/coverage.{ext}?network=${network}`, `coverage-${network}`, 'Abdeckung je Landkreis und kreisfreier Stadt'),
          {
            slug: `coverage-map-${network}-svg`,
            title: 'Karte: Anteil der erreichten Einwohner je Landkreis und kreisfreier Stadt (SVG)',
            path: `/reports/coverage-map.svg?network=${network}`,
            format: 'SVG',
            map: true,
          },
        ],
      },
    ];
  });
  const map: Dataset = {
    slug: 'membership-map',
    title: 'Mitgliedschaften je Verbandsgemeinde und verbandsfreier Gemeinde oder Stadt (Karte und Geodaten)',
    description:
      'Für jede der 170 Verbandsgemeinden und verbandsfreien Gemeinden und Städte (kreisfreie Städte eingeschlossen) in ' +
      'Rheinland-Pfalz ihre Umrisse (BKG VG5000) und ihr Status in beiden Netzwerken am Tag des Abrufs: Mitglied, Transferstelle ' +
      '(Netzwerk Digitale Dörfer RLP), eine Ortsgemeinde oder Stadt darin ist Mitglied, der Landkreis ist Mitglied, oder nicht als ' +
      'Mitglied bekannt; mit den Namen der Mitglieder. Als GeoJSON und als Karte je Netzwerk (SVG). Eingezeichnet sind nur ' +
      'Mitglieder, die das Register beim Namen kennt; wie viele die Netzwerke darüber hinaus gemeldet haben, steht in jeder Datei.',
    keywords: ['Karte', 'Geodaten', 'Verbandsgemeinden', 'Mitglieder', 'Digitale Dörfer RLP', 'IKONE-DS', 'Digitalisierung'],
    start: networks.map((n) => firstDay(NETWORKS[n].founded)).reduce((a, b) => (a < b ? a : b)),
    modified: latest(
      networks.flatMap((n) => [dates.members[n], reportsChanged(n)]),
      today,
    ),
    frequency: 'UPDATE_CONT',
    landingPage: '/dashboard',
    licence: 'BY',
    distributions: [
      {
        slug: 'membership-map-geojson',
        title: 'Mitgliedschaften je Gebiet (GeoJSON)',
        path: '/reports/map.geojson',
        format: 'GEOJSON',
        map: true,
      },
      ...networks.map((network): Distribution => ({
        slug: `membership-map-${network}-svg`,
        title: `Karte der Mitglieder des Netzwerks ${NETWORKS[network].shortName} (SVG)`,
        path: `/reports/map.svg?network=${network}`,
        format: 'SVG',
        map: true,
      })),
    ],
  };
  const outreach: Dataset = {
    slug: 'outreach',
    title: 'Kommunen ohne bekannte Mitgliedschaft in einem der Netzwerke',
    description:
      'Die Kommunen in Rheinland-Pfalz, an die sich eines der beiden Netzwerke (Netzwerk Digitale Dörfer RLP, IKONE-DS) richtet ' +
      'und die in keinem als Mitglied bekannt sind, die einwohnerstärksten zuerst, mit dem am besten passenden Netzwerk, am Tag des ' +
      'Abrufs. Solange das Register nicht alle gemeldeten Mitglieder kennt, heißt der Status „nicht als Mitglied bekannt“ statt ' +
      '„in keinem Netzwerk“.',
    keywords: ['Kommunen', 'Digitalisierung', 'Netzwerk', 'Digitale Dörfer RLP', 'IKONE-DS', 'Einwohner'],
    start: networks.map((n) => firstDay(NETWORKS[n].founded)).reduce((a, b) => (a < b ? a : b)),
    modified: latest(
      networks.flatMap((n) => [dates.members[n], reportsChanged(n)]),
      today,
    ),
    frequency: 'UPDATE_CONT',
    licence: 'BY',
    distributions: both('/reports/outreach.{ext}', 'outreach', 'Kommunen ohne bekannte Mitgliedschaft'),
  };
  const published = REPORTED_SIZES.filter((s) => surelyPublishedBy(s) <= today);
  const reported: Dataset = {
    slug: 'reported-sizes',
    title: 'Gemeldete Mitgliederzahlen der Netzwerke',
    description:
      'Die Mitgliederzahlen des Netzwerks Digitale Dörfer RLP und von IKONE-DS, die öffentliche Quellen (Pressemitteilungen, ' +
      'Presseberichte, die Netzwerke selbst) veröffentlicht haben: Zahl, Datum in der Genauigkeit der Quelle (Tag, Monat oder Jahr), ' +
      'spätester Veröffentlichungstag, Anmerkung, Melder und Quelle. Zahlen ohne Datum oder ohne genaue Zahl sind nicht enthalten.',
    keywords: ['Mitgliederzahlen', 'Digitale Dörfer RLP', 'IKONE-DS', 'Digitalisierung', 'Kommunen', 'Quellen'],
    start: published.map(periodStart).reduce((a, b) => (a < b ? a : b), today),
    end: newestReport(REPORTED_SIZES, today) ?? today,
    modified: newestReport(REPORTED_SIZES, today) ?? today,
    frequency: 'IRREG',
    licence: 'ZERO',
    distributions: [{ slug: 'reported-sizes-csv', title: 'Gemeldete Mitgliederzahlen (CSV)', path: REPORTED_SIZES_PATH, format: 'CSV' }],
  };
  return [...perNetwork, map, outreach, reported];
}

export interface CatalogInput {
  /** Absolute base of every link, without a trailing slash. */
  base: string;
  settings: OpenDataConfig;
  dates: SourceDates;
}

/** The whole catalogue as triples. */
export function buildCatalog({ base, settings, dates }: CatalogInput): Graph {
  const graph = new Graph();
  const catalogIri = `${base}${CATALOG_PATH}`;
  const node = (fragment: string) => iri(`${catalogIri}#${fragment}`);
  const publisher = node('publisher');
  const contact = node('contact');
  const startPage = `${base}/`;
  const all = datasets(dates);

  graph.add(iri(catalogIri), [
    ['rdf:type', term('dcat:Catalog')],
    ['dct:title', german('KommunalNetz Hub: offene Daten zu den kommunalen Digitalisierungsnetzwerken')],
    [
      'dct:description',
      german(
        'Kennzahlen zum Netzwerk Digitale Dörfer RLP und zum Interkommunalen Netzwerk Digitale Stadt (IKONE-DS) in Rheinland-Pfalz: ' +
          'Mitglieder je Netzwerk, Abdeckung je Landkreis und kreisfreier Stadt, Kommunen ohne bekannte Mitgliedschaft und die ' +
          'Mitgliederzahlen, die öffentliche Quellen gemeldet haben. Die Berichte werden bei jedem Abruf für den Tag des Abrufs berechnet.',
      ),
    ],
    ['dct:publisher', publisher],
    ['foaf:homepage', iri(startPage)],
    ['dct:language', iri(`${EU}language/DEU`)],
    ['dct:license', iri(LICENCE.ZERO)],
    ['dcat:themeTaxonomy', iri(`${EU}data-theme`)],
    ['dct:spatial', iri(RHINELAND_PALATINATE)],
    ['dct:modified', date(all.map((d) => d.modified).reduce((a, b) => (a > b ? a : b)))],
    ['dcat:dataset', all.map((d) => node(d.slug))],
  ]);
  graph.add(publisher, [
    ['rdf:type', term('foaf:Agent')],
    ['foaf:name', plain(settings.publisherName)],
    ['foaf:homepage', iri(settings.publisherUrl ?? startPage)],
  ]);
  const reach = settings.contact ?? startPage;
  graph.add(contact, [
    ['rdf:type', [term('vcard:Kind'), term('vcard:Organization')]],
    ['vcard:fn', plain(settings.publisherName)],
    reach.startsWith('mailto:') ? ['vcard:hasEmail', iri(reach)] : ['vcard:hasURL', iri(reach)],
  ]);

  for (const dataset of all) {
    const subject = node(dataset.slug);
    const period = node(`${dataset.slug}-period`);
    graph.add(subject, [
      ['rdf:type', term('dcat:Dataset')],
      ['dct:identifier', plain(subject.value)],
      ['dct:title', german(dataset.title)],
      ['dct:description', german(dataset.description)],
      ['dct:publisher', publisher],
      ['dcat:contactPoint', contact],
      ['dcat:theme', [iri(`${EU}data-theme/GOVE`), iri(`${EU}data-theme/REGI`)]],
      ['dcat:keyword', dataset.keywords.map(german)],
      ['dcatde:politicalGeocodingLevelURI', iri(STATE_LEVEL)],
      ['dcatde:politicalGeocodingURI', iri(RHINELAND_PALATINATE)],
      ['dct:spatial', iri(RHINELAND_PALATINATE)],
      ['dct:temporal', period],
      ['dct:modified', date(dataset.modified)],
      ['dct:accrualPeriodicity', iri(`${EU}frequency/${dataset.frequency}`)],
      ['dct:language', iri(`${EU}language/DEU`)],
      ['dct:accessRights', iri(`${EU}access-right/PUBLIC`)],
      ['dcatap:availability', iri(`${EU}planned-availability/AVAILABLE`)],
      ['dcat:landingPage', dataset.landingPage ? iri(`${base}${dataset.landingPage}`) : undefined],
      ['dcatde:contributorID', settings.contributorId ? iri(settings.contributorId) : undefined],
      ['dcat:distribution', dataset.distributions.map((d) => node(d.slug))],
    ]);
    graph.add(period, [
      ['rdf:type', term('dct:PeriodOfTime')],
      ['dcat:startDate', date(dataset.start)],
      ['dcat:endDate', dataset.end ? date(dataset.end) : undefined],
    ]);
    for (const distribution of dataset.distributions) {
      const url = iri(`${base}${distribution.path}`);
      const format = FORMATS[distribution.format];
      graph.add(node(distribution.slug), [
        ['rdf:type', term('dcat:Distribution')],
        ['dct:title', german(distribution.title)],
        ['dcat:accessURL', url],
        ['dcat:downloadURL', url],
        ['dct:format', iri(format.fileType)],
        ['dcat:mediaType', iri(`${IANA_MEDIA_TYPES}${format.mediaType}`)],
        ['dct:license', iri(LICENCE[dataset.licence])],
        [
          'dcatde:licenseAttributionByText',
          dataset.licence === 'BY' ? plain(distribution.map ? MAP_ATTRIBUTION : DIRECTORY_ATTRIBUTION) : undefined,
        ],
        ['dct:modified', date(dataset.modified)],
        ['dcatap:availability', iri(`${EU}planned-availability/AVAILABLE`)],
      ]);
    }
  }
  return graph;
}
