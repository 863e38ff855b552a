// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// The directory import: complete, idempotent, and all-or-nothing.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { createDataSource, migrate } from '../../../common/database';
import { DIRECTORY_FILE, DirectoryFormatError, readDirectory } from '../../../common/directory';
import { createLogger } from '../../../common/logging';
import { createTestDatabase } from '../../../testing/hub';
import { registryDatabase } from '../database';
import { importDirectory } from '../modules/directory/directory-import';

const logger = createLogger('test', 'silent');
let dataSource: DataSource;
let drop: () => Promise<void>;

beforeAll(async () => {
  const database = await createTestDatabase();
  drop = database.drop;
  dataSource = createDataSource(database.url, registryDatabase, logger);
  await dataSource.initialize();
  await migrate(dataSource, 'registry');
});
afterAll(async () => {
  await dataSource?.destroy();
  await drop?.();
});

async function counts() {
  const [row] = await dataSource.query(`SELECT
    (SELECT count(*)::int FROM registry.municipality) AS municipalities,
    (SELECT count(*)::int FROM registry.digitale_doerfer_membership) AS memberships,
    (SELECT count(*)::int FROM registry.digitale_doerfer_role) AS roles,
    (SELECT count(*)::int FROM registry.meeting) AS meetings,
    (SELECT count(*)::int FROM registry.directory_import) AS imports`);
  return row;
}

test('the shipped file has the 2,453 rows of the source, by type as documented', () => {
  const { rows } = readDirectory();
  expect(rows).toHaveLength(2453);
  const byType: Record<string, number> = {};
  for (const r of rows) byType[r.type] = (byType[r.type] ?? 0) + 1;
  expect(byType).toEqual({
    LANDKREIS: 24,
    KREISFREIE_STADT: 12,
    VERBANDSGEMEINDE: 129,
    ORTSGEMEINDE: 2162,
    VERBANDSANGEHOERIGE_STADT: 97,
    VERBANDSFREIE_GEMEINDE: 8,
    VERBANDSFREIE_STADT: 13,
    GROSSE_KREISANGEHOERIGE_STADT: 8,
  });
  // Landkreise and kreisfreie Städte together hold every inhabitant of the state once.
  const districts = rows.filter((r) => r.type === 'LANDKREIS' || r.type === 'KREISFREIE_STADT');
  expect(districts.reduce((sum, r) => sum + (r.population ?? 0), 0)).toBe(4_129_569);
});

test('first import loads everything; a repeated import changes nothing', async () => {
  const first = await importDirectory(dataSource, logger);
  expect(first).toEqual({ imported: true, rowCount: 2453 });
  expect(await counts()).toEqual({ municipalities: 2453, memberships: 7, roles: 7, meetings: 13, imports: 1 });
  const again = await importDirectory(dataSource, logger);
  expect(again.imported).toBe(false);
  expect(await counts()).toEqual({ municipalities: 2453, memberships: 7, roles: 7, meetings: 13, imports: 1 });
});

test('a changed file updates rows in place, without duplicates', async () => {
  const directory = readDirectory();
  const mainz = directory.rows.find((r) => r.ars === '073150000000')!;
  const changed = { rows: directory.rows.map((r) => (r === mainz ? { ...r, population: 230_000 } : r)), checksum: 'f'.repeat(64) };
  await importDirectory(dataSource, logger, changed);
  const [row] = await dataSource.query(`SELECT population FROM registry.municipality WHERE ars = '073150000000'`);
  expect(row.population).toBe(230_000);
  expect((await counts()).municipalities).toBe(2453);
  await importDirectory(dataSource, logger); // back to the shipped file
  const [restored] = await dataSource.query(`SELECT population FROM registry.municipality WHERE ars = '073150000000'`);
  expect(restored.population).toBe(224_684);
});

test('an import that fails half-way leaves the previous state', async () => {
  const before = await counts();
  const directory = readDirectory();
  // the last row points at a Verbandsgemeinde that does not exist: the deferred foreign key fails at commit
  const rows = directory.rows.map((r, i) =>
    i === directory.rows.length - 1 ? { ...r, name: 'Geändert', parentArs: '079999999000' } : { ...r, name: `${r.name} (neu)` },
  );
  await expect(importDirectory(dataSource, logger, { rows, checksum: 'e'.repeat(64) })).rejects.toThrow();
  expect(await counts()).toEqual(before);
  const [{ changed }] = await dataSource.query(`SELECT count(*)::int AS changed FROM registry.municipality WHERE name LIKE '% (neu)'`);
  expect(changed).toBe(0);
});

test('a malformed file is rejected before anything is written', () => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'dir-')), 'bad.csv');
  const header = fs.readFileSync(DIRECTORY_FILE, 'utf8').split('\n')[0];
  fs.writeFileSync(file, `${header}\n0731500,,X,X,Landkreis,,0731500,1,1,2025-11-30,07315,,false,false,40,44,,,\n`);
  expect(() => readDirectory(file)).toThrow(DirectoryFormatError);
});
