// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// The one way to find a municipality by the key a client sends: an ARS (Amtlicher
// Regionalschlüssel, 12 digits) or an AGS (Amtlicher Gemeindeschlüssel, 8 digits). A malformed key
// is BAD_USER_INPUT naming the argument that carried it; an unknown one is null or NOT_FOUND.
import type { EntityManager } from 'typeorm';
import { badInput, notFound } from '../../../../common/errors';
import { OfficialKey, parseOfficialKey } from '../../../../common/keys';
import type { RegistryContext } from '../../context';
import { Municipality } from './entities/Municipality';

function unknownKey(key: OfficialKey): Error {
  return notFound(`No municipality has the ${key.kind} ${key.value}.`);
}

/**
 * Keys one look-up (municipalitiesByKeys) takes at most. As many as the largest page of a list
 * (`first` ≤ 100), so that many keys cost what a page costs: with every field a portal shows, 100
 * units stay well within the gateway's cost budget, the answer stays small, and the statement's
 * key arrays stay short. A portal with more keys sends one request per hundred.
 */
export const MAX_KEYS_PER_LOOKUP = 100;

/** A municipality by ARS or AGS, through the request's loader; null when no unit has the key. */
export async function municipalityByKey(ctx: RegistryContext, raw: string, argument: string): Promise<Municipality | null> {
  return ctx.loaders.municipalityByKey.load(parseOfficialKey(raw, argument).value);
}

/**
 * Many municipalities by ARS or AGS, in the order of the keys, null for a well-formed key no unit
 * has, duplicates answered as often as asked; all through one batch of the request's loader (one
 * statement). More than MAX_KEYS_PER_LOOKUP keys, or a malformed one (named `argument[i]`), is
 * BAD_USER_INPUT.
 */
export async function municipalitiesByKeys(ctx: RegistryContext, rawKeys: string[], argument: string): Promise<(Municipality | null)[]> {
  if (rawKeys.length > MAX_KEYS_PER_LOOKUP) {
    throw badInput(`${argument} may hold at most ${MAX_KEYS_PER_LOOKUP} keys, not ${rawKeys.length}; send the rest in another request.`, {
      argument,
      limit: MAX_KEYS_PER_LOOKUP,
      actual: rawKeys.length,
    });
  }
  const keys = rawKeys.map((raw, i) => parseOfficialKey(raw, `${argument}[${i}]`).value);
  const found = await ctx.loaders.municipalityByKey.loadMany(keys);
  return found.map((m) => {
    if (m instanceof Error) throw m;
    return m;
  });
}

/** municipalityByKey, NOT_FOUND when no unit has the key. */
export async function requireMunicipalityByKey(ctx: RegistryContext, raw: string, argument: string): Promise<Municipality> {
  const municipality = await municipalityByKey(ctx, raw, argument);
  if (!municipality) throw unknownKey(parseOfficialKey(raw, argument));
  return municipality;
}

/**
 * Many keys at once, inside the caller's transaction, in one statement: the municipalities in the
 * order of the keys and without duplicates (a unit named by ARS and by AGS counts once). Every key
 * must be well-formed (BAD_USER_INPUT naming `argument[i]`, or `argument` for a single key) and
 * known (NOT_FOUND).
 */
export async function findMunicipalitiesByKey(manager: EntityManager, rawKeys: string[], argument: string): Promise<Municipality[]> {
  const keys = rawKeys.map((raw, i) => parseOfficialKey(raw, rawKeys.length === 1 ? argument : `${argument}[${i}]`));
  if (keys.length === 0) return [];
  const rows = await manager
    .getRepository(Municipality)
    .createQueryBuilder('m')
    .where('m.ars = ANY(:ars) OR m.ags = ANY(:ags)', {
      ars: keys.filter((k) => k.kind === 'ARS').map((k) => k.value),
      ags: keys.filter((k) => k.kind === 'AGS').map((k) => k.value),
    })
    .getMany();
  const found = new Map<string, Municipality>();
  for (const key of keys) {
    const row = rows.find((r) => (key.kind === 'ARS' ? r.ars === key.value : r.ags === key.value));
    if (!row) throw unknownKey(key);
    found.set(row.ars, row);
  }
  return [...found.values()];
}
