// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// The meetings and events of both networks that public sources report (../shared/data/networks.md
// section 3.5, "Meetings and working groups"), as the sources report them: the date to the
// precision the source gives, the title as the source names it, the format only where the source
// says it, the place as the source names it (no host municipality is inferred), keywords from the
// themes the source names, managed topics only where a theme is one of them. Participant numbers
// are reported figures, kept in the note: they are not attendance (no attending member is named by
// any source, so none is recorded). No person is named.
//
// Section 3.5 names "the network sites' posts" without their addresses; the URLs below are those
// posts and pages in the same collection of stored public pages, each reporting the date given.
// Where a URL is one of networks.md's own source lists, the comment says which.
//
// Loaded by modules/knowledge/public-meetings.ts with fixed ids: loading again adds nothing, and
// a coordinator's later change is never overwritten.
import { DatePrecision, NetworkId } from '../../../common/domain';
import type { MeetingFormat } from '../modules/knowledge/entities/Meeting';

export interface PublicMeeting {
  /** Fixed id, so that loading the facts again finds the meeting instead of duplicating it. */
  id: string;
  network: NetworkId;
  /** YYYY-MM-DD; for MONTH and YEAR the first day of the month or year. */
  heldOn: string;
  heldOnPrecision: DatePrecision;
  /** In German, as the source names the meeting. */
  title: string;
  /** Only where the source says it; else null. */
  format: `${MeetingFormat}` | null;
  /** Where, as the source names it; null when it does not. */
  place: string | null;
  /** Managed topics (migration 1764000000005, INITIAL_TOPICS) that a named theme is. */
  topicIds: string[];
  /** Keywords from the themes the source names. */
  tags: string[];
  /** What else the source reports (in German), e.g. participant figures; never attendance. */
  note: string | null;
  sources: string[];
}

// Netzwerk Digitale Dörfer RLP
const DD_KICKOFF_IKONE = 'https://www.ikone-ds.de/startschuss-beim-netzwerk-digitale-doerfer-rlp/'; // networks.md section 2 [h]
const DD_KICKOFF_VG_HR = 'https://www.vg-hr.de/zukunftsorientiert/digitalisierung/netzwerk-digitale-doerfer-rlp/'; // section 3.1 and 3.3
const DD_KICKOFF_MDI = 'https://mdi.rlp.de/service/pressemitteilungen/detail/lewentz-miellen-erhaelt-91000-euro-fuer-fussgaengerbruecke-kopie-1'; // section 3.3
const DD_100_GRUENDE = 'https://digitaledoerfer-vernetzt.de/2021/06/16/digitaltag-2/';
const DD_DIGITALTAG_REPORT = 'https://digitaledoerfer-vernetzt.de/2021/06/28/digitaltag-2-2/'; // the stored page [g] of section 2, with its address
const DD_DIGITALTAG_PROGRAMME = 'https://www.digitale-doerfer.de/digitale-doerfer-digitaltag2021';
const DD_KOMMUNALCAMP = 'https://digitaledoerfer-vernetzt.de/2022/05/09/kommunalcamp/';
const DD_KOMMUNALCAMP_ANNOUNCEMENT = 'https://felixschmitt.de/kommunalcamp-rlp-22/';
const DD_YEAR_2023 =
  'https://digitaledoerfer-vernetzt.de/2023/12/21/jahresruckblick-und-ausblick-was-das-netzwerk-digitale-dorfer-2023-bewegt-hat-und-wie-es-2024-weiter-geht/'; // section 3.1 and 3.3
const DD_HANDOVER_NETWORK = 'https://digitaledoerfer-vernetzt.de/2024/04/22/der-laendliche-raum-ist-voller-zukunftspotenzial/'; // section 2 [e]
const DD_HANDOVER_EISENBERG =
  'https://eisenberg-aktuell.de/amtliche-meldung/netzwerk-digitale-doerfer-der-staffelstab-geht-ueber-an-die-vg-otterbach-otterberg'; // section 2 [f]

// IKONE-DS
const IKONE_2019 = 'https://www.ikone-ds.de/interkommunaler-austausch-20190514/';
const IKONE_2019_DPA =
  'https://www.sueddeutsche.de/news/service/internet---mainz-staedte-arbeiten-bei-digitalisierung-zusammen-neues-netzwerk-dpa.urn-newsml-dpa-com-20090101-190417-99-865806'; // section 3.2 (announces the meeting)
