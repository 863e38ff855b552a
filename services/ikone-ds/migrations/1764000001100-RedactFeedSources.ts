// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

import { MigrationInterface, QueryRunner } from 'typeorm';
import { redactFeedUrl } from '../feed/redact';

/**
 * Earlier versions stored the feed URL as configured, token in the query string included. New
 * snapshots are stored redacted; this applies the same rule (feed/redact.ts) to the ones already stored.
 * Not reversible: the removed parts are gone on purpose.
 */
export class RedactFeedSources1764000001100 implements MigrationInterface {
  name = 'RedactFeedSources1764000001100';

  async up(q: QueryRunner): Promise<void> {
    const rows: { id: number; source: string }[] = await q.query(
      `SELECT id, source FROM ikone_ds.feed_snapshot WHERE source ~ '^[a-zA-Z][a-zA-Z0-9+.-]*:'`,
    );
    for (const { id, source } of rows) {
      const redacted = redactFeedUrl(source);
      if (redacted !== source) await q.query(`UPDATE ikone_ds.feed_snapshot SET source = $1 WHERE id = $2`, [redacted, id]);
    }
  }

  async down(): Promise<void> {
    // Nothing to restore.
  }
}
