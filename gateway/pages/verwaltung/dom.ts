// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

/// <reference lib="dom" />
// DOM helpers every screen of the Verwaltung shares: elements built with textContent only (API
// text is never parsed as HTML), form fields with their label, hint and error tied together
// (aria-describedby, aria-invalid), the checks of free text before it is sent, and dates in German.

import { hasControlCharacter } from '../../../common/text-rules';

export type Child = Node | string;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | boolean> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false) continue;
    element.setAttribute(name, value === true ? '' : value);
  }
  element.append(...children);
  return element;
}

let counter = 0;
/** A page-unique id with a readable prefix. */
export function uid(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter}`;
}

/** A form field: label, control, optional hint, and an error line that is empty until shown. */
export type Control = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

export interface Field<C extends Control> {
  wrapper: HTMLElement;
  control: C;
  showError(text: string): void;
  clearError(): void;
}

export function field<C extends Control>(control: C, label: string, hint?: string): Field<C> {
  const id = control.id || uid('feld');
  control.id = id;
  const errorId = `${id}-fehler`;
  const hintId = `${id}-hinweis`;
  const error = el('p', { id: errorId, class: 'field-error', hidden: true });
  const wrapper = el('div', { class: 'field' }, el('label', { for: id }, label));
  if (hint) wrapper.append(el('p', { id: hintId, class: 'hint' }, hint));
  wrapper.append(control, error);
  const describe = (withError: boolean) => {
    const ids = [hint ? hintId : '', withError ? errorId : ''].filter(Boolean).join(' ');
    if (ids) control.setAttribute('aria-describedby', ids);
    else control.removeAttribute('aria-describedby');
  };
  describe(false);
  return {
    wrapper,
    control,
    showError(text: string) {
      error.textContent = text;
      error.hidden = false;
      control.setAttribute('aria-invalid', 'true');
      describe(true);
    },
    clearError() {
      error.textContent = '';
      error.hidden = true;
      control.removeAttribute('aria-invalid');
      describe(false);
    },
  };
}

export function input(attributes: Record<string, string | boolean> = {}): HTMLInputElement {
  return el('input', { type: 'text', ...attributes });
}

/** The longest texts the API takes (common/validation.ts): names 200 characters, reasons and notes 2,000. */
export const MAX_NAME = 200;
export const MAX_REASON = 2000;

/**
 * What is wrong with a free text before it is sent, or null: printable text (common/text-rules.ts,
 * as the API checks it) of `min` to `max` characters; an empty text is `missing` (null: optional).
 */
export function textProblem(
  value: string,
  max: number,
  { min = 1, missing = null }: { min?: number; missing?: string | null } = {},
): string | null {
  if (!value) return missing;
  if (hasControlCharacter(value))
    return 'Der Text enthält unsichtbare Steuerzeichen (z. B. aus einer kopierten Vorlage). Bitte diese entfernen oder den Text neu eintippen.';
  if (value.length < min) return `Bitte mindestens ${min.toLocaleString('de-DE')} Zeichen eingeben.`;
  if (value.length > max)
    return `Bitte höchstens ${max.toLocaleString('de-DE')} Zeichen eingeben (jetzt ${value.length.toLocaleString('de-DE')}).`;
  return null;
}

/** A text area's value as the API keeps it: one paragraph, trimmed (it refuses line breaks like any control character). */
export function normalise(value: string): string {
  return value.replace(/\s*[\t\n\r\f\v]\s*/g, ' ').trim();
}

const longDate = new Intl.DateTimeFormat('de-DE', { dateStyle: 'long', timeZone: 'UTC' });

/** 2025-03-01 → "1. März 2025"; null → "–". */
export function formatDate(iso: string | null | undefined): string {
  const match = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  if (!match) return iso ?? '–';
  return longDate.format(new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))));
}

const monthYear = new Intl.DateTimeFormat('de-DE', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** A date known to the day, month or year (DatePrecision): "1. März 2025", "März 2025", "2025". */
export function formatPreciseDate(iso: string | null | undefined, precision: string | null | undefined): string {
  const match = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  if (!match || !precision || precision === 'DAY') return formatDate(iso);
  if (precision === 'YEAR') return match[1];
  return monthYear.format(new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1)));
}

/** Official German names of the kinds of unit (Gemeindeverzeichnis). */
export const MUNICIPALITY_TYPES: Record<string, string> = {
  LANDKREIS: 'Landkreis',
  KREISFREIE_STADT: 'Kreisfreie Stadt',
  VERBANDSGEMEINDE: 'Verbandsgemeinde',
  ORTSGEMEINDE: 'Ortsgemeinde',
  VERBANDSANGEHOERIGE_STADT: 'Verbandsangehörige Stadt',
  VERBANDSFREIE_GEMEINDE: 'Verbandsfreie Gemeinde',
  VERBANDSFREIE_STADT: 'Verbandsfreie Stadt',
  GROSSE_KREISANGEHOERIGE_STADT: 'Große kreisangehörige Stadt',
};

export const MEMBERSHIP_STATUS: Record<string, string> = {
  RECEIVED: 'Eingegangen, offen',
  ACTIVE: 'Mitglied (genehmigt)',
  REJECTED: 'Abgelehnt',
  WITHDRAWN: 'Zurückgezogen',
  ENDED: 'Beendet',
  UNKNOWN: 'Status unbekannt',
};

export const FIT_LEVEL: Record<string, string> = {
  MEMBER: 'bereits Mitglied',
  HIGH: 'passt gut',
  MEDIUM: 'passt',
  LOW: 'passt kaum',
  NONE: 'nicht aufnahmeberechtigt',
};
