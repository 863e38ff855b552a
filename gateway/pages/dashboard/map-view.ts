// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

/// <reference lib="dom" />
// The dashboard's maps: per network the members by Verbandsgemeinde and verbandsfreie unit, and
// the coverage per Landkreis, drawn from the geometry that scripts/build-pages.js puts into this
// script (MAP_GEOMETRY: no map service, no tiles, no other host) with the statuses and words of
// gateway/geo/map.ts, which the SVG downloads use as well. Every area is reachable by keyboard
// (one tab stop per map, then the arrow keys from area to area), names itself with its status,
// and shows it in the readout beside the map; a table beside each map holds the same facts.
import { today } from '../../../common/dates';
import { MitgliederkarteDocument, type MitgliederkarteQuery } from '../../geo/generated/operations';
import {
  COVERAGE_CLASSES,
  coverageDescription,
  coverageExplained,
  coverageMapLayers,
  fillOf,
  GEO_ATTRIBUTION,
  GEO_SOURCE_URL,
  h,
  mapDefs,
  NO_ELIGIBLE,
  STATUS_ORDER,
  STATUS_STYLES,
  statusText,
  TOWN_MARKER,
  unitMapLayers,
  unitStates,
  unnamedMembersNote,
  type MapGeometry,
  type MapNetwork,
  type StatusStyle,
  type SvgNode,
} from '../../geo/map';
import { MapTooLarge, readMapMembers, type MapMembers } from '../../geo/members';
import { formatInteger } from './format';
import { ReportError, sendOperation, type NetworkReport } from './report';

declare const MAP_GEOMETRY: MapGeometry;

const SVG = 'http://www.w3.org/2000/svg';

type Child = Node | string;

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

/** The shared SVG tree as DOM (attributes and text only: nothing is parsed). */
function toDom(node: SvgNode | string): Node {
  if (typeof node === 'string') return document.createTextNode(node);
  const element = document.createElementNS(SVG, node.tag);
  for (const [name, value] of Object.entries(node.attrs)) if (value !== undefined) element.setAttribute(name, String(value));
  for (const child of node.children) element.append(toDom(child));
  return element;
}

/** The named members of both networks on the day, through this origin's /graphql (several requests only beyond 100 members). */
export async function fetchMapMembers(asOf: string): Promise<MapMembers> {
  try {
    return await readMapMembers(asOf, today(), (variables) =>
      sendOperation<MitgliederkarteQuery>('Mitgliederkarte', MitgliederkarteDocument.toString(), variables),
    );
  } catch (error) {
    if (error instanceof MapTooLarge) throw new ReportError('Die Netzwerke haben mehr Mitglieder, als die Karte lesen kann.');
    throw error;
  }
}

/** One area the keyboard can reach: its element and the point it is reached from. */
interface Area {
  element: SVGElement;
  /** Its name and status (its title). */
  name: string;
  x: number;
  y: number;
}

/** The nearest area in the direction of an arrow key (within 60° of it), or none. */
function nearest(from: Area, areas: Area[], dx: number, dy: number): Area | undefined {
  let best: Area | undefined;
  let bestScore = Infinity;
  for (const area of areas) {
    if (area === from) continue;
    const [vx, vy] = [area.x - from.x, area.y - from.y];
    const along = vx * dx + vy * dy;
    const across = Math.abs(vx * dy - vy * dx);
    if (along <= 0 || across > along * 1.8) continue;
    const score = along + 2 * across;
    if (score < bestScore) [best, bestScore] = [area, score];
  }
  return best;
}

/**
 * Makes a drawn map usable without a mouse: one tab stop (the first area of `start`), arrow keys
 * to the nearest area in their direction, Home and End to the first and last area; the focused or
 * pointed area's name and status appear in the readout, and a dark ring marks it on the map.
 */
