// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// The open-data catalogue (gateway/opendata): DCAT-AP.de that a state portal can harvest, in Turtle
// and JSON-LD, with the properties DCAT-AP.de requires and recommends, licences and attribution as
// the directory's source note (and for the maps the BKG's) demands, links that answer, and a Host
// header that cannot redirect them.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { Parser, type Quad } from 'n3';
import { projectRoot, readConfig, ConfigError } from '../../common/config';
import { today } from '../../common/dates';
import { NetworkId } from '../../common/domain';
import { REPORTED_SIZES } from '../../common/reported-sizes';
import { catalogBaseUrl } from '../opendata/base-url';
import { buildCatalog, DIRECTORY_ATTRIBUTION, LICENCE, MAP_ATTRIBUTION } from '../opendata/catalog';
import { NS } from '../opendata/rdf';
import { newestDay } from '../opendata/source-dates';
import { startTestHub, TestHub } from '../../testing/hub';

/**
 * What every node of a kind must have: DCAT-AP.de 3.0's mandatory properties (first line of each)
 * and the recommended ones this catalogue promises. Written once; every test below checks against it.
 */
const REQUIRED: Record<string, string[]> = {
  'dcat:Catalog': [
    ...['dct:title', 'dct:description', 'dct:publisher'],
    ...['dct:modified', 'dct:language', 'foaf:homepage', 'dct:license', 'dcat:themeTaxonomy', 'dct:spatial', 'dcat:dataset'],
  ],
  'dcat:Dataset': [
    ...['dct:title', 'dct:description', 'dct:publisher'],
    ...['dcat:keyword', 'dcatde:politicalGeocodingLevelURI', 'dcatde:politicalGeocodingURI', 'dcat:theme', 'dcat:contactPoint'],
    ...['dcatap:availability', 'dct:spatial', 'dct:temporal', 'dcat:distribution', 'dct:modified'],
  ],
  'dcat:Distribution': [
    ...['dcat:accessURL', 'dct:license'],
    ...['dct:title', 'dct:modified', 'dct:format', 'dcatap:availability', 'dcat:downloadURL', 'dcat:mediaType'],
  ],
  'foaf:Agent': ['foaf:name'],
  'dct:PeriodOfTime': ['dcat:startDate'],
};

const expand = (name: string) => {
  const [prefix, local] = name.split(':') as [keyof typeof NS, string];
  return NS[prefix] + local;
};
const RDF_TYPE = expand('rdf:type');
const RHINELAND_PALATINATE = 'http://dcat-ap.de/def/politicalGeocoding/stateKey/07';

const logLines: string[] = [];
let hub: TestHub;
let origin: string;
beforeAll(async () => {
  hub = await startTestHub({
    logLines,
    env: { OPENDATA_PUBLISHER_NAME: 'Testbetreiber des Hubs', OPENDATA_CONTACT: 'mailto:opendata@example.org' },
  });
  origin = new URL(hub.gatewayUrl).origin;
});
afterAll(async () => {
  await hub?.close();
});

/** A GET with any headers, Host included (fetch would not send a forged one). */
function get(
  pathname: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const req = http.request({ hostname, port, path: pathname, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end();
  });
}

function parseTurtle(text: string): Quad[] {
  return new Parser({ format: 'text/turtle' }).parse(text);
}

/** One triple as a comparable line (N-Triples-like). */
function line(
  subject: string,
  predicate: string,
  object: { iri: string } | { value: string; language?: string; datatype?: string },
): string {
  if ('iri' in object) return `<${subject}> <${predicate}> <${object.iri}>`;
  const datatype = object.datatype && object.datatype !== expand('xsd:string') ? `^^<${object.datatype}>` : '';
  return `<${subject}> <${predicate}> ${JSON.stringify(object.value)}${object.language ? `@${object.language}` : datatype}`;
}

function quadLines(quads: Quad[]): string[] {
  return quads
    .map(({ subject, predicate, object }) =>
      line(
        subject.value,
        predicate.value,
        object.termType === 'Literal'
          ? { value: object.value, language: object.language || undefined, datatype: object.datatype.value }
          : { iri: object.value },
      ),
    )
    .sort();
}

/**
 * A minimal JSON-LD reader for flattened documents (a context of prefixes, @graph of node objects,
 * values as @id or @value objects): enough to show that the JSON-LD holds the Turtle's triples.
 */
