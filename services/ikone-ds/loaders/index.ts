// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { IkoneDsMembership } from '../entities/IkoneDsMembership';

/** Per-request DataLoaders of the adapter. */
export function createLoaders(dataSource: DataSource) {
  const members = dataSource.getRepository(IkoneDsMembership);
  const membershipByArs = new DataLoader<string, IkoneDsMembership | null>(async (arsList) => {
    const rows = await members.createQueryBuilder('m').where('m.ars IN (:...ars)', { ars: arsList }).getMany();
    const byArs = new Map(rows.map((r) => [r.ars, r]));
    return arsList.map((ars) => byArs.get(ars) ?? null);
  });
  return { membershipByArs };
}

export type IkoneDsLoaders = ReturnType<typeof createLoaders>;
