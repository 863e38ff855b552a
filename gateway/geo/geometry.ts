// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// The map's geometry from the BKG boundaries (source.ts): projected, simplified and written as SVG
// path data, once per process (the gateway's downloads) and once per build (scripts/build-pages.js
// puts the same result into the dashboard's bundle). No map service, no tiles: the hub draws its
// maps from these 206 paths alone.
//
// Projection: equirectangular, longitudes scaled by the cosine of the state's middle latitude, so
// that a kilometre is about as long east-west as north-south (RLP spans 2° of latitude: the error
// at its northern and southern edges is about 2 %). Simplification: Douglas-Peucker on shared
// borders (simplify.ts) with a tolerance of SIMPLIFY_PX, then whole map units; at MAP_WIDTH a unit
// is about 350 m, far below what a dashboard or a slide can show.
import { MunicipalityType } from '../../common/domain';
import type { MapArea, MapGeometry, MapUnit } from './map';
import { simplifyRings, type KeyedRing, type Point } from './simplify';
import { readMapSource, type MapSource, type PolygonRings } from './source';

/** Width of the map in its own units (SVG user units, "pixels" of the viewBox); the height follows. */
export const MAP_WIDTH = 500;
const PADDING = 4;
/** Douglas-Peucker tolerance in map units. */
export const SIMPLIFY_PX = 0.6;

const TYPE_WORDS: Partial<Record<MunicipalityType, string>> = {
  [MunicipalityType.KREISFREIE_STADT]: 'kreisfreie Stadt',
  [MunicipalityType.VERBANDSFREIE_GEMEINDE]: 'verbandsfreie Gemeinde',
  [MunicipalityType.VERBANDSFREIE_STADT]: 'verbandsfreie Stadt',
  [MunicipalityType.GROSSE_KREISANGEHOERIGE_STADT]: 'große kreisangehörige Stadt',
};

/** "Verbandsgemeinde Göllheim", "Haßloch (verbandsfreie Gemeinde)". */
function unitLabel(shortName: string, type: MunicipalityType): string {
  if (type === MunicipalityType.VERBANDSGEMEINDE) return `Verbandsgemeinde ${shortName}`;
  return `${shortName} (${TYPE_WORDS[type] ?? type})`;
}

/** As the coverage report labels districts: "Landkreis Kaiserslautern", "Donnersbergkreis", "Kaiserslautern" (the city). */
function districtLabel(shortName: string, type: MunicipalityType): string {
  return type === MunicipalityType.LANDKREIS && !/kreis/i.test(shortName) ? `Landkreis ${shortName}` : shortName;
}

type Projector = (position: [number, number]) => Point;

function projection(source: MapSource): { project: Projector; width: number; height: number } {
  let [west, east, south, north] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const area of source.districts)
    for (const polygon of area.polygons)
      for (const [lon, lat] of polygon[0]) {
        [west, east, south, north] = [Math.min(west, lon), Math.max(east, lon), Math.min(south, lat), Math.max(north, lat)];
      }
  const k = Math.cos((((south + north) / 2) * Math.PI) / 180);
  const scale = (MAP_WIDTH - 2 * PADDING) / ((east - west) * k);
  return {
    project: ([lon, lat]) => [PADDING + (lon - west) * k * scale, PADDING + (north - lat) * scale],
    width: MAP_WIDTH,
    height: Math.ceil(2 * PADDING + (north - south) * scale),
  };
}

/** SVG path data of rings of whole-pixel points: an absolute move, then relative lines (shorter). */
export function pathData(rings: Point[][]): string {
  const parts: string[] = [];
  for (const ring of rings) {
    const points = ring.map(([x, y]) => [Math.round(x), Math.round(y)]);
    // rounding can put neighbours on one pixel
    const distinct = points.filter((p, i) => i === 0 || p[0] !== points[i - 1][0] || p[1] !== points[i - 1][1]);
    while (
      distinct.length > 1 &&
      distinct[0][0] === distinct[distinct.length - 1][0] &&
      distinct[0][1] === distinct[distinct.length - 1][1]
    ) {
      distinct.pop();
    }
    if (distinct.length < 3) continue;
    let d = `M${distinct[0][0]} ${distinct[0][1]}l`;
    const steps: string[] = [];
    for (let i = 1; i < distinct.length; i++) steps.push(`${distinct[i][0] - distinct[i - 1][0]} ${distinct[i][1] - distinct[i - 1][1]}`);
    // "1 -2 3 4": a minus sign separates numbers by itself
    d += steps.join(' ').replace(/ -/g, '-');
    parts.push(`${d}z`);
  }
  return parts.join('');
}

