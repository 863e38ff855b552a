// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// Official keys of German municipalities:
//  ARS (Amtlicher Regionalschlüssel, 12 digits: Land, Regierungsbezirk, Kreis, Gemeindeverband, Gemeinde)
//  AGS (Amtlicher Gemeindeschlüssel, 8 digits; only Gemeinden have one, Verbandsgemeinden do not).
import { badInput } from './errors';

export type OfficialKey = { kind: 'ARS' | 'AGS'; value: string };

/**
 * Accepts an ARS or AGS (spaces allowed between groups) and says which it is; otherwise
 * BAD_USER_INPUT naming `argument`, the input that carried the key (e.g. "input.municipalityKey").
 */
export function parseOfficialKey(raw: string, argument: string): OfficialKey {
  const value = raw.replace(/\s+/g, '');
  if (/^\d{12}$/.test(value)) return { kind: 'ARS', value };
  if (/^\d{8}$/.test(value)) return { kind: 'AGS', value };
  throw badInput(
    'A municipality key is a 12-digit ARS (Amtlicher Regionalschlüssel, e.g. 073150000000) or an 8-digit AGS (Amtlicher Gemeindeschlüssel, e.g. 07315000).',
    { argument },
  );
}

/** Validates a 12-digit ARS argument. */
export function parseArs(raw: string, argument: string): string {
  const value = raw.replace(/\s+/g, '');
  if (!/^\d{12}$/.test(value)) {
    throw badInput(`${argument} must be a 12-digit ARS (Amtlicher Regionalschlüssel), e.g. 073150000000.`, {
      argument,
    });
  }
  return value;
}
