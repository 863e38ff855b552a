// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// A small client for the hub: POST /graphql with fetch, the key only when there is one, typed
// errors, retries on HTTP 429 as the hub's Retry-After says, pages of a connection one after the
// other, and look-ups by any number of keys.
import type { DocumentNode } from 'graphql';
import type { DocumentTypeDecoration, TypedDocumentNode } from '@graphql-typed-document-node/core';
import { HubError, isHubErrorCode, type HubGraphQLError } from './errors.js';
import { MunicipalityByKeysDocument, type MunicipalityByKeysQuery } from '../generated/graphql.js';

/** An operation: a typed document (`…Document` of this package) or a typed string (`/strings`). */
export type HubDocument<TResult, TVariables> =
  TypedDocumentNode<TResult, TVariables> | (DocumentTypeDecoration<TResult, TVariables> & { toString(): string });

/** What the client needs of fetch (globalThis.fetch, or your own, e.g. with a proxy agent). */
export type HubFetch = (
  url: string,
  init: { method: 'POST'; headers: Record<string, string>; body: string; signal?: AbortSignal },
) => Promise<{ status: number; ok: boolean; headers: { get(name: string): string | null }; text(): Promise<string> }>;

export interface HubClientOptions {
  /** The hub's GraphQL endpoint, e.g. https://hub.example.rlp.de/graphql. */
  url: string;
  /** An API key (`knh_…`), sent as `x-api-key`; none (undefined or empty) for public data. Server side only. */
  apiKey?: string | undefined;
  /** Defaults to globalThis.fetch. */
  fetch?: HubFetch;
  /** How often a request refused with HTTP 429 is sent again (default 3; 0: never). */
  maxRetries?: number;
  /** Longest wait before a retry; a Retry-After beyond it gives up at once (default 60,000 ms). */
  maxRetryDelayMs?: number;
  /** More headers for every request. */
  headers?: Record<string, string>;
}

export interface RequestOptions {
  /** Aborts the request, and a wait before a retry. */
  signal?: AbortSignal;
}

/** Variables may be left out when the operation has none or only optional ones. */
export type VariablesArgs<TVariables> =
  Record<string, never> extends TVariables
    ? [variables?: TVariables, options?: RequestOptions]
    : [variables: TVariables, options?: RequestOptions];

/** What the pagination helper needs of a connection: the operation must ask for these fields. */
export interface ConnectionPage<TNode> {
  edges: ReadonlyArray<{ node: TNode }>;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

/** The hub answers at most this many keys per request (`municipalitiesByKeys`). */
export const MAX_KEYS_PER_REQUEST = 100;

/** One municipality as the shipped operation MunicipalityByKeys asks for it; null for an unknown key. */
export type MunicipalityByKey = MunicipalityByKeysQuery['municipalitiesByKeys'][number];

/** The client: create it once with createHubClient and share it. */
export class HubClient {
  readonly url: string;
  readonly #apiKey: string | undefined;
  readonly #fetch: HubFetch;
  readonly #maxRetries: number;
  readonly #maxRetryDelayMs: number;
  readonly #headers: Record<string, string>;

  constructor(options: HubClientOptions) {
    this.url = options.url;
    this.#apiKey = options.apiKey || undefined;
    this.#fetch = options.fetch ?? ((url, init) => globalThis.fetch(url, init));
    this.#maxRetries = Math.max(0, Math.floor(options.maxRetries ?? 3));
    this.#maxRetryDelayMs = options.maxRetryDelayMs ?? 60_000;
    this.#headers = { ...options.headers };
  }

  /**
   * Runs one operation and returns its `data`. Any error in the answer throws a HubError (with the
   * rest of the answer in `error.data`); HTTP 429 is retried after Retry-After, nothing else is.
   */
  async request<TResult, TVariables>(
    document: HubDocument<TResult, TVariables>,
    ...[variables, options]: VariablesArgs<TVariables>
  ): Promise<TResult> {
    return this.#send(document, variables, options);
  }

