// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// Backup and restore as ARCHITECTURE.md describes them: pg_dump of the three schemas, pg_restore
// into a fresh database, and the same data comes back.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { Role } from '../../common/auth/roles';
import { createTestDatabase, startTestHub, TestHub } from '../../testing/hub';

const SCHEMAS = ['registry', 'ikone_ds', 'auth'];

/** pg_dump refuses servers newer than itself; the embedded server (18) is newer than Debian's client (15). */
async function dumpClientFits(url: string): Promise<string | null> {
  let client: string;
  try {
    client = execFileSync('pg_dump', ['--version'], { encoding: 'utf8' });
  } catch {
    return 'pg_dump is not installed (Debian: apt-get install -y postgresql-client)';
  }
  const clientMajor = Number(/(\d+)\.\d+/.exec(client)![1]);
  const db = new Client({ connectionString: url });
  await db.connect();
  const { rows } = await db.query('SHOW server_version_num');
  await db.end();
  const serverMajor = Math.floor(Number(rows[0].server_version_num) / 10000);
  return clientMajor >= serverMajor
    ? null
    : `pg_dump ${clientMajor} cannot dump PostgreSQL ${serverMajor}; this test runs against the CI's server`;
}

async function fingerprint(url: string): Promise<Record<string, string>> {
  const client = new Client({ connectionString: url });
  await client.connect();
  const { rows: tables } = await client.query(
    `SELECT table_schema || '.' || table_name AS t FROM information_schema.tables WHERE table_schema = ANY($1) AND table_type = 'BASE TABLE' ORDER BY 1`,
    [SCHEMAS],
  );
  const result: Record<string, string> = {};
  for (const { t } of tables) {
    const { rows } = await client.query(
      `SELECT count(*) || ':' || md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) AS f FROM ${t} x`,
    );
    result[t] = rows[0].f;
  }
  await client.end();
  return result;
}

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
  await hub.apiKeys.create({ name: 'backup test', role: Role.PARTNER, createdBy: 'test' });
});
afterAll(async () => {
  await hub?.close();
});

test('pg_dump of the schemas restores into a fresh database with the same data', async () => {
  const unfit = await dumpClientFits(hub.databaseUrl);
  if (unfit) {
    console.warn(`backup test not run: ${unfit}`);
    return;
  }
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kn-backup-')), 'hub.dump');
  execFileSync('pg_dump', [
    '--format=custom',
    ...SCHEMAS.map((s) => `--schema=${s}`),
    '--extension=pg_trgm',
    '--file',
    file,
    hub.databaseUrl,
  ]);
  const target = await createTestDatabase();
  try {
    execFileSync('pg_restore', ['--no-owner', '--dbname', target.url, file]);
    const original = await fingerprint(hub.databaseUrl);
    expect(Object.keys(original).length).toBeGreaterThanOrEqual(12);
    expect(original['registry.municipality']).toMatch(/^2453:/);
    expect(await fingerprint(target.url)).toEqual(original);
  } finally {
    await target.drop();
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  }
});
