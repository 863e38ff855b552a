// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// The maps of both networks (gateway/geo, the dashboard's maps, /reports/map.*):
// - the BKG boundaries match the directory one to one, and a mismatch stops the build;
// - the downloads say for every unit what the API says, refuse a bad Stichtag in German with 400,
//   are listed in the DCAT catalogue, and cost the API one read per day however often they are asked;
// - the dashboard in Chromium: every unit coloured as the API says, legend and attribution visible,
//   the keyboard reaches a unit and its status is shown as text, axe-core passes, no foreign request.
// One hub and one page load. The hub gets two more members on the Stichtag than the shipped data
// have, so that every status occurs: an Ortsgemeinde (Kerzenheim) and a Landkreis (Kusel).
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Browser } from 'playwright-core';
import { readDirectory } from '../../common/directory';
import { addDays, today } from '../../common/dates';
import { GEMEINDE_TYPES, MunicipalityType } from '../../common/domain';
import { describeInBrowser, ensurePagesBuilt, expectAccessible, launchBrowser, openWatchedPage, SCREENSHOTS } from '../../testing/browser';
import { createCallerKeys, startTestHub, TestHub } from '../../testing/hub';
import { buildGeometry } from '../geo/geometry';
import { coverageClass, GEO_ATTRIBUTION, GEO_SOURCE_URL, STATUS_STYLES, unnamedMembersNote, type MapNetwork } from '../geo/map';
import { DISTRICTS_FILE, MAP_UNIT_TYPES, MapDataError, readMapSource, UNITS_FILE } from '../geo/source';
import { DIRECTORY_ATTRIBUTION, MAP_ATTRIBUTION } from '../opendata/catalog';

const STICHTAG = '2025-06-30';
const NETWORKS: MapNetwork[] = ['DIGITALE_DOERFER_RLP', 'IKONE_DS'];
const KERZENHEIM = '073335002038'; // Ortsgemeinde in the Verbandsgemeinde Eisenberg (Pfalz)
const VG_EISENBERG = '073335002000';
const VG_KIRCHHEIMBOLANDEN = '073335004000'; // not a member until the test of changes makes it one, today
const KUSEL = '073360000000'; // Landkreis

const directory = readDirectory().rows;
const source = readMapSource(directory);
const geometry = buildGeometry(source);
const districtOf = new Map(geometry.units.map((u) => [u.ars, u.districtArs]));

