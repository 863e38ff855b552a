// Provides one PostgreSQL server for the whole test run: the one in DATABASE_URL (CI), or an
// embedded one in a temporary folder (a fresh machine). Tests find it in TEST_DATABASE_URL.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { startEmbeddedPostgres } from '../common/embedded-postgres';
import { createLogger } from '../common/logging';
import { freePort } from './ports';

export default async function globalSetup(): Promise<void> {
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