function jsonLdLines(document: { '@context': Record<string, string>; '@graph': Record<string, unknown>[] }): string[] {
  const context = document['@context'];
  const iriOf = (value: string) => {
    const match = /^([A-Za-z][\w-]*):(.*)$/.exec(value);
    return match && context[match[1]] !== undefined && !match[2].startsWith('//') ? context[match[1]] + match[2] : value;
  };
  const lines: string[] = [];
  for (const node of document['@graph']) {
    const subject = node['@id'] as string;
    for (const [key, values] of Object.entries(node)) {
      if (key === '@id') continue;
      for (const value of values as (string | Record<string, string>)[]) {
        if (key === '@type') lines.push(line(subject, RDF_TYPE, { iri: iriOf(value as string) }));
        else if (typeof value === 'object' && '@id' in value) lines.push(line(subject, iriOf(key), { iri: value['@id'] }));
        else if (typeof value === 'object')
          lines.push(
            line(subject, iriOf(key), {
              value: value['@value'],
              language: value['@language'],
              datatype: value['@type'] && iriOf(value['@type']),
            }),
          );
        else throw new Error(`unexpected value ${JSON.stringify(value)}`);
      }
    }
  }
  return lines.sort();
}

/** The graph's nodes with their properties: subject → predicate (prefix:local) → objects. */
function nodes(quads: Quad[]): Map<string, Map<string, Quad['object'][]>> {
  const compact = (value: string) => {
    for (const [prefix, namespace] of Object.entries(NS))
      if (value.startsWith(namespace)) return `${prefix}:${value.slice(namespace.length)}`;
    return value;
  };
  const all = new Map<string, Map<string, Quad['object'][]>>();
  for (const { subject, predicate, object } of quads) {
    const node = all.get(subject.value) ?? new Map<string, Quad['object'][]>();
    all.set(subject.value, node);
    const key = compact(predicate.value);
    node.set(key, [...(node.get(key) ?? []), object]);
  }
  return all;
}

const ofType = (graph: ReturnType<typeof nodes>, type: string) =>
  [...graph.entries()].filter(([, props]) => props.get('rdf:type')?.some((o) => o.value === expand(type)));

/** The source note of services/registry/data/SOURCE.md: the blockquote after "Required source note", its lines joined. */
function sourceNote(): string {
  const lines = fs.readFileSync(path.join(projectRoot, 'services/registry/data/SOURCE.md'), 'utf8').split('\n');
  const block: string[] = [];
  for (const l of lines.slice(lines.findIndex((l) => l.startsWith('Required source note')) + 1)) {
    if (l.startsWith('>')) block.push(l.replace(/^>\s?/, '').trim());
    else if (block.length) break;
  }
  expect(block.length).toBeGreaterThan(0);
  return block.join(' ');
}

let turtle: Quad[];
beforeAll(async () => {
  const response = await get('/opendata/catalog.ttl');
  expect(response.status).toBe(200);
  turtle = parseTurtle(response.body);
});

test('Turtle and JSON-LD are the same graph, public and cacheable like the other public answers', async () => {
  const ttl = await get('/opendata/catalog.ttl');
  expect(ttl.headers['content-type']).toBe('text/turtle; charset=utf-8');
  expect(ttl.headers['cache-control']).toBe('public, max-age=60');
  const jsonld = await get('/opendata/catalog.jsonld');
  expect(jsonld.status).toBe(200);
  expect(jsonld.headers['content-type']).toBe('application/ld+json');
  expect(jsonld.headers['cache-control']).toBe('public, max-age=60');
  const quads = parseTurtle(ttl.body);
  expect(quads.length).toBeGreaterThan(300);
  // Only IRIs, no blank nodes: the two documents can be compared triple by triple.
  expect(quads.filter((q) => q.subject.termType === 'BlankNode' || q.object.termType === 'BlankNode')).toEqual([]);
  expect(jsonLdLines(JSON.parse(jsonld.body))).toEqual(quadLines(quads));
  // /opendata/catalog (the catalogue's own IRI) picks the form by the Accept header.
  const negotiated = await get('/opendata/catalog', { accept: 'application/ld+json' });
  expect(negotiated.headers['content-type']).toBe('application/ld+json');
  expect(negotiated.headers.vary).toBe('Accept');
  expect(negotiated.body).toBe(jsonld.body);
  expect((await get('/opendata/catalog', { accept: 'text/turtle' })).body).toBe(ttl.body);
});

