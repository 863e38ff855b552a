// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// Start-up and shut-down of a subgraph service, the same for every subgraph: connect, migrate,
// prepare data, serve GraphQL over HTTP (common/process.ts runs one as a process).
import { ApolloServer } from '@apollo/server';
import type { ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import { HubConfig, PerformanceConfig } from './config';
import type { BaseContext } from './context';
import { createDataSource, initializeWithRetry, migrate, poolStats, ServiceDatabase } from './database';
import { isDatabaseUnavailable, sqlStatementCount } from './postgres';
import { ServiceMetrics } from './metrics';
import { GATEWAY_TOKEN_HEADER, GatewayTokenVerifier, gatewaySigningKey } from './auth/internal-token';
import { ErrorCode } from './errors';
import { errorPolicyPlugin, HttpError, RunningService, startHttpService } from './http';
import type { Logger } from './logging';
import { vendorTelemetryPlugins } from './vendor-telemetry';

/**
 * Tells the gateway how long it may keep the answer (Cache-Control), decided once per request:
 * public data for maxAgeSeconds unless a resolver marked the request uncacheable. Apollo's own
 * cache-control plugin does the same field by field, with a hook around every resolver call.
 */
function cacheHeaderPlugin<C extends BaseContext>(maxAgeSeconds: number): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ operation, response, contextValue }) {
          const single = response.body.kind === 'single' ? response.body.singleResult : undefined;
          if (maxAgeSeconds > 0 && operation?.operation === 'query' && single && !single.errors && !contextValue.uncacheable) {
            response.http.headers.set('cache-control', `max-age=${maxAgeSeconds}, public`);
          }
        },
      };
    },
  };
}

/** Subgraph requests carry up to a few hundred entity representations; clients never reach subgraphs. */
const SUBGRAPH_MAX_BODY_BYTES = 2_000_000;

/** Tells the context which kind of operation it serves (BaseContext.operation). */
function operationTypePlugin<C extends BaseContext>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (contextValue.operation) contextValue.operation.type = operation?.operation;
        },
      };
    },
  };
}

export interface SubgraphService<C extends BaseContext> {
  name: string;
  database: ServiceDatabase;
  buildSchema: () => Promise<GraphQLSchema>;
  /** Runs after the migrations, before the service answers (imports, feed ingestion); may return a clean-up for the shutdown. */
  prepare?: (dataSource: DataSource, logger: Logger, databaseUrl: string) => Promise<void | (() => Promise<void>)>;
  createContext: (base: BaseContext, dataSource: DataSource) => C;
  /** Adds the service's own metrics (e.g. the feed age). */
  registerMetrics?: (metrics: ServiceMetrics, dataSource: DataSource) => void;
}

export interface RunningSubgraph extends RunningService {
  dataSource: DataSource;
}

export interface SubgraphOptions {
  databaseUrl: string;
  host: string;
  port: number;
  logger: Logger;
  internalSecret: string;
  metricsToken?: string;
  metricsOpen?: boolean;
  performance: PerformanceConfig;
  /** Apollo's usage and schema reporting; off unless the operator sets VENDOR_TELEMETRY. */
  vendorTelemetry?: boolean;
}

/** A subgraph's options from the hub's configuration: one wiring for the services' main.ts and the test hub. */
export function subgraphOptionsFrom(
  config: HubConfig,
  parts: Pick<SubgraphOptions, 'databaseUrl' | 'port' | 'logger' | 'internalSecret'>,
): SubgraphOptions {
  return {
    ...parts,
    host: config.host,
    metricsToken: config.metricsToken,
    metricsOpen: config.metricsOpen,
    performance: config.performance,
    vendorTelemetry: config.vendorTelemetry,
  };
}