  /**
   * Every node of a connection, page by page: sends the operation with `after` = the previous
   * page's `pageInfo.endCursor` until `hasNextPage` is false. `connection` picks the connection out
   * of the answer; the operation must ask for `edges { node }` and `pageInfo { hasNextPage endCursor }`
   * and take `$after`. The page size is the operation's `first` (at most 100).
   */
  async *paginate<TResult, TVariables extends { after?: string | null }, TNode>(
    document: HubDocument<TResult, TVariables>,
    variables: TVariables,
    connection: (data: TResult) => ConnectionPage<TNode> | null | undefined,
    options?: RequestOptions,
  ): AsyncGenerator<TNode, void, undefined> {
    let after = variables.after ?? null;
    for (;;) {
      const data = await this.#send(document, { ...variables, after }, options);
      const page = connection(data);
      if (!page) return;
      for (const edge of page.edges) yield edge.node;
      if (!page.pageInfo.hasNextPage) return;
      const next = page.pageInfo.endCursor;
      if (!next || next === after)
        throw new Error('paginate: the connection has a next page but no new endCursor; ask for pageInfo { hasNextPage endCursor }');
      after = next;
    }
  }

  /**
   * Municipalities by ARS or AGS (mixed, spaces allowed), any number of them: one request per 100
   * keys, one after the other, the answers in the order of the keys, null for a key no unit has.
   * Uses the shipped operation MunicipalityByKeys, or your own with the same variable and root field.
   * A malformed key is BAD_USER_INPUT with `extensions.argument` naming its position in `keys`.
   */
  municipalitiesByKeys(keys: readonly string[], options?: RequestOptions): Promise<MunicipalityByKey[]>;
  municipalitiesByKeys<TUnit>(
    keys: readonly string[],
    document: HubDocument<{ municipalitiesByKeys: ReadonlyArray<TUnit> }, { keys: string[] }>,
    options?: RequestOptions,
  ): Promise<TUnit[]>;
  async municipalitiesByKeys(
    keys: readonly string[],
    documentOrOptions?: HubDocument<{ municipalitiesByKeys: ReadonlyArray<unknown> }, { keys: string[] }> | RequestOptions,
    maybeOptions?: RequestOptions,
  ): Promise<unknown[]> {
    type ByKeys = HubDocument<{ municipalitiesByKeys: ReadonlyArray<unknown> }, { keys: string[] }>;
    let document: ByKeys = MunicipalityByKeysDocument;
    let options = maybeOptions;
    if (isDocument(documentOrOptions)) document = documentOrOptions;
    else options = documentOrOptions;
    const units: unknown[] = [];
    for (let offset = 0; offset < keys.length; offset += MAX_KEYS_PER_REQUEST) {
      const chunk = keys.slice(offset, offset + MAX_KEYS_PER_REQUEST);
      try {
        const { municipalitiesByKeys } = await this.#send(document, { keys: chunk }, options);
        units.push(...municipalitiesByKeys);
      } catch (error) {
        throw error instanceof HubError && offset > 0 ? shiftKeyPositions(error, offset) : error;
      }
    }
    return units;
  }

