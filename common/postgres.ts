// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// The part of the database layer that needs no ORM: connection pools, the statement count, the
// change channel and what counts as an outage. The gateway uses only this (it reads API keys and
// listens for changes), so it does not load TypeORM; common/database.ts builds the services'
// layer on it.
import pg from 'pg';

/** A short connection timeout: during an outage requests fail fast instead of piling up. */
export const CONNECTION_TIMEOUT_MS = 2_000;

/** A pool of plain pg connections, named in pg_stat_activity; an idle connection's error is not fatal. */
export function newPool(url: string, applicationName: string, max: number, extra: pg.PoolConfig = {}): pg.Pool {
  const pool = new pg.Pool({
    connectionString: url,
    max,
    connectionTimeoutMillis: CONNECTION_TIMEOUT_MS,
    application_name: applicationName,
    allowExitOnIdle: true,
    ...extra,
  });
  pool.on('error', () => undefined);
  return pool;
}

/** Statements sent per schema since the process started; tests and the benchmark (via /metrics) read it. */
export const sqlStatementCount: Record<string, number> = {};

export function countStatement(schema: string): void {
  sqlStatementCount[schema] = (sqlStatementCount[schema] ?? 0) + 1;
}

/** PostgreSQL notification channel: every committed write to a service's tables is announced here. */
export const DATA_CHANGED_CHANNEL = 'kommunalnetz_data_changed';

const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  '57P01',
  '57P02',
  '57P03',
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
  '53300',
]);
const UNAVAILABLE_MESSAGE =
  /Connection terminated|timeout exceeded when trying to connect|connection error|Connection refused|the database system is (starting up|shutting down)/i;

/** Whether an error means "the database cannot be reached right now" (as opposed to a bug or bad data). */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 5) return false;
  // graphql-js wraps thrown non-Error values (pg throws some socket errors as plain objects) in thrownValue.
  const e = error as {
    code?: unknown;
    message?: unknown;
    originalError?: unknown;
    driverError?: unknown;
    cause?: unknown;
    thrownValue?: unknown;
  };
  if (typeof e.code === 'string' && UNAVAILABLE_CODES.has(e.code)) return true;
  if (typeof e.message === 'string' && UNAVAILABLE_MESSAGE.test(e.message)) return true;
  return [e.originalError, e.driverError, e.cause, e.thrownValue].some((inner) => isDatabaseUnavailable(inner, depth + 1));
}
