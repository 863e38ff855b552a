// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// The adapter keeps serving its last good snapshot when the source feed times out, fails, or
// sends garbage; it retries with a growing delay and takes the feed again when the source recovers.
// What it says about the source is safe to show: the URL (with its token and password) only to
// ministry admins and redacted, each failure as a code and a fixed sentence, the log redacted too.
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Role } from '../../../common/auth/roles';
import { NetworkId } from '../../../common/domain';
import { createLogger } from '../../../common/logging';
import { startTestHub, TestHub } from '../../../testing/hub';
import { FeedErrorCode } from '../feed/errors';
import { parseFeed } from '../feed/feed';
import { FeedRefresher } from '../feed/refresher';
import { RedactFeedSources1764000001100 } from '../migrations/1764000001100-RedactFeedSources';

type Mode = 'good' | 'slow' | 'stalled-body' | 'error' | 'forbidden' | 'cut' | 'garbage' | 'wrong-format';
let mode: Mode = 'good';
let requests = 0;
const TOKEN = 'feed-token-5ecret0815';
const USER = 'feedreader';
const PASSWORD = 'pa55-w0rd-x';
const feed = fs.readFileSync(path.join(__dirname, '../feed/ikone-ds-members.json'), 'utf8');
// What the shipped feed holds: its number of records and its asOf (the date of its newest evidence).
const SHIPPED = parseFeed(feed);
const RECORDS = SHIPPED.members.length;
const server = http.createServer((req, res) => {
  requests++;
  // The source checks its credentials like a real one would: the adapter must send them.
  const basic = `Basic ${Buffer.from(`${USER}:${PASSWORD}`).toString('base64')}`;
  if (req.headers.authorization !== basic || new URL(req.url!, 'http://x').searchParams.get('token') !== TOKEN) {
    return void res.writeHead(401).end();
  }
  if (mode === 'slow') return void setTimeout(() => res.end(feed), 3_000);
  if (mode === 'stalled-body') return void res.writeHead(200, { 'content-type': 'application/json' }).write(feed.slice(0, 100));
  if (mode === 'error')
    return void res.writeHead(500).end(`upstream broken at /srv/feeds/secret/ikone.json, see http://internal.example/?token=${TOKEN}`);
  if (mode === 'forbidden') return void res.writeHead(403).end();
  if (mode === 'cut') return void req.socket.destroy();
  if (mode === 'garbage') return void res.end('<html>not json');
  if (mode === 'wrong-format') return void res.end(JSON.stringify({ format: 'other', members: [] }));
  res.writeHead(200, { 'content-type': 'application/json' }).end(feed);
});

const EXPECTED_CODE: Record<Exclude<Mode, 'good'>, FeedErrorCode> = {
  slow: FeedErrorCode.FEED_TIMEOUT,
  'stalled-body': FeedErrorCode.FEED_TIMEOUT,
  error: FeedErrorCode.FEED_HTTP_ERROR,
  forbidden: FeedErrorCode.FEED_HTTP_ERROR,
  cut: FeedErrorCode.FEED_UNREACHABLE,
  garbage: FeedErrorCode.FEED_MALFORMED,
  'wrong-format': FeedErrorCode.FEED_MALFORMED,
};

