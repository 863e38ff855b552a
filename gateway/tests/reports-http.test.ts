// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// What dashboards and spreadsheets get from the gateway: cache hints on public figures, and the
// report downloads (/reports/{membership,coverage,outreach}.{csv,xlsx}) with the API's figures.
import ExcelJS from 'exceljs';
import { Role } from '../../common/auth/roles';
import { addDays, today } from '../../common/dates';
import { MunicipalityType, NetworkId, SizeClass } from '../../common/domain';
import { FitLevel } from '../../common/network-fit/types';
import { postGraphQL, startTestHub, TestHub } from '../../testing/hub';

let hub: TestHub;
let partner: string;
beforeAll(async () => {
  // A day-long window and a high limit: the test reads the rate-limit headers without a window ending in between.
  hub = await startTestHub({ env: { RATE_LIMIT_MAX: '100000', RATE_LIMIT_WINDOW_MS: '86400000' } });
  partner = (await hub.apiKeys.create({ name: 'csv partner', role: Role.PARTNER, createdBy: 'test' })).secret;
});
afterAll(async () => {
  await hub?.close();
});

const origin = () => new URL(hub.gatewayUrl).origin;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A share as the CSV writes it: percent, one decimal, decimal comma, no sign (the dashboard rounds the same way). */
const percent = (share: number) =>
  new Intl.NumberFormat('de-DE', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: false })
    .format(share)
    .replace(/\u00a0%$/, '');

/** The fields of a ";" CSV with RFC 4180 quoting, as written (a quoted field keeps its quotes, to see the key's form). */
function csvRows(text: string): string[][] {
  expect(text.startsWith('\ufeff')).toBe(true);
  const rows: string[][] = [[]];
  let field = '';
  let quoted = false;
  const body = text.slice(1);
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (quoted && c === '"' && body[i + 1] === '"') {
      field += '""';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
      field += c;
    } else if (!quoted && c === ';') {
      rows[rows.length - 1].push(field);
      field = '';
    } else if (!quoted && c === '\r' && body[i + 1] === '\n') {
      rows[rows.length - 1].push(field);
      field = '';
      rows.push([]);
      i++;
    } else {
      field += c;
    }
  }
  expect(rows.pop()).toEqual([]); // ends with CRLF
  return rows;
}

/** A quoted field's text. */
const unquote = (field: string) => (field.startsWith('"') ? field.slice(1, -1).replace(/""/g, '"') : field);

/** The body as sent, BOM included (Response.text() would drop it). */
const text = async (response: Response) => Buffer.from(await response.arrayBuffer()).toString('utf8');

async function csv(path: string): Promise<string[][]> {
  const response = await fetch(`${origin()}${path}`);
  expect({ path, status: response.status }).toEqual({ path, status: 200 });
  expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
  return csvRows(await text(response));
}

async function xlsx(path: string): Promise<ExcelJS.Worksheet> {
  const response = await fetch(`${origin()}${path}`);
  expect({ path, status: response.status }).toEqual({ path, status: 200 });
  expect(response.headers.get('content-type')).toBe(XLSX);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as unknown as ExcelJS.Buffer);
  expect(workbook.worksheets).toHaveLength(1);
  return workbook.worksheets[0];
}

/** A sheet's rows as [type, value] per cell (a date as its ISO day), header included. */
function sheetRows(sheet: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  const columns = sheet.columnCount; // exceljs counts anew on each call, row by row
  sheet.eachRow({ includeEmpty: true }, (row) => {
    const cells: unknown[] = [];
    for (let i = 1; i <= columns; i++) {
      const cell = row.getCell(i);
      expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
      cells.push(cell.value instanceof Date ? cell.value.toISOString().slice(0, 10) : cell.value);
    }
    rows.push(cells);
  });
  return rows;
}

const COMPLETENESS_HEADER = ['Bekannte Mitglieder', 'Gemeldete Mitglieder', 'Gemeldet am', 'Gemeldet von', 'Quelle', 'Vollständig'];
const FIGURES = 'knownMembers complete latestReportedSize { members reportedOn reportedBy source }';
const completeness = (r: any) => [
  r.knownMembers,
  r.latestReportedSize?.members ?? null,
  r.latestReportedSize?.reportedOn ?? null,
  r.latestReportedSize?.reportedBy ?? null,
  r.latestReportedSize?.source ?? null,
  r.complete ? 'ja' : 'nein',
];
/** A row of values as the CSV writes it. */
const asCsv = (values: unknown[]) => values.map((v) => (v === null ? '' : String(v)));

