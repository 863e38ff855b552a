// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each member's evidence dates (feed/FORMAT.md): when a dated source first named it and last
 * confirmed it, each with its precision, and the day from which it counts in dated figures. The
 * published view gains that day as its last column, so that the registry's reports count a member
 * without a joining date (Trier) only from its first evidence, and one without any dated evidence
 * only today. CREATE OR REPLACE VIEW keeps the view's grants (common/database-roles.ts grants
 * them again after every migration run anyway).
 */
export class EvidenceDates1764000001200 implements MigrationInterface {
  name = 'EvidenceDates1764000001200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE ikone_ds.member
        ADD COLUMN first_named_on date,
        ADD COLUMN first_named_on_precision text CHECK (first_named_on_precision IN ('DAY', 'MONTH', 'YEAR')),
        ADD COLUMN last_confirmed_on date,
        ADD COLUMN last_confirmed_on_precision text CHECK (last_confirmed_on_precision IN ('DAY', 'MONTH', 'YEAR')),
        ADD COLUMN counted_from date`);
    // Members stored from an older feed: they count from their joining date, if any (the next feed
    // refresh stores the new dates; until then a member without a joining date counts today only).
    await q.query(`UPDATE ikone_ds.member SET counted_from = joined_on`);
    await q.query(`
      ALTER TABLE ikone_ds.member
        ADD CONSTRAINT member_first_named_precision CHECK ((first_named_on IS NULL) = (first_named_on_precision IS NULL)),
        ADD CONSTRAINT member_last_confirmed_precision CHECK ((last_confirmed_on IS NULL) = (last_confirmed_on_precision IS NULL)),
        ADD CONSTRAINT member_counted_from_joined CHECK (joined_on IS NULL OR counted_from = joined_on),
        ADD CONSTRAINT member_counted_from_evidence CHECK (counted_from IS NULL OR joined_on IS NOT NULL OR first_named_on IS NOT NULL)`);
    // Columns may only be appended: the registry reads (ars, joined_on) as before, and counted_from.
    await q.query(`CREATE OR REPLACE VIEW ikone_ds.member_keys AS SELECT ars, joined_on, counted_from FROM ikone_ds.member`);
  }

  async down(q: QueryRunner): Promise<void> {
    // A column cannot be taken out of a view by CREATE OR REPLACE; the grants come back after the revert.
    await q.query(`DROP VIEW ikone_ds.member_keys`);
    await q.query(`CREATE VIEW ikone_ds.member_keys AS SELECT ars, joined_on FROM ikone_ds.member`);
    await q.query(`
      ALTER TABLE ikone_ds.member
        DROP COLUMN counted_from,
        DROP COLUMN last_confirmed_on_precision,
        DROP COLUMN last_confirmed_on,
        DROP COLUMN first_named_on_precision,
        DROP COLUMN first_named_on`);
  }
}
