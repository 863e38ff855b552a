// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// Provides one PostgreSQL server for the whole test run: the one in DATABASE_URL (CI), or an
// embedded one in a temporary folder (a fresh machine). Tests find it in TEST_DATABASE_URL.
// Every Node.js process of the run (jest and its workers, the hubs the tests launch) gets the
// outbound-connection guard: global-teardown.ts fails the run if anything tried to leave loopback.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { startEmbeddedPostgres } from '../common/embedded-postgres';
import { createLogger } from '../common/logging';
import { freePort } from './ports';
import { OUTBOUND_GUARD, withOutboundGuard } from './outbound';

export default async function globalSetup(): Promise<void> {
  process.env.OUTBOUND_GUARD_LOG = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kommunalnetz-outbound-')), 'attempts.jsonl');
  process.env.NODE_OPTIONS = withOutboundGuard(process.env.NODE_OPTIONS);
  await import(OUTBOUND_GUARD);
  if (process.env.DATABASE_URL) {
    const client = new Client({ connectionString: process.env.DATABASE_URL });
    await client.connect().catch((error: Error) => {
      throw new Error(`tests cannot reach DATABASE_URL: ${error.message}`);
    });
    await client.end();
    process.env.TEST_DATABASE_URL = process.env.DATABASE_URL;
    return;
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kommunalnetz-test-'));
  const postgres = await startEmbeddedPostgres(dataDir, await freePort(), createLogger('test-postgres', 'warn'));
  process.env.TEST_DATABASE_URL = postgres.url;
  (globalThis as Record<string, unknown>).__embeddedPostgres = { postgres, dataDir };
}
