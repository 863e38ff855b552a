// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// The gateway's response cache for public data. Apollo's response-cache plugin keeps whole answers
// whose cache policy (from the subgraphs' Cache-Control headers) is public with a max-age; a
// subgraph sends no such header when a field depended on the caller (common/auth/auth-checker.ts
// marks the request uncacheable), so those answers are never kept. Freshness: every write to the hub's tables sends a PostgreSQL notification (trigger,
// common/database.ts) and the gateway drops the whole cache on it. While the gateway is not
// listening (start-up, database outage) it neither reads nor writes the cache. A change made through
// this gateway empties the cache as soon as it is answered, so its caller reads its own write even
// before the notification arrives.
import { createHash } from 'node:crypto';
import ApolloServerPluginResponseCache from '@apollo/server-plugin-response-cache';
import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import type { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import pg from 'pg';
import type { BaseContext } from '../common/context';
import { DATA_CHANGED_CHANNEL } from '../common/postgres';
import type { Logger } from '../common/logging';

const RECONNECT_DELAY_MS = 1_000;
/** An answer stored this recently, in the same generation, is not stored again (see recentWrites). */
const STORE_AGAIN_AFTER_MS = 1_000;
/** At most this many answers are remembered as recently stored (a few hundred kB). */
const RECENT_WRITES_MAX = 10_000;

/**
 * Remembers which answers were stored in the last STORE_AGAIN_AFTER_MS. When many callers ask for
 * the same fresh answer at once (Cache-Control: no-cache), each computes it; storing it once is
 * enough, and storing it again would serialise the whole answer each time (6.5 % of the gateway's CPU for
 * the bench's page of 100 at 100 connections). Keyed as the plugin keys its entries (document,
 * operation name, variables; no extra key data, no sessions), hashed so that a long document costs
 * the memory of a short one. A skipped write costs at most one second of an entry's age, or a cache
 * miss if the store evicted the entry within that second: never a wrong answer.
 */
function recentWrites() {
  const storedAt = new Map<string, number>();
  return {
    /** True when an identical answer was stored in the last second; otherwise notes this one as stored. */
    seen(requestContext: GraphQLRequestContext<BaseContext>): boolean {
      const now = Date.now();
      const { source, operationName, request } = requestContext;
      const key = createHash('sha256')
        .update(`${operationName ?? ''}\u0000${source ?? ''}\u0000${JSON.stringify(request.variables ?? {})}`)
        .digest('base64');
      const at = storedAt.get(key);
      if (at !== undefined && now - at < STORE_AGAIN_AFTER_MS) return true;
      storedAt.delete(key);
      storedAt.set(key, now);
      // Oldest first (insertion order): drop what is too old, and the oldest beyond the bound.
      for (const [oldKey, oldAt] of storedAt) {
        if (now - oldAt < STORE_AGAIN_AFTER_MS && storedAt.size <= RECENT_WRITES_MAX) break;
        storedAt.delete(oldKey);
      }
      return false;
    },
    clear: () => storedAt.clear(),
  };
}

export interface ResponseCache {
  plugins: ApolloServerPlugin<BaseContext>[];
  /** Resolves once the gateway listens for changes (before that the cache is bypassed). */
  listening: Promise<void>;
  /** How many times the cache was emptied for a change; null while the gateway does not listen (changes unknown). */
  generation(): number | null;
  /** Answers handed to the store since the start, and identical ones not stored again (recentWrites). */
  writes(): { stored: number; skipped: number };
  close(): Promise<void>;
}

export function createResponseCache(options: { databaseUrl: string; store: InMemoryLRUCache<string>; logger: Logger }): ResponseCache {
  const { logger, store } = options;
  let client: pg.Client | undefined;
  let listening = false;
  // Bumped on every change: an answer computed across a change is not stored (it may hold old data).
  let generation = 0;
  const startedIn = new WeakMap<object, number>();
  const stored = recentWrites();
  const writes = { stored: 0, skipped: 0 };
  let closed = false;
  let markListening: () => void;
  const firstListen = new Promise<void>((resolve) => (markListening = resolve));

  const drop = (reason: string) => {
    generation++;
    store.clear();
    stored.clear();
    logger.debug({ reason }, 'response cache emptied');
  };

  async function listen(): Promise<void> {
    while (!closed) {
      const next = new pg.Client({ connectionString: options.databaseUrl, application_name: 'kommunalnetz-gateway-cache' });
      try {
        await next.connect();
        next.on('notification', (message) => drop(message.payload ?? 'change'));
        next.on('error', () => undefined);
        next.once('end', () => {
          // Changes made while nobody listened are unknown: forget everything, stop caching, reconnect.
          listening = false;
          drop('listener disconnected');
          if (!closed) setTimeout(() => void listen(), RECONNECT_DELAY_MS).unref();
        });
        await next.query(`LISTEN ${DATA_CHANGED_CHANNEL}`);
        client = next;
        drop('listener connected');
        listening = true;
        markListening();
        return;
      } catch (error) {
        await next.end().catch(() => undefined);
        logger.warn({ err: { message: (error as Error).message } }, 'response cache: cannot listen for changes yet; caching is off');
        await new Promise((resolve) => setTimeout(resolve, RECONNECT_DELAY_MS).unref());
      }
    }
  }
  void listen();

  const noCacheRequested = (value: string | undefined) => value !== undefined && /\bno-cache\b|\bno-store\b/i.test(value);
  const responseCache = ApolloServerPluginResponseCache<BaseContext>({
    cache: store,
    // A client may ask for a fresh answer (Cache-Control: no-cache); it is then stored for the next one.
    shouldReadFromCache: async (requestContext) => {
      startedIn.set(requestContext, generation);
      return listening && !noCacheRequested(requestContext.request.http?.headers.get('cache-control'));
    },
    shouldWriteToCache: async (requestContext) => {
      if (!listening || startedIn.get(requestContext) !== generation) return false;
      // Only answers the plugin will store count as stored: public, cacheable, without errors.
      const policy = requestContext.overallCachePolicy.policyIfCacheable();
      const body = requestContext.response.body;
      const result = body?.kind === 'single' ? body.singleResult : undefined;
      if (!policy || policy.scope === 'PRIVATE' || !result?.data || result.errors) return true;
      if (stored.seen(requestContext)) {
        writes.skipped++;
        return false;
      }
      writes.stored++;
      return true;
    },
  });

  const afterMutations: ApolloServerPlugin<BaseContext> = {
    async requestDidStart() {
      return {
        async willSendResponse({ operation }) {
          if (operation?.operation === 'mutation') drop('mutation');
        },
      };
    },
  };

  return {
    plugins: [responseCache, afterMutations],
    listening: firstListen,
    generation: () => (listening ? generation : null),
    writes: () => ({ ...writes }),
    async close() {
      closed = true;
      listening = false;
      await client?.end().catch(() => undefined);
    },
  };
}

/** When something read through the API was read: the time and the response cache's generation. */
export interface ReadStamp {
  at: number;
  generation: number | null;
}

/**
 * Freshness of what the gateway's own pages keep from the API (the map files, the open-data
 * catalogue): younger than `maxAgeMs` and, where the response cache listens for changes, read since
 * the last one — a change shows in the next download, as in the next query. Without a response cache
 * (HUB_TUNING=off) only the age counts.
 */
export function readFreshness(maxAgeMs: number, changes: Pick<ResponseCache, 'generation'> | undefined) {
  return {
    stamp: (): ReadStamp => ({ at: Date.now(), generation: changes?.generation() ?? null }),
    isFresh: (stamp: ReadStamp): boolean =>
      Date.now() - stamp.at < maxAgeMs && (!changes || (stamp.generation !== null && stamp.generation === changes.generation())),
  };
}
