// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// The load generator: a closed loop of `concurrency` workers over keep-alive HTTP connections, each
// sending its next request as soon as the previous answer has been read completely. Latency is
// measured per request (or per sequence of requests, for the direct subgraph baseline).
import { performance } from 'node:perf_hooks';
import { createSubgraphFetcher } from '../../gateway/subgraph-fetcher';

/** POSTs a GraphQL body and returns the parsed answer; throws on a non-200 status or GraphQL errors. */
export type Post = (url: string, body: unknown, headers?: Record<string, string>) => Promise<any>;

export interface LoadResult {
  requests: number;
  seconds: number;
  errors: number;
  /** The first few error messages, for the report. */
  errorSamples: string[];
  /** Sorted latencies in milliseconds. */
  latencies: number[];
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** The bench's HTTP client is the gateway's own (keep-alive node:http, whole answer in one buffer). */
export function createPost(maxSockets: number): { post: Post; close(): void } {
  const client = createSubgraphFetcher({ maxSockets, timeoutMs: 60_000 });
  const post: Post = async (url, body, headers = {}) => {
    const response = await client.fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
    const text = await response.text();
    if (response.status !== 200) throw new Error(`HTTP ${response.status}: ${text.slice(0, 200)}`);
    let answer: any;
    try {
      answer = JSON.parse(text);
    } catch {
      throw new Error(`not JSON: ${text.slice(0, 200)}`);
    }
    if (answer.errors) throw new Error(`GraphQL errors: ${JSON.stringify(answer.errors).slice(0, 300)}`);
    return answer;
  };
  return { post, close: client.close };
}

/** Collects the outcome of each call of one operation. */
class Recorder {
  readonly latencies: number[] = [];
  readonly errorSamples: string[] = [];
  errors = 0;

  async time(once: () => Promise<void>): Promise<void> {
    const t = performance.now();
    try {
      await once();
      this.latencies.push(performance.now() - t);
    } catch (error) {
      this.errors++;
      if (this.errorSamples.length < 3) this.errorSamples.push((error as Error).message);
    }
  }

  result(seconds: number): LoadResult {
    const { errors, errorSamples } = this;
    return {
      requests: this.latencies.length + errors,
      seconds,
      errors,
      errorSamples,
      latencies: [...this.latencies].sort((a, b) => a - b),
    };
  }
}

/** Runs `once` from `concurrency` workers in a loop until `durationMs` has passed. */
export async function drive(once: () => Promise<void>, concurrency: number, durationMs: number): Promise<LoadResult> {
  const recorder = new Recorder();
  const begin = performance.now();
  const deadline = begin + durationMs;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < deadline) await recorder.time(once);
    }),
  );
  return recorder.result((performance.now() - begin) / 1000);
}

/**
 * One worker that alternates two operations until `durationMs` has passed: both are measured under
 * the same conditions (what else the machine does at the moment), so their ratio is robust.
 */
export async function driveAlternating(
  first: () => Promise<void>,
  second: () => Promise<void>,
  durationMs: number,
): Promise<[LoadResult, LoadResult]> {
  const recorders = [new Recorder(), new Recorder()] as const;
  const begin = performance.now();
  while (performance.now() < begin + durationMs) {
    await recorders[0].time(first);
    await recorders[1].time(second);
  }
  const seconds = (performance.now() - begin) / 1000;
  return [recorders[0].result(seconds), recorders[1].result(seconds)];
}
