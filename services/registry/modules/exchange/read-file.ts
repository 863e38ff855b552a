// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// Reading an uploaded member list. The file is untrusted: its size is checked before anything else,
// an XLSX file's declared uncompressed size before it is unpacked, cells are read as stored values
// (a formula's cached result or nothing; formulas are never evaluated, external links never
// followed), and whatever cannot be read is BAD_USER_INPUT naming the argument that carried it.
import { createHash } from 'node:crypto';
import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { GraphQLError } from 'graphql';
import { badInput, ErrorCode } from '../../../../common/errors';
import { columnOf, ImportColumn, MAX_CELL_LENGTH, MAX_IMPORT_BYTES, MAX_IMPORT_ROWS, MAX_XLSX_UNCOMPRESSED_BYTES } from './rules';

export type ImportFormat = 'CSV' | 'XLSX' | 'JSON';

/** One data row of a list: its row number in the file and its cells by column. */
export interface SheetRow {
  line: number;
  cells: Partial<Record<ImportColumn, string>>;
}

export interface ReadFile {
  format: ImportFormat;
  sha256: string;
  /** CSV and XLSX: the rows; JSON: the backup document, checked by member-import.ts. */
  rows: SheetRow[] | null;
  backup: unknown;
}

const tooLarge = (message: string, argument: string) =>
  new GraphQLError(message, { extensions: { code: ErrorCode.PAYLOAD_TOO_LARGE, argument } });

/** Refuses a file over the limit with PAYLOAD_TOO_LARGE. */
export function requireImportSize(bytes: number, argument: string): void {
  if (bytes > MAX_IMPORT_BYTES) throw tooLarge(`The file has ${bytes} bytes; the import takes at most ${MAX_IMPORT_BYTES}.`, argument);
}

const malformed = (argument: string, message: string) => badInput(message, { argument, reason: 'MALFORMED_FILE' });

export async function readImportFile(bytes: Buffer, argument: string): Promise<ReadFile> {
  requireImportSize(bytes.length, argument);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  if (bytes.length === 0) throw malformed(argument, 'The file is empty.');
  if (bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) {
    return { format: 'XLSX', sha256, rows: await readXlsx(bytes, argument), backup: null };
  }
  const text = decodeText(bytes);
  if (text.trimStart().startsWith('{')) {
    try {
      return { format: 'JSON', sha256, rows: null, backup: JSON.parse(text) };
    } catch (error) {
      throw malformed(argument, `The JSON file cannot be read: ${(error as Error).message}`);
    }
  }
  return { format: 'CSV', sha256, rows: readCsv(text, argument), backup: null };
}

/** UTF-8 (with or without BOM) when the bytes are valid UTF-8, otherwise Windows-1252 (Excel's "CSV" on German Windows). */
function decodeText(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

function readCsv(text: string, argument: string): SheetRow[] {
  const firstLine = text.split(/\r?\n/, 1)[0];
  // Excel writes ";" where the decimal separator is a comma (German settings), "," elsewhere.
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) >= (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  let records: string[][];
  try {
    records = parseCsv(text, { delimiter, relax_column_count: true, skip_empty_lines: true, to: MAX_IMPORT_ROWS + 10 });
  } catch (error) {
    throw malformed(argument, `The CSV file cannot be read: ${(error as Error).message}`);
  }
  return toRows(
    records.map((cells, i) => ({ line: i + 1, cells })),
    argument,
  );
}

/** The rows of the first worksheet, as text; the header may sit under merged title cells. */
async function readXlsx(bytes: Buffer, argument: string): Promise<SheetRow[]> {
  requireSmallZip(bytes, argument);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw malformed(argument, `The XLSX file cannot be read: ${(error as Error).message}`);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw malformed(argument, 'The XLSX file has no worksheet.');
  const records: { line: number; cells: string[] }[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    if (records.length > MAX_IMPORT_ROWS + 10) return;
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      // A merged range repeats its value in every cell; only its first cell counts.
      cells[column - 1] = cell.isMerged && cell.master !== cell ? '' : cellText(cell.value);
    });
    records.push({ line, cells: Array.from(cells, (c) => c ?? '') });
  });
  return toRows(records, argument);
}

/** A cell's stored value as text: a formula gives its cached result (never evaluated), a date its day. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('formula' in value || 'sharedFormula' in value) {
      const result = (value as ExcelJS.CellFormulaValue).result;
      return result === undefined || result === null || typeof result === 'object' ? cellText(result as ExcelJS.CellValue) : String(result);
    }
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('text' in value) return String(value.text);
    if ('error' in value) return '';
    return '';
  }
  return String(value);
}

/**
 * An XLSX file is a ZIP; its central directory declares each part's uncompressed size. Reading those
 * before unpacking refuses a small file that would unpack to gigabytes.
 */
function requireSmallZip(bytes: Buffer, argument: string): void {
  const end = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0 || end + 22 > bytes.length) throw malformed(argument, 'The XLSX file is not a complete ZIP archive.');
  const entries = bytes.readUInt16LE(end + 10);
  let offset = bytes.readUInt32LE(end + 16);
  let total = 0;
  for (let i = 0; i < entries; i++) {
    if (offset + 46 > bytes.length || bytes.readUInt32LE(offset) !== 0x02014b50) {
      throw malformed(argument, 'The XLSX file has a damaged ZIP directory.');
    }
    total += bytes.readUInt32LE(offset + 24);
    offset += 46 + bytes.readUInt16LE(offset + 28) + bytes.readUInt16LE(offset + 30) + bytes.readUInt16LE(offset + 32);
  }
  if (total > MAX_XLSX_UNCOMPRESSED_BYTES) {
    throw tooLarge(`The XLSX file unpacks to ${total} bytes; the import takes at most ${MAX_XLSX_UNCOMPRESSED_BYTES}.`, argument);
  }
}

/** Finds the header row (one of the first five that names the municipality column) and maps the rows below it. */
function toRows(records: { line: number; cells: string[] }[], argument: string): SheetRow[] {
  const headerIndex = records.slice(0, 5).findIndex((r) => r.cells.some((c) => columnOf(c) === 'municipality'));
  if (headerIndex < 0) {
    throw malformed(argument, 'No header row names the column "Kommune" (see the template import-template.csv).');
  }
  const columns = records[headerIndex].cells.map((c) => columnOf(c));
  const seen = new Set<ImportColumn>();
  for (const column of columns) {
    if (!column) continue;
    if (seen.has(column)) throw malformed(argument, `The header names the column "${column}" twice.`);
    seen.add(column);
  }
  const body = records.slice(headerIndex + 1);
  if (body.length > MAX_IMPORT_ROWS) throw malformed(argument, `The file has more than ${MAX_IMPORT_ROWS} rows.`);
  return body
    .map(({ line, cells }) => {
      const row: SheetRow = { line, cells: {} };
      cells.forEach((cell, i) => {
        const column = columns[i];
        const value = cell.trim();
        if (column && value) row.cells[column] = value.slice(0, MAX_CELL_LENGTH + 1);
      });
      return row;
    })
    .filter((row) => Object.keys(row.cells).length > 0);
}
