// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// Loads the official directory and the publicly known memberships, roles and meetings into the registry, in one transaction:
// a failed import leaves the previous state, a repeated one changes nothing.
import { DataSource } from 'typeorm';
import { Directory, directoryChecksum, DirectoryRow, readDirectory } from '../../../../common/directory';
import { searchKey } from '../../../../common/text';
import type { Logger } from '../../../../common/logging';
import { PUBLIC_MEMBERSHIPS, PUBLIC_ROLE_TERMS } from '../../data/digitale-doerfer-public';
import { upsertPublicMeetings } from '../knowledge/public-meetings';

const BATCH_SIZE = 500;
const COLUMNS = [
  'ars',
  'ags',
  'name',
  'short_name',
  'type',
  'population',
  'area_km2',
  'values_aggregated',
  'reference_date',
  'is_city',
  'postal_code',
  'admin_seat',
  'parent_ars',
  'district_ars',
  'search_key',
];

function values(row: DirectoryRow): unknown[] {
  return [
    row.ars,
    row.ags,
    row.name,
    row.shortName,
    row.type,
    row.population,
    row.areaKm2,
    row.valuesAggregated,
    row.referenceDate,
    row.isCity,
    row.postalCode,
    row.adminSeat,
    row.parentArs,
    row.districtArs,
    searchKey(row.shortName),
  ];
}

export interface ImportResult {
  imported: boolean;
  rowCount: number;
}

