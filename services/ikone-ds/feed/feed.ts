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
  note: string | null;
  sources: string[];
}

export interface Feed {
  asOf: string;
  members: FeedRecord[];
}

export interface LinkedMember {
  ars: string;
  record: FeedRecord;
  joinedOn: string | null;
  joinedOnPrecision: DatePrecision | null;
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
    // YYYY and YYYY-MM stand for their first day, which must be a real calendar day too (not 2024-13).
    const joined = m.joined;
    const validJoined = typeof joined === 'string' && /^\d{4}(-\d{2}){0,2}$/.test(joined) && isValidDate(`${joined}-01-01`.slice(0, 10));
    if (joined !== undefined && joined !== null && !validJoined) {
      throw new FeedFormatError(`${where}.joined must be YYYY, YYYY-MM or YYYY-MM-DD`);
    }
    if (m.note !== undefined && m.note !== null && typeof m.note !== 'string') throw new FeedFormatError(`${where}.note must be text`);
    if (!Array.isArray(m.sources) || m.sources.length === 0 || !m.sources.every((s) => typeof s === 'string' && /^https?:\/\//.test(s))) {
      throw new FeedFormatError(`${where}.sources must be a non-empty list of URLs`);
    }
    return {
      name: m.name.trim(),
      ars: m.ars as string | undefined,
      ags: m.ags as string | undefined,
      role: m.role,
      joined: (m.joined as string | null | undefined) ?? null,
      note: (m.note as string | null | undefined) ?? null,
      sources: m.sources as string[],
    };
  });
  return { asOf: data.asOf, members };
}

function parseJoined(joined: string | null): { joinedOn: string | null; joinedOnPrecision: DatePrecision | null } {
  if (!joined) return { joinedOn: null, joinedOnPrecision: null };
  if (joined.length === 4) return { joinedOn: `${joined}-01-01`, joinedOnPrecision: DatePrecision.YEAR };
  if (joined.length === 7) return { joinedOn: `${joined}-01`, joinedOnPrecision: DatePrecision.MONTH };
  return { joinedOn: joined, joinedOnPrecision: DatePrecision.DAY };
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
    linked.push({ ars: row.ars, record, ...parseJoined(record.joined) });
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
        `INSERT INTO ikone_ds.member (ars, snapshot_id, name_as_reported, role, joined_on, joined_on_precision, note, sources)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [m.ars, id, m.record.name, m.record.role, m.joinedOn, m.joinedOnPrecision, m.record.note, m.record.sources],
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
