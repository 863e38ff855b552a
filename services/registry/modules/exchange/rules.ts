// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// Rules of the exchange with the networks' offices: how large an uploaded file may be, which columns
// a member list has (the template services/registry/data/import-template.csv, described in
// IMPORT.md beside it), and how their values are read. The size and the columns are in
// common/exchange.ts, which the gateway and the Verwaltung's page share; the rest is here.
import { DatePrecision, DigitaleDoerferRole, MembershipStatus, NetworkId } from '../../../../common/domain';
import { IMPORT_COLUMNS, type ImportColumn } from '../../../../common/exchange';
import { searchKey } from '../../../../common/text';

export { COLUMN_HEADERS, IMPORT_COLUMNS, MAX_IMPORT_BYTES, type ImportColumn } from '../../../../common/exchange';

/** Largest sum of the uncompressed parts of an XLSX file (a ZIP): guards against ZIP bombs. */
export const MAX_XLSX_UNCOMPRESSED_BYTES = 20 * 1024 * 1024;
/** Most data rows one import takes (RLP has 2,453 units). */
export const MAX_IMPORT_ROWS = 5_000;
/** The longest cell value read; longer ones make the row rejected, not truncated. */
export const MAX_CELL_LENGTH = 2_000;

export function columnOf(header: string): ImportColumn | null {
  const key = searchKey(header);
  for (const [column, names] of Object.entries(IMPORT_COLUMNS) as [ImportColumn, readonly string[]][]) {
    if (names.some((name) => searchKey(name) === key)) return column;
  }
  return null;
}

const NETWORK_NAMES: Record<string, NetworkId> = {
  'digitale dorfer': NetworkId.DIGITALE_DOERFER_RLP,
  'digitale dorfer rlp': NetworkId.DIGITALE_DOERFER_RLP,
  'netzwerk digitale dorfer': NetworkId.DIGITALE_DOERFER_RLP,
  'netzwerk digitale dorfer rlp': NetworkId.DIGITALE_DOERFER_RLP,
  'digitale dorfer rlp netzwerk': NetworkId.DIGITALE_DOERFER_RLP,
  dd: NetworkId.DIGITALE_DOERFER_RLP,
  [NetworkId.DIGITALE_DOERFER_RLP]: NetworkId.DIGITALE_DOERFER_RLP,
  'ikone ds': NetworkId.IKONE_DS,
  ikone: NetworkId.IKONE_DS,
};

/** Looks a cell up in a table of words, both sides folded with searchKey (so "Quelle" and "Qülle" agree). */
function lookup<T>(table: Record<string, T>, text: string): T | null {
  const key = searchKey(text);
  for (const [word, value] of Object.entries(table)) if (searchKey(word) === key) return value;
  return null;
}

export function parseNetwork(text: string): NetworkId | null {
  return lookup(NETWORK_NAMES, text);
}

const STATUS_NAMES: Record<string, MembershipStatus> = {
  aktiv: MembershipStatus.ACTIVE,
  mitglied: MembershipStatus.ACTIVE,
  active: MembershipStatus.ACTIVE,
  beendet: MembershipStatus.ENDED,
  ausgetreten: MembershipStatus.ENDED,
  ended: MembershipStatus.ENDED,
  eingegangen: MembershipStatus.RECEIVED,
  received: MembershipStatus.RECEIVED,
  abgelehnt: MembershipStatus.REJECTED,
  rejected: MembershipStatus.REJECTED,
  zuruckgezogen: MembershipStatus.WITHDRAWN,
  withdrawn: MembershipStatus.WITHDRAWN,
  unbekannt: MembershipStatus.UNKNOWN,
  'status unbekannt': MembershipStatus.UNKNOWN,
  unknown: MembershipStatus.UNKNOWN,
};

export function parseStatus(text: string): MembershipStatus | null {
  return lookup(STATUS_NAMES, text);
}

/** What the role cell may name: a plain membership, or the dated roles it also records. */
const ROLE_NAMES: Record<string, DigitaleDoerferRole | 'MEMBER'> = {
  mitglied: 'MEMBER',
  member: 'MEMBER',
  transferstelle: DigitaleDoerferRole.TRANSFER_POINT,
  'transfer point': DigitaleDoerferRole.TRANSFER_POINT,
  modellkommune: DigitaleDoerferRole.MODEL_MUNICIPALITY,
  modellverbandsgemeinde: DigitaleDoerferRole.MODEL_MUNICIPALITY,
  'model municipality': DigitaleDoerferRole.MODEL_MUNICIPALITY,
};

/** The roles a role cell names ("Mitglied" names none); null: a word the import does not know. */
export function parseRoles(text: string): DigitaleDoerferRole[] | null {
  const words = text
    .split(/[,;/+&]|\bund\b/)
    .map((w) => searchKey(w))
    .filter(Boolean);
  const roles = new Set<DigitaleDoerferRole>();
  for (const word of words) {
    const meaning = lookup(ROLE_NAMES, word);
    if (!meaning) return null;
    if (meaning !== 'MEMBER') roles.add(meaning);
  }
  return [...roles];
}

/** The German names of the roles, for the import's messages and the export. */
export const ROLE_LABELS: Record<DigitaleDoerferRole, string> = {
  TRANSFER_POINT: 'Transferstelle',
  MODEL_MUNICIPALITY: 'Modellkommune',
};

/** A date with its precision, as stored: MONTH and YEAR dates on the first day. */
export interface PreciseDate {
  date: string;
  precision: DatePrecision;
}

function valid(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day && year >= 1990 && year <= 2100;
}
const pad = (n: number) => String(n).padStart(2, '0');

/** Reads 2021-04-19, 19.04.2021, 2021-04, 04/2021, 04.2021 or 2021; null: not a date of these forms. */
export function parsePreciseDate(text: string): PreciseDate | null {
  const t = text.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t) ?? null;
  if (m) return valid(+m[1], +m[2], +m[3]) ? { date: t, precision: DatePrecision.DAY } : null;
  m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(t);
  if (m) return valid(+m[3], +m[2], +m[1]) ? { date: `${m[3]}-${pad(+m[2])}-${pad(+m[1])}`, precision: DatePrecision.DAY } : null;
  m = /^(\d{4})-(\d{2})$/.exec(t);
  if (m) return valid(+m[1], +m[2], 1) ? { date: `${m[1]}-${m[2]}-01`, precision: DatePrecision.MONTH } : null;
  m = /^(\d{1,2})[./](\d{4})$/.exec(t);
  if (m) return valid(+m[2], +m[1], 1) ? { date: `${m[2]}-${pad(+m[1])}-01`, precision: DatePrecision.MONTH } : null;
  m = /^(\d{4})$/.exec(t);
  if (m) return valid(+m[1], 1, 1) ? { date: `${m[1]}-01-01`, precision: DatePrecision.YEAR } : null;
  return null;
}

/** How a precise date is written back (export, template): the inverse of parsePreciseDate. */
export function formatPreciseDate(date: string | null, precision: DatePrecision | null): string {
  if (!date) return '';
  if (precision === DatePrecision.YEAR) return date.slice(0, 4);
  if (precision === DatePrecision.MONTH) return date.slice(0, 7);
  return date;
}
