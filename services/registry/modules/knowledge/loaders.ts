// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// Per-request DataLoaders of the knowledge exchange (topics, meetings, attendance).
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import type { DirectoryLoaders } from '../directory/loaders';
import { Municipality } from '../directory/entities/Municipality';
import { Meeting } from './entities/Meeting';
import { MeetingAttendance } from './entities/MeetingAttendance';
import { Topic } from './entities/Topic';

/** `municipalityByArs` of the directory is primed with the attendees loaded here. */
export function createKnowledgeLoaders(dataSource: DataSource, { municipalityByArs }: Pick<DirectoryLoaders, 'municipalityByArs'>) {
  const municipalities = dataSource.getRepository(Municipality);

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

  return { topicById, attendeesByMeetingId, meetingsAttendedByArs };
}
