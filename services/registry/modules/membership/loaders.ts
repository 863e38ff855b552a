// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// Per-request DataLoaders of the memberships, their contact persons and the role terms.
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { EntityReader, queryPrepared } from '../../../../common/database';
import { ContactPerson } from './entities/ContactPerson';
import { DigitaleDoerferMembership } from './entities/DigitaleDoerferMembership';
import { DigitaleDoerferRoleTerm } from './entities/DigitaleDoerferRoleTerm';

/** The membership record that describes a municipality now: the open one (application, active or unknown) first, else the latest. */
const CURRENT_FIRST = `CASE WHEN ms.status IN ('ACTIVE', 'RECEIVED', 'UNKNOWN') THEN 0 ELSE 1 END, COALESCE(ms.ended_on, ms.started_on) DESC NULLS LAST`;

/** Another module's statement about units that brings each unit's current membership record along (see withCurrentMembership). */
export interface JoinedLoad {
  /** Names the statements that include it (prepared statements need one name per text). */
  name: string;
  /** Columns to add to the select list. */
  select: string;
  /** The join, for units under `unitAlias`. */
  join(unitAlias: string): string;
  /** Hands the record of the unit `ars` in `row` (or its absence) to the loader. */
  prime(ars: string, row: Record<string, unknown>): void;
}

export function createMembershipLoaders(dataSource: DataSource) {
  const memberships = dataSource.getRepository(DigitaleDoerferMembership);
  const reader = EntityReader.of(dataSource, DigitaleDoerferMembership);
  const currentSql = `SELECT DISTINCT ON (ms.municipality_ars) ${reader.selectList('ms')} FROM registry.digitale_doerfer_membership ms
    WHERE ms.municipality_ars = ANY($1) ORDER BY ms.municipality_ars, ${CURRENT_FIRST}`;

  const currentMembershipByArs = new DataLoader<string, DigitaleDoerferMembership | null>(async (arsList) => {
    const rows = await queryPrepared(dataSource, 'registry.current_membership', currentSql, [arsList]);
    const byArs = new Map(rows.map((row) => reader.read(row)!).map((r) => [r.municipalityArs, r]));
    return arsList.map((ars) => byArs.get(ars) ?? null);
  });

  /**
   * Most answers about a unit show its membership: the directory's statement about units joins the
   * current record in, which saves a statement and a round trip per request.
   */
  const withCurrentMembership: JoinedLoad = {
    name: 'current_membership',
    select: reader.selectList('current', 'current__'),
    join: (unitAlias) =>
      `LEFT JOIN LATERAL (SELECT * FROM registry.digitale_doerfer_membership ms WHERE ms.municipality_ars = ${unitAlias}.ars
       ORDER BY ${CURRENT_FIRST} LIMIT 1) current ON true`,
    prime: (ars, row) => void currentMembershipByArs.prime(ars, reader.read(row, 'current__')),
  };

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

  return { currentMembershipByArs, withCurrentMembership, contactByMembershipId, membershipHistoryByArs, roleTermsByArs };
}
