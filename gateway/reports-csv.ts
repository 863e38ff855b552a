// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// Downloads of the reports for spreadsheet users: GET /reports/<name>.csv and /reports/<name>.xlsx
// (membership, coverage, outreach) run the same GraphQL operations as the API (client/operations,
// anonymously, through the gateway) and write the answer as a table (gateway/report-files.ts: how
// keys, percentages and labels look in each format). Parameters: network, groupBy, stichtag (the
// dashboard's word; asOf is accepted as another name for it). A parameter that cannot be used is
// answered with HTTP 400 and a German sentence in plain text before anything runs.
//
// The outreach list is paged through the API (100 rows a page, about 25 pages) and written whole,
// never cut. What one request may cost is bounded (SECURITY.md, "Limits against abuse"): every page
// after the first counts as one more request against the caller's rate limit, charged before those
// pages are read; at most OUTREACH_SLOTS such lists are assembled at once (OUTREACH_QUEUE more wait,
// further ones get 503); at most MAX_OUTREACH_PAGES pages; a caller who hangs up stops the paging.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApolloServer } from '@apollo/server';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import {
  CoverageDocument,
  MembershipReportDocument,
  OutreachDocument,
  type MemberFiguresFieldsFragment,
  type OutreachQuery,
  type ReportDimension,
} from '../client/generated/graphql';
import { ANONYMOUS } from '../common/auth/roles';
import type { BaseContext } from '../common/context';
import { germanDate, isValidDate, REPORT_DATE_MIN, today } from '../common/dates';
import { MUNICIPALITY_TYPE_LABELS, NetworkId } from '../common/domain';
import { ErrorCode } from '../common/errors';
import type { PageHandler } from '../common/http';
import type { Logger } from '../common/logging';
import { FIT_LEVEL_LABELS } from '../common/network-fit/types';
import { NETWORKS } from '../common/networks';
import { MAX_PAGE_SIZE } from '../common/pagination';
import { rateLimitHeaders, type RateLimiter } from './limits/rate-limit';
import { CSV_CONTENT_TYPE, toCsv, toXlsx, XLSX_CONTENT_TYPE, type ReportColumn, type ReportTable, type ReportValue } from './report-files';

/** Pages of the outreach list one download may read: twice the directory (2,453 units) at 100 a page. */
export const MAX_OUTREACH_PAGES = 50;
/** Outreach lists assembled at once in this gateway, and requests that may wait for one. */
export const OUTREACH_SLOTS = 2;
export const OUTREACH_QUEUE = 8;

type Format = 'csv' | 'xlsx';
const FORMATS: Format[] = ['csv', 'xlsx'];

/** The URL parameters of the downloads (asOf is another name for stichtag). */
export type Parameter = 'network' | 'groupBy' | 'stichtag';

/** What a download was asked for, checked. */
interface ReportRequest {
  network?: NetworkId;
  groupBy?: ReportDimension;
  /** The Stichtag, resolved (today when none was given): every operation of one download uses this day. */
  asOf: string;
  /** Whether the URL named the day (then it goes into the file name). */
  dayGiven: boolean;
}

/** A download that cannot be made, with the German sentence for the person who asked. */
export class DownloadRefusal extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

/** The caller hung up: nothing more is fetched and nothing is sent. */
class CallerGone extends Error {}

/** What a report may do while it is built: run operations, charge the caller for extra ones. */
interface DownloadApi {
  run<R, V>(document: TypedDocumentNode<R, V>, variables: V): Promise<{ data: R; cacheControl: string }>;
  /** Counts `units` more requests against the caller's rate limit; throws a 429 refusal when they are not left. */
  charge(units: number): Promise<void>;
  /** Throws CallerGone when the caller has hung up. */
  stillWanted(): void;
}

interface ReportDefinition {
  parameters: Parameter[];
  /** Assembled in one of the few slots (a list read page by page). */
  paged?: boolean;
  build(request: ReportRequest, api: DownloadApi): Promise<{ table: ReportTable; cacheControl: string }>;
}

// German words for what the URL names by code: one table each (networks: common/networks.ts).
const GROUPINGS: Record<ReportDimension, { column: string; explained: string }> = {
  DISTRICT: { column: 'Landkreis / kreisfreie Stadt', explained: 'nach Landkreis und kreisfreier Stadt' },
  MUNICIPALITY_TYPE: { column: 'Gebietstyp', explained: 'nach Gebietstyp' },
  SIZE_CLASS: { column: 'Größenklasse', explained: 'nach Größenklasse' },
  YEAR_JOINED: { column: 'Beitrittsjahr', explained: 'nach Beitrittsjahr' },
};
const NETWORK_IDS = Object.values(NetworkId) as string[];
const DIMENSIONS = Object.keys(GROUPINGS);

