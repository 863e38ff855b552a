// CSV downloads of the reports for spreadsheet users: GET /reports/<name>.csv runs the same GraphQL
// query as the API (anonymously, through the gateway) and writes it as CSV in the form German
// spreadsheet programs open directly: UTF-8 with BOM, ";" between fields, decimal comma.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApolloServer } from '@apollo/server';
import { ANONYMOUS } from '../common/auth/roles';
import type { BaseContext } from '../common/context';
import { ErrorCode } from '../common/errors';
import { HttpError } from '../common/http';
import type { Logger } from '../common/logging';
import { REPORT_MAX_AGE_SECONDS } from './cache-hints';

type Cell = string | number | null;

interface CsvReport {
  query: string;
  parameters: string[];
  header: string[];
  rows: (data: any) => Cell[][];
}

const REPORTS: Record<string, CsvReport> = {
  membership: {
    query: `query($network: NetworkId!, $groupBy: ReportDimension!, $asOf: LocalDate) {
      membershipReport(network: $network, groupBy: $groupBy, asOf: $asOf) { asOf rows { key label members } } }`,
    parameters: ['network', 'groupBy', 'asOf'],
    header: ['Stichtag', 'Schlüssel', 'Gruppe', 'Mitglieder'],
    rows: (d) => d.membershipReport.rows.map((r: any) => [d.membershipReport.asOf, r.key, r.label, r.members]),
  },
  coverage: {
    query: `query($network: NetworkId!, $asOf: LocalDate) { coverageReport(network: $network, asOf: $asOf) { asOf
      state { districtArs label members eligible coverage eligiblePopulation populationReached populationShare }
      districts { districtArs label members eligible coverage eligiblePopulation populationReached populationShare } } }`,
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
    ],
    rows: (d) =>
      [d.coverageReport.state, ...d.coverageReport.districts].map((r: any) => [
        d.coverageReport.asOf,
        r.districtArs,
        r.label,
        r.members,
        r.eligible,
        fraction(r.coverage),
        r.eligiblePopulation,
        r.populationReached,
        fraction(r.populationShare),
      ]),
  },
  outreach: {
    query: `query($asOf: LocalDate) { outreachList(first: 100, asOf: $asOf) { edges { node { ars name type population networkFit { network { shortName } level } } } } }`,
    parameters: ['asOf'],
    header: ['ARS', 'Name', 'Typ', 'Einwohner', 'Passendstes Netzwerk', 'Passung'],
    rows: (d) =>
      d.outreachList.edges.map(({ node }: any) => [
        node.ars,
        node.name,
        node.type,
        node.population,
        node.networkFit[0]?.network.shortName ?? null,
        node.networkFit[0]?.level ?? null,
      ]),
  },
};

/** A share (0 to 1) with four decimals and a decimal comma. */
function fraction(value: number): string {
  return value.toFixed(4).replace('.', ',');
}

function cell(value: Cell): string {
  if (value === null) return '';
  const text = String(value);
  // Quote when needed; a leading = + - @ would be a formula in a spreadsheet (CSV injection).
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return /[";\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The GET handlers for /reports/*.csv. */
export function csvReportPages(
  apollo: ApolloServer<BaseContext>,
  logger: Logger,
): Record<string, (req: IncomingMessage, res: ServerResponse) => Promise<void>> {
  const pages: Record<string, (req: IncomingMessage, res: ServerResponse) => Promise<void>> = {};
  for (const [name, report] of Object.entries(REPORTS)) {
    pages[`/reports/${name}.csv`] = async (req, res) => {
      const params = new URL(req.url ?? '/', 'http://localhost').searchParams;
      const variables = Object.fromEntries(report.parameters.filter((p) => params.has(p)).map((p) => [p, params.get(p)]));
      const result = await apollo.executeOperation(
        { query: report.query, variables },
        { contextValue: { requestId: `csv-${Date.now()}`, logger, principal: ANONYMOUS } },
      );
      const body = result.body.kind === 'single' ? result.body.singleResult : undefined;
      if (!body || body.errors || !body.data) {
        const message = body?.errors?.[0]?.message ?? 'The report could not be made.';
        throw new HttpError(
          400,
          String(body?.errors?.[0]?.extensions?.code ?? ErrorCode.BAD_USER_INPUT),
          `${message} Parameters: ${report.parameters.join(', ')}.`,
        );
      }
      const lines = [report.header, ...report.rows(body.data)].map((row) => row.map(cell).join(';'));
      res.writeHead(200, {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="${name}-${params.get('network') ?? 'alle'}.csv"`,
        'cache-control': `public, max-age=${REPORT_MAX_AGE_SECONDS}`,
      });
      res.end('\ufeff' + lines.join('\r\n') + '\r\n');
    };
  }
  return pages;
}
