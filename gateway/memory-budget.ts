// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// How the gateway's heap is shared between its caches. Every cache of the gateway is an LRU with a
// bound in its own measure — the JSON length of a parsed document or query plan, the length of a
// string — and real memory is a multiple of that (V8 objects, the source text kept with each
// document). Left at Apollo's defaults (30 MiB "approximate" each for documents, plans and
// persisted queries, plus the response cache) the caches alone outgrow a 128 MiB heap: one client
// sending a few hundred unique large operations aborted the gateway. The shares below are of the
// heap limit the process really has (SERVICE_HEAP_MB, or NODE_OPTIONS in the image), so heap and
// caches are sized together; `npm run attack` fills them all (SECURITY.md has its figures).
import { getHeapStatistics } from 'node:v8';
import type { QueryPlan } from '@apollo/query-planner';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import type { DocumentNode } from 'graphql';
import type { ServiceMetrics } from '../common/metrics';

/**
 * Measured real cost per counted byte (npm run attack, Node 20): documents and plans about 2.5×,
 * strings about 1×. With these shares the full caches hold about a third of the heap.
 */
const SHARES = { documents: 0.03, queryPlans: 0.03, persistedQueries: 0.03, responses: 0.1 };

export interface GatewayCaches {
  /** Parsed and validated operations (Apollo Server's document store). */
  documents: InMemoryLRUCache<DocumentNode>;
  /** Query plans (Apollo Gateway's plan store). */
  queryPlans: InMemoryLRUCache<QueryPlan>;
  /** Apollo Server's own cache, which here serves only automatic persisted queries. */
  persistedQueries: InMemoryLRUCache<string>;
  /** Public answers (the response cache); at most RESPONSE_CACHE_MAX_MB. */
  responses: InMemoryLRUCache<string>;
}

/**
 * The limit of the old generation, where the caches live: --max-old-space-size as the process got
 * it (the launcher's SERVICE_HEAP_MB, NODE_OPTIONS in the image; the command line wins), else V8's
 * whole heap limit. Not heap_size_limit when the flag is set: that adds the young generation, which
 * Node.js 24 makes far larger than 20 and 22 did (320 instead of 176 MiB at 128), so shares of it
 * would outgrow the old generation and abort the gateway (scripts/tests/attack.test.ts).
 */
export function oldSpaceLimitBytes(execArgv: readonly string[] = process.execArgv, nodeOptions = process.env.NODE_OPTIONS ?? ''): number {
  const flag = /^--max[-_]old[-_]space[-_]size=(\d+)$/;
  for (const args of [execArgv, nodeOptions.split(/\s+/)]) {
    const mib = args
      .map((arg) => flag.exec(arg)?.[1])
      .filter((value) => value !== undefined)
      .pop();
    if (mib !== undefined) return Number(mib) * 1024 * 1024;
  }
  return getHeapStatistics().heap_size_limit;
}

export function createGatewayCaches(
  responseCacheMaxBytes: number,
  metrics: ServiceMetrics,
  heapLimitBytes = oldSpaceLimitBytes(),
): GatewayCaches {
  const share = (fraction: number) => Math.floor(heapLimitBytes * fraction);
  const caches: GatewayCaches = {
    documents: new InMemoryLRUCache({ maxSize: share(SHARES.documents) }),
    queryPlans: new InMemoryLRUCache({ maxSize: share(SHARES.queryPlans) }),
    persistedQueries: new InMemoryLRUCache({ maxSize: share(SHARES.persistedQueries) }),
    responses: new InMemoryLRUCache({ maxSize: Math.min(responseCacheMaxBytes, share(SHARES.responses)) }),
  };
  metrics.gauge(
    'kommunalnetz_gateway_cache_size',
    "What each cache of the gateway holds and may hold, in the cache's own measure (JSON bytes or characters).",
    ['cache', 'measure'],
    (gauge) => {
      for (const [name, cache] of Object.entries(caches)) {
        const lru = lruOf(cache);
        gauge.set({ cache: name, measure: 'used' }, lru.calculatedSize);
        gauge.set({ cache: name, measure: 'max' }, lru.maxSize);
      }
    },
  );
  return caches;
}

/** The lru-cache inside Apollo's wrapper, which knows the size it holds. */
function lruOf(cache: InMemoryLRUCache<object | string>): { calculatedSize: number; maxSize: number } {
  return (cache as unknown as { cache: { calculatedSize: number; maxSize: number } }).cache;
}
