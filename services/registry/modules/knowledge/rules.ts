// Shared steps of every change in the knowledge exchange (topics, meetings, experience reports):
// checking free text, tags, topics and municipality keys; locking a record for a change; the
// fields the audit trail keeps. All look-ups take lists, so a write costs the same statements
// however many topics, tags or attendees it names.
import { GraphQLError } from 'graphql';
import type { EntityManager } from 'typeorm';
import { MembershipStatus, NetworkId } from '../../../../common/domain';
import { badInput, notFound } from '../../../../common/errors';
import { OfficialKey, parseOfficialKey } from '../../../../common/keys';
import { NETWORKS } from '../../../../common/networks';
import { searchKey } from '../../../../common/text';
import { holdsContactDetails, requireText } from '../../../../common/validation';
import { ExperienceReport } from './entities/ExperienceReport';
import { Meeting } from './entities/Meeting';

export const MAX_TOPICS_PER_RECORD = 10;
export const MAX_TAGS_PER_RECORD = 20;
export const MAX_TAG_LENGTH = 50;
export const MAX_ATTENDEES = 300;
export const MAX_SEARCH_LENGTH = 100;

export const MEETING_AUDIT_FIELDS: (keyof Meeting)[] = ['heldOn', 'title', 'format', 'hostArs', 'topicIds', 'tags', 'version'];
export const REPORT_AUDIT_FIELDS: (keyof ExperienceReport)[] = [
  'municipalityArs',
  'title',
  'project',
  'topicIds',
  'tags',
  'status',
  'result',
  'contactFunction',
  'version',
];

/** The first day a meeting of the Netzwerk Digitale Dörfer RLP can have taken place (its founding month). */
export const NETWORK_FOUNDED_ON = `${NETWORKS[NetworkId.DIGITALE_DOERFER_RLP].founded}-01`;

/** The words of a search text, folded like stored names (common/text.ts); BAD_USER_INPUT when there are none. */
export function searchWords(text: string, argument: string): string[] {
  if (text.length > MAX_SEARCH_LENGTH) throw badInput(`${argument} may have at most ${MAX_SEARCH_LENGTH} characters.`, { argument });
  const key = searchKey(text);
  if (key === '') throw badInput(`${argument} must contain at least one letter or digit.`, { argument });
  return [...new Set(key.split(' '))];
}

/**
 * SQL condition: every word of the parameter (a text[] of folded words) occurs in the folded
 * column. Words come from searchWords, so they hold only [a-z0-9] and never LIKE wildcards.
 */
export function allWordsIn(column: string, wordsParam: string): string {
  return `NOT EXISTS (SELECT 1 FROM unnest(${wordsParam}::text[]) AS word WHERE position(word IN ${column}) = 0)`;
}