test('one catalogue of seven datasets; every node has the required DCAT-AP.de properties', () => {
  const graph = nodes(turtle);
  const catalogs = ofType(graph, 'dcat:Catalog');
  expect(catalogs.map(([subject]) => subject)).toEqual([`${origin}/opendata/catalog`]);
  const datasets = ofType(graph, 'dcat:Dataset');
  expect(datasets.map(([subject]) => subject.split('#')[1]).sort()).toEqual(
    [
      'coverage-DIGITALE_DOERFER_RLP',
      'coverage-IKONE_DS',
      'membership-DIGITALE_DOERFER_RLP',
      'membership-IKONE_DS',
      'membership-map',
      'outreach',
      'reported-sizes',
    ].sort(),
  );
  expect(
    catalogs[0][1]
      .get('dcat:dataset')
      ?.map((o) => o.value)
      .sort(),
  ).toEqual(datasets.map(([s]) => s).sort());
  for (const [type, properties] of Object.entries(REQUIRED)) {
    const instances = ofType(graph, type);
    expect({ type, instances: instances.length > 0 }).toEqual({ type, instances: true });
    for (const [subject, props] of instances) {
      const missing = properties.filter((p) => !props.get(p)?.length);
      expect({ subject, missing }).toEqual({ subject, missing: [] });
    }
  }
  // Every referenced node is described (publisher, contact, periods, distributions).
  for (const [, props] of datasets) {
    for (const key of ['dct:publisher', 'dcat:contactPoint', 'dct:temporal', 'dcat:distribution'])
      for (const object of props.get(key) ?? []) expect({ key, described: graph.has(object.value) }).toEqual({ key, described: true });
    // German texts, Rhineland-Palatinate at state level, EU data themes
    for (const key of ['dct:title', 'dct:description', 'dcat:keyword'])
      for (const object of props.get(key) ?? []) expect(object.termType === 'Literal' && object.language).toBe('de');
    expect(props.get('dcatde:politicalGeocodingLevelURI')?.map((o) => o.value)).toEqual([
      'http://dcat-ap.de/def/politicalGeocoding/Level/state',
    ]);
    expect(props.get('dcatde:politicalGeocodingURI')?.map((o) => o.value)).toEqual([RHINELAND_PALATINATE]);
    expect(props.get('dct:spatial')?.map((o) => o.value)).toEqual([RHINELAND_PALATINATE]);
    for (const theme of props.get('dcat:theme') ?? [])
      expect(theme.value).toMatch(/^http:\/\/publications\.europa\.eu\/resource\/authority\/data-theme\/[A-Z]{4}$/);
    // Only GovData gives out contributor IDs; none is configured here.
    expect(props.get('dcatde:contributorID')).toBeUndefined();
  }
  // A contact point needs an e-mail address or a URL (Konvention 1).
  for (const [subject, props] of ofType(graph, 'vcard:Kind')) {
    expect({ subject, reachable: Boolean(props.get('vcard:hasEmail') ?? props.get('vcard:hasURL')) }).toEqual({ subject, reachable: true });
  }
  // Media types are IANA's, formats the EU file types.
  for (const [, props] of ofType(graph, 'dcat:Distribution')) {
    expect(props.get('dcat:mediaType')?.[0].value).toMatch(/^https:\/\/www\.iana\.org\/assignments\/media-types\/[a-z]+\/[\w.+-]+$/);
    expect(props.get('dct:format')?.[0].value).toMatch(
      /^http:\/\/publications\.europa\.eu\/resource\/authority\/file-type\/(CSV|XLSX|GEOJSON|SVG)$/,
    );
  }
});

test('the downloads are the agreed report URLs, CSV and XLSX, the maps as SVG and GeoJSON, and the reported sizes as CSV', () => {
  const urls = ofType(nodes(turtle), 'dcat:Distribution')
    .map(([, props]) => props.get('dcat:downloadURL')?.[0].value.slice(origin.length))
    .sort();
  const expected = ['csv', 'xlsx'].flatMap((ext) => [
    ...Object.values(NetworkId).flatMap((network) => [
      ...['DISTRICT', 'MUNICIPALITY_TYPE', 'SIZE_CLASS', 'YEAR_JOINED'].map(
        (g) => `/reports/membership.${ext}?network=${network}&groupBy=${g}`,
      ),
      `/reports/coverage.${ext}?network=${network}`,
    ]),
    `/reports/outreach.${ext}`,
  ]);
  const maps = [
    '/reports/map.geojson',
    ...Object.values(NetworkId).flatMap((network) => [
      `/reports/map.svg?network=${network}`,
      `/reports/coverage-map.svg?network=${network}`,
    ]),
  ];
  expect(urls).toEqual([...expected, ...maps, '/opendata/reported-sizes.csv'].sort());
  // accessURL = downloadURL for a direct download (Konvention 39)
  for (const [, props] of ofType(nodes(turtle), 'dcat:Distribution'))
    expect(props.get('dcat:accessURL')?.[0].value).toBe(props.get('dcat:downloadURL')?.[0].value);
});

