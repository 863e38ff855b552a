// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// Reading, checking and linking the IKONE-DS source feed (format: FORMAT.md beside this file).
import { DATE_RULE, isValidDate } from '../../../common/dates';
import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DataSource } from 'typeorm';
import { projectRoot } from '../../../common/config';
import { Directory, DirectoryRow, readDirectory } from '../../../common/directory';
import { DatePrecision, GEMEINDE_TYPES } from '../../../common/domain';
import { parseOfficialKey } from '../../../common/keys';
import type { Logger } from '../../../common/logging';
import { searchKey } from '../../../common/text';
import { IkoneDsRole } from '../entities/IkoneDsMembership';
import { FeedError, feedFileUnreadable, FeedFormatError, feedHttpError, feedNotStored, feedTimeout, feedUnreachable } from './errors';
import { redactFeedUrl } from './redact';

export { FeedFormatError } from './errors';

export const FEED_FORMAT = 'ikone-ds-members/v1';
const DEFAULT_FETCH_TIMEOUT_MS = 10_000;

export interface FeedRecord {
  name: string;
  ars?: string;
  ags?: string;
  role: IkoneDsRole;
  joined: string | null;
  /** Earliest date a dated source names it as a member (YYYY, YYYY-MM or YYYY-MM-DD). */
  firstNamed: string | null;
  /** Newest date a dated source confirms the membership (YYYY, YYYY-MM or YYYY-MM-DD). */
  lastConfirmed: string | null;
  note: string | null;
  sources: string[];
}

/** The evidence dates of a record, the fields the asOf rule looks at. */
export const EVIDENCE_FIELDS = ['joined', 'firstNamed', 'lastConfirmed'] as const;
export type EvidenceField = (typeof EVIDENCE_FIELDS)[number];

export interface Feed {
  asOf: string;
  members: FeedRecord[];
}

export interface LinkedMember {
  ars: string;
  record: FeedRecord;
  joinedOn: string | null;
  joinedOnPrecision: DatePrecision | null;
  firstNamedOn: string | null;
  firstNamedOnPrecision: DatePrecision | null;
  lastConfirmedOn: string | null;
  lastConfirmedOnPrecision: DatePrecision | null;
  /** From when the member counts in dated figures; null: only in today's (see countedFrom). */
  countedFrom: string | null;
}

export interface UnlinkedRecord {
  position: number;
  record: FeedRecord;
  reason: string;
  candidates: string[];
}

/** Where the feed comes from, as configured. */
export interface FeedSource {
  url?: string;
  file: string;
  /** How long to wait for a URL source (default 10 s). */
  timeoutMs?: number;
}

/**
 * The source as stored, logged and shown (to ministry admins): a URL without credentials, query
 * string or fragment, or a file path relative to the project.
 */
export function describeSource(source: FeedSource): string {
  return source.url ? redactFeedUrl(source.url) : path.relative(projectRoot, source.file);
}

