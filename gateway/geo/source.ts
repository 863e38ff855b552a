// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// The boundaries behind the maps (gateway/geo/data/, BKG VG5000, source and licence in the README
// there), keyed by the official directory the registry imports (common/directory.ts). Every
// directory unit that tiles the state must have exactly one area and every area one directory
// unit: anything else throws, so a new edition of either file cannot draw a map with a unit
// missing or under a wrong key.
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../common/config';
import { readDirectory, type DirectoryRow } from '../../common/directory';
import { MunicipalityType } from '../../common/domain';

export const GEO_DATA_DIR = path.join(projectRoot, 'gateway/geo/data');
/** The 129 Verbandsgemeinden and 41 verbandsfreie units (kreisfreie Städte included). */
export const UNITS_FILE = path.join(GEO_DATA_DIR, 'rlp-verbandsgemeinden-vg5000-2021.geojson');
/** The 24 Landkreise and 12 kreisfreie Städte. */
export const DISTRICTS_FILE = path.join(GEO_DATA_DIR, 'rlp-kreise-vg5000-2021.geojson');

/** The kinds of unit that tile the state without gaps: every Gemeinde lies in exactly one. */
export const MAP_UNIT_TYPES: readonly MunicipalityType[] = [
  MunicipalityType.KREISFREIE_STADT,
  MunicipalityType.VERBANDSGEMEINDE,
  MunicipalityType.VERBANDSFREIE_GEMEINDE,
  MunicipalityType.VERBANDSFREIE_STADT,
  MunicipalityType.GROSSE_KREISANGEHOERIGE_STADT,
];

/** The districts (Landkreise and kreisfreie Städte), the level of the coverage report. */
export const DISTRICT_TYPES: readonly MunicipalityType[] = [MunicipalityType.LANDKREIS, MunicipalityType.KREISFREIE_STADT];

/** [longitude, latitude] in WGS 84. */
export type Position = [number, number];
/** The outer ring first, then its holes; each ring closed (last position = first). */
export type PolygonRings = Position[][];

export interface SourceArea {
  /** The directory's ARS (for a verbandsfreie Gemeinde the municipality's own, not BKG's key). */
  ars: string;
  /** BKG's key as the file has it. */
  sourceArs: string;
  row: DirectoryRow;
  polygons: PolygonRings[];
}

export interface MapSource {
  units: SourceArea[];
  districts: SourceArea[];
}

export class MapDataError extends Error {}

/** A generous box around Rhineland-Palatinate: coordinates outside it are a broken file, not a border. */
const BOUNDS = { west: 5.5, east: 9, south: 48.5, north: 51.5 };

interface Feature {
  properties?: { ars?: unknown };
  geometry?: { type?: unknown; coordinates?: unknown };
}

function readFeatures(file: string): Feature[] {
  const collection = JSON.parse(fs.readFileSync(file, 'utf8')) as { type?: unknown; features?: unknown };
  if (collection.type !== 'FeatureCollection' || !Array.isArray(collection.features)) {
    throw new MapDataError(`${file} is not a GeoJSON FeatureCollection`);
  }
  return collection.features as Feature[];
}

function position(value: unknown, where: string): Position {
  if (!Array.isArray(value) || value.length < 2 || !value.slice(0, 2).every((n) => typeof n === 'number' && Number.isFinite(n))) {
    throw new MapDataError(`${where}: a position is not [longitude, latitude]`);
  }
  const [lon, lat] = value as number[];
  if (lon < BOUNDS.west || lon > BOUNDS.east || lat < BOUNDS.south || lat > BOUNDS.north) {
    throw new MapDataError(`${where}: [${lon}, ${lat}] lies outside Rhineland-Palatinate`);
  }
  return [lon, lat];
}

function polygon(value: unknown, where: string): PolygonRings {
  if (!Array.isArray(value) || value.length === 0) throw new MapDataError(`${where}: a polygon without rings`);
  return value.map((ring, i) => {
    if (!Array.isArray(ring) || ring.length < 4) throw new MapDataError(`${where}: ring ${i} has fewer than four positions`);
    const positions = ring.map((p) => position(p, where));
    const [first, last] = [positions[0], positions[positions.length - 1]];
    if (first[0] !== last[0] || first[1] !== last[1]) throw new MapDataError(`${where}: ring ${i} is not closed`);
    return positions;
  });
}

function polygons(geometry: Feature['geometry'], where: string): PolygonRings[] {
  if (geometry?.type === 'Polygon') return [polygon(geometry.coordinates, where)];
  if (geometry?.type === 'MultiPolygon' && Array.isArray(geometry.coordinates)) {
    return geometry.coordinates.map((p) => polygon(p, where));
  }
  throw new MapDataError(`${where}: the geometry is neither a Polygon nor a MultiPolygon`);
}

/**
 * BKG keys a verbandsfreie Gemeinde or Stadt by its Gemeindeverband, LLRKK0GGG000; the directory
 * keys the municipality itself, LLRKK0GGGGGG (SOURCE.md, "Keys": in RLP such a Verband's number is
 * 0 and the municipality's code). Every other key is the same in both.
 */
export function directoryArs(sourceArs: string, known: (ars: string) => boolean): string {
  if (known(sourceArs)) return sourceArs;
  const verbandsfrei = /^(\d{5}0(\d{3}))000$/.exec(sourceArs);
  return verbandsfrei ? `${verbandsfrei[1]}${verbandsfrei[2]}` : sourceArs;
}

/** The areas of one file keyed by the directory, checked one to one against the directory's units of `types`. */
function keyAreas(file: string, rows: DirectoryRow[], types: readonly MunicipalityType[]): SourceArea[] {
  const byArs = new Map(rows.map((r) => [r.ars, r]));
  const expected = rows.filter((r) => types.includes(r.type));
  const problems: string[] = [];
  const areas: SourceArea[] = [];
  const seen = new Map<string, string>();
  for (const [index, feature] of readFeatures(file).entries()) {
    const sourceArs = feature.properties?.ars;
    if (typeof sourceArs !== 'string' || !/^\d{12}$/.test(sourceArs)) {
      problems.push(`feature ${index} has no 12-digit ars`);
      continue;
    }
    const ars = directoryArs(sourceArs, (key) => byArs.has(key));
    const row = byArs.get(ars);
    if (!row || !types.includes(row.type)) {
      problems.push(`area ${sourceArs} has no directory unit of the kinds ${types.join(', ')}`);
      continue;
    }
    if (seen.has(ars)) {
      problems.push(`areas ${seen.get(ars)} and ${sourceArs} both key ${ars}`);
      continue;
    }
    seen.set(ars, sourceArs);
    areas.push({ ars, sourceArs, row, polygons: polygons(feature.geometry, `${path.basename(file)}, ${sourceArs}`) });
  }
  for (const row of expected) if (!seen.has(row.ars)) problems.push(`directory unit ${row.ars} (${row.name}) has no area`);
  if (problems.length > 0) {
    throw new MapDataError(`${path.basename(file)} does not match the directory one to one: ${problems.join('; ')}`);
  }
  return areas.sort((a, b) => (a.ars < b.ars ? -1 : 1));
}

/** Both files, keyed and checked against the directory (read as the registry reads it, unless given). */
export function readMapSource(
  rows: DirectoryRow[] = readDirectory().rows,
  files = { units: UNITS_FILE, districts: DISTRICTS_FILE },
): MapSource {
  return { units: keyAreas(files.units, rows, MAP_UNIT_TYPES), districts: keyAreas(files.districts, rows, DISTRICT_TYPES) };
}
