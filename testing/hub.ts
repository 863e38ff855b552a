// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// A complete hub for one test file: its own database on the test server, both subgraphs and the
// gateway in this process on free ports, talking real HTTP to each other.
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { createLogger } from '../common/logging';
import { startSubgraph, RunningSubgraph, subgraphOptionsFrom } from '../common/service';
import { RunningService } from '../common/http';
import { gatewayOptionsFrom, startGateway } from '../gateway/server';
import { ikoneDsService } from '../services/ikone-ds/service';
import { registryService } from '../services/registry/service';
import type { FeedSource } from '../services/ikone-ds/feed/feed';
import { JwtConfig, readConfig } from '../common/config';
import { ApiKeyChecker } from '../common/auth/api-key-check';
import { ApiKeyStore } from '../common/auth/api-keys';
import { Role } from '../common/auth/roles';
import { NetworkId } from '../common/domain';
import { createScratchDatabase, provisionHubRoles, randomRolePasswords, RoleUrls } from '../common/database-roles';
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
  /** Each service's own database role (direct, never through the proxy). */
  roleUrls: RoleUrls;
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
  return createScratchDatabase(serverUrl, 'kommunalnetz_test');
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
  // Each service connects as its own role, as under `npm start` (least privilege, SECURITY.md).
  const roles = await provisionHubRoles(database.url, randomRolePasswords(), createLogger('test', 'silent'));
  if (!roles) throw new Error('the test server needs a superuser in DATABASE_URL to set up the database roles');
  const throughProxy = (url: string) =>
    proxy ? Object.assign(new URL(url), { hostname: '127.0.0.1', port: String(proxy.port) }).toString() : url;
  const serviceUrls = Object.fromEntries(Object.entries(roles).map(([login, url]) => [login, throughProxy(url)])) as RoleUrls;
  const internalSecret = randomBytes(32).toString('base64url');
  const logger = options.logLines
    ? createLogger('test', 'debug', { write: (line: string) => void options.logLines!.push(line) })
    : createLogger('test', process.env.LOG_LEVEL ?? 'silent');
  const config = readConfig(options.env ?? {});
  const host = '127.0.0.1';
  const feed = options.feed ?? { file: config.ikoneDsFeedFile };
  const subgraphOptions = { ...subgraphOptionsFrom(config, { databaseUrl: serviceUrls.registry, port: 0, logger, internalSecret }), host };
  const [registry, ikoneDs] = await Promise.all([
    startSubgraph(registryService, subgraphOptions),
    startSubgraph(ikoneDsService(feed, { intervalMs: config.ikoneDsFeedRefreshMs, firstRetryMs: config.ikoneDsFeedRetryMs }), {
      ...subgraphOptions,
      databaseUrl: serviceUrls.ikone_ds,
    }),
  ]);
  // The gateway checks keys as its own database login; tests create keys with the store, as the server's admin.
  const gatewayKeys = ApiKeyChecker.open(serviceUrls.gateway);
  const apiKeys = await ApiKeyStore.open(database.url, logger);
  const gateway = await startGateway({
    ...gatewayOptionsFrom(config, {
      subgraphUrls: { registry: registry.url, 'ikone-ds': ikoneDs.url },
      logger,
      internalSecret,
      apiKeys: gatewayKeys,
      databaseUrl: serviceUrls.gateway,
    }),
    host,
    port: 0,
    jwt: options.jwt ?? null,
  });
  return {
    gatewayUrl: gateway.url,
    registry,
    ikoneDs,
    gateway,
    apiKeys,
    internalSecret,
    databaseUrl: database.url,
    roleUrls: roles,
    query: (query, variables, headers) => postGraphQL(gateway.url, { query, variables }, headers),
    databaseProxy: proxy,
    async close() {
      proxy?.restore();
      await gateway.close();
      await Promise.all([registry.close(), ikoneDs.close(), gatewayKeys.close(), apiKeys.close()]);
      await proxy?.close();
      await database.drop();
    },
  };
}

/** The header that presents an API key. */
export const withKey = (key: string): Record<string, string> => ({ 'x-api-key': key });

/** The kinds of caller the tests use, each with a key of its own. */
export type TestCaller = 'admin' | 'dd' | 'ikone' | 'partner';

/** One API key (its secret) per kind of caller: a ministry admin, a coordinator of each network, a partner. */
export async function createCallerKeys(hub: TestHub, label: string): Promise<Record<TestCaller, string>> {
  const callers: [TestCaller, Role, NetworkId | null][] = [
    ['admin', Role.MINISTRY_ADMIN, null],
    ['dd', Role.COORDINATOR, NetworkId.DIGITALE_DOERFER_RLP],
    ['ikone', Role.COORDINATOR, NetworkId.IKONE_DS],
    ['partner', Role.PARTNER, null],
  ];
  const keys = {} as Record<TestCaller, string>;
  for (const [caller, role, network] of callers) {
    keys[caller] = (await hub.apiKeys.create({ name: `${label} ${caller}`, role, network, createdBy: 'test' })).secret;
  }
  return keys;
}

/** Runs one SQL statement on the hub's database (as the superuser of the test server) and returns its rows. */
export async function hubSql<T = any>(hub: Pick<TestHub, 'databaseUrl'>, text: string, values: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: hub.databaseUrl });
  await client.connect();
  try {
    return (await client.query(text, values)).rows;
  } finally {
    await client.end();
  }
}

/**
 * A fingerprint of the registry's memberships, contact persons, role terms and audit trail: equal before and
 * after a refused or dry-run change when that change wrote nothing.
 */
export async function registryState(hub: TestHub): Promise<string> {
  const client = new Client({ connectionString: hub.databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query(`SELECT
      (SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) FROM registry.digitale_doerfer_membership t) AS memberships,
      (SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) FROM registry.contact_person t) AS contacts,
      (SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) FROM registry.digitale_doerfer_role t) AS roles,
      (SELECT count(*) FROM registry.audit_event) AS events`);
    return JSON.stringify(rows[0]);
  } finally {
    await client.end();
  }
}
