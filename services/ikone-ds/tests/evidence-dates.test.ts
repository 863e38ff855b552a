// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// Each member's evidence dates (feed/FORMAT.md): when a dated source first named it and last
// confirmed it, the day from which it counts in dated figures, the feed's asOf as the date of its
// newest evidence, and the published view ikone_ds.member_keys (ars, joined_on, counted_from).
import fs from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import type { QueryRunner } from 'typeorm';
import { readDirectory } from '../../../common/directory';
import { createTestDatabase, startTestHub, TestHub } from '../../../testing/hub';
import {
  countedFrom,
  evidenceDay,
  FeedFormatError,
  FeedRecord,
  firstDayOf,
  lastDayOf,
  linkFeed,
  newestEvidence,
  parseFeed,
} from '../feed/feed';
import { CreateIkoneDs1764000000001 } from '../migrations/1764000000001-CreateIkoneDs';
import { PublishMemberKeys1764000000006 } from '../migrations/1764000000006-PublishMemberKeys';
import { EvidenceDates1764000001200 } from '../migrations/1764000001200-EvidenceDates';

const directory = readDirectory();
const SHIPPED = path.join(__dirname, '../feed/ikone-ds-members.json');
const shippedText = fs.readFileSync(SHIPPED, 'utf8');
const SOURCE = ['https://example.org/source'];
const feedText = (members: unknown[], asOf = '2026-01-01') => JSON.stringify({ format: 'ikone-ds-members/v1', asOf, members });
const member = (fields: Record<string, unknown>) => ({ name: 'Speyer', ags: '07318000', role: 'MEMBER', sources: SOURCE, ...fields });

/** The message parseFeed rejects a feed with (fails the test when it accepts it). */
function rejection(text: string): string {
  try {
    parseFeed(text);
  } catch (error) {
    expect(error).toBeInstanceOf(FeedFormatError);
    return (error as Error).message;
  }
  throw new Error('the feed was accepted');
}

describe('the evidence fields firstNamed and lastConfirmed', () => {
  test('are optional, read as written, and null when absent', () => {
    const feed = parseFeed(
      feedText([
        member({ joined: '2019-04', lastConfirmed: '2020-11-12' }),
        member({ name: 'Trier', ags: '07211000', joined: null, firstNamed: '2020-08', lastConfirmed: '2020' }),
        member({ name: 'Ingelheim am Rhein', ags: '07339030', firstNamed: null }),
      ]),
    );
    expect(feed.members.map((m) => [m.joined, m.firstNamed, m.lastConfirmed])).toEqual([
      ['2019-04', null, '2020-11-12'],
      [null, '2020-08', '2020'],
      [null, null, null],
    ]);
  });

  test.each([
    ['firstNamed', 'August 2020'],
    ['firstNamed', '2020-13'],
    ['firstNamed', '2020-02-30'],
    ['firstNamed', '2020-8'],
    ['firstNamed', 2020],
    ['firstNamed', ''],
    ['lastConfirmed', '2023-07-06T00:00:00Z'],
    ['lastConfirmed', '06.07.2023'],
    ['lastConfirmed', '2023-00'],
    ['lastConfirmed', ['2023']],
  ])('a malformed %s (%p) is rejected with a clear message', (field, value) => {
    expect(rejection(feedText([member({}), member({ name: 'Trier', ags: '07211000', [field]: value })]))).toBe(
      `The feed is not a valid ikone-ds-members/v1 document: members[1].${field} must be YYYY, YYYY-MM or YYYY-MM-DD (a real calendar month or day), or null.`,
    );
  });

  test('a confirmation that ends before the membership is known to begin is rejected', () => {
    expect(rejection(feedText([member({ joined: '2020-08', lastConfirmed: '2020-07-31' })]))).toContain(
      'members[0].lastConfirmed 2020-07-31 is earlier than its joined 2020-08',
    );
    expect(rejection(feedText([member({ firstNamed: '2021', lastConfirmed: '2020-12' })]))).toContain(
      'members[0].lastConfirmed 2020-12 is earlier than its firstNamed 2021',
    );
    // Periods that overlap may be in either order: "2020" may well be after "2020-08".
    expect(() => parseFeed(feedText([member({ firstNamed: '2020-08', lastConfirmed: '2020' })]))).not.toThrow();
  });
});