test('public answers carry the cache hint the subgraphs gave; personal or keyed answers do not', async () => {
  const report = await postGraphQL(hub.gatewayUrl, { query: '{ coverageReport(network: IKONE_DS) { state { members } } }' });
  expect(report.headers.get('cache-control')).toBe('public, max-age=60');
  const lookup = await postGraphQL(hub.gatewayUrl, { query: '{ municipality(key: "07315000") { name } }' });
  expect(lookup.headers.get('cache-control')).toBe('public, max-age=60');
  // an answer that depends on who asks (here: refused to an anonymous caller)
  const personal = await postGraphQL(hub.gatewayUrl, { query: '{ auditTrail(first: 1) { totalCount } }' });
  expect(personal.headers.get('cache-control')).toBe('no-store');
  const keyed = await postGraphQL(
    hub.gatewayUrl,
    { query: '{ coverageReport(network: IKONE_DS) { state { members } } }' },
    { 'x-api-key': partner },
  );
  expect(keyed.headers.get('cache-control')).toBe('no-store');
});

describe.each([
  ['IKONE_DS', ''],
  ['DIGITALE_DOERFER_RLP', '2024-12-31'],
])('coverage of %s (Stichtag %s): the API figures as CSV and XLSX', (network, stichtag) => {
  const ROW = 'districtArs label members eligible coverage eligiblePopulation populationReached populationShare';
  let api: any;
  let expected: unknown[][];
  const query = `network=${network}${stichtag ? `&stichtag=${stichtag}` : ''}`;
  beforeAll(async () => {
    const answer = await hub.query(
      `{ coverageReport(network: ${network}${stichtag ? `, asOf: "${stichtag}"` : ''}) { asOf state { ${ROW} } districts { ${ROW} } ${FIGURES} } }`,
    );
    api = answer.data.coverageReport;
    expect(api.asOf).toBe(stichtag || today());
    // As the dashboard: no share where there is nothing to divide.
    expected = [api.state, ...api.districts].map((r: any) => [
      api.asOf,
      r.districtArs,
      r.label,
      r.members,
      r.eligible,
      r.eligible > 0 ? r.coverage : null,
      r.eligiblePopulation,
      r.populationReached,
      r.eligiblePopulation > 0 ? r.populationShare : null,
      ...completeness(api),
    ]);
    expect(expected).toHaveLength(1 + 36);
    // Both kinds of row are there: districts without an eligible unit, and shares to write.
    expect(expected.some((r) => r[5] === null)).toBe(true);
    expect(expected.some((r) => typeof r[5] === 'number' && r[5] > 0)).toBe(true);
  });

  const HEADER = [
    'Stichtag',
    'ARS',
    'Gebiet',
    'Mitglieder',
    'Berechtigt',
    'Abdeckung (%)',
    'Einwohner berechtigt',
    'Einwohner erreicht',
    'Anteil Einwohner (%)',
    ...COMPLETENESS_HEADER,
  ];

  test('CSV: keys quoted with their leading zero, shares in percent with a decimal comma, empty where the dashboard shows "–"', async () => {
    const rows = await csv(`/reports/coverage.csv?${query}`);
    expect(rows[0]).toEqual(HEADER);
    expect(rows.slice(1)).toEqual(
      expected.map((r) => {
        const cells = asCsv(r);
        cells[1] = r[1] === null ? '' : `"${r[1]}"`;
        cells[5] = r[5] === null ? '' : percent(r[5] as number);
        cells[8] = r[8] === null ? '' : percent(r[8] as number);
        return cells;
      }),
    );
    // e.g. Speyer, a kreisfreie Stadt: its key with the leading zero; its IKONE-DS share like "100,0",
    // and no Digitale Dörfer share (the network takes no kreisfreie Stadt: nothing to divide)
    const speyer = rows.find((r) => r[1] === '"073180000000"')!;
    expect(speyer[2]).toBe('Speyer');
    expect(speyer[5]).toMatch(network === 'IKONE_DS' ? /^\d{1,3},\d$/ : /^$/);
  });

  test('XLSX: keys as text cells, shares as percent cells (0.0 %), the same figures as the API', async () => {
    const sheet = await xlsx(`/reports/coverage.xlsx?${query}`);
    expect(sheet.name).toBe('Abdeckung');
    const rows = sheetRows(sheet);
    expect(rows[0]).toEqual(HEADER);
    expect(rows.slice(1)).toEqual(expected.map((r) => r.map((v, i) => (v === null && (i === 5 || i === 8) ? '–' : v))));
    // the formats on a district with a share (its row in the sheet: header first, then the state)
    const row = 2 + expected.findIndex((r) => r[1] !== null && typeof r[5] === 'number');
    expect(sheet.getCell(row, 2).type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getCell(row, 2).value).toMatch(/^07\d{10}$/);
    expect(sheet.getCell(row, 2).numFmt).toBe('@');
    expect(sheet.getCell(row, 6).numFmt).toBe('0.0 %');
    expect(sheet.getCell(row, 1).numFmt).toBe('DD.MM.YYYY');
    expect(sheet.getCell(row, 7).numFmt).toBe('#,##0');
  });
});

