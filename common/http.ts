// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// The HTTP front of every service: Apollo Server mounted on a plain node:http server, so that
// paths, body size, keep-alive and health endpoints are under our control
// (startStandaloneServer answers on any path and takes 50 MB bodies).
import http, { IncomingMessage, ServerResponse } from 'node:http';
import { randomUUID, timingSafeEqual } from 'node:crypto';
import { AddressInfo } from 'node:net';
import { ApolloServer, ApolloServerPlugin, HeaderMap } from '@apollo/server';
import { GraphQLFormattedError } from 'graphql';
import { reachableHost } from './config';
import { BaseContext, REQUEST_ID_HEADER } from './context';
import { CLIENT_ERROR_CODES, ErrorCode } from './errors';
import type { Logger } from './logging';
import type { Principal } from './auth/roles';
import type { ServiceMetrics } from './metrics';

export interface HttpServiceOptions<C extends BaseContext> {
  name: string;
  host: string;
  port: number;
  apollo: ApolloServer<C>;
  /** Who is calling; throws an HttpError (401) for a credential that is wrong. */
  authenticate: (req: IncomingMessage) => Promise<Principal>;
  /** Runs after authentication and before GraphQL, e.g. the rate limit; throws an HttpError to refuse. */
  admit?: (req: IncomingMessage, principal: Principal) => Promise<Record<string, string> | void>;
  /** Builds the per-request context (loaders, …) around the request id and the caller. */
  context: (base: BaseContext, req: IncomingMessage) => Promise<C>;
  /** Readiness: can the service answer (database reachable, …)? */
  ready: () => Promise<boolean>;
  /** Largest request body; may depend on the caller (the gateway admits larger imports for those who may import). */
  maxBodyBytes: number | ((principal: Principal) => number);
  /** Time for a request body to arrive (default 10 s). */
  bodyTimeoutMs?: number;
  logger: Logger;
  /** Extra GET routes that serve files, e.g. the gateway's start page and the page bundles. */
  pages?: Record<string, PageHandler>;
  /** GET routes that run queries (report CSVs): admitted like /graphql (credentials, rate limit). */
  queryPages?: Record<string, PageHandler>;
  /**
   * The page for a browser that opens /graphql (isBrowserVisit): served like the other pages,
   * instead of the CSRF refusal Apollo Server would send such a request.
   */
  graphqlBrowserPage?: PageHandler;
  /** Browser origins allowed to call /graphql (CORS). */
  corsOrigins?: string[];
  /** Operations allowed in one batched request (1: no batching). */
  maxBatchOperations?: number;
  /** Characters of one operation's text; a longer one is refused before it is parsed or cached. */
  maxQueryLength?: number;
  metrics: ServiceMetrics;
  /** When set, GET /metrics needs "Authorization: Bearer <token>". */
  metricsToken?: string;
  /** Without a token: whether /metrics is open (default) or off. */
  metricsOpen?: boolean;
  /**
   * Take the caller's x-request-id as this request's id: only where every caller is authenticated
   * by the hub itself (subgraphs, whose only client is the gateway). Elsewhere the hub makes the id.
   */
  trustRequestId?: boolean;
}

export type PageHandler = (req: IncomingMessage, res: ServerResponse, context: { requestId: string }) => void | Promise<void>;

export interface RunningService {
  url: string;
  port: number;
  /** Reports "not ready" from now on (load balancers stop sending) while requests are still served. */
  drain?(): void;
  close(): Promise<void>;
}

export const GRAPHQL_PATH = '/graphql';

/** Longer than the gateway keeps an idle socket, so the server never closes a socket the gateway may still reuse. */
export const KEEP_ALIVE_TIMEOUT_MS = 65_000;
/** A request body must arrive within this time by default; a client that trickles it in is cut off (408). */
const DEFAULT_BODY_TIMEOUT_MS = 10_000;
/** What a client's own x-request-id may look like to be logged beside ours. */
const CLIENT_REQUEST_ID = /^[\w.:-]{1,64}$/;

