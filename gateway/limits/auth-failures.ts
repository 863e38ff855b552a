// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// Guessing API keys or tokens costs the guesser, not the hub: every refused credential (401) counts
// against the caller's address, and once an address has used up its failures for the window, every
// request from it is refused with 429 for the rest of the window, before any key is looked up
// (on this gateway instance; with Redis the count is shared, the block is learnt per instance).
import type { IncomingMessage } from 'node:http';
import type { Principal } from '../../common/auth/roles';
import { ErrorCode } from '../../common/errors';
import { HttpError } from '../../common/http';
import { RateLimiter, rateLimitHeaders } from './rate-limit';

/** Addresses remembered as blocked, at most; beyond that the oldest is forgotten (the counter still holds). */
const MAX_BLOCKED_ADDRESSES = 10_000;

export function limitFailedAuthentication(
  authenticate: (req: IncomingMessage) => Promise<Principal>,
  failures: RateLimiter,
  addressKey: (req: IncomingMessage) => string,
): (req: IncomingMessage) => Promise<Principal> {
  // Known blocked addresses, so that a blocked guesser costs no counter round trip (Redis) either.
  const blockedUntil = new Map<string, number>();
  const tooMany = (retryAfterSeconds: number, headers: Record<string, string>) =>
    new HttpError(
      429,
      ErrorCode.RATE_LIMITED,
      `Too many refused credentials from this address; check the API key or token, then try again in ${retryAfterSeconds} s.`,
      {
        ...headers,
        'retry-after': String(retryAfterSeconds),
      },
    );
  return async (req) => {
    const address = addressKey(req);
    const until = blockedUntil.get(address);
    if (until !== undefined) {
      const left = Math.ceil((until - Date.now()) / 1000);
      if (left > 0) throw tooMany(left, {});
      blockedUntil.delete(address);
    }
    try {
      return await authenticate(req);
    } catch (error) {
      if (!(error instanceof HttpError) || error.status !== 401) throw error;
      const decision = await failures.hit(address);
      if (decision.allowed) throw error;
      if (blockedUntil.size >= MAX_BLOCKED_ADDRESSES) blockedUntil.delete(blockedUntil.keys().next().value!);
      blockedUntil.set(address, Date.now() + decision.retryAfterSeconds * 1000);
      throw tooMany(decision.retryAfterSeconds, rateLimitHeaders(decision));
    }
  };
}
