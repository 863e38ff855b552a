// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// The hub under test, started the way a user starts it: `node dist/scripts/start.js` in its own
// process group, on free ports, with a data folder (embedded PostgreSQL) or a database of the
// server in DATABASE_URL. Also the /proc readings of its processes (peak resident memory, CPU time).
import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { answersOk } from '../../common/http';
import { freePort } from '../../testing/ports';

const START_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 30_000;

/** The token with which the bench and the attack script read /metrics of the hubs they start. */
export const BENCH_METRICS_TOKEN = 'bench-metrics-token';
export const metricsHeaders = { authorization: `Bearer ${BENCH_METRICS_TOKEN}` };

export const SERVICES = {
  gateway: 'dist/gateway/main.js',
  registry: 'dist/services/registry/main.js',
  'ikone-ds': 'dist/services/ikone-ds/main.js',
} as const;
export type ServiceName = keyof typeof SERVICES;
export const SERVICE_NAMES = Object.keys(SERVICES) as ServiceName[];

export interface HubSettings {
  dataDir: string;
  /** A database on a PostgreSQL server; undefined: the launcher's embedded PostgreSQL in dataDir. */
  databaseUrl: string | undefined;
  internalSecret: string;
  /** Extra environment, e.g. HUB_TUNING=off. */
  env: Record<string, string>;
}

export interface RunningHub {
  /** The checkout it runs from (its schema/supergraph.graphql is the one its gateway serves). */
  root: string;
  gatewayUrl: string;
  subgraphUrls: Record<Exclude<ServiceName, 'gateway'>, string>;
  /** Milliseconds from spawn until the gateway reported ready. */
  startMs: number;
  pids: Record<ServiceName, number>;
  /**
   * The PostgreSQL processes that work for this hub now: the embedded server's whole process tree,
   * or on a shared server the backends connected to the hub's database.
   */
  postgresPids(): number[];
  /** SIGTERM to the launcher; resolves when its whole process group is gone. */
  stop(): Promise<void>;
}

/** Under npm test, the test run's guard against connections beyond loopback (testing/outbound.ts) goes along. */
const outboundGuard = (): NodeJS.ProcessEnv =>
  process.env.OUTBOUND_GUARD_LOG ? { NODE_OPTIONS: process.env.NODE_OPTIONS, OUTBOUND_GUARD_LOG: process.env.OUTBOUND_GUARD_LOG } : {};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Every hub started here, so that an aborted bench can still end them. */
const started = new Set<number>();
process.on('exit', () => {
  for (const pgid of started) {
    try {
      process.kill(-pgid, 'SIGKILL');
    } catch {
      /* already gone */
    }
  }
});

/** The fields of /proc/<pid>/stat after the command name (field 3, the state, is index 0); undefined once gone. */
function statFields(pid: number): string[] | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return undefined;
  }
}

function commandOf(pid: number): string | undefined {
  try {
    return fs.readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
  } catch {
    return undefined;
  }
}

const allPids = () =>
  fs
    .readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .map(Number);

function childPids(parent: number): number[] {
  return allPids().filter((pid) => Number(statFields(pid)?.[1]) === parent);
}

function descendants(root: number): number[] {
  const children = childPids(root);
  return [...children, ...children.flatMap(descendants)];
}

/** Backends of a PostgreSQL server connected to one database ("postgres: [<cluster>: ]<role> <database> <client> <state>"). */
function backendsOf(database: string): number[] {
  return allPids().filter((pid) => {
    if (commandOf(pid) !== 'postgres') return false;
    try {
      const title = /^postgres: (?:\S+: )?\S+ (\S+) /.exec(fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8'));
      return title?.[1] === database;
    } catch {
      return false;
    }
  });
}

/** Clock ticks per second of /proc's CPU times (USER_HZ, 100 on Linux for x86 and arm). */
const TICKS_PER_SECOND = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' })) || 100;
  } catch {
    return 100;
  }
})();

/** CPU time (user + system) a process has used so far, in milliseconds; undefined once gone. */
export function cpuMilliseconds(pid: number): number | undefined {
  const fields = statFields(pid);
  // utime and stime are fields 14 and 15 of /proc/<pid>/stat.
  return fields ? ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND : undefined;
}

function findServicePids(launcherPid: number): Record<ServiceName, number> {
  const pids: Partial<Record<ServiceName, number>> = {};
  for (const pid of childPids(launcherPid)) {
    const cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    for (const name of SERVICE_NAMES) if (cmdline.includes(SERVICES[name])) pids[name] = pid;
  }
  for (const name of SERVICE_NAMES) if (!pids[name]) throw new Error(`the ${name} process of the launcher was not found`);
  return pids as Record<ServiceName, number>;
}

