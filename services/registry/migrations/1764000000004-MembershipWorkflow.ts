// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The membership workflow (application letter, decision, end), optimistic versions, the audit
 * trail, and the marker for demonstration data.
 */
export class MembershipWorkflow1764000000004 implements MigrationInterface {
  name = 'MembershipWorkflow1764000000004';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE registry.digitale_doerfer_membership
        ADD COLUMN letter_date date,
        ADD COLUMN signed_by text CHECK (length(signed_by) <= 200),
        ADD COLUMN received_on date,
        ADD COLUMN decided_on date,
        ADD COLUMN decision_reason text CHECK (length(decision_reason) <= 2000),
        ADD COLUMN version integer NOT NULL DEFAULT 1,
        ADD COLUMN is_demo boolean NOT NULL DEFAULT false,
        ADD COLUMN created_at timestamptz NOT NULL DEFAULT now(),
        ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now(),
        ADD CHECK (letter_date IS NULL OR received_on IS NULL OR letter_date <= received_on)`);
    await q.query(`ALTER TABLE registry.contact_person ADD COLUMN version integer NOT NULL DEFAULT 1`);
    await q.query(`
      CREATE TABLE registry.audit_event (
        id bigserial PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        actor_kind text NOT NULL,
        actor_id text,
        actor_role text NOT NULL,
        request_id text,
        action text NOT NULL,
        entity text NOT NULL,
        entity_id text NOT NULL,
        before jsonb,
        after jsonb,
        personal_data_erased_at timestamptz
      )`);
    await q.query(`CREATE INDEX audit_event_entity_idx ON registry.audit_event (entity, entity_id, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE registry.audit_event`);
    await q.query(`ALTER TABLE registry.contact_person DROP COLUMN version`);
    await q.query(`
      ALTER TABLE registry.digitale_doerfer_membership
        DROP COLUMN letter_date, DROP COLUMN signed_by, DROP COLUMN received_on, DROP COLUMN decided_on,
        DROP COLUMN decision_reason, DROP COLUMN version, DROP COLUMN is_demo, DROP COLUMN created_at, DROP COLUMN updated_at`);
  }
}