let hub: TestHub;
let port: number;
let feedUrl: string;
let coordinator: string;
let admin: string;
let partner: string;
const logLines: string[] = [];
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  feedUrl = `http://${USER}:${PASSWORD}@127.0.0.1:${port}/feed.json?token=${TOKEN}#members`;
  hub = await startTestHub({
    feed: { file: '', url: feedUrl, timeoutMs: 500 },
    env: { IKONE_DS_FEED_REFRESH_MS: '3600000', IKONE_DS_FEED_RETRY_MS: '50' },
    logLines,
  });
  const key = async (role: Role, network: NetworkId | null = null) =>
    (await hub.apiKeys.create({ name: `feed ${role}`, role, network, createdBy: 'test' })).secret;
  coordinator = await key(Role.COORDINATOR, NetworkId.IKONE_DS);
  admin = await key(Role.MINISTRY_ADMIN);
  partner = await key(Role.PARTNER);
});
afterAll(async () => {
  await hub?.close();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const STATUS = `{ ikoneDsFeed { dataAsOf consecutiveFailures lastError { code message at } lastCheckedAt snapshot { recordCount } }
  ikoneDsMembers { totalCount } municipality(key: "07141068") { name ikoneDs { role } } }`;
const SOURCE = `{ ikoneDsFeed { snapshot { source recordCount } lastError { code message } } }`;

async function waitFor(check: (data: any) => boolean, timeoutMs = 5_000): Promise<any> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { data, errors } = await hub.query(STATUS);
    if (errors) throw new Error(JSON.stringify(errors));
    if (check(data)) return data;
    if (Date.now() > deadline) throw new Error(`condition not reached: ${JSON.stringify(data)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Nothing of the configured URL beyond scheme, host, port and path; no path of this machine. */
function expectNothingInternal(text: string): void {
  for (const secret of [TOKEN, USER, PASSWORD, '?token', '#members', '/srv/feeds', 'internal.example', os.tmpdir(), process.cwd()]) {
    expect(text).not.toContain(secret);
  }
}

test('from a URL: read at start, then kept through timeouts, errors and garbage, and taken again on recovery', async () => {
  const first = await waitFor((d) => d.ikoneDsMembers.totalCount === RECORDS);
  expect(first.ikoneDsFeed).toMatchObject({ dataAsOf: SHIPPED.asOf, consecutiveFailures: 0, lastError: null });

  for (const failure of Object.keys(EXPECTED_CODE) as Exclude<Mode, 'good'>[]) {
    mode = failure;
    const switchedAt = Date.now();
    // trigger a refresh now instead of waiting an hour; wait for an attempt that started in this mode
    const failed = await refreshAndWait((d) => d.ikoneDsFeed.lastError !== null && Date.parse(d.ikoneDsFeed.lastError.at) >= switchedAt);
    expect(failed.ikoneDsMembers.totalCount).toBe(RECORDS); // the stored snapshot is served
    expect(failed.municipality.ikoneDs).toEqual({ role: 'MEMBER' });
    expect(failed.ikoneDsFeed.dataAsOf).toBe(SHIPPED.asOf);
    // each kind of failure has its code, a sentence and the time of the attempt — nothing else
    const { code, message, at } = failed.ikoneDsFeed.lastError;
    expect({ failure, code }).toEqual({ failure, code: EXPECTED_CODE[failure] });
    expect(message).toMatch(/^The feed .+\.$/);
    expect(Date.parse(at)).toBeGreaterThan(Date.now() - 60_000);
    expect(message).not.toMatch(/127\.0\.0\.1|localhost|https?:|\/feed\.json|fetch failed|ECONN|Error/);
    expectNothingInternal(JSON.stringify(failed));
    if (failure === 'slow') {
      // after a failure, retries come by themselves (checked after the first one: the delay doubles)
      const retriesBefore = requests;
      const deadline = Date.now() + 8_000;
      while (requests === retriesBefore && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      expect(requests).toBeGreaterThan(retriesBefore);
    }
    if (failure === 'error') expect(message).toBe('The feed source answered with HTTP status 500.');
    if (failure === 'wrong-format') expect(message).toContain('feed format must be "ikone-ds-members/v1"');
  }

  expect((await hub.query('mutation { refreshIkoneDsFeed { lastError { code } } }')).errors![0].extensions!.code).toBe('UNAUTHENTICATED');

  mode = 'good';
  const recovered = await refreshAndWait((d) => d.ikoneDsFeed.consecutiveFailures === 0);
  expect(recovered.ikoneDsFeed.lastError).toBeNull();
  expect(recovered.ikoneDsMembers.totalCount).toBe(RECORDS);
});

test('the source is shown to ministry admins only, without credentials, query string or fragment', async () => {
  const asAdmin = await hub.query(SOURCE, undefined, { 'x-api-key': admin });
  expect(asAdmin.errors).toBeUndefined();
  expect(asAdmin.data.ikoneDsFeed.snapshot).toEqual({ source: `http://127.0.0.1:${port}/feed.json`, recordCount: RECORDS });

  for (const headers of [undefined, { 'x-api-key': partner }, { 'x-api-key': coordinator }]) {
    const response = await hub.query(SOURCE, undefined, headers);
    expect(response.data.ikoneDsFeed.snapshot).toEqual({ source: null, recordCount: RECORDS });
    expect(response.errors!.map((e) => [e.extensions!.code, e.path!.join('.')])).toEqual([['FORBIDDEN', 'ikoneDsFeed.snapshot.source']]);
    expectNothingInternal(JSON.stringify(response));
    expect(JSON.stringify(response)).not.toContain(String(port));
  }
  // asked again after the admin (the response cache must not hand the admin's answer to anyone)
  expect((await hub.query(SOURCE)).data.ikoneDsFeed.snapshot.source).toBeNull();
  // stored redacted as well
  const rows: { source: string }[] = await hub.ikoneDs.dataSource.query(`SELECT source FROM ikone_ds.feed_snapshot`);
  expect(rows.length).toBeGreaterThan(0);
  for (const { source } of rows) expect(source).toBe(`http://127.0.0.1:${port}/feed.json`);
});

test('a missing file and an unreachable host: codes without paths or addresses', async () => {
  const closed = http.createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  const closedPort = (closed.address() as AddressInfo).port;
  await new Promise((resolve) => closed.close(resolve));
  const missingFile = path.join(os.tmpdir(), 'no-such-dir-4711', 'ikone-ds-members.json');
  const lines: string[] = [];
  const logger = createLogger('test', 'debug', { write: (line: string) => void lines.push(line) });
  for (const [source, code] of [
    [{ file: missingFile }, FeedErrorCode.FEED_FILE_UNREADABLE],
    [{ file: '', url: `file://${missingFile}?token=${TOKEN}` }, FeedErrorCode.FEED_FILE_UNREADABLE],
    [
      { file: '', url: `http://${USER}:${PASSWORD}@127.0.0.1:${closedPort}/feed.json?token=${TOKEN}`, timeoutMs: 2_000 },
      FeedErrorCode.FEED_UNREACHABLE,
    ],
  ] as const) {
    const refresher = new FeedRefresher(hub.ikoneDs.dataSource, source, logger, { intervalMs: 3_600_000, firstRetryMs: 3_600_000 });
    await refresher.refresh();
    await refresher.stop();
    expect(refresher.state.lastError).toMatchObject({ code });
    const shown = JSON.stringify(refresher.state.lastError);
    expectNothingInternal(shown);
    expect(shown).not.toContain('no-such-dir-4711');
    expect(shown).not.toContain(String(closedPort));
    expect(shown).not.toMatch(/ENOENT|ECONNREFUSED/);
  }
  // the log keeps what operators need (the reason, the host), never the token or the password
  const log = lines.join('\n');
  expect(log).toContain('ENOENT');
  expect(log).toContain(`127.0.0.1:${closedPort}`);
  for (const secret of [TOKEN, USER, PASSWORD]) expect(log).not.toContain(secret);
});

test('no log line of the hub holds the token, the user or the password of the feed URL', () => {
  const log = logLines.join('\n');
  expect(log).toContain(`http://127.0.0.1:${port}/feed.json`); // the source is logged, redacted
  expect(log).toContain('FEED_TIMEOUT');
  for (const secret of [TOKEN, USER, PASSWORD]) expect(log).not.toContain(secret);
});

test('snapshots stored by earlier versions, URL with token, are redacted by the migration', async () => {
  const runner = hub.ikoneDs.dataSource.createQueryRunner();
  await runner.startTransaction();
  try {
    const [{ id }] = await runner.query(
      `INSERT INTO ikone_ds.feed_snapshot (source, as_of, checksum, record_count, linked_count, content)
       VALUES ($1, '2026-01-01', repeat('0', 64), 0, 0, '{}') RETURNING id`,
      [`https://${USER}:${PASSWORD}@feeds.example.org/ikone/members.json?token=${TOKEN}#x`],
    );
    await new RedactFeedSources1764000001100().up(runner);
    const [{ source }] = await runner.query(`SELECT source FROM ikone_ds.feed_snapshot WHERE id = $1`, [id]);
    expect(source).toBe('https://feeds.example.org/ikone/members.json');
  } finally {
    await runner.rollbackTransaction();
    await runner.release();
  }
});

/** Asks the adapter to read the feed now (instead of in an hour), then waits for the state. */
async function refreshAndWait(check: (data: any) => boolean): Promise<any> {
  const { errors } = await hub.query('mutation { refreshIkoneDsFeed { consecutiveFailures } }', undefined, { 'x-api-key': coordinator });
  expect(errors).toBeUndefined();
  return waitFor(check, 10_000);
}
