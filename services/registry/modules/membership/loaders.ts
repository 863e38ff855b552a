// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// Per-request DataLoaders of the memberships, their contact persons and the role terms.
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { ContactPerson } from './entities/ContactPerson';
import { DigitaleDoerferMembership } from './entities/DigitaleDoerferMembership';
import { DigitaleDoerferRoleTerm } from './entities/DigitaleDoerferRoleTerm';

export function createMembershipLoaders(dataSource: DataSource) {
  const memberships = dataSource.getRepository(DigitaleDoerferMembership);

  /** The membership record that describes a municipality now: the open one (application, active or unknown) first, else the latest. */
  const currentMembershipByArs = new DataLoader<string, DigitaleDoerferMembership | null>(async (arsList) => {
    const rows = await memberships
      .createQueryBuilder('ms')
      .distinctOn(['ms.municipality_ars'])
      .where('ms.municipality_ars IN (:...ars)', { ars: arsList })
      .orderBy('ms.municipality_ars')
      .addOrderBy(`CASE WHEN ms.status IN ('ACTIVE', 'RECEIVED', 'UNKNOWN') THEN 0 ELSE 1 END`)
      .addOrderBy('COALESCE(ms.ended_on, ms.started_on)', 'DESC', 'NULLS LAST')
      .getMany();
    const byArs = new Map(rows.map((r) => [r.municipalityArs, r]));
    return arsList.map((ars) => byArs.get(ars) ?? null);
  });

  const contactByMembershipId = new DataLoader<string, ContactPerson | null>(async (ids) => {
    const rows = await dataSource
      .getRepository(ContactPerson)
      .createQueryBuilder('c')
      .where('c.membership_id IN (:...ids)', { ids })
      .getMany();
    const byId = new Map(rows.map((r) => [r.membershipId, r]));
    return ids.map((id) => byId.get(id) ?? null);
  });

  const membershipHistoryByArs = new DataLoader<string, DigitaleDoerferMembership[]>(async (arsList) => {
    const rows = await memberships
      .createQueryBuilder('ms')
      .where('ms.municipality_ars IN (:...ars)', { ars: arsList })
      .orderBy('ms.created_at')
      .addOrderBy('ms.started_on', 'ASC', 'NULLS FIRST')
      .getMany();
    return arsList.map((ars) => rows.filter((r) => r.municipalityArs === ars));
  });

  /** A unit's role terms, oldest first. */
  const roleTermsByArs = new DataLoader<string, DigitaleDoerferRoleTerm[]>(async (arsList) => {
    const rows = await dataSource
      .getRepository(DigitaleDoerferRoleTerm)
      .createQueryBuilder('t')
      .where('t.municipality_ars IN (:...ars)', { ars: arsList })
      .orderBy('t.started_on')
      .addOrderBy('t.role')
      .getMany();
    return arsList.map((ars) => rows.filter((r) => r.municipalityArs === ars));
  });

  return { currentMembershipByArs, contactByMembershipId, membershipHistoryByArs, roleTermsByArs };
}
