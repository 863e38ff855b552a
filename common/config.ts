// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// Every setting of the hub is read and validated here, once, so that a wrong value stops the
// process at start with a message that names the variable instead of failing later.
import path from 'node:path';
import fs from 'node:fs';

export class ConfigError extends Error {}

/** The folder that holds package.json; data files are found relative to it, in src and dist alike. */
export const projectRoot: string = (() => {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new ConfigError('package.json not found above ' + __dirname);
    dir = parent;
  }
  return dir;
})();

type Env = Record<string, string | undefined>;

function readPort(env: Env, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value > 65535) {
    throw new ConfigError(`${name} must be a port number between 0 and 65535, got "${raw}"`);
  }
  return value;
}

function readUrl(env: Env, name: string, fallback: string | undefined, protocols: string[]): string | undefined {
  const raw = env[name] || fallback;
  if (raw === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`${name} must be a URL, got "${redactUrl(raw)}"`);
  }
  if (!protocols.includes(url.protocol)) {
    throw new ConfigError(`${name} must use ${protocols.join(' or ')}, got "${url.protocol}"`);
  }
  return raw;
}

function readNonNegativeInt(env: Env, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw)) throw new ConfigError(`${name} must be a whole number, got "${raw}"`);
  return Number(raw);
}

function readPositiveInt(env: Env, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < 1) {
    throw new ConfigError(`${name} must be a positive whole number, got "${raw}"`);
  }
  return Number(raw);
}

/** The address to reach a server on this machine that binds to `host` (a wildcard means loopback). */
export function reachableHost(host: string): string {
  if (host === '0.0.0.0' || host === '::') return '127.0.0.1';
  return host.includes(':') ? `[${host}]` : host;
}

