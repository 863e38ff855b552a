// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// `npm start`: the whole hub on one machine. Starts the embedded PostgreSQL unless DATABASE_URL is
// set, then the two subgraphs and the gateway as separate processes, restarts one that dies, and
// stops them all on Ctrl-C.
import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ConfigError, HubConfig, reachableHost, readConfig, redactUrl } from '../common/config';
import {
  hasStoredRolePasswords,
  loginRole,
  provisionHubRoles,
  RoleUrls,
  storedRolePasswords,
  urlAs,
  withConfiguredPasswords,
} from '../common/database-roles';
import { embeddedHubUrl, ensureDatabase, HUB_DATABASE, RunningPostgres, startEmbeddedPostgres } from '../common/embedded-postgres';
import { answersOk } from '../common/http';
import { createLogger } from '../common/logging';

const logger = createLogger('launcher');
const READY_TIMEOUT_MS = 120_000;
// A service that dies is started again after 0.5 s, 1 s, 2 s, 4 s …; the fifth death within two
// minutes means it cannot run (a broken database, a bug on every start), and the hub stops. Deaths
// older than the window are forgotten, so a service that ran stably starts again at 0.5 s.
const FIRST_RESTART_DELAY_MS = 500;
const RESTART_WINDOW_MS = 120_000;
const MAX_DEATHS_IN_WINDOW = 5;

/** One of the three service processes, across its restarts. */
interface Service {
  name: string;
  script: string;
  readyUrl: string;
  child: ChildProcess;
  /** How often the launcher started it again; the service shows it as kommunalnetz_service_restarts. */
  restarts: number;
  /** When it died within the last RESTART_WINDOW_MS. */
  deaths: number[];
  pendingRestart?: NodeJS.Timeout;
}

/** The gateway-to-subgraph secret: from the environment, else generated once and kept in the data folder. */
function internalSecret(config: HubConfig): string {
  if (config.internalSecret) return config.internalSecret;
  const file = path.join(config.dataDir, 'internal-secret');
  if (!fs.existsSync(file)) {
    fs.mkdirSync(config.dataDir, { recursive: true });
    fs.writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600 });
  }
  return fs.readFileSync(file, 'utf8').trim();
}

