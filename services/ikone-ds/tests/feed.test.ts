// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// The IKONE-DS feed: checked as a whole, linked to official keys, unlinkable records reported,
// and a bad feed never replaces good data.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readDirectory } from '../../../common/directory';
import { createLogger } from '../../../common/logging';
import { startTestHub, TestHub } from '../../../testing/hub';
import { FeedFormatError, ingestFeed, linkFeed, parseFeed } from '../feed/feed';

const directory = readDirectory();
const SOURCE = ['https://example.org/source'];
const feedText = (members: unknown[]) => JSON.stringify({ format: 'ikone-ds-members/v1', asOf: '2026-01-01', members });

describe('parsing', () => {
  test('the shipped feed is valid, names thirteen members and links them all', () => {
    const feed = parseFeed(fs.readFileSync(path.join(__dirname, '../feed/ikone-ds-members.json'), 'utf8'));
    expect(feed.members).toHaveLength(13);
    expect(linkFeed(feed, directory).unlinked).toEqual([]);
  });

  test.each([
    ['not JSON', '{'],
    ['wrong format', JSON.stringify({ format: 'other', asOf: '2026-01-01', members: [] })],
    ['no asOf', JSON.stringify({ format: 'ikone-ds-members/v1', members: [] })],
    ['member without name', feedText([{ role: 'MEMBER', sources: SOURCE }])],
    ['unknown role', feedText([{ name: 'Speyer', role: 'BOSS', sources: SOURCE }])],
    ['bad date', feedText([{ name: 'Speyer', role: 'MEMBER', joined: 'April 2019', sources: SOURCE }])],
    ['no sources', feedText([{ name: 'Speyer', role: 'MEMBER', sources: [] }])],
  ])('rejects a feed with %s', (_label, text) => {
    expect(() => parseFeed(text)).toThrow(FeedFormatError);
  });
});

describe('linking', () => {
  const link = (members: unknown[]) => linkFeed(parseFeed(feedText(members)), directory);

  test('by ARS, by AGS and by name; towns win over a Landkreis of the same name', () => {
    const { linked, unlinked } = link([
      { name: 'Speyer', ars: '073180000000', role: 'MEMBER', sources: SOURCE },
      { name: 'Trier', ags: '07211000', role: 'MEMBER', joined: '2020', sources: SOURCE },
      { name: 'Kaiserslautern', role: 'COORDINATOR', joined: '2019-04', sources: SOURCE },
      { name: 'Woerth am Rhein', role: 'MEMBER', joined: '2019-04-15', sources: SOURCE },
    ]);
    expect(unlinked).toEqual([]);
    expect(linked.map((l) => l.ars)).toEqual(['073180000000', '072110000000', '073120000000', '073340501501']);
    expect(linked.map((l) => [l.joinedOn, l.joinedOnPrecision])).toEqual([
      [null, null],
      ['2020-01-01', 'YEAR'],
      ['2019-04-01', 'MONTH'],
      ['2019-04-15', 'DAY'],
    ]);
  });

  test('records that cannot be linked are kept with the reason and the candidates', () => {
    const { linked, unlinked } = link([
      { name: 'Atlantis', role: 'MEMBER', sources: SOURCE },
      { name: 'Roth', role: 'MEMBER', sources: SOURCE },
      { name: 'Nowhere', ags: '07999999', role: 'MEMBER', sources: SOURCE },
      { name: 'Broken', ars: '12x', role: 'MEMBER', sources: SOURCE },
      { name: 'Speyer', role: 'MEMBER', sources: SOURCE },
      { name: 'Speyer again', ags: '07318000', role: 'MEMBER', sources: SOURCE },
    ]);
    expect(linked.map((l) => l.ars)).toEqual(['073180000000']);
    expect(unlinked.map((u) => [u.position, u.record.name])).toEqual([
      [0, 'Atlantis'],
      [1, 'Roth'],
      [2, 'Nowhere'],
      [3, 'Broken'],
      [5, 'Speyer again'],
    ]);
    expect(unlinked[1].candidates.length).toBeGreaterThan(1);
    expect(unlinked[1].reason).toContain('several');
  });
});

describe('ingestion through the running adapter', () => {
  let hub: TestHub;
  let feedFile: string;
  beforeAll(async () => {
    feedFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'feed-')), 'feed.json');
    fs.writeFileSync(
      feedFile,
      feedText([
        { name: 'Speyer', role: 'MEMBER', joined: '2019-04', sources: SOURCE },
        { name: 'Roth', role: 'MEMBER', sources: SOURCE },
      ]),
    );
    hub = await startTestHub({ feed: { file: feedFile } });
  });
  afterAll(async () => {
    await hub?.close();
  });

  test('unlinked records are reported through the API', async () => {
    const { data } =
      await hub.query(`{ ikoneDsFeed { snapshot { recordCount linkedCount } unlinkedRecords { position nameAsReported reason candidates } }
      ikoneDsMembers { totalCount edges { node { municipality { name } } } } }`);
    expect(data.ikoneDsFeed.snapshot).toEqual({ recordCount: 2, linkedCount: 1 });
    expect(data.ikoneDsFeed.unlinkedRecords).toEqual([expect.objectContaining({ position: 1, nameAsReported: 'Roth' })]);
    expect(data.ikoneDsFeed.unlinkedRecords[0].candidates.length).toBeGreaterThan(1);
    expect(data.ikoneDsMembers.edges[0].node.municipality.name).toBe('Speyer, Stadt');
  });

  test('a malformed feed is refused and the stored one stays', async () => {
    const logger = createLogger('test', 'silent');
    fs.writeFileSync(feedFile, '{"format": "ikone-ds-members/v1", "asOf": "2026-02-01", "members": [{"name": 1}]}');
    await expect(ingestFeed(hub.ikoneDs.dataSource, { file: feedFile }, logger)).rejects.toThrow(FeedFormatError);
    const { data } = await hub.query(`{ ikoneDsMembers { totalCount } ikoneDsFeed { snapshot { recordCount } } }`);
    expect(data).toEqual({ ikoneDsMembers: { totalCount: 1 }, ikoneDsFeed: { snapshot: { recordCount: 2 } } });
  });

  test('a new valid feed replaces the old one completely; the same feed again changes nothing', async () => {
    const logger = createLogger('test', 'silent');
    fs.writeFileSync(
      feedFile,
      feedText([
        { name: 'Trier', role: 'MEMBER', sources: SOURCE },
        { name: 'Pirmasens', role: 'MEMBER', sources: SOURCE },
      ]),
    );
    expect(await ingestFeed(hub.ikoneDs.dataSource, { file: feedFile }, logger)).toEqual({ changed: true, linked: 2, unlinked: 0 });
    expect(await ingestFeed(hub.ikoneDs.dataSource, { file: feedFile }, logger)).toEqual({ changed: false, linked: 2, unlinked: 0 });
    const { data } = await hub.query(
      `{ ikoneDsMembers { totalCount } ikoneDsFeed { unlinkedRecords { position } } trier: municipality(key: "07211000") { ikoneDs { nameAsReported } } }`,
    );
    expect(data).toEqual({
      ikoneDsMembers: { totalCount: 2 },
      ikoneDsFeed: { unlinkedRecords: [] },
      trier: { ikoneDs: { nameAsReported: 'Trier' } },
    });
  });
});
