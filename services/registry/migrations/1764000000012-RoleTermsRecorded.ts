// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

import { MigrationInterface, QueryRunner } from 'typeorm';
import { notifyChangesSql } from '../../../common/database';

/**
 * Role terms (transfer point, model municipality) can be recorded and ended through the API
 * (recordRoleTerm, endRoleTerm): they get a version for optimistic concurrency like every other
 * changed record, and a source RECORDED for terms the network office or the ministry recorded.
 * The table also gets the change announcement it lacked since migration 1764000000010 (every
 * registry table announces its writes to the gateway's response cache: common/database.ts).
 */
export class RoleTermsRecorded1764000000012 implements MigrationInterface {
  name = 'RoleTermsRecorded1764000000012';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE registry.digitale_doerfer_role
        ADD COLUMN version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
        DROP CONSTRAINT digitale_doerfer_role_source_check,
        ADD CONSTRAINT digitale_doerfer_role_source_check CHECK (source IN ('IMPORT', 'PUBLIC_SOURCE', 'RECORDED'))`);
    await q.query(notifyChangesSql('registry'));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER IF EXISTS announce_change ON registry.digitale_doerfer_role`);
    await q.query(`DELETE FROM registry.digitale_doerfer_role WHERE source = 'RECORDED'`);
    await q.query(`
      ALTER TABLE registry.digitale_doerfer_role
        DROP COLUMN version,
        DROP CONSTRAINT digitale_doerfer_role_source_check,
        ADD CONSTRAINT digitale_doerfer_role_source_check CHECK (source IN ('IMPORT', 'PUBLIC_SOURCE'))`);
  }
}
