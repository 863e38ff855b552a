// Per-request DataLoaders: every list resolution asks the database once per kind of data, however
// many items the page has.
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { Municipality } from '../entities/Municipality';
import { ContactPerson } from '../entities/ContactPerson';
import { DigitaleDoerferMembership } from '../entities/DigitaleDoerferMembership';
import { Meeting } from '../entities/Meeting';
import { MeetingAttendance } from '../entities/MeetingAttendance';
import { Topic } from '../entities/Topic';
import { MunicipalityType } from '../../../../common/domain';
import type { Page } from '../../../../common/pagination';

export interface ChildPage {
  nodes: Municipality[];
  totalCount: number;
}

/** The Gemeinden that belong to a Verbandsgemeinde. */
export const VERBANDSGEMEINDE_MEMBER_TYPES = [MunicipalityType.ORTSGEMEINDE, MunicipalityType.VERBANDSANGEHOERIGE_STADT];

export function createLoaders(dataSource: DataSource) {
  const municipalities = dataSource.getRepository(Municipality);
  const memberships = dataSource.getRepository(DigitaleDoerferMembership);

  const municipalityByArs = new DataLoader<string, Municipality | null>(async (arsList) => {
    const rows = await municipalities.createQueryBuilder('m').where('m.ars IN (:...ars)', { ars: arsList }).getMany();
    const byArs = new Map(rows.map((r) => [r.ars, r]));
    return arsList.map((ars) => byArs.get(ars) ?? null);
  });

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

  // Knowledge exchange (topics, meetings, attendance).

  const topicById = new DataLoader<string, Topic | null>(async (ids) => {
    const rows = await dataSource.getRepository(Topic).createQueryBuilder('t').where('t.id IN (:...ids)', { ids }).getMany();
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  });

  /**
   * The attending municipalities of many meetings, by name, in one statement (rows and pairs
   * together, so the count does not depend on what other loaders have cached).
   */
  const attendeesByMeetingId = new DataLoader<string, Municipality[]>(async (ids) => {
    const { raw, entities } = await municipalities
      .createQueryBuilder('m')
      .innerJoin(MeetingAttendance, 'a', 'a.municipality_ars = m.ars')
      .addSelect('a.meeting_id', 'attendance_meeting_id')
      .where('a.meeting_id IN (:...ids)', { ids })
      .orderBy('m.short_name')
      .addOrderBy('m.ars')
      .getRawAndEntities<{ attendance_meeting_id: string; m_ars: string }>();
    const byArs = new Map(entities.map((m) => [m.ars, m]));
    for (const m of entities) municipalityByArs.prime(m.ars, m);
    const byMeeting = new Map<string, Municipality[]>();
    for (const row of raw) {
      if (!byMeeting.has(row.attendance_meeting_id)) byMeeting.set(row.attendance_meeting_id, []);
      byMeeting.get(row.attendance_meeting_id)!.push(byArs.get(row.m_ars)!);
    }
    return ids.map((id) => byMeeting.get(id) ?? []);
  });

  /** The meetings many municipalities attended, newest first, in one statement. */
  const meetingsAttendedByArs = new DataLoader<string, Meeting[]>(async (arsList) => {
    const { raw, entities } = await dataSource
      .getRepository(Meeting)
      .createQueryBuilder('mt')
      .innerJoin(MeetingAttendance, 'a', 'a.meeting_id = mt.id')
      .addSelect('a.municipality_ars', 'attendance_municipality_ars')
      .where('a.municipality_ars IN (:...ars)', { ars: arsList })
      .orderBy('mt.held_on', 'DESC')
      .addOrderBy('mt.created_at', 'DESC')
      .addOrderBy('mt.id', 'DESC')
      .getRawAndEntities<{ attendance_municipality_ars: string; mt_id: string }>();
    const byId = new Map(entities.map((m) => [m.id, m]));
    const byArs = new Map<string, Meeting[]>();
    for (const row of raw) {
      if (!byArs.has(row.attendance_municipality_ars)) byArs.set(row.attendance_municipality_ars, []);
      byArs.get(row.attendance_municipality_ars)!.push(byId.get(row.mt_id)!);
    }
    return arsList.map((ars) => byArs.get(ars) ?? []);
  });

  return {
    municipalityByArs,
    currentMembershipByArs,
    ortsgemeindenPage,
    contactByMembershipId,
    membershipHistoryByArs,
    topicById,
    attendeesByMeetingId,
    meetingsAttendedByArs,
  };
}

export type RegistryLoaders = ReturnType<typeof createLoaders>;
