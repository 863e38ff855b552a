// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A read model for cross-network reports: the keys and joining dates of the IKONE-DS members, as a
 * view. It is the one thing the adapter publishes to the registry's report queries (which need
 * "in neither network" and coverage per district in one SQL statement); the tables stay private.
 */
export class PublishMemberKeys1764000000006 implements MigrationInterface {
  name = 'PublishMemberKeys1764000000006';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE VIEW ikone_ds.member_keys AS SELECT ars, joined_on FROM ikone_ds.member`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP VIEW ikone_ds.member_keys`);
  }
}
