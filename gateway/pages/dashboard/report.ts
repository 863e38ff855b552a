// The dashboard's one GraphQL request: the typed operation Mitgliederbericht of
// client/operations/reports.graphql, sent to the same public API as every other client.
import type {
  CoverageReportFieldsFragment,
  MemberFiguresFieldsFragment,
  MembershipReportFieldsFragment,
  MitgliederberichtQuery,
  MitgliederberichtQueryVariables,
  NetworkId,
} from '../../../client/generated/graphql';
// The operation's text as codegen wrote it, so that the bundle needs no GraphQL printer.
import { MitgliederberichtDocument } from '../../../client/generated/strings';

/** The networks in the order the page shows them; the operation has one alias per network and report. */
const NETWORKS = ['DIGITALE_DOERFER_RLP', 'IKONE_DS'] as const satisfies readonly NetworkId[];

export type CoverageRow = CoverageReportFieldsFragment['state'];

export interface NetworkReport {
  id: NetworkId;
  name: string;
  /** With what the member figures count (known against reported members). */
  coverage: CoverageReportFieldsFragment & MemberFiguresFieldsFragment;
  byYear: MembershipReportFieldsFragment;
}

/** Thrown with the API's own error message, which the page shows. */
export class ReportError extends Error {}

/** Fetches the report from this origin's /graphql; asOf null means today (the API's default). */
export async function fetchReport(asOf: string | null): Promise<NetworkReport[]> {
  const variables: MitgliederberichtQueryVariables = { asOf };
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ operationName: 'Mitgliederbericht', query: MitgliederberichtDocument.toString(), variables }),
  });
  let body: {
    data?: MitgliederberichtQuery | null;
    errors?: { message: string; extensions?: { code?: string; argument?: string } }[];
  };
  try {
    body = await response.json();
  } catch {
    throw new ReportError(`Die API antwortete mit HTTP ${response.status}.`);
  }
  if (body.errors?.length || !body.data) {
    // A Stichtag the reports do not cover (e.g. before they begin): said in German, like the rest of the page.
    if (body.errors?.some((e) => e.extensions?.code === 'BAD_USER_INPUT' && e.extensions.argument === 'asOf')) {
      throw new ReportError('Für diesen Stichtag gibt es keinen Bericht; bitte einen anderen Tag wählen.');
    }
    throw new ReportError(body.errors?.map((e) => e.message).join(' ') || `Die API antwortete mit HTTP ${response.status}.`);
  }
  const data = body.data;
  const names = new Map<string, string>(data.networks.map((n) => [n.id, n.name]));
  return NETWORKS.map((id) => ({
    id,
    name: names.get(id) ?? id,
    coverage: data[`${id}_coverage`],
    byYear: data[`${id}_years`],
  }));
}
