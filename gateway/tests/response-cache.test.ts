// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// The gateway's response cache: public answers are served again from memory (an "age" header tells
// a hit), every change to the data — through the API or straight in the database — empties it, and
// answers that depend on the caller are never kept or shared.
import { createHash } from 'node:crypto';
import { Client } from 'pg';
import { Role } from '../../common/auth/roles';
import { postGraphQL, startTestHub, TestHub } from '../../testing/hub';

const MAINZ = `query Mainz { municipality(key: "07315000") { name population networkFit { network { id } level } } }`;

let hub: TestHub;
let partnerKey: string;

beforeAll(async () => {
  hub = await startTestHub({ env: { RATE_LIMIT_MAX: '100000' } });
  partnerKey = (await hub.apiKeys.create({ name: 'cache test partner', role: Role.PARTNER, createdBy: 'test' })).secret;
});
afterAll(async () => {
  await hub?.close();
});

const ask = (query: string, headers: Record<string, string> = {}) => postGraphQL(hub.gatewayUrl, { query }, headers);

async function sql(statement: string, params: unknown[] = []): Promise<void> {
  const client = new Client({ connectionString: hub.databaseUrl });
  await client.connect();
  await client.query(statement, params);
  await client.end();
}

test('a public answer is served from the cache the second time, unless the client asks for a fresh one', async () => {
  const first = await ask(MAINZ, { 'cache-control': 'no-cache' });
  expect(first.errors).toBeUndefined();
  expect(first.headers.get('age')).toBeNull();
  const second = await ask(MAINZ);
  expect(second.headers.get('age')).not.toBeNull();
  expect(second.data).toEqual(first.data);
  const fresh = await ask(MAINZ, { 'cache-control': 'no-cache' });
  expect(fresh.headers.get('age')).toBeNull();
  // A keyed partner asking public fields gets the same shared answer.
  expect((await ask(MAINZ, { 'x-api-key': partnerKey })).headers.get('age')).not.toBeNull();
});

/** The gateway's count of answers stored in the response cache, and of identical ones not stored again. */
async function cacheWrites(): Promise<{ stored: number; skipped: number }> {
  const text = await (await fetch(new URL('/metrics', hub.gatewayUrl))).text();
  const read = (outcome: string) =>
    Number(
      new RegExp(`^kommunalnetz_gateway_response_cache_writes\\{outcome="${outcome}",service="gateway"\\} (\\d+)$`, 'm').exec(text)?.[1],
    );
  return { stored: read('stored'), skipped: read('skipped') };
}

test('callers asking for the same fresh answer at once each get it computed, and it is stored once', async () => {
  const trier = `query Trier { municipality(key: "07211000") { name population } }`;
  const koblenz = `query Koblenz { municipality(key: "07111000") { name population } }`;
  const before = await cacheWrites();
  expect(before.stored).toBeGreaterThanOrEqual(0);
  const answers = await Promise.all(Array.from({ length: 8 }, (_, i) => ask(i < 6 ? trier : koblenz, { 'cache-control': 'no-cache' })));
  for (const answer of answers) {
    expect(answer.errors).toBeUndefined();
    expect(answer.headers.get('age')).toBeNull();
  }
  expect(new Set(answers.map((a) => a.data.municipality.name))).toEqual(new Set(['Trier, Stadt', 'Koblenz, Stadt']));
  const after = await cacheWrites();
  // Every answer was either stored or found stored within the second; two different questions, two entries at least.
  expect(after.stored - before.stored + (after.skipped - before.skipped)).toBe(8);
  expect(after.stored - before.stored).toBeGreaterThanOrEqual(2);
  expect(after.skipped - before.skipped).toBeGreaterThan(0);
  // The one stored answer serves the next plain caller.
  const cached = await ask(trier);
  expect(cached.headers.get('age')).not.toBeNull();
  expect(cached.data).toEqual(answers[0].data);
});

