// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

/// <reference lib="dom" />
// The dashboard's two charts, drawn as inline SVG (no chart library, no CDN). Each is drawn for
// the width it has, in CSS pixels, so that text stays 13–14 px on a phone as on a desktop; the
// page redraws on resize. Charts are images for assistive technology (role="img" with a title
// and description); the table next to each one carries the same numbers as text.
import { formatInteger, formatShare } from './format';

const SVG = 'http://www.w3.org/2000/svg';
const FONT_SIZE = 13;
/** Roughly the advance of one character of system-ui at 13 px; used to lay out labels. */
const CHAR_WIDTH = 7.4;

function svgElement<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | number> = {},
): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  return element;
}

function text(x: number, y: number, content: string, attributes: Record<string, string | number> = {}): SVGTextElement {
  const element = svgElement('text', { x, y, ...attributes });
  element.textContent = content;
  return element;
}

/** An empty chart with its accessible name (title) and description. */
function chartRoot(id: string, width: number, height: number, title: string, description: string): SVGSVGElement {
  const svg = svgElement('svg', {
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    role: 'img',
    'aria-labelledby': `${id}-title ${id}-desc`,
    class: 'chart',
    'font-size': FONT_SIZE,
  });
  const titleElement = svgElement('title', { id: `${id}-title` });
  titleElement.textContent = title;
  const descElement = svgElement('desc', { id: `${id}-desc` });
  descElement.textContent = description;
  svg.append(titleElement, descElement);
  return svg;
}

/** The smallest of 1, 2, 2.5, 5 × 10^n that is at least value (axis maximum). */
function niceCeiling(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * power >= value) return step * power;
  return 10 * power;
}

export interface ShareBar {
  label: string;
  /** 0 to 1. */
  share: number;
  /** Shown after the bar, e.g. "12,5 % (3 von 24)". */
  valueText: string;
}

/**
 * Horizontal bars of shares (0..1), one row per item. Wide: label left of the bar; narrow (or
 * labels too long for the width): label above it.
 */
export function shareBarChart(id: string, bars: ShareBar[], width: number, title: string, description: string): SVGSVGElement {
  const longestLabel = Math.max(0, ...bars.map((b) => b.label.length)) * CHAR_WIDTH;
  const valueWidth = Math.max(0, ...bars.map((b) => b.valueText.length)) * CHAR_WIDTH + 8;
  const labelsLeft = longestLabel + 8 <= width * 0.42 && width >= 420;
  const labelWidth = labelsLeft ? longestLabel + 12 : 0;
  const left = labelWidth + 2;
  const plotWidth = Math.max(40, width - left - valueWidth - 4);
  const rowHeight = labelsLeft ? 24 : 40;
  const barHeight = 14;
  const axisHeight = 22;
  const height = axisHeight + bars.length * rowHeight + 6;
  const max = Math.min(1, niceCeiling(Math.max(0, ...bars.map((b) => b.share))));
  const svg = chartRoot(id, width, height, title, description);

  // Grid lines with their percentages on top: where the bars are measured against (fewer when narrow).
  const steps = plotWidth < 260 ? 2 : 4;
  for (let i = 0; i <= steps; i++) {
    const x = left + (plotWidth * i) / steps;
    svg.append(
      svgElement('line', { x1: x, x2: x, y1: axisHeight - 4, y2: height - 4, class: i === 0 ? 'axis' : 'grid' }),
      text(x, axisHeight - 8, formatShare((max * i) / steps), {
        'text-anchor': i === 0 ? 'start' : i === steps ? 'end' : 'middle',
        class: 'tick',
      }),
    );
  }
  bars.forEach((bar, index) => {
    const top = axisHeight + index * rowHeight;
    const barTop = labelsLeft ? top + (rowHeight - barHeight) / 2 : top + rowHeight - barHeight - 4;
    const barWidth = (plotWidth * Math.min(bar.share, max)) / max;
    const group = svgElement('g', { class: 'bar-row' });
    const tooltip = svgElement('title');
    tooltip.textContent = `${bar.label}: ${bar.valueText}`;
    group.append(tooltip);
    group.append(
      labelsLeft
        ? text(labelWidth, barTop + barHeight - 3, bar.label, { 'text-anchor': 'end', class: 'label' })
        : text(left, top + 15, bar.label, { class: 'label' }),
      svgElement('rect', { x: left, y: barTop, width: Math.max(barWidth, bar.share > 0 ? 2 : 0), height: barHeight, class: 'bar' }),
      text(left + barWidth + 6, barTop + barHeight - 3, bar.valueText, { class: 'value' }),
    );
    svg.append(group);
  });
  return svg;
}

