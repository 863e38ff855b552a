// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// The dashboard's GraphQL requests: the typed operation Mitgliederbericht of
// client/operations/reports.graphql (and the maps' Mitgliederkarte, map-view.ts), sent to the same
// public API as every other client.
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
import { germanDate, REPORT_DATE_MIN } from '../../../common/dates';

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

/** Thrown with a German sentence for the page; the API's own messages (English, for developers) are never shown. */
export class ReportError extends Error {}

interface ApiError {
  message: string;
  extensions?: { code?: string; argument?: string; requestId?: string };
}

/** The request id to name in a message: the hub's own (a UUID), nothing else. */
function requestIdOf(response: Response, errors: ApiError[] | undefined): string | null {
  const id = errors?.find((e) => e.extensions?.requestId)?.extensions?.requestId ?? response.headers.get('x-request-id');
  return id && /^[\w-]{1,64}$/.test(id) ? id : null;
}

/**
 * What went wrong, in German, from the error codes (README, "Errors") — every answer the page can
 * get: a Stichtag the reports do not cover, the rate limit, a part of the hub down, an error of the
 * hub, anything else the API refused, and an answer that is not the API's at all (a proxy's page).
 */
function problemText(response: Response, errors: ApiError[] | undefined): string {
  const codes = new Set((errors ?? []).map((e) => e.extensions?.code));
  if (errors?.some((e) => e.extensions?.code === 'BAD_USER_INPUT' && e.extensions.argument === 'asOf')) {
    return `Für diesen Stichtag gibt es keinen Bericht; bitte einen Tag vom ${germanDate(REPORT_DATE_MIN)} bis heute wählen.`;
  }
  if (codes.has('RATE_LIMITED') || response.status === 429) {
    const seconds = Number(response.headers.get('retry-after'));
    const when = Number.isInteger(seconds) && seconds > 0 ? `in ${seconds} ${seconds === 1 ? 'Sekunde' : 'Sekunden'}` : 'gleich';
    return `Von diesem Anschluss kamen in kurzer Zeit zu viele Anfragen; bitte ${when} erneut versuchen.`;
  }
  if (codes.has('SERVICE_UNAVAILABLE') || response.status === 503) {
    return 'Ein Teil des Hubs ist gerade nicht erreichbar; bitte in einigen Minuten erneut versuchen.';
  }
  const id = requestIdOf(response, errors);
  const naming = id ? ` Wer den Betrieb des Hubs verständigt, nennt bitte die Anfrage-ID ${id}.` : '';
  // not an answer of the API (no errors to read): e.g. a proxy's error page
  if (!errors?.length) return `Die Schnittstelle antwortete unerwartet (HTTP ${response.status}); bitte später erneut versuchen.${naming}`;
  if (codes.has('INTERNAL_SERVER_ERROR') || response.status >= 500) {
    return `Im Hub ist ein Fehler aufgetreten; bitte später erneut versuchen.${naming}`;
  }
  return `Die Schnittstelle hat die Anfrage dieser Seite abgelehnt; bitte die Seite neu laden.${naming}`;
}

/**
 * Sends one operation of the dashboard to this origin's /graphql and returns its data; any problem
 * is a ReportError with a German sentence.
 */
export async function sendOperation<R>(operationName: string, query: string, variables: object): Promise<R> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ operationName, query, variables }),
    });
  } catch {
    throw new ReportError('Der Hub ist nicht erreichbar; bitte die Netzverbindung prüfen und die Seite neu laden.');
  }
  let body: { data?: R | null; errors?: ApiError[] };
  try {
    body = await response.json();
  } catch {
    throw new ReportError(problemText(response, undefined));
  }
  if (body.errors?.length || !body.data) throw new ReportError(problemText(response, body.errors));
  return body.data;
}

/** Fetches the report from this origin's /graphql; asOf null means today (the API's default). */
export async function fetchReport(asOf: string | null): Promise<NetworkReport[]> {
  const variables: MitgliederberichtQueryVariables = { asOf };
  const data = await sendOperation<MitgliederberichtQuery>('Mitgliederbericht', MitgliederberichtDocument.toString(), variables);
  const names = new Map<string, string>(data.networks.map((n) => [n.id, n.name]));
  return NETWORKS.map((id) => ({
    id,
    name: names.get(id) ?? id,
    coverage: data[`${id}_coverage`],
    byYear: data[`${id}_years`],
  }));
}