const IKONE_2020_VIDEO = 'https://www.ikone-ds.de/erste-videokonferenz-des-ikone-ds-netzwerks/';
const IKONE_2021_KL = 'https://www.kaiserslautern.de/buerger_rathaus_politik/medienportal/pressemitteilungen/062477/index.html.de'; // section 1 [12]
const IKONE_2021_NETWORK = 'https://www.ikone-ds.de/hello-again-praesenzveranstaltung-als-voller-erfolg/';
const IKONE_STAMMTISCH_MAY_2023 = 'https://www.ikone-ds.de/ikone-ds-nimmt-erneut-fahrt-auf/'; // section 1 [13]
const IKONE_STAMMTISCH_JULY_2023 = 'https://www.ikone-ds.de/3-digitaler-ikone-ds-stammtisch/';
const IKONE_BAD_DUERKHEIM = 'https://www.ikone-ds.de/bad-duerkheim-digital/'; // section 3.2 (reports Bad Dürkheim at the Stammtisch of 6 Jul 2023)
const IKONE_FACHTAGUNG_2023 = 'https://www.ikone-ds.de/ikone-ds-fachtagung-im-rueckblick/';

const DD = NetworkId.DIGITALE_DOERFER_RLP;
const IKONE = NetworkId.IKONE_DS;

