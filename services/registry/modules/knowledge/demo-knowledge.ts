// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// Invented knowledge-exchange data for demonstrations: meetings and experience reports among the
// member municipalities a command passes in. Every row is marked is_demo and its title starts with
// "[DEMO] ", so it is never mistaken for a real record and removeDemoKnowledge finds all of it
// (and nothing else: the sourced public meetings, data/public-meetings.ts, are not demo rows).
// No audit events: these are not changes by anyone, and they are removed as a whole.
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { addDays, today } from '../../../../common/dates';
import { DatePrecision, NetworkId } from '../../../../common/domain';
import { ExperienceReport, ExperienceStatus } from './entities/ExperienceReport';
import { Meeting, MeetingFormat } from './entities/Meeting';
import { normalizeTags } from '../../../../common/validation';

export const DEMO_TITLE_PREFIX = '[DEMO] ';

interface DemoMeeting {
  daysAgo: number;
  title: string;
  format: MeetingFormat;
  topicIds: string[];
  tags: string[];
  /** Which of the given members attend, by position; the host is the first. */
  attendees: (count: number) => number[];
}

const MEETINGS: DemoMeeting[] = [
  {
    daysAgo: 150,
    title: 'Netzwerktreffen: Dorf-Apps im Alltag',
    format: MeetingFormat.ONLINE,
    topicIds: ['dorf-app', 'ehrenamt-digital'],
    tags: ['DorfFunk', 'Redaktion'],
    attendees: (n) => range(n),
  },
  {
    daysAgo: 90,
    title: 'Präsenztreffen: Sensorik im Dorf',
    format: MeetingFormat.ON_SITE,
    topicIds: ['smart-village', 'open-data'],
    tags: ['LoRaWAN'],
    attendees: (n) => range(n).filter((i) => i % 2 === 1 || i === 0),
  },
  {
    daysAgo: 30,
    title: 'Hybrides Treffen: Bürgerbeteiligung online',
    format: MeetingFormat.HYBRID,
    topicIds: ['buergerbeteiligung-online', 'digitale-verwaltung'],
    tags: ['Umfragen'],
    attendees: (n) => range(n).filter((i) => i % 2 === 0),
  },
];

const REPORTS: Omit<ExperienceReport, 'id' | 'municipalityArs' | 'tagKeys' | 'isDemo' | 'version' | 'createdAt' | 'updatedAt'>[] = [
  {
    title: 'Dorf-App für alle Ortsgemeinden',
    project:
      'Einführung einer gemeinsamen Dorf-App mit Nachrichten der Ortsgemeinden, Vereinstermine und einem Marktplatz für Nachbarschaftshilfe.',
    topicIds: ['dorf-app', 'ehrenamt-digital'],
    tags: ['DorfFunk', 'Vereine'],
    status: ExperienceStatus.COMPLETED,
    result: 'Gut angenommen, wenn jede Ortsgemeinde eine ehrenamtliche Redaktion hat; ohne Redaktion schläft der Kanal ein.',
    contactFunction: 'Digitalisierungsbeauftragte der Verbandsgemeinde',
  },
  {
    title: 'Pegelsensoren am Dorfbach',
    project: 'Funkvernetzte Pegelsensoren an zwei Bächen melden steigende Wasserstände an die Feuerwehr und auf eine öffentliche Karte.',
    topicIds: ['smart-village', 'open-data'],
    tags: ['LoRaWAN', 'Hochwasser'],
    status: ExperienceStatus.IN_PROGRESS,
    result: null,
    contactFunction: 'Fachbereich Bauen und Umwelt',
  },
  {
    title: 'Mitfahrbank mit App-Anbindung',
    project: 'Mitfahrbänke in fünf Ortsgemeinden, deren Nutzung über die Dorf-App angekündigt werden kann.',
    topicIds: ['mobilitaet', 'dorf-app'],
    tags: ['Mitfahrbank'],
    status: ExperienceStatus.STOPPED,
    result: 'Eingestellt: zu wenige Fahrten; die Bänke bleiben als klassische Mitfahrbänke stehen.',
    contactFunction: 'Büro des Bürgermeisters',
  },
  {
    title: 'Online-Terminvergabe im Bürgerbüro',
    project: 'Termine im Bürgerbüro sollen online gebucht werden können, mit Erinnerung per SMS oder E-Mail.',
    topicIds: ['digitale-verwaltung'],
    tags: ['OZG', 'Terminbuchung'],
    status: ExperienceStatus.PLANNED,
    result: null,
    contactFunction: 'Leitung des Bürgerbüros',
  },
];

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}

function daysAgo(days: number): string {
  return addDays(today(), -days);
}

/**
 * Invents 3 meetings (with hosts and attendance) and 4 experience reports among the given member
 * municipalities (ARS), replacing earlier demo knowledge; with no members it does nothing. Runs in
 * the caller's transaction; the caller makes sure the ARS are members (foreign keys refuse unknown ones).
 */
export async function seedDemoKnowledge(manager: EntityManager, memberArs: string[]): Promise<void> {
  const members = [...new Set(memberArs)];
  if (members.length === 0) return;
  for (const ars of members) if (!/^\d{12}$/.test(ars)) throw new Error(`seedDemoKnowledge: "${ars}" is not a 12-digit ARS.`);
  await removeDemoKnowledge(manager);
  for (const [k, demo] of MEETINGS.entries()) {
    const id = randomUUID();
    const attendees = demo.attendees(members.length).map((i) => members[i]);
    await manager.getRepository(Meeting).insert({
      id,
      network: NetworkId.DIGITALE_DOERFER_RLP,
      heldOn: daysAgo(demo.daysAgo),
      heldOnPrecision: DatePrecision.DAY,
      title: DEMO_TITLE_PREFIX + demo.title,
      format: demo.format,
      hostArs: demo.format === MeetingFormat.ONLINE ? null : members[k % members.length],
      place: null,
      topicIds: demo.topicIds,
      tags: demo.tags,
      note: null,
      sources: [],
      isDemo: true,
      version: 1,
    });
    await manager.query(`INSERT INTO registry.meeting_attendance (meeting_id, municipality_ars) SELECT $1, unnest($2::text[])`, [
      id,
      attendees,
    ]);
  }
  for (const [k, demo] of REPORTS.entries()) {
    await manager.getRepository(ExperienceReport).insert({
      ...demo,
      ...normalizeTags(demo.tags, 'tags'),
      id: randomUUID(),
      municipalityArs: members[k % members.length],
      title: DEMO_TITLE_PREFIX + demo.title,
      isDemo: true,
      version: 1,
    });
  }
}

/** Deletes all demo meetings (with their attendance) and demo experience reports: the rows marked is_demo, no others. */
export async function removeDemoKnowledge(manager: EntityManager): Promise<void> {
  await manager.query(`DELETE FROM registry.meeting_attendance WHERE meeting_id IN (SELECT id FROM registry.meeting WHERE is_demo)`);
  await manager.query(`DELETE FROM registry.meeting WHERE is_demo`);
  await manager.query(`DELETE FROM registry.experience_report WHERE is_demo`);
}
