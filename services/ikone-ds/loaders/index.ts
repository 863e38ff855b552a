// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { EntityReader, queryPrepared } from '../../../common/database';
import { IkoneDsMembership } from '../entities/IkoneDsMembership';

/** Per-request DataLoaders of the adapter. */
export function createLoaders(dataSource: DataSource) {
  const reader = EntityReader.of(dataSource, IkoneDsMembership);
  // Every network-fit answer asks for it: prepared, and without the query builder (common/database.ts).
  const byArsSql = `SELECT ${reader.selectList('m')} FROM ikone_ds.member m WHERE m.ars = ANY($1)`;
  const membershipByArs = new DataLoader<string, IkoneDsMembership | null>(async (arsList) => {
    const rows = await queryPrepared(dataSource, 'ikone_ds.membership_by_ars', byArsSql, [arsList]);
    const byArs = new Map(rows.map((row) => reader.read(row)!).map((r) => [r.ars, r]));
    return arsList.map((ars) => byArs.get(ars) ?? null);
  });
  return { membershipByArs };
}

export type IkoneDsLoaders = ReturnType<typeof createLoaders>;
