// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// The map downloads as files (gateway/opendata/map-downloads.ts serves them): an SVG of either map
// for reports and slides, complete with title, legend, what it leaves out and every attribution;
// and a GeoJSON of the public membership data per unit. Built from the same statuses and layers
// as the dashboard's maps (map.ts).
import type { CoverageQuery } from '../../client/generated/graphql';
import { DIRECTORY_ATTRIBUTION } from '../opendata/catalog';
import {
  COVERAGE_CLASSES,
  coverageDescription,
  coverageExplained,
  coverageMapLayers,
  fillOf,
  GEO_ATTRIBUTION,
  GEO_SOURCE_URL,
  h,
  NO_ELIGIBLE,
  renderSvg,
  STATUS_ORDER,
  STATUS_STYLES,
  statusText,
  TOWN_MARKER,
  unitMapLayers,
  unnamedMembersNote,
  type MapGeometry,
  type MapNetwork,
  type MapStates,
  type StatusStyle,
  type SvgNode,
} from './map';
import type { MapSource } from './source';

export type CoverageReport = CoverageQuery['coverageReport'];

/** What a map of one network on one day shows. */
export interface NetworkMap {
  network: MapNetwork;
  /** The network's name, e.g. "Netzwerk Digitale Dörfer RLP". */
  name: string;
  asOf: string;
  states: MapStates;
  coverage: CoverageReport;
}

const FONT = 'Arial, Helvetica, sans-serif';
const MARGIN = 20;
const COLUMN = 380;
const TEXT = '#111827';
const MUTED = '#4b5563';

/** Greedy line breaking by an average glyph width (about 0.52 em for Arial): good enough for a few sentences. */
function wrap(text: string, fontSize: number, width: number): string[] {
  const perLine = Math.floor(width / (fontSize * 0.52));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > perLine) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

function textBlock(x: number, y: number, lines: string[], fontSize: number, fill = TEXT, lineHeight = fontSize * 1.35): SvgNode {
  return h('text', { x, y, 'font-size': fontSize, fill }, ...lines.map((line, i) => h('tspan', { x, dy: i === 0 ? 0 : lineHeight }, line)));
}

/** "31.12.2024" */
const germanDay = (iso: string) => iso.split('-').reverse().join('.');

interface LegendEntry {
  label: string;
  swatch: SvgNode;
}

function legend(x: number, y: number, entries: LegendEntry[]): { node: SvgNode; bottom: number } {
  const rows = entries.map((entry, i) =>
    h(
      'g',
      { transform: `translate(${x} ${y + i * 24})` },
      entry.swatch,
      h('text', { x: 28, y: 12, 'font-size': 14, fill: TEXT }, entry.label),
    ),
  );
  return { node: h('g', { class: 'legend' }, ...rows), bottom: y + entries.length * 24 };
}

const swatch = (prefix: string, style: StatusStyle) =>
  h('rect', { width: 20, height: 15, fill: fillOf(prefix, style), stroke: '#6b7280', 'stroke-width': 0.75 });

