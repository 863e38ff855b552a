// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// Numbers and dates as German readers expect them (de-DE): 1.234.567, 12,5 %, 31. Dezember 2025.

const integer = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 0 });
const percent = new Intl.NumberFormat('de-DE', { style: 'percent', minimumFractionDigits: 0, maximumFractionDigits: 1 });
const longDate = new Intl.DateTimeFormat('de-DE', { dateStyle: 'long', timeZone: 'UTC' });

export function formatInteger(value: number): string {
  return integer.format(value);
}

/** A share 0..1 as a percentage, e.g. 0.125 → "12,5 %". */
export function formatShare(value: number): string {
  return percent.format(value);
}

/** An ISO date (YYYY-MM-DD) as "31. Dezember 2025"; anything else unchanged. */
export function formatDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  return longDate.format(new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))));
}