describe('counted from', () => {
  const record = (joined: string | null, firstNamed: string | null): Pick<FeedRecord, 'joined' | 'firstNamed'> => ({ joined, firstNamed });

  test('the joining date as stored when published, else the last day of the first-named period, else never', () => {
    expect(countedFrom(record('2019-12-02', null))).toBe('2019-12-02');
    expect(countedFrom(record('2020-08', null))).toBe('2020-08-01'); // Landau: joined as stored
    expect(countedFrom(record('2019', '2018-05'))).toBe('2019-01-01'); // a published joining date wins
    expect(countedFrom(record(null, '2020-08'))).toBe('2020-08-31'); // Trier
    expect(countedFrom(record(null, '2023-07-06'))).toBe('2023-07-06'); // Bad Dürkheim
    expect(countedFrom(record(null, '2020'))).toBe('2020-12-31');
    expect(countedFrom(record(null, null))).toBeNull(); // Ingelheim: today only
  });

  test('the first and last day of a period', () => {
    expect([firstDayOf('2020'), firstDayOf('2020-08'), firstDayOf('2020-08-15')]).toEqual(['2020-01-01', '2020-08-01', '2020-08-15']);
    expect(['2024-02', '2023-02', '2020-04', '2020-12', '2020', '2020-08-15'].map(lastDayOf)).toEqual([
      '2024-02-29',
      '2023-02-28',
      '2020-04-30',
      '2020-12-31',
      '2020-12-31',
      '2020-08-15',
    ]);
  });

  test('in the shipped feed: Trier 2020-08-31, Bad Dürkheim 2023-07-06, Ingelheim never, Bad Kreuznach from joining', () => {
    const { linked } = linkFeed(parseFeed(shippedText), directory);
    const byName = Object.fromEntries(linked.map((m) => [m.record.name, m]));
    expect(byName['Trier']).toMatchObject({
      ars: '072110000000',
      joinedOn: null,
      firstNamedOn: '2020-08-01',
      firstNamedOnPrecision: 'MONTH',
      countedFrom: '2020-08-31',
    });
    expect(byName['Stadt Bad Dürkheim']).toMatchObject({
      ars: '073320002002',
      firstNamedOn: '2023-07-06',
      firstNamedOnPrecision: 'DAY',
      lastConfirmedOn: '2023-07-06',
      countedFrom: '2023-07-06',
    });
    expect(byName['Ingelheim am Rhein']).toMatchObject({
      ars: '073390030030',
      joinedOn: null,
      firstNamedOn: null,
      lastConfirmedOn: null,
      countedFrom: null,
    });
    expect(byName['Stadt Frankenthal (Pfalz)']).toMatchObject({ ars: '073110000000', countedFrom: '2020-11-12' });
    expect(byName['Bad Kreuznach']).toMatchObject({ joinedOn: '2019-12-02', countedFrom: '2019-12-02', lastConfirmedOn: '2020-11-12' });
    // Every member with a published joining date counts from it.
    for (const m of linked) if (m.joinedOn) expect(m.countedFrom).toBe(m.joinedOn);
  });
});

describe('asOf: the date of the newest evidence', () => {
  test('the shipped feed’s asOf is its newest evidence date, not the day the file was written', () => {
    const feed = parseFeed(shippedText);
    expect(newestEvidence(feed.members)?.day).toBe(feed.asOf);
    expect(feed.asOf).toBe('2023-07-06'); // Bad Dürkheim at the network's Stammtisch
  });

  test('a feed whose asOf is earlier than any evidence date is rejected, naming the member and the date', () => {
    const members = [
      member({ joined: '2019-04' }),
      member({ name: 'Bad Dürkheim', ags: '07332002', firstNamed: '2023-07-06', lastConfirmed: '2023-07-06' }),
    ];
    expect(rejection(feedText(members, '2023-07-05'))).toBe(
      'The feed is not a valid ikone-ds-members/v1 document: asOf 2023-07-05 is earlier than the evidence of members[1] (AGS 07332002): ' +
        'firstNamed 2023-07-06; asOf must be the date of the newest evidence (2023-07-06) or later.',
    );
    expect(parseFeed(feedText(members, '2023-07-06')).asOf).toBe('2023-07-06');
    expect(parseFeed(feedText(members, '2026-01-01')).asOf).toBe('2026-01-01');
    // The joining date is evidence too (a v1 feed without the new fields).
    expect(rejection(feedText([member({ joined: '2019-12-02' })], '2019-12-01'))).toContain('members[0] (AGS 07318000): joined 2019-12-02');
  });

  test('a month or a year stands for its first day: the evidence may be from any day of it', () => {
    expect(evidenceDay('2020-08')).toBe('2020-08-01');
    expect(parseFeed(feedText([member({ firstNamed: '2020-08' })], '2020-08-01')).asOf).toBe('2020-08-01');
    expect(rejection(feedText([member({ firstNamed: '2020-08' })], '2020-07-31'))).toContain('firstNamed 2020-08');
    expect(rejection(feedText([member({ lastConfirmed: '2021' })], '2020-12-31'))).toContain('lastConfirmed 2021');
  });

  test('the message repeats no text of the feed: a member without a numeric key is named by position only', () => {
    const message = rejection(feedText([member({ name: 'Evil <script>', ags: 'token=5ecret', lastConfirmed: '2024' })], '2023-01-01'));
    expect(message).toContain('evidence of members[0]: lastConfirmed 2024');
    expect(message).not.toMatch(/Evil|token|5ecret/);
  });

  test('a feed without any evidence date may have any asOf', () => {
    expect(parseFeed(feedText([member({})], '2000-01-01')).asOf).toBe('2000-01-01');
  });
});