function interactive(
  svg: SVGSVGElement,
  points: Map<string, { x: number; y: number }>,
  readout: HTMLElement,
  start: string | undefined,
): void {
  const ring = document.createElementNS(SVG, 'path');
  ring.setAttribute('class', 'focus-ring');
  ring.setAttribute('fill', 'none');
  ring.setAttribute('aria-hidden', 'true');
  svg.append(ring);
  const areas: Area[] = Array.from(svg.querySelectorAll<SVGElement>('path[data-ars]')).map((element) => ({
    element,
    name: element.querySelector('title')?.textContent ?? '',
    ...points.get(element.dataset.ars ?? '')!,
  }));
  const first = areas.find((a) => a.element.dataset.ars === start) ?? areas[0];
  const hint = readout.textContent ?? '';
  /** An area's name and status in the readout, or the hint how to choose one. */
  const show = (area: Area | null) => {
    readout.textContent = area ? area.name : hint;
    readout.classList.toggle('idle', !area);
  };
  let current = first;
  for (const area of areas) {
    area.element.setAttribute('role', 'img');
    area.element.setAttribute('tabindex', area === first ? '0' : '-1');
    area.element.addEventListener('focus', () => {
      current.element.setAttribute('tabindex', '-1');
      current = area;
      area.element.setAttribute('tabindex', '0');
      ring.setAttribute('d', area.element.getAttribute('d') ?? '');
      ring.classList.add('shown');
      show(area);
    });
    area.element.addEventListener('blur', () => ring.classList.remove('shown'));
    area.element.addEventListener('pointerenter', () => show(area));
    area.element.addEventListener('pointerleave', () => show(svg.contains(document.activeElement) ? current : null));
    area.element.addEventListener('click', () => area.element.focus());
    area.element.addEventListener('keydown', (event) => {
      const direction: Record<string, [number, number]> = { ArrowUp: [0, -1], ArrowDown: [0, 1], ArrowLeft: [-1, 0], ArrowRight: [1, 0] };
      let next: Area | undefined;
      if (event.key in direction) next = nearest(area, areas, ...direction[event.key]);
      else if (event.key === 'Home') next = areas[0];
      else if (event.key === 'End') next = areas[areas.length - 1];
      else return;
      // the page does not scroll while the arrows move on the map
      event.preventDefault();
      next?.element.focus();
    });
  }
}

/** A map as an <svg> of its own size (it scales to its box), named by its title. */
function mapSvg(id: string, title: string, defs: SvgNode[], layers: SvgNode[]): SVGSVGElement {
  return toDom(
    h(
      'svg',
      {
        viewBox: `0 0 ${MAP_GEOMETRY.width} ${MAP_GEOMETRY.height}`,
        class: 'map',
        id: `${id}-svg`,
        role: 'group',
        'aria-labelledby': `${id}-title`,
      },
      h('title', { id: `${id}-title` }, title),
      ...defs,
      ...layers,
    ),
  ) as SVGSVGElement;
}

function swatch(prefix: string, style: StatusStyle): SVGSVGElement {
  return toDom(
    h(
      'svg',
      { class: 'map-swatch', width: 20, height: 15, viewBox: '0 0 20 15', 'aria-hidden': 'true' },
      mapDefs(prefix, [style]),
      h('rect', { width: 20, height: 15, fill: fillOf(prefix, style), stroke: '#6b7280', 'stroke-width': 1 }),
    ),
  ) as SVGSVGElement;
}

const markerSwatch = () =>
  toDom(
    h(
      'svg',
      { class: 'map-swatch', width: 20, height: 15, viewBox: '0 0 20 15', 'aria-hidden': 'true' },
      h('circle', { cx: 10, cy: 7.5, r: TOWN_MARKER.radius + 1, fill: TOWN_MARKER.fill, stroke: '#6b7280', 'stroke-width': 1 }),
    ),
  );

/** The attribution the boundaries' licence requires beside every map, linked to the BKG. */
function attribution(): HTMLElement {
  return el(
    'p',
    { class: 'map-attribution' },
    'Kartengrundlage: ',
    el('a', { href: GEO_SOURCE_URL, rel: 'external noopener noreferrer' }, GEO_ATTRIBUTION),
  );
}

function readoutFor(id: string): HTMLElement {
  return el(
    'p',
    { class: 'map-readout idle', id: `${id}-readout` },
    'Gebiet wählen (Tabulatortaste, dann Pfeiltasten, oder Maus): hier stehen Name und Status.',
  );
}