test('licences are DCAT-AP.de licence URIs; everything with directory data carries SOURCE.md’s attribution word for word', () => {
  const note = sourceNote();
  expect(DIRECTORY_ATTRIBUTION).toBe(note);
  for (const [subject, props] of ofType(nodes(turtle), 'dcat:Distribution')) {
    const url = props.get('dcat:downloadURL')?.[0].value ?? '';
    const licences = props.get('dct:license')?.map((o) => o.value);
    const attribution = props.get('dcatde:licenseAttributionByText')?.map((o) => o.value);
    if (/\/reports\/(coverage-)?map\./.test(url)) {
      // the maps show the BKG's boundaries and the directory's names: dl-de/by-2-0 with both notes
      expect({ subject, licences, attribution }).toEqual({ subject, licences: [LICENCE.BY], attribution: [MAP_ATTRIBUTION] });
      expect(MAP_ATTRIBUTION).toContain(note);
      expect(MAP_ATTRIBUTION).toContain('© GeoBasis-DE / BKG 2021 (Daten verändert)');
    } else if (url.includes('/reports/')) {
      // members, coverage and outreach contain the directory (names, keys, population): dl-de/by-2-0 with its note
      expect({ subject, licences, attribution }).toEqual({ subject, licences: [LICENCE.BY], attribution: [note] });
    } else {
      // the reported sizes: counts public sources published, nothing of the directory
      expect({ subject, licences, attribution }).toEqual({ subject, licences: [LICENCE.ZERO], attribution: undefined });
    }
  }
  for (const licence of Object.values(LICENCE)) expect(licence).toMatch(/^http:\/\/dcat-ap\.de\/def\/licenses\/dl-(by|zero)-de\/2\.0$/);
});

test('every download answers through the hub with the media type the catalogue declares', async () => {
  const failures: string[] = [];
  for (const [, props] of ofType(nodes(turtle), 'dcat:Distribution')) {
    const url = props.get('dcat:downloadURL')![0].value;
    const declared = props.get('dcat:mediaType')![0].value.replace('https://www.iana.org/assignments/media-types/', '');
    expect(url.startsWith(origin)).toBe(true);
    const response = await fetch(url);
    const received = (response.headers.get('content-type') ?? '').split(';')[0].trim();
    await response.arrayBuffer();
    if (response.status !== 200 || received !== declared) failures.push(`${url.slice(origin.length)}: ${response.status} ${received}`);
  }
  expect(failures).toEqual([]);
});

test('publisher and contact come from the configuration; dates say when the figures last changed', () => {
  const graph = nodes(turtle);
  const [[, publisher]] = ofType(graph, 'foaf:Agent');
  expect(publisher.get('foaf:name')?.map((o) => o.value)).toEqual(['Testbetreiber des Hubs']);
  expect(publisher.get('foaf:homepage')?.map((o) => o.value)).toEqual([`${origin}/`]);
  const [[, contact]] = ofType(graph, 'vcard:Kind');
  expect(contact.get('vcard:hasEmail')?.map((o) => o.value)).toEqual(['mailto:opendata@example.org']);
  const dataset = (slug: string) => graph.get(`${origin}/opendata/catalog#${slug}`)!;
  const modified = (slug: string) => dataset(slug).get('dct:modified')?.[0].value;
  // This hub's records were written today (the shipped members, the feed): the live figures changed today.
  for (const slug of ['membership-IKONE_DS', 'coverage-DIGITALE_DOERFER_RLP', 'outreach']) expect(modified(slug)).toBe(today());
  // The reported sizes: from the first report to the last day the newest one was surely published (April 2025).
  expect(modified('reported-sizes')).toBe('2025-04-30');
  const period = graph.get(dataset('reported-sizes').get('dct:temporal')![0].value)!;
  expect([period.get('dcat:startDate')?.[0].value, period.get('dcat:endDate')?.[0].value]).toEqual(['2019-04-17', '2025-04-30']);
  // Live figures: from the network's founding, open-ended (the downloads describe the day they are fetched).
  const live = graph.get(dataset('membership-DIGITALE_DOERFER_RLP').get('dct:temporal')![0].value)!;
  expect([live.get('dcat:startDate')?.[0].value, live.get('dcat:endDate')]).toEqual(['2020-12-01', undefined]);
  const datatype = (dataset('outreach').get('dct:modified')![0] as Quad['object'] & { datatype: { value: string } }).datatype.value;
  expect(datatype).toBe(expand('xsd:date'));
});