/** A QueryRunner enough for the migrations' up and down (they only send SQL). */
const runnerOf = (client: Client) => ({ query: (sql: string) => client.query(sql).then((r) => r.rows) }) as unknown as QueryRunner;

const viewColumns = async (client: Client) =>
  (
    await client.query(
      `SELECT column_name, data_type FROM information_schema.columns
        WHERE table_schema = 'ikone_ds' AND table_name = 'member_keys' ORDER BY ordinal_position`,
    )
  ).rows;

describe('the migration', () => {
  let database: { url: string; drop(): Promise<void> };
  let client: Client;
  beforeAll(async () => {
    database = await createTestDatabase();
    client = new Client({ connectionString: database.url });
    await client.connect();
    const q = runnerOf(client);
    await client.query('CREATE SCHEMA ikone_ds');
    await new CreateIkoneDs1764000000001().up(q);
    await new PublishMemberKeys1764000000006().up(q);
    await client.query(`INSERT INTO ikone_ds.feed_snapshot (id, source, as_of, checksum, record_count, linked_count, content)
                        VALUES (1, 'feed.json', '2026-11-25', repeat('0', 64), 2, 2, '{}')`);
    await client.query(`INSERT INTO ikone_ds.member (ars, snapshot_id, name_as_reported, role, joined_on, joined_on_precision, sources)
                        VALUES ('073130000000', 1, 'Landau', 'MEMBER', '2020-08-01', 'MONTH', '{https://x}'),
                               ('072110000000', 1, 'Trier', 'MEMBER', NULL, NULL, '{https://x}')`);
  });
  afterAll(async () => {
    await client?.end();
    await database?.drop();
  });

  test('appends counted_from to the view, keeps its grants, fills it from joined_on, and goes back down', async () => {
    const q = runnerOf(client);
    await client.query('GRANT SELECT ON ikone_ds.member_keys TO PUBLIC');
    const acl = async () =>
      (await client.query(`SELECT relacl::text AS acl FROM pg_class WHERE oid = 'ikone_ds.member_keys'::regclass`)).rows[0].acl;
    const grantsBefore = await acl();
    expect(grantsBefore).toContain('=r/'); // PUBLIC may read

    await new EvidenceDates1764000001200().up(q);
    expect(await viewColumns(client)).toEqual([
      { column_name: 'ars', data_type: 'character' },
      { column_name: 'joined_on', data_type: 'date' },
      { column_name: 'counted_from', data_type: 'date' },
    ]);
    expect(await acl()).toBe(grantsBefore);
    // Members stored from an older feed count from their joining date, or today only.
    const { rows } = await client.query(
      `SELECT ars, to_char(joined_on, 'YYYY-MM-DD') AS joined_on, to_char(counted_from, 'YYYY-MM-DD') AS counted_from
         FROM ikone_ds.member_keys ORDER BY ars`,
    );
    expect(rows).toEqual([
      { ars: '072110000000', joined_on: null, counted_from: null },
      { ars: '073130000000', joined_on: '2020-08-01', counted_from: '2020-08-01' },
    ]);
    // The table keeps its dates consistent.
    await expect(client.query(`UPDATE ikone_ds.member SET counted_from = '2020-08-31' WHERE ars = '073130000000'`)).rejects.toThrow(
      /member_counted_from_joined/,
    );
    await expect(client.query(`UPDATE ikone_ds.member SET counted_from = '2020-08-31' WHERE ars = '072110000000'`)).rejects.toThrow(
      /member_counted_from_evidence/,
    );
    await expect(client.query(`UPDATE ikone_ds.member SET first_named_on = '2020-08-01' WHERE ars = '072110000000'`)).rejects.toThrow(
      /member_first_named_precision/,
    );

    await new EvidenceDates1764000001200().down(q);
    expect(await viewColumns(client)).toEqual([
      { column_name: 'ars', data_type: 'character' },
      { column_name: 'joined_on', data_type: 'date' },
    ]);
    const { rows: columns } = await client.query(
      `SELECT column_name FROM information_schema.columns WHERE table_schema = 'ikone_ds' AND table_name = 'member' AND column_name ~ 'named|confirmed|counted'`,
    );
    expect(columns).toEqual([]);
  });
});

