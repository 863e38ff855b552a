// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

/// <reference lib="dom" />
// The membership dashboard: fetches the report of both networks from this gateway's /graphql and
// shows, per network, the key figures, a map of the members (map-view.ts), coverage per district
// (as a map and as bars) and members by year of joining, each chart next to a table with the same
// numbers. No framework: the DOM is built here, with textContent only (API text is never parsed
// as HTML).
import './dashboard.css';
import { shareBarChart, yearChart, type YearPoint } from './charts';
import { formatDate, formatInteger, formatShare } from './format';
import { coverageMapFigure, fetchMapMembers, memberMapSection } from './map-view';
import { fetchReport, ReportError, type CoverageRow, type NetworkReport } from './report';
import type { MapMembers } from '../../geo/members';
import { germanDate, isValidDate, REPORT_DATE_MIN, today as todayInGermany } from '../../../common/dates';

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

/** Redraws a chart for the width of its box; charts are drawn for their pixel width. */
const redraws: { box: HTMLElement; draw: (width: number) => SVGSVGElement; width: number }[] = [];

function chartBox(draw: (width: number) => SVGSVGElement): HTMLElement {
  const box = el('div', { class: 'chart-box' });
  redraws.push({ box, draw, width: -1 });
  return box;
}

function redrawCharts(): void {
  for (const chart of redraws) {
    const width = Math.floor(chart.box.clientWidth);
    if (width > 0 && width !== chart.width) {
      chart.width = width;
      chart.box.replaceChildren(chart.draw(width));
    }
  }
}

/** A table in a box that scrolls sideways on a narrow screen; the box is focusable so that keyboard users can scroll it. */
function tableBlock(id: string, caption: string, head: string[], rows: Child[][], foot: Child[], download: Download): HTMLElement {
  const captionId = `${id}-caption`;
  const table = el(
    'table',
    { id },
    el('caption', { id: captionId }, caption),
    el('thead', {}, el('tr', {}, ...head.map((h, i) => el('th', { scope: 'col', class: i === 0 ? '' : 'num' }, h)))),
    el('tbody', {}, ...rows.map((cells) => row(cells))),
  );
  table.append(el('tfoot', {}, row(foot)));
  return el(
    'div',
    { class: 'table-block' },
    el('div', { class: 'table-box', tabindex: '0', role: 'region', 'aria-labelledby': captionId }, table),
    // The same numbers for spreadsheets (the gateway's /reports/*.{xlsx,csv}, same query as the API):
    // the workbook for Excel (keys stay text there), the CSV for other programs and for data.
    el(
      'p',
      { class: 'download' },
      el('a', { href: downloadUrl(download, 'xlsx'), download: '' }, `${caption} als Excel-Datei (XLSX)`),
      ' · ',
      el('a', { href: downloadUrl(download, 'csv'), download: '' }, `${caption} als CSV-Datei`),
    ),
  );
}

/** A report download of the gateway, for the Stichtag shown. */
interface Download {
  report: 'coverage' | 'membership';
  parameters: Record<string, string>;
}

function downloadUrl({ report, parameters }: Download, format: 'csv' | 'xlsx'): string {
  return `/reports/${report}.${format}?${new URLSearchParams(parameters).toString()}`;
}

function row(cells: Child[]): HTMLTableRowElement {
  return el('tr', {}, ...cells.map((cell, i) => (i === 0 ? el('th', { scope: 'row' }, cell) : el('td', { class: 'num' }, cell))));
}

/** Marks a figure that counts only the members known here, while the network reports more. */
function lowerBound(report: NetworkReport, value: string): string {
  return report.coverage.complete ? value : `mindestens ${value} (Untergrenze)`;
}

