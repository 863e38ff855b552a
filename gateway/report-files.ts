// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// A report as a table, and that table as a CSV file or an XLSX workbook: the one place that decides
// how a key, a share, a number, a date and a piece of text look in a spreadsheet. The downloads of
// gateway/reports-csv.ts build a ReportTable from the API's answer and write it with these.
//
// Keys (ARS, AGS) are text of digits with leading zeros (073330000000). In the XLSX they are text
// cells (number format "@"), so every spreadsheet keeps them. In the CSV they are quoted fields
// ("073330000000", RFC 4180): programs that honour quoting or let the user type a column keep them
// (LibreOffice Calc with "Zitierte Felder als Text formatieren", Excel's "Daten > Aus Text/CSV" with
// the column type Text, pandas with dtype=str, R's readr with col_character). Excel opening a CSV by
// double-click converts a quoted field of digits to a number all the same; the only ways to stop it
// are a formula (="073330000000", which a downloaded file must never carry) or an invisible
// character (a tab or a zero-width space in front), which the cell would then contain: a join with
// another table on the ARS would fail and the open-data portals that harvest the file would get a
// corrupted key. So the CSV stays clean data, and whoever opens files in Excel takes the XLSX, which
// the dashboard offers next to every CSV.
//
// Shares are percent: in the XLSX the API's fraction in a cell formatted "0.0 %" (German Excel shows
// 43,5 %); in the CSV the same percentage with one decimal and a decimal comma (43,5) in a column
// headed "… (%)": a plain number that every program reads as one, rounded as the dashboard rounds.
// Where there is nothing to divide (no eligible unit) the dashboard shows "–": so does the XLSX, and
// the CSV leaves the field empty (a missing value for every CSV reader, where "–" would turn the
// column into text).
import { PassThrough } from 'node:stream';
// exceljs is loaded at the first XLSX download, not at start: about 9 MB of heap, and 11 MB of the
// gateway's resident memory at idle, that the GraphQL traffic never needs.
import type ExcelJSModule from 'exceljs';

let excelJs: Promise<typeof ExcelJSModule> | undefined;
const loadExcelJs = () => (excelJs ??= import('exceljs').then((module) => module.default));

/** How a column's values are written. */
export type ColumnKind =
  /** text; a number in it (a year) is written as a number */
  | 'text'
  /** an official key of digits (ARS, AGS): always text, leading zeros kept */
  | 'key'
  /** a whole number */
  | 'integer'
  /** a share from 0 to 1; null where there is nothing to divide */
  | 'percent'
  /** a day, YYYY-MM-DD */
  | 'date';

export interface ReportColumn {
  header: string;
  kind: ColumnKind;
  /** Width in the XLSX, in characters (default from the header). */
  width?: number;
}

export type ReportValue = string | number | null;

export interface ReportTable {
  /** The worksheet's name (at most 31 characters). */
  sheet: string;
  columns: ReportColumn[];
  rows: ReportValue[][];
}

export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8';
export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** What the dashboard and the XLSX show where there is nothing to divide. */
export const NOTHING_TO_DIVIDE = '–';

// The dashboard's rounding (gateway/pages/dashboard/format.ts: percent, at most one decimal), with
// exactly one decimal here so that a column lines up; only the digits, not the sign.
const PERCENT = new Intl.NumberFormat('de-DE', {
  style: 'percent',
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
  useGrouping: false,
});

/** A share (0 to 1) as a German percentage without the sign: 0.43478 → "43,5". */
export function percentText(share: number): string {
  return PERCENT.formatToParts(share)
    .filter((part) => ['minusSign', 'integer', 'decimal', 'fraction'].includes(part.type))
    .map((part) => part.value)
    .join('');
}

/** A leading = + - @ (or tab, CR) would make a spreadsheet run the text as a formula (CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

function csvField(value: ReportValue, kind: ColumnKind): string {
  if (value === null || value === '') return '';
  if (typeof value === 'number') return kind === 'percent' ? percentText(value) : String(value);
  if (kind === 'key') return `"${value.replace(/"/g, '""')}"`;
  // Text: the formula guard (a leading apostrophe), then quoted where ; " or a line break needs it.
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[";\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The table as CSV in the form German spreadsheet programs open: UTF-8 with BOM, ";" between fields, CRLF. */
export function toCsv(table: ReportTable): Buffer {
  const header = table.columns.map((c) => csvField(c.header, 'text')).join(';');
  const lines = table.rows.map((row) => table.columns.map((c, i) => csvField(row[i] ?? null, c.kind)).join(';'));
  return Buffer.from('\ufeff' + [header, ...lines].join('\r\n') + '\r\n', 'utf8');
}

const NUMBER_FORMATS: Record<ColumnKind, string | undefined> = {
  text: undefined,
  key: '@',
  integer: '#,##0',
  percent: '0.0 %',
  date: 'DD.MM.YYYY',
};

/** A cell's value in the workbook: only strings, numbers and dates, never a formula object. */
function xlsxValue(value: ReportValue, kind: ColumnKind): string | number | Date | null {
  if (value === null || value === '') return kind === 'percent' ? NOTHING_TO_DIVIDE : null;
  if (kind === 'key') return String(value);
  if (kind === 'date' && typeof value === 'string') {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    if (match) return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  }
  return value;
}

/**
 * The table as an XLSX workbook of one sheet: German headers in bold, the header row frozen and
 * filterable, keys as text cells, shares as percent cells, whole numbers with thousands separators,
 * days as dates. Written row by row (exceljs's streaming writer), so that a large list needs a
 * fraction of the memory of a workbook built in memory; text goes to the shared-strings table, so a
 * value starting with = stays text (a cell is a formula only when given as one, and none is).
 */
export async function toXlsx(table: ReportTable): Promise<Buffer> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    stream.on('end', resolve);
    stream.on('error', reject);
  });
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useSharedStrings: true, useStyles: true });
  workbook.creator = 'KommunalNetz Hub';
  const sheet = workbook.addWorksheet(table.sheet.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } };
  sheet.columns = table.columns.map((c) => ({ width: c.width ?? Math.max(10, Math.min(40, c.header.length + 2)) }));
  const header = sheet.addRow(table.columns.map((c) => c.header));
  header.font = { bold: true };
  header.commit();
  for (const values of table.rows) {
    const row = sheet.addRow(table.columns.map((c, i) => xlsxValue(values[i] ?? null, c.kind)));
    table.columns.forEach((column, i) => {
      const cell = row.getCell(i + 1);
      const format = NUMBER_FORMATS[column.kind];
      if (format && cell.value !== NOTHING_TO_DIVIDE) cell.numFmt = format;
      if (cell.value === NOTHING_TO_DIVIDE) cell.alignment = { horizontal: 'right' };
    });
    row.commit();
  }
  sheet.commit();
  await workbook.commit();
  await finished;
  return Buffer.concat(chunks);
}
