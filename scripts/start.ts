// `npm start`: the whole hub on one machine. Starts the embedded PostgreSQL unless DATABASE_URL is
// set, then the two subgraphs and the gateway as separate processes, and stops them all on Ctrl-C.
import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ConfigError, HubConfig, reachableHost, readConfig, redactUrl } from '../common/config';
import { embeddedHubUrl, ensureDatabase, HUB_DATABASE, RunningPostgres, startEmbeddedPostgres } from '../common/embedded-postgres';
import { answersOk } from '../common/http';
import { createLogger } from '../common/logging';

const logger = createLogger('launcher');
const READY_TIMEOUT_MS = 120_000;

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
  const children: ChildProcess[] = [];
  let embedded: RunningPostgres | undefined;
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
    const [gateway, ...subgraphs] = [...children].reverse();
    if (gateway) await terminate(gateway);
    await Promise.all(subgraphs.map(terminate));
    await embedded?.stop();
    process.exit(code);
  };
  process.once('SIGINT', () => void stop(0));
  process.once('SIGTERM', () => void stop(0));

  const launchAll = (databaseUrl: string) => {
    const launch = (name: string, script: string) => {
      const child = spawn(
        process.execPath,
        [`--max-old-space-size=${config.performance.serviceHeapMiB}`, path.join(__dirname, '..', script)],
        {
          env: { ...process.env, DATABASE_URL: databaseUrl, HUB_INTERNAL_SECRET: secret },
          stdio: 'inherit',
        },
      );
      child.on('exit', (code, signal) => {
        if (!stopping) {
          logger.error({ service: name, code, signal }, `${name} stopped unexpectedly; stopping the hub`);
          void stop(1);
        }
      });
      children.push(child);
      return child;
    };
    // All three at once: the gateway serves the checked-in supergraph and reports ready only when
    // both subgraphs do. (Launched last, it is stopped first.)
    return {
      registry: launch('registry', 'services/registry/main.js'),
      ikoneDs: launch('ikone-ds', 'services/ikone-ds/main.js'),
      gateway: launch('gateway', 'gateway/main.js'),
    };
  };

  try {
    let databaseUrl = config.databaseUrl;
    let launched: ReturnType<typeof launchAll> | undefined;
    if (!databaseUrl) {
      // On a restart the database's address is known before it runs: the services load their code
      // while PostgreSQL starts, and connect once it accepts connections.
      const known = embeddedHubUrl(config.dataDir, config.embeddedPostgresPort);
      if (known) launched = launchAll(known);
      embedded = await startEmbeddedPostgres(config.dataDir, config.embeddedPostgresPort, logger);
      databaseUrl = await ensureDatabase(embedded.url, HUB_DATABASE);
      logger.info({ port: config.embeddedPostgresPort, dataDir: config.dataDir }, 'embedded PostgreSQL running');
    } else {
      logger.info({ database: redactUrl(databaseUrl) }, 'using external PostgreSQL');
    }
    const { registry, ikoneDs, gateway } = launched ?? launchAll(databaseUrl);
    // The gateway's readiness asks both subgraphs, so it is polled only once they are ready.
    await Promise.all([
      waitUntilReady('registry', healthUrl(config.registryUrl), registry),
      waitUntilReady('ikone-ds', healthUrl(config.ikoneDsUrl), ikoneDs),
    ]);
    await waitUntilReady('gateway', `http://${reachableHost(config.host)}:${config.gatewayPort}/health/ready`, gateway);
    console.log(
      [
        '',
        'KommunalNetz Hub is running.',
        `  Start page   http://localhost:${config.gatewayPort}/`,
        `  GraphQL API  http://localhost:${config.gatewayPort}/graphql`,
        `  Subgraphs    ${config.registryUrl} (registry), ${config.ikoneDsUrl} (ikone-ds)`,
        `  Database     ${embedded ? `embedded PostgreSQL, data in ${config.dataDir}` : redactUrl(databaseUrl)}`,
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
