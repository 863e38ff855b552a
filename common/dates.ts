// What a valid date is, once for the API (the LocalDate scalar, common/input.ts), the CSV
// downloads and the dashboard. Without imports, so that the browser bundle can take it as it is.

/** The dates the API accepts: wide enough for any history and plan, narrow enough for PostgreSQL and JavaScript alike. */
export const DATE_RANGE = { min: '1900-01-01', max: '2100-12-31' } as const;

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

/** Today's date (UTC) as YYYY-MM-DD. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}
