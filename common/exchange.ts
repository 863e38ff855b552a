// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// What a member list for the import (importMemberships) is — its size and its columns — shared by
// the registry that reads it, the gateway that must let such a request through, and the
// Verwaltung's page that checks a file before sending it and names the columns in German.

/** Largest file the import reads (bytes, after base64 decoding); a network's member list is a few KB. */
export const MAX_IMPORT_BYTES = 1024 * 1024;

/**
 * Largest request body that can carry such a file: base64 (4 characters per 3 bytes) plus the
 * operation and JSON around it. The gateway admits it for callers who may import, and only them.
 */
export const MAX_IMPORT_REQUEST_BYTES = Math.ceil(MAX_IMPORT_BYTES / 3) * 4 + 64 * 1024;

/** The number of bytes a base64 text decodes to, its padding ("=") not counted; computed without decoding. */
export function base64DecodedLength(text: string): number {
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  return Math.max(0, Math.floor((text.length * 3) / 4) - padding);
}

/** The columns of a member list, and the header names (folded with searchKey) that mean each. */
export const IMPORT_COLUMNS = {
  municipality: ['kommune', 'municipality', 'gemeinde', 'ars', 'ags', 'ars ags', 'ars oder ags', 'kommune name ars oder ags'],
  network: ['netzwerk', 'network'],
  status: ['status'],
  startedOn: ['mitglied seit', 'member since', 'beitritt', 'seit'],
  role: ['rolle', 'role'],
  endedOn: ['beendet am', 'ended on', 'austritt', 'bis'],
  lastConfirmedOn: ['zuletzt bestatigt', 'zuletzt bestatigt am', 'last confirmed', 'last confirmed on'],
  roleStartedOn: ['rolle seit', 'role since'],
  roleEndedOn: ['rolle bis', 'role until'],
  remark: ['quelle bemerkung', 'quelle', 'bemerkung', 'source remark', 'source', 'remark'],
  contactName: ['ansprechperson', 'ansprechperson name', 'contact person', 'contact name'],
  contactFunction: ['ansprechperson funktion', 'contact function'],
  contactEmail: ['ansprechperson e mail', 'ansprechperson email', 'contact email', 'contact e mail'],
  contactPhone: ['ansprechperson telefon', 'contact phone'],
} as const;
export type ImportColumn = keyof typeof IMPORT_COLUMNS;

/** The header a template and a CSV export write for each column. */
export const COLUMN_HEADERS: Record<ImportColumn, string> = {
  municipality: 'Kommune',
  network: 'Netzwerk',
  status: 'Status',
  startedOn: 'Mitglied seit',
  role: 'Rolle',
  endedOn: 'Beendet am',
  lastConfirmedOn: 'Zuletzt bestätigt',
  roleStartedOn: 'Rolle seit',
  roleEndedOn: 'Rolle bis',
  remark: 'Quelle/Bemerkung',
  contactName: 'Ansprechperson',
  contactFunction: 'Ansprechperson Funktion',
  contactEmail: 'Ansprechperson E-Mail',
  contactPhone: 'Ansprechperson Telefon',
};