test('IKONE-DS coverage: what the member figures count, after the report’s columns, on every line', async () => {
  const rows = await csv('/reports/coverage.csv?network=IKONE_DS');
  expect(rows[1].slice(9)).toEqual([
    '13',
    '14',
    '2020-12',
    'Entwicklungsagentur Rheinland-Pfalz',
    'https://ea-rlp.de/zwei-neue-netzwerke-unterstuetzen-bei-der-digitalisierung',
    'nein',
  ]);
});

describe.each(['DISTRICT', 'MUNICIPALITY_TYPE', 'SIZE_CLASS', 'YEAR_JOINED'])('membership by %s', (groupBy) => {
  const COLUMN: Record<string, string> = {
    DISTRICT: 'Landkreis / kreisfreie Stadt',
    MUNICIPALITY_TYPE: 'Gebietstyp',
    SIZE_CLASS: 'Größenklasse',
    YEAR_JOINED: 'Beitrittsjahr',
  };
  test('CSV and XLSX: German group names, the ARS only for districts, the API’s figures', async () => {
    const { data } = await hub.query(
      `{ membershipReport(network: DIGITALE_DOERFER_RLP, groupBy: ${groupBy}) { asOf rows { key label members } ${FIGURES} } }`,
    );
    const report = data.membershipReport;
    const district = groupBy === 'DISTRICT';
    const header = ['Stichtag', ...(district ? ['ARS'] : []), COLUMN[groupBy], 'Mitglieder', ...COMPLETENESS_HEADER];
    const expected = report.rows.map((r: any) => [
      report.asOf,
      ...(district ? [r.key] : []),
      groupBy === 'YEAR_JOINED' && /^\d{4}$/.test(r.key) ? Number(r.key) : r.label,
      r.members,
      ...completeness(report),
    ]);
    expect(expected.length).toBeGreaterThan(0);

    const rows = await csv(`/reports/membership.csv?network=DIGITALE_DOERFER_RLP&groupBy=${groupBy}`);
    expect(rows[0]).toEqual(header);
    expect(rows.slice(1)).toEqual(
      expected.map((r: unknown[]) => {
        const cells = asCsv(r);
        if (district) cells[1] = `"${r[1]}"`;
        return cells;
      }),
    );
    const sheet = await xlsx(`/reports/membership.xlsx?network=DIGITALE_DOERFER_RLP&groupBy=${groupBy}`);
    expect(sheet.name).toBe('Mitglieder');
    expect(sheetRows(sheet)).toEqual([header, ...expected]);
    if (district) {
      expect(rows).toContainEqual(expect.arrayContaining(['"073330000000"', 'Donnersbergkreis']));
      expect(sheet.getCell(2, 2).type).toBe(ExcelJS.ValueType.String);
      expect(sheet.getCell(2, 2).value).toMatch(/^07\d{10}$/);
    }
    expect(rows[1].slice(-6)).toEqual([
      expect.any(String),
      '61',
      '2025-04',
      'Rhein-Zeitung',
      expect.stringMatching(/^https:\/\/www\.rhein-zeitung\.de\//),
      'nein',
    ]);
  });
});

test('no English enum code in any download: German names of types, size classes, fit levels, networks and statuses', async () => {
  const CODES = new Set<string>([
    ...Object.values(MunicipalityType),
    ...Object.values(SizeClass),
    ...Object.values(NetworkId),
    ...Object.values(FitLevel),
    'DISTRICT',
    'MUNICIPALITY_TYPE',
    'SIZE_CLASS',
    'YEAR_JOINED',
    'UNKNOWN',
    'ACTIVE',
    'TRANSFER_POINT',
  ]);
  const paths = [
    '/reports/outreach',
    ...['DIGITALE_DOERFER_RLP', 'IKONE_DS'].flatMap((network) => [
      `/reports/coverage?network=${network}`,
      ...['DISTRICT', 'MUNICIPALITY_TYPE', 'SIZE_CLASS', 'YEAR_JOINED'].map((g) => `/reports/membership?network=${network}&groupBy=${g}`),
    ]),
  ];
  for (const path of paths) {
    const [name, query = ''] = path.split('?');
    const fields = (await csv(`${name}.csv?${query}`)).flat().map(unquote);
    expect({ path, codes: fields.filter((f) => CODES.has(f) || /\b[A-Z]+_[A-Z_]+\b/.test(f)) }).toEqual({ path, codes: [] });
    const cells = sheetRows(await xlsx(`${name}.xlsx?${query}`)).flat();
    expect({ path, codes: cells.filter((c) => typeof c === 'string' && (CODES.has(c) || /\b[A-Z]+_[A-Z_]+\b/.test(c))) }).toEqual({
      path,
      codes: [],
    });
  }
});

describe('outreach: the whole list, paged through the API', () => {
  let all: any[];
  let totalCount: number;
  let complete: boolean;
  beforeAll(async () => {
    // The list as a client of the API pages through it.
    all = [];
    let after: string | null = null;
    do {
      const { data }: any = await hub.query(
        `query ($after: String) { outreachList(first: 100, after: $after) { totalCount complete pageInfo { hasNextPage endCursor }
          edges { node { ars name type population networkFit { level network { shortName } } } } } }`,
        { after },
      );
      all.push(...data.outreachList.edges.map((e: any) => e.node));
      totalCount = data.outreachList.totalCount;
      complete = data.outreachList.complete;
      after = data.outreachList.pageInfo.hasNextPage ? data.outreachList.pageInfo.endCursor : null;
    } while (after);
    expect(totalCount).toBeGreaterThan(2_000);
    expect(all).toHaveLength(totalCount);
  });

  const TYPE: Record<string, string> = {
    KREISFREIE_STADT: 'kreisfreie Stadt',
    VERBANDSGEMEINDE: 'Verbandsgemeinde',
    ORTSGEMEINDE: 'Ortsgemeinde',
    VERBANDSANGEHOERIGE_STADT: 'verbandsangehörige Stadt',
    VERBANDSFREIE_GEMEINDE: 'verbandsfreie Gemeinde',
    VERBANDSFREIE_STADT: 'verbandsfreie Stadt',
    GROSSE_KREISANGEHOERIGE_STADT: 'große kreisangehörige Stadt',
    LANDKREIS: 'Landkreis',
  };
  const LEVEL: Record<string, string> = { MEMBER: 'bereits Mitglied', HIGH: 'hoch', MEDIUM: 'mittel', LOW: 'gering', NONE: 'keine' };
  const expectedRow = (n: any) => [
    today(),
    n.ars,
    n.name,
    TYPE[n.type],
    n.population,
    n.networkFit[0].network.shortName,
    LEVEL[n.networkFit[0].level],
    complete ? 'in keinem Netzwerk' : 'nicht als Mitglied bekannt',
  ];
  const HEADER = ['Stichtag', 'ARS', 'Name', 'Typ', 'Einwohner', 'Passendstes Netzwerk', 'Passung', 'Status'];

  test('CSV: every row, not the first 100; German types and fit levels; each download costs one request per page of the rate limit', async () => {
    // the rate limit before: a request that costs one
    const cheap = await fetch(`${origin()}/reports/coverage.csv?network=IKONE_DS`);
    await cheap.arrayBuffer();
    const before = Number(cheap.headers.get('ratelimit-remaining'));
    const response = await fetch(`${origin()}/reports/outreach.csv`);
    expect(response.status).toBe(200);
    const body = await text(response);
    const pages = Math.ceil(totalCount / 100);
    expect(Number(response.headers.get('ratelimit-remaining'))).toBe(before - pages);
    const rows = csvRows(body);
    expect(rows[0]).toEqual(HEADER);
    expect(rows).toHaveLength(1 + totalCount);
    expect(rows.slice(1)).toEqual(
      all.map((n) => {
        const cells = asCsv(expectedRow(n));
        cells[1] = `"${n.ars}"`;
        return cells;
      }),
    );
    expect(rows[1]).toEqual(expect.arrayContaining(['Mainz, Stadt', 'kreisfreie Stadt', 'IKONE-DS', 'hoch', 'nicht als Mitglied bekannt']));
  });

  test('XLSX: every row, keys as text cells, the same as the API', async () => {
    const response = await fetch(`${origin()}/reports/outreach.xlsx`);
    const bytes = Buffer.from(await response.arrayBuffer());
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0];
    expect(sheet.name).toBe('Ansprache');
    expect(sheetRows(sheet)).toEqual([HEADER, ...all.map(expectedRow)]);
    expect(sheet.getCell(2, 2).type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getCell(2, 2).numFmt).toBe('@');
  });
});