/** Refuses a request before GraphQL runs, with an HTTP status and an error code. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

/** German sentences for the refusals a download or other query page can meet before it runs. */
const GERMAN_REFUSALS: Partial<Record<string, (retryAfter: string | undefined) => string>> = {
  [ErrorCode.RATE_LIMITED]: (retryAfter) =>
    `Zu viele Anfragen von dieser Adresse oder mit diesem Schlüssel. Bitte ${retryAfter ? `in ${retryAfter} Sekunden` : 'etwas später'} erneut versuchen.`,
  [ErrorCode.UNAUTHENTICATED]: () =>
    'Die mitgesandten Zugangsdaten wurden nicht angenommen. Die Berichte sind öffentlich: ohne Schlüssel oder mit einem gültigen erneut abrufen.',
};

function sendGermanRefusal(res: ServerResponse, error: HttpError, requestId: string): void {
  const sentence =
    GERMAN_REFUSALS[error.code]?.(error.headers['retry-after']) ?? `Die Anfrage wurde abgelehnt (HTTP ${error.status}, ${error.code}).`;
  res.writeHead(error.status, {
    ...error.headers,
    [REQUEST_ID_HEADER]: requestId,
    'content-type': 'text/plain; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  res.end(`${sentence}\n`);
}

/** Compares a presented secret with the expected one in constant time (no timing hints for guessing). */
function sameSecret(presented: string | undefined, expected: string): boolean {
  const a = Buffer.from(presented ?? '');
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
}

const bodyTooLarge = (limit: number) =>
  new HttpError(
    413,
    ErrorCode.PAYLOAD_TOO_LARGE,
    `The request body is larger than ${limit} bytes, the most this service accepts; send less in one request.`,
  );

async function readBody(req: IncomingMessage, limit: number, timeoutMs: number): Promise<string> {
  const declared = Number(req.headers['content-length']);
  if (declared > limit) throw bodyTooLarge(limit);
  const reading = (async () => {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of req) {
      size += chunk.length;
      if (size > limit) throw bodyTooLarge(limit);
      chunks.push(chunk);
    }
    return Buffer.concat(chunks).toString('utf8');
  })();
  // Node checks its own requestTimeout only every 30 s, so a body trickled in byte by byte would
  // hold the request far longer. The answer closes the connection; the rest of the body is dropped.
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new HttpError(
            408,
            ErrorCode.REQUEST_TIMEOUT,
            `The request body did not arrive within ${timeoutMs / 1000} s; send the whole body at once.`,
            {
              connection: 'close',
            },
          ),
        ),
      timeoutMs,
    );
  });
  reading.catch(() => undefined);
  try {
    return await Promise.race([reading, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

function parseBody(raw: string, contentType: string | undefined): unknown {
  if (raw === '') return undefined;
  if (contentType?.startsWith('application/json') || contentType?.startsWith('application/graphql-response+json')) {
    try {
      return JSON.parse(raw);
    } catch {
      throw new HttpError(
        400,
        'BAD_REQUEST',
        'The request body is not valid JSON; send {"query": "…", "variables": {…}} with content-type: application/json.',
      );
    }
  }
  return raw;
}

/**
 * A huge operation text (a 95 KB literal, say) would be parsed, validated and kept in Apollo's
 * document, plan and persisted-query caches; the caches' bounds hold only if no single entry is huge.
 */
function checkQueryLength(body: unknown, url: URL, max: number): void {
  const operations = Array.isArray(body) ? body : [body];
  const texts = operations.map((op) => (op && typeof op === 'object' ? (op as { query?: unknown }).query : undefined));
  texts.push(url.searchParams.get('query') ?? undefined);
  for (const text of texts) {
    if (typeof text === 'string' && text.length > max) {
      throw new HttpError(
        400,
        ErrorCode.QUERY_TOO_LARGE,
        `The operation has ${text.length} characters; at most ${max} are accepted. Pass long values as variables.`,
      );
    }
  }
}

/**
 * Keeps answers free of internals: errors with a client code pass with their message; any other
 * error becomes INTERNAL_SERVER_ERROR with the request id, and its details go to the log only.
 */
export function errorPolicyPlugin<C extends BaseContext>(metrics?: ServiceMetrics): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue, operationName }) {
          for (const error of errors) {
            const code = String(error.extensions?.code ?? '');
            if (!CLIENT_ERROR_CODES.has(code)) {
              contextValue.logger.error(
                { requestId: contextValue.requestId, operationName, err: { message: error.message, stack: error.originalError?.stack } },
                'internal error',
              );
            }
          }
        },
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind === 'single' && response.body.singleResult.errors) {
            response.body.singleResult.errors = response.body.singleResult.errors.map((e) => maskError(e, contextValue.requestId));
            for (const error of response.body.singleResult.errors) metrics?.errors.inc({ code: String(error.extensions?.code) });
          }
        },
      };
    },
  };
}