/** The parts every download shares: title, the map at the left, the legend and notes at the right, the attributions below. */
function document(options: {
  id: string;
  title: string;
  description: string;
  geometry: MapGeometry;
  layers: SvgNode[];
  defs: SvgNode[];
  legendTitle: string;
  legend: LegendEntry[];
  notes: string[];
}): string {
  const { geometry } = options;
  const mapTop = 70;
  const columnX = MARGIN + geometry.width + 28;
  const width = columnX + COLUMN + MARGIN;
  const legendTitle = textBlock(columnX, mapTop + 14, [options.legendTitle], 15, TEXT);
  const { node: legendNode, bottom } = legend(columnX, mapTop + 28, options.legend);
  let y = bottom + 22;
  const notes: SvgNode[] = [];
  for (const note of options.notes) {
    const lines = wrap(note, 13, COLUMN);
    notes.push(textBlock(columnX, y, lines, 13, MUTED));
    y += lines.length * 13 * 1.35 + 10;
  }
  let footer = Math.max(mapTop + geometry.height, y) + 26;
  const sources: SvgNode[] = [
    h(
      'text',
      { x: MARGIN, y: footer, 'font-size': 12, fill: TEXT },
      'Karte: ',
      // the licence asks for the attribution linked to the BKG
      h('a', { href: GEO_SOURCE_URL }, h('tspan', { fill: '#1d4ed8', 'text-decoration': 'underline' }, GEO_ATTRIBUTION)),
      ' – Datenlizenz Deutschland – Namensnennung – Version 2.0 (dl-de/by-2-0, https://www.govdata.de/dl-de/by-2-0)',
    ),
  ];
  const directory = wrap(`Gemeindeverzeichnis: ${DIRECTORY_ATTRIBUTION}`, 11, width - 2 * MARGIN);
  footer += 18;
  sources.push(textBlock(MARGIN, footer, directory, 11, MUTED));
  footer += directory.length * 11 * 1.35 + 4;
  sources.push(
    textBlock(MARGIN, footer, ['Mitgliedschaften: veröffentlichte Angaben der Netzwerke. Erstellt vom KommunalNetz Hub.'], 11, MUTED),
  );
  const height = Math.ceil(footer + 16);
  const root = h(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      width,
      height,
      viewBox: `0 0 ${width} ${height}`,
      role: 'img',
      'aria-labelledby': `${options.id}-title ${options.id}-desc`,
      'font-family': FONT,
    },
    h('title', { id: `${options.id}-title` }, options.title),
    h('desc', { id: `${options.id}-desc` }, options.description),
    ...options.defs,
    h('rect', { width, height, fill: '#ffffff' }),
    textBlock(MARGIN, 34, [options.title], 22, TEXT),
    h('g', { class: 'map', transform: `translate(${MARGIN} ${mapTop})` }, ...options.layers),
    legendTitle,
    legendNode,
    ...notes,
    ...sources,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n${renderSvg(root)}\n`;
}

const districtLabels = (coverage: CoverageReport) => new Map(coverage.districts.map((d) => [d.districtArs ?? '', d.label]));

/** The map of members by unit, as an SVG file. */
export function unitMapSvg(map: NetworkMap, geometry: MapGeometry): string {
  const prefix = `karte-${map.network.toLowerCase()}`;
  const layers = unitMapLayers({
    network: map.network,
    geometry,
    states: map.states,
    districtLabels: districtLabels(map.coverage),
    prefix,
  });
  const counts = new Map<string, number>();
  for (const state of map.states.units.values()) counts.set(state.status, (counts.get(state.status) ?? 0) + 1);
  const styles = STATUS_STYLES[map.network];
  const entries: LegendEntry[] = STATUS_ORDER[map.network]
    .filter((status) => status !== 'DISTRICT_MEMBER' || counts.get(status))
    .map((status) => ({ label: `${styles[status].label} (${counts.get(status) ?? 0})`, swatch: swatch(prefix, styles[status]) }));
  if (map.network === 'IKONE_DS') {
    entries.push({
      label: TOWN_MARKER.label,
      swatch: h('circle', { cx: 10, cy: 7.5, r: TOWN_MARKER.radius + 1, fill: TOWN_MARKER.fill, stroke: '#6b7280', 'stroke-width': 0.75 }),
    });
  }
  const title = `${map.name}: Mitglieder am ${germanDay(map.asOf)}`;
  const notes = [
    'Je Verbandsgemeinde und verbandsfreier Gemeinde oder Stadt (kreisfreie Städte eingeschlossen); dunkle Linien: Landkreise und kreisfreie Städte.',
    unnamedMembersNote(map.states.members, map.coverage.latestReportedSize),
  ];
  if (map.network === 'IKONE_DS') notes.splice(1, 0, 'Punkte: die Mitgliedsstädte, jeweils in ihrem Gebiet.');
  return document({
    id: prefix,
    title,
    description: `${notes.join(' ')} Die Farbe jedes Gebiets zeigt seinen Status; jedes Gebiet nennt ihn auch als Text.`,
    geometry,
    defs: [layers.defs],
    layers: [layers.units, layers.outlines, layers.markers],
    legendTitle: 'Status des Gebiets',
    legend: entries,
    notes,
  });
}

/** The coverage map (share of inhabitants reached per district), as an SVG file. */
export function coverageMapSvg(map: NetworkMap, geometry: MapGeometry): string {
  const prefix = `abdeckung-${map.network.toLowerCase()}`;
  const layers = coverageMapLayers(geometry, map.coverage.districts, prefix, (row) => coverageDescription(row, map.coverage.complete));
  const entries: LegendEntry[] = [
    ...COVERAGE_CLASSES.map((c) => ({
      label: c.label,
      swatch: h('rect', { width: 20, height: 15, fill: c.fill, stroke: '#6b7280', 'stroke-width': 0.75 }),
    })),
    { label: NO_ELIGIBLE.label, swatch: swatch(prefix, NO_ELIGIBLE) },
  ];
  const notes = [
    coverageExplained(map.network),
    ...(map.coverage.complete ? [] : ['Das Register kennt nicht alle Mitglieder beim Namen: die Anteile sind Untergrenzen.']),
    unnamedMembersNote(map.states.members, map.coverage.latestReportedSize),
  ];
  return document({
    id: prefix,
    title: `${map.name}: Abdeckung je Landkreis am ${germanDay(map.asOf)}`,
    description: `${notes.join(' ')} Jeder Landkreis und jede kreisfreie Stadt nennt ihren Anteil auch als Text.`,
    geometry,
    defs: [layers.defs],
    layers: [layers.districts],
    legendTitle: 'Anteil der Einwohner erreicht',
    legend: entries,
    notes,
  });
}

const TYPE_WORDS: Record<string, string> = {
  KREISFREIE_STADT: 'kreisfreie Stadt',
  VERBANDSGEMEINDE: 'Verbandsgemeinde',
  VERBANDSFREIE_GEMEINDE: 'verbandsfreie Gemeinde',
  VERBANDSFREIE_STADT: 'verbandsfreie Stadt',
  GROSSE_KREISANGEHOERIGE_STADT: 'große kreisangehörige Stadt',
};

/** Coordinates as the source has them (5 decimals, about 1 m). */
const rounded = (polygons: MapSource['units'][number]['polygons']) =>
  polygons.map((polygon) => polygon.map((ring) => ring.map(([lon, lat]) => [Math.round(lon * 1e5) / 1e5, Math.round(lat * 1e5) / 1e5])));

/**
 * The public membership data per unit as GeoJSON (RFC 7946): the 170 units with their outlines
 * (BKG VG5000, WGS 84) and, per network, the status on the day, the named members in it and the
 * status in words; what the files and figures count, and their sources, as foreign members.
 */
export function membershipGeoJson(source: MapSource, asOf: string, maps: NetworkMap[]): string {
  const dd = maps.find((m) => m.network === 'DIGITALE_DOERFER_RLP')!;
  const ikone = maps.find((m) => m.network === 'IKONE_DS')!;
  const districtName = districtLabels(dd.coverage);
  const features = source.units.map((unit) => {
    const ddState = dd.states.units.get(unit.ars)!;
    const ikoneState = ikone.states.units.get(unit.ars)!;
    const namesOf = (state: typeof ddState) => [...(state.self ? [state.self.name] : []), ...state.inside.map((m) => m.name)].join('; ');
    return {
      type: 'Feature',
      id: unit.ars,
      properties: {
        ars: unit.ars,
        name: unit.row.name,
        art: TYPE_WORDS[unit.row.type] ?? unit.row.type,
        kreisArs: unit.row.districtArs,
        kreis: districtName.get(unit.row.districtArs) ?? null,
        einwohner: unit.row.population,
        digitaleDoerferStatus: ddState.status,
        digitaleDoerferStatusText: statusText('DIGITALE_DOERFER_RLP', ddState),
        digitaleDoerferMitglieder: namesOf(ddState) || null,
        ikoneDsStatus: ikoneState.status,
        ikoneDsStatusText: statusText('IKONE_DS', ikoneState),
        ikoneDsMitglieder: namesOf(ikoneState) || null,
      },
      geometry:
        unit.polygons.length === 1
          ? { type: 'Polygon', coordinates: rounded(unit.polygons)[0] }
          : { type: 'MultiPolygon', coordinates: rounded(unit.polygons) },
    };
  });
  const figures = (map: NetworkMap) => ({
    name: map.name,
    eingezeichneteMitglieder: map.states.members,
    gemeldeteMitglieder: map.coverage.latestReportedSize?.members ?? null,
    gemeldetAm: map.coverage.latestReportedSize?.reportedOn ?? null,
    gemeldetVon: map.coverage.latestReportedSize?.reportedBy ?? null,
    quelle: map.coverage.latestReportedSize?.source ?? null,
    vollstaendig: map.coverage.complete,
    hinweis: unnamedMembersNote(map.states.members, map.coverage.latestReportedSize),
  });
  return JSON.stringify({
    type: 'FeatureCollection',
    name: `Mitgliedschaften in den kommunalen Digitalisierungsnetzwerken je Verbandsgemeinde und verbandsfreier Einheit, Stichtag ${germanDay(asOf)}`,
    stichtag: asOf,
    statuswerte: Object.fromEntries(
      maps.map((m) => [m.network, Object.fromEntries(STATUS_ORDER[m.network].map((s) => [s, STATUS_STYLES[m.network][s].label]))]),
    ),
    netzwerke: Object.fromEntries(maps.map((m) => [m.network, figures(m)])),
    lizenz: 'Datenlizenz Deutschland – Namensnennung – Version 2.0 (dl-de/by-2-0, https://www.govdata.de/dl-de/by-2-0)',
    quellen: [
      `Gebietsgrenzen: ${GEO_ATTRIBUTION}, ${GEO_SOURCE_URL}`,
      `Gemeindeverzeichnis: ${DIRECTORY_ATTRIBUTION}`,
      'Mitgliedschaften: veröffentlichte Angaben der Netzwerke',
    ],
    features,
  });
}
