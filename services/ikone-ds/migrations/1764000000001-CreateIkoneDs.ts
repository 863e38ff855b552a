// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

import { MigrationInterface, QueryRunner } from 'typeorm';

/** Feed snapshots, linked members and unlinked records, in the schema "ikone_ds". */
export class CreateIkoneDs1764000000001 implements MigrationInterface {
  name = 'CreateIkoneDs1764000000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE SCHEMA IF NOT EXISTS ikone_ds`);
    await q.query(`
      CREATE TABLE ikone_ds.feed_snapshot (
        id serial PRIMARY KEY,
        source text NOT NULL,
        loaded_at timestamptz NOT NULL DEFAULT now(),
        as_of date NOT NULL,
        checksum char(64) NOT NULL,
        record_count integer NOT NULL,
        linked_count integer NOT NULL,
        content jsonb NOT NULL
      )`);
    await q.query(`
      CREATE TABLE ikone_ds.member (
        ars char(12) PRIMARY KEY CHECK (ars ~ '^[0-9]{12}$'),
        snapshot_id integer NOT NULL REFERENCES ikone_ds.feed_snapshot (id),
        name_as_reported text NOT NULL,
        role text NOT NULL CHECK (role IN ('MEMBER', 'COORDINATOR')),
        joined_on date,
        joined_on_precision text CHECK (joined_on_precision IN ('DAY', 'MONTH', 'YEAR')),
        note text,
        sources text[] NOT NULL
      )`);
    await q.query(`
      CREATE TABLE ikone_ds.unlinked_record (
        id serial PRIMARY KEY,
        snapshot_id integer NOT NULL REFERENCES ikone_ds.feed_snapshot (id),
        position integer NOT NULL,
        name_as_reported text NOT NULL,
        given_key text,
        reason text NOT NULL,
        candidates text[] NOT NULL DEFAULT '{}'
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE ikone_ds.unlinked_record`);
    await q.query(`DROP TABLE ikone_ds.member`);
    await q.query(`DROP TABLE ikone_ds.feed_snapshot`);
  }
}
