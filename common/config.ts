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
  /** Folder for the embedded database and other local state. */
  dataDir: string;
  embeddedPostgresPort: number;
  logLevel: string;
  /** Largest accepted request body. */
  maxBodyBytes: number;
  /** Shared secret with which the gateway signs its requests to the subgraphs; the launcher generates one. */
  internalSecret: string | undefined;
  /** Verification of people's bearer tokens (JWT) from the state's identity provider; null: not accepted. */
  jwt: JwtConfig | null;
}

export interface JwtConfig {
  /** JWKS endpoint of the identity provider … */
  jwksUrl?: string;
  /** … or its public key (PEM). */
  publicKeyPem?: string;
  issuer: string;
  audience: string;
}

function readJwt(env: Env): JwtConfig | null {
  const jwksUrl = readUrl(env, 'AUTH_JWT_JWKS_URL', undefined, ['https:', 'http:']);
  const publicKeyPem = env.AUTH_JWT_PUBLIC_KEY || undefined;
  if (!jwksUrl && !publicKeyPem) return null;
  if (jwksUrl && publicKeyPem) throw new ConfigError('set AUTH_JWT_JWKS_URL or AUTH_JWT_PUBLIC_KEY, not both');
  if (publicKeyPem && !publicKeyPem.includes('-----BEGIN PUBLIC KEY-----')) {
    throw new ConfigError('AUTH_JWT_PUBLIC_KEY must be a PEM public key (-----BEGIN PUBLIC KEY-----)');
  }
  if (!env.AUTH_JWT_ISSUER) throw new ConfigError('AUTH_JWT_ISSUER is required when bearer tokens are enabled');
  return { jwksUrl, publicKeyPem, issuer: env.AUTH_JWT_ISSUER, audience: env.AUTH_JWT_AUDIENCE || 'kommunalnetz-hub' };
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
    dataDir: path.resolve(env.HUB_DATA_DIR || path.join(projectRoot, '.data')),
    embeddedPostgresPort: readPort(env, 'EMBEDDED_PG_PORT', 54329),
    logLevel,
    maxBodyBytes: readPositiveInt(env, 'MAX_BODY_BYTES', 100_000),
    internalSecret: readSecret(env, 'HUB_INTERNAL_SECRET'),
    jwt: readJwt(env),
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
    throw new ConfigError(
      'DATABASE_URL is not set. `npm start` sets it (embedded PostgreSQL); a service started on its own needs it.',
    );
  }
  return config.databaseUrl;
}
