// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Role is not membership: the transfer-point role and the model-municipality fact get their own
 * dated terms (registry.digitale_doerfer_role), and a membership record loses its role column (the
 * API derives the current role from the terms). A membership whose sources stop without an end is
 * UNKNOWN, with the date it was last confirmed; like RECEIVED and ACTIVE it is at most one per
 * municipality, so nobody records a new application over it.
 */
export class RolesApartFromMembership1764000000010 implements MigrationInterface {
  name = 'RolesApartFromMembership1764000000010';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE registry.digitale_doerfer_role (
        id uuid PRIMARY KEY,
        municipality_ars char(12) NOT NULL REFERENCES registry.municipality (ars),
        role text NOT NULL CHECK (role IN ('TRANSFER_POINT', 'MODEL_MUNICIPALITY')),
        started_on date NOT NULL,
        started_on_precision text NOT NULL CHECK (started_on_precision IN ('DAY', 'MONTH', 'YEAR')),
        ended_on date,
        ended_on_precision text CHECK (ended_on_precision IN ('DAY', 'MONTH', 'YEAR')),
        last_confirmed_on date,
        note text,
        sources text[] NOT NULL DEFAULT '{}',
        source text NOT NULL CHECK (source IN ('IMPORT', 'PUBLIC_SOURCE')),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (ended_on IS NULL OR ended_on >= started_on),
        CHECK ((ended_on IS NULL) = (ended_on_precision IS NULL))
      )`);
    await q.query(`CREATE INDEX role_municipality_idx ON registry.digitale_doerfer_role (municipality_ars)`);
    // Imported transfer points become role terms; the publicly known ones are shipped as terms of their own.
    await q.query(`
      INSERT INTO registry.digitale_doerfer_role
        (id, municipality_ars, role, started_on, started_on_precision, ended_on, ended_on_precision, note, sources, source)
      SELECT gen_random_uuid(), municipality_ars, 'TRANSFER_POINT', started_on, COALESCE(started_on_precision, 'DAY'),
             ended_on, CASE WHEN ended_on IS NULL THEN NULL ELSE 'DAY' END, note, sources, 'IMPORT'
        FROM registry.digitale_doerfer_membership
       WHERE role = 'TRANSFER_POINT' AND source = 'IMPORT' AND started_on IS NOT NULL`);
    await q.query(`ALTER TABLE registry.digitale_doerfer_membership DROP COLUMN role`);

    await q.query(`ALTER TABLE registry.digitale_doerfer_membership DROP CONSTRAINT digitale_doerfer_membership_status_check`);
    await q.query(`
      ALTER TABLE registry.digitale_doerfer_membership
        ADD CONSTRAINT digitale_doerfer_membership_status_check
          CHECK (status IN ('RECEIVED', 'ACTIVE', 'REJECTED', 'WITHDRAWN', 'ENDED', 'UNKNOWN')),
        ADD COLUMN last_confirmed_on date,
        ADD COLUMN started_on_inferred boolean NOT NULL DEFAULT false,
        ADD CONSTRAINT membership_unknown_confirmed CHECK (status <> 'UNKNOWN' OR last_confirmed_on IS NOT NULL)`);
    await q.query(`DROP INDEX registry.one_open_membership_per_municipality`);
    await q.query(`
      CREATE UNIQUE INDEX one_open_membership_per_municipality ON registry.digitale_doerfer_membership (municipality_ars)
      WHERE status IN ('RECEIVED', 'ACTIVE', 'UNKNOWN')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX registry.one_open_membership_per_municipality`);
    await q.query(
      `UPDATE registry.digitale_doerfer_membership SET status = 'ENDED', ended_on = last_confirmed_on WHERE status = 'UNKNOWN'`,
    );
    await q.query(`
      CREATE UNIQUE INDEX one_open_membership_per_municipality ON registry.digitale_doerfer_membership (municipality_ars)
      WHERE status IN ('RECEIVED', 'ACTIVE')`);
    await q.query(`
      ALTER TABLE registry.digitale_doerfer_membership
        DROP CONSTRAINT membership_unknown_confirmed,
        DROP COLUMN last_confirmed_on,
        DROP COLUMN started_on_inferred,
        DROP CONSTRAINT digitale_doerfer_membership_status_check,
        ADD CONSTRAINT digitale_doerfer_membership_status_check
          CHECK (status IN ('RECEIVED', 'ACTIVE', 'REJECTED', 'WITHDRAWN', 'ENDED')),
        ADD COLUMN role text NOT NULL DEFAULT 'MEMBER' CHECK (role IN ('MEMBER', 'TRANSFER_POINT'))`);
    await q.query(`
      UPDATE registry.digitale_doerfer_membership ms SET role = 'TRANSFER_POINT'
       WHERE EXISTS (SELECT 1 FROM registry.digitale_doerfer_role r
                      WHERE r.municipality_ars = ms.municipality_ars AND r.role = 'TRANSFER_POINT')`);
    await q.query(`DROP TABLE registry.digitale_doerfer_role`);
  }
}
