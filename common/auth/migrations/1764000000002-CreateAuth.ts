// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

import { MigrationInterface, QueryRunner } from 'typeorm';

/** API keys, in the schema "auth" shared by the gateway (checks keys) and the registry (manages them). */
export class CreateAuth1764000000002 implements MigrationInterface {
  name = 'CreateAuth1764000000002';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE SCHEMA IF NOT EXISTS auth`);
    await q.query(`
      CREATE TABLE auth.api_key (
        id text PRIMARY KEY CHECK (id ~ '^[0-9a-f]{16}$'),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
        role text NOT NULL CHECK (role IN ('PARTNER', 'COORDINATOR', 'MINISTRY_ADMIN')),
        network text CHECK (network IN ('DIGITALE_DOERFER_RLP', 'IKONE_DS')),
        secret_hash char(64) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        created_by text,
        expires_at timestamptz,
        revoked_at timestamptz,
        last_used_at timestamptz,
        CHECK ((role = 'COORDINATOR') = (network IS NOT NULL))
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE auth.api_key`);
  }
}
