// A complete hub for one test file: its own database on the test server, both subgraphs and the
// gateway in this process on free ports, talking real HTTP to each other.
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { createLogger } from '../common/logging';
import { startSubgraph, RunningSubgraph } from '../common/service';
import { RunningService } from '../common/http';
import { startGateway } from '../gateway/server';
import { ikoneDsService } from '../services/ikone-ds/service';
import { registryService } from '../services/registry/service';
import type { FeedSource } from '../services/ikone-ds/feed/feed';
import { JwtConfig, readConfig } from '../common/config';
import { ApiKeyStore } from '../common/auth/api-keys';
import { startTcpProxy, TcpProxy } from './tcp-proxy';

export interface GraphQLResponse<T = any> {
  status: number;
  data?: T;
  errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
  headers: Headers;
}

export interface TestHub {
  gatewayUrl: string;
  registry: RunningSubgraph;
  ikoneDs: RunningSubgraph;
  gateway: RunningService;
  databaseUrl: string;
  apiKeys: ApiKeyStore;
  internalSecret: string;
  /** Present with the option databaseProxy. */
  databaseProxy?: TcpProxy;
  query<T = any>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

/** Sends a GraphQL request over HTTP. */
export async function postGraphQL<T = any>(url: string, body: unknown, headers: Record<string, string> = {}): Promise<GraphQLResponse<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const json = (await response.json()) as { data?: T; errors?: GraphQLResponse['errors'] };
  return { status: response.status, data: json.data, errors: json.errors, headers: response.headers };
}

/** Creates an empty database of its own on the test server and returns its URL and a way to drop it. */
export async function createTestDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) throw new Error('TEST_DATABASE_URL is not set; run the tests through jest (testing/global-setup.ts)');
  const name = `kommunalnetz_test_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

export interface TestHubOptions {
  feed?: FeedSource;
  /** Bearer tokens: verification settings (tests sign their own tokens). */
  jwt?: JwtConfig;
  /** Receives every log line of all three services (at level debug) instead of discarding them. */
  logLines?: string[];
  /** Settings as environment variables (limits, CORS, …), read like the real configuration. */
  env?: Record<string, string>;
  /** Route the services' database connections through a TCP proxy that the test can cut. */
  databaseProxy?: boolean;
}

export async function startTestHub(options: TestHubOptions = {}): Promise<TestHub> {
  const database = await createTestDatabase();
  const direct = new URL(database.url);
  const proxy = options.databaseProxy ? await startTcpProxy(direct.hostname, Number(direct.port || 5432)) : undefined;
  const serviceUrl = proxy
    ? Object.assign(new URL(database.url), { hostname: '127.0.0.1', port: String(proxy.port) }).toString()
    : database.url;
  const internalSecret = randomBytes(32).toString('base64url');
  const logger = options.logLines
    ? createLogger('test', 'debug', { write: (line: string) => void options.logLines!.push(line) })
    : createLogger('test', process.env.LOG_LEVEL ?? 'silent');
  const config = readConfig(options.env ?? {});
  const host = '127.0.0.1';
  const feed = options.feed ?? { file: config.ikoneDsFeedFile };
  const [registry, ikoneDs] = await Promise.all([
    startSubgraph(registryService, { databaseUrl: serviceUrl, host, port: 0, logger, internalSecret, performance: config.performance }),
    startSubgraph(ikoneDsService(feed, { intervalMs: config.ikoneDsFeedRefreshMs, firstRetryMs: config.ikoneDsFeedRetryMs }), {
      databaseUrl: serviceUrl,
      host,
      port: 0,
      logger,
      internalSecret,
      performance: config.performance,
    }),
  ]);
  const apiKeys = await ApiKeyStore.open(serviceUrl, logger);
  const gateway = await startGateway({
    host,
    port: 0,
    subgraphUrls: { registry: registry.url, 'ikone-ds': ikoneDs.url },
    maxBodyBytes: config.maxBodyBytes,
    bodyTimeoutMs: config.bodyTimeoutMs,
    logger,
    internalSecret,
    apiKeys,
    jwt: options.jwt ?? null,
    limits: config.limits,
    corsOrigins: config.corsOrigins,
    allowIntrospection: config.allowIntrospection,
    trustProxyHops: config.trustProxyHops,
    metricsToken: config.metricsToken,
    metricsOpen: config.metricsOpen,
    databaseUrl: serviceUrl,
    performance: config.performance,
  });
  return {
    gatewayUrl: gateway.url,
    registry,
    ikoneDs,
    gateway,
    apiKeys,
    internalSecret,
    databaseUrl: database.url,
    query: (query, variables, headers) => postGraphQL(gateway.url, { query, variables }, headers),
    databaseProxy: proxy,
    async close() {
      proxy?.restore();
      await gateway.close();
      await Promise.all([registry.close(), ikoneDs.close(), apiKeys.close()]);
      await proxy?.close();
      await database.drop();
    },
  };
}
