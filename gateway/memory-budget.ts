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

export function createGatewayCaches(
  responseCacheMaxBytes: number,
  metrics: ServiceMetrics,
  heapLimitBytes = getHeapStatistics().heap_size_limit,
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