/** A German label from one of the hub's tables; a code the table does not know yet stays as it is. */
function label(table: Readonly<Record<string, string>>, code: string): string {
  return table[code] ?? code;
}

// What the member figures count, on every line (so that a filtered sheet keeps it), after the
// report's own columns: known members against the newest reported size. While "Vollständig" is
// "nein", members, coverage and population figures are lower bounds.
const COMPLETENESS_COLUMNS: ReportColumn[] = [
  { header: 'Bekannte Mitglieder', kind: 'integer' },
  { header: 'Gemeldete Mitglieder', kind: 'integer' },
  { header: 'Gemeldet am', kind: 'text', width: 12 },
  { header: 'Gemeldet von', kind: 'text', width: 32 },
  { header: 'Quelle', kind: 'text', width: 48 },
  { header: 'Vollständig', kind: 'text', width: 12 },
];

function completenessCells(report: MemberFiguresFieldsFragment): ReportValue[] {
  const size = report.latestReportedSize;
  return [
    report.knownMembers,
    size?.members ?? null,
    size?.reportedOn ?? null,
    size?.reportedBy ?? null,
    size?.source ?? null,
    report.complete ? 'ja' : 'nein',
  ];
}

const STICHTAG: ReportColumn = { header: 'Stichtag', kind: 'date', width: 12 };
const ARS: ReportColumn = { header: 'ARS', kind: 'key', width: 15 };

const REPORTS: Record<string, ReportDefinition> = {
  membership: {
    parameters: ['network', 'groupBy', 'stichtag'],
    async build({ network, groupBy, asOf }, api) {
      const { data, cacheControl } = await api.run(MembershipReportDocument, { network: network!, groupBy: groupBy!, asOf });
      const report = data.membershipReport;
      const byDistrict = groupBy === 'DISTRICT';
      const group: ReportColumn = { header: GROUPINGS[groupBy!].column, kind: 'text', width: byDistrict ? 40 : 24 };
      return {
        cacheControl,
        table: {
          sheet: 'Mitglieder',
          columns: [STICHTAG, ...(byDistrict ? [ARS] : []), group, { header: 'Mitglieder', kind: 'integer' }, ...COMPLETENESS_COLUMNS],
          rows: report.rows.map((r) => [
            report.asOf,
            ...(byDistrict ? [r.key] : []),
            // a year as a number; "Jahr unbekannt" and the other groups' German labels as text
            groupBy === 'YEAR_JOINED' && /^\d{4}$/.test(r.key) ? Number(r.key) : r.label,
            r.members,
            ...completenessCells(report),
          ]),
        },
      };
    },
  },
  coverage: {
    parameters: ['network', 'stichtag'],
    async build({ network, asOf }, api) {
      const { data, cacheControl } = await api.run(CoverageDocument, { network: network!, asOf });
      const report = data.coverageReport;
      return {
        cacheControl,
        table: {
          sheet: 'Abdeckung',
          columns: [
            STICHTAG,
            ARS,
            { header: 'Gebiet', kind: 'text', width: 40 },
            { header: 'Mitglieder', kind: 'integer' },
            { header: 'Berechtigt', kind: 'integer' },
            { header: 'Abdeckung (%)', kind: 'percent' },
            { header: 'Einwohner berechtigt', kind: 'integer' },
            { header: 'Einwohner erreicht', kind: 'integer' },
            { header: 'Anteil Einwohner (%)', kind: 'percent' },
            ...COMPLETENESS_COLUMNS,
          ],
          // As the dashboard: no share where there is nothing to divide.
          rows: [report.state, ...report.districts].map((r) => [
            report.asOf,
            r.districtArs ?? null,
            r.label,
            r.members,
            r.eligible,
            r.eligible > 0 ? r.coverage : null,
            r.eligiblePopulation,
            r.populationReached,
            r.eligiblePopulation > 0 ? r.populationShare : null,
            ...completenessCells(report),
          ]),
        },
      };
    },
  },
  outreach: {
    parameters: ['stichtag'],
    paged: true,
    async build({ asOf }, api) {
      const { list, cacheControl } = await wholeOutreachList(asOf, api);
      // "Status" last: in no network only where the registry knows every reported member.
      const status = list.complete ? 'in keinem Netzwerk' : 'nicht als Mitglied bekannt';
      return {
        cacheControl,
        table: {
          sheet: 'Ansprache',
          columns: [
            STICHTAG,
            ARS,
            { header: 'Name', kind: 'text', width: 36 },
            { header: 'Typ', kind: 'text', width: 26 },
            { header: 'Einwohner', kind: 'integer' },
            { header: 'Passendstes Netzwerk', kind: 'text', width: 22 },
            { header: 'Passung', kind: 'text', width: 16 },
            { header: 'Status', kind: 'text', width: 28 },
          ],
          rows: list.edges.map(({ node }) => {
            const best = node.networkFit?.[0];
            return [
              asOf,
              node.ars,
              node.name,
              label(MUNICIPALITY_TYPE_LABELS, node.type),
              node.population,
              best?.network.shortName ?? null,
              best ? label(FIT_LEVEL_LABELS, best.level) : null,
              status,
            ];
          }),
        },
      };
    },
  },
};

