// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

import { MigrationInterface, QueryRunner } from 'typeorm';

/** Directory, Digitale Dörfer memberships and the import log, in the schema "registry". */
export class CreateRegistry1764000000000 implements MigrationInterface {
  name = 'CreateRegistry1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE SCHEMA IF NOT EXISTS registry`);
    await q.query(`
      CREATE TABLE registry.municipality (
        ars char(12) PRIMARY KEY CHECK (ars ~ '^[0-9]{12}$'),
        ags char(8) UNIQUE CHECK (ags ~ '^[0-9]{8}$'),
        name text NOT NULL,
        short_name text NOT NULL,
        type text NOT NULL CHECK (type IN ('LANDKREIS', 'KREISFREIE_STADT', 'VERBANDSGEMEINDE', 'ORTSGEMEINDE',
          'VERBANDSANGEHOERIGE_STADT', 'VERBANDSFREIE_GEMEINDE', 'VERBANDSFREIE_STADT', 'GROSSE_KREISANGEHOERIGE_STADT')),
        population integer CHECK (population >= 0),
        area_km2 numeric(10, 2) CHECK (area_km2 >= 0),
        values_aggregated boolean NOT NULL,
        reference_date date NOT NULL,
        is_city boolean NOT NULL,
        postal_code text,
        admin_seat text,
        parent_ars char(12) REFERENCES registry.municipality (ars) DEFERRABLE INITIALLY DEFERRED,
        district_ars char(12) NOT NULL REFERENCES registry.municipality (ars) DEFERRABLE INITIALLY DEFERRED,
        search_key text NOT NULL
      )`);
    await q.query(`CREATE INDEX municipality_parent_idx ON registry.municipality (parent_ars)`);
    await q.query(`CREATE INDEX municipality_district_idx ON registry.municipality (district_ars)`);
    await q.query(`CREATE INDEX municipality_type_idx ON registry.municipality (type)`);
    await q.query(`
      CREATE TABLE registry.digitale_doerfer_membership (
        id uuid PRIMARY KEY,
        municipality_ars char(12) NOT NULL REFERENCES registry.municipality (ars),
        status text NOT NULL CHECK (status IN ('RECEIVED', 'ACTIVE', 'REJECTED', 'WITHDRAWN', 'ENDED')),
        role text NOT NULL CHECK (role IN ('MEMBER', 'TRANSFER_POINT')),
        started_on date,
        started_on_precision text CHECK (started_on_precision IN ('DAY', 'MONTH', 'YEAR')),
        ended_on date,
        note text,
        sources text[] NOT NULL DEFAULT '{}',
        CHECK (ended_on IS NULL OR started_on IS NULL OR ended_on >= started_on)
      )`);
    await q.query(`CREATE INDEX membership_municipality_idx ON registry.digitale_doerfer_membership (municipality_ars)`);
    // At most one open application or active membership per municipality.
    await q.query(`
      CREATE UNIQUE INDEX one_open_membership_per_municipality ON registry.digitale_doerfer_membership (municipality_ars)
      WHERE status IN ('RECEIVED', 'ACTIVE')`);
    await q.query(`
      CREATE TABLE registry.directory_import (
        id serial PRIMARY KEY,
        checksum char(64) NOT NULL,
        row_count integer NOT NULL,
        imported_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE registry.directory_import`);
    await q.query(`DROP TABLE registry.digitale_doerfer_membership`);
    await q.query(`DROP TABLE registry.municipality`);
  }
}