test('dct:modified: the newest change of the records or of the reported sizes, never a day after today', () => {
  const dates = { today: '2026-05-01', members: { [NetworkId.DIGITALE_DOERFER_RLP]: '2024-04-11', [NetworkId.IKONE_DS]: '2023-07-06' } };
  const graph = nodes(buildCatalog({ base: 'https://hub.example.de', settings: readConfig({}).openData, dates }).quads);
  const modified = (slug: string) => graph.get(`https://hub.example.de/opendata/catalog#${slug}`)?.get('dct:modified')?.[0].value;
  expect(modified('membership-DIGITALE_DOERFER_RLP')).toBe('2025-04-30'); // the Rhein-Zeitung's 61 (April 2025) is newer than the records
  expect(modified('coverage-IKONE_DS')).toBe('2023-07-06'); // the feed's evidence is newer than the last reported size (December 2020)
  expect(modified('outreach')).toBe('2025-04-30');
  expect(modified('membership-map')).toBe('2025-04-30'); // both networks, as the outreach list
  expect(graph.get('https://hub.example.de/opendata/catalog')?.get('dct:modified')?.[0].value).toBe('2025-04-30');
  // Before the newest report was surely published, the catalogue does not know it yet.
  const earlier = nodes(
    buildCatalog({ base: 'https://hub.example.de', settings: readConfig({}).openData, dates: { ...dates, today: '2025-04-15' } }).quads,
  );
  expect(earlier.get('https://hub.example.de/opendata/catalog#membership-DIGITALE_DOERFER_RLP')?.get('dct:modified')?.[0].value).toBe(
    '2024-04-22',
  );
  expect(newestDay(['2024-01-01', '2030-01-01', null, 'kein Datum', '2025-02-03'], '2026-01-01')).toBe('2025-02-03');
  expect(newestDay([], '2026-01-01')).toBeNull();
  // A configured contributor ID is given on every dataset.
  const withId = nodes(
    buildCatalog({
      base: 'https://hub.example.de',
      settings: readConfig({ OPENDATA_CONTRIBUTOR_ID: 'http://dcat-ap.de/def/contributors/beispielbetreiber' }).openData,
      dates,
    }).quads,
  );
  for (const [, props] of ofType(withId, 'dcat:Dataset'))
    expect(props.get('dcatde:contributorID')?.map((o) => o.value)).toEqual(['http://dcat-ap.de/def/contributors/beispielbetreiber']);
});