export async function startHub(projectRoot: string, settings: HubSettings): Promise<RunningHub> {
  const ports = { gateway: await freePort(), registry: await freePort(), ikoneDs: await freePort(), postgres: await freePort() };
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, ...outboundGuard() };
  Object.assign(env, {
    HUB_DATA_DIR: settings.dataDir,
    HUB_INTERNAL_SECRET: settings.internalSecret,
    HOST: '127.0.0.1',
    GATEWAY_PORT: String(ports.gateway),
    REGISTRY_PORT: String(ports.registry),
    IKONE_DS_PORT: String(ports.ikoneDs),
    EMBEDDED_PG_PORT: String(ports.postgres),
    LOG_LEVEL: 'warn',
    // All load comes from one address; the rate limit would otherwise be what is measured.
    RATE_LIMIT_MAX: '1000000000',
    // Stopping is not measured; no need to wait for requests in flight.
    SHUTDOWN_GRACE_MS: '0',
    // As a deployment runs (the Docker image sets it too): graphql-js skips its development checks.
    NODE_ENV: 'production',
    // Production keeps /metrics closed without a token; the bench reads it (metricsHeaders).
    METRICS_TOKEN: BENCH_METRICS_TOKEN,
    ...settings.env,
  });
  if (settings.databaseUrl) env.DATABASE_URL = settings.databaseUrl;

  const t0 = performance.now();
  const launcher: ChildProcess = spawn(process.execPath, [path.join(projectRoot, 'dist/scripts/start.js')], {
    env,
    cwd: projectRoot,
    // The hub's output goes to stderr: stdout carries only the report.
    stdio: ['ignore', 2, 2],
    detached: true,
  });
  const pgid = launcher.pid!;
  started.add(pgid);
  const gatewayBase = `http://127.0.0.1:${ports.gateway}`;
  while (!(await answersOk(`${gatewayBase}/health/ready`))) {
    if (launcher.exitCode !== null || launcher.signalCode !== null)
      throw new Error(`the hub did not start (exit code ${launcher.exitCode})`);
    if (performance.now() - t0 > START_TIMEOUT_MS) throw new Error(`the hub was not ready within ${START_TIMEOUT_MS / 1000} s`);
    await sleep(50);
  }
  const startMs = performance.now() - t0;

  return {
    root: projectRoot,
    gatewayUrl: `${gatewayBase}/graphql`,
    subgraphUrls: { registry: `http://127.0.0.1:${ports.registry}/graphql`, 'ikone-ds': `http://127.0.0.1:${ports.ikoneDs}/graphql` },
    startMs,
    pids: findServicePids(pgid),
    postgresPids: settings.databaseUrl
      ? () => backendsOf(decodeURIComponent(new URL(settings.databaseUrl!).pathname.slice(1)))
      : () => descendants(pgid).filter((pid) => commandOf(pid) === 'postgres'),
    async stop() {
      if (launcher.exitCode === null && launcher.signalCode === null) {
        const exited = new Promise((resolve) => launcher.once('exit', resolve));
        launcher.kill('SIGTERM');
        await Promise.race([exited, sleep(STOP_TIMEOUT_MS)]);
      }
      for (let i = 0; i < 50 && groupAlive(pgid); i++) await sleep(100);
      if (groupAlive(pgid)) {
        console.error('bench: processes of the hub were left after its launcher stopped; killing them');
        process.kill(-pgid, 'SIGKILL');
      }
      started.delete(pgid);
    },
  };
}

/**
 * The peer gateway (scripts/bench/hive-gateway.ts) in front of a running hub's subgraphs, as a
 * process of its own with the heap limits the hub gives its services (scripts/start.ts). The view of
 * the hub it returns has the peer as its gateway: its URL, and its pid for the CPU and memory readings.
 */
export async function startPeerGateway(hub: RunningHub, internalSecret: string): Promise<{ hub: RunningHub; stop(): Promise<void> }> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [
      '--max-old-space-size=128',
      '--max-semi-space-size=16',
      path.join(hub.root, 'dist/scripts/bench/hive-gateway.js'),
      String(port),
      hub.subgraphUrls.registry,
      hub.subgraphUrls['ikone-ds'],
    ],
    {
      env: { PATH: process.env.PATH, HUB_INTERNAL_SECRET: internalSecret, NODE_ENV: 'production', ...outboundGuard() },
      stdio: ['ignore', 'pipe', 2],
    },
  );
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await Promise.race([exited, sleep(STOP_TIMEOUT_MS)]);
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  };
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout!.on('data', (chunk: Buffer) => {
        out += chunk.toString('utf8');
        const line = out.split('\n').find((l) => l.startsWith('{'));
        if (line) resolve((JSON.parse(line) as { url: string }).url);
      });
      child.once('exit', (code) => reject(new Error(`the peer gateway stopped before it listened (exit code ${code})`)));
      setTimeout(() => reject(new Error(`the peer gateway did not listen within ${START_TIMEOUT_MS / 1000} s`)), START_TIMEOUT_MS).unref();
    });
    return { hub: { ...hub, gatewayUrl: url, pids: { ...hub.pids, gateway: child.pid! } }, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Starts a new peak (VmHWM) for the process; false where the kernel does not allow it. */
export function resetPeakMemory(pid: number): boolean {
  try {
    fs.writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}

/** Peak resident memory (VmHWM) of a process in MiB. */
export function peakMemoryMiB(pid: number): number | undefined {
  try {
    const match = fs.readFileSync(`/proc/${pid}/status`, 'utf8').match(/^VmHWM:\s+(\d+) kB/m);
    return match ? Number(match[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}