async function waitUntilReady(name: string, healthUrl: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited with code ${child.exitCode} during start (see its log above)`);
    if (await answersOk(healthUrl)) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`${name} was not ready within ${READY_TIMEOUT_MS / 1000} s (${healthUrl})`);
}

function healthUrl(graphqlUrl: string): string {
  return new URL('/health/ready', graphqlUrl).toString();
}

async function main(): Promise<void> {
  let config: HubConfig;
  try {
    config = readConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`configuration error: ${error.message}`);
      process.exit(2);
    }
    throw error;
  }
  const secret = internalSecret(config);
  const services: Service[] = [];
  let embedded: RunningPostgres | undefined;
  let running = false;
  let stopping = false;
  const terminate = (child: ChildProcess) =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  // Front to back: the gateway finishes its requests while the subgraphs still answer them, the
  // subgraphs finish theirs while the database is still there.
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    for (const service of services) clearTimeout(service.pendingRestart);
    const [gateway, ...subgraphs] = [...services].reverse().map((service) => service.child);
    if (gateway) await terminate(gateway);
    await Promise.all(subgraphs.map(terminate));
    await embedded?.stop();
    process.exit(code);
  };
  // on, not once: Ctrl-C reaches the launcher from the terminal and again through npm; a second
  // signal must not end it with Node's default before it has stopped its services and database.
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));

  // Each service connects as its own database role (common/database-roles.ts).
  const launchAll = (databaseUrls: RoleUrls) => {
    const databaseUrlOf: Record<string, string> = {
      'services/registry/main.js': databaseUrls.registry,
      'services/ikone-ds/main.js': databaseUrls.ikone_ds,
      'gateway/main.js': databaseUrls.gateway,
    };
    // --max-semi-space-size=16: the young generation Node.js 20 and 22 have by default. Node.js 24's
    // is four times larger (64 MiB semi-spaces), and next to a 128 MiB old generation the gateway
    // then collects garbage most of the time under load (the report CSVs of
    // scripts/tests/attack.test.ts took several times as long, and the test timed out).
    const spawnService = (script: string, restarts: number) =>
      spawn(
        process.execPath,
        [`--max-old-space-size=${config.performance.serviceHeapMiB}`, '--max-semi-space-size=16', path.join(__dirname, '..', script)],
        {
          env: { ...process.env, DATABASE_URL: databaseUrlOf[script], HUB_INTERNAL_SECRET: secret, HUB_SERVICE_RESTARTS: String(restarts) },
          stdio: 'inherit',
        },
      );
    const watch = (service: Service) => service.child.on('exit', (code, signal) => onExit(service, code, signal));
    const onExit = (service: Service, code: number | null, signal: NodeJS.Signals | null) => {
      if (stopping) return;
      const { name } = service;
      // Before the hub ran once, a death is a setting or an installation to fix, not bad luck.
      if (!running) {
        logger.error({ service: name, code, signal }, `${name} stopped during start; stopping the hub`);
        return void stop(1);
      }
      const now = Date.now();
      service.deaths = [...service.deaths.filter((at) => now - at < RESTART_WINDOW_MS), now];
      if (service.deaths.length >= MAX_DEATHS_IN_WINDOW) {
        logger.fatal(
          { service: name, code, signal, restarts: service.restarts },
          `${name} stopped unexpectedly ${service.deaths.length} times within ${RESTART_WINDOW_MS / 60_000} minutes; ` +
            'giving up and stopping the hub (see its log above)',
        );
        return void stop(1);
      }
      const delay = FIRST_RESTART_DELAY_MS * 2 ** (service.deaths.length - 1);
      service.restarts += 1;
      logger.error(
        { service: name, code, signal, restart: service.restarts, delayMs: delay },
        `${name} stopped unexpectedly; restarting it in ${delay / 1000} s (restart ${service.restarts})`,
      );
      service.pendingRestart = setTimeout(() => {
        if (stopping) return;
        service.child = spawnService(service.script, service.restarts);
        watch(service);
        void waitUntilReady(name, service.readyUrl, service.child).then(
          () => logger.info({ service: name, restart: service.restarts }, `${name} is ready again`),
          () => undefined, // its death is handled by onExit
        );
      }, delay);
    };
    const launch = (name: string, script: string, readyUrl: string) => {
      const service: Service = { name, script, readyUrl, restarts: 0, deaths: [], child: spawnService(script, 0) };
      watch(service);
      services.push(service);
      return service;
    };
    // All three at once: the gateway serves the checked-in supergraph and reports ready only when
    // both subgraphs do. (Launched last, it is stopped first.)
    return {
      registry: launch('registry', 'services/registry/main.js', healthUrl(config.registryUrl)),
      ikoneDs: launch('ikone-ds', 'services/ikone-ds/main.js', healthUrl(config.ikoneDsUrl)),
      gateway: launch('gateway', 'gateway/main.js', `http://${reachableHost(config.host)}:${config.gatewayPort}/health/ready`),
    };
  };

  try {
    let databaseUrl = config.databaseUrl;
    let launched: ReturnType<typeof launchAll> | undefined;
    if (!databaseUrl) {
      // On a restart the database's address is known before it runs: the services load their code
      // while PostgreSQL starts, and connect once it accepts connections.
      // (The roles are set up again below, once the server runs: idempotent.)
      const known = embeddedHubUrl(config.dataDir, config.embeddedPostgresPort);
      if (known && hasStoredRolePasswords(config.dataDir)) {
        const passwords = withConfiguredPasswords(config.databaseRolePasswords, storedRolePasswords(config.dataDir));
        const as = (login: keyof RoleUrls) => urlAs(known, loginRole(HUB_DATABASE, login), passwords[login]);
        launched = launchAll({ registry: as('registry'), ikone_ds: as('ikone_ds'), gateway: as('gateway') });
      }
      embedded = await startEmbeddedPostgres(config.dataDir, config.embeddedPostgresPort, logger);
      databaseUrl = await ensureDatabase(embedded.url, HUB_DATABASE);
      logger.info({ port: config.embeddedPostgresPort, dataDir: config.dataDir }, 'embedded PostgreSQL running');
    } else {
      logger.info({ database: redactUrl(databaseUrl) }, 'using external PostgreSQL');
    }
    // Without a superuser (an external DATABASE_URL of a plain user) every service connects as that user.
    // Passwords configured for the roles (as for `npm run db:roles` or compose) are kept, never replaced.
    const passwords = withConfiguredPasswords(config.databaseRolePasswords, storedRolePasswords(config.dataDir));
    const roleUrls = (await provisionHubRoles(databaseUrl, passwords, logger)) ?? {
      registry: databaseUrl,
      ikone_ds: databaseUrl,
      gateway: databaseUrl,
    };
    const { registry, ikoneDs, gateway } = launched ?? launchAll(roleUrls);
    // The gateway's readiness asks both subgraphs, so it is polled only once they are ready.
    await Promise.all([registry, ikoneDs].map((service) => waitUntilReady(service.name, service.readyUrl, service.child)));
    await waitUntilReady(gateway.name, gateway.readyUrl, gateway.child);
    running = true;
    console.log(
      [
        '',
        'KommunalNetz Hub is running.',
        `  Start page   http://localhost:${config.gatewayPort}/`,
        `  GraphQL API  http://localhost:${config.gatewayPort}/graphql`,
        `  Schema       http://localhost:${config.gatewayPort}/schema.graphql`,
        `  Subgraphs    ${config.registryUrl} (registry), ${config.ikoneDsUrl} (ikone-ds)`,
        `  Database     ${embedded ? `embedded PostgreSQL, data in ${embedded.databaseDir}` : redactUrl(databaseUrl)}`,
        'Press Ctrl-C to stop.',
        '',
      ].join('\n'),
    );
  } catch (error) {
    logger.fatal({ err: { message: (error as Error).message } }, 'the hub did not start');
    await stop(1);
  }
}

void main();
