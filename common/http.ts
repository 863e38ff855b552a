// The HTTP front of every service: Apollo Server mounted on a plain node:http server, so that
// paths, body size, keep-alive and health endpoints are under our control
// (startStandaloneServer answers on any path and takes 50 MB bodies).
import http, { IncomingMessage, ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
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
  maxBodyBytes: number;
  logger: Logger;
  /** Extra GET routes, e.g. the gateway's start page. */
  pages?: Record<string, (req: IncomingMessage, res: ServerResponse) => void | Promise<void>>;
  /** Browser origins allowed to call /graphql (CORS). */
  corsOrigins?: string[];
  /** Operations allowed in one batched request (1: no batching). */
  maxBatchOperations?: number;
  metrics: ServiceMetrics;
  /** When set, GET /metrics needs "Authorization: Bearer <token>". */
  metricsToken?: string;
}

export interface RunningService {
  url: string;
  port: number;
  /** Reports "not ready" from now on (load balancers stop sending) while requests are still served. */
  drain?(): void;
  close(): Promise<void>;
}

export const GRAPHQL_PATH = '/graphql';

/** Longer than the gateway's idle-socket time (15 s), so the server never closes a socket the gateway may still reuse. */
const KEEP_ALIVE_TIMEOUT_MS = 65_000;

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

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
}

async function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const declared = Number(req.headers['content-length']);
  if (declared > limit) throw new HttpError(413, ErrorCode.PAYLOAD_TOO_LARGE, `Request body larger than ${limit} bytes.`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > limit) throw new HttpError(413, ErrorCode.PAYLOAD_TOO_LARGE, `Request body larger than ${limit} bytes.`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function parseBody(raw: string, contentType: string | undefined): unknown {
  if (raw === '') return undefined;
  if (contentType?.startsWith('application/json') || contentType?.startsWith('application/graphql-response+json')) {
    try {
      return JSON.parse(raw);
    } catch {
      throw new HttpError(400, 'BAD_REQUEST', 'The request body is not valid JSON.');
    }
  }
  return raw;
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
    // Only extensions written for clients pass: which argument was wrong, which limit was hit.
    const { argument, limit, actual } = error.extensions ?? {};
    return {
      message: error.message,
      locations: error.locations,
      path: error.path,
      extensions: { code, ...(argument ? { argument } : {}), ...(limit !== undefined ? { limit, actual } : {}) },
    };
  }
  return {
    message: `Internal server error (request id ${requestId}).`,
    path: error.path,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, requestId },
  };
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
    const raw = req.method === 'POST' ? await readBody(req, options.maxBodyBytes) : '';
    const body = parseBody(raw, req.headers['content-type']);
    const maxBatch = options.maxBatchOperations ?? 1;
    if (Array.isArray(body) && body.length > maxBatch) {
      throw new HttpError(
        400,
        ErrorCode.BATCH_TOO_LARGE,
        maxBatch === 1 ? 'Batched requests are not accepted.' : `At most ${maxBatch} operations per batch.`,
      );
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
      context: () => options.context({ requestId, logger, principal }, req),
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
    // A request id from outside is only taken when it looks like one of ours (no log injection).
    const requestId = typeof incoming === 'string' && /^[\w-]{8,64}$/.test(incoming) ? incoming : randomUUID();
    const path = (req.url ?? '/').split('?')[0];
    let operationName: string | undefined;
    try {
      if (path === GRAPHQL_PATH && applyCors(req, res, options.corsOrigins ?? [])) {
        res.writeHead(204);
        res.end();
      } else if (path === GRAPHQL_PATH) {
        operationName = await handleGraphQL(req, res, requestId);
      } else if (req.method === 'GET' && path === '/metrics') {
        if (options.metricsToken && req.headers.authorization !== `Bearer ${options.metricsToken}`) {
          throw new HttpError(401, ErrorCode.UNAUTHENTICATED, 'The metrics need the metrics token.');
        }
        res.writeHead(200, { 'content-type': options.metrics.registry.contentType });
        res.end(await options.metrics.registry.metrics());
      } else if (req.method === 'GET' && path === '/health/live') {
        sendJson(res, 200, { status: 'ok', service: options.name });
      } else if (req.method === 'GET' && path === '/health/ready') {
        const ready = !draining && (await options.ready().catch(() => false));
        sendJson(res, ready ? 200 : 503, { status: ready ? 'ready' : 'not ready', service: options.name });
      } else if (req.method === 'GET' && options.pages?.[path]) {
        await options.pages[path](req, res);
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
                message: `Internal server error (request id ${requestId}).`,
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