function districtLabels(report: NetworkReport): Map<string, string> {
  return new Map(report.coverage.districts.map((d) => [d.districtArs ?? '', d.label]));
}

/** The unit map of a network with legend, readout, what it leaves out, attribution and downloads; beside it the table of the units with a known status. */
export function memberMapSection(report: NetworkReport, members: MapMembers | Error): HTMLElement {
  const network: MapNetwork = report.id;
  const id = `member-map-${network}`;
  const headingId = `${id}-heading`;
  const section = el(
    'section',
    { 'aria-labelledby': headingId, class: 'map-section' },
    el('h3', { id: headingId }, 'Karte der Mitglieder je Verbandsgemeinde und verbandsfreier Gemeinde oder Stadt'),
  );
  if (members instanceof Error) {
    const message = members instanceof ReportError ? members.message : 'Die Antwort der Schnittstelle ließ sich nicht anzeigen.';
    section.append(el('p', { class: 'problem', id: `${id}-problem` }, `Die Karte konnte nicht geladen werden. ${message}`));
    return section;
  }
  const named = network === 'DIGITALE_DOERFER_RLP' ? members.digitaleDoerfer : members.ikoneDs;
  const states = unitStates(network, MAP_GEOMETRY, named);
  const labels = districtLabels(report);
  const layers = unitMapLayers({ network, geometry: MAP_GEOMETRY, states, districtLabels: labels, prefix: id });
  const svg = mapSvg(id, `Karte der Mitglieder – ${report.name}`, [layers.defs], [layers.units, layers.outlines, layers.markers]);
  const readout = readoutFor(id);
  const firstMember = MAP_GEOMETRY.units.find((u) => states.units.get(u.ars)?.status !== 'NOT_KNOWN')?.ars;
  interactive(svg, new Map(MAP_GEOMETRY.units.map((u) => [u.ars, u])), readout, firstMember);

  const counts = new Map<string, number>();
  for (const state of states.units.values()) counts.set(state.status, (counts.get(state.status) ?? 0) + 1);
  const styles = STATUS_STYLES[network];
  const legend = el(
    'ul',
    { class: 'legend map-legend', id: `${id}-legend`, 'aria-label': 'Legende' },
    ...STATUS_ORDER[network]
      .filter((status) => status !== 'DISTRICT_MEMBER' || counts.get(status))
      .map((status, i) =>
        el(
          'li',
          { 'data-status': status },
          swatch(`${id}-legend-${i}`, styles[status]),
          `${styles[status].label} (${formatInteger(counts.get(status) ?? 0)})`,
        ),
      ),
    ...(network === 'IKONE_DS' ? [el('li', {}, markerSwatch(), TOWN_MARKER.label)] : []),
  );
  const caption =
    'Jedes Gebiet ist eine Verbandsgemeinde oder eine verbandsfreie Gemeinde oder Stadt (kreisfreie Städte eingeschlossen); dunkle Linien: Landkreise und kreisfreie Städte.' +
    (network === 'IKONE_DS' ? ' Punkte: die Mitgliedsstädte, jeweils in ihrem Gebiet.' : '') +
    ' Dieselben Angaben stehen in der Tabelle.';
  const asOf = members.asOf;
  const figure = el(
    'figure',
    { id, class: 'map-figure' },
    el('div', { class: 'map-box' }, svg),
    readout,
    legend,
    el('figcaption', {}, caption),
    el('p', { class: 'map-note', id: `${id}-unnamed` }, unnamedMembersNote(states.members, report.coverage.latestReportedSize)),
    attribution(),
    el(
      'p',
      { class: 'download' },
      el(
        'a',
        { href: `/reports/map.svg?network=${network}&stichtag=${asOf}`, download: '' },
        'Karte als SVG-Datei (für Berichte und Folien)',
      ),
      ' · ',
      el('a', { href: `/reports/map.geojson?stichtag=${asOf}`, download: '' }, 'Mitgliedschaften je Gebiet als GeoJSON (offene Daten)'),
    ),
  );

  // The table: every unit with a known status, strongest first; the rest in one line.
  const order = STATUS_ORDER[network];
  const known = MAP_GEOMETRY.units
    .filter((u) => states.units.get(u.ars)!.status !== 'NOT_KNOWN')
    .sort(
      (a, b) =>
        order.indexOf(states.units.get(a.ars)!.status) - order.indexOf(states.units.get(b.ars)!.status) ||
        a.label.localeCompare(b.label, 'de'),
    );
  const rest = MAP_GEOMETRY.units.length - known.length;
  const captionId = `${id}-table-caption`;
  const row = (cells: Child[], ars?: string) =>
    el('tr', ars ? { 'data-ars': ars } : {}, el('th', { scope: 'row' }, cells[0]), ...cells.slice(1).map((c) => el('td', {}, c)));
  const table = el(
    'table',
    { id: `${id}-table` },
    el('caption', { id: captionId }, `Gebiete mit bekanntem Status – ${report.name}`),
    el('thead', {}, el('tr', {}, ...['Gebiet', 'Landkreis / kreisfreie Stadt', 'Status'].map((t) => el('th', { scope: 'col' }, t)))),
    el(
      'tbody',
      {},
      ...known.map((u) =>
        row(
          [u.label, u.districtArs === u.ars ? '–' : (labels.get(u.districtArs) ?? ''), statusText(network, states.units.get(u.ars)!)],
          u.ars,
        ),
      ),
    ),
    el('tfoot', {}, row([`Übrige ${formatInteger(rest)} Gebiete`, '', styles.NOT_KNOWN.label])),
  );
  section.append(
    el(
      'div',
      { class: 'pair' },
      figure,
      el(
        'div',
        { class: 'table-block' },
        el('div', { class: 'table-box', tabindex: '0', role: 'region', 'aria-labelledby': captionId }, table),
      ),
    ),
  );
  return section;
}

