// The dashboard's one GraphQL request: the membership report of both networks, from the same
// public API as every other client (coverageReport and membershipReport in schema/api.graphql).

export type NetworkId = 'DIGITALE_DOERFER_RLP' | 'IKONE_DS';

export const NETWORKS: NetworkId[] = ['DIGITALE_DOERFER_RLP', 'IKONE_DS'];

export interface CoverageRow {
  districtArs: string | null;
  label: string;
  members: number;
  eligible: number;
  /** Members / eligible, 0 to 1. */
  coverage: number;
  eligiblePopulation: number;
  populationReached: number;
  /** populationReached / eligiblePopulation, 0 to 1. */
  populationShare: number;
}

export interface CoverageReport {
  network: NetworkId;
  asOf: string;
  state: CoverageRow;
  districts: CoverageRow[];
}

export interface ReportRow {
  key: string;
  label: string;
  members: number;
}

export interface MembershipReport {
  network: NetworkId;
  asOf: string;
  total: number;
  rows: ReportRow[];
}

export interface NetworkReport {
  id: NetworkId;
  name: string;
  coverage: CoverageReport;
  byYear: MembershipReport;
}

const COVERAGE_FIELDS = 'districtArs label members eligible coverage eligiblePopulation populationReached populationShare';

/** Four report fields and the network names in one request (5 root fields, within the gateway's limit of 10). */
export const REPORT_QUERY = `query Mitgliederbericht($asOf: LocalDate) {
  networks { id name }
  ${NETWORKS.map(
    (
      id,
    ) => `${id}_coverage: coverageReport(network: ${id}, asOf: $asOf) { network asOf state { ${COVERAGE_FIELDS} } districts { ${COVERAGE_FIELDS} } }
  ${id}_years: membershipReport(network: ${id}, groupBy: YEAR_JOINED, asOf: $asOf) { network asOf total rows { key label members } }`,
  ).join('\n  ')}
}`;

/** Thrown with the API's own error message, which the page shows. */
export class ReportError extends Error {}

/** Fetches the report from this origin's /graphql; asOf null means today (the API's default). */
export async function fetchReport(asOf: string | null): Promise<NetworkReport[]> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ operationName: 'Mitgliederbericht', query: REPORT_QUERY, variables: { asOf } }),
  });
  let body: { data?: Record<string, any> | null; errors?: { message: string; extensions?: { code?: string; argument?: string } }[] };
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
  const names = new Map<string, string>((data.networks as { id: string; name: string }[]).map((n) => [n.id, n.name]));
  return NETWORKS.map((id) => ({
    id,
    name: names.get(id) ?? id,
    coverage: data[`${id}_coverage`] as CoverageReport,
    byYear: data[`${id}_years`] as MembershipReport,
  }));
}
