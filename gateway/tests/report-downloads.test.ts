// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// The report downloads without a hub: how a table is written (CSV and XLSX), and what one request
// for the whole outreach list may cost, against a stand-in for the gateway's Apollo Server and rate
// limiter. Deterministic: the stand-ins answer when the test says so; nothing waits for a clock.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApolloServer } from '@apollo/server';
import ExcelJS from 'exceljs';
import type { BaseContext } from '../../common/context';
import { createLogger } from '../../common/logging';
import type { PageHandler } from '../../common/http';
import type { RateLimitDecision, RateLimiter } from '../limits/rate-limit';
import { percentText, toCsv, toXlsx, type ReportTable } from '../report-files';
import { csvReportPages, MAX_OUTREACH_PAGES, OUTREACH_QUEUE, OUTREACH_SLOTS } from '../reports-csv';

const logger = createLogger('test', 'silent');

describe('a table as CSV and XLSX', () => {
  const table: ReportTable = {
    sheet: 'Test',
    columns: [
      { header: 'Stichtag', kind: 'date' },
      { header: 'ARS', kind: 'key' },
      { header: 'Name', kind: 'text' },
      { header: 'Einwohner', kind: 'integer' },
      { header: 'Abdeckung (%)', kind: 'percent' },
    ],
    rows: [
      ['2024-12-31', '073330000000', 'Donnersbergkreis', 75_000, 0.434782608],
      ['2024-12-31', '071320000000', '=HYPERLINK("http://evil.example")', 1_234_567, null],
      ['2024-12-31', null, '+49 6131 1234', 0, 1],
      ['2024-12-31', '07315000', '-5', 12, 0],
      ['2024-12-31', '00000001', '@SUM(A1)', null, 0.0005],
      ['2024-12-31', '07', 'Semikolon; "Anführung"\nZeile', 1, 0.99949],
    ],
  };

  test('CSV: BOM, ";", keys quoted with their zeros, percent with one decimal and a comma, nothing where nothing is divided, formulas disarmed', () => {
    const text = toCsv(table).toString('utf8');
    expect(text.startsWith('\ufeff')).toBe(true);
    expect(text.slice(1).split('\r\n')).toEqual([
      'Stichtag;ARS;Name;Einwohner;Abdeckung (%)',
      '2024-12-31;"073330000000";Donnersbergkreis;75000;43,5',
      `2024-12-31;"071320000000";"'=HYPERLINK(""http://evil.example"")";1234567;`,
      "2024-12-31;;'+49 6131 1234;0;100,0",
      '2024-12-31;"07315000";\'-5;12;0,0',
      '2024-12-31;"00000001";\'@SUM(A1);;0,1',
      '2024-12-31;"07";"Semikolon; ""Anführung""\nZeile";1;99,9',
      '',
    ]);
    // the dashboard's rounding (format.ts: de-DE percent, at most one decimal)
    const dashboard = new Intl.NumberFormat('de-DE', { style: 'percent', maximumFractionDigits: 1 });
    for (const share of [0.434782608, 0.0005, 0.99949, 0.125, 2 / 3, 0.04545]) {
      expect(`${percentText(share).replace(/,0$/, '')}\u00a0%`).toBe(dashboard.format(share));
    }
  });

  test('XLSX: keys are text cells, shares percent cells (0.0 %), numbers numbers, "–" where nothing is divided, text never a formula', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await toXlsx(table)) as unknown as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0];
    expect(sheet.name).toBe('Test');
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(['Stichtag', 'ARS', 'Name', 'Einwohner', 'Abdeckung (%)']);
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.rowCount).toBe(1 + table.rows.length);

    const ars = sheet.getCell('B2');
    expect([ars.type, ars.value, ars.numFmt]).toEqual([ExcelJS.ValueType.String, '073330000000', '@']);
    expect(sheet.getCell('B6').value).toBe('00000001');
    expect(sheet.getCell('B4').value).toBeNull();

    const share = sheet.getCell('E2');
    expect([share.type, share.value, share.numFmt]).toEqual([ExcelJS.ValueType.Number, 0.434782608, '0.0 %']);
    expect(sheet.getCell('E3').value).toBe('–');
    expect(sheet.getCell('E4').value).toBe(1);

    const population = sheet.getCell('D3');
    expect([population.type, population.value, population.numFmt]).toEqual([ExcelJS.ValueType.Number, 1_234_567, '#,##0']);

    const day = sheet.getCell('A2');
    expect(day.type).toBe(ExcelJS.ValueType.Date);
    expect((day.value as Date).toISOString()).toBe('2024-12-31T00:00:00.000Z');
    expect(day.numFmt).toBe('DD.MM.YYYY');

    // values starting with = + - @ stay the text they are, and no cell anywhere is a formula
    expect(['C3', 'C4', 'C5', 'C6'].map((ref) => [sheet.getCell(ref).type, sheet.getCell(ref).value])).toEqual([
      [ExcelJS.ValueType.String, '=HYPERLINK("http://evil.example")'],
      [ExcelJS.ValueType.String, '+49 6131 1234'],
      [ExcelJS.ValueType.String, '-5'],
      [ExcelJS.ValueType.String, '@SUM(A1)'],
    ]);
    sheet.eachRow((row) => row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula)));
  });
});

