// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// The maps of both networks, once for the dashboard (drawn in the browser) and the SVG download
// (written by the gateway): which status each unit has on a Stichtag, in which colour, with which
// words, and the SVG itself as a small tree that either side turns into DOM or text. No imports
// that a browser bundle could not take (no node:, no type-graphql): the geometry comes in as data
// (gateway/geo/geometry.ts computes it from the BKG boundaries).

/** A unit or district of the map: its key, its German name, its outline as SVG path data, and a point inside it for a marker. */
export interface MapArea {
  /** The directory's ARS. */
  ars: string;
  /** German name with its kind, e.g. "Verbandsgemeinde Göllheim", "Landau in der Pfalz (kreisfreie Stadt)". */
  label: string;
  /** SVG path data in the map's coordinates (relative moves, whole pixels). */
  d: string;
  /** A point well inside the area (for a marker). */
  x: number;
  y: number;
}

/** One of the 170 units that tile the state: a Verbandsgemeinde or a verbandsfreie unit (kreisfreie Städte included). */
export interface MapUnit extends MapArea {
  /** The Landkreis or kreisfreie Stadt it lies in. */
  districtArs: string;
  /** The directory's kind of unit (VERBANDSGEMEINDE, VERBANDSFREIE_STADT, …). */
  type: string;
}

/** The geometry of both layers, projected and simplified (gateway/geo/geometry.ts). */
export interface MapGeometry {
  width: number;
  height: number;
  units: MapUnit[];
  districts: MapArea[];
}

// ---------------------------------------------------------------------------------------------
// Statuses

/** A named member as the API reports it, reduced to what places it on the map. */
export interface MapMember {
  ars: string;
  /** Its name (short, e.g. "Katzenelnbogen"). */
  name: string;
  /** The directory's kind (MunicipalityType). */
  type: string;
  /** For an Ortsgemeinde or a town in a Verbandsgemeinde: that Verbandsgemeinde. */
  verbandsgemeindeArs: string | null;
  /** Digitale Dörfer: a transfer point on the day; IKONE-DS: coordinates the network. */
  leading: boolean;
}

export type DigitaleDoerferStatus = 'TRANSFER_POINT' | 'MEMBER' | 'ORTSGEMEINDE_MEMBER' | 'DISTRICT_MEMBER' | 'NOT_KNOWN';
export type IkoneDsStatus = 'MEMBER' | 'TOWN_MEMBER' | 'NOT_KNOWN';
export type MapNetwork = 'DIGITALE_DOERFER_RLP' | 'IKONE_DS';
export type UnitStatus = DigitaleDoerferStatus | IkoneDsStatus;

/** What the map shows of one unit on the day. */
export interface UnitState {
  status: UnitStatus;
  /** The unit itself as a member (with its role), if it is one. */
  self: MapMember | null;
  /** Named members inside it (Ortsgemeinden, towns of a Verbandsgemeinde). */
  inside: MapMember[];
  /** The member Landkreis it lies in (Digitale Dörfer), if any. */
  district: MapMember | null;
}

/** A status as it is drawn and named: the legend's words, the fill, and a pattern where colour alone would not tell it apart. */
export interface StatusStyle {
  label: string;
  fill: string;
  /** Pattern (see mapDefs): stripes over the fill. */
  pattern?: 'stripes' | 'stripes-back';
  /** Colour of the stripes. */
  ink?: string;
}

// Okabe-Ito colours (distinguishable with every common colour-vision deficiency), the indirect
// statuses striped as well, so that they differ in texture too, and light grey for "not known".
const BLUE = '#0072B2';
const VERMILLION = '#D55E00';
const ORANGE = '#E69F00';
const NOT_KNOWN_FILL = '#e5e7eb';

export const STATUS_STYLES: Record<MapNetwork, Record<string, StatusStyle>> = {
  DIGITALE_DOERFER_RLP: {
    TRANSFER_POINT: { label: 'Transferstelle', fill: VERMILLION },
    MEMBER: { label: 'Mitglied', fill: BLUE },
    ORTSGEMEINDE_MEMBER: { label: 'Ortsgemeinde darin ist Mitglied', fill: '#d4e9f7', pattern: 'stripes', ink: BLUE },
    DISTRICT_MEMBER: { label: 'Landkreis ist Mitglied', fill: '#fbeccb', pattern: 'stripes-back', ink: ORANGE },
    NOT_KNOWN: { label: 'nicht als Mitglied bekannt', fill: NOT_KNOWN_FILL },
  },
  IKONE_DS: {
    MEMBER: { label: 'Mitglied', fill: BLUE },
    TOWN_MEMBER: { label: 'Stadt darin ist Mitglied', fill: '#d4e9f7', pattern: 'stripes', ink: BLUE },
    NOT_KNOWN: { label: 'nicht als Mitglied bekannt', fill: NOT_KNOWN_FILL },
  },
};

