// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * How a membership is known: by its letter of application (the workflow), by an import of a
 * network office's list, or from a public source. Only LETTER records must carry the letter; the
 * existing records without one are the publicly named transfer points.
 */
export class MembershipSource1764000000009 implements MigrationInterface {
  name = 'MembershipSource1764000000009';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE registry.digitale_doerfer_membership
        ADD COLUMN source text NOT NULL DEFAULT 'LETTER' CHECK (source IN ('LETTER', 'IMPORT', 'PUBLIC_SOURCE'))`);
    await q.query(`
      UPDATE registry.digitale_doerfer_membership SET source = 'PUBLIC_SOURCE'
       WHERE letter_date IS NULL AND received_on IS NULL`);
    await q.query(`
      ALTER TABLE registry.digitale_doerfer_membership
        ADD CONSTRAINT membership_letter_known CHECK (source <> 'LETTER' OR (letter_date IS NOT NULL AND received_on IS NOT NULL))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE registry.digitale_doerfer_membership DROP CONSTRAINT membership_letter_known, DROP COLUMN source`);
  }
}
