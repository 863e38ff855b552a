// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// The registry reads the IKONE-DS adapter's data only through the view the adapter publishes for
// it, ikone_ds.member_keys (ars, joined_on, counted_from): a contract between the two subgraphs, so that either
// side's tables can change, or the schemas move to separate databases, without the other noticing.
import fs from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { createTestDatabase } from '../../../testing/hub';
import { ikoneDsService } from '../../ikone-ds/service';
import { createDataSource, migrate } from '../../../common/database';
import { createLogger } from '../../../common/logging';

const REGISTRY = path.join(__dirname, '..');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'tests' || entry.name === 'migrations' ? [] : sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

test('the registry names no object of the adapter’s schema but the published view', () => {
  const uses = sourceFiles(REGISTRY).flatMap((file) =>
    // plain or quoted: ikone_ds.member_keys, "ikone_ds"."member"
    [...fs.readFileSync(file, 'utf8').matchAll(/"?ikone_ds"?\."?(\w+)/g)].map((m) => `${path.relative(REGISTRY, file)}: ${m[1]}`),
  );
  expect(uses.length).toBeGreaterThan(0);
  expect(uses.filter((use) => !use.endsWith(': member_keys'))).toEqual([]);
});

test('the adapter publishes ikone_ds.member_keys with the columns the registry reads', async () => {
  const database = await createTestDatabase();
  const logger = createLogger('test', 'silent');
  const dataSource = createDataSource(
    database.url,
    ikoneDsService({ file: 'unused' }, { intervalMs: 60_000, firstRetryMs: 60_000 }).database,
    logger,
  );
  try {
    await dataSource.initialize();
    await migrate(dataSource, 'ikone_ds');
    const client = new Client({ connectionString: database.url });
    await client.connect();
    const { rows } = await client
      .query(
        `SELECT column_name, data_type FROM information_schema.columns
          WHERE table_schema = 'ikone_ds' AND table_name = 'member_keys' ORDER BY ordinal_position`,
      )
      .finally(() => client.end());
    expect(rows).toEqual([
      { column_name: 'ars', data_type: 'character' },
      { column_name: 'joined_on', data_type: 'date' },
      { column_name: 'counted_from', data_type: 'date' },
    ]);
  } finally {
    await dataSource.destroy();
    await database.drop();
  }
});