test('a forged Host header never puts another site into the links', async () => {
  const { port } = new URL(origin);
  // Every IRI in the document that is not a vocabulary term or an authority's code: the hub's own links.
  const vocabulary = (v: string) =>
    Object.values(NS).some((ns) => v.startsWith(ns)) ||
    /^(http:\/\/(dcat-ap\.de|publications\.europa\.eu)|https:\/\/www\.iana\.org)\//.test(v);
  const links = (body: string) =>
    parseTurtle(body)
      .flatMap((q) => [q.subject.value, q.object.value])
      .filter((v) => /^https?:\/\//.test(v) && !vocabulary(v));
  const basesOf = (body: string) => [...new Set(links(body).map((v) => new URL(v).origin))];
  // Another site, the right host with the wrong port, a proxy header: the gateway's own address.
  const forged: Record<string, string>[] = [
    { host: 'evil.example' },
    { host: `evil.example:${port}` },
    { host: 'localhost:1' },
    { host: `127.0.0.1:${port}`, 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'https' },
  ];
  for (const headers of forged) {
    const response = await get('/opendata/catalog.ttl', headers);
    expect({ headers, bases: basesOf(response.body) }).toEqual({ headers, bases: [`http://127.0.0.1:${port}`] });
  }
  // The same server by a loopback name: its links use that name (what a developer typed).
  const local = await get('/opendata/catalog.ttl', { host: `localhost:${port}` });
  expect(basesOf(local.body)).toEqual([`http://localhost:${port}`]);
  expect(logLines.some((l) => l.includes('PUBLIC_BASE_URL is not set'))).toBe(true);
});

test('PUBLIC_BASE_URL, when set, is the only base; the settings are checked at start', () => {
  const fake = (host: string) => ({ headers: { host }, socket: { localPort: 4000 } }) as unknown as http.IncomingMessage;
  const configured = readConfig({ PUBLIC_BASE_URL: 'https://kommunalnetz.example.de/hub/' }).publicBaseUrl;
  expect(configured).toBe('https://kommunalnetz.example.de/hub');
  for (const host of ['evil.example', 'localhost:4000'])
    expect(catalogBaseUrl(fake(host), { publicBaseUrl: configured, bindHost: '0.0.0.0' })).toEqual({
      base: 'https://kommunalnetz.example.de/hub',
      from: 'config',
    });
  // A configured bind address is the same server too; a wildcard one is not a name.
  expect(catalogBaseUrl(fake('10.1.2.3:4000'), { bindHost: '10.1.2.3' })).toEqual({ base: 'http://10.1.2.3:4000', from: 'host' });
  expect(catalogBaseUrl(fake('0.0.0.0:4000'), { bindHost: '0.0.0.0' })).toEqual({ base: 'http://127.0.0.1:4000', from: 'fallback' });
  expect(catalogBaseUrl(fake('127.0.0.1:4000/@evil.example'), { bindHost: '127.0.0.1' }).from).toBe('fallback');
  const defaults = readConfig({}).openData;
  expect(defaults).toEqual({ publisherName: 'KommunalNetz Hub', publisherUrl: undefined, contact: undefined, contributorId: undefined });
  for (const env of [
    { PUBLIC_BASE_URL: 'https://hub.example.de/?x=1' },
    { PUBLIC_BASE_URL: 'ftp://hub.example.de' },
    { PUBLIC_BASE_URL: 'https://user:pw@hub.example.de' },
    { OPENDATA_CONTACT: 'opendata@example.org' },
    { OPENDATA_CONTACT: 'javascript:alert(1)' },
    { OPENDATA_CONTRIBUTOR_ID: 'https://example.org/me' },
    { OPENDATA_PUBLISHER_URL: 'not a url' },
    { OPENDATA_PUBLISHER_NAME: 'Zwei\nZeilen' },
  ])
    expect(() => readConfig(env)).toThrow(ConfigError);
});

test('the reported sizes as CSV: every published figure with its date, precision and source', async () => {
  const response = await fetch(`${origin}/opendata/reported-sizes.csv`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
  const text = await response.text();
  const lines = text
    .replace(/^\ufeff/, '')
    .trim()
    .split('\r\n')
    .map((l) => l.split(';'));
  expect(lines[0]).toEqual([
    'Netzwerk',
    'Gemeldete Mitglieder',
    'Gemeldet am',
    'Genauigkeit',
    'Spätestens veröffentlicht am',
    'Anmerkung',
    'Gemeldet von',
    'Quelle',
  ]);
  expect(lines).toHaveLength(1 + REPORTED_SIZES.length);
  expect(lines.find((l) => l[1] === '61')).toEqual([
    'Digitale Dörfer RLP',
    '61',
    '2025-04',
    'Monat',
    '2025-04-30',
    'eine 62. Verbandsgemeinde hatte sich angemeldet',
    'Rhein-Zeitung',
    REPORTED_SIZES.find((s) => s.members === 61)?.source,
  ]);
});

test('the catalogue costs at most one small query per minute, whatever the number of requests', async () => {
  const queries = () => logLines.filter((l) => l.includes('OpenDataSourceDates') && l.includes('"path":"/graphql"')).length;
  const before = queries();
  expect(before).toBeGreaterThanOrEqual(2); // the first catalogue request asked both subgraphs once
  await Promise.all(Array.from({ length: 10 }, (_, i) => get(i % 2 ? '/opendata/catalog.ttl' : '/opendata/catalog.jsonld')));
  // Both subgraphs answer their part of the one query: at most two subgraph requests, or none while the dates are kept.
  expect(queries() - before).toBeLessThanOrEqual(2);
});