test('stichtag is the parameter, asOf another name for it: the same file either way', async () => {
  const body = async (query: string) => {
    const response = await fetch(`${origin()}/reports/coverage.csv?network=IKONE_DS&${query}`);
    expect({ query, status: response.status }).toEqual({ query, status: 200 });
    return text(response);
  };
  const byStichtag = await body('stichtag=2021-12-31');
  expect(csvRows(byStichtag)[1][0]).toBe('2021-12-31');
  expect(await body('asOf=2021-12-31')).toBe(byStichtag);
  expect(await body('stichtag=2021-12-31&asOf=2021-12-31')).toBe(byStichtag);
  expect(await body('stichtag=&asOf=2021-12-31')).toBe(byStichtag);
  expect(csvRows(await body('stichtag='))[1][0]).toBe(today());
  // a Stichtag before IKONE-DS's founding: nobody counted yet
  expect(csvRows(await body('stichtag=1990-01-01'))[1].slice(0, 5)).toEqual(['1990-01-01', '', 'Rheinland-Pfalz', '0', expect.any(String)]);
});

describe('malformed parameters: HTTP 400 with a German sentence in plain text, for every parameter, report and format', () => {
  const tomorrow = addDays(today(), 1);
  const DAYS: [string, string][] = [
    ['2024-02-30', 'ist ungültig'],
    ['31.12.2024', 'ist ungültig'],
    ['yesterday', 'ist ungültig'],
    ['0000-01-01', 'ist ungültig'],
    ['2024-1-1', 'ist ungültig'],
    ['%00', 'ist ungültig'],
    ['9'.repeat(5000), 'ist ungültig'],
    ['1989-12-31', 'nennt einen Tag vor dem 01.01.1990'],
    ['1900-01-01', 'nennt einen Tag vor dem 01.01.1990'],
    [tomorrow, 'nennt einen Tag in der Zukunft'],
    ['2099-12-31', 'nennt einen Tag in der Zukunft'],
  ];
  const NETWORKS: [string, string][] = [
    ['', '„network“ fehlt'],
    ['network=', '„network“ fehlt'],
    ['network=NOPE', '„network“ ist ungültig'],
    ['network=ikone_ds', '„network“ ist ungültig'],
    ['network=%00', '„network“ ist ungültig'],
    ['network=IKONE_DS%20', '„network“ ist ungültig'],
    ['network=IKONE_DS&network=DIGITALE_DOERFER_RLP', '„network“ ist mehrfach angegeben'],
  ];
  const GROUPINGS: [string, string][] = [
    ['', '„groupBy“ fehlt'],
    ['groupBy=', '„groupBy“ fehlt'],
    ['groupBy=NOPE', '„groupBy“ ist ungültig'],
    ['groupBy=district', '„groupBy“ ist ungültig'],
    ['groupBy=DISTRICT&groupBy=DISTRICT', '„groupBy“ ist mehrfach angegeben'],
  ];
  const dayCases = (base: string): [string, string][] => [
    ...DAYS.map(([day, text]): [string, string] => [`${base}stichtag=${day}`, `Der Parameter „stichtag“ ${text}`]),
    ...DAYS.slice(0, 3).map(([day, text]): [string, string] => [`${base}asOf=${day}`, `Der Parameter „asOf“ ${text}`]),
    [`${base}stichtag=2024-12-31&asOf=2024-12-30`, 'Die Parameter „stichtag“ und „asOf“ nennen verschiedene Tage'],
    [`${base}stichtag=2024-12-31&stichtag=2024-12-31`, '„stichtag“ ist mehrfach angegeben'],
  ];
  const CASES: [string, string, string][] = [
    ...NETWORKS.map(([q, text]): [string, string, string] => ['coverage', q, text]),
    ...dayCases('network=IKONE_DS&').map(([q, text]): [string, string, string] => ['coverage', q, text]),
    ...NETWORKS.map(([q, text]): [string, string, string] => ['membership', `groupBy=DISTRICT&${q}`, text]),
    ...GROUPINGS.map(([q, text]): [string, string, string] => ['membership', `network=IKONE_DS&${q}`, text]),
    ...dayCases('network=IKONE_DS&groupBy=YEAR_JOINED&').map(([q, text]): [string, string, string] => ['membership', q, text]),
    ...dayCases('').map(([q, text]): [string, string, string] => ['outreach', q, text]),
  ];

  test.each(CASES.flatMap(([name, query, text]) => ['csv', 'xlsx'].map((format) => [`${name}.${format}`, query, text])))(
    '%s?%s',
    async (file, query, text) => {
      const response = await fetch(`${origin()}/reports/${file}?${query}`);
      expect(response.status).toBe(400);
      expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(response.headers.get('content-disposition')).toBeNull();
      const body = await response.text();
      expect(body).toContain(text);
      // Says what a valid value looks like and which parameters there are, and never echoes what was sent.
      if (/„(stichtag|asOf)“ (ist ungültig|nennt)/.test(text)) expect(body).toContain('JJJJ-MM-TT vom 01.01.1990 bis heute');
      if (/„network“ (fehlt|ist ungültig)/.test(text))
        expect(body).toContain('DIGITALE_DOERFER_RLP (Netzwerk Digitale Dörfer RLP) oder IKONE_DS');
      expect(body).toMatch(/Parameter dieses Berichts: (network, )?(groupBy, )?stichtag\.\n$/);
      expect(body).not.toContain('9999999999');
      expect(body).not.toMatch(/NOPE|ikone_ds|district|yesterday|31\.12\.2024|\u0000/);
      // German only: no English sentence from the API
      expect(body).not.toMatch(/\b(must|between|invalid|error|the|and|is)\b/i);
    },
  );
});