type OutreachList = OutreachQuery['outreachList'];

const LIST_CHANGED = 'Die Liste hat sich geändert, während die Datei erstellt wurde; bitte die Datei erneut laden.';

/**
 * Every page of the outreach list for one day, in order. The first page says how many there are;
 * the others are charged to the caller before they are read. The pages must add up to one list
 * (same total, no key twice): a change between two pages would otherwise drop or repeat a row.
 */
async function wholeOutreachList(asOf: string, api: DownloadApi): Promise<{ list: OutreachList; cacheControl: string }> {
  const first = await api.run(OutreachDocument, { first: MAX_PAGE_SIZE, asOf });
  const total = first.data.outreachList.totalCount;
  const pages = Math.max(1, Math.ceil(total / MAX_PAGE_SIZE));
  if (pages > MAX_OUTREACH_PAGES) {
    throw new DownloadRefusal(
      500,
      `Die Liste hat ${total.toLocaleString('de-DE')} Einträge, mehr als eine Datei dieses Hubs fassen darf (${(MAX_OUTREACH_PAGES * MAX_PAGE_SIZE).toLocaleString('de-DE')}); ` +
        'die vollständige Liste gibt es seitenweise über die GraphQL-Schnittstelle (outreachList).',
    );
  }
  await api.charge(pages - 1);
  const edges = [...first.data.outreachList.edges];
  const policies = new Set([first.cacheControl]);
  let pageInfo = first.data.outreachList.pageInfo;
  for (let page = 1; page < pages; page++) {
    api.stillWanted();
    if (!pageInfo.hasNextPage || !pageInfo.endCursor) throw new DownloadRefusal(503, LIST_CHANGED, { 'retry-after': '1' });
    const next = await api.run(OutreachDocument, { first: MAX_PAGE_SIZE, after: pageInfo.endCursor, asOf });
    if (next.data.outreachList.totalCount !== total || next.data.outreachList.complete !== first.data.outreachList.complete) {
      throw new DownloadRefusal(503, LIST_CHANGED, { 'retry-after': '1' });
    }
    edges.push(...next.data.outreachList.edges);
    policies.add(next.cacheControl);
    pageInfo = next.data.outreachList.pageInfo;
  }
  if (pageInfo.hasNextPage || edges.length !== total || new Set(edges.map((e) => e.node.ars)).size !== total) {
    throw new DownloadRefusal(503, LIST_CHANGED, { 'retry-after': '1' });
  }
  return { list: { ...first.data.outreachList, edges }, cacheControl: policies.size === 1 ? first.cacheControl : 'no-store' };
}

/** At most `max` tasks at once, `maxWaiting` more in line; beyond that a 503. */
class Slots {
  private running = 0;
  private readonly waiting: (() => void)[] = [];
  constructor(
    private readonly max: number,
    private readonly maxWaiting: number,
  ) {}

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.running < this.max) {
      this.running++;
    } else if (this.waiting.length < this.maxWaiting) {
      // the finishing task hands its slot over (running stays the same)
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else {
      throw new DownloadRefusal(
        503,
        'Gerade werden zu viele vollständige Listen auf einmal erstellt; bitte in einigen Sekunden erneut versuchen.',
        { 'retry-after': '5' },
      );
    }
    try {
      return await task();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.running--;
    }
  }
}

const DATE_RULE = `ein Tag im Format JJJJ-MM-TT vom ${germanDate(REPORT_DATE_MIN)} bis heute, z. B. 2024-12-31; leer lassen für heute`;
const NETWORK_RULE = `eines von ${NETWORK_IDS.map((id) => `${id} (${NETWORKS[id as NetworkId].name})`).join(' oder ')}`;
const GROUPING_RULE = `eines von ${Object.entries(GROUPINGS)
  .map(([id, g]) => `${id} (${g.explained})`)
  .join(', ')}`;

