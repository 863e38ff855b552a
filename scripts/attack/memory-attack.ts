// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// One anonymous client trying to exhaust the gateway's memory, as issue 11 found it: unique
// operations with huge literals (each would fill Apollo's document and query-plan caches), unique
// operations as large as the gateway accepts, persisted-query registrations, and report CSV
// downloads with a different Stichtag each time (each a new response-cache entry). Used by
// `npm run attack` (full size) and scripts/tests/attack.test.ts (a small, deterministic version).
import { createSubgraphFetcher } from '../../gateway/subgraph-fetcher';
import { createHash } from 'node:crypto';
import { metricsHeaders } from '../bench/hub-process';

export interface AttackSizes {
  /** Unique operations with a literal far beyond the document limit. */
  oversized: number;
  /** Unique operations just under the document limit (accepted, cached). */
  largest: number;
  /** Persisted-query registrations of unique operations just under the limit. */
  persisted: number;
  /** CSV downloads, each with another date. */
  csv: number;
  concurrency: number;
  /** Size of the huge literal (the attack used about 95 KB). */
  hugeLiteralBytes: number;
  /** The gateway's document limit (MAX_QUERY_LENGTH); the "largest" operations stay just under it. */
  maxQueryLength: number;
}

export interface PhaseResult {
  phase: string;
  requests: number;
  /** HTTP status or GraphQL error code → count. */
  outcomes: Record<string, number>;
  seconds: number;
}

type Request = () => Promise<string>;

async function runPhase(phase: string, count: number, concurrency: number, request: (i: number) => Request): Promise<PhaseResult> {
  const outcomes: Record<string, number> = {};
  const started = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        const i = next++;
        let outcome: string;
        try {
          outcome = await request(i)();
        } catch (error) {
          outcome = `network error: ${(error as Error).message.slice(0, 60)}`;
        }
        outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
      }
    }),
  );
  return { phase, requests: count, outcomes, seconds: (performance.now() - started) / 1000 };
}

/** A day of its own for each request, from 1990 on (valid Stichtage, each a different report). */
function nthDate(i: number): string {
  return new Date(Date.UTC(1990, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
}

export async function runMemoryAttack(gatewayBase: string, sizes: AttackSizes): Promise<PhaseResult[]> {
  const client = createSubgraphFetcher({ maxSockets: sizes.concurrency, timeoutMs: 60_000 });
  const outcomeOf = async (response: { status: number; text(): Promise<string> }): Promise<string> => {
    const text = await response.text();
    let code: string | undefined;
    try {
      code = JSON.parse(text).errors?.[0]?.extensions?.code;
    } catch {
      // CSV or a page
    }
    return code ? `${response.status} ${code}` : String(response.status);
  };
  const post = (body: unknown) => async () =>
    outcomeOf(
      await client.fetch(`${gatewayBase}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      }),
    );
  // Unique and valid: the literal is a key the registry refuses, after the gateway parsed,
  // validated, cached and planned the operation.
  const operation = (i: number, literalLength: number) => {
    const prefix = `query Q${i} { municipality(key: "${i}-`;
    const suffix = `") { name } }`;
    return prefix + 'x'.repeat(Math.max(0, literalLength - prefix.length - suffix.length)) + suffix;
  };
  try {
    return [
      await runPhase('huge literals (refused before parsing)', sizes.oversized, sizes.concurrency, (i) =>
        post({ query: operation(i, sizes.hugeLiteralBytes) }),
      ),
      await runPhase('unique operations at the document limit', sizes.largest, sizes.concurrency, (i) =>
        post({ query: operation(i, sizes.maxQueryLength - 10) }),
      ),
      await runPhase('persisted queries registered at the document limit', sizes.persisted, sizes.concurrency, (i) => {
        const query = operation(1_000_000 + i, sizes.maxQueryLength - 10);
        const sha256Hash = createHash('sha256').update(query).digest('hex');
        return post({ query, extensions: { persistedQuery: { version: 1, sha256Hash } } });
      }),
      await runPhase('report CSVs, a new Stichtag each', sizes.csv, sizes.concurrency, (i) => async () => {
        const report = ['outreach.csv?', 'coverage.csv?network=IKONE_DS&', 'membership.csv?network=DIGITALE_DOERFER_RLP&groupBy=DISTRICT&'][
          i % 3
        ];
        return outcomeOf(await client.fetch(`${gatewayBase}/reports/${report}asOf=${nthDate(i)}`, { method: 'GET', headers: {} }));
      }),
    ];
  } finally {
    client.close();
  }
}

/** The gateway's heap in use, from its Prometheus metrics (bytes). */
export async function gatewayHeapUsedBytes(gatewayBase: string): Promise<number> {
  const metrics = await (await fetch(`${gatewayBase}/metrics`, { headers: metricsHeaders })).text();
  const match = metrics.match(/^kommunalnetz_nodejs_heap_size_used_bytes(?:\{[^}]*\})? (\d+(?:\.\d+)?(?:e\+\d+)?)$/m);
  if (!match) throw new Error('the gateway does not report kommunalnetz_nodejs_heap_size_used_bytes');
  return Number(match[1]);
}
