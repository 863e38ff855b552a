// CSV downloads of the reports for spreadsheet users: GET /reports/<name>.csv runs the same GraphQL
// query as the API (anonymously, through the gateway) and writes it as CSV in the form German
// spreadsheet programs open directly: UTF-8 with BOM, ";" between fields, decimal comma.
import type { ServerResponse } from 'node:http';
import type { ApolloServer } from '@apollo/server';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { DocumentNode } from 'graphql';
import {
  CoverageDocument,
  MembershipReportDocument,
  OutreachDocument,
  type MemberFiguresFieldsFragment,
} from '../client/generated/graphql';
import { ANONYMOUS } from '../common/auth/roles';
import type { BaseContext } from '../common/context';
import { DATE_RANGE, germanDate, isValidDate } from '../common/dates';
import { NetworkId } from '../common/domain';
import { CLIENT_ERROR_CODES, ErrorCode } from '../common/errors';
import type { PageHandler } from '../common/http';
import type { Logger } from '../common/logging';
import { MAX_PAGE_SIZE } from '../common/pagination';

type Cell = string | number | null;

type Parameter = 'network' | 'groupBy' | 'asOf';

/** A report as the handler runs it; made by csvReport, which checks its parts against the operation's types. */
interface CsvReport {
  document: DocumentNode;
  parameters: Parameter[];
  /** Variables the file always uses (not taken from the URL). */
  fixed: Record<string, unknown>;
  header: string[];
  rows: (data: Record<string, unknown>) => Cell[][];
}

/** A report from a typed operation of client/operations: its parameters are its variables, its rows read its result type. */
function csvReport<R, V>(report: {
  document: TypedDocumentNode<R, V>;
  parameters: (Parameter & keyof V)[];
  fixed?: Partial<V>;
  header: string[];
  rows: (data: R) => Cell[][];
}): CsvReport {
  // The one trusted cast: an answer without errors to this document has the document's shape.
  return { ...report, fixed: report.fixed ?? {}, rows: (data) => report.rows(data as R) };
}

// What the member figures count, on every line (so that a filtered sheet keeps it), after the
// existing columns: known members against the newest reported size. While "Vollständig" is "nein",
// members, coverage and population figures are lower bounds.
const COMPLETENESS_HEADER = ['Bekannte Mitglieder', 'Gemeldete Mitglieder', 'Gemeldet am', 'Gemeldet von', 'Quelle', 'Vollständig'];

