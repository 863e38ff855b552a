// Per-request DataLoaders of the memberships and their contact persons.
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { ContactPerson } from './entities/ContactPerson';
import { DigitaleDoerferMembership } from './entities/DigitaleDoerferMembership';

export function createMembershipLoaders(dataSource: DataSource) {
  const memberships = dataSource.getRepository(DigitaleDoerferMembership);

  /** The membership record that describes a municipality now: an open one first, else the latest. */
  const currentMembershipByArs = new DataLoader<string, DigitaleDoerferMembership | null>(async (arsList) => {
    const rows = await memberships
      .createQueryBuilder('ms')
      .distinctOn(['ms.municipality_ars'])
      .where('ms.municipality_ars IN (:...ars)', { ars: arsList })
      .orderBy('ms.municipality_ars')
      .addOrderBy(`CASE WHEN ms.status IN ('ACTIVE', 'RECEIVED') THEN 0 ELSE 1 END`)
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

  return { currentMembershipByArs, contactByMembershipId, membershipHistoryByArs };
}