export async function importDirectory(
  dataSource: DataSource,
  logger: Logger,
  /** Default: the shipped file, parsed only when its checksum differs from the last import's. */
  directory?: Directory,
): Promise<ImportResult> {
  const checksum = directory?.checksum ?? directoryChecksum();
  return dataSource.transaction(async (manager) => {
    // Serialises concurrent imports (several instances starting at once).
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('kommunalnetz-directory-import'))`);
    const [last] = await manager.query(`SELECT checksum FROM registry.directory_import ORDER BY id DESC LIMIT 1`);
    if (last?.checksum === checksum) {
      await loadPublicFacts(manager.query.bind(manager));
      const [{ count }] = await manager.query(`SELECT count(*)::int AS count FROM registry.municipality`);
      return { imported: false, rowCount: count };
    }
    directory ??= readDirectory();
    const updates = COLUMNS.filter((c) => c !== 'ars')
      .map((c) => `${c} = EXCLUDED.${c}`)
      .join(', ');
    for (let start = 0; start < directory.rows.length; start += BATCH_SIZE) {
      const batch = directory.rows.slice(start, start + BATCH_SIZE);
      const placeholders = batch.map((_, i) => `(${COLUMNS.map((__, j) => `$${i * COLUMNS.length + j + 1}`).join(', ')})`);
      await manager.query(
        `INSERT INTO registry.municipality (${COLUMNS.join(', ')}) VALUES ${placeholders.join(', ')}
         ON CONFLICT (ars) DO UPDATE SET ${updates}`,
        batch.flatMap(values),
      );
    }
    const [{ stale }] = await manager.query(`SELECT count(*)::int AS stale FROM registry.municipality WHERE NOT (ars = ANY($1))`, [
      directory.rows.map((r) => r.ars),
    ]);
    if (stale > 0) {
      // Kept, not deleted: memberships may refer to them. A merger is a case for the coordinators.
      logger.warn({ stale }, 'municipalities in the database that the directory no longer lists were kept');
    }
    await manager.query(`INSERT INTO registry.directory_import (checksum, row_count) VALUES ($1, $2)`, [
      directory.checksum,
      directory.rows.length,
    ]);
    await loadPublicFacts(manager.query.bind(manager));
    logger.info({ rows: directory.rows.length }, 'municipality directory imported');
    return { imported: true, rowCount: directory.rows.length };
  });
}

/** SQL: the municipality has an open record (one at most, a partial unique index) other than this one, e.g. from the workflow or an import. */
const OTHER_OPEN_RECORD = (id: string, ars: string) =>
  `EXISTS (SELECT 1 FROM registry.digitale_doerfer_membership o
            WHERE o.municipality_ars = ${ars} AND o.id <> ${id} AND o.status IN ('RECEIVED', 'ACTIVE', 'UNKNOWN'))`;

/**
 * Loads the shipped public facts (data/digitale-doerfer-public.ts, data/public-meetings.ts). A
 * membership is refreshed from them only while nobody has changed it (version 1, still
 * PUBLIC_SOURCE): a coordinator's change is never overwritten, and a municipality with an open
 * record of its own gets none from here. Role terms come only from sources and imports, so shipped
 * ones are refreshed. Meetings are added once.
 */
async function loadPublicFacts(query: (sql: string, params: unknown[]) => Promise<unknown>): Promise<void> {
  for (const m of PUBLIC_MEMBERSHIPS) {
    await query(
      `INSERT INTO registry.digitale_doerfer_membership AS ms
         (id, municipality_ars, status, started_on, started_on_precision, started_on_inferred, last_confirmed_on, note, sources, source)
       SELECT $1::uuid, $2::char(12), $3::text, $4::date, $5::text, $6::boolean, $7::date, $8::text, $9::text[], 'PUBLIC_SOURCE'
        WHERE NOT ${OTHER_OPEN_RECORD('$1::uuid', '$2::char(12)')}
       ON CONFLICT (id) DO UPDATE SET
         status = EXCLUDED.status, started_on = EXCLUDED.started_on, started_on_precision = EXCLUDED.started_on_precision,
         started_on_inferred = EXCLUDED.started_on_inferred, ended_on = NULL, last_confirmed_on = EXCLUDED.last_confirmed_on,
         note = EXCLUDED.note, sources = EXCLUDED.sources, updated_at = now()
       WHERE ms.version = 1 AND ms.source = 'PUBLIC_SOURCE' AND NOT ${OTHER_OPEN_RECORD('ms.id', 'ms.municipality_ars')}
         AND (ms.status, ms.started_on, ms.started_on_precision, ms.started_on_inferred, ms.ended_on, ms.last_confirmed_on, ms.note, ms.sources)
             IS DISTINCT FROM (EXCLUDED.status, EXCLUDED.started_on, EXCLUDED.started_on_precision, EXCLUDED.started_on_inferred,
                               NULL::date, EXCLUDED.last_confirmed_on, EXCLUDED.note, EXCLUDED.sources)`,
      [m.id, m.municipalityArs, m.status, m.startedOn, m.startedOnPrecision, m.startedOnInferred, m.lastConfirmedOn, m.note, m.sources],
    );
  }
  for (const t of PUBLIC_ROLE_TERMS) {
    await query(
      `INSERT INTO registry.digitale_doerfer_role AS r
         (id, municipality_ars, role, started_on, started_on_precision, ended_on, ended_on_precision, last_confirmed_on, note, sources, source)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 'PUBLIC_SOURCE')
       ON CONFLICT (id) DO UPDATE SET
         role = EXCLUDED.role, started_on = EXCLUDED.started_on, started_on_precision = EXCLUDED.started_on_precision,
         ended_on = EXCLUDED.ended_on, ended_on_precision = EXCLUDED.ended_on_precision,
         last_confirmed_on = EXCLUDED.last_confirmed_on, note = EXCLUDED.note, sources = EXCLUDED.sources, updated_at = now()
       WHERE r.version = 1 AND r.source = 'PUBLIC_SOURCE'
         AND (r.role, r.started_on, r.started_on_precision, r.ended_on, r.ended_on_precision, r.last_confirmed_on, r.note, r.sources)
             IS DISTINCT FROM (EXCLUDED.role, EXCLUDED.started_on, EXCLUDED.started_on_precision, EXCLUDED.ended_on,
                               EXCLUDED.ended_on_precision, EXCLUDED.last_confirmed_on, EXCLUDED.note, EXCLUDED.sources)`,
      [
        t.id,
        t.municipalityArs,
        t.role,
        t.startedOn,
        t.startedOnPrecision,
        t.endedOn,
        t.endedOnPrecision,
        t.lastConfirmedOn,
        t.note,
        t.sources,
      ],
    );
  }
  await upsertPublicMeetings(query);
}
