// Loads the official directory and the known memberships into the registry, in one transaction:
// a failed import leaves the previous state, a repeated one changes nothing.
import { DataSource } from 'typeorm';
import { Directory, directoryChecksum, DirectoryRow, readDirectory } from '../../../../common/directory';
import { searchKey } from '../../../../common/text';
import type { Logger } from '../../../../common/logging';
import { KNOWN_MEMBERSHIPS } from '../../data/transfer-points';

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
      await upsertKnownMemberships(manager.query.bind(manager));
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
    await upsertKnownMemberships(manager.query.bind(manager));
    logger.info({ rows: directory.rows.length }, 'municipality directory imported');
    return { imported: true, rowCount: directory.rows.length };
  });
}

/** Adds the publicly known memberships once; later changes by the coordinators are never overwritten. */
async function upsertKnownMemberships(query: (sql: string, params: unknown[]) => Promise<unknown>): Promise<void> {
  for (const m of KNOWN_MEMBERSHIPS) {
    await query(
      `INSERT INTO registry.digitale_doerfer_membership
         (id, municipality_ars, status, role, started_on, started_on_precision, ended_on, note, sources, source)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'PUBLIC_SOURCE')
       ON CONFLICT (id) DO NOTHING`,
      [m.id, m.municipalityArs, m.status, m.role, m.startedOn, m.startedOnPrecision, m.endedOn, m.note, m.sources],
    );
  }
}