export const PUBLIC_MEETINGS: readonly PublicMeeting[] = [
  {
    id: '7e3b9c10-4a2d-4f6e-8b1a-000000000001',
    network: DD,
    heldOn: '2021-04-19',
    heldOnPrecision: DatePrecision.DAY,
    title: 'Digitale Auftaktveranstaltung des Netzwerks Digitale Dörfer RLP',
    format: 'ONLINE', // "digitale Auftaktveranstaltung"
    place: null,
    topicIds: [],
    tags: ['Auftakt', 'give and get'],
    note: 'Offizieller Start des Netzwerks, mit einer Videobotschaft des Innenministers; Leitbild „give and get“. Berichtet: „alle 20 Mitgliedskommunen“ nahmen teil (VG Herrstein-Rhaunen); laut IKONE DS waren „über 20 Kommunen“ im Netzwerk.',
    sources: [DD_KICKOFF_VG_HR, DD_KICKOFF_IKONE, DD_KICKOFF_MDI],
  },
  {
    id: '7e3b9c10-4a2d-4f6e-8b1a-000000000002',
    network: DD,
    heldOn: '2021-06-08',
    heldOnPrecision: DatePrecision.DAY,
    title: '3. Netzwerkveranstaltung – 100 Gründe für die Digitalisierung',
    format: null, // the post does not say
    place: null,
    topicIds: [],
    tags: ['Aktivierung', 'TaskCards'],
    note: 'Rückblick auf einen Impulsvortrag („Zukunft 4.1 – Warum wir die Welt nur digital retten“) und wie er in den Verwaltungen nachgewirkt hat; Arbeitssession, wie Menschen in der Verwaltung, Bürgerinnen und Bürger und die Wirtschaft für die Digitalisierung gewonnen werden können; Vorstellung der digitalen Pinnwand TaskCards für alle Mitglieder. Die nächste Veranstaltung war für den 7.9.2021 angesetzt.',
    sources: [DD_100_GRUENDE],
  },
  {
    id: '7e3b9c10-4a2d-4f6e-8b1a-000000000003',
    network: DD,
    heldOn: '2021-06-18',
    heldOnPrecision: DatePrecision.DAY,
    title: 'Digitale Dörfer – Zukunftsmodelle für ländliche Räume (Digitaltag 2021)',
    format: null, // neither page says
    place: null,
    topicIds: ['dorf-app'],
    tags: ['Digitaltag', 'DorfFunk', 'DorfNews'],
    note: 'Veranstaltung des Projekts „Digitale Dörfer“ zum bundesweiten Digitaltag: Rückblick auf sechs Projektjahre, Zukunftsperspektiven, parallele Workshops; die Landesregierung hob das Netzwerk als zentrale Plattform für den Wissens- und Erfahrungsaustausch hervor. Berichtet: rund 70 Teilnehmende.',
    sources: [DD_DIGITALTAG_REPORT, DD_DIGITALTAG_PROGRAMME],
  },
  {
    id: '7e3b9c10-4a2d-4f6e-8b1a-000000000004',
    network: DD,
    heldOn: '2022-05-05',
    heldOnPrecision: DatePrecision.DAY,
    title: 'KommunalCamp RLP',
    format: 'ON_SITE', // "reges Netzwerken im GutenbergHub", members met "persönlich"
    place: 'Gutenberg Digital Hub, Mainz',
    topicIds: ['digitale-verwaltung', 'buergerbeteiligung-online', 'gemeinde-website'],
    tags: ['Barcamp', 'OZG', 'Social Media', 'Interkommunale Zusammenarbeit', 'Prozessmodellierung', 'Agiles Arbeiten'],
    note: 'Erstes KommunalCamp RLP, eine offene Konferenz (Barcamp) zu Digitalisierung und Innovation; das Netzwerk war Partner der Veranstaltung. Berichtet: 130 Teilnehmende, mehr als 25 Sessions.',
    sources: [DD_KOMMUNALCAMP, DD_KOMMUNALCAMP_ANNOUNCEMENT],
  },
  {
    id: '7e3b9c10-4a2d-4f6e-8b1a-000000000005',
    network: DD,
    heldOn: '2023-01-01',
    heldOnPrecision: DatePrecision.YEAR, // the year review names no day
    title: 'Netzwerkforum in Göllheim',
    format: 'ON_SITE', // one of the dates "bei der die Akteure des Netzwerks Zeit hatten, sich persönlich zu treffen"
    place: 'Göllheim',
    topicIds: [],
    tags: ['Netzwerkforum'],
    note: 'Präsenztermin des Jahres 2023; der Jahresrückblick des Netzwerks nennt weder Tag noch Programm.',
    sources: [DD_YEAR_2023],
  },
  {
    id: '7e3b9c10-4a2d-4f6e-8b1a-000000000006',
    network: DD,
    heldOn: '2023-12-12',
    heldOnPrecision: DatePrecision.DAY,
    title: 'Jahresabschlussveranstaltung 2023',
    format: 'ONLINE', // "fand … online statt"
    place: null,
    topicIds: [],
    tags: ['Jahresrückblick', 'Evaluation'],
    note: 'Rückblick auf die Veranstaltungen, Themen und Vorträge des Jahres (laut Rückblick u. a. Wissensmanagement, Cybersecurity, „Gemeinde 3.0“ und die Smart-City-Strategie des Landkreises Kusel), Vorstellung der Evaluation des Netzwerks, Ausblick: Die VG Otterbach-Otterberg übernimmt 2024 von der VG Eisenberg (Pfalz).',
    sources: [DD_YEAR_2023],
  },
  {
    id: '7e3b9c10-4a2d-4f6e-8b1a-000000000007',
    network: DD,
    heldOn: '2024-04-11',
    heldOnPrecision: DatePrecision.DAY,
    title: 'Bescheidübergabe in Otterberg',
    format: 'ON_SITE', // the minister handed over the funding notice in Otterberg
    place: 'Otterberg',
    topicIds: ['foerdermittel'],
    tags: ['Förderbescheid', 'Transferstelle'],
    note: 'Der Innenminister übergab den Förderbescheid für 2024 (250.000 Euro für die Transferstelle); offizielle Übergabe der Koordination von der VG Eisenberg (Pfalz) an die VG Otterbach-Otterberg. Berichtete Netzwerkgröße: 56 (Eisenberg aktuell) bzw. 60 Mitgliedskommunen (Netzwerk).',
    sources: [DD_HANDOVER_NETWORK, DD_HANDOVER_EISENBERG],
  },
  {
    id: '7e3b9c10-4a2d-4f6e-8b1a-000000000008',
    network: IKONE,
    heldOn: '2019-05-14',
    heldOnPrecision: DatePrecision.DAY,
    title: 'Vernetzungstreffen „Interkommunaler Austausch – Digitalisierung“',
    format: 'ON_SITE', // opened "im Fraunhofer-Zentrum"
    place: 'Fraunhofer-Zentrum, Kaiserslautern',
    topicIds: [],
    tags: ['Markt der Projekte', 'Smarte Lichtmasten', 'Digitale Dörfer'],
    note: 'Auftakt des Netzwerks: Die KL.digital GmbH begrüßte gemeinsam mit dem Innenministerium und der Stadt Kaiserslautern über 50 rheinland-pfälzische Kommunen (Teilnehmende, nicht Mitglieder). Beim „Markt der Projekte“ wurden u. a. smarte Lichtmasten, Digitale Dörfer, E-Scooter, eine VR-Zeitreise und ein Ausweisterminal vorgestellt.',
    sources: [IKONE_2019, IKONE_2019_DPA],
  },
  {
    id: '7e3b9c10-4a2d-4f6e-8b1a-000000000009',
    network: IKONE,
    heldOn: '2020-06-08',
    heldOnPrecision: DatePrecision.DAY,
    title: 'Erste Videokonferenz des IKONE DS-Netzwerks',
    format: 'ONLINE',
    place: null,
    topicIds: [],
    tags: ['Corona-Pandemie', 'Arbeitsgruppen'],
    note: 'Zweistündiger Austausch der Mitglieder über umgesetzte, genutzte und geplante digitale Konzepte, die sich in der Corona-Pandemie als hilfreich erweisen. Geplant: regelmäßige Konferenzen und fünf Arbeitsgruppen.',
    sources: [IKONE_2020_VIDEO],
  },
  {
    id: '7e3b9c10-4a2d-4f6e-8b1a-000000000010',
    network: IKONE,
    heldOn: '2021-09-23',
    heldOnPrecision: DatePrecision.DAY,
    title: 'IKONE DS Präsenzveranstaltung',
    format: 'ON_SITE', // "erstes Präsenztreffen … seit 2019"
    place: 'Fritz-Walter-Stadion, Kaiserslautern',
    topicIds: ['ki-verwaltung', 'smart-village'],
    tags: ['Künstliche Intelligenz', 'Sensorfunknetze', 'LoRaWAN'],
    note: 'Erstes Präsenztreffen seit 2019, mit Ausstellung und Thementischen; Schwerpunkte „Künstliche Intelligenz in der Verwaltung“ und „Sensorfunknetze im Stadtgebiet“. Berichtet: über 60 Teilnehmende aus insgesamt 22 Kommunen, Städten und Landkreisen (Stadt Kaiserslautern; laut Netzwerk „über 22“) – Teilnehmende, nicht Mitglieder.',
    sources: [IKONE_2021_KL, IKONE_2021_NETWORK],
  },
  {
    id: '7e3b9c10-4a2d-4f6e-8b1a-000000000011',
    network: IKONE,
    heldOn: '2023-05-09',
    heldOnPrecision: DatePrecision.DAY,
    title: '2. digitaler IKONE DS-Stammtisch 2023',
    format: 'ONLINE', // "digitaler Stammtisch"
    place: null,
    topicIds: ['digitale-verwaltung'],
    tags: ['Stammtisch', 'Digitalisierung in der Verwaltung', 'Mitgliederumfrage'],
    note: 'Themen: Digitalisierung in der Verwaltung, die Ergebnisse einer Umfrage unter den Mitgliedern (gefragt sind vor allem Digitalstrategien, Smart City und digitale Beteiligungsplattformen) und die Besuche des IKONE DS-Teams in den Kommunen.',
    sources: [IKONE_STAMMTISCH_MAY_2023],
  },
  {
    id: '7e3b9c10-4a2d-4f6e-8b1a-000000000012',
    network: IKONE,
    heldOn: '2023-07-06',
    heldOnPrecision: DatePrecision.DAY,
    title: '3. digitaler IKONE DS-Stammtisch',
    format: 'ONLINE', // "digitaler Stammtisch"
    place: null,
    topicIds: ['digitale-verwaltung'],
    tags: ['Stammtisch', 'Smarte Lichtmasten', 'Digitalisierung in der Verwaltung'],
    note: 'Themen: smarte Lichtmasten („Smarte Laternen – innovative Warnmittel“), Erfahrungen mit der Digitalisierung der eigenen Verwaltung (u. a. Stadt Bad Dürkheim), Veröffentlichungen auf der IKONE DS-Website, Vorschau auf die Fachtagung Krisenmanagement.',
    sources: [IKONE_STAMMTISCH_JULY_2023, IKONE_BAD_DUERKHEIM],
  },
  {
    id: '7e3b9c10-4a2d-4f6e-8b1a-000000000013',
    network: IKONE,
    heldOn: '2023-07-27',
    heldOnPrecision: DatePrecision.DAY,
    title: 'IKONE DS-Fachtagung „Krisenmanagement – Voneinander lernen, gemeinsam Krisen meistern“',
    format: 'ON_SITE', // participants could "wieder persönlich treffen"
    place: 'Gelände der Gartenschau, Kaiserslautern',
    topicIds: ['ki-verwaltung'],
    tags: ['Krisenmanagement', 'Künstliche Intelligenz'],
    note: 'Fachtagung zum Krisenmanagement, u. a. mit einem KI-gestützten Werkzeug für das Krisenmanagement („AKRIMA“, DFKI). Berichtet: mehr als 60 Teilnehmende aus 18 rheinland-pfälzischen Kommunen (Teilnehmende, nicht Mitglieder).',
    sources: [IKONE_FACHTAGUNG_2023],
  },
];
