// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// The gateway: Apollo Gateway on Apollo Server, serving the checked-in supergraph. It plans each
// query across the subgraphs and is the only entry point for clients.
import fs from 'node:fs';
import type { IncomingMessage } from 'node:http';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { projectRoot } from '../common/config';
import { BaseContext, REQUEST_ID_HEADER } from '../common/context';
import { answersOk, errorPolicyPlugin, HttpError, RunningService, startHttpService } from '../common/http';
import { ErrorCode } from '../common/errors';
import { ServiceMetrics } from '../common/metrics';
import { operationLimitsPlugin } from './limits/operation-limits';
import { inputGuardPlugin } from './input-guard';
import { createMemoryRateLimiter, createRedisRateLimiter, ipRateLimitKey, RateLimiter, rateLimitHeaders } from './limits/rate-limit';
import type { Logger } from '../common/logging';
import type { ApiKeyChecker } from '../common/auth/api-key-check';
import { GATEWAY_TOKEN_HEADER, gatewaySigningKey, signGatewayToken } from '../common/auth/internal-token';
import { ANONYMOUS, can, Permission } from '../common/auth/roles';
import { MAX_IMPORT_REQUEST_BYTES } from '../common/exchange';
import type { GatewayLimitsConfig, HubConfig, JwtConfig, PerformanceConfig } from '../common/config';
import { createAuthenticator } from './authenticate';
import { startPage } from './start-page';
import { graphqlLandingPage } from './graphql-landing-page';
import { publishedSchema, PUBLISHED_SCHEMA_PATH } from './published-schema';
import { browserPages, PAGES_DIR } from './pages/serve';
import { cacheHintsPlugin } from './cache-hints';
import { csvReportPages } from './reports-csv';
import { openDataPages, type OpenDataOptions } from './opendata/pages';
import { operationCoalescing } from './operation-coalescing';
import { createResponseCache } from './response-cache';
import { COALESCE_HEADER, coalescingFetcher, createSubgraphFetcher } from './subgraph-fetcher';
import { limitFailedAuthentication } from './limits/auth-failures';
import { createGatewayCaches } from './memory-budget';
import { applyGatewayTelemetrySetting, vendorTelemetryPlugins } from '../common/vendor-telemetry';

export const SUPERGRAPH_FILE = path.join(projectRoot, 'schema/supergraph.graphql');

/** A subgraph that does not answer in time fails only the fields that need it. */
const SUBGRAPH_TIMEOUT_MS = 10_000;

export interface GatewayOptions {
  host: string;
  port: number;
  /** Subgraph URLs by the names used in the supergraph. */
  subgraphUrls: { registry: string; 'ikone-ds': string };
  maxBodyBytes: number;
  /** Time a client has to send its request body. */
  bodyTimeoutMs?: number;
  logger: Logger;
  /** Signs the gateway's requests to the subgraphs. */
  internalSecret: string;
  apiKeys: ApiKeyChecker;
  jwt: JwtConfig | null;
  limits: GatewayLimitsConfig;
  corsOrigins: string[];
  allowIntrospection: boolean;
  /** Proxies in front of the gateway whose X-Forwarded-For entries are trusted (0: none). */
  trustProxyHops: number;
  /** When set, GET /metrics needs it as a bearer token. */
  metricsToken?: string;
  /** Without a token: /metrics open (default) or off (the default in production). */
  metricsOpen?: boolean;
  /** The hub's database: the response cache listens there for changes. */
  databaseUrl: string;
  performance: PerformanceConfig;
  /** Apollo's usage reporting and cloud detection; off unless the operator sets VENDOR_TELEMETRY. */
  vendorTelemetry?: boolean;
  /** Publisher, contact and PUBLIC_BASE_URL of the open-data catalogue (gateway/opendata). */
  openData?: OpenDataOptions['openData'];
}

/** The gateway's options from the hub's configuration: one wiring for gateway/main.ts and the test hub. */
export function gatewayOptionsFrom(
  config: HubConfig,
  parts: Pick<GatewayOptions, 'databaseUrl' | 'logger' | 'internalSecret' | 'apiKeys' | 'subgraphUrls'>,
): GatewayOptions {
  return {
    ...parts,
    host: config.host,
    port: config.gatewayPort,
    maxBodyBytes: config.maxBodyBytes,
    bodyTimeoutMs: config.bodyTimeoutMs,
    jwt: config.jwt,
    limits: config.limits,
    corsOrigins: config.corsOrigins,
    allowIntrospection: config.allowIntrospection,
    trustProxyHops: config.trustProxyHops,
    metricsToken: config.metricsToken,
    metricsOpen: config.metricsOpen,
    performance: config.performance,
    vendorTelemetry: config.vendorTelemetry,
    openData: { ...config.openData, publicBaseUrl: config.publicBaseUrl },
  };
}

