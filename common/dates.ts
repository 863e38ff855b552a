// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// What a valid date is, once for the API (the LocalDate scalar, common/input.ts), the CSV
// downloads and the dashboard. Without imports, so that the browser bundle can take it as it is.

/** The dates the API accepts: wide enough for any history and plan, narrow enough for PostgreSQL and JavaScript alike. */
export const DATE_RANGE = { min: '1900-01-01', max: '2100-12-31' } as const;

/**
 * The first Stichtag of the reports (membershipReport, coverageReport, outreachList); the last is
 * today. The registry's ReportResolver refuses earlier dates; the CSV/XLSX downloads and the
 * dashboard check the same bound before they ask.
 */
export const REPORT_DATE_MIN = '1990-01-01';

/** What a valid date looks like, for the API's messages. */
export const DATE_RULE = `a date written YYYY-MM-DD: a real calendar day from ${DATE_RANGE.min} to ${DATE_RANGE.max}`;

export const DATE_FORMAT = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Is this a date the API accepts (format YYYY-MM-DD, a real calendar day, within DATE_RANGE)? */
export function isValidDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = DATE_FORMAT.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // Date.UTC rolls 2024-02-30 over to March; a real calendar day comes back unchanged.
  const date = new Date(Date.UTC(year, month - 1, day));
  const calendarDay = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return calendarDay && value >= DATE_RANGE.min && value <= DATE_RANGE.max;
}

/** A date of DATE_RANGE in German notation (01.01.1900), for the pages' and downloads' messages. */
export function germanDate(value: string): string {
  const [year, month, day] = value.split('-');
  return `${day}.${month}.${year}`;
}

/** The hub's time zone: "today" is the German calendar day, wherever the server or the browser is. */
export const HUB_TIME_ZONE = 'Europe/Berlin';

/** The same day in SQL, for statements that cannot take it as a parameter. */
export const TODAY_SQL = `(now() AT TIME ZONE '${HUB_TIME_ZONE}')::date`;

// en-CA writes dates as YYYY-MM-DD.
const BERLIN_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: HUB_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today's date in Germany (Europe/Berlin) as YYYY-MM-DD; `now` for a fixed instant. Between midnight and 1 or 2 a.m. German time, UTC still says yesterday. */
export function today(now: Date = new Date()): string {
  return BERLIN_DAY.format(now);
}

/** The calendar day `days` after (or before, if negative) a YYYY-MM-DD day; pure calendar arithmetic, no time zone. */
export function addDays(day: string, days: number): string {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, date + days)).toISOString().slice(0, 10);
}

/**
 * Whether an IKONE-DS member counts on `day`: from its first dated evidence (`countedFrom`) on; one
 * that no dated source names counts only from `today` on. The registry's reports say the same in SQL
 * (services/registry/modules/reporting/reports.ts).
 */
export function ikoneDsMemberCountsOn(countedFrom: string | null, day: string, today: string): boolean {
  return countedFrom !== null ? countedFrom <= day : day >= today;
}

/** Whether a dated term (its first and, if it ended, its last day) covers `day`. */
export function termCoversDay(term: { startedOn: string; endedOn: string | null }, day: string): boolean {
  return term.startedOn <= day && (term.endedOn === null || term.endedOn >= day);
}