/** Removes the password from a connection URL so that it can be printed. */
export function redactUrl(raw: string): string {
  try {
    const url = new URL(raw);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return '(unparseable URL)';
  }
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

export interface HubConfig {
  /** PostgreSQL server; undefined means "start the embedded one" (only the launcher does that). */
  databaseUrl: string | undefined;
  /** Address the HTTP servers bind to. */
  host: string;
  gatewayPort: number;
  registryPort: number;
  ikoneDsPort: number;
  /** Where the gateway reaches the subgraphs. */
  registryUrl: string;
  ikoneDsUrl: string;
  /** IKONE-DS source feed: a URL when set, else the file. */
  ikoneDsFeedUrl: string | undefined;
  ikoneDsFeedFile: string;
  /** How often the adapter reads the feed again, and the first retry delay after a failure. */
  ikoneDsFeedRefreshMs: number;
  ikoneDsFeedRetryMs: number;
  /** Folder for the embedded database and other local state. */
  dataDir: string;
  embeddedPostgresPort: number;
  logLevel: string;
  /** Largest accepted request body. */
  maxBodyBytes: number;
  /** Time a client has to send the request body; a slower one gets 408 and the connection is closed. */
  bodyTimeoutMs: number;
  /** Shared secret with which the gateway signs its requests to the subgraphs; the launcher generates one. */
  internalSecret: string | undefined;
  /** Verification of people's bearer tokens (JWT) from the state's identity provider; null: not accepted. */
  jwt: JwtConfig | null;
  /** The gateway's limits against abusive requests. */
  limits: GatewayLimitsConfig;
  /** Browser origins allowed to call the API (CORS); empty: none. */
  corsOrigins: string[];
  /** Whether clients may introspect the schema (default: yes, except with NODE_ENV=production). */
  allowIntrospection: boolean;
  /** Proxies in front of the gateway that append to X-Forwarded-For (TRUST_PROXY: true = 1, or a number); 0: none. */
  trustProxyHops: number;
  /** Days after a membership ended before `npm run retention` erases its contact person. */
  contactRetentionDays: number;
  /** When set, GET /metrics needs "Authorization: Bearer <token>"; unset: open (keep it off the public internet). */
  metricsToken: string | undefined;
  /** Without METRICS_TOKEN: whether /metrics answers anyone (METRICS_PUBLIC; default yes, except with NODE_ENV=production). */
  metricsOpen: boolean;
  /** On SIGTERM, how long a service keeps answering (while reporting "not ready") before it closes. */
  shutdownGraceMs: number;
  /** Speed settings (see BENCHMARKS.md). */
  performance: PerformanceConfig;
  /** Lets Apollo's libraries report usage to Apollo (VENDOR_TELEMETRY=true); off by default. */
  vendorTelemetry: boolean;
  /** `npm run db:roles`: the passwords it gives the services' database roles (generated and printed when unset). */
  databaseRolePasswords: { registry?: string; ikone_ds?: string; gateway?: string };
  /**
   * The gateway's public address (PUBLIC_BASE_URL, e.g. https://kommunalnetz.example.de), the base of
   * absolute links such as the open-data catalogue's. Unset: gateway/opendata/base-url.ts.
   */
  publicBaseUrl: string | undefined;
  /** Who publishes the open-data catalogue (gateway/opendata) and how to reach them. */
  openData: OpenDataConfig;
}

export interface OpenDataConfig {
  /** dct:publisher: the name of the organisation that runs the hub (OPENDATA_PUBLISHER_NAME; default "KommunalNetz Hub"). */
  publisherName: string;
  /** The publisher's web page (OPENDATA_PUBLISHER_URL); unset: the hub's start page. */
  publisherUrl: string | undefined;
  /** dcat:contactPoint (OPENDATA_CONTACT): a contact page (http/https) or an e-mail address (mailto:); unset: the hub's start page. */
  contact: string | undefined;
  /** dcatde:contributorID that GovData gave the operator (OPENDATA_CONTRIBUTOR_ID, http://dcat-ap.de/def/contributors/…); unset: none. */
  contributorId: string | undefined;
}

export interface PerformanceConfig {
  /** false (HUB_TUNING=off): Apollo's defaults everywhere, no caches — the stock configuration `npm run bench` compares against. */
  tuned: boolean;
  /** Seconds the gateway keeps an answer of public data; 0: no response cache. Any change in the database evicts at once. */
  responseCacheMaxAgeSeconds: number;
  /** Memory bound of the gateway's response cache. */
  responseCacheMaxBytes: number;
  /** Keep-alive connections from the gateway to each subgraph, at most. */
  subgraphMaxSockets: number;
  /**
   * V8's old-generation limit for each service process that `npm start` launches. Node's default
   * (a quarter of the machine's memory) lets a busy process grow for long before it collects.
   */
  serviceHeapMiB: number;
}

export interface GatewayLimitsConfig {
  /** Deepest nesting of fields; edges and node of a connection are levels too. */
  maxDepth: number;
  /** Fields with an alias, over the whole operation with fragments expanded. */
  maxAliases: number;
  /** Distinct top-level fields (response keys) of the operation. */
  maxRootFields: number;
  /** Estimated number of field values the answer can hold (gateway/limits/operation-limits.ts). */
  maxCost: number;
  /** Lexical tokens per document; enforced by graphql's parser through Apollo's parseOptions. */
  maxTokens: number;
  /** Characters of one operation's text (literals included); longer ones are refused before parsing. */
  maxQueryLength: number;
  /** Operations in one batched HTTP request; 1 means batching is off. */
  maxBatchOperations: number;
  /** Requests per client (API key, person, or address) and window. */
  rateLimitMax: number;
  /** Refused credentials per address and window; then that address gets 429 for the rest of the window. */
  authFailureMax: number;
  rateLimitWindowMs: number;
  /** Redis for the rate-limit counters, shared by several gateway instances; unset: in memory. */
  redisUrl: string | undefined;
  /** Prefix of the rate-limit keys in Redis (one per deployment sharing a Redis). */
  redisPrefix: string;
}

function readBoolean(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (raw === 'true' || raw === '1') return true;
  if (raw === 'false' || raw === '0') return false;
  throw new ConfigError(`${name} must be true or false, got "${raw}"`);
}

function readProxyHops(env: Env, name: string): number {
  const raw = env[name];
  if (raw === undefined || raw === '' || raw === 'false') return 0;
  if (raw === 'true') return 1;
  if (/^\d+$/.test(raw) && Number(raw) <= 10) return Number(raw);
  throw new ConfigError(`${name} must be false, true (one proxy) or the number of proxies in front of the gateway (0–10), got "${raw}"`);
}

function readOrigins(env: Env, name: string): string[] {
  const raw = env[name];
  if (!raw) return [];
  return raw.split(',').map((origin) => {
    const trimmed = origin.trim();
    let url: URL;
    try {
      url = new URL(trimmed);
    } catch {
      throw new ConfigError(`${name} must be a comma-separated list of origins like https://portal.example.de, got "${trimmed}"`);
    }
    if (url.origin !== trimmed) throw new ConfigError(`${name}: "${trimmed}" is not an origin (scheme://host[:port], no path)`);
    return trimmed;
  });
}

export interface JwtConfig {
  /** JWKS endpoint of the identity provider … */
  jwksUrl?: string;
  /** … or its public key (PEM). */
  publicKeyPem?: string;
  issuer: string;
  audience: string;
  /** Longest accepted validity of a token, from "iat" to "exp" (and from now to "exp"). */
  maxLifetimeSeconds: number;
  /** Where the Verwaltung signs people in at the identity provider (OpenID Connect), if it may. */
  signIn?: OidcSignIn | null;
}

/**
 * The identity provider's OpenID Connect endpoints for the Verwaltung's sign-in: authorization
 * code flow with PKCE for a public client (the browser page), whose access token is the bearer
 * JWT the hub verifies. The page may fetch only the token endpoint (its CSP names that origin).
 */
export interface OidcSignIn {
  authorizationUrl: string;
  tokenUrl: string;
  clientId: string;
  scope: string;
}

function readOidcSignIn(env: Env): OidcSignIn | null {
  const names = ['AUTH_OIDC_AUTHORIZATION_URL', 'AUTH_OIDC_TOKEN_URL', 'AUTH_OIDC_CLIENT_ID'] as const;
  const given = names.filter((name) => env[name]);
  if (given.length === 0) return null;
  if (given.length < names.length) throw new ConfigError(`the Verwaltung's sign-in needs all of ${names.join(', ')}`);
  const clientId = env.AUTH_OIDC_CLIENT_ID!;
  if (!/^[\x21-\x7e]{1,200}$/.test(clientId)) throw new ConfigError('AUTH_OIDC_CLIENT_ID must be 1 to 200 printable ASCII characters');
  const scope = env.AUTH_OIDC_SCOPE || 'openid';
  if (!/^[\x21-\x7e]+( [\x21-\x7e]+)*$/.test(scope) || scope.length > 500) {
    throw new ConfigError('AUTH_OIDC_SCOPE must be scope names separated by single spaces');
  }
  return {
    authorizationUrl: readUrl(env, 'AUTH_OIDC_AUTHORIZATION_URL', undefined, ['https:', 'http:'])!,
    tokenUrl: readUrl(env, 'AUTH_OIDC_TOKEN_URL', undefined, ['https:', 'http:'])!,
    clientId,
    scope,
  };
}

function readJwt(env: Env): JwtConfig | null {
  const jwksUrl = readUrl(env, 'AUTH_JWT_JWKS_URL', undefined, ['https:', 'http:']);
  const publicKeyPem = env.AUTH_JWT_PUBLIC_KEY || undefined;
  const signIn = readOidcSignIn(env);
  if (!jwksUrl && !publicKeyPem) {
    if (signIn)
      throw new ConfigError('AUTH_OIDC_* needs bearer tokens enabled: set AUTH_JWT_JWKS_URL or AUTH_JWT_PUBLIC_KEY and AUTH_JWT_ISSUER');
    return null;
  }
  if (jwksUrl && publicKeyPem) throw new ConfigError('set AUTH_JWT_JWKS_URL or AUTH_JWT_PUBLIC_KEY, not both');
  if (publicKeyPem && !publicKeyPem.includes('-----BEGIN PUBLIC KEY-----')) {
    throw new ConfigError('AUTH_JWT_PUBLIC_KEY must be a PEM public key (-----BEGIN PUBLIC KEY-----)');
  }
  if (!env.AUTH_JWT_ISSUER) throw new ConfigError('AUTH_JWT_ISSUER is required when bearer tokens are enabled');
  return {
    jwksUrl,
    publicKeyPem,
    issuer: env.AUTH_JWT_ISSUER,
    audience: env.AUTH_JWT_AUDIENCE || 'kommunalnetz-hub',
    maxLifetimeSeconds: readPositiveInt(env, 'AUTH_JWT_MAX_LIFETIME_S', 3_600),
    signIn,
  };
}

export function readConfig(env: Env = process.env): HubConfig {
  const host = env.HOST || '127.0.0.1';
  const registryPort = readPort(env, 'REGISTRY_PORT', 4001);
  const ikoneDsPort = readPort(env, 'IKONE_DS_PORT', 4002);
  const local = reachableHost(host);
  const logLevel = env.LOG_LEVEL || 'info';
  if (!LOG_LEVELS.includes(logLevel)) {
    throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${logLevel}"`);
  }
  const feedFile = env.IKONE_DS_FEED_FILE || path.join(projectRoot, 'services/ikone-ds/feed/ikone-ds-members.json');
  return {
    databaseUrl: readUrl(env, 'DATABASE_URL', undefined, ['postgres:', 'postgresql:']),
    host,
    gatewayPort: readPort(env, 'PORT', readPort(env, 'GATEWAY_PORT', 4000)),
    registryPort,
    ikoneDsPort,
    registryUrl: readUrl(env, 'REGISTRY_URL', `http://${local}:${registryPort}/graphql`, ['http:', 'https:'])!,
    ikoneDsUrl: readUrl(env, 'IKONE_DS_URL', `http://${local}:${ikoneDsPort}/graphql`, ['http:', 'https:'])!,
    ikoneDsFeedUrl: readUrl(env, 'IKONE_DS_FEED_URL', undefined, ['http:', 'https:', 'file:']),
    ikoneDsFeedFile: path.resolve(feedFile),
    ikoneDsFeedRefreshMs: readPositiveInt(env, 'IKONE_DS_FEED_REFRESH_MS', 3_600_000),
    ikoneDsFeedRetryMs: readPositiveInt(env, 'IKONE_DS_FEED_RETRY_MS', 30_000),
    dataDir: path.resolve(env.HUB_DATA_DIR || path.join(projectRoot, '.data')),
    embeddedPostgresPort: readPort(env, 'EMBEDDED_PG_PORT', 54329),
    logLevel,
    maxBodyBytes: readPositiveInt(env, 'MAX_BODY_BYTES', 100_000),
    bodyTimeoutMs: readPositiveInt(env, 'BODY_TIMEOUT_MS', 10_000),
    internalSecret: readSecret(env, 'HUB_INTERNAL_SECRET'),
    jwt: readJwt(env),
    // The largest legitimate operations are pages of 100 municipalities with their relations: the
    // page in gateway/tests/limits.test.ts (district, ortsgemeinden(first: 5), digitaleDoerfer,
    // ikoneDs, networkFit with network and reasons) costs 26,602, and a page of 100 that asks for
    // every field of Municipality (relations by id, ortsgemeinden(first: 20)) 10,902. A cost of 50,000 keeps them
    // all and refuses two nested pages of 100 (about 1.1 million). The depth limit leaves room for
    // two nested connections (9 levels) plus a few. 2,000 tokens is 20 times the largest test query
    // (96) and 12 times graphql's standard introspection query.
    limits: {
      maxDepth: readPositiveInt(env, 'MAX_DEPTH', 12),
      maxAliases: readPositiveInt(env, 'MAX_ALIASES', 30),
      maxRootFields: readPositiveInt(env, 'MAX_ROOT_FIELDS', 10),
      maxCost: readPositiveInt(env, 'MAX_COST', 50_000),
      maxTokens: readPositiveInt(env, 'MAX_TOKENS', 2_000),
      maxQueryLength: readPositiveInt(env, 'MAX_QUERY_LENGTH', 20_000),
      maxBatchOperations: readPositiveInt(env, 'MAX_BATCH_OPERATIONS', 1),
      rateLimitMax: readPositiveInt(env, 'RATE_LIMIT_MAX', 300),
      authFailureMax: readPositiveInt(env, 'AUTH_FAILURE_MAX', 10),
      rateLimitWindowMs: readPositiveInt(env, 'RATE_LIMIT_WINDOW_MS', 60_000),
      redisUrl: readUrl(env, 'REDIS_URL', undefined, ['redis:', 'rediss:']),
      redisPrefix: env.RATE_LIMIT_REDIS_PREFIX || 'kommunalnetz:ratelimit',
    },
    corsOrigins: readOrigins(env, 'CORS_ORIGINS'),
    allowIntrospection: readBoolean(env, 'ALLOW_INTROSPECTION', env.NODE_ENV !== 'production'),
    trustProxyHops: readProxyHops(env, 'TRUST_PROXY'),
    contactRetentionDays: readPositiveInt(env, 'CONTACT_RETENTION_DAYS', 365),
    metricsToken: env.METRICS_TOKEN || undefined,
    metricsOpen: readBoolean(env, 'METRICS_PUBLIC', env.NODE_ENV !== 'production'),
    shutdownGraceMs: readNonNegativeInt(env, 'SHUTDOWN_GRACE_MS', 1_000),
    performance: readPerformance(env),
    vendorTelemetry: readBoolean(env, 'VENDOR_TELEMETRY', false),
    databaseRolePasswords: {
      registry: env.REGISTRY_DATABASE_PASSWORD || undefined,
      ikone_ds: env.IKONE_DS_DATABASE_PASSWORD || undefined,
      gateway: env.GATEWAY_DATABASE_PASSWORD || undefined,
    },
    publicBaseUrl: readBaseUrl(env, 'PUBLIC_BASE_URL'),
    openData: readOpenData(env),
  };
}

/** An origin with an optional path prefix (a proxy may serve the hub below one), without the trailing slash. */
function readBaseUrl(env: Env, name: string): string | undefined {
  const raw = readUrl(env, name, undefined, ['https:', 'http:']);
  if (raw === undefined) return undefined;
  const url = new URL(raw);
  if (url.username || url.password || url.search || url.hash || raw.includes('?') || raw.includes('#')) {
    throw new ConfigError(
      `${name} must be the hub's public address without credentials, query or fragment, e.g. https://kommunalnetz.example.de`,
    );
  }
  return url.toString().replace(/\/+$/, '');
}

function isWebUrl(raw: string): boolean {
  try {
    return ['https:', 'http:'].includes(new URL(raw).protocol);
  } catch {
    return false;
  }
}

const CONTRIBUTOR_ID = /^http:\/\/dcat-ap\.de\/def\/contributors\/[A-Za-z0-9_-]+$/;

function readOpenData(env: Env): OpenDataConfig {
  const publisherName = (env.OPENDATA_PUBLISHER_NAME ?? '').trim() || 'KommunalNetz Hub';
  if (publisherName.length > 200 || [...publisherName].some((c) => c.charCodeAt(0) < 32 || c === '\u007f')) {
    throw new ConfigError('OPENDATA_PUBLISHER_NAME must be a name of at most 200 characters on one line');
  }
  const contact = env.OPENDATA_CONTACT || undefined;
  if (contact !== undefined && !/^mailto:[^@\s/?#]+@[^@\s/?#]+\.[^@\s/?#]+$/.test(contact) && !isWebUrl(contact)) {
    throw new ConfigError(`OPENDATA_CONTACT must be a contact page (https://…) or an e-mail address (mailto:…), got "${contact}"`);
  }
  const contributorId = env.OPENDATA_CONTRIBUTOR_ID || undefined;
  if (contributorId !== undefined && !CONTRIBUTOR_ID.test(contributorId)) {
    throw new ConfigError(
      `OPENDATA_CONTRIBUTOR_ID must be the URI GovData gave the operator, like http://dcat-ap.de/def/contributors/<name>, got "${contributorId}"`,
    );
  }
  return {
    publisherName,
    publisherUrl: readUrl(env, 'OPENDATA_PUBLISHER_URL', undefined, ['https:', 'http:']),
    contact,
    contributorId,
  };
}

function readPerformance(env: Env): PerformanceConfig {
  const tuning = env.HUB_TUNING || 'on';
  if (tuning !== 'on' && tuning !== 'off') throw new ConfigError(`HUB_TUNING must be on or off, got "${tuning}"`);
  return {
    tuned: tuning === 'on',
    responseCacheMaxAgeSeconds: readNonNegativeInt(env, 'RESPONSE_CACHE_MAX_AGE', 60),
    responseCacheMaxBytes: readPositiveInt(env, 'RESPONSE_CACHE_MAX_MB', 32) * 1024 * 1024,
    subgraphMaxSockets: readPositiveInt(env, 'SUBGRAPH_MAX_SOCKETS', 32),
    serviceHeapMiB: readPositiveInt(env, 'SERVICE_HEAP_MB', 128),
  };
}

const MIN_SECRET_LENGTH = 32;

function readSecret(env: Env, name: string): string | undefined {
  const value = env[name];
  if (!value) return undefined;
  if (value.length < MIN_SECRET_LENGTH) throw new ConfigError(`${name} must have at least ${MIN_SECRET_LENGTH} characters`);
  return value;
}

/** The gateway-to-subgraph secret every service needs. */
export function requireInternalSecret(config: HubConfig): string {
  if (!config.internalSecret) {
    throw new ConfigError('HUB_INTERNAL_SECRET is not set. `npm start` generates one; a service started on its own needs it.');
  }
  return config.internalSecret;
}

/** The database URL a service needs; services never start a database themselves. */
export function requireDatabaseUrl(config: HubConfig): string {
  if (!config.databaseUrl) {
    throw new ConfigError('DATABASE_URL is not set. `npm start` sets it (embedded PostgreSQL); a service started on its own needs it.');
  }
  return config.databaseUrl;
}