export function maskError(error: GraphQLFormattedError, requestId: string): GraphQLFormattedError {
  const code = String(error.extensions?.code ?? '');
  if (CLIENT_ERROR_CODES.has(code)) {
    // Only extensions written for clients pass: which argument was wrong, which limit was hit, why
    // an application was refused with the network that fits instead, and which of the municipalities
    // or topics given were refused (so that a form can mark them).
    const { argument, limit, actual, reason, suggestedNetwork, municipalityArs, unknownTopics } = error.extensions ?? {};
    const strings = (value: unknown) => Array.isArray(value) && value.every((v) => typeof v === 'string');
    return {
      message: error.message,
      locations: error.locations,
      path: error.path,
      extensions: {
        code,
        ...(argument ? { argument } : {}),
        ...(limit !== undefined ? { limit, actual } : {}),
        ...(typeof reason === 'string' ? { reason } : {}),
        ...(typeof suggestedNetwork === 'string' ? { suggestedNetwork } : {}),
        ...(strings(municipalityArs) ? { municipalityArs } : {}),
        ...(strings(unknownTopics) ? { unknownTopics } : {}),
      },
    };
  }
  return {
    message: `Internal server error (request id ${requestId}); please try again later, and quote the request id when you report it.`,
    path: error.path,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, requestId },
  };
}

/** The quality an Accept header gives a media type: that of the most specific range that matches it (0: none). */
export function acceptQuality(accept: string, type: string): number {
  const major = type.split('/')[0];
  let specificity = -1;
  let quality = 0;
  for (const part of accept.split(',')) {
    const [range, ...parameters] = part.split(';').map((p) => p.trim().toLowerCase());
    const rank = range === type ? 2 : range === `${major}/*` ? 1 : range === '*/*' ? 0 : -1;
    if (rank <= specificity) continue;
    const q = parameters.find((p) => p.startsWith('q='));
    const value = q === undefined ? 1 : Number(q.slice(2));
    specificity = rank;
    quality = Number.isFinite(value) ? Math.min(Math.max(value, 0), 1) : 0;
  }
  return quality;
}

/** Query parameters through which a GET request carries an operation (Apollo Server reads these). */
const OPERATION_PARAMETERS = ['query', 'extensions', 'variables', 'operationName'];
/** Headers with which a client shows it is not a browser's simple request (Apollo's CSRF prevention). */
const CSRF_PREVENTION_HEADERS = ['apollo-require-preflight', 'x-apollo-operation-name'];

/**
 * A person who opened /graphql in a browser: a GET without an operation in the URL, without a
 * content-type and without Apollo's CSRF-prevention headers, that prefers HTML to JSON (as Apollo
 * Server decides it: ties go to JSON, so curl's accept-anything is no browser). Apollo refuses
 * every such request as a possible CSRF, so answering it with a page changes nothing for programs.
 */
export function isBrowserVisit(req: IncomingMessage): boolean {
  if (req.method !== 'GET') return false;
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (OPERATION_PARAMETERS.some((name) => url.searchParams.has(name))) return false;
  if (req.headers['content-type'] !== undefined) return false;
  if (CSRF_PREVENTION_HEADERS.some((name) => (req.headers[name] ?? '') !== '')) return false;
  const accept = req.headers.accept;
  if (!accept) return false;
  const html = acceptQuality(accept, 'text/html');
  return html > 0 && html > acceptQuality(accept, 'application/json') && html > acceptQuality(accept, 'application/graphql-response+json');
}

/**
 * CORS for /graphql: only configured origins get the Access-Control headers (other browsers' pages
 * cannot read answers). Returns true for a preflight request, which is answered right away.
 */
