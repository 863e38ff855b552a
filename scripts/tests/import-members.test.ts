// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// `npm run import:members`: on a database that has never seen the directory (before the first
// `npm start`), the shipped template still matches its names and keys: the command loads the
// directory first. The dry run writes nothing.
import path from 'node:path';
import { Client } from 'pg';
import { createTestDatabase } from '../../testing/hub';
import { main } from '../import-members';

test('the template, dry run, on a fresh database: both rows matched, nothing written', async () => {
  const database = await createTestDatabase();
  const previous = process.env.DATABASE_URL;
  const printed: string[] = [];
  const log = jest.spyOn(console, 'log').mockImplementation((line: string) => void printed.push(line));
  try {
    process.env.DATABASE_URL = database.url;
    const template = path.join(__dirname, '../../services/registry/data/import-template.csv');
    expect(await main([template, '--dry-run'])).toBe(0);
    const report = printed.join('\n');
    expect(report).toContain('rejected 0');
    expect(report).toMatch(/row 2 \w+ Göllheim \(073335003000\)|unchanged 2/);
    expect(report).toContain('dry run: nothing was written');
    const client = new Client({ connectionString: database.url });
    await client.connect();
    const { rows } = await client.query(`SELECT count(*)::int AS n FROM registry.audit_event`).finally(() => client.end());
    expect(rows[0].n).toBe(0);
  } finally {
    log.mockRestore();
    if (previous === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = previous;
    await database.drop();
  }
});
