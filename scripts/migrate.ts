// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// `npm run migrate -- [up|revert] [--service registry|ikone-ds|auth]`: runs the migrations of the
// services (they also run by themselves at start), or rolls the last one back, one step per call.
// Uses DATABASE_URL, else the embedded database of `npm start`.
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { authDatabase } from '../common/auth/api-keys';
import { readConfig } from '../common/config';
import { createDataSource, migrate, revertLastMigration, ServiceDatabase } from '../common/database';
import { openHubDatabase } from '../common/embedded-postgres';
import { createLogger, Logger } from '../common/logging';
import { ikoneDsDatabase } from '../services/ikone-ds/database';
import { registryDatabase } from '../services/registry/database';

export const SERVICE_DATABASES: Record<string, ServiceDatabase> = {
  registry: registryDatabase,
  'ikone-ds': ikoneDsDatabase,
  auth: authDatabase,
};

/** Applies all pending migrations, or reverts the last applied one; returns the migration names. */
export async function runMigrations(url: string, database: ServiceDatabase, direction: 'up' | 'revert', logger: Logger): Promise<string[]> {
  // A few connections: migrate() holds one for its advisory lock while TypeORM runs the migrations.
  const dataSource = createDataSource(url, database, logger, 4);
  await dataSource.initialize();
  try {
    const applied = async () =>
      (await dataSource.query(`SELECT name FROM "${database.schema}".migrations ORDER BY id`)).map(
        (r: { name: string }) => r.name,
      ) as string[];
    if (direction === 'up') {
      await migrate(dataSource, database.schema);
      return await applied();
    }
    const before = await applied();
    await revertLastMigration(dataSource, database.schema);
    const after = await applied();
    return before.filter((name) => !after.includes(name));
  } finally {
    await dataSource.destroy();
  }
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { service: { type: 'string' } } });
  const direction = (positionals[0] ?? 'up') as 'up' | 'revert';
  if (!['up', 'revert'].includes(direction)) throw new Error('usage: npm run migrate -- [up|revert] [--service registry|ikone-ds|auth]');
  const names = values.service ? [values.service] : Object.keys(SERVICE_DATABASES);
  if (names.some((n) => !SERVICE_DATABASES[n])) throw new Error(`--service must be one of ${Object.keys(SERVICE_DATABASES).join(', ')}`);
  if (direction === 'revert' && names.length !== 1) throw new Error('revert one service at a time: add --service');
  const config = readConfig();
  const logger = createLogger('migrate', 'warn');
  const database = await openHubDatabase(config, logger);
  try {
    for (const name of names) {
      const result = await runMigrations(database.url, SERVICE_DATABASES[name], direction, logger);
      console.log(
        direction === 'up' ? `${name}: ${result.length} migration(s) applied` : `${name}: reverted ${result.join(', ') || 'nothing'}`,
      );
    }
  } finally {
    await database.stop();
  }
}

if (require.main === module) {
  main().catch((error) => {
    console.error(`migrate: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