/** Free keywords: trimmed, inner spaces collapsed, duplicates (after folding) dropped; with their folded keys, position by position. */
export function normalizeTags(tags: string[] | null | undefined, argument: string): { tags: string[]; tagKeys: string[] } {
  const result = { tags: [] as string[], tagKeys: [] as string[] };
  for (const [i, raw] of (tags ?? []).entries()) {
    const tag = requireText(raw, `${argument}[${i}]`, 1, MAX_TAG_LENGTH).replace(/\s+/g, ' ');
    const key = searchKey(tag);
    if (key === '') throw badInput(`${argument}[${i}] must contain at least one letter or digit.`, { argument });
    if (result.tagKeys.includes(key)) continue;
    result.tags.push(tag);
    result.tagKeys.push(key);
  }
  if (result.tags.length > MAX_TAGS_PER_RECORD)
    throw badInput(`${argument} may hold at most ${MAX_TAGS_PER_RECORD} keywords.`, { argument });
  return result;
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

/** parseOfficialKey, with the argument's own name in the error. */
export function parseKeyArgument(raw: string, argument: string): OfficialKey {
  try {
    return parseOfficialKey(raw);
  } catch (error) {
    if (error instanceof GraphQLError) throw badInput(error.message, { argument });
    throw error;
  }
}

export interface KeyedMunicipality {
  ars: string;
  name: string;
  /** Whether it has an ACTIVE Digitale Dörfer membership now. */
  activeMember: boolean;
}

/**
 * Finds the municipalities for ARS or AGS keys in one statement, in the order of the keys and
 * without duplicates (a unit named by ARS and by AGS counts once). An unknown key is NOT_FOUND.
 */
export async function findMunicipalities(manager: EntityManager, rawKeys: string[], argument: string): Promise<KeyedMunicipality[]> {
  const keys = rawKeys.map((raw, i) => parseKeyArgument(raw, rawKeys.length === 1 ? argument : `${argument}[${i}]`));
  if (keys.length === 0) return [];
  const rows: { ars: string; ags: string | null; name: string; active_member: boolean }[] = await manager.query(
    `SELECT m.ars, m.ags, m.name,
            EXISTS (SELECT 1 FROM registry.digitale_doerfer_membership ms
                    WHERE ms.municipality_ars = m.ars AND ms.status = $3) AS active_member
       FROM registry.municipality m WHERE m.ars = ANY($1) OR m.ags = ANY($2)`,
    [
      keys.filter((k) => k.kind === 'ARS').map((k) => k.value),
      keys.filter((k) => k.kind === 'AGS').map((k) => k.value),
      MembershipStatus.ACTIVE,
    ],
  );
  const found = new Map<string, KeyedMunicipality>();
  for (const key of keys) {
    const row = rows.find((r) => (key.kind === 'ARS' ? r.ars === key.value : r.ags === key.value));
    if (!row) throw notFound(`No municipality has the ${key.kind} ${key.value}.`);
    found.set(row.ars, { ars: row.ars, name: row.name, activeMember: row.active_member });
  }
  return [...found.values()];
}

/** Only ACTIVE members take part in the network's exchange; BAD_USER_INPUT names every one that is not. */
export function requireActiveMembers(municipalities: KeyedMunicipality[], argument: string): void {
  const outsiders = municipalities.filter((m) => !m.activeMember);
  if (outsiders.length === 0) return;
  throw badInput(
    `${outsiders.map((m) => `${m.name} (ARS ${m.ars})`).join(', ')} ${outsiders.length > 1 ? 'have' : 'has'} no active membership in the Netzwerk Digitale Dörfer RLP.`,
    { argument, municipalityArs: outsiders.map((m) => m.ars) },
  );
}

const EMAIL_LIKE = /[^\s@]+@[^\s@]+/;
const SALUTATION = /(^|[\s,;:(])(Herr|Frau|Hr\.|Fr\.)\s+\p{Lu}/u;

/** Public free text must not carry e-mail addresses (personal data in a public record). */
export function requireNoEmail(text: string | null, argument: string): string | null {
  if (text && EMAIL_LIKE.test(text)) {
    throw badInput(`${argument} must not contain an e-mail address: reports are public. The contact person is kept with the membership.`, {
      argument,
    });
  }
  return text;
}

/**
 * Whom to ask, as a function or office. Refused: e-mail addresses, phone numbers and salutations
 * with a name ("Frau Müller") — the signs of a person; a name alone cannot be recognised reliably,
 * the field's description asks for a function.
 */
export function requireContactFunction(text: string | null, argument: string): string | null {
  // The e-mail and phone rule (obfuscations included) is the one of ContactPerson.function.
  if (text && (holdsContactDetails(text) || SALUTATION.test(text))) {
    throw badInput(
      `${argument} names a function or office (e.g. "Digitalisierungsbeauftragte der Verbandsgemeinde"), never a person, an e-mail address or a phone number; the member’s contact person is kept with its membership.`,
      { argument },
    );
  }
  return text;
}

/** A meeting of the network took place on or after its founding month. */
export function requireMeetingDate(date: string, argument: string): string {
  if (date < NETWORK_FOUNDED_ON) {
    throw badInput(`${argument} must not be before the network was founded (${NETWORK_FOUNDED_ON}).`, { argument });
  }
  return date;
}

/** Refuses an explicit null for a field that cannot be empty (omit the field to keep its value). */
export function notNull<T>(value: T | null, argument: string): T {
  if (value === null) throw badInput(`${argument} cannot be null; omit it to keep the current value.`, { argument });
  return value;
}

/** Loads a meeting FOR UPDATE: concurrent changes to it wait here and then see the result. */
export async function lockMeeting(manager: EntityManager, id: string): Promise<Meeting> {
  const meeting = await manager
    .getRepository(Meeting)
    .createQueryBuilder('mt')
    .setLock('pessimistic_write')
    .where('mt.id = :id', { id })
    .getOne();
  if (!meeting) throw notFound('No meeting has this id.');
  return meeting;
}

/** Loads an experience report FOR UPDATE. */
export async function lockExperienceReport(manager: EntityManager, id: string): Promise<ExperienceReport> {
  const report = await manager
    .getRepository(ExperienceReport)
    .createQueryBuilder('r')
    .setLock('pessimistic_write')
    .where('r.id = :id', { id })
    .getOne();
  if (!report) throw notFound('No experience report has this id.');
  return report;
}

/** Attending municipalities of a meeting (ARS, sorted), for the audit trail. */
export async function attendeeArs(manager: EntityManager, meetingId: string): Promise<string[]> {
  const rows: { municipality_ars: string }[] = await manager.query(
    `SELECT municipality_ars FROM registry.meeting_attendance WHERE meeting_id = $1 ORDER BY municipality_ars`,
    [meetingId],
  );
  return rows.map((r) => r.municipality_ars);
}