/** The order of the legend and of the unit tables: the strongest status first. */
export const STATUS_ORDER: Record<MapNetwork, UnitStatus[]> = {
  DIGITALE_DOERFER_RLP: ['TRANSFER_POINT', 'MEMBER', 'ORTSGEMEINDE_MEMBER', 'DISTRICT_MEMBER', 'NOT_KNOWN'],
  IKONE_DS: ['MEMBER', 'TOWN_MEMBER', 'NOT_KNOWN'],
};

/** The marker of a member town (IKONE-DS): vermillion with a white rim, visible on every fill. */
export const TOWN_MARKER = { fill: VERMILLION, stroke: '#ffffff', radius: 5, label: 'Mitgliedsstadt (Punkt im Gebiet)' };

const UNIT_TYPES = [
  'KREISFREIE_STADT',
  'VERBANDSGEMEINDE',
  'VERBANDSFREIE_GEMEINDE',
  'VERBANDSFREIE_STADT',
  'GROSSE_KREISANGEHOERIGE_STADT',
];
const IN_VERBANDSGEMEINDE = ['ORTSGEMEINDE', 'VERBANDSANGEHOERIGE_STADT'];

/** The statuses of all units on the day, and the named members the map cannot place (none while the directory and the map match). */
export interface MapStates {
  network: MapNetwork;
  units: Map<string, UnitState>;
  /** Member Landkreise (Digitale Dörfer). */
  districts: Map<string, MapMember>;
  unplaced: MapMember[];
  /** Named members on the day that the map shows, each counted once. */
  members: number;
}

/**
 * Each unit's status from the named members on the day: the unit itself a member (a transfer
 * point first), else a member inside it, else its Landkreis a member, else not known as a member.
 * Only named members are drawn; the members a network reported without names are not (they are
 * stated beside the map).
 */
export function unitStates(network: MapNetwork, geometry: MapGeometry, members: MapMember[]): MapStates {
  const units = new Map<string, UnitState>(
    geometry.units.map((u) => [u.ars, { status: 'NOT_KNOWN', self: null, inside: [], district: null } as UnitState]),
  );
  const districtsKnown = new Set(geometry.districts.map((d) => d.ars));
  const districts = new Map<string, MapMember>();
  const unplaced: MapMember[] = [];
  const seen = new Set<string>();
  for (const member of members) {
    if (seen.has(member.ars)) continue;
    seen.add(member.ars);
    if (UNIT_TYPES.includes(member.type) && units.has(member.ars)) {
      units.get(member.ars)!.self = member;
    } else if (IN_VERBANDSGEMEINDE.includes(member.type) && member.verbandsgemeindeArs && units.has(member.verbandsgemeindeArs)) {
      units.get(member.verbandsgemeindeArs)!.inside.push(member);
    } else if (member.type === 'LANDKREIS' && districtsKnown.has(member.ars)) {
      districts.set(member.ars, member);
    } else {
      unplaced.push(member);
    }
  }
  for (const unit of geometry.units) {
    const state = units.get(unit.ars)!;
    state.inside.sort((a, b) => a.name.localeCompare(b.name, 'de'));
    state.district = districts.get(unit.districtArs) ?? null;
    if (state.self) {
      state.status = network === 'DIGITALE_DOERFER_RLP' && state.self.leading ? 'TRANSFER_POINT' : 'MEMBER';
    } else if (state.inside.length > 0) {
      state.status = network === 'DIGITALE_DOERFER_RLP' ? 'ORTSGEMEINDE_MEMBER' : 'TOWN_MEMBER';
    } else if (state.district && network === 'DIGITALE_DOERFER_RLP') {
      state.status = 'DISTRICT_MEMBER';
    }
  }
  return { network, units, districts, unplaced, members: seen.size - unplaced.length };
}

const names = (members: MapMember[]) => members.map((m) => m.name).join(', ');