/** The checked parameters, or the first problem as a German sentence. A value sent is never echoed (it could be anything). */
export function readParameters(parameters: Parameter[], params: URLSearchParams): { request: ReportRequest } | { problem: string } {
  const names: string[] = [...parameters, 'asOf'];
  for (const name of names) {
    if (params.getAll(name).length > 1) return { problem: `Der Parameter „${name}“ ist mehrfach angegeben; bitte nur einmal.` };
  }
  const request: ReportRequest = { asOf: today(), dayGiven: false };
  if (parameters.includes('network')) {
    const value = params.get('network');
    if (!value) return { problem: `Der Parameter „network“ fehlt; erlaubt ist ${NETWORK_RULE}.` };
    if (!NETWORK_IDS.includes(value)) return { problem: `Der Parameter „network“ ist ungültig; erlaubt ist ${NETWORK_RULE}.` };
    request.network = value as NetworkId;
  }
  if (parameters.includes('groupBy')) {
    const value = params.get('groupBy');
    if (!value) return { problem: `Der Parameter „groupBy“ fehlt; erlaubt ist ${GROUPING_RULE}.` };
    if (!DIMENSIONS.includes(value)) return { problem: `Der Parameter „groupBy“ ist ungültig; erlaubt ist ${GROUPING_RULE}.` };
    request.groupBy = value as ReportDimension;
  }
  const stichtag = params.get('stichtag') || null;
  const asOf = params.get('asOf') || null;
  if (stichtag !== null && asOf !== null && stichtag !== asOf) {
    return {
      problem:
        'Die Parameter „stichtag“ und „asOf“ nennen verschiedene Tage; „asOf“ ist nur ein anderer Name für „stichtag“: bitte nur „stichtag“ angeben.',
    };
  }
  const day = stichtag ?? asOf;
  if (day !== null) {
    const name = stichtag !== null ? 'stichtag' : 'asOf';
    const now = today();
    if (!isValidDate(day)) return { problem: `Der Parameter „${name}“ ist ungültig; erlaubt ist ${DATE_RULE}.` };
    if (day < REPORT_DATE_MIN) {
      return {
        problem: `Der Parameter „${name}“ nennt einen Tag vor dem ${germanDate(REPORT_DATE_MIN)}, an dem die Berichte beginnen; erlaubt ist ${DATE_RULE}.`,
      };
    }
    if (day > now) {
      return {
        problem: `Der Parameter „${name}“ nennt einen Tag in der Zukunft; Zahlen gibt es bis heute (${germanDate(now)}), erlaubt ist ${DATE_RULE}.`,
      };
    }
    request.asOf = day;
    request.dayGiven = true;
  }
  return { request };
}

/** The German refusal for an answer of the API with errors; the API's own (English) message is never passed on. */
export function refusalFor(
  error: { extensions?: Record<string, unknown> } | undefined,
  requestId: string,
  logger: Logger,
): DownloadRefusal {
  const code = String(error?.extensions?.code ?? '');
  if (code === ErrorCode.BAD_USER_INPUT) {
    // Checked above already; the registry may still refuse (e.g. a bound changed there).
    return new DownloadRefusal(
      400,
      error?.extensions?.argument === 'asOf'
        ? `Die Schnittstelle nimmt diesen Stichtag nicht an; erlaubt ist ${DATE_RULE}.`
        : 'Die Schnittstelle nimmt die Parameter dieses Berichts so nicht an; bitte die Angaben prüfen.',
    );
  }
  if (code === ErrorCode.SERVICE_UNAVAILABLE) {
    return new DownloadRefusal(
      503,
      `Ein Teil des Hubs ist gerade nicht erreichbar; bitte in einigen Minuten erneut versuchen (Anfrage-ID ${requestId}).`,
      { 'retry-after': '30' },
    );
  }
  // Anything else is the hub's own fault: the operations are fixed, only their parameters vary.
  if (code !== ErrorCode.INTERNAL_SERVER_ERROR) logger.warn({ requestId, code }, 'report download refused by the API');
  return new DownloadRefusal(
    500,
    `Der Bericht konnte gerade nicht erstellt werden; bitte später erneut versuchen (Anfrage-ID ${requestId}).`,
  );
}