describe('the shipped feed through the running adapter', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub({ feed: { file: SHIPPED } });
  });
  afterAll(async () => {
    await hub?.close();
  });

  test('the published view has (ars, joined_on, counted_from), and the registry’s role may read it', async () => {
    const registry = new Client({ connectionString: hub.roleUrls.registry });
    await registry.connect();
    try {
      expect(await viewColumns(registry)).toEqual([
        { column_name: 'ars', data_type: 'character' },
        { column_name: 'joined_on', data_type: 'date' },
        { column_name: 'counted_from', data_type: 'date' },
      ]);
      const { rows } = await registry.query(
        `SELECT ars, to_char(joined_on, 'YYYY-MM-DD') AS joined_on, to_char(counted_from, 'YYYY-MM-DD') AS counted_from
           FROM ikone_ds.member_keys WHERE ars IN ('072110000000', '073320002002', '073390030030', '073120000000', '073110000000') ORDER BY ars`,
      );
      expect(rows).toEqual([
        { ars: '072110000000', joined_on: null, counted_from: '2020-08-31' }, // Trier
        { ars: '073110000000', joined_on: null, counted_from: '2020-11-12' }, // Frankenthal
        { ars: '073120000000', joined_on: '2019-04-01', counted_from: '2019-04-01' }, // Kaiserslautern
        { ars: '073320002002', joined_on: null, counted_from: '2023-07-06' }, // Bad Dürkheim
        { ars: '073390030030', joined_on: null, counted_from: null }, // Ingelheim
      ]);
      // Members counted on a past date: Trier not before its first evidence, Ingelheim never.
      const countOn = async (day: string) =>
        Number((await registry.query(`SELECT count(*) AS n FROM ikone_ds.member_keys WHERE counted_from <= $1`, [day])).rows[0].n);
      expect(await countOn('2020-08-30')).toBe(9);
      expect(await countOn('2020-08-31')).toBe(10);
      expect(await countOn('2020-11-12')).toBe(11);
      expect(await countOn('2023-07-06')).toBe(12);
      await expect(registry.query('SELECT counted_from FROM ikone_ds.member LIMIT 1')).rejects.toThrow(/permission denied/);
    } finally {
      await registry.end();
    }
  });

  test('the API shows the evidence dates of a membership', async () => {
    const FIELDS = 'joinedOn joinedOnPrecision firstNamedOn firstNamedOnPrecision lastConfirmedOn lastConfirmedOnPrecision countedFrom';
    const { data, errors } = await hub.query(`{
      trier: municipality(key: "07211000") { ikoneDs { ${FIELDS} } }
      badDuerkheim: municipality(key: "07332002") { ikoneDs { ${FIELDS} } }
      ingelheim: municipality(key: "07339030") { ikoneDs { ${FIELDS} } }
      kreuznach: municipality(key: "07133006") { ikoneDs { ${FIELDS} } }
      ikoneDsMembers(first: 50) { totalCount }
      ikoneDsFeed { dataAsOf snapshot { asOf recordCount linkedCount } unlinkedRecords { position } }
    }`);
    expect(errors).toBeUndefined();
    expect(data.trier.ikoneDs).toEqual({
      joinedOn: null,
      joinedOnPrecision: null,
      firstNamedOn: '2020-08-01',
      firstNamedOnPrecision: 'MONTH',
      lastConfirmedOn: '2020-08-01',
      lastConfirmedOnPrecision: 'MONTH',
      countedFrom: '2020-08-31',
    });
    expect(data.badDuerkheim.ikoneDs).toEqual({
      joinedOn: null,
      joinedOnPrecision: null,
      firstNamedOn: '2023-07-06',
      firstNamedOnPrecision: 'DAY',
      lastConfirmedOn: '2023-07-06',
      lastConfirmedOnPrecision: 'DAY',
      countedFrom: '2023-07-06',
    });
    expect(data.ingelheim.ikoneDs).toEqual({
      joinedOn: null,
      joinedOnPrecision: null,
      firstNamedOn: null,
      firstNamedOnPrecision: null,
      lastConfirmedOn: null,
      lastConfirmedOnPrecision: null,
      countedFrom: null,
    });
    expect(data.kreuznach.ikoneDs).toEqual({
      joinedOn: '2019-12-02',
      joinedOnPrecision: 'DAY',
      firstNamedOn: null,
      firstNamedOnPrecision: null,
      lastConfirmedOn: '2020-11-12',
      lastConfirmedOnPrecision: 'DAY',
      countedFrom: '2019-12-02',
    });
    expect(data.ikoneDsMembers.totalCount).toBe(13);
    expect(data.ikoneDsFeed).toEqual({
      dataAsOf: '2023-07-06',
      snapshot: { asOf: '2023-07-06', recordCount: 13, linkedCount: 13 },
      unlinkedRecords: [],
    });
  });
});