/** The status of a unit in words, e.g. "Ortsgemeinden darin sind Mitglied: Dörrebach, Seibersbach". */
export function statusText(network: MapNetwork, state: UnitState): string {
  const style = STATUS_STYLES[network][state.status];
  const parts: string[] = [];
  if (state.self) {
    let text = style.label;
    if (state.self.leading && network === 'IKONE_DS') text += ', koordiniert das Netzwerk';
    if (state.status === 'TRANSFER_POINT') text += ' (Mitglied)';
    parts.push(text);
    if (state.inside.length > 0) parts.push(`darin außerdem Mitglied: ${names(state.inside)}`);
  } else if (state.inside.length > 0) {
    const plural = state.inside.length > 1;
    const what = network === 'DIGITALE_DOERFER_RLP' ? (plural ? 'Ortsgemeinden' : 'Ortsgemeinde') : plural ? 'Städte' : 'Stadt';
    parts.push(`${what} darin ${plural ? 'sind' : 'ist'} Mitglied: ${names(state.inside)}`);
  } else if (state.status === 'DISTRICT_MEMBER') {
    parts.push(`${style.label} (${state.district!.name})`);
  } else {
    parts.push(style.label);
  }
  if (state.district && state.status !== 'DISTRICT_MEMBER') parts.push(`der Landkreis ist Mitglied (${state.district.name})`);
  return parts.join('; ');
}

/** The name of a unit with its district and status, for the area's accessible name and the readout. */
export function unitDescription(network: MapNetwork, unit: MapUnit, districtLabel: string, state: UnitState): string {
  const where = unit.districtArs === unit.ars ? '' : `, ${districtLabel}`;
  return `${unit.label}${where}: ${statusText(network, state)}`;
}

// ---------------------------------------------------------------------------------------------
// Coverage per district (choropleth)

/** Classes of the share of inhabitants reached (single-hue blues, ColorBrewer "Blues": readable with every colour-vision deficiency). */
export const COVERAGE_CLASSES: { label: string; max: number; fill: string }[] = [
  { label: '0 %', max: 0, fill: '#f7fbff' },
  { label: 'bis 10 %', max: 0.1, fill: '#c6dbef' },
  { label: 'über 10 bis 25 %', max: 0.25, fill: '#6baed6' },
  { label: 'über 25 bis 50 %', max: 0.5, fill: '#2171b5' },
  { label: 'über 50 %', max: 1, fill: '#08306b' },
];
export const NO_ELIGIBLE: StatusStyle = { label: 'keine Kommune der Zielgruppe', fill: '#f3f4f6', pattern: 'stripes', ink: '#9ca3af' };

/** The figures of one district, as the coverage report has them. */
export interface DistrictCoverage {
  districtArs: string | null;
  label: string;
  members: number;
  eligible: number;
  eligiblePopulation: number;
  populationReached: number;
  populationShare: number;
}

/** The class of a district's share (index into COVERAGE_CLASSES), or null when it has no eligible inhabitants. */
export function coverageClass(row: Pick<DistrictCoverage, 'eligiblePopulation' | 'populationShare'>): number | null {
  if (row.eligiblePopulation <= 0) return null;
  if (row.populationShare <= 0) return 0;
  const index = COVERAGE_CLASSES.findIndex((c, i) => i > 0 && row.populationShare <= c.max + 1e-12);
  return index < 0 ? COVERAGE_CLASSES.length - 1 : index;
}

/** German words of a district's coverage, for its accessible name and the readout. */
export function coverageDescription(row: DistrictCoverage, complete: boolean): string {
  const share = (n: number) => `${(Math.round(n * 1000) / 10).toLocaleString('de-DE')} %`;
  if (row.eligiblePopulation <= 0) return `${row.label}: keine Kommune, an die sich das Netzwerk richtet`;
  const bound = complete ? '' : 'mindestens ';
  return (
    `${row.label}: ${bound}${share(row.populationShare)} der Einwohner erreicht ` +
    `(${row.populationReached.toLocaleString('de-DE')} von ${row.eligiblePopulation.toLocaleString('de-DE')}); ` +
    `${row.members.toLocaleString('de-DE')} von ${row.eligible.toLocaleString('de-DE')} Kommunen Mitglied`
  );
}

/** What the coverage map's share counts (the coverage report's populationShare), in German. */
export function coverageExplained(network: MapNetwork): string {
  return network === 'DIGITALE_DOERFER_RLP'
    ? 'Anteil der Einwohnerinnen und Einwohner der Kommunen, an die sich das Netzwerk richtet, deren Gemeinde, Verbandsgemeinde oder Landkreis Mitglied ist.'
    : 'Anteil der Einwohnerinnen und Einwohner der Kommunen, an die sich das Netzwerk richtet (Groß- und Mittelstädte, dazu jedes Mitglied), deren Kommune selbst Mitglied ist.';
}

// ---------------------------------------------------------------------------------------------
// SVG as a small tree