// ---- The outreach list: paged through the API, charged to the caller, bounded ----

/** A stand-in for the list the registry serves: `total` units, largest first. */
function outreachUnits(total: number) {
  return Array.from({ length: total }, (_, i) => ({
    id: `07${String(i).padStart(10, '0')}`,
    ars: `07${String(i).padStart(10, '0')}`,
    name: `Gemeinde ${i}`,
    type: i % 2 ? 'ORTSGEMEINDE' : 'VERBANDSGEMEINDE',
    population: 100_000 - i,
    networkFit: [{ level: i % 3 ? 'MEDIUM' : 'HIGH', network: { id: 'DIGITALE_DOERFER_RLP', shortName: 'Digitale Dörfer RLP' } }],
  }));
}

interface FakeApi {
  apollo: ApolloServer<BaseContext>;
  /** Operations run so far, with their variables. */
  calls: Record<string, unknown>[];
  /** When set, each operation waits for this before it answers. */
  gate?: Promise<void>;
  /** Changes the list's total from the given call on (a change between two pages). */
  totalFromCall?: { call: number; total: number };
}

function fakeApi(total: number): FakeApi {
  const units = outreachUnits(total);
  const fake: FakeApi = { calls: [], apollo: undefined as unknown as ApolloServer<BaseContext> };
  fake.apollo = {
    async executeOperation({ variables }: { variables: { first: number; after?: string } }) {
      fake.calls.push(variables);
      const call = fake.calls.length;
      if (fake.gate) await fake.gate;
      const offset = variables.after === undefined ? 0 : Number(variables.after) + 1;
      const nodes = units.slice(offset, offset + variables.first);
      const totalCount = fake.totalFromCall && call >= fake.totalFromCall.call ? fake.totalFromCall.total : total;
      return {
        http: { headers: new Map([['cache-control', 'public, max-age=60']]) },
        body: {
          kind: 'single',
          singleResult: {
            data: {
              outreachList: {
                totalCount,
                complete: false,
                note: '',
                pageInfo: { hasNextPage: offset + nodes.length < totalCount, endCursor: String(offset + nodes.length - 1) },
                edges: nodes.map((node) => ({ node })),
              },
            },
          },
        },
      };
    },
  } as unknown as ApolloServer<BaseContext>;
  return fake;
}

/** A rate limiter that allows `max` hits in all and counts them. */
function fakeLimiter(max: number): RateLimiter & { hits: number } {
  const limiter = {
    hits: 0,
    async hit(): Promise<RateLimitDecision> {
      limiter.hits++;
      const allowed = limiter.hits <= max;
      return { allowed, limit: max, remaining: Math.max(0, max - limiter.hits), retryAfterSeconds: allowed ? 0 : 42 };
    },
    async close() {},
  };
  return limiter;
}

interface Answer {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
  destroyed: boolean;
}

/** Calls a page handler with a stand-in request and response; resolves with what it answered. */
function call(handler: PageHandler, url: string, request: { destroyed: boolean } = { destroyed: false }): Promise<Answer> {
  const answer: Answer = { status: 0, headers: {}, body: Buffer.alloc(0), destroyed: false };
  const res = {
    get destroyed() {
      return answer.destroyed;
    },
    setHeader(name: string, value: string) {
      answer.headers[name.toLowerCase()] = value;
    },
    writeHead(status: number, headers: Record<string, string>) {
      answer.status = status;
      for (const [name, value] of Object.entries(headers)) answer.headers[name.toLowerCase()] = value;
    },
    end(body?: string | Buffer) {
      answer.body = Buffer.isBuffer(body) ? body : Buffer.from(body ?? '');
    },
    destroy() {
      answer.destroyed = true;
    },
  };
  const req = Object.assign(request, { url, headers: {} });
  return Promise.resolve(handler(req as unknown as IncomingMessage, res as unknown as ServerResponse, { requestId: 'test-request' })).then(
    () => answer,
  );
}

function outreachHandlers(api: FakeApi, limiter?: RateLimiter) {
  const pages = csvReportPages(api.apollo, logger, limiter && { rateLimiter: limiter, clientKey: () => 'ip:192.0.2.1' });
  return { csv: pages['/reports/outreach.csv'], xlsx: pages['/reports/outreach.xlsx'] };
}