describe('the boundaries and the directory', () => {
  test('every directory Verbandsgemeinde and verbandsfreie unit has exactly one area, and every area one directory unit', () => {
    const units = directory.filter((r) => MAP_UNIT_TYPES.includes(r.type));
    expect(units.filter((r) => r.type === MunicipalityType.VERBANDSGEMEINDE)).toHaveLength(129);
    expect(units).toHaveLength(170);
    const areas = source.units.map((a) => a.ars);
    expect(new Set(areas).size).toBe(areas.length);
    expect([...areas].sort()).toEqual(units.map((r) => r.ars).sort());
    // BKG keys the 29 verbandsfreie Gemeinden and Städte (kreisfreie Städte aside) by their Verband, LLRKK0GGG000
    const remapped = source.units.filter((a) => a.ars !== a.sourceArs);
    expect(remapped).toHaveLength(29);
    for (const area of remapped) expect(area.sourceArs).toBe(`${area.ars.slice(0, 9)}000`);
    // they tile the state: every Gemeinde lies in exactly one unit (its own, or its Verbandsgemeinde)
    const unitKeys = new Set(areas);
    for (const gemeinde of directory.filter((r) => GEMEINDE_TYPES.includes(r.type))) {
      const homes = [gemeinde.ars, gemeinde.parentArs].filter((key) => key !== null && unitKeys.has(key));
      expect({ gemeinde: gemeinde.ars, homes: homes.length }).toEqual({ gemeinde: gemeinde.ars, homes: 1 });
    }
    // and the districts: the 24 Landkreise and 12 kreisfreie Städte
    const districts = directory.filter((r) => r.type === MunicipalityType.LANDKREIS || r.type === MunicipalityType.KREISFREIE_STADT);
    expect(source.districts.map((a) => a.ars).sort()).toEqual(districts.map((r) => r.ars).sort());
    expect(districts).toHaveLength(36);
  });

  test('a unit without an area, or an area without a directory unit, stops with an error that names it', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kommunalnetz-geo-'));
    try {
      const collection = JSON.parse(fs.readFileSync(UNITS_FILE, 'utf8'));
      const units = path.join(dir, 'units.geojson');
      // the Verbandsgemeinde Göllheim left out
      fs.writeFileSync(
        units,
        JSON.stringify({ ...collection, features: collection.features.filter((f: any) => f.properties.ars !== '073335003000') }),
      );
      expect(() => readMapSource(directory, { units, districts: DISTRICTS_FILE })).toThrow(MapDataError);
      expect(() => readMapSource(directory, { units, districts: DISTRICTS_FILE })).toThrow(/073335003000 \(Göllheim\) has no area/);
      // a directory that lacks a unit the file has (the boundary of a unit that no longer exists)
      const fewer = directory.filter((r) => r.ars !== '073335003000');
      expect(() => readMapSource(fewer)).toThrow(/area 073335003000 has no directory unit/);
      // an area twice
      fs.writeFileSync(units, JSON.stringify({ ...collection, features: [...collection.features, collection.features[3]] }));
      expect(() => readMapSource(directory, { units, districts: DISTRICTS_FILE })).toThrow(/both key/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('the drawn geometry: 170 units and 36 districts inside the map, light enough for a phone', () => {
    expect(geometry.units).toHaveLength(170);
    expect(geometry.districts).toHaveLength(36);
    for (const area of [...geometry.units, ...geometry.districts]) {
      expect(area.d).toMatch(/^M\d+ \d+l[-\d ]+z(M\d+ \d+l[-\d ]+z)*$/);
      for (const [, x, y] of area.d.matchAll(/M(\d+) (\d+)/g)) {
        expect(Number(x)).toBeLessThanOrEqual(geometry.width);
        expect(Number(y)).toBeLessThanOrEqual(geometry.height);
      }
      expect(area.x).toBeGreaterThan(0);
      expect(area.y).toBeGreaterThan(0);
    }
    const bytes = JSON.stringify(geometry).length;
    // the paths and names in the dashboard's script (gzip makes about a third of it)
    expect(bytes).toBeLessThan(80_000);
  });
});

describe('on a hub with two more members', () => {
  let hub: TestHub;
  let origin: string;
  const logLines: string[] = [];

  /** What the API says of the day: the named members and each network's coverage. */
  let api: {
    dd: {
      municipality: {
        ars: string;
        type: string;
        verbandsgemeinde: { ars: string } | null;
        digitaleDoerferRoles: { role: string; startedOn: string; endedOn: string | null }[];
      };
    }[];
    ikone: { countedFrom: string | null; municipality: { ars: string; type: string; verbandsgemeinde: { ars: string } | null } }[];
    coverage: Record<MapNetwork, any>;
  };

  /** Each unit's status as the API's answer makes it, worked out here on its own (the rules of gateway/geo/map.ts in short). */
  function expectedStatuses(network: MapNetwork): Map<string, string> {
    const status = new Map(geometry.units.map((u) => [u.ars, 'NOT_KNOWN']));
    const rank = ['TRANSFER_POINT', 'MEMBER', 'ORTSGEMEINDE_MEMBER', 'TOWN_MEMBER', 'DISTRICT_MEMBER', 'NOT_KNOWN'];
    const set = (ars: string, value: string) => {
      if (rank.indexOf(value) < rank.indexOf(status.get(ars)!)) status.set(ars, value);
    };
    const members =
      network === 'DIGITALE_DOERFER_RLP'
        ? api.dd.map(({ municipality: m }) => ({
            ...m,
            leading: m.digitaleDoerferRoles.some(
              (t) => t.role === 'TRANSFER_POINT' && t.startedOn <= STICHTAG && (t.endedOn === null || t.endedOn >= STICHTAG),
            ),
          }))
        : api.ikone.filter((m) => m.countedFrom !== null && m.countedFrom <= STICHTAG).map((m) => ({ ...m.municipality, leading: false }));
    for (const m of members) {
      if (status.has(m.ars)) set(m.ars, m.leading ? 'TRANSFER_POINT' : 'MEMBER');
      else if (m.verbandsgemeinde) set(m.verbandsgemeinde.ars, network === 'DIGITALE_DOERFER_RLP' ? 'ORTSGEMEINDE_MEMBER' : 'TOWN_MEMBER');
      else if (m.type === 'LANDKREIS') for (const [unit, district] of districtOf) if (district === m.ars) set(unit, 'DISTRICT_MEMBER');
    }
    return status;
  }

  let coordinatorKey: string;

  /** A Digitale Dörfer member from `startedOn`: its application recorded and approved, as a coordinator does. */
  async function approveMember(key: string, startedOn: string): Promise<void> {
    const recorded = await hub.query(
      `mutation ($key: ID!) { recordApplication(input: { municipalityKey: $key, letterDate: "2025-01-10", signedBy: "Bürgermeisterin Muster", receivedOn: "2025-01-15" }) { membership { id version } } }`,
      { key },
      { 'x-api-key': coordinatorKey },
    );
    expect(recorded.errors).toBeUndefined();
    const { id, version } = recorded.data.recordApplication.membership;
    const approved = await hub.query(
      `mutation ($id: ID!, $version: Int!, $startedOn: LocalDate!) { approveApplication(membershipId: $id, expectedVersion: $version, startedOn: $startedOn) { status } }`,
      { id, version, startedOn },
      { 'x-api-key': coordinatorKey },
    );
    expect(approved.errors).toBeUndefined();
  }

  beforeAll(async () => {
    ensurePagesBuilt('dashboard');
    hub = await startTestHub({ logLines });
    origin = new URL(hub.gatewayUrl).origin;
    // Two more members, so that the map shows every status: an Ortsgemeinde and a Landkreis.
    coordinatorKey = (await createCallerKeys(hub, 'map')).dd;
    await approveMember(KERZENHEIM, '2025-04-01');
    await approveMember(KUSEL, '2025-05-01');
    const COVERAGE =
      'asOf complete knownMembers latestReportedSize { members reportedOn reportedOnPrecision reportedBy } districts { districtArs label members eligible eligiblePopulation populationReached populationShare }';
    const answer = await hub.query(`{
    digitaleDoerferMemberships(asOf: "${STICHTAG}", first: 100) { totalCount edges { node { municipality { ars type verbandsgemeinde { ars } digitaleDoerferRoles { role startedOn endedOn } } } } }
    ikoneDsMembers(first: 100) { totalCount edges { node { countedFrom municipality { ars type verbandsgemeinde { ars } } } } }
    dd: coverageReport(network: DIGITALE_DOERFER_RLP, asOf: "${STICHTAG}") { ${COVERAGE} }
    ik: coverageReport(network: IKONE_DS, asOf: "${STICHTAG}") { ${COVERAGE} }
  }`);
    expect(answer.errors).toBeUndefined();
    expect(answer.data.digitaleDoerferMemberships.totalCount).toBeLessThan(100);
    expect(answer.data.ikoneDsMembers.totalCount).toBeLessThan(100);
    api = {
      dd: answer.data.digitaleDoerferMemberships.edges.map((e: any) => e.node),
      ikone: answer.data.ikoneDsMembers.edges.map((e: any) => e.node),
      coverage: { DIGITALE_DOERFER_RLP: answer.data.dd, IKONE_DS: answer.data.ik },
    };
    // the day has every status of the map
    const dd = new Set(expectedStatuses('DIGITALE_DOERFER_RLP').values());
    expect([...dd].sort()).toEqual(['DISTRICT_MEMBER', 'MEMBER', 'NOT_KNOWN', 'ORTSGEMEINDE_MEMBER', 'TRANSFER_POINT']);
    expect([...new Set(expectedStatuses('IKONE_DS').values())].sort()).toEqual(['MEMBER', 'NOT_KNOWN', 'TOWN_MEMBER']);
  });
  afterAll(async () => {
    await hub?.close();
  });

  /** The areas of an SVG file: data-ars → data-status (or data-class), read from its text. */
  function areasOf(svg: string, attribute: 'data-status' | 'data-class'): Map<string, string> {
    return new Map([...svg.matchAll(new RegExp(`<path [^>]*data-ars="(\\d{12})" ${attribute}="([\\w]+)"`, 'g'))].map((m) => [m[1], m[2]]));
  }

  describe('the downloads', () => {
    test.each(NETWORKS)(
      'map.svg of %s: every unit with the status the API gives it, legend, what it leaves out, both attributions',
      async (network) => {
        const response = await fetch(`${origin}/reports/map.svg?network=${network}&stichtag=${STICHTAG}`);
        expect(response.status).toBe(200);
        expect(response.headers.get('content-type')).toBe('image/svg+xml; charset=utf-8');
        expect(response.headers.get('content-disposition')).toBe(`attachment; filename="map-${network}-${STICHTAG}.svg"`);
        expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
        expect(response.headers.get('cache-control')).toBe('public, max-age=60');
        const svg = await response.text();
        expect(svg).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
        expect(Object.fromEntries(areasOf(svg, 'data-status'))).toEqual(Object.fromEntries(expectedStatuses(network)));
        const text = textOf(svg);
        // every status occurs on this day: each is in the legend
        for (const style of Object.values(STATUS_STYLES[network])) expect(text).toContain(`${style.label} (`);
        expect(text).toContain(unnamedMembersNote(named(network).size, api.coverage[network].latestReportedSize));
        expect(svg).toContain(`<a href="${GEO_SOURCE_URL}">`);
        expect(text).toContain(GEO_ATTRIBUTION);
        expect(text).toContain(DIRECTORY_ATTRIBUTION);
        // the named Ortsgemeinde in its Verbandsgemeinde's title
        if (network === 'DIGITALE_DOERFER_RLP')
          expect(svg).toMatch(
            /<title>Verbandsgemeinde Eisenberg \(Pfalz\), Donnersbergkreis: Ortsgemeinde darin ist Mitglied: Kerzenheim<\/title>/,
          );
        // IKONE-DS: a dot for every member town, in its unit
        if (network === 'IKONE_DS')
          expect(new Set([...svg.matchAll(/<circle [^>]*data-ars="(\d{12})"/g)].map((m) => m[1]))).toEqual(named(network));
        // light enough to mail or put on a slide
        expect(Buffer.byteLength(svg)).toBeLessThan(120_000);
      },
    );

    test('coverage-map.svg: each district in the class of its share of inhabitants reached, as the coverage report has it', async () => {
      for (const network of NETWORKS) {
        const response = await fetch(`${origin}/reports/coverage-map.svg?network=${network}&stichtag=${STICHTAG}`);
        expect([response.status, response.headers.get('content-type')]).toEqual([200, 'image/svg+xml; charset=utf-8']);
        const svg = await response.text();
        const expected = new Map(api.coverage[network].districts.map((d: any) => [d.districtArs, String(coverageClass(d) ?? 'none')]));
        expect(Object.fromEntries(areasOf(svg, 'data-class'))).toEqual(Object.fromEntries(expected));
        expect(svg).toContain(GEO_ATTRIBUTION);
      }
    });

    test('map.geojson: the 170 units with their outlines and, per network, the status the API gives them', async () => {
      const response = await fetch(`${origin}/reports/map.geojson?stichtag=${STICHTAG}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/geo+json; charset=utf-8');
      const text = await response.text();
      expect(Buffer.byteLength(text)).toBeLessThan(300_000);
      const collection = JSON.parse(text);
      expect(collection.type).toBe('FeatureCollection');
      expect(collection.stichtag).toBe(STICHTAG);
      expect(collection.quellen.join(' ')).toContain(GEO_ATTRIBUTION);
      expect(collection.features).toHaveLength(170);
      for (const network of NETWORKS) {
        const key = network === 'DIGITALE_DOERFER_RLP' ? 'digitaleDoerferStatus' : 'ikoneDsStatus';
        expect(Object.fromEntries(collection.features.map((f: any) => [f.id, f.properties[key]]))).toEqual(
          Object.fromEntries(expectedStatuses(network)),
        );
      }
      const eisenberg = collection.features.find((f: any) => f.id === VG_EISENBERG);
      expect(eisenberg.properties).toMatchObject({
        name: 'Eisenberg (Pfalz)',
        art: 'Verbandsgemeinde',
        kreis: 'Donnersbergkreis',
        digitaleDoerferStatus: 'ORTSGEMEINDE_MEMBER',
        digitaleDoerferMitglieder: 'Kerzenheim',
      });
      for (const feature of collection.features) {
        expect(['Polygon', 'MultiPolygon']).toContain(feature.geometry.type);
        const [lon, lat] = (
          feature.geometry.type === 'Polygon' ? feature.geometry.coordinates[0][0] : feature.geometry.coordinates[0][0][0]
        ) as number[];
        expect([lon > 6 && lon < 8.6, lat > 48.9 && lat < 51]).toEqual([true, true]);
      }
      // the figures beside the map: named against reported members
      expect(collection.netzwerke.DIGITALE_DOERFER_RLP.gemeldeteMitglieder).toBe(
        api.coverage.DIGITALE_DOERFER_RLP.latestReportedSize.members,
      );
    });

    test('the files come gzipped to a client that takes gzip, the same bytes unpacked, and plain to one that does not', async () => {
      const get = (file: string, acceptEncoding?: string) =>
        new Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
          http
            .get(`${origin}${file}`, { headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} }, (response) => {
              const chunks: Buffer[] = [];
              response.on('data', (chunk: Buffer) => chunks.push(chunk));
              response.on('end', () => resolve({ headers: response.headers, body: Buffer.concat(chunks) }));
            })
            .on('error', reject);
        });
      for (const file of [`/reports/map.geojson?stichtag=${STICHTAG}`, `/reports/map.svg?network=IKONE_DS&stichtag=${STICHTAG}`]) {
        const plain = await get(file);
        const packed = await get(file, 'gzip, deflate, br');
        const refused = await get(file, 'gzip;q=0, identity');
        expect([plain.headers['content-encoding'], packed.headers['content-encoding'], refused.headers['content-encoding']]).toEqual([
          undefined,
          'gzip',
          undefined,
        ]);
        expect(packed.headers.vary).toBe('accept-encoding');
        expect(Number(packed.headers['content-length'])).toBe(packed.body.length);
        expect(packed.body.length).toBeLessThan(plain.body.length / 2);
        expect(zlib.gunzipSync(packed.body).equals(plain.body)).toBe(true);
        expect(refused.body.equals(plain.body)).toBe(true);
      }
    });

    test('a Stichtag or network that cannot be used: HTTP 400 with a German sentence, never the value sent', async () => {
      const inAWeek = addDays(today(), 7);
      for (const query of [
        'stichtag=2024-02-30',
        'stichtag=31.12.2024',
        'stichtag=%3Cscript%3E',
        'stichtag=1989-12-31',
        `stichtag=${inAWeek}`,
        'stichtag=2024-01-01&asOf=2024-01-02',
        'stichtag=2024-01-01&stichtag=2024-01-02',
      ]) {
        for (const file of ['/reports/map.geojson?', '/reports/map.svg?network=IKONE_DS&', '/reports/coverage-map.svg?network=IKONE_DS&']) {
          const response = await fetch(`${origin}${file}${query}`);
          const text = await response.text();
          expect({ query, file, status: response.status, type: response.headers.get('content-type') }).toEqual({
            query,
            file,
            status: 400,
            type: 'text/plain; charset=utf-8',
          });
          expect(text).toMatch(
            /^(Der Parameter „stichtag“ (ist ungültig|nennt einen Tag)|Die Parameter „stichtag“ und „asOf“|Der Parameter „stichtag“ ist mehrfach)/,
          );
          expect(text).not.toMatch(/script|31\.12\.2024|2024-02-30/);
        }
      }
      for (const query of ['', '?network=NETZWERK']) {
        const response = await fetch(`${origin}/reports/map.svg${query}`);
        expect(response.status).toBe(400);
        expect(await response.text()).toMatch(/^Der Parameter „network“ (fehlt|ist ungültig); erlaubt ist eines von DIGITALE_DOERFER_RLP/);
      }
    });

    test('the DCAT catalogue lists the GeoJSON and the SVG maps, under dl-de/by-2-0 with both source notes', async () => {
      const turtle = await (await fetch(`${origin}/opendata/catalog.ttl`)).text();
      for (const url of [
        '/reports/map.geojson',
        ...NETWORKS.flatMap((n) => [`/reports/map.svg?network=${n}`, `/reports/coverage-map.svg?network=${n}`]),
      ]) {
        expect(turtle).toContain(`<${origin}${url}>`);
      }
      expect(turtle).toContain('<https://www.iana.org/assignments/media-types/application/geo+json>');
      expect(turtle).toContain('<http://publications.europa.eu/resource/authority/file-type/SVG>');
      expect(MAP_ATTRIBUTION).toContain(GEO_ATTRIBUTION);
      expect(MAP_ATTRIBUTION).toContain(DIRECTORY_ATTRIBUTION);
    });

    test('many requests for one day cost the API one read of that day', async () => {
      const reads = () => logLines.filter((l) => l.includes('Mitgliederkarte') && l.includes('"path":"/graphql"')).length;
      const day = '2024-06-30';
      await (await fetch(`${origin}/reports/map.geojson?stichtag=${day}`)).arrayBuffer();
      const once = reads();
      expect(once).toBeGreaterThan(0);
      await Promise.all(
        Array.from({ length: 8 }, async (_, i) => {
          const file = [
            '/reports/map.geojson?',
            `/reports/map.svg?network=${NETWORKS[i % 2]}&`,
            `/reports/coverage-map.svg?network=${NETWORKS[i % 2]}&`,
          ][i % 3];
          const response = await fetch(`${origin}${file}stichtag=${day}`);
          // read whole: an unread answer would keep its connection busy
          await response.arrayBuffer();
          expect(response.status).toBe(200);
        }),
      );
      expect(reads()).toBe(once);
    });

    test('a change shows in the next download at once, not only when the kept files expire', async () => {
      const statusOfKirchheimbolanden = async (file: string) => {
        const collection = await (await fetch(`${origin}${file}`)).json();
        return collection.features.find((f: any) => f.id === VG_KIRCHHEIMBOLANDEN).properties.digitaleDoerferStatus;
      };
      // today's files are read and kept; then the Verbandsgemeinde becomes a member today
      expect(await statusOfKirchheimbolanden('/reports/map.geojson')).toBe('NOT_KNOWN');
      await approveMember(VG_KIRCHHEIMBOLANDEN, today());
      expect(await statusOfKirchheimbolanden('/reports/map.geojson')).toBe('MEMBER');
      // the day before is unchanged
      expect(await statusOfKirchheimbolanden(`/reports/map.geojson?stichtag=${addDays(today(), -1)}`)).toBe('NOT_KNOWN');
    });
  });

  /** The text an SVG file shows: its elements' text, lines joined by a space, unescaped. */
  function textOf(svg: string): string {
    return svg
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ')
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
  }

  /** The named members of a network on the day, by ARS. */
  function named(network: MapNetwork): Set<string> {
    const members =
      network === 'DIGITALE_DOERFER_RLP' ? api.dd : api.ikone.filter((m) => m.countedFrom !== null && m.countedFrom <= STICHTAG);
    return new Set(members.map((m) => m.municipality.ars));
  }

  describeInBrowser('the maps on the dashboard', () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await launchBrowser();
    });
    afterAll(async () => {
      await browser?.close();
    });

    test('coloured as the API says, legend and attribution visible, a unit reached by Tab and read as text, axe-core passes', async () => {
      const { page, foreign, problems, close } = await openWatchedPage(browser, origin);
      await page.goto(`${origin}/dashboard?stichtag=${STICHTAG}`);
      await page.locator('#status').getByText('Stand: 30. Juni 2025.').waitFor({ timeout: 20_000 });

      for (const network of NETWORKS) {
        const map = page.locator(`#member-map-${network}`);
        // every unit: its status as the API gives it, and the fill of that status
        const drawn = await map
          .locator('svg.map path[data-ars]')
          .evaluateAll((paths) => paths.map((p) => [p.getAttribute('data-ars'), p.getAttribute('data-status'), getComputedStyle(p).fill]));
        expect(drawn).toHaveLength(170);
        const expected = expectedStatuses(network);
        expect(Object.fromEntries(drawn.map(([ars, status]) => [ars, status]))).toEqual(Object.fromEntries(expected));
        const fills = new Map<string, Set<string>>();
        for (const [, status, fill] of drawn) fills.set(status!, (fills.get(status!) ?? new Set()).add(fill!));
        // one fill per status, a different one for each
        for (const set of fills.values()) expect(set.size).toBe(1);
        expect(new Set([...fills.values()].map((s) => [...s][0])).size).toBe(fills.size);

        // legend and attribution, visible beside the map
        const legend = map.locator('.map-legend');
        expect(await legend.isVisible()).toBe(true);
        for (const status of new Set(expected.values())) expect(await legend.textContent()).toContain(STATUS_STYLES[network][status].label);
        const attribution = map.locator('.map-attribution a');
        expect([await attribution.isVisible(), await attribution.textContent(), await attribution.getAttribute('href')]).toEqual([
          true,
          GEO_ATTRIBUTION,
          GEO_SOURCE_URL,
        ]);
        // what the map leaves out, beside it
        expect(await map.locator('.map-note').textContent()).toBe(
          unnamedMembersNote(named(network).size, api.coverage[network].latestReportedSize),
        );
        // the table beside it: one row per unit with a known status
        const rows = await page
          .locator(`#member-map-${network}-table tbody tr`)
          .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-ars')));
        expect(rows.sort()).toEqual(
          [...expected]
            .filter(([, s]) => s !== 'NOT_KNOWN')
            .map(([ars]) => ars)
            .sort(),
        );

        // the coverage map: each district in the class of the coverage report
        const districts = await page
          .locator(`#coverage-map-${network} svg.map path[data-ars]`)
          .evaluateAll((paths) => paths.map((p) => [p.getAttribute('data-ars'), p.getAttribute('data-class')]));
        expect(Object.fromEntries(districts)).toEqual(
          Object.fromEntries(api.coverage[network].districts.map((d: any) => [d.districtArs, String(coverageClass(d) ?? 'none')])),
        );
        expect(await page.locator(`#coverage-map-${network} .map-attribution a`).textContent()).toBe(GEO_ATTRIBUTION);
      }
      expect(await page.locator('#member-map-DIGITALE_DOERFER_RLP-table').textContent()).toContain(
        'Ortsgemeinde darin ist Mitglied: Kerzenheim',
      );

      // Keyboard: from the date field, Tab reaches the first map at a member; its status is shown as text.
      await page.locator('#stichtag').focus();
      let reached: string | null = null;
      for (let i = 0; i < 5 && !reached; i++) {
        await page.keyboard.press('Tab');
        reached = await page.evaluate(() => document.activeElement?.getAttribute('data-ars') ?? null);
      }
      expect(reached).not.toBeNull();
      const readout = page.locator('#member-map-DIGITALE_DOERFER_RLP-readout');
      const label = await page.evaluate(() => document.activeElement?.querySelector('title')?.textContent);
      expect(await readout.textContent()).toBe(label);
      expect(label).toMatch(/: (Transferstelle|Mitglied)/);
      // the browser names the area so (its title), as an image
      expect(await page.getByRole('img', { name: label!, exact: true }).count()).toBe(1);
      await page.locator('#member-map-DIGITALE_DOERFER_RLP').screenshot({ path: path.join(SCREENSHOTS, 'dashboard-map.png') });
      // the arrow keys go on to a neighbour, whose name and status replace it
      await page.keyboard.press('ArrowDown');
      const next = await page.evaluate(() => document.activeElement?.querySelector('title')?.textContent);
      expect(next).not.toBe(label);
      expect(await readout.textContent()).toBe(next);
      // the next Tab leaves the map (one tab stop per map)
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.closest('svg.map'))).toBeNull();

      await expectAccessible(page, 'dashboard with maps');
      await page.screenshot({ path: path.join(SCREENSHOTS, 'dashboard-maps.png'), fullPage: true });
      await close();
      expect(foreign).toEqual([]);
      expect(problems).toEqual([]);
    });
  });
});
