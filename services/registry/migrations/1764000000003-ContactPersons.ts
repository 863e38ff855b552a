// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

import { MigrationInterface, QueryRunner } from 'typeorm';

/** The contact person of a Digitale Dörfer membership (personal data: see SECURITY.md). */
export class ContactPersons1764000000003 implements MigrationInterface {
  name = 'ContactPersons1764000000003';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE registry.contact_person (
        membership_id uuid PRIMARY KEY REFERENCES registry.digitale_doerfer_membership (id),
        name text NOT NULL CHECK (length(name) BETWEEN 2 AND 200),
        function text CHECK (length(function) <= 200),
        email text CHECK (length(email) <= 254),
        phone text CHECK (length(phone) <= 40),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE registry.contact_person`);
  }
}