function completenessCells(report: MemberFiguresFieldsFragment): Cell[] {
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

const REPORTS: Record<string, CsvReport> = {
  membership: csvReport({
    document: MembershipReportDocument,
    parameters: ['network', 'groupBy', 'asOf'],
    header: ['Stichtag', 'Schlüssel', 'Gruppe', 'Mitglieder', ...COMPLETENESS_HEADER],
    rows: ({ membershipReport: report }) => report.rows.map((r) => [report.asOf, r.key, r.label, r.members, ...completenessCells(report)]),
  }),
  coverage: csvReport({
    document: CoverageDocument,
    parameters: ['network', 'asOf'],
    header: [
      'Stichtag',
      'ARS',
      'Gebiet',
      'Mitglieder',
      'Berechtigt',
      'Abdeckung',
      'Einwohner berechtigt',
      'Einwohner erreicht',
      'Anteil Einwohner',
      ...COMPLETENESS_HEADER,
    ],
    rows: ({ coverageReport: report }) =>
      [report.state, ...report.districts].map((r) => [
        report.asOf,
        r.districtArs,
        r.label,
        r.members,
        r.eligible,
        fraction(r.coverage),
        r.eligiblePopulation,
        r.populationReached,
        fraction(r.populationShare),
        ...completenessCells(report),
      ]),
  }),
  outreach: csvReport({
    document: OutreachDocument,
    parameters: ['asOf'],
    // The largest page the API gives: the file lists the most likely candidates first.
    fixed: { first: MAX_PAGE_SIZE },
    // "Status" last: in no network only where the registry knows every reported member.
    header: ['ARS', 'Name', 'Typ', 'Einwohner', 'Passendstes Netzwerk', 'Passung', 'Status'],
    rows: ({ outreachList }) =>
      outreachList.edges.map(({ node }) => [
        node.ars,
        node.name,
        node.type,
        node.population,
        node.networkFit?.[0]?.network.shortName ?? null,
        node.networkFit?.[0]?.level ?? null,
        outreachList.complete ? 'in keinem Netzwerk' : 'nicht als Mitglied bekannt',
      ]),
  }),
};

// The values each parameter may take, checked before the query runs, so that a malformed one is a
// 400 with a German sentence for the spreadsheet user (the API's own answer is JSON, in English).
const NETWORK_IDS: readonly string[] = Object.values(NetworkId);
// The dimensions of membershipReport (services/registry/modules/reporting/reports.ts; the gateway does not import subgraph code).
const DIMENSIONS = ['DISTRICT', 'MUNICIPALITY_TYPE', 'SIZE_CLASS', 'YEAR_JOINED'];
const CHECKS: Record<Parameter, { valid: (value: string) => boolean; rule: string }> = {
  network: { valid: (v) => NETWORK_IDS.includes(v), rule: `eines von ${NETWORK_IDS.join(', ')}` },
  groupBy: { valid: (v) => DIMENSIONS.includes(v), rule: `eines von ${DIMENSIONS.join(', ')}` },
  asOf: {
    valid: isValidDate,
    rule: `ein Datum im Format JJJJ-MM-TT (ein echter Kalendertag vom ${germanDate(DATE_RANGE.min)} bis ${germanDate(DATE_RANGE.max)}, z. B. 2024-12-31); leer lassen für heute`,
  },
};

/** The first malformed parameter as a German sentence, or null. A value is never echoed (it could be anything). */
function parameterProblem(report: CsvReport, params: URLSearchParams): string | null {
  for (const name of report.parameters) {
    const value = params.get(name);
    if (value === null || value === '') {
      if (name === 'asOf') continue;
      return `Der Parameter „${name}“ fehlt; erlaubt ist ${CHECKS[name].rule}.`;
    }
    if (!CHECKS[name].valid(value)) return `Der Parameter „${name}“ ist ungültig; erlaubt ist ${CHECKS[name].rule}.`;
  }
  return null;
}

/** Answers a download that cannot be made: plain text that a person reads in the browser, never cached. */
function sendText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, {
    'content-type': 'text/plain; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  res.end(`${text}\n`);
}

/** A share (0 to 1) with four decimals and a decimal comma. */
function fraction(value: number): string {
  return value.toFixed(4).replace('.', ',');
}

function cell(value: Cell): string {
  if (value === null) return '';
  const text = String(value);
  // Quote when needed; a leading = + - @ would be a formula in a spreadsheet (CSV injection).
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[";\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The GET handlers for /reports/*.csv. */
export function csvReportPages(apollo: ApolloServer<BaseContext>, logger: Logger): Record<string, PageHandler> {
  const pages: Record<string, PageHandler> = {};
  for (const [name, report] of Object.entries(REPORTS)) {
    pages[`/reports/${name}.csv`] = async (req, res, { requestId }) => {
      const params = new URL(req.url ?? '/', 'http://localhost').searchParams;
      const problem = parameterProblem(report, params);
      if (problem) return sendText(res, 400, `${problem} Parameter dieses Berichts: ${report.parameters.join(', ')}.`);
      const variables: Record<string, unknown> = {
        ...report.fixed,
        ...Object.fromEntries(report.parameters.filter((p) => params.get(p)).map((p) => [p, params.get(p)])),
      };
      const result = await apollo.executeOperation(
        { query: report.document, variables },
        { contextValue: { requestId, logger, principal: ANONYMOUS } },
      );
      const body = result.body.kind === 'single' ? result.body.singleResult : undefined;
      if (!body || body.errors || !body.data) {
        const error = body?.errors?.[0];
        const code = String(error?.extensions?.code ?? '');
        // A well-formed value the API still refuses (e.g. a Stichtag in the future): the client's to fix.
        if (code === ErrorCode.BAD_USER_INPUT) {
          const argument = typeof error?.extensions?.argument === 'string' ? `„${error.extensions.argument}“ ` : '';
          return sendText(res, 400, `Die API nimmt den Parameter ${argument}nicht an (${error?.message ?? ''}).`);
        }
        // Other client codes (a limit) keep their meaning; only errors of the hub itself are 5xx.
        if (CLIENT_ERROR_CODES.has(code) && code !== ErrorCode.SERVICE_UNAVAILABLE) {
          return sendText(
            res,
            code === ErrorCode.RATE_LIMITED ? 429 : 400,
            `Der Bericht konnte nicht erstellt werden (${error?.message ?? code}).`,
          );
        }
        return sendText(
          res,
          code === ErrorCode.SERVICE_UNAVAILABLE ? 503 : 500,
          `Der Bericht konnte gerade nicht erstellt werden; bitte später erneut versuchen (Anfrage-ID ${requestId}).`,
        );
      }
      const lines = [report.header, ...report.rows(body.data)].map((row) => row.map(cell).join(';'));
      res.writeHead(200, {
        'content-type': 'text/csv; charset=utf-8',
        // Only a known network id (checked above) or "alle" goes into the file name, never free text.
        'content-disposition': `attachment; filename="${name}-${typeof variables.network === 'string' && NETWORK_IDS.includes(variables.network) ? variables.network : 'alle'}.csv"`,
        // the report's own cache policy (gateway/cache-hints.ts), as for the same query over /graphql
        'cache-control': result.http.headers.get('cache-control') ?? 'no-store',
      });
      res.end('\ufeff' + lines.join('\r\n') + '\r\n');
    };
  }
  return pages;
}
