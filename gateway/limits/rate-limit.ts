// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// Fixed-window rate limiting: at most `max` hits per key in each window of `windowMs`. Windows are
// aligned to the epoch (index = floor(now / windowMs)), so every gateway instance agrees on them
// (up to clock skew between instances). A client can get up to 2 × max through in a short burst
// across a window boundary; accepted for the simplicity of one counter per key and one Redis round
// trip per hit. Keys identify clients (API key ids, addresses): this module never logs them.
import { isIPv4, isIPv6 } from 'node:net';

/** The answer to one hit. */
export interface RateLimitDecision {
  /** Whether the request may proceed. */
  allowed: boolean;
  /** Hits allowed per window. */
  limit: number;
  /** Hits left in the current window after this one. */
  remaining: number;
  /** When refused: whole seconds until the window ends (for Retry-After, at least 1); 0 when allowed. */
  retryAfterSeconds: number;
  /** True when the store could not be asked and the hit was allowed without counting (fail open). */
  degraded?: boolean;
}

/** Counts hits per key. */
export interface RateLimiter {
  /** Counts one hit for the key and says whether it is within the limit. */
  hit(key: string): Promise<RateLimitDecision>;
  /** Releases the store (connection, memory). */
  close(): Promise<void>;
}

/** Settings of every limiter. */
export interface RateLimitOptions {
  /** Hits allowed per key and window. */
  max: number;
  /** Window length in milliseconds. */
  windowMs: number;
  /** Clock, for tests; Date.now by default. */
  now?: () => number;
}

/** Settings of the in-process limiter. */
export interface MemoryRateLimitOptions extends RateLimitOptions {
  /** Most keys counted per window (default 100,000); beyond it the oldest key is forgotten. */
  maxKeys?: number;
}

/** Settings of the Redis limiter. */
export interface RedisRateLimitOptions extends RateLimitOptions {
  /** redis:// or rediss:// URL. */
  url: string;
  /** Key prefix (default "kommunalnetz:ratelimit"); keys are `${prefix}:${key}:${windowIndex}`. */
  prefix?: string;
  /** How long one hit may wait for Redis before it fails open (default 200 ms). */
  hitTimeoutMs?: number;
  /** Timeout of one connection attempt, and how long creation waits for the first (default 1,000 ms). */
  connectTimeoutMs?: number;
  /** Longest pause between reconnection attempts (default 5,000 ms). */
  maxReconnectDelayMs?: number;
  /** Called with connection errors; their messages name the Redis host, never a rate-limit key. */
  onError?: (error: Error) => void;
}

/** A decision for a hit that could not be counted: allowed, and marked so that the caller can log it. */
export function failOpenDecision(max: number): RateLimitDecision {
  return { allowed: true, limit: max, remaining: max, retryAfterSeconds: 0, degraded: true };
}

/** Response headers for a decision: RateLimit-Limit/-Remaining, and Retry-After when refused. */
export function rateLimitHeaders(decision: RateLimitDecision): Record<string, string> {
  // A degraded decision knows nothing about the client's usage; better no numbers than wrong ones.
  if (decision.degraded) return {};
  const headers: Record<string, string> = {
    'ratelimit-limit': String(decision.limit),
    'ratelimit-remaining': String(decision.remaining),
  };
  if (!decision.allowed) headers['retry-after'] = String(decision.retryAfterSeconds);
  return headers;
}

/**
 * Rate-limit key for a client address: `ip:<IPv4>`, or `ip:<first 64 bits>::/64` for IPv6, since one
 * IPv6 client usually holds a whole /64 and could otherwise take a fresh address for every request.
 */
export function ipRateLimitKey(address: string | undefined): string {
  if (!address) return 'ip:unknown';
  const plain = address.replace(/%.*$/, ''); // zone id (fe80::1%eth0)
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(plain);
  if (mapped && isIPv4(mapped[1])) return `ip:${mapped[1]}`;
  if (isIPv4(plain)) return `ip:${plain}`;
  if (!isIPv6(plain)) return 'ip:unknown';
  const groups = expandIPv6(plain);
  return `ip:${groups
    .slice(0, 4)
    .map((g) => parseInt(g, 16).toString(16))
    .join(':')}::/64`;
}

function expandIPv6(address: string): string[] {
  const [head, tail] = address.includes('::') ? address.split('::') : [address, undefined];
  const toGroups = (part: string | undefined): string[] => {
    if (!part) return [];
    const groups = part.split(':');
    const last = groups[groups.length - 1];
    if (last.includes('.')) {
      // embedded IPv4 (::1.2.3.4): two groups
      const [a, b, c, d] = last.split('.').map(Number);
      groups.splice(-1, 1, ((a << 8) | b).toString(16), ((c << 8) | d).toString(16));
    }
    return groups;
  };
  const left = toGroups(head);
  const right = toGroups(tail);
  return [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right];
}

