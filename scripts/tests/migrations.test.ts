// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// Migrations of every service can be rolled back one step at a time and applied again; the
// schema afterwards is the same as before.
import { Client } from 'pg';
import { createLogger } from '../../common/logging';
import { createTestDatabase } from '../../testing/hub';
import { runMigrations, SERVICE_DATABASES } from '../migrate';

const logger = createLogger('test', 'silent');
let url: string;
let drop: () => Promise<void>;
beforeAll(async () => {
  ({ url, drop } = await createTestDatabase());
});
afterAll(async () => {
  await drop?.();
});

async function describeSchema(schema: string): Promise<string> {
  const client = new Client({ connectionString: url });
  await client.connect();
  const { rows } = await client.query(
    `SELECT table_name, column_name, data_type, is_nullable FROM information_schema.columns WHERE table_schema = $1 ORDER BY 1, 2`,
    [schema],
  );
  await client.end();
  return JSON.stringify(rows);
}

test.each(['auth', 'ikone-ds', 'registry'])('%s: every migration reverts and applies again', async (service) => {
  const database = SERVICE_DATABASES[service];
  const applied = await runMigrations(url, database, 'up', logger);
  expect(applied.length).toBeGreaterThan(0);
  const full = await describeSchema(database.schema);
  const reverted: string[] = [];
  for (let i = 0; i < applied.length; i++) reverted.push(...(await runMigrations(url, database, 'revert', logger)));
  expect(reverted).toEqual([...applied].reverse());
  expect(await runMigrations(url, database, 'up', logger)).toEqual(applied);
  expect(await describeSchema(database.schema)).toBe(full);
});