test('a change made directly in the database empties the cache (PostgreSQL notification), long before max-age', async () => {
  const before = await ask(MAINZ);
  expect((await ask(MAINZ)).headers.get('age')).not.toBeNull();
  const population = before.data.municipality.population as number;
  await sql(`UPDATE registry.municipality SET population = population + 1 WHERE ags = '07315000'`);
  try {
    // The notification arrives asynchronously; a few milliseconds as a rule, bounded here by 5 s (max-age is 60 s).
    let answer = before;
    for (let i = 0; i < 100 && answer.data.municipality.population === population; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      answer = await ask(MAINZ);
    }
    expect(answer.data.municipality.population).toBe(population + 1);
  } finally {
    await sql(`UPDATE registry.municipality SET population = population - 1 WHERE ags = '07315000'`);
  }
});

test('every table of both services announces its changes, tables of later migrations too', async () => {
  const client = new Client({ connectionString: hub.databaseUrl });
  await client.connect();
  const { rows } = await client
    .query(
      `SELECT n.nspname || '.' || c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname IN ('registry', 'ikone_ds') AND c.relkind IN ('r', 'p') AND c.relname <> 'migrations'
          AND NOT EXISTS (SELECT 1 FROM pg_trigger g WHERE g.tgrelid = c.oid AND g.tgname = 'announce_change')`,
    )
    .finally(() => client.end());
  expect(rows).toEqual([]);
});

test('answers with fields that depend on the caller are neither kept nor shared', async () => {
  // A Verbandsgemeinde that is a member of Digitale Dörfer: its membership's signedBy is for partners only.
  const page = await ask(
    `{ municipalities(first: 100, filter: { types: [VERBANDSGEMEINDE] }) { edges { node { ars digitaleDoerfer { id } } } } }`,
  );
  const member = page.data.municipalities.edges.find((e: any) => e.node.digitaleDoerfer)?.node.ars;
  expect(member).toBeDefined();
  const restricted = `{ municipality(key: "${member}") { name digitaleDoerfer { status signedBy } } }`;

  const asPartner = await ask(restricted, { 'x-api-key': partnerKey });
  expect(asPartner.errors).toBeUndefined();
  const again = await ask(restricted, { 'x-api-key': partnerKey });
  expect(again.headers.get('age')).toBeNull();

  const anonymous = await ask(restricted);
  expect(anonymous.headers.get('age')).toBeNull();
  expect(anonymous.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  expect(anonymous.data.municipality.digitaleDoerfer.signedBy).toBeNull();
});

test('automatic persisted queries: after one full request, a portal sends only the hash (also as a cacheable GET)', async () => {
  const query = '{ networks { id shortName } }';
  const persistedQuery = { version: 1, sha256Hash: createHash('sha256').update(query).digest('hex') };
  const unknown = await postGraphQL(hub.gatewayUrl, { extensions: { persistedQuery } });
  expect(unknown.errors?.[0].extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  const full = await postGraphQL(hub.gatewayUrl, { query, extensions: { persistedQuery } });
  expect(full.errors).toBeUndefined();
  const byHash = await postGraphQL(hub.gatewayUrl, { extensions: { persistedQuery } });
  expect(byHash.data).toEqual(full.data);
  const url = new URL(hub.gatewayUrl);
  url.searchParams.set('extensions', JSON.stringify({ persistedQuery }));
  const get = await fetch(url, { headers: { 'apollo-require-preflight': 'true' } });
  expect(get.status).toBe(200);
  expect((await get.json()).data).toEqual(full.data);
  expect(get.headers.get('cache-control')).toMatch(/^public, max-age=\d+$/);
});

test('HUB_TUNING=off (the stock configuration) has no response cache', async () => {
  const stock = await startTestHub({ env: { HUB_TUNING: 'off' } });
  try {
    await postGraphQL(stock.gatewayUrl, { query: MAINZ });
    const second = await postGraphQL(stock.gatewayUrl, { query: MAINZ });
    expect(second.errors).toBeUndefined();
    expect(second.data.municipality.name).toBe('Mainz, Stadt');
    expect(second.headers.get('age')).toBeNull();
  } finally {
    await stock.close();
  }
});
