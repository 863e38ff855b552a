// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// The Verwaltung's one way to the hub: POST /graphql on this origin with the signed-in person's
// credential — an API key in the header x-api-key, or the identity provider's access token as
// "Authorization: Bearer". It lives in this module's variable only — never in the URL,
// localStorage, sessionStorage or a cookie — and is gone when the tab closes or the person signs
// out (forgetCredential). Every screen sends its operations through `graphql` and gets either data
// or an ApiProblem with a German sentence, the field it concerns and whether it is a conflict.
// Operations are the typed documents of operations/*.graphql (generated/operations.ts, written by
// `npm run codegen`), so that data and variables are checked against the schema at build time.
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';

/** A typed operation as codegen writes it: its text (toString) with the types of its data and variables. */
export type Operation<TData, TVariables> = DocumentTypeDecoration<TData, TVariables> & { toString(): string };

/** A person's credential: the hub's API key, or a bearer token from the state's identity provider. */
export type Credential = { kind: 'api-key' | 'bearer-token'; value: string };

/** The credential of this browser tab, in memory only. */
let credential: Credential | null = null;

export function setCredential(value: Credential): void {
  credential = value;
}

export function forgetCredential(): void {
  credential = null;
}

/** An error of the API as it arrives (README, "Errors"). */
export interface ApiError {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; argument?: string; requestId?: string; reason?: string; [key: string]: unknown };
}

export type ProblemKind =
  | 'unauthenticated'
  | 'forbidden'
  | 'conflict'
  | 'invalid'
  | 'not-found'
  | 'too-large'
  | 'rate-limited'
  | 'unavailable'
  | 'network'
  | 'internal';

/**
 * What went wrong, for the page: `text` is German and shown to the person; `argument` names the
 * operation's argument it concerns (e.g. "input.municipalityKey"), so the screen can put the text
 * next to that field; `apiMessage` is the API's own sentence (English, except where the API speaks
 * German, e.g. the eligibility rules), which screens show only where they know it helps.
 */
export class ApiProblem extends Error {
  constructor(
    readonly kind: ProblemKind,
    readonly text: string,
    readonly argument: string | null = null,
    readonly apiMessage: string | null = null,
    readonly errors: ApiError[] = [],
  ) {
    super(text);
  }
}

/** The hub's request id (a UUID), for the operators; nothing else is named. */
function requestIdOf(response: Response | null, errors: ApiError[]): string | null {
  const id = errors.find((e) => e.extensions?.requestId)?.extensions?.requestId ?? response?.headers.get('x-request-id');
  return id && /^[\w-]{1,64}$/.test(id) ? id : null;
}

/** The German sentence for an error of the API, by its code. */
export function problemFrom(response: Response | null, errors: ApiError[]): ApiProblem {
  const first = errors[0];
  const code = first?.extensions?.code;
  const argument = typeof first?.extensions?.argument === 'string' ? first.extensions.argument : null;
  const apiMessage = first?.message ?? null;
  const id = requestIdOf(response, errors);
  const naming = id ? ` Wer den Betrieb des Hubs verständigt, nennt bitte die Anfrage-ID ${id}.` : '';
  const make = (kind: ProblemKind, text: string) => new ApiProblem(kind, text, argument, apiMessage, errors);
  if (code === 'UNAUTHENTICATED' || response?.status === 401) {
    return make(
      'unauthenticated',
      credential?.kind === 'bearer-token'
        ? 'Die Anmeldung über den Identitätsdienst gilt nicht mehr (abgelaufen oder ohne Rolle im Hub). Bitte erneut anmelden.'
        : 'Der API-Schlüssel wurde nicht angenommen: Er ist unbekannt, widerrufen oder abgelaufen. Bitte prüfen, ob er vollständig kopiert wurde, oder beim Ministerium einen neuen Schlüssel anfordern.',
    );
  }
  if (code === 'FORBIDDEN') return make('forbidden', 'Ihre Rolle darf diese Aktion nicht ausführen.');
  if (code === 'CONFLICT') return make('conflict', 'Der Datensatz wurde inzwischen von jemand anderem geändert.');
  if (code === 'NOT_FOUND') return make('not-found', 'Der gesuchte Datensatz wurde nicht gefunden.');
  if (code === 'BAD_USER_INPUT') return make('invalid', 'Die Schnittstelle hat die Eingabe nicht angenommen.');
  // The gateway refuses a body over its limit before reading it (MAX_BODY_BYTES); the registry a file over its own.
  if (code === 'PAYLOAD_TOO_LARGE' || response?.status === 413) {
    return make(
      'too-large',
      'Die Anfrage ist zu groß für den Hub und wurde nicht angenommen. Bei einem Import heißt das: Die Datei ist zu groß; bitte die Liste in kleinere Dateien aufteilen.',
    );
  }
  if (code === 'RATE_LIMITED' || response?.status === 429) {
    const seconds = Number(response?.headers.get('retry-after'));
    const when = Number.isInteger(seconds) && seconds > 0 ? `in ${seconds} ${seconds === 1 ? 'Sekunde' : 'Sekunden'}` : 'gleich';
    return make('rate-limited', `Von diesem Anschluss kamen in kurzer Zeit zu viele Anfragen; bitte ${when} erneut versuchen.`);
  }
  if (code === 'SERVICE_UNAVAILABLE' || response?.status === 503) {
    return make('unavailable', 'Ein Teil des Hubs ist gerade nicht erreichbar; bitte in einigen Minuten erneut versuchen.');
  }
  if (!errors.length) {
    return make(
      'internal',
      `Die Schnittstelle antwortete unerwartet (HTTP ${response?.status ?? '–'}); bitte später erneut versuchen.${naming}`,
    );
  }
  return make('internal', `Im Hub ist ein Fehler aufgetreten; bitte später erneut versuchen.${naming}`);
}

export interface GraphQLResult<T> {
  data: T | null;
  errors: ApiError[];
  response: Response;
}

/**
 * Sends one operation and returns data and errors as they came (a field the role may not read is
 * null with a FORBIDDEN error beside the rest). Throws ApiProblem only when there is no answer.
 */
export async function request<T, V = Record<string, unknown>>(operation: Operation<T, V>, variables?: V): Promise<GraphQLResult<T>> {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  if (credential?.kind === 'api-key') headers['x-api-key'] = credential.value;
  if (credential?.kind === 'bearer-token') headers.authorization = `Bearer ${credential.value}`;
  let response: Response;
  try {
    // credentials: 'omit': the credential goes in its header only, and no cookie of any kind is sent.
    response = await fetch('/graphql', {
      method: 'POST',
      headers,
      credentials: 'omit',
      cache: 'no-store',
      body: JSON.stringify({ query: String(operation), variables: variables ?? {} }),
    });
  } catch {
    throw new ApiProblem('network', 'Der Hub ist nicht erreichbar; bitte die Netzverbindung prüfen und erneut versuchen.');
  }
  let body: { data?: T | null; errors?: ApiError[] };
  try {
    body = await response.json();
  } catch {
    throw problemFrom(response, []);
  }
  if (response.status === 401 || (!body.data && !body.errors?.length)) throw problemFrom(response, body.errors ?? []);
  return { data: body.data ?? null, errors: body.errors ?? [], response };
}

/** Sends one operation and returns its data; any error becomes an ApiProblem. */
export async function graphql<T, V = Record<string, unknown>>(operation: Operation<T, V>, variables?: V): Promise<T> {
  const { data, errors, response } = await request<T, V>(operation, variables);
  if (errors.length || !data) throw problemFrom(response, errors);
  return data;
}