function applyCors(req: IncomingMessage, res: ServerResponse, allowed: string[]): boolean {
  const origin = req.headers.origin;
  if (origin && allowed.includes(origin)) {
    res.setHeader('access-control-allow-origin', origin);
    res.setHeader('vary', 'Origin');
    res.setHeader('access-control-allow-headers', 'content-type, authorization, x-api-key, apollo-require-preflight');
    res.setHeader('access-control-allow-methods', 'GET, POST');
    res.setHeader('access-control-expose-headers', 'x-request-id, ratelimit-limit, ratelimit-remaining, retry-after');
    res.setHeader('access-control-max-age', '600');
  }
  return req.method === 'OPTIONS';
}

/** GET → 200? Plain node:http, for health checks polled often during a start (fetch costs more CPU). */
export function answersOk(url: string, timeoutMs = 1_000): Promise<boolean> {
  return new Promise((resolve) => {
    const request = http.get(url, { timeout: timeoutMs }, (response) => {
      response.resume();
      resolve(response.statusCode === 200);
    });
    request.on('timeout', () => request.destroy());
    request.on('error', () => resolve(false));
  });
}

export async function startHttpService<C extends BaseContext>(options: HttpServiceOptions<C>): Promise<RunningService> {
  const { apollo, logger } = options;

  async function handleGraphQL(req: IncomingMessage, res: ServerResponse, requestId: string): Promise<string | undefined> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const principal = await options.authenticate(req);
    const admitHeaders = (await options.admit?.(req, principal)) ?? {};
    const maxBodyBytes = typeof options.maxBodyBytes === 'function' ? options.maxBodyBytes(principal) : options.maxBodyBytes;
    const raw = req.method === 'POST' ? await readBody(req, maxBodyBytes, options.bodyTimeoutMs ?? DEFAULT_BODY_TIMEOUT_MS) : '';
    const body = parseBody(raw, req.headers['content-type']);
    const maxBatch = options.maxBatchOperations ?? 1;
    if (Array.isArray(body) && body.length > maxBatch) {
      throw new HttpError(
        400,
        ErrorCode.BATCH_TOO_LARGE,
        maxBatch === 1
          ? 'Batched requests are not accepted: send one operation per request.'
          : `A batch may hold at most ${maxBatch} operations; send the rest in another request.`,
      );
    }
    if (options.maxQueryLength !== undefined) checkQueryLength(body, url, options.maxQueryLength);
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
      context: () => options.context({ requestId, logger, principal, operation: {} }, req),
    });
    const responseHeaders: Record<string, string> = { [REQUEST_ID_HEADER]: requestId, ...admitHeaders };
    for (const [key, value] of result.headers) responseHeaders[key] = value;
    res.writeHead(result.status ?? 200, responseHeaders);
    if (result.body.kind === 'complete') {
      res.end(result.body.string);
    } else {
      for await (const chunk of result.body.asyncIterator) res.write(chunk);
      res.end();
    }
    const operationName = body && typeof body === 'object' ? (body as { operationName?: unknown }).operationName : undefined;
    return typeof operationName === 'string' ? operationName.slice(0, 100) : undefined;
  }

  let draining = false;
  const server = http.createServer(async (req, res) => {
    const started = process.hrtime.bigint();
    const incoming = req.headers[REQUEST_ID_HEADER];
    const fromClient = typeof incoming === 'string' && CLIENT_REQUEST_ID.test(incoming) ? incoming : undefined;
    // The id in logs and audit events is the hub's own: a client could otherwise give two requests
    // the same id. The client's id (if it looks harmless) is logged beside it.
    const requestId = options.trustRequestId && fromClient ? fromClient : randomUUID();
    const clientRequestId = options.trustRequestId ? undefined : fromClient;
    const path = (req.url ?? '/').split('?')[0];
    let operationName: string | undefined;
    try {
      if (path === GRAPHQL_PATH && applyCors(req, res, options.corsOrigins ?? [])) {
        res.writeHead(204);
        res.end();
      } else if (path === GRAPHQL_PATH && options.graphqlBrowserPage && isBrowserVisit(req)) {
        await options.graphqlBrowserPage(req, res, { requestId });
      } else if (path === GRAPHQL_PATH) {
        operationName = await handleGraphQL(req, res, requestId);
      } else if (req.method === 'GET' && path === '/metrics') {
        if (options.metricsToken && !sameSecret(req.headers.authorization, `Bearer ${options.metricsToken}`)) {
          throw new HttpError(
            401,
            ErrorCode.UNAUTHENTICATED,
            'The metrics need the metrics token: send "Authorization: Bearer <METRICS_TOKEN>".',
          );
        }
        if (!options.metricsToken && options.metricsOpen === false) {
          throw new HttpError(404, ErrorCode.NOT_FOUND, 'Metrics are off here; the operator enables them with METRICS_TOKEN.');
        }
        res.writeHead(200, { 'content-type': options.metrics.registry.contentType });
        res.end(await options.metrics.registry.metrics());
      } else if (req.method === 'GET' && path === '/health/live') {
        sendJson(res, 200, { status: 'ok', service: options.name });
      } else if (req.method === 'GET' && path === '/health/ready') {
        const ready = !draining && (await options.ready().catch(() => false));
        sendJson(res, ready ? 200 : 503, { status: ready ? 'ready' : 'not ready', service: options.name });
      } else if (req.method === 'GET' && options.queryPages?.[path]) {
        const headers = await options
          .authenticate(req)
          .then((principal) => options.admit?.(req, principal))
          .catch((error: unknown) => {
            // A person opens these (downloads, the catalogue) in a browser: the refusal in German, as plain text.
            if (!(error instanceof HttpError)) throw error;
            options.metrics.errors.inc({ code: error.code });
            sendGermanRefusal(res, error, requestId);
            return null;
          });
        if (headers === null) return;
        for (const [name, value] of Object.entries(headers ?? {})) res.setHeader(name, value);
        res.setHeader(REQUEST_ID_HEADER, requestId);
        await options.queryPages[path](req, res, { requestId });
      } else if ((req.method === 'GET' || req.method === 'HEAD') && options.pages?.[path]) {
        // HEAD: the same headers (an ETag to compare, say); node:http sends no body for it.
        await options.pages[path](req, res, { requestId });
      } else {
        sendJson(res, 404, {
          errors: [{ message: `Nothing at ${path}; the GraphQL API is at ${GRAPHQL_PATH}.`, extensions: { code: 'NOT_FOUND' } }],
        });
      }
    } catch (error) {
      if (error instanceof HttpError) {
        options.metrics.errors.inc({ code: error.code });
        sendJson(
          res,
          error.status,
          { errors: [{ message: error.message, extensions: { code: error.code } }] },
          {
            ...error.headers,
            [REQUEST_ID_HEADER]: requestId,
          },
        );
      } else {
        logger.error({ requestId, err: { message: (error as Error).message, stack: (error as Error).stack } }, 'request failed');
        if (!res.headersSent) {
          sendJson(res, 500, {
            errors: [
              {
                message: `Internal server error (request id ${requestId}); please try again later, and quote the request id when you report it.`,
                extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, requestId },
              },
            ],
          });
        } else {
          res.end();
        }
      }
    } finally {
      const durationMs = Number(process.hrtime.bigint() - started) / 1e6;
      const line = {
        requestId,
        clientRequestId,
        method: req.method,
        path,
        operationName,
        status: res.statusCode,
        durationMs: Math.round(durationMs * 10) / 10,
      };
      if (path === GRAPHQL_PATH) {
        options.metrics.requestDuration.observe(
          { operation: options.metrics.operationLabel(operationName), status: String(res.statusCode) },
          durationMs / 1000,
        );
      }
      // Health probes come every few seconds; they would drown the request log.
      if (path.startsWith('/health/')) logger.debug(line, 'request');
      else logger.info(line, 'request');
    }
  });
  server.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;
  server.headersTimeout = KEEP_ALIVE_TIMEOUT_MS + 1_000;
  server.requestTimeout = 30_000;

  await apollo.start();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    url: `http://${reachableHost(options.host)}:${port}${GRAPHQL_PATH}`,
    drain() {
      draining = true;
    },
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      await apollo.stop();
    },
  };
}
