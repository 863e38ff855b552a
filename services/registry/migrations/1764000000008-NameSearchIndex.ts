// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Name search matches anywhere in the name (`search_key LIKE '%…%'`); a trigram index serves that
 * without reading the whole table. pg_trgm is a trusted extension (PostgreSQL 13+), so the
 * database owner may create it; it is reused wherever it is already installed.
 */
export class NameSearchIndex1764000000008 implements MigrationInterface {
  name = 'NameSearchIndex1764000000008';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    const [{ schema }] = await q.query(`SELECT extnamespace::regnamespace::text AS schema FROM pg_extension WHERE extname = 'pg_trgm'`);
    await q.query(`CREATE INDEX municipality_search_key_trgm ON registry.municipality USING gin (search_key ${schema}.gin_trgm_ops)`);
  }

  async down(q: QueryRunner): Promise<void> {
    // The extension stays: other schemas of the database may use it.
    await q.query(`DROP INDEX registry.municipality_search_key_trgm`);
  }
}
