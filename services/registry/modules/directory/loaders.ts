// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// Per-request DataLoaders of the directory: every list resolution asks the database once per kind
// of data, however many items the page has.
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { MunicipalityType } from '../../../../common/domain';
import type { Page } from '../../../../common/pagination';
import { EntityReader, queryPrepared } from '../../../../common/database';
import type { JoinedLoad } from '../membership/loaders';
import { Municipality } from './entities/Municipality';

export interface ChildPage {
  nodes: Municipality[];
  totalCount: number;
}

/** An AGS has 8 digits, an ARS 12 (common/keys.ts). */
const isAgs = (key: string) => key.length === 8;

/** The Gemeinden that belong to a Verbandsgemeinde. */
export const VERBANDSGEMEINDE_MEMBER_TYPES = [MunicipalityType.ORTSGEMEINDE, MunicipalityType.VERBANDSANGEHOERIGE_STADT];

export function createDirectoryLoaders(dataSource: DataSource, readAhead: () => JoinedLoad | undefined) {
  const reader = EntityReader.of(dataSource, Municipality);

  /**
   * A municipality by its ARS (12 digits) or its AGS (8 digits), both as parseOfficialKey returns
   * them: one statement per batch, whatever the mix of the two kinds and however many keys. Each
   * unit found is cached under both its keys, so asking for it again by the other one (or as the
   * relation of another unit) costs nothing. The same statement brings what answers about a unit
   * nearly always show next: its Landkreis and Verbandsgemeinde, and in queries the current Digitale
   * Dörfer record of each (handed to the membership loader) — one statement where there were four.
   */
  const municipalityByKey: DataLoader<string, Municipality | null> = new DataLoader(async (keys) => {
    const ags = keys.filter(isAgs);
    const membership = readAhead();
    const rows = await queryPrepared(
      dataSource,
      `registry.municipality_by_key${membership ? `+${membership.name}` : ''}`,
      `WITH asked AS (SELECT * FROM registry.municipality WHERE ars = ANY($1) OR ags = ANY($2)),
       units AS (
         SELECT * FROM asked
         UNION
         SELECT parent.* FROM asked JOIN registry.municipality parent
           ON parent.ars = asked.district_ars OR (parent.ars = asked.parent_ars AND asked.type = ANY($3))
       )
       SELECT ${reader.selectList('unit')}${membership ? `, ${membership.select}` : ''} FROM units unit ${membership?.join('unit') ?? ''}`,
      [keys.filter((key) => !isAgs(key)), ags, VERBANDSGEMEINDE_MEMBER_TYPES],
    );
    const units = rows.map((row) => {
      const unit = reader.read(row)!;
      municipalityByKey.prime(unit.ars, unit);
      if (unit.ags !== null) municipalityByKey.prime(unit.ags, unit);
      membership?.prime(unit.ars, row);
      return unit;
    });
    const byArs = new Map(units.map((r) => [r.ars, r]));
    const byAgs = new Map(units.filter((r) => r.ags !== null).map((r) => [r.ags!, r]));
    return keys.map((key) => (isAgs(key) ? byAgs : byArs).get(key) ?? null);
  });
  // The same loader under the name the relations use: ARS and AGS look-ups of one request share its batches.
  const municipalityByArs = municipalityByKey;

  /**
   * One page of the Gemeinden of many Verbandsgemeinden at once: one windowed statement per
   * distinct page size in the batch (normally one), then the rows through municipalityByArs.
   */
  const ortsgemeindenPage = new DataLoader<{ ars: string } & Page, ChildPage, string>(
    async (keys) => {
      const results = new Map<string, { ars: string[]; total: number }>();
      const pages = new Map<string, ({ ars: string } & Page)[]>();
      for (const key of keys) pages.set(`${key.offset}:${key.limit}`, [...(pages.get(`${key.offset}:${key.limit}`) ?? []), key]);
      for (const group of pages.values()) {
        const { offset, limit } = group[0];
        const parents = group.map((k) => k.ars);
        const rows: { parent_ars: string; ars: string | null; total: number }[] = await dataSource.query(
          `SELECT c.parent_ars, page.ars, c.total
           FROM (SELECT parent_ars, count(*)::int AS total FROM registry.municipality
                 WHERE parent_ars = ANY($1) AND type = ANY($2) GROUP BY parent_ars) c
           LEFT JOIN (
             SELECT ars, parent_ars, row_number() OVER (PARTITION BY parent_ars ORDER BY short_name, ars) AS position
             FROM registry.municipality WHERE parent_ars = ANY($1) AND type = ANY($2)
           ) page ON page.parent_ars = c.parent_ars AND page.position > $3 AND page.position <= $3 + $4
           ORDER BY c.parent_ars, page.position`,
          [parents, VERBANDSGEMEINDE_MEMBER_TYPES, offset, limit],
        );
        for (const row of rows) {
          const key = `${row.parent_ars}:${offset}:${limit}`;
          const entry = results.get(key) ?? { ars: [], total: row.total };
          if (row.ars) entry.ars.push(row.ars);
          results.set(key, entry);
        }
      }
      const all = await municipalityByArs.loadMany([...results.values()].flatMap((r) => r.ars));
      const byArs = new Map(all.filter((m): m is Municipality => m instanceof Municipality).map((m) => [m.ars, m]));
      return keys.map((key) => {
        const entry = results.get(`${key.ars}:${key.offset}:${key.limit}`);
        return { nodes: (entry?.ars ?? []).map((ars) => byArs.get(ars)!), totalCount: entry?.total ?? 0 };
      });
    },
    // Keys with different page arguments get their own cache entries.
    { cacheKeyFn: (k) => `${k.ars}:${k.offset}:${k.limit}` },
  );

  return { municipalityByKey, municipalityByArs, ortsgemeindenPage };
}

export type DirectoryLoaders = ReturnType<typeof createDirectoryLoaders>;