/** Reads the raw feed text from a URL (with a timeout) or from the file; failures are FeedErrors with a code. */
export async function fetchFeed(source: FeedSource): Promise<string> {
  if (!source.url || source.url.startsWith('file:')) {
    try {
      return await fs.readFile(source.url ? fileURLToPath(source.url) : source.file, 'utf8');
    } catch (error) {
      throw feedFileUnreadable(error);
    }
  }
  try {
    // fetch refuses URLs with user:password; they are sent as HTTP Basic credentials instead.
    const url = new URL(source.url);
    const headers: Record<string, string> = {};
    if (url.username || url.password) {
      const credentials = `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`;
      headers.authorization = `Basic ${Buffer.from(credentials).toString('base64')}`;
      url.username = '';
      url.password = '';
    }
    // The timeout covers the body too: a source that sends its headers and then stalls is cut as well.
    const response = await fetch(url, { headers, signal: AbortSignal.timeout(source.timeoutMs ?? DEFAULT_FETCH_TIMEOUT_MS) });
    if (!response.ok) {
      await response.body?.cancel();
      throw feedHttpError(response.status);
    }
    return await response.text();
  } catch (error) {
    if (error instanceof FeedError) throw error;
    throw (error as Error | null)?.name === 'TimeoutError' ? feedTimeout(error) : feedUnreachable(error);
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A reported date: YYYY, YYYY-MM or YYYY-MM-DD; YYYY and YYYY-MM must be real periods too (not 2024-13). */
export function isReportedDate(value: unknown): value is string {
  return typeof value === 'string' && /^\d{4}(-\d{2}){0,2}$/.test(value) && isValidDate(firstDayOf(value));
}

/** How exact a reported date is. */
export function precisionOf(date: string): DatePrecision {
  return date.length === 4 ? DatePrecision.YEAR : date.length === 7 ? DatePrecision.MONTH : DatePrecision.DAY;
}

/** The first day of a reported date's period: how the hub stores YYYY and YYYY-MM dates (2020-08 → 2020-08-01). */
export function firstDayOf(date: string): string {
  return `${date}-01-01`.slice(0, 10);
}

/** The last day of a reported date's period (2020-08 → 2020-08-31, 2020 → 2020-12-31; a day is itself). */
export function lastDayOf(date: string): string {
  if (date.length === 4) return `${date}-12-31`;
  if (date.length === 7) {
    const [year, month] = date.split('-').map(Number);
    // Day 0 of the next month is the last day of this one.
    const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return `${date}-${String(day).padStart(2, '0')}`;
  }
  return date;
}

/**
 * From when a member counts in dated figures: its joining date (as stored: the first day of a
 * YYYY or YYYY-MM period) when published; else the LAST day of the period in which a dated source
 * first named it (a source dated "2020-08" may be from 31 August, so only then is it surely a
 * member); else null: without dated evidence it counts in today's figure only, never on a past date.
 */
export function countedFrom(record: Pick<FeedRecord, 'joined' | 'firstNamed'>): string | null {
  if (record.joined) return firstDayOf(record.joined);
  if (record.firstNamed) return lastDayOf(record.firstNamed);
  return null;
}

/**
 * The day an evidence date stands for in the asOf rule: a day as written, a YYYY or YYYY-MM date
 * its first day (as stored). A feed's asOf must not be earlier than this for any evidence date.
 */
export const evidenceDay = firstDayOf;

/** The newest evidence of a feed (see evidenceDay), with where it is; null when no record has a date. */
export function newestEvidence(
  members: readonly FeedRecord[],
): { day: string; position: number; field: EvidenceField; date: string } | null {
  let newest: { day: string; position: number; field: EvidenceField; date: string } | null = null;
  for (const [position, record] of members.entries()) {
    for (const field of EVIDENCE_FIELDS) {
      const date = record[field];
      if (date && (!newest || evidenceDay(date) > newest.day)) newest = { day: evidenceDay(date), position, field, date };
    }
  }
  return newest;
}

/** "members[3] (AGS 07211000)": a record named for a public error message by position and key, never by its free text. */
function describeRecord(position: number, record: Pick<FeedRecord, 'ars' | 'ags'>): string {
  // Only a key made of digits is repeated: the message is public and may carry no text of the feed.
  const key = record.ars !== undefined ? ['ARS', record.ars] : record.ags !== undefined ? ['AGS', record.ags] : undefined;
  return key && /^\d{8}(\d{4})?$/.test(key[1]) ? `members[${position}] (${key[0]} ${key[1]})` : `members[${position}]`;
}

/** Checks the whole feed; one bad record rejects it, so a broken feed never replaces good data. */
export function parseFeed(text: string): Feed {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new FeedFormatError('feed is not valid JSON');
  }
  if (!isObject(data)) throw new FeedFormatError('feed is not a JSON object');
  if (data.format !== FEED_FORMAT) throw new FeedFormatError(`feed format must be "${FEED_FORMAT}"`);
  if (!isValidDate(data.asOf)) throw new FeedFormatError(`asOf must be ${DATE_RULE}`);
  if (!Array.isArray(data.members)) throw new FeedFormatError('members must be a list');
  const members = data.members.map((m, i): FeedRecord => {
    const where = `members[${i}]`;
    if (!isObject(m)) throw new FeedFormatError(`${where} is not an object`);
    if (typeof m.name !== 'string' || m.name.trim() === '') throw new FeedFormatError(`${where}.name is missing`);
    for (const key of ['ars', 'ags'] as const) {
      if (m[key] !== undefined && typeof m[key] !== 'string') throw new FeedFormatError(`${where}.${key} must be a string`);
    }
    if (m.role !== IkoneDsRole.MEMBER && m.role !== IkoneDsRole.COORDINATOR)
      throw new FeedFormatError(`${where}.role must be MEMBER or COORDINATOR`);
    // Evidence dates: optional, null when not published.
    for (const field of EVIDENCE_FIELDS) {
      const value = m[field];
      if (value !== undefined && value !== null && !isReportedDate(value)) {
        throw new FeedFormatError(`${where}.${field} must be YYYY, YYYY-MM or YYYY-MM-DD (a real calendar month or day), or null`);
      }
    }
    if (m.note !== undefined && m.note !== null && typeof m.note !== 'string') throw new FeedFormatError(`${where}.note must be text`);
    if (!Array.isArray(m.sources) || m.sources.length === 0 || !m.sources.every((s) => typeof s === 'string' && /^https?:\/\//.test(s))) {
      throw new FeedFormatError(`${where}.sources must be a non-empty list of URLs`);
    }
    const record: FeedRecord = {
      name: m.name.trim(),
      ars: m.ars as string | undefined,
      ags: m.ags as string | undefined,
      role: m.role,
      joined: (m.joined as string | null | undefined) ?? null,
      firstNamed: (m.firstNamed as string | null | undefined) ?? null,
      lastConfirmed: (m.lastConfirmed as string | null | undefined) ?? null,
      note: (m.note as string | null | undefined) ?? null,
      sources: m.sources as string[],
    };
    // A confirmation cannot end before the membership is known to begin (periods compared generously).
    for (const earlier of ['joined', 'firstNamed'] as const) {
      const start = record[earlier];
      if (start && record.lastConfirmed && lastDayOf(record.lastConfirmed) < firstDayOf(start)) {
        throw new FeedFormatError(`${where}.lastConfirmed ${record.lastConfirmed} is earlier than its ${earlier} ${start}`);
      }
    }
    return record;
  });
  // asOf is the date of the feed's newest evidence (FORMAT.md): never earlier than any of it.
  const newest = newestEvidence(members);
  if (newest && data.asOf < newest.day) {
    throw new FeedFormatError(
      `asOf ${data.asOf} is earlier than the evidence of ${describeRecord(newest.position, members[newest.position])}: ` +
        `${newest.field} ${newest.date}; asOf must be the date of the newest evidence (${newest.day}) or later`,
    );
  }
  return { asOf: data.asOf, members };
}

function parseReported(date: string | null): { on: string | null; precision: DatePrecision | null } {
  return date ? { on: firstDayOf(date), precision: precisionOf(date) } : { on: null, precision: null };
}

/** What is stored for a record: its dates as the first day of their period with their precision, and countedFrom. */
export function storedDates(
  record: FeedRecord,
): Pick<
  LinkedMember,
  | 'joinedOn'
  | 'joinedOnPrecision'
  | 'firstNamedOn'
  | 'firstNamedOnPrecision'
  | 'lastConfirmedOn'
  | 'lastConfirmedOnPrecision'
  | 'countedFrom'
> {
  const joined = parseReported(record.joined);
  const firstNamed = parseReported(record.firstNamed);
  const lastConfirmed = parseReported(record.lastConfirmed);
  return {
    joinedOn: joined.on,
    joinedOnPrecision: joined.precision,
    firstNamedOn: firstNamed.on,
    firstNamedOnPrecision: firstNamed.precision,
    lastConfirmedOn: lastConfirmed.on,
    lastConfirmedOnPrecision: lastConfirmed.precision,
    countedFrom: countedFrom(record),
  };
}

/** Links each record to an official key; what cannot be linked is returned with the reason. */
export function linkFeed(feed: Feed, directory: Directory): { linked: LinkedMember[]; unlinked: UnlinkedRecord[] } {
  const byArs = new Map(directory.rows.map((r) => [r.ars, r]));
  const byAgs = new Map(directory.rows.filter((r) => r.ags).map((r) => [r.ags!, r]));
  const gemeindenByName = new Map<string, DirectoryRow[]>();
  for (const row of directory.rows) {
    if (!GEMEINDE_TYPES.includes(row.type)) continue;
    const key = searchKey(row.shortName);
    gemeindenByName.set(key, [...(gemeindenByName.get(key) ?? []), row]);
  }
  const linked: LinkedMember[] = [];
  const unlinked: UnlinkedRecord[] = [];
  const seen = new Set<string>();

  feed.members.forEach((record, position) => {
    const unlink = (reason: string, candidates: string[] = []) => unlinked.push({ position, record, reason, candidates });
    let row: DirectoryRow | undefined;
    const givenKey = record.ars ?? record.ags;
    if (givenKey !== undefined) {
      let kind: 'ARS' | 'AGS';
      let value: string;
      try {
        ({ kind, value } = parseOfficialKey(givenKey, record.ars !== undefined ? 'ars' : 'ags'));
      } catch {
        return unlink(`"${givenKey}" is not a valid ARS or AGS`);
      }
      row = kind === 'ARS' ? byArs.get(value) : byAgs.get(value);
      if (!row) return unlink(`no unit of the official directory has the ${kind} ${value}`);
    } else {
      const matches = gemeindenByName.get(searchKey(record.name)) ?? [];
      const towns = matches.filter((m) => m.isCity);
      const choice = towns.length === 1 ? towns : matches;
      if (choice.length === 0) return unlink('no Gemeinde of the official directory has this name');
      if (choice.length > 1)
        return unlink(
          'several Gemeinden have this name; the feed must give the ARS or AGS',
          choice.map((m) => m.ars),
        );
      row = choice[0];
    }
    if (seen.has(row.ars)) return unlink(`another record of the feed is already linked to ${row.ars}`, [row.ars]);
    seen.add(row.ars);
    linked.push({ ars: row.ars, record, ...storedDates(record) });
  });
  return { linked, unlinked };
}

/**
 * Reads the feed and stores it as the new snapshot when it differs from the stored one, in one
 * transaction. A feed that cannot be read or checked changes nothing: the last good one stays.
 */
export async function ingestFeed(
  dataSource: DataSource,
  source: FeedSource,
  logger: Logger,
  /** Default: the shipped directory, parsed only when the feed changed (linking needs it). */
  directory?: Directory,
): Promise<{ changed: boolean; linked: number; unlinked: number }> {
  const text = await fetchFeed(source);
  const feed = parseFeed(text);
  const checksum = crypto.createHash('sha256').update(text).digest('hex');
  return storeFeed(dataSource, source, logger, feed, checksum, directory).catch((error: unknown) => {
    throw feedNotStored(error);
  });
}

async function storeFeed(
  dataSource: DataSource,
  source: FeedSource,
  logger: Logger,
  feed: Feed,
  checksum: string,
  directory: Directory | undefined,
): Promise<{ changed: boolean; linked: number; unlinked: number }> {
  return dataSource.transaction(async (manager) => {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('kommunalnetz-ikone-ds-feed'))`);
    const [latest] = await manager.query(
      `SELECT checksum, source, record_count, linked_count FROM ikone_ds.feed_snapshot ORDER BY id DESC LIMIT 1`,
    );
    if (latest?.checksum === checksum && latest?.source === describeSource(source)) {
      return { changed: false, linked: latest.linked_count, unlinked: latest.record_count - latest.linked_count };
    }
    const { linked, unlinked } = linkFeed(feed, directory ?? readDirectory());
    const [{ id }] = await manager.query(
      `INSERT INTO ikone_ds.feed_snapshot (source, as_of, checksum, record_count, linked_count, content)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [describeSource(source), feed.asOf, checksum, feed.members.length, linked.length, JSON.stringify(feed)],
    );
    await manager.query(`DELETE FROM ikone_ds.member`);
    await manager.query(`DELETE FROM ikone_ds.unlinked_record`);
    for (const m of linked) {
      await manager.query(
        `INSERT INTO ikone_ds.member (ars, snapshot_id, name_as_reported, role, joined_on, joined_on_precision,
           first_named_on, first_named_on_precision, last_confirmed_on, last_confirmed_on_precision, counted_from, note, sources)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
        [
          m.ars,
          id,
          m.record.name,
          m.record.role,
          m.joinedOn,
          m.joinedOnPrecision,
          m.firstNamedOn,
          m.firstNamedOnPrecision,
          m.lastConfirmedOn,
          m.lastConfirmedOnPrecision,
          m.countedFrom,
          m.record.note,
          m.record.sources,
        ],
      );
    }
    for (const u of unlinked) {
      await manager.query(
        `INSERT INTO ikone_ds.unlinked_record (snapshot_id, position, name_as_reported, given_key, reason, candidates)
         VALUES ($1, $2, $3, $4, $5, $6)`,
        [id, u.position, u.record.name, u.record.ars ?? u.record.ags ?? null, u.reason, u.candidates],
      );
    }
    if (unlinked.length) logger.warn({ unlinked: unlinked.length }, 'IKONE-DS feed records could not be linked; see Query.ikoneDsFeed');
    logger.info({ linked: linked.length, source: describeSource(source) }, 'IKONE-DS feed stored');
    return { changed: true, linked: linked.length, unlinked: unlinked.length };
  });
}