/**
 * The client address for the rate limit. Behind `hops` trusted proxies it is the entry that the
 * outermost of them appended to X-Forwarded-For, counted from the right: entries further left were
 * written by the client itself and prove nothing.
 */
export function clientAddress(req: IncomingMessage, hops: number): string | undefined {
  const forwarded = req.headers['x-forwarded-for'];
  if (hops === 0 || typeof forwarded !== 'string') return req.socket.remoteAddress;
  const chain = [...forwarded.split(',').map((entry) => entry.trim()), req.socket.remoteAddress];
  // Fewer entries than proxies: the request skipped the outer ones, so no entry is trustworthy.
  return chain.length - 1 - hops >= 0 ? chain[chain.length - 1 - hops] : req.socket.remoteAddress;
}

async function createRateLimiter(limits: GatewayLimitsConfig, logger: Logger, max: number, prefix: string): Promise<RateLimiter> {
  const options = { max, windowMs: limits.rateLimitWindowMs };
  if (!limits.redisUrl) return createMemoryRateLimiter(options);
  return createRedisRateLimiter({
    ...options,
    url: limits.redisUrl,
    prefix,
    onError: (error) => logger.warn({ err: { message: error.message } }, 'rate-limit store (Redis) unreachable'),
  });
}

export async function startGateway(options: GatewayOptions): Promise<RunningService> {
  const urls: Record<string, string> = options.subgraphUrls;
  const secret = gatewaySigningKey(options.internalSecret);
  const metrics = new ServiceMetrics('gateway');
  const fetchDuration = metrics.histogram('kommunalnetz_subgraph_fetch_duration_seconds', 'Requests from the gateway to the subgraphs.', [
    'subgraph',
    'outcome',
  ]);
  const { tuned } = options.performance;
  // Stock (HUB_TUNING=off): Apollo's own fetcher and no response cache — the benchmark's baseline.
  const subgraphFetcher = tuned
    ? createSubgraphFetcher({ maxSockets: options.performance.subgraphMaxSockets, timeoutMs: SUBGRAPH_TIMEOUT_MS })
    : undefined;
  // Identical query fetches in flight share one answer (subgraph-fetcher.ts); it needs the response
  // cache's generation to tell whether a change came between them.
  const sharedFetch = subgraphFetcher && coalescingFetcher(subgraphFetcher.fetch);
  const caches = createGatewayCaches(options.performance.responseCacheMaxBytes, metrics);
  const responseCache =
    tuned && options.performance.responseCacheMaxAgeSeconds > 0
      ? createResponseCache({
          databaseUrl: options.databaseUrl,
          store: caches.responses,
          logger: options.logger,
        })
      : undefined;
  // Identical queries in flight share one execution; like shared fetches, it needs the generation.
  const sharedOperations = responseCache && operationCoalescing(responseCache.generation);
  if (responseCache && sharedOperations) {
    metrics.gauge(
      'kommunalnetz_gateway_shared_answers',
      'Answers given to a caller from an identical query of the same caller identity already in flight, since the start.',
      [],
      (gauge) => gauge.set(sharedOperations.shared()),
    );
    metrics.gauge(
      'kommunalnetz_gateway_response_cache_writes',
      'Answers the response cache stored since the start, and identical answers it did not store again within a second.',
      ['outcome'],
      (gauge) => {
        const { stored, skipped } = responseCache.writes();
        gauge.set({ outcome: 'stored' }, stored);
        gauge.set({ outcome: 'skipped' }, skipped);
      },
    );
  }
  applyGatewayTelemetrySetting(options.vendorTelemetry ?? false);
  const gateway = new ApolloGateway({
    supergraphSdl: fs.readFileSync(SUPERGRAPH_FILE, 'utf8'),
    queryPlannerConfig: { cache: caches.queryPlans },
    buildService: ({ name }) => {
      if (!urls[name]) throw new Error(`the supergraph names a subgraph "${name}" that has no configured URL`);
      return new RemoteGraphQLDataSource<BaseContext>({
        url: urls[name],
        ...(sharedFetch && {
          fetcher: async (url, init) => {
            const started = process.hrtime.bigint();
            let outcome = 'error';
            try {
              const response = await sharedFetch(url, init);
              outcome = String(response.status);
              return response;
            } finally {
              fetchDuration.observe({ subgraph: name, outcome }, Number(process.hrtime.bigint() - started) / 1e9);
            }
          },
        }),
        async willSendRequest(sent) {
          const { request, context } = sent;
          // Also the gateway's own requests without a client (none today) go out as anonymous.
          const principal = context.principal ?? ANONYMOUS;
          const requestId = context.requestId ?? 'gateway';
          request.http?.headers.set(REQUEST_ID_HEADER, requestId);
          request.http?.headers.set(GATEWAY_TOKEN_HEADER, await signGatewayToken(secret, name, principal, requestId));
          // A query's fetch may share an identical one in flight: of the same caller, since the last change.
          const generation = responseCache?.generation() ?? null;
          const isQuery = 'incomingRequestContext' in sent && sent.incomingRequestContext.operation?.operation === 'query';
          if (sharedFetch && isQuery && generation !== null) {
            request.http?.headers.set(
              COALESCE_HEADER,
              [generation, principal.kind, principal.id, principal.role, principal.network].join(' '),
            );
          }
        },
      });
    },
  });
  const apollo = new ApolloServer<BaseContext>({
    gateway,
    includeStacktraceInErrorResponses: false,
    // Shutdown is ours (runProcess): Apollo would stop at once on SIGTERM and cut requests off.
    stopOnTerminationSignals: false,
    introspection: options.allowIntrospection,
    parseOptions: { maxTokens: options.limits.maxTokens },
    documentStore: caches.documents,
    cache: caches.persistedQueries,
    allowBatchedHttpRequests: options.limits.maxBatchOperations > 1,
    plugins: [
      // before the error policy: it names the argument of values the gateway itself refuses
      inputGuardPlugin(),
      operationLimitsPlugin(options.limits),
      errorPolicyPlugin<BaseContext>(metrics),
      cacheHintsPlugin(),
      ApolloServerPluginLandingPageDisabled(),
      ...vendorTelemetryPlugins<BaseContext>(options.vendorTelemetry ?? false),
      ...(responseCache?.plugins ?? []),
      // after the response cache: a stored answer is cheaper still than joining one in flight
      ...(sharedOperations ? [sharedOperations.plugin] : []),
    ],
  });
  // Start with the cache listening when the database is there (a short wait; without it the cache is bypassed until it listens).
  if (responseCache) await Promise.race([responseCache.listening, new Promise((resolve) => setTimeout(resolve, 2_000).unref())]);
  const rateLimiter = await createRateLimiter(options.limits, options.logger, options.limits.rateLimitMax, options.limits.redisPrefix);
  const authFailures = await createRateLimiter(
    options.limits,
    options.logger,
    options.limits.authFailureMax,
    `${options.limits.redisPrefix}:auth-failures`,
  );
  const addressKey = (req: IncomingMessage) => ipRateLimitKey(clientAddress(req, options.trustProxyHops));
  let warnedDegraded = 0;
  const service = await startHttpService<BaseContext>({
    name: 'gateway',
    host: options.host,
    port: options.port,
    apollo,
    logger: options.logger,
    // A member list for the import (ministry admins) may be larger than any query.
    maxBodyBytes: (principal) =>
      can(principal, Permission.EXCHANGE_REGISTRY) ? Math.max(options.maxBodyBytes, MAX_IMPORT_REQUEST_BYTES) : options.maxBodyBytes,
    bodyTimeoutMs: options.bodyTimeoutMs,
    authenticate: limitFailedAuthentication(createAuthenticator(options.apiKeys, options.jwt), authFailures, addressKey),
    corsOrigins: options.corsOrigins,
    metrics,
    metricsToken: options.metricsToken,
    metricsOpen: options.metricsOpen,
    maxBatchOperations: options.limits.maxBatchOperations,
    maxQueryLength: options.limits.maxQueryLength,
    // Per API key or person; anonymous callers per address.
    admit: async (req, principal) => {
      const key = principal.id ? `${principal.kind}:${principal.id}` : addressKey(req);
      const decision = await rateLimiter.hit(key);
      if (decision.degraded && Date.now() - warnedDegraded > 60_000) {
        warnedDegraded = Date.now();
        options.logger.warn('rate limit not enforced: its store is unreachable');
      }
      const headers = rateLimitHeaders(decision);
      if (!decision.allowed) {
        throw new HttpError(429, ErrorCode.RATE_LIMITED, `Too many requests; try again in ${decision.retryAfterSeconds} s.`, headers);
      }
      return headers;
    },
    context: async (base) => base,
    ready: async () => {
      const answers = await Promise.all(Object.values(urls).map((url) => answersOk(new URL('/health/ready', url).toString(), 2_000)));
      return answers.every(Boolean);
    },
    // browserPages: the playground, the dashboard and the Verwaltung (built by npm run build:pages) with their assets.
    // The published schema is a page too: static, public, outside the rate limit like the others.
    pages: { '/': startPage, [PUBLISHED_SCHEMA_PATH]: publishedSchema(), ...browserPages(PAGES_DIR, options.jwt?.signIn) },
    graphqlBrowserPage: graphqlLandingPage,
    // The open-data catalogue (gateway/opendata) runs one small query, so it is admitted like the CSVs.
    queryPages: {
      ...csvReportPages(apollo, options.logger, { rateLimiter, clientKey: addressKey }),
      ...openDataPages(apollo, { ...options, changes: responseCache }),
    },
  });
  return {
    ...service,
    close: async () => {
      await service.close();
      await Promise.all([rateLimiter.close(), authFailures.close(), responseCache?.close()]);
      subgraphFetcher?.close();
    },
  };
}
