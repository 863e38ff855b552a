// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// Reader for the official municipality directory extract shipped with the registry
// (services/registry/data/rlp-municipalities.csv, source and licence in SOURCE.md beside it).
// The registry imports it; the IKONE-DS adapter uses it to link feed records to official keys.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { projectRoot } from './config';
import { DIRECTORY_TYPE_LABELS, MunicipalityType } from './domain';

export const DIRECTORY_FILE = path.join(projectRoot, 'services/registry/data/rlp-municipalities.csv');

export interface DirectoryRow {
  ars: string;
  ags: string | null;
  name: string;
  shortName: string;
  type: MunicipalityType;
  /** Verbandsgemeinde for Ortsgemeinden, Landkreis for VGs and verbandsfreie Gemeinden; null at the top. */
  parentArs: string | null;
  /** Landkreis or kreisfreie Stadt the row belongs to (itself for those). */
  districtArs: string;
  population: number | null;
  areaKm2: number | null;
  referenceDate: string;
  isCity: boolean;
  valuesAggregated: boolean;
  postalCode: string | null;
  adminSeat: string | null;
}

export interface Directory {
  rows: DirectoryRow[];
  /** SHA-256 of the file, to recognise an import that was already done. */
  checksum: string;
}

export class DirectoryFormatError extends Error {}

const REQUIRED_COLUMNS = [
  'ars',
  'ags',
  'name',
  'short_name',
  'type',
  'parent_ars',
  'district_ars',
  'population',
  'area_km2',
  'reference_date',
];

function optional(value: string): string | null {
  return value === '' ? null : value;
}

function parseIntOrNull(value: string, line: number, column: string): number | null {
  if (value === '') return null;
  if (!/^\d+$/.test(value)) throw new DirectoryFormatError(`line ${line}: ${column} "${value}" is not a whole number`);
  return Number(value);
}

/** The checksum of the file as readDirectory computes it, without parsing (a restart compares it with the last import). */
export function directoryChecksum(file: string = DIRECTORY_FILE): string {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

/** Parses and checks the whole file; any bad row rejects the file, so an import never starts on half-valid data. */
export function readDirectory(file: string = DIRECTORY_FILE): Directory {
  const content = fs.readFileSync(file);
  const records: Record<string, string>[] = parse(content, { columns: true, skip_empty_lines: true, bom: true });
  if (records.length === 0) throw new DirectoryFormatError(`${file} has no rows`);
  const missing = REQUIRED_COLUMNS.filter((c) => !(c in records[0]));
  if (missing.length) throw new DirectoryFormatError(`${file} lacks columns: ${missing.join(', ')}`);

  const seen = new Set<string>();
  const rows = records.map((r, index) => {
    const line = index + 2;
    if (!/^\d{12}$/.test(r.ars)) throw new DirectoryFormatError(`line ${line}: ars "${r.ars}" is not 12 digits`);
    if (seen.has(r.ars)) throw new DirectoryFormatError(`line ${line}: ars ${r.ars} occurs twice`);
    seen.add(r.ars);
    if (r.ags !== '' && !/^\d{8}$/.test(r.ags)) throw new DirectoryFormatError(`line ${line}: ags "${r.ags}" is not 8 digits`);
    const type = DIRECTORY_TYPE_LABELS[r.type];
    if (!type) throw new DirectoryFormatError(`line ${line}: unknown type "${r.type}"`);
    if (r.area_km2 !== '' && !/^\d+(\.\d+)?$/.test(r.area_km2)) {
      throw new DirectoryFormatError(`line ${line}: area_km2 "${r.area_km2}" is not a number`);
    }
    return {
      ars: r.ars,
      ags: optional(r.ags),
      name: r.name,
      shortName: r.short_name,
      type,
      parentArs: optional(r.parent_ars),
      districtArs: r.district_ars,
      population: parseIntOrNull(r.population, line, 'population'),
      areaKm2: r.area_km2 === '' ? null : Number(r.area_km2),
      referenceDate: r.reference_date,
      isCity: r.is_city === 'true',
      valuesAggregated: r.values_aggregated === 'true',
      postalCode: optional(r.postal_code ?? ''),
      adminSeat: optional(r.admin_seat ?? ''),
    };
  });
  for (const row of rows) {
    for (const ref of [row.parentArs, row.districtArs]) {
      if (ref !== null && !seen.has(ref)) throw new DirectoryFormatError(`${row.ars} refers to unknown ARS ${ref}`);
    }
  }
  return { rows, checksum: crypto.createHash('sha256').update(content).digest('hex') };
}