/** The coverage per district as a map (share of inhabitants reached), for the coverage section; its table is the coverage table beside it. */
export function coverageMapFigure(report: NetworkReport): HTMLElement {
  const network: MapNetwork = report.id;
  const id = `coverage-map-${network}`;
  const rows = report.coverage.districts;
  const layers = coverageMapLayers(MAP_GEOMETRY, rows, id, (row) => coverageDescription(row, report.coverage.complete));
  const svg = mapSvg(id, `Karte: Abdeckung je Landkreis und kreisfreier Stadt – ${report.name}`, [layers.defs], [layers.districts]);
  const readout = readoutFor(id);
  const reached = rows.filter((r) => r.populationReached > 0).map((r) => r.districtArs ?? '');
  interactive(
    svg,
    new Map(MAP_GEOMETRY.districts.map((d) => [d.ars, d])),
    readout,
    reached.length ? MAP_GEOMETRY.districts.find((d) => reached.includes(d.ars))?.ars : undefined,
  );
  const legend = el(
    'ul',
    { class: 'legend map-legend', id: `${id}-legend`, 'aria-label': 'Legende' },
    ...COVERAGE_CLASSES.map((c, i) => el('li', {}, swatch(`${id}-legend-${i}`, { label: c.label, fill: c.fill }), c.label)),
    el('li', {}, swatch(`${id}-legend-none`, NO_ELIGIBLE), NO_ELIGIBLE.label),
  );
  const caption =
    `${coverageExplained(network)}${report.coverage.complete ? '' : ' Das Register kennt nicht alle Mitglieder beim Namen: die Anteile sind Untergrenzen.'}` +
    ' Die Zahlen stehen in der Tabelle (Spalte „Anteil“).';
  return el(
    'figure',
    { id, class: 'map-figure' },
    el('div', { class: 'map-box' }, svg),
    readout,
    legend,
    el('figcaption', {}, caption),
    attribution(),
    el(
      'p',
      { class: 'download' },
      el(
        'a',
        { href: `/reports/coverage-map.svg?network=${network}&stichtag=${report.coverage.asOf}`, download: '' },
        'Karte als SVG-Datei (für Berichte und Folien)',
      ),
    ),
  );
}