function signedArea(ring: Point[]): number {
  let sum = 0;
  for (let i = 0; i < ring.length; i++) {
    const [a, b] = [ring[i], ring[(i + 1) % ring.length]];
    sum += a[0] * b[1] - b[0] * a[1];
  }
  return sum / 2;
}

function inside(point: Point, rings: Point[][]): boolean {
  let result = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [a, b] = [ring[i], ring[j]];
      if (a[1] > point[1] !== b[1] > point[1] && point[0] < ((b[0] - a[0]) * (point[1] - a[1])) / (b[1] - a[1]) + a[0]) result = !result;
    }
  }
  return result;
}

/** Squared distance from the point to the nearest edge; stops early once it is at most `floor` (the point cannot win then). */
function distanceToEdges(point: Point, rings: Point[][], floor: number): number {
  let min = Infinity;
  for (const ring of rings) {
    for (let i = 0; i < ring.length; i++) {
      const [a, b] = [ring[i], ring[(i + 1) % ring.length]];
      const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
      const length = dx * dx + dy * dy;
      const t = length === 0 ? 0 : Math.max(0, Math.min(1, ((point[0] - a[0]) * dx + (point[1] - a[1]) * dy) / length));
      const [x, y] = [a[0] + t * dx - point[0], a[1] + t * dy - point[1]];
      min = Math.min(min, x * x + y * y);
      if (min <= floor) return min;
    }
  }
  return min;
}

/** A point deep inside the largest polygon (where a marker sits): the grid point farthest from its edges. */
function innerPoint(polygons: Point[][][]): Point {
  const largest = polygons.reduce((a, b) => (Math.abs(signedArea(b[0])) > Math.abs(signedArea(a[0])) ? b : a));
  const xs = largest[0].map((p) => p[0]);
  const ys = largest[0].map((p) => p[1]);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  let best: Point = [(minX + maxX) / 2, (minY + maxY) / 2];
  let bestDistance = -1;
  const steps = 24;
  for (let i = 0; i <= steps; i++) {
    for (let j = 0; j <= steps; j++) {
      const point: Point = [minX + ((maxX - minX) * i) / steps, minY + ((maxY - minY) * j) / steps];
      if (!inside(point, largest)) continue;
      const distance = distanceToEdges(point, largest, bestDistance);
      if (distance > bestDistance) [best, bestDistance] = [point, distance];
    }
  }
  return [Math.round(best[0]), Math.round(best[1])];
}

/** Projects and simplifies both layers together, so that units and districts share their borders exactly. */
export function buildGeometry(source: MapSource = readMapSource()): MapGeometry {
  const { project, width, height } = projection(source);
  const areas = [...source.units, ...source.districts];
  // Every ring of every area, open, with its source positions as keys.
  const rings: KeyedRing[] = [];
  const ringsOf: number[][][] = areas.map((area) =>
    area.polygons.map((polygon: PolygonRings) =>
      polygon.map((ring) => {
        const open = ring.slice(0, -1);
        rings.push({ points: open.map((p) => project(p)), keys: open.map(([lon, lat]) => `${lon},${lat}`) });
        return rings.length - 1;
      }),
    ),
  );
  const simplified = simplifyRings(rings, SIMPLIFY_PX);
  const shapes = ringsOf.map((polygons) => polygons.map((polygon) => polygon.map((index) => simplified[index])));

  const units: MapUnit[] = source.units.map((area, i) => {
    const [x, y] = innerPoint(shapes[i]);
    return {
      ars: area.ars,
      label: unitLabel(area.row.shortName, area.row.type),
      type: area.row.type,
      districtArs: area.row.districtArs,
      d: pathData(shapes[i].flat()),
      x,
      y,
    };
  });
  const districts: MapArea[] = source.districts.map((area, i) => {
    const shape = shapes[source.units.length + i];
    const [x, y] = innerPoint(shape);
    return { ars: area.ars, label: districtLabel(area.row.shortName, area.row.type), d: pathData(shape.flat()), x, y };
  });
  return { width, height, units, districts };
}

let source: MapSource | undefined;
let geometry: MapGeometry | undefined;

/** The boundaries keyed by the directory, read on first use and kept (the GeoJSON download's outlines). */
export function mapSource(): MapSource {
  source ??= readMapSource();
  return source;
}

/** The geometry of this process, built on first use (about 0.1 s after reading the files) and kept. */
export function mapGeometry(): MapGeometry {
  geometry ??= buildGeometry(mapSource());
  return geometry;
}
