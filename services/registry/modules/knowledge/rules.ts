// Rules of the knowledge exchange (topics, meetings, experience reports) that need its data:
// managed topics, the network's founding date, the versioned tables and what their audit keeps.
// All look-ups take lists, so a write costs the same statements however many topics it names.
// Input checks without data (free text, keywords, search words) are in common/validation.ts.
import type { EntityManager } from 'typeorm';
import { NetworkId } from '../../../../common/domain';
import { badInput } from '../../../../common/errors';
import { NETWORKS } from '../../../../common/networks';
import type { VersionedTable } from '../../shared/versioned-change';
import { ExperienceReport } from './entities/ExperienceReport';
import { Meeting } from './entities/Meeting';

export const MAX_TOPICS_PER_RECORD = 10;
export const MAX_ATTENDEES = 300;

export const MEETINGS: VersionedTable<Meeting> = {
  entity: Meeting,
  name: 'meeting',
  auditEntity: 'meeting',
  auditFields: ['heldOn', 'title', 'format', 'hostArs', 'topicIds', 'tags', 'version'],
};

export const EXPERIENCE_REPORTS: VersionedTable<ExperienceReport> = {
  entity: ExperienceReport,
  name: 'experience report',
  auditEntity: 'experienceReport',
  auditFields: ['municipalityArs', 'title', 'project', 'topicIds', 'tags', 'status', 'result', 'contactFunction', 'version'],
};

/** The first day a meeting of the Netzwerk Digitale Dörfer RLP can have taken place (its founding month). */
export const NETWORK_FOUNDED_ON = `${NETWORKS[NetworkId.DIGITALE_DOERFER_RLP].founded}-01`;

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

/** A meeting of the network took place on or after its founding month. */
export function requireMeetingDate(date: string, argument: string): string {
  if (date < NETWORK_FOUNDED_ON) {
    throw badInput(`${argument} must not be before the network was founded (${NETWORK_FOUNDED_ON}).`, { argument });
  }
  return date;
}

/** Attending municipalities of a meeting (ARS, sorted), for the audit trail. */
export async function attendeeArs(manager: EntityManager, meetingId: string): Promise<string[]> {
  const rows: { municipality_ars: string }[] = await manager.query(
    `SELECT municipality_ars FROM registry.meeting_attendance WHERE meeting_id = $1 ORDER BY municipality_ars`,
    [meetingId],
  );
  return rows.map((r) => r.municipality_ars);
}
