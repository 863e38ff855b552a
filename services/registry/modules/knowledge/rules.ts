// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// Rules of the knowledge exchange (topics, meetings, experience reports) that need its data:
// managed topics, the networks' founding dates, who changes which network's meetings, the
// versioned tables and what their audit keeps.
// All look-ups take lists, so a write costs the same statements however many topics it names.
// Input checks without data (free text, keywords, search words) are in common/validation.ts.
import { GraphQLError } from 'graphql';
import type { EntityManager } from 'typeorm';
import { can, type Permission, type Principal } from '../../../../common/auth/roles';
import { DatePrecision, NetworkId } from '../../../../common/domain';
import { badInput, ErrorCode } from '../../../../common/errors';
import { NETWORKS } from '../../../../common/networks';
import { requireFirstDayOfPrecision } from '../../../../common/validation';
import type { VersionedTable } from '../../shared/versioned-change';
import { ExperienceReport } from './entities/ExperienceReport';
import { Meeting } from './entities/Meeting';

export const MAX_TOPICS_PER_RECORD = 10;
export const MAX_ATTENDEES = 300;

export const MEETINGS: VersionedTable<Meeting> = {
  entity: Meeting,
  name: 'meeting',
  auditEntity: 'meeting',
  auditFields: [
    'network',
    'heldOn',
    'heldOnPrecision',
    'title',
    'format',
    'hostArs',
    'place',
    'topicIds',
    'tags',
    'note',
    'sources',
    'version',
  ],
};

export const EXPERIENCE_REPORTS: VersionedTable<ExperienceReport> = {
  entity: ExperienceReport,
  name: 'experience report',
  auditEntity: 'experienceReport',
  auditFields: ['municipalityArs', 'title', 'project', 'topicIds', 'tags', 'status', 'result', 'contactFunction', 'version'],
};

/**
 * SQL condition: every word of the parameter (a text[] of folded words) occurs in the folded
 * column. Words come from searchWords, so they hold only [a-z0-9] and never LIKE wildcards.
 */
export function allWordsIn(column: string, wordsParam: string): string {
  return `NOT EXISTS (SELECT 1 FROM unnest(${wordsParam}::text[]) AS word WHERE position(word IN ${column}) = 0)`;
}

/** Topic ids must name managed topics (Query.topics); unknown ones are BAD_USER_INPUT, naming them. One statement. */
export async function requireTopicIds(manager: EntityManager, ids: string[], argument: string, min: number): Promise<string[]> {
  const unique = [...new Set(ids.map((id) => id.trim()))];
  if (unique.length < min || unique.length > MAX_TOPICS_PER_RECORD) {
    throw badInput(`${argument} must name ${min} to ${MAX_TOPICS_PER_RECORD} topics.`, { argument });
  }
  if (unique.length === 0) return [];
  const rows: { id: string }[] = await manager.query(`SELECT id FROM registry.topic WHERE id = ANY($1)`, [unique]);
  const known = new Set(rows.map((r) => r.id));
  const unknown = unique.filter((id) => !known.has(id));
  if (unknown.length > 0) {
    throw badInput(
      `Unknown topic${unknown.length > 1 ? 's' : ''}: ${unknown.map((id) => JSON.stringify(id.slice(0, 60))).join(', ')}. Topics are a managed list (Query.topics); coordinators add new ones with addTopic.`,
      { argument, unknownTopics: unknown.map((id) => id.slice(0, 60)) },
    );
  }
  return unique;
}

/**
 * A meeting date with its precision, as stored: MONTH and YEAR dates on the first day of the month
 * or year, and not before the network was founded (compared at the date's precision, so "2019" is
 * a possible year for a network founded in April 2019).
 */
export function requireMeetingDate(date: string, precision: DatePrecision, network: NetworkId, argument: string): string {
  requireFirstDayOfPrecision(date, precision, argument);
  const founded = NETWORKS[network].founded; // YYYY-MM
  const length = precision === DatePrecision.YEAR ? 4 : 7;
  if (date.slice(0, length) < founded.slice(0, length)) {
    throw badInput(`${argument} must not be before ${NETWORKS[network].shortName} was founded (${founded}).`, { argument });
  }
  return date;
}

/** The permission to change a network's registry data (common/auth/roles.ts). */
export function networkWritePermission(network: NetworkId): Permission {
  return `network:${network}:write` as Permission;
}

/**
 * Meetings of a network are changed only by those who may change that network's data. The
 * mutations admit Digitale Dörfer writers; an IKONE-DS meeting (from public sources) further needs
 * the IKONE-DS write permission, so of those only ministry admins.
 */
export function requireMeetingWriter(principal: Principal, meeting: Pick<Meeting, 'network'>): void {
  if (!can(principal, networkWritePermission(meeting.network))) {
    throw new GraphQLError(
      `Meetings of ${NETWORKS[meeting.network].shortName} are changed only by those who may change that network’s data (ministry admins).`,
      { extensions: { code: ErrorCode.FORBIDDEN } },
    );
  }
}

/** Attendance is kept only for meetings of the Netzwerk Digitale Dörfer RLP (its members, its coordinators). */
export function requireAttendanceKept(meeting: Pick<Meeting, 'network'>, argument: string): void {
  if (meeting.network !== NetworkId.DIGITALE_DOERFER_RLP) {
    throw badInput(
      `The registry keeps attendance only for meetings of the Netzwerk Digitale Dörfer RLP; this is a meeting of ${NETWORKS[meeting.network].shortName}, whose attendance it does not keep.`,
      { argument },
    );
  }
}

/** Attending municipalities of a meeting (ARS, sorted), for the audit trail. */
export async function attendeeArs(manager: EntityManager, meetingId: string): Promise<string[]> {
  const rows: { municipality_ars: string }[] = await manager.query(
    `SELECT municipality_ars FROM registry.meeting_attendance WHERE meeting_id = $1 ORDER BY municipality_ars`,
    [meetingId],
  );
  return rows.map((r) => r.municipality_ars);
}