/** German date in the source's precision: "19.04.2021", "April 2025", "2022". */
function reportedOnText(size: NonNullable<NetworkReport['coverage']['latestReportedSize']>): string {
  if (size.reportedOnPrecision === 'DAY') return formatDate(size.reportedOn);
  if (size.reportedOnPrecision === 'YEAR') return size.reportedOn;
  return new Intl.DateTimeFormat('de-DE', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${size.reportedOn}-01T00:00:00Z`),
  );
}

function keyFigures(report: NetworkReport): HTMLElement {
  const state = report.coverage.state;
  const size = report.coverage.latestReportedSize;
  const figure = (term: string, value: string, id?: string) =>
    el('div', { class: 'key-figure', ...(id ? { id: `${id}-${report.id}` } : {}) }, el('dt', {}, term), el('dd', {}, value));
  return el(
    'dl',
    { class: 'key-figures' },
    figure('Bekannte Mitglieder (in diesem Register)', formatInteger(report.coverage.knownMembers), 'known-members'),
    figure('Gemeldete Mitglieder', size ? `${formatInteger(size.members)} (${reportedOnText(size)})` : 'keine Meldung', 'reported-members'),
    figure('Mitglieder', formatInteger(state.members)),
    figure('Berechtigte Kommunen', formatInteger(state.eligible)),
    figure('Abdeckung', lowerBound(report, formatShare(state.coverage)), 'coverage-figure'),
    figure(
      'Erreichte Einwohner',
      lowerBound(report, `${formatInteger(state.populationReached)} von ${formatInteger(state.eligiblePopulation)}`),
    ),
    figure('Anteil der Einwohner', lowerBound(report, formatShare(state.populationShare))),
  );
}

/**
 * What the figures count, beside them: known against reported members, with who reported it and
 * the source. The source is shown as text: the page links nowhere but this origin.
 */
function completeness(report: NetworkReport): HTMLElement {
  const size = report.coverage.latestReportedSize;
  const box = el('div', {
    class: report.coverage.complete ? 'completeness' : 'completeness incomplete',
    id: `completeness-${report.id}`,
    role: 'note',
  });
  box.append(el('p', {}, report.coverage.note));
  if (size) {
    box.append(
      el(
        'p',
        { class: 'source' },
        `Gemeldet von ${size.reportedBy}${size.remark ? ` (${size.remark})` : ''}. Quelle: `,
        el('span', { class: 'url' }, size.source),
      ),
    );
  }
  return box;
}

function coverageCells(r: CoverageRow): Child[] {
  return [
    r.label,
    formatInteger(r.members),
    formatInteger(r.eligible),
    r.eligible > 0 ? formatShare(r.coverage) : '–',
    formatInteger(r.eligiblePopulation),
    formatInteger(r.populationReached),
    r.eligiblePopulation > 0 ? formatShare(r.populationShare) : '–',
  ];
}

function coverageSection(report: NetworkReport): HTMLElement {
  const id = report.id;
  const charted = report.coverage.districts.filter((d) => d.eligible > 0);
  const left = report.coverage.districts.length - charted.length;
  const headingId = `coverage-heading-${id}`;
  const captionText =
    'Anteil der berechtigten Kommunen, die Mitglied sind, je Landkreis und kreisfreier Stadt.' +
    (left > 0 ? ` ${formatInteger(left)} ohne berechtigte Kommune sind nicht dargestellt.` : '') +
    ' Die Zahlen stehen in der Tabelle.';
  const chart = chartBox((width) =>
    shareBarChart(
      `coverage-chart-${id}`,
      charted.map((d) => ({
        label: d.label,
        share: d.coverage,
        valueText: `${formatShare(d.coverage)} (${formatInteger(d.members)} von ${formatInteger(d.eligible)})`,
      })),
      width,
      `Abdeckung je Landkreis – ${report.name}`,
      captionText,
    ),
  );
  return el(
    'section',
    { 'aria-labelledby': headingId },
    el('h3', { id: headingId }, 'Abdeckung je Landkreis und kreisfreier Stadt'),
    el(
      'div',
      { class: 'pair pair-wide-table' },
      // the same figures twice: as a map (map-view.ts) and as bars, both beside the table
      el(
        'div',
        { class: 'figures' },
        coverageMapFigure(report),
        el('figure', { id: `coverage-figure-${id}` }, chart, el('figcaption', {}, captionText)),
      ),
      tableBlock(
        `coverage-table-${id}`,
        `Abdeckung je Landkreis und kreisfreier Stadt – ${report.name}`,
        ['Landkreis / kreisfreie Stadt', 'Mitglieder', 'Berechtigt', 'Abdeckung', 'Einwohner (berechtigt)', 'davon erreicht', 'Anteil'],
        report.coverage.districts.map(coverageCells),
        coverageCells({ ...report.coverage.state, label: 'Rheinland-Pfalz' }),
        { report: 'coverage', parameters: { network: id, stichtag: report.coverage.asOf } },
      ),
    ),
  );
}

/**
 * Rows with a year, ascending, then any others (e.g. an unknown joining date) without a running
 * total. For the chart (fillGaps), years without new members get a bar of 0, so the axis is time.
 */
function yearPoints(report: NetworkReport, fillGaps: boolean): YearPoint[] {
  const isYear = (key: string) => /^\d{4}$/.test(key);
  const years = report.byYear.rows.filter((r) => isYear(r.key)).sort((a, b) => Number(a.key) - Number(b.key));
  const others = report.byYear.rows.filter((r) => !isYear(r.key));
  if (fillGaps && years.length > 1) {
    const known = new Map(years.map((r) => [Number(r.key), r]));
    const [first, last] = [Number(years[0].key), Number(years[years.length - 1].key)];
    years.length = 0;
    for (let year = first; year <= last; year++) {
      years.push(known.get(year) ?? { key: String(year), label: String(year), members: 0 });
    }
  }
  let total = 0;
  return [
    ...years.map((r) => {
      total += r.members;
      return { label: r.label, joined: r.members, cumulative: total };
    }),
    ...others.map((r) => ({ label: r.label, joined: r.members, cumulative: null })),
  ];
}

function yearSection(report: NetworkReport): HTMLElement {
  const id = report.id;
  const points = yearPoints(report, false);
  const chartPoints = yearPoints(report, true);
  const headingId = `years-heading-${id}`;
  const captionText =
    `Die ${formatInteger(report.byYear.total)} Mitglieder am Stichtag nach dem Jahr ihres Beitritts: ` +
    'Balken für die in diesem Jahr Beigetretenen, Linie für die bis zum Jahresende Beigetretenen. Die Zahlen stehen in der Tabelle.';
  const chart = chartBox((width) =>
    yearChart(`years-chart-${id}`, chartPoints, width, `Mitglieder nach Beitrittsjahr – ${report.name}`, captionText),
  );
  const legend = el(
    'ul',
    { class: 'legend' },
    el('li', {}, el('span', { class: 'swatch swatch-bar', 'aria-hidden': 'true' }), 'in diesem Jahr beigetreten'),
    el('li', {}, el('span', { class: 'swatch swatch-line', 'aria-hidden': 'true' }), 'bis Jahresende beigetreten (kumuliert)'),
  );
  return el(
    'section',
    { 'aria-labelledby': headingId },
    el('h3', { id: headingId }, 'Mitglieder nach Beitrittsjahr'),
    el(
      'div',
      { class: 'pair' },
      points.length > 0
        ? el('figure', { id: `years-figure-${id}` }, chart, legend, el('figcaption', {}, captionText))
        : el('p', {}, 'Am Stichtag hat das Netzwerk keine Mitglieder mit bekanntem Beitritt.'),
      tableBlock(
        `years-table-${id}`,
        `Mitglieder nach Beitrittsjahr – ${report.name}`,
        ['Beitrittsjahr', 'Beigetreten', 'Kumuliert'],
        points.map((p) => [p.label, formatInteger(p.joined), p.cumulative === null ? '–' : formatInteger(p.cumulative)]),
        ['Insgesamt', formatInteger(report.byYear.total), ''],
        { report: 'membership', parameters: { network: id, groupBy: 'YEAR_JOINED', stichtag: report.byYear.asOf } },
      ),
    ),
  );
}

function networkSection(report: NetworkReport, members: MapMembers | Error): HTMLElement {
  const headingId = `network-${report.id}`;
  return el(
    'section',
    { class: 'network', 'aria-labelledby': headingId },
    el('h2', { id: headingId }, report.name),
    completeness(report),
    keyFigures(report),
    memberMapSection(report, members),
    coverageSection(report),
    yearSection(report),
  );
}

/**
 * The maps' members for the report's day. Asked together with the report for the day the page
 * means (today in Germany when none is given); asked again should the report be of another day
 * (the browser's clock and the hub's disagree about midnight). A failure shows on the map only.
 */
async function mapMembersFor(asOf: string, asked: Promise<MapMembers | Error>): Promise<MapMembers | Error> {
  const members = await asked;
  if (!(members instanceof Error) && members.asOf === asOf) return members;
  return members instanceof Error ? members : fetchMapMembers(asOf).catch((error: Error) => error);
}

/** Why a Stichtag cannot be shown: not a day at all, before the reports begin, or after today (German Stichtag, today). */
type DateProblem = 'malformed' | 'too early' | 'future';

/**
 * ?stichtag=: null for today (absent or empty), the day, or what is wrong with it: the API's date
 * rule (common/dates.ts), from the first day of the reports (REPORT_DATE_MIN) to today in Germany.
 */
function requestedDate(today: string): { asOf: string | null } | { value: string; problem: DateProblem } {
  const value = new URLSearchParams(window.location.search).get('stichtag');
  if (value === null || value.trim() === '') return { asOf: null };
  if (!isValidDate(value)) return { value, problem: 'malformed' };
  if (value < REPORT_DATE_MIN) return { value, problem: 'too early' };
  if (value > today) return { value, problem: 'future' };
  return { asOf: value };
}

/** The page's sentence for a Stichtag it cannot show; the value is shortened, and shown as text only. */
function dateProblemText(value: string, problem: DateProblem, today: string): string {
  const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
  const reason = {
    malformed: '.',
    'too early': `: die Berichte beginnen am ${germanDate(REPORT_DATE_MIN)}.`,
    future: `: der Tag liegt in der Zukunft, Zahlen gibt es bis heute (${germanDate(today)}).`,
  }[problem];
  return (
    `„${shown}“ ist kein gültiger Stichtag${reason} Bitte einen Tag im Format JJJJ-MM-TT wählen (z. B. 2024-12-31): ` +
    `einen echten Kalendertag vom ${germanDate(REPORT_DATE_MIN)} bis heute – oder das Feld leer lassen für heute.`
  );
}

function showProblem(problem: HTMLElement, text: string): void {
  problem.replaceChildren(el('p', {}, text));
  problem.hidden = false;
}

async function main(): Promise<void> {
  const status = document.getElementById('status') as HTMLElement;
  const problem = document.getElementById('problem') as HTMLElement;
  const output = document.getElementById('report') as HTMLElement;
  const input = document.getElementById('stichtag') as HTMLInputElement;
  const today = todayInGermany();
  // The browser's date picker offers only days there are figures for. A day typed outside them is
  // explained by the page in German (the form has novalidate: no browser bubble in its own language).
  input.min = REPORT_DATE_MIN;
  input.max = today;
  const requested = requestedDate(today);
  if ('problem' in requested) {
    status.textContent = '';
    output.setAttribute('aria-busy', 'false');
    // a real day stays in the field, to be corrected there
    if (requested.problem !== 'malformed') input.value = requested.value;
    input.setAttribute('aria-invalid', 'true');
    showProblem(problem, dateProblemText(requested.value, requested.problem, today));
    return;
  }
  input.value = requested.asOf ?? '';
  try {
    const mapAsked = fetchMapMembers(requested.asOf ?? today).catch((error: Error) => error);
    const reports = await fetchReport(requested.asOf);
    const members = await mapMembersFor(reports[0].coverage.asOf, mapAsked);
    output.replaceChildren(...reports.map((report) => networkSection(report, members)));
    status.textContent = `Stand: ${formatDate(reports[0].coverage.asOf)}.`;
    output.setAttribute('aria-busy', 'false');
    redrawCharts();
    new ResizeObserver(() => redrawCharts()).observe(output);
  } catch (error) {
    status.textContent = '';
    output.setAttribute('aria-busy', 'false');
    // Only German sentences: ReportError carries one (report.ts); anything else is this page's own fault.
    const message =
      error instanceof ReportError ? error.message : 'Die Antwort der Schnittstelle ließ sich nicht anzeigen; bitte die Seite neu laden.';
    showProblem(problem, `Der Bericht konnte nicht geladen werden. ${message}`);
  }
}

void main();