export interface SvgNode {
  tag: string;
  attrs: Record<string, string | number | undefined>;
  children: (SvgNode | string)[];
}

export function h(tag: string, attrs: SvgNode['attrs'] = {}, ...children: (SvgNode | string | null | undefined | false)[]): SvgNode {
  return { tag, attrs, children: children.filter((c): c is SvgNode | string => c !== null && c !== undefined && c !== false) };
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The tree as XML text (the download). */
export function renderSvg(node: SvgNode | string): string {
  if (typeof node === 'string') return escapeXml(node);
  const attrs = Object.entries(node.attrs)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`)
    .join('');
  if (node.children.length === 0) return `<${node.tag}${attrs}/>`;
  return `<${node.tag}${attrs}>${node.children.map(renderSvg).join('')}</${node.tag}>`;
}

/** The stripe patterns of the statuses that need one, with ids under `prefix` (one document may hold several maps). */
export function mapDefs(prefix: string, styles: StatusStyle[]): SvgNode {
  const patterns = styles
    .filter((s) => s.pattern)
    .map((s) =>
      h(
        'pattern',
        {
          id: patternId(prefix, s),
          patternUnits: 'userSpaceOnUse',
          width: 6,
          height: 6,
          patternTransform: `rotate(${s.pattern === 'stripes' ? 45 : -45})`,
        },
        h('rect', { width: 6, height: 6, fill: s.fill }),
        h('rect', { width: 2.5, height: 6, fill: s.ink }),
      ),
    );
  return h('defs', {}, ...patterns);
}

function patternId(prefix: string, style: StatusStyle): string {
  return `${prefix}-${style.pattern}-${style.ink!.slice(1)}-${style.fill.slice(1)}`;
}

/** The fill attribute of a style: its colour, or its pattern. */
export function fillOf(prefix: string, style: StatusStyle): string {
  return style.pattern ? `url(#${patternId(prefix, style)})` : style.fill;
}

const UNIT_STROKE = { stroke: '#ffffff', 'stroke-width': 0.6, 'stroke-linejoin': 'round' };
const DISTRICT_STROKE = { fill: 'none', stroke: '#374151', 'stroke-width': 1.1, 'stroke-linejoin': 'round' };

export interface UnitMapOptions {
  network: MapNetwork;
  geometry: MapGeometry;
  states: MapStates;
  /** Label of each district (the coverage report's, e.g. "Landkreis Ahrweiler"). */
  districtLabels: Map<string, string>;
  /** Prefix of ids in the document. */
  prefix: string;
}

/** The areas of the unit map: one path per unit with its status as class and fill, and its name and status as its title. */
export function unitMapLayers({ network, geometry, states, districtLabels, prefix }: UnitMapOptions): {
  defs: SvgNode;
  units: SvgNode;
  outlines: SvgNode;
  markers: SvgNode;
} {
  const styles = STATUS_STYLES[network];
  // what all areas share is said once, on their group
  const units = h(
    'g',
    { class: 'units', 'fill-rule': 'evenodd', ...UNIT_STROKE },
    ...geometry.units.map((unit) => {
      const state = states.units.get(unit.ars)!;
      const description = unitDescription(network, unit, districtLabels.get(unit.districtArs) ?? '', state);
      // the name and status as the area's <title>: its accessible name, and the tooltip under the mouse
      return h(
        'path',
        {
          d: unit.d,
          class: `unit status-${state.status.toLowerCase().replace(/_/g, '-')}`,
          'data-ars': unit.ars,
          'data-status': state.status,
          fill: fillOf(prefix, styles[state.status]),
        },
        h('title', {}, description),
      );
    }),
  );
  // District borders on top, for orientation; a member Landkreis (Digitale Dörfer) in orange.
  const outlines = h(
    'g',
    { class: 'district-outlines', 'aria-hidden': 'true', 'fill-rule': 'evenodd', ...DISTRICT_STROKE },
    ...geometry.districts.map((district) =>
      h('path', {
        d: district.d,
        ...(states.districts.has(district.ars) ? { stroke: ORANGE, 'stroke-width': 2.5, class: 'district-member' } : {}),
      }),
    ),
  );
  // IKONE-DS: each member town as a point in its unit (a town's own outline is not in the data);
  // two towns in one unit side by side.
  const markers = h(
    'g',
    { class: 'town-markers', 'aria-hidden': 'true', fill: TOWN_MARKER.fill, stroke: TOWN_MARKER.stroke, 'stroke-width': 1.5 },
    ...(network === 'IKONE_DS' ? geometry.units : []).flatMap((unit) => {
      const state = states.units.get(unit.ars)!;
      const towns = [...(state.self ? [state.self] : []), ...state.inside];
      return towns.map((town, i) =>
        h('circle', {
          cx: unit.x + (i - (towns.length - 1) / 2) * 2.2 * TOWN_MARKER.radius,
          cy: unit.y,
          r: TOWN_MARKER.radius,
          'data-ars': town.ars,
        }),
      );
    }),
  );
  return { defs: mapDefs(prefix, Object.values(styles)), units, outlines, markers };
}

/** The areas of the coverage map: one path per district, filled by its share of inhabitants reached. */
export function coverageMapLayers(
  geometry: MapGeometry,
  rows: DistrictCoverage[],
  prefix: string,
  describe: (row: DistrictCoverage) => string,
): { defs: SvgNode; districts: SvgNode } {
  const byArs = new Map(rows.map((r) => [r.districtArs, r]));
  const districts = h(
    'g',
    { class: 'districts', 'fill-rule': 'evenodd', stroke: '#374151', 'stroke-width': 0.8, 'stroke-linejoin': 'round' },
    ...geometry.districts.map((district) => {
      const row = byArs.get(district.ars);
      const level = row ? coverageClass(row) : null;
      return h(
        'path',
        {
          d: district.d,
          class: `district ${level === null ? 'coverage-none' : `coverage-${level}`}`,
          'data-ars': district.ars,
          'data-class': level === null ? 'none' : String(level),
          fill: level === null ? fillOf(prefix, NO_ELIGIBLE) : COVERAGE_CLASSES[level].fill,
        },
        h('title', {}, row ? describe(row) : `${district.label}: keine Angaben`),
      );
    }),
  );
  return { defs: mapDefs(prefix, [NO_ELIGIBLE]), districts };
}

// ---------------------------------------------------------------------------------------------
// Words beside every map

/** The attribution the BKG's boundaries require beside every map made from them, linked to GEO_SOURCE_URL (gateway/geo/data/README.md). */
export const GEO_ATTRIBUTION = '© GeoBasis-DE / BKG 2021 (Daten verändert)';
export const GEO_SOURCE_URL = 'https://www.bkg.bund.de';

/** A reported network size as the reports carry it. */
export interface ReportedSizeFacts {
  members: number;
  reportedOn: string;
  reportedOnPrecision: 'DAY' | 'MONTH' | 'YEAR';
  reportedBy: string;
}

/** German date in the source's precision: "19.04.2021", "April 2025", "2022". */
export function reportedOnText(size: Pick<ReportedSizeFacts, 'reportedOn' | 'reportedOnPrecision'>): string {
  if (size.reportedOnPrecision === 'YEAR') return size.reportedOn;
  if (size.reportedOnPrecision === 'DAY') {
    const [year, month, day] = size.reportedOn.split('-');
    return `${day}.${month}.${year}`;
  }
  return new Intl.DateTimeFormat('de-DE', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${size.reportedOn}-01T00:00:00Z`),
  );
}

const count = (n: number, one: string, many: string) => `${n.toLocaleString('de-DE')} ${n === 1 ? one : many}`;

/**
 * What the map leaves out, in German: the members a network reported without names. The registry
 * knows only some members by name (Digitale Dörfer RLP: a handful of about 61); a map of those alone
 * would look like the network, so the difference is stated beside it, never drawn.
 */
export function unnamedMembersNote(drawn: number, reported: ReportedSizeFacts | null): string {
  const shown = `Eingezeichnet ${drawn === 1 ? 'ist' : 'sind'} ${count(drawn, 'Mitglied', 'Mitglieder')}, die dieses Register beim Namen kennt.`;
  if (!reported) return `${shown} Eine Mitgliederzahl des Netzwerks ist für diesen Tag nicht gemeldet: es kann weitere Mitglieder geben.`;
  const when = `${reportedOnText(reported)}, laut ${reported.reportedBy}`;
  const missing = reported.members - drawn;
  if (missing <= 0)
    return `${shown} Gemeldet ${reported.members === 1 ? 'ist' : 'sind'} ${count(reported.members, 'Mitglied', 'Mitglieder')} (${when}): alle sind eingezeichnet.`;
  return (
    `${shown} Gemeldet sind ${count(reported.members, 'Mitglied', 'Mitglieder')} (${when}): ` +
    `${count(missing, 'Mitglied ist', 'Mitglieder sind')} nicht namentlich bekannt und deshalb nicht eingezeichnet. ` +
    '„Nicht als Mitglied bekannt“ heißt also nicht „kein Mitglied“.'
  );
}