/** Answers a download that cannot be made: plain text that a person reads in the browser, never cached. */
export function sendText(res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, {
    ...headers,
    'content-type': 'text/plain; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  res.end(`${text}\n`);
}

export interface DownloadLimits {
  /** The gateway's rate limiter; a paged download's extra pages count against it. */
  rateLimiter: RateLimiter;
  /** The rate-limit key of the caller's address (as the gateway's admission computes it). */
  clientKey: (req: IncomingMessage) => string;
}

/**
 * The GET handlers for /reports/{membership,coverage,outreach}.{csv,xlsx}. With `limits`, the extra
 * pages of the outreach list are charged to the caller's address (downloads run anonymously,
 * whoever asks, so their cost is the address's).
 */
export function csvReportPages(apollo: ApolloServer<BaseContext>, logger: Logger, limits?: DownloadLimits): Record<string, PageHandler> {
  const slots = new Slots(OUTREACH_SLOTS, OUTREACH_QUEUE);
  const pages: Record<string, PageHandler> = {};

  function apiFor(req: IncomingMessage, res: ServerResponse, requestId: string): DownloadApi {
    return {
      async run<R, V>(document: TypedDocumentNode<R, V>, variables: V) {
        const result = await apollo.executeOperation(
          { query: document, variables: variables as Record<string, unknown> },
          { contextValue: { requestId, logger, principal: ANONYMOUS } },
        );
        const body = result.body.kind === 'single' ? result.body.singleResult : undefined;
        if (!body || body.errors || !body.data) throw refusalFor(body?.errors?.[0], requestId, logger);
        // The one trusted cast: an answer without errors to this document has the document's shape.
        return { data: body.data as R, cacheControl: result.http.headers.get('cache-control') ?? 'no-store' };
      },
      async charge(units) {
        if (!limits || units <= 0) return;
        const key = limits.clientKey(req);
        for (let i = 0; i < units; i++) {
          const decision = await limits.rateLimiter.hit(key);
          if (!decision.allowed) {
            throw new DownloadRefusal(
              429,
              `Die vollständige Liste kostet ${units + 1} Anfragen (eine je ${MAX_PAGE_SIZE} Zeilen); so viele sind für diese Adresse gerade nicht übrig. ` +
                `Bitte in ${decision.retryAfterSeconds} Sekunden erneut versuchen.`,
              rateLimitHeaders(decision),
            );
          }
          if (i === units - 1) for (const [name, value] of Object.entries(rateLimitHeaders(decision))) res.setHeader(name, value);
        }
      },
      stillWanted() {
        if (res.destroyed || req.destroyed) throw new CallerGone();
      },
    };
  }

  for (const [name, report] of Object.entries(REPORTS)) {
    for (const format of FORMATS) {
      pages[`/reports/${name}.${format}`] = async (req, res, { requestId }) => {
        const params = new URL(req.url ?? '/', 'http://localhost').searchParams;
        const read = readParameters(report.parameters, params);
        if ('problem' in read) {
          return sendText(res, 400, `${read.problem} Parameter dieses Berichts: ${report.parameters.join(', ')}.`);
        }
        const { request } = read;
        const api = apiFor(req, res, requestId);
        const make = async () => {
          const { table, cacheControl } = await report.build(request, api);
          return { body: format === 'csv' ? toCsv(table) : await toXlsx(table), cacheControl };
        };
        let file: { body: Buffer; cacheControl: string };
        try {
          file = report.paged ? await slots.run(make) : await make();
        } catch (error) {
          if (error instanceof CallerGone) return void res.destroy();
          if (error instanceof DownloadRefusal) return sendText(res, error.status, error.message, error.headers);
          logger.error({ requestId, err: { message: (error as Error).message, stack: (error as Error).stack } }, 'report download failed');
          return sendText(
            res,
            500,
            `Der Bericht konnte gerade nicht erstellt werden; bitte später erneut versuchen (Anfrage-ID ${requestId}).`,
          );
        }
        // Only a known network id (checked above) or "alle", and a checked day, go into the file name, never free text.
        const fileName = `${name}-${request.network ?? 'alle'}${request.dayGiven ? `-${request.asOf}` : ''}.${format}`;
        res.writeHead(200, {
          'content-type': format === 'csv' ? CSV_CONTENT_TYPE : XLSX_CONTENT_TYPE,
          'content-disposition': `attachment; filename="${fileName}"`,
          'content-length': String(file.body.length),
          // the report's own cache policy (gateway/cache-hints.ts), as for the same query over /graphql
          'cache-control': file.cacheControl,
          'x-content-type-options': 'nosniff',
        });
        res.end(file.body);
      };
    }
  }
  return pages;
}