export async function startSubgraph<C extends BaseContext>(
  service: SubgraphService<C>,
  options: SubgraphOptions,
): Promise<RunningSubgraph> {
  const { logger } = options;
  const metrics = new ServiceMetrics(service.name);
  const gatewayTokens = new GatewayTokenVerifier(gatewaySigningKey(options.internalSecret), service.name);
  const dataSource = createDataSource(options.databaseUrl, service.database, logger);
  await initializeWithRetry(dataSource, logger);
  metrics.gauge('kommunalnetz_db_pool_connections', 'Database connections of the pool, by state.', ['state'], (gauge) => {
    const stats = poolStats(dataSource);
    gauge.set({ state: 'total' }, stats.total);
    gauge.set({ state: 'idle' }, stats.idle);
    gauge.set({ state: 'waiting' }, stats.waiting);
  });
  metrics.gauge(
    'kommunalnetz_sql_statements_sent',
    'SQL statements sent since the process started (the benchmark reads it per request).',
    [],
    (gauge) => gauge.set(sqlStatementCount[service.database.schema] ?? 0),
  );
  service.registerMetrics?.(metrics, dataSource);
  try {
    await migrate(dataSource, service.database.schema);
    const cleanUp = await service.prepare?.(dataSource, logger, options.databaseUrl);
    const apollo = new ApolloServer<C>({
      schema: await service.buildSchema(),
      includeStacktraceInErrorResponses: false,
      // Shutdown is ours (runProcess): Apollo would stop at once on SIGTERM and cut requests off.
      stopOnTerminationSignals: false,
      plugins: [
        errorPolicyPlugin<C>(metrics),
        operationTypePlugin<C>(),
        ApolloServerPluginLandingPageDisabled(),
        ...vendorTelemetryPlugins<C>(options.vendorTelemetry ?? false),
        // Tuned: no federated tracing (ftv1) and no per-field cache-control hooks; one Cache-Control
        // header per answer instead. Stock: Apollo's default plugins.
        ...(options.performance.tuned
          ? [
              ApolloServerPluginInlineTraceDisabled(),
              ApolloServerPluginCacheControlDisabled(),
              cacheHeaderPlugin<C>(options.performance.responseCacheMaxAgeSeconds),
            ]
          : []),
      ],
      // During a database outage: a clear, retryable error instead of an internal one.
      formatError: (formatted, error) =>
        isDatabaseUnavailable(error)
          ? {
              message: 'The database is unavailable for the moment; please try again shortly.',
              path: formatted.path,
              extensions: { code: ErrorCode.SERVICE_UNAVAILABLE },
            }
          : formatted,
    });
    const http = await startHttpService<C>({
      name: service.name,
      host: options.host,
      port: options.port,
      apollo,
      logger,
      maxBodyBytes: SUBGRAPH_MAX_BODY_BYTES,
      metrics,
      metricsToken: options.metricsToken,
      metricsOpen: options.metricsOpen,
      // The gateway is the only caller (its token is checked below) and sends its request id.
      trustRequestId: true,
      // Only the gateway may ask: without its token there is no data, no schema, no _entities.
      authenticate: async (req) => {
        const token = req.headers[GATEWAY_TOKEN_HEADER];
        try {
          return await gatewayTokens.verify(typeof token === 'string' ? token : undefined);
        } catch (error) {
          logger.warn({ reason: (error as Error).message }, 'request without a valid gateway token refused');
          throw new HttpError(
            401,
            ErrorCode.UNAUTHENTICATED,
            'This service answers only the KommunalNetz gateway; send your requests to the gateway (/graphql).',
          );
        }
      },
      context: async (base) => service.createContext(base, dataSource),
      ready: async () => {
        await dataSource.query('SELECT 1');
        return true;
      },
    });
    let closing: Promise<void> | undefined;
    return {
      ...http,
      dataSource,
      close() {
        closing ??= http
          .close()
          .then(() => cleanUp?.())
          .then(() => dataSource.destroy());
        return closing;
      },
    };
  } catch (error) {
    await dataSource.destroy();
    throw error;
  }
}