test('the file name holds only a known network id or "alle" and a checked day, never a parameter as sent', async () => {
  const disposition = async (url: string) => {
    const response = await fetch(`${origin()}${url}`);
    await response.arrayBuffer();
    return response.headers.get('content-disposition');
  };
  expect(await disposition('/reports/coverage.csv?network=IKONE_DS')).toBe('attachment; filename="coverage-IKONE_DS.csv"');
  expect(await disposition('/reports/coverage.xlsx?network=IKONE_DS&stichtag=2024-12-31')).toBe(
    'attachment; filename="coverage-IKONE_DS-2024-12-31.xlsx"',
  );
  expect(await disposition('/reports/membership.xlsx?network=DIGITALE_DOERFER_RLP&groupBy=DISTRICT&asOf=2024-12-31')).toBe(
    'attachment; filename="membership-DIGITALE_DOERFER_RLP-2024-12-31.xlsx"',
  );
  // outreach takes no network: a crafted one must not end up in the name (it was "outreach-Rechnung.html").
  expect(await disposition('/reports/outreach.csv?network=Rechnung.html')).toBe('attachment; filename="outreach-alle.csv"');
  expect(await disposition('/reports/outreach.xlsx?network=a%22%0d%0aX-Evil:%201')).toBe('attachment; filename="outreach-alle.xlsx"');
  const refused = await fetch(`${origin()}/reports/coverage.csv?network=Rechnung.html`);
  expect([refused.status, await refused.text()]).toEqual([400, expect.stringContaining('„network“ ist ungültig')]);
});

test('credentials the gateway refuses before a download runs: a German sentence in plain text, not English JSON', async () => {
  for (const path of ['/reports/coverage.csv?network=IKONE_DS', '/reports/outreach.xlsx', '/opendata/catalog.ttl']) {
    const response = await fetch(`${origin()}${path}`, { headers: { 'x-api-key': 'knh_0000000000000000_unknown' } });
    expect(response.status).toBe(401);
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(await response.text()).toBe(
      'Die mitgesandten Zugangsdaten wurden nicht angenommen. Die Berichte sind öffentlich: ohne Schlüssel oder mit einem gültigen erneut abrufen.\n',
    );
  }
});
