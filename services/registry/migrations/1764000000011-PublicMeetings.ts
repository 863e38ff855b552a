// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Meetings as public sources report them (services/registry/data/public-meetings.ts): of either
 * network, with a date that may be known only to the month or year (stored on the first day, like
 * memberships), a format only where the source states it, the place as the source names it, what
 * else it reports (e.g. participant counts, which are not attendance) and its URLs. Existing rows
 * are Digitale Dörfer meetings with a day-precise date, as before.
 */
export class PublicMeetings1764000000011 implements MigrationInterface {
  name = 'PublicMeetings1764000000011';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE registry.meeting
        ADD COLUMN network text NOT NULL DEFAULT 'DIGITALE_DOERFER_RLP' CHECK (network IN ('DIGITALE_DOERFER_RLP', 'IKONE_DS')),
        ADD COLUMN held_on_precision text NOT NULL DEFAULT 'DAY' CHECK (held_on_precision IN ('DAY', 'MONTH', 'YEAR')),
        ADD COLUMN place text CHECK (length(place) BETWEEN 2 AND 200),
        ADD COLUMN note text CHECK (length(note) BETWEEN 1 AND 2000),
        ADD COLUMN sources text[] NOT NULL DEFAULT '{}' CHECK (cardinality(sources) <= 10),
        ALTER COLUMN format DROP NOT NULL,
        ADD CONSTRAINT meeting_held_on_precision_first_day CHECK (
          held_on_precision = 'DAY'
          OR (held_on_precision = 'MONTH' AND extract(day FROM held_on) = 1)
          OR (held_on_precision = 'YEAR' AND extract(day FROM held_on) = 1 AND extract(month FROM held_on) = 1))`);
    await q.query(`CREATE INDEX meeting_network_held_on_idx ON registry.meeting (network, held_on DESC, created_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    // The former table holds only day-precise Digitale Dörfer meetings with a format: the rows it
    // cannot hold (the sourced meetings of this version, with their attendance) are removed.
    await q.query(`DELETE FROM registry.meeting WHERE network <> 'DIGITALE_DOERFER_RLP' OR held_on_precision <> 'DAY' OR format IS NULL`);
    await q.query(`DROP INDEX registry.meeting_network_held_on_idx`);
    await q.query(`
      ALTER TABLE registry.meeting
        DROP CONSTRAINT meeting_held_on_precision_first_day,
        ALTER COLUMN format SET NOT NULL,
        DROP COLUMN sources,
        DROP COLUMN note,
        DROP COLUMN place,
        DROP COLUMN held_on_precision,
        DROP COLUMN network`);
  }
}