describe('the whole outreach list in one download', () => {
  test('2,438 units: 25 pages read in order, 24 of them charged to the caller, every row in the file', async () => {
    const api = fakeApi(2_438);
    const limiter = fakeLimiter(300);
    const answer = await call(outreachHandlers(api, limiter).csv, '/reports/outreach.csv?stichtag=2024-12-31');
    expect(answer.status).toBe(200);
    const lines = answer.body.toString('utf8').trim().split('\r\n');
    expect(lines).toHaveLength(1 + 2_438);
    expect(lines[1]).toBe(
      '2024-12-31;"070000000000";Gemeinde 0;Verbandsgemeinde;100000;Digitale Dörfer RLP;hoch;nicht als Mitglied bekannt',
    );
    expect(lines[2_438]).toContain('"070000002437";Gemeinde 2437;Ortsgemeinde;');
    expect(api.calls).toHaveLength(25);
    expect(api.calls.map((v) => v.first)).toEqual(Array(25).fill(100));
    expect(api.calls.every((v) => v.asOf === '2024-12-31')).toBe(true);
    // the first page was the request itself (admitted like any other); the other 24 are charged
    expect(limiter.hits).toBe(24);
    expect(answer.headers['ratelimit-remaining']).toBe(String(300 - 24));

    const xlsx = await call(outreachHandlers(fakeApi(2_438)).xlsx, '/reports/outreach.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets[0].rowCount).toBe(1 + 2_438);
  });

  test('not enough left of the rate limit: 429 in German with Retry-After, and no page beyond the first is read', async () => {
    const api = fakeApi(2_438);
    const answer = await call(outreachHandlers(api, fakeLimiter(10)).xlsx, '/reports/outreach.xlsx');
    expect(answer.status).toBe(429);
    expect(answer.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(answer.headers['retry-after']).toBe('42');
    expect(answer.body.toString()).toContain('Die vollständige Liste kostet 25 Anfragen (eine je 100 Zeilen)');
    expect(answer.body.toString()).toContain('Bitte in 42 Sekunden erneut versuchen.');
    expect(api.calls).toHaveLength(1);
  });

  test(`at most ${OUTREACH_SLOTS} lists are assembled at once, ${OUTREACH_QUEUE} more wait, one more gets 503`, async () => {
    const api = fakeApi(250);
    let open!: () => void;
    api.gate = new Promise<void>((resolve) => (open = resolve));
    const { csv } = outreachHandlers(api);
    // Each handler runs up to its first wait at once: the first two ask for their first page, the others queue.
    const admitted = Array.from({ length: OUTREACH_SLOTS + OUTREACH_QUEUE }, () => call(csv, '/reports/outreach.csv'));
    expect(api.calls).toHaveLength(OUTREACH_SLOTS);
    const refused = await call(csv, '/reports/outreach.csv');
    expect(refused.status).toBe(503);
    expect(refused.headers['retry-after']).toBe('5');
    expect(refused.body.toString()).toBe(
      'Gerade werden zu viele vollständige Listen auf einmal erstellt; bitte in einigen Sekunden erneut versuchen.\n',
    );
    open();
    const answers = await Promise.all(admitted);
    expect(answers.map((a) => a.status)).toEqual(Array(OUTREACH_SLOTS + OUTREACH_QUEUE).fill(200));
    // three pages each, never more than two lists at a time; afterwards the slots are free again
    expect(api.calls).toHaveLength(3 * (OUTREACH_SLOTS + OUTREACH_QUEUE));
    expect((await call(csv, '/reports/outreach.csv')).status).toBe(200);
  });

  test('a caller who hangs up stops the paging', async () => {
    const api = fakeApi(2_438);
    const request = { destroyed: false };
    let open!: () => void;
    api.gate = new Promise<void>((resolve) => (open = resolve));
    const pending = call(outreachHandlers(api).csv, '/reports/outreach.csv', request);
    request.destroyed = true;
    open();
    const answer = await pending;
    expect(answer.destroyed).toBe(true);
    expect(api.calls).toHaveLength(1);
  });

  test(`a list longer than ${MAX_OUTREACH_PAGES} pages is refused whole (never cut), after one page`, async () => {
    const api = fakeApi(MAX_OUTREACH_PAGES * 100 + 1);
    const answer = await call(outreachHandlers(api).csv, '/reports/outreach.csv');
    expect(answer.status).toBe(500);
    expect(answer.body.toString()).toContain('mehr als eine Datei dieses Hubs fassen darf (5.000)');
    expect(api.calls).toHaveLength(1);
  });

  test('a list that changes between two pages is refused (503, try again), not written with a row missing or twice', async () => {
    const api = fakeApi(250);
    api.totalFromCall = { call: 3, total: 249 };
    const answer = await call(outreachHandlers(api).csv, '/reports/outreach.csv');
    expect(answer.status).toBe(503);
    expect(answer.body.toString()).toBe('Die Liste hat sich geändert, während die Datei erstellt wurde; bitte die Datei erneut laden.\n');
  });
});
