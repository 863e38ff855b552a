// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// `npm run seed:demo` adds invented demonstration data — members, contact persons, meetings and
// experience reports — so that a newcomer can try the workflow. Every demo record is marked
// (is_demo = true, "[DEMO]" in its texts, example.org addresses) and never mixed with real data;
// `npm run seed:demo -- --remove` deletes all of it again. Both steps are in the audit trail.
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import type { DataSource } from 'typeorm';
import { ANONYMOUS, Principal, Role } from '../common/auth/roles';
import type { BaseContext } from '../common/context';
import { readConfig } from '../common/config';
import { createDataSource, migrate } from '../common/database';
import { openHubDatabase } from '../common/embedded-postgres';
import { createLogger, Logger } from '../common/logging';
import { recordAudit } from '../services/registry/shared/audit';
import { registryDatabase } from '../services/registry/database';
import { importDirectory } from '../services/registry/modules/directory/directory-import';
import { removeDemoKnowledge, seedDemoKnowledge } from '../services/registry/modules/knowledge/demo-knowledge';
import { OPEN_STATUSES } from '../services/registry/modules/membership/rules';

const DEMO_NOTE = '[DEMO] Erfundene Beispieldaten für die Erprobung — keine echte Mitgliedschaft.';
const DEMO_JOB: Principal = { ...ANONYMOUS, kind: 'system', id: 'seed-demo', role: Role.MINISTRY_ADMIN };

/** Real municipalities that get invented memberships: VGs and Ortsgemeinden of several Landkreise. */
const DEMO_MEMBERS: { ars: string; contact: boolean }[] = [
  { ars: '071315001000', contact: true }, // VG Adenau
  { ars: '073335002038', contact: true }, // Kerzenheim
  { ars: '073335003017', contact: false }, // Dreisen (no contact person: shows up in the "missing contact" list)
  { ars: '073335003001', contact: true }, // Albisheim (Pfrimm), in the VG Göllheim
  { ars: '071335001000', contact: true }, // VG Bad Kreuznach
  { ars: '071415011068', contact: false }, // Katzenelnbogen (also in IKONE-DS)
];

export async function seedDemo(dataSource: DataSource, logger: Logger): Promise<number> {
  const ctx: BaseContext = { principal: DEMO_JOB, requestId: `seed-demo-${Date.now()}`, logger };
  return dataSource.transaction(async (manager) => {
    const [{ existing }] = await manager.query(`SELECT count(*)::int AS existing FROM registry.digitale_doerfer_membership WHERE is_demo`);
    if (existing > 0) return 0;
    const members: string[] = [];
    for (const [index, member] of DEMO_MEMBERS.entries()) {
      const [open] = await manager.query(
        `SELECT 1 FROM registry.digitale_doerfer_membership WHERE municipality_ars = $1 AND status = ANY($2)`,
        [member.ars, OPEN_STATUSES],
      );
      if (open) continue; // never touch a real membership
      const id = randomUUID();
      const startedOn = `2023-0${(index % 9) + 1}-15`;
      await manager.query(
        `INSERT INTO registry.digitale_doerfer_membership
           (id, municipality_ars, status, started_on, started_on_precision, letter_date, signed_by, received_on, decided_on, last_confirmed_on, note, is_demo)
         VALUES ($1, $2, 'ACTIVE', $3, 'DAY', $3::date - 30, '[DEMO] Bürgermeister/in', $3::date - 25, $3, $3, $4, true)`,
        [id, member.ars, startedOn, DEMO_NOTE],
      );
      if (member.contact) {
        await manager.query(
          `INSERT INTO registry.contact_person (membership_id, name, function, email, phone) VALUES ($1, $2, '[DEMO] Digitalisierungsbeauftragte/r', $3, '+49 6131 0000000')`,
          [id, `[DEMO] Kontakt ${index + 1}`, `demo-kontakt-${index + 1}@example.org`],
        );
      }
      members.push(member.ars);
    }
    await seedDemoKnowledge(manager, members);
    await recordAudit(manager, ctx, {
      action: 'demo.seed',
      entity: 'demo',
      entityId: 'demo',
      before: null,
      after: { members: members.length },
    });
    return members.length;
  });
}

export async function removeDemo(dataSource: DataSource, logger: Logger): Promise<number> {
  const ctx: BaseContext = { principal: DEMO_JOB, requestId: `seed-demo-${Date.now()}`, logger };
  return dataSource.transaction(async (manager) => {
    await removeDemoKnowledge(manager);
    await manager.query(
      `DELETE FROM registry.contact_person WHERE membership_id IN (SELECT id FROM registry.digitale_doerfer_membership WHERE is_demo)`,
    );
    const [, removed] = await manager.query(`DELETE FROM registry.digitale_doerfer_membership WHERE is_demo`);
    await recordAudit(manager, ctx, {
      action: 'demo.remove',
      entity: 'demo',
      entityId: 'demo',
      before: { members: Number(removed) },
      after: null,
    });
    return Number(removed);
  });
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { remove: { type: 'boolean' } } });
  const config = readConfig();
  const logger = createLogger('seed-demo', 'warn');
  const database = await openHubDatabase(config, logger);
  const dataSource = createDataSource(database.url, registryDatabase, logger, 2);
  await dataSource.initialize();
  try {
    await migrate(dataSource, registryDatabase.schema);
    await importDirectory(dataSource, logger);
    if (values.remove) {
      console.log(`removed ${await removeDemo(dataSource, logger)} demo membership(s) with their contacts, meetings and reports`);
    } else {
      const added = await seedDemo(dataSource, logger);
      console.log(
        added
          ? `added ${added} demo membership(s), marked [DEMO]; remove them with: npm run seed:demo -- --remove`
          : 'demo data is already present',
      );
    }
  } finally {
    await dataSource.destroy();
    await database.stop();
  }
}

if (require.main === module) {
  main().catch((error) => {
    console.error(`seed:demo: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
