// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// Checking a presented API key, as the gateway does for every request that carries one. Plain pg on
// a small pool of its own, so the gateway does not load TypeORM for one look-up (about 8 MB of its
// memory); the registry creates, lists and revokes keys (api-keys.ts).
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type pg from 'pg';
import type { NetworkId } from '../domain';
import { countStatement, newPool } from '../postgres';
import type { Principal, Role } from './roles';

const KEY_PATTERN = /^knh_([0-9a-f]{16})_([A-Za-z0-9_-]{43})$/;
const LAST_USED_RESOLUTION_MS = 60_000;

/** The id and the secret part of a presented key; null when it does not have the form knh_<id>_<secret>. */
export function parseApiKey(presented: string): { id: string; secret: string } | null {
  const match = KEY_PATTERN.exec(presented);
  return match ? { id: match[1], secret: match[2] } : null;
}

/** What is stored of a key's secret: its SHA-256 (the secret is 32 random bytes, so a fast hash is enough). */
export const hashSecret = (secret: string) => createHash('sha256').update(secret).digest('hex');

/**
 * What a presented key is. A revoked or expired key is told apart only when the caller sent its
 * secret (the holder learns nothing new); anything else — a malformed value, an unknown id, a
 * known id with a wrong secret — is "unknown", with the same message and the same work.
 */
export type ApiKeyCheck =
  { status: 'valid'; principal: Principal } | { status: 'unknown' } | { status: 'revoked'; at: Date } | { status: 'expired'; at: Date };

/** Compared with when no key has the presented id, so an unknown id costs what a wrong secret costs. */
const NO_KEY_HASH = hashSecret(randomBytes(32).toString('base64url'));

interface KeyRow {
  secret_hash: string;
  role: Role;
  network: NetworkId | null;
  revoked_at: Date | null;
  expires_at: Date | null;
  last_used_at: Date | null;
}

export class ApiKeyChecker {
  private constructor(private readonly pool: pg.Pool) {}

  /** Connects to the keys (schema "auth"; migrated by its owner, the registry) on first use. */
  static open(databaseUrl: string): ApiKeyChecker {
    return new ApiKeyChecker(newPool(databaseUrl, 'kommunalnetz-auth', 3));
  }

  /** Checks a presented key (see ApiKeyCheck); a valid one's last use is recorded. */
  async check(presented: string): Promise<ApiKeyCheck> {
    const parsed = parseApiKey(presented);
    if (!parsed) return { status: 'unknown' };
    const { id, secret } = parsed;
    countStatement('auth');
    const {
      rows: [key],
    } = await this.pool.query<KeyRow>(
      'SELECT secret_hash, role, network, revoked_at, expires_at, last_used_at FROM auth.api_key WHERE id = $1',
      [id],
    );
    // Hashed and compared in constant time whether or not the id exists.
    const expected = Buffer.from(key?.secret_hash ?? NO_KEY_HASH, 'hex');
    const matches = timingSafeEqual(expected, Buffer.from(hashSecret(secret), 'hex'));
    if (!key || !matches) return { status: 'unknown' };
    // From here on the caller holds the secret: its key's state is theirs to know.
    if (key.revoked_at) return { status: 'revoked', at: key.revoked_at };
    const now = Date.now();
    if (key.expires_at && key.expires_at.getTime() <= now) return { status: 'expired', at: key.expires_at };
    if (!key.last_used_at || now - key.last_used_at.getTime() > LAST_USED_RESOLUTION_MS) {
      countStatement('auth');
      await this.pool.query('UPDATE auth.api_key SET last_used_at = $2 WHERE id = $1', [id, new Date(now)]);
    }
    return { status: 'valid', principal: { kind: 'apiKey', id, role: key.role, network: key.network } };
  }

  /** The caller a presented key stands for, or null when it is unknown, wrong, revoked or expired. */
  async authenticate(presented: string): Promise<Principal | null> {
    const result = await this.check(presented);
    return result.status === 'valid' ? result.principal : null;
  }

  close(): Promise<void> {
    return this.pool.end();
  }
}