export interface YearPoint {
  label: string;
  /** Members who joined in this year. */
  joined: number;
  /** Members who had joined by the end of this year; null for rows without a year. */
  cumulative: number | null;
}

/** Vertical bars of members joined per year, and a line of the running total. */
export function yearChart(id: string, points: YearPoint[], width: number, title: string, description: string): SVGSVGElement {
  const height = 260;
  const top = 18;
  const bottom = 26;
  const max = niceCeiling(Math.max(1, ...points.map((p) => Math.max(p.joined, p.cumulative ?? 0))));
  const tickStep = max <= 5 ? 1 : max / 5;
  const left = Math.max(String(formatInteger(max)).length * CHAR_WIDTH + 10, 28);
  const plotWidth = Math.max(40, width - left - 8);
  const plotHeight = height - top - bottom;
  const band = plotWidth / Math.max(1, points.length);
  const y = (value: number) => top + plotHeight - (plotHeight * value) / max;
  const svg = chartRoot(id, width, height, title, description);

  for (let value = 0; value <= max + 1e-9; value += tickStep) {
    svg.append(
      svgElement('line', { x1: left, x2: left + plotWidth, y1: y(value), y2: y(value), class: value === 0 ? 'axis' : 'grid' }),
      text(left - 6, y(value) + 4, formatInteger(value), { 'text-anchor': 'end', class: 'tick' }),
    );
  }
  // Every label when they fit, else every second or third one.
  const labelEvery = Math.ceil((CHAR_WIDTH * 5) / band);
  const line: string[] = [];
  points.forEach((point, index) => {
    const center = left + band * (index + 0.5);
    const barWidth = Math.min(48, band * 0.6);
    const group = svgElement('g', { class: 'bar-row' });
    const tooltip = svgElement('title');
    tooltip.textContent =
      `${point.label}: ${formatInteger(point.joined)} beigetreten` +
      (point.cumulative === null ? '' : `, ${formatInteger(point.cumulative)} insgesamt`);
    group.append(
      tooltip,
      svgElement('rect', { x: center - barWidth / 2, y: y(point.joined), width: barWidth, height: y(0) - y(point.joined), class: 'bar' }),
    );
    // The count on the bar: inside a tall bar (clear of the running-total point at its top), else above it.
    if (band >= 22 && point.joined > 0) {
      const inside = y(0) - y(point.joined) >= 36;
      const labelY = inside ? y(point.joined) + 22 : y(point.joined) - 8;
      group.append(
        text(center, labelY, formatInteger(point.joined), { 'text-anchor': 'middle', class: inside ? 'value-inside' : 'value' }),
      );
    }
    if (index % labelEvery === 0) group.append(text(center, height - 8, point.label, { 'text-anchor': 'middle', class: 'label' }));
    svg.append(group);
    if (point.cumulative !== null) line.push(`${line.length === 0 ? 'M' : 'L'}${center},${y(point.cumulative)}`);
  });
  if (line.length > 0) {
    svg.append(svgElement('path', { d: line.join(' '), class: 'total-line' }));
    points.forEach((point, index) => {
      if (point.cumulative !== null) {
        svg.append(svgElement('circle', { cx: left + band * (index + 0.5), cy: y(point.cumulative), r: 4, class: 'total-point' }));
      }
    });
  }
  return svg;
}