function checkOptions(opts: RateLimitOptions): void {
  if (!Number.isInteger(opts.max) || opts.max < 1) throw new RangeError(`rate limit max must be a positive whole number, got ${opts.max}`);
  if (!Number.isInteger(opts.windowMs) || opts.windowMs < 1) {
    throw new RangeError(`rate limit windowMs must be a positive whole number, got ${opts.windowMs}`);
  }
}

function decide(count: number, max: number, windowEnd: number, now: number): RateLimitDecision {
  const allowed = count <= max;
  return {
    allowed,
    limit: max,
    remaining: Math.max(0, max - count),
    retryAfterSeconds: allowed ? 0 : Math.max(1, Math.ceil((windowEnd - now) / 1000)),
  };
}

/**
 * Limiter for one process (tests, a single gateway instance). No timer: the counts of a past window
 * are dropped as a whole by the first hit of the next one, so memory holds one window at most,
 * and at most maxKeys keys of it.
 */
export function createMemoryRateLimiter(opts: MemoryRateLimitOptions): RateLimiter {
  checkOptions(opts);
  const { max, windowMs } = opts;
  const maxKeys = opts.maxKeys ?? 100_000;
  const now = opts.now ?? Date.now;
  let windowIndex = Number.NaN;
  let counts = new Map<string, number>();
  return {
    async hit(key) {
      const time = now();
      const index = Math.floor(time / windowMs);
      if (index !== windowIndex) {
        windowIndex = index;
        counts = new Map();
      }
      const count = (counts.get(key) ?? 0) + 1;
      if (count === 1 && counts.size >= maxKeys) {
        // Full: forget the key that came first in this window (a Map iterates in insertion order).
        // Under a flood of distinct keys that resets someone's count, which fails open, not closed.
        counts.delete(counts.keys().next().value!);
      }
      counts.set(key, count);
      return decide(count, max, (index + 1) * windowMs, time);
    },
    async close() {
      counts = new Map();
    },
  };
}

// INCR and the expiry in one atomic step: a counter never outlives its window by more than one
// window length, even if the gateway dies between the two. Runs on any Redis version (>= 2.6),
// and unlike MULTI, EVAL honours disableOfflineQueue.
const HIT_SCRIPT = `local count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return count`;

/**
 * Limiter shared by all gateway instances through Redis: one EVAL round trip per hit. When Redis is
 * unreachable or slow, hits are allowed with `degraded: true` (fail open: losing rate limiting is
 * better than losing the API), and the client keeps reconnecting in the background with backoff
 * until close(). Creation waits at most connectTimeoutMs for the first connection, so a gateway
 * starts even while Redis is down; a malformed URL throws.
 */
export async function createRedisRateLimiter(opts: RedisRateLimitOptions): Promise<RateLimiter> {
  checkOptions(opts);
  const { max, windowMs } = opts;
  const prefix = opts.prefix ?? 'kommunalnetz:ratelimit';
  const hitTimeoutMs = opts.hitTimeoutMs ?? 200;
  const connectTimeoutMs = opts.connectTimeoutMs ?? 1_000;
  const maxReconnectDelayMs = opts.maxReconnectDelayMs ?? 5_000;
  const now = opts.now ?? Date.now;
  // Loaded only when a Redis is configured: the client library costs a tenth of a second at every start.
  const { createClient } = await import('redis');
  const client = createClient({
    url: opts.url,
    // While disconnected a hit fails at once (and is allowed) instead of waiting in a queue.
    disableOfflineQueue: true,
    socket: {
      connectTimeout: connectTimeoutMs,
      // Never gives up: Redis that comes back is used again. close() ends the attempts.
      reconnectStrategy: (retries) => Math.min(100 * 2 ** Math.min(retries, 16), maxReconnectDelayMs),
    },
  });
  // Without a listener an 'error' event (each failed connection attempt) would crash the process.
  client.on('error', (error: Error) => opts.onError?.(error));
  await withTimeout(client.connect(), connectTimeoutMs).catch(() => undefined);

  return {
    async hit(key) {
      const time = now();
      const index = Math.floor(time / windowMs);
      try {
        const reply = await withTimeout(
          client.eval(HIT_SCRIPT, { keys: [`${prefix}:${key}:${index}`], arguments: [String(windowMs)] }),
          hitTimeoutMs,
        );
        return decide(Number(reply), max, (index + 1) * windowMs, time);
      } catch {
        return failOpenDecision(max);
      }
    },
    async close() {
      // destroy, not close: close() waits for pending replies, which a hung Redis never sends.
      if (client.isOpen) client.destroy();
    },
  };
}

/** Rejects when the promise has not settled within ms; the timer does not keep the process alive. */
function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    timer.unref();
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
