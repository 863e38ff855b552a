// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// `npm run retention [-- --days N] [-- --dry-run]`: erases the contact persons of memberships that
// ended (or applications decided) more than CONTACT_RETENTION_DAYS ago (default 365), everywhere
// including the audit trail (DSGVO Art. 17, storage limitation). Meant to run on a schedule
// (e.g. a daily cron job or a Kubernetes CronJob); running it twice erases nothing twice.
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import type { DataSource } from 'typeorm';
import { ANONYMOUS, Principal, Role } from '../common/auth/roles';
import { readConfig } from '../common/config';
import { createDataSource, migrate } from '../common/database';
import { openHubDatabase } from '../common/embedded-postgres';
import { createLogger, Logger } from '../common/logging';
import { registryDatabase } from '../services/registry/database';
import { contactsPastRetention, eraseContactPersonData } from '../services/registry/modules/admin/personal-data';

/** The retention job acts as the system, with the rights of a ministry admin, and says so in the audit trail. */
const RETENTION_JOB: Principal = { ...ANONYMOUS, kind: 'system', id: 'retention-job', role: Role.MINISTRY_ADMIN };

export async function applyRetention(dataSource: DataSource, days: number, logger: Logger, dryRun = false): Promise<string[]> {
  const due = await contactsPastRetention(dataSource, days);
  if (dryRun) return due;
  for (const membershipId of due) {
    await dataSource.transaction((manager) =>
      eraseContactPersonData(manager, { principal: RETENTION_JOB, requestId: `retention-${Date.now()}`, logger }, membershipId),
    );
  }
  return due;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { days: { type: 'string' }, 'dry-run': { type: 'boolean' } } });
  const config = readConfig();
  const days = values.days === undefined ? config.contactRetentionDays : Number(values.days);
  if (!Number.isInteger(days) || days < 0) throw new Error('--days must be a whole number of days');
  const logger = createLogger('retention', config.logLevel);
  const database = await openHubDatabase(config, logger);
  const dataSource = createDataSource(database.url, registryDatabase, logger, 2);
  await dataSource.initialize();
  try {
    await migrate(dataSource, registryDatabase.schema);
    const erased = await applyRetention(dataSource, days, logger, values['dry-run']);
    console.log(
      `${values['dry-run'] ? 'would erase' : 'erased'} the contact persons of ${erased.length} membership(s) that ended more than ${days} days ago`,
    );
  } finally {
    await dataSource.destroy();
    await database.stop();
  }
}

if (require.main === module) {
  main().catch((error) => {
    console.error(`retention: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