  async #send<TResult>(document: HubDocument<TResult, never>, variables: unknown, options: RequestOptions | undefined): Promise<TResult> {
    const body = JSON.stringify({ query: await queryText(document), variables: variables ?? {} });
    const headers: Record<string, string> = { ...this.#headers, 'content-type': 'application/json', accept: 'application/json' };
    if (this.#apiKey) headers['x-api-key'] = this.#apiKey;
    for (let attempt = 0; ; attempt++) {
      const response = await this.#fetch(this.url, { method: 'POST', headers, body, signal: options?.signal });
      if (response.status === 429 && attempt < this.#maxRetries) {
        const wait = retryWaitMs(response.headers.get('retry-after'), attempt);
        if (wait <= this.#maxRetryDelayMs) {
          await response.text().catch(() => undefined); // frees the connection
          await sleep(withJitter(wait), options?.signal);
          continue;
        }
      }
      return answer<TResult>(response, await response.text());
    }
  }
}

/** A client for one hub. */
export function createHubClient(options: HubClientOptions): HubClient {
  return new HubClient(options);
}

function isDocument<T extends HubDocument<unknown, never>>(value: T | RequestOptions | undefined): value is T {
  return typeof value === 'string' || value instanceof String || (typeof value === 'object' && value !== null && 'kind' in value);
}

let printer: Promise<(document: DocumentNode) => string> | undefined;

/**
 * The operation's text: a typed string as it is; a document printed by graphql-js, loaded only then
 * (so that a browser bundle that sends typed strings leaves the printer out, or in a chunk of its own).
 */
async function queryText(document: HubDocument<unknown, never>): Promise<string> {
  if (typeof document === 'object' && 'kind' in document) {
    printer ??= import('graphql').then((graphql) => graphql.print);
    return (await printer)(document as DocumentNode);
  }
  return document.toString();
}

/**
 * The wait the hub asks for before retry `attempt` (0 for the first): Retry-After in seconds or as
 * an HTTP date; without one, 1 s doubling per retry.
 */
export function retryWaitMs(retryAfter: string | null, attempt: number, now = Date.now()): number {
  if (retryAfter !== null && /^\s*\d+\s*$/.test(retryAfter)) return Number(retryAfter) * 1000;
  if (retryAfter !== null && !Number.isNaN(Date.parse(retryAfter))) return Math.max(0, Date.parse(retryAfter) - now);
  return 1000 * 2 ** attempt;
}

/**
 * Up to a quarter more (at least up to 250 ms) at random, so that clients refused together do not
 * all come back in the same instant; never earlier than asked.
 */
export function withJitter(ms: number): number {
  return Math.ceil(ms + Math.random() * Math.max(250, ms / 4));
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', abort);
      resolve();
    }, ms);
    const abort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', abort, { once: true });
  });
}

type Answer = { status: number; ok: boolean; headers: { get(name: string): string | null } };

function answer<TResult>(response: Answer, text: string): TResult {
  let body: { data?: unknown; errors?: unknown } | undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed && typeof parsed === 'object') body = parsed as typeof body;
  } catch {
    body = undefined;
  }
  const headerRequestId = response.headers.get('x-request-id') ?? undefined;
  const retryAfter = response.headers.get('retry-after');
  const retryAfterSeconds = retryAfter !== null && /^\s*\d+\s*$/.test(retryAfter) ? Number(retryAfter) : undefined;
  const errors = Array.isArray(body?.errors) ? (body.errors as HubGraphQLError[]) : [];
  if (errors.length > 0) {
    const first: Partial<HubGraphQLError> = errors[0] && typeof errors[0] === 'object' ? errors[0] : {};
    const code = first.extensions?.code;
    throw new HubError({
      code: isHubErrorCode(code) ? code : 'UNKNOWN',
      message: typeof first.message === 'string' ? first.message : `HTTP ${response.status}`,
      status: response.status,
      errors,
      data: body?.data,
      requestId: typeof first.extensions?.requestId === 'string' ? first.extensions.requestId : headerRequestId,
      retryAfterSeconds,
    });
  }
  if (!response.ok || body?.data === undefined || body.data === null) {
    throw new HubError({
      code: response.status === 429 ? 'RATE_LIMITED' : 'HTTP_ERROR',
      message: `HTTP ${response.status}: the hub's answer is no GraphQL answer${text ? `: ${text.slice(0, 200)}` : ''}`,
      status: response.status,
      requestId: headerRequestId,
      retryAfterSeconds,
    });
  }
  return body.data as TResult;
}

/** A chunk's `keys[i]` is `keys[offset + i]` of the caller's list. */
function shiftKeyPositions(error: HubError, offset: number): HubError {
  const errors = error.errors.map((e) => {
    const match = /^keys\[(\d+)\]$/.exec(e.extensions?.argument ?? '');
    return match ? { ...e, extensions: { ...e.extensions, argument: `keys[${offset + Number(match[1])}]` } } : e;
  });
  const { code, message, status, data, requestId, retryAfterSeconds } = error;
  return new HubError({ code, message, status, errors, data, requestId, retryAfterSeconds });
}
