// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// Abusive requests are stopped at the gateway with their documented codes, before any subgraph is
// asked; other clients keep being served and the database does not change.
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { createClient } from 'redis';
import { Role } from '../../common/auth/roles';
import { postGraphQL, startTestHub, TestHub } from '../../testing/hub';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Row counts and a checksum of every table the hub writes: "nothing changed" is checked on this. */
async function databaseState(hub: TestHub): Promise<string> {
  const client = new Client({ connectionString: hub.databaseUrl });
  await client.connect();
  // last_used_at of the key the test itself uses is expected to move; everything else must not
  const tables = [
    'registry.municipality',
    'registry.digitale_doerfer_membership',
    'registry.contact_person',
    'ikone_ds.member',
    'ikone_ds.feed_snapshot',
    '(SELECT id, name, role, network, secret_hash, expires_at, revoked_at FROM auth.api_key)',
  ];
  const parts: string[] = [];
  for (const table of tables) {
    const { rows } = await client.query(
      `SELECT count(*) AS n, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS sum FROM ${table} t`,
    );
    parts.push(`${table}:${rows[0].n}:${rows[0].sum}`);
  }
  await client.end();
  return parts.join('\n');
}

function expectCode(
  response: { status: number; errors?: { extensions?: Record<string, unknown> }[]; data?: unknown },
  status: number,
  code: string,
) {
  expect({ status: response.status, code: response.errors?.[0]?.extensions?.code }).toEqual({ status, code });
  expect(response.data ?? null).toBeNull();
}

describe('operation limits (defaults)', () => {
  let hub: TestHub;
  let stateBefore: string;
  let adminKey: string;
  beforeAll(async () => {
    hub = await startTestHub({ env: { RATE_LIMIT_MAX: '100000' } });
    adminKey = (await hub.apiKeys.create({ name: 'abuse test admin', role: Role.MINISTRY_ADMIN, createdBy: 'test' })).secret;
    stateBefore = await databaseState(hub);
  });
  afterAll(async () => {
    const stateAfter = await databaseState(hub);
    await hub?.close();
    expect(stateAfter).toBe(stateBefore);
  });

  test('a 50-level deep query: QUERY_TOO_DEEP', async () => {
    const query = `{ municipality(key: "07333026") { ${'district { '.repeat(50)}name${' }'.repeat(50)} } }`;
    const response = await hub.query(query);
    expectCode(response, 400, 'QUERY_TOO_DEEP');
    expect(response.errors![0].extensions).toMatchObject({ limit: 12 });
  });

  test('too many aliases: TOO_MANY_ALIASES; 500 aliases already exceed the token limit', async () => {
    const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: networks { id }`).join(' ')} }`;
    expectCode(
      await hub.query(`{ networks { ${Array.from({ length: 40 }, (_, i) => `n${i}: name`).join(' ')} } }`),
      400,
      'TOO_MANY_ALIASES',
    );
    expectCode(await hub.query(aliases(500)), 400, 'GRAPHQL_PARSE_FAILED');
  });

  test('too many root fields: TOO_MANY_ROOT_FIELDS', async () => {
    const fields = [
      'networks { id }',
      'ikoneDsFeed { snapshot { asOf } }',
      'ikoneDsMembers { totalCount }',
      'digitaleDoerferMemberships { totalCount }',
      'municipalities { totalCount }',
    ];
    const query = `{ ${fields.join(' ')} ${Array.from({ length: 8 }, (_, i) => `m${i}: municipality(key: "0731500${i}") { name }`).join(' ')} }`;
    expectCode(await hub.query(query), 400, 'TOO_MANY_ROOT_FIELDS');
  });

  test('circular fragments: GRAPHQL_VALIDATION_FAILED', async () => {
    const query = `{ municipality(key: "07315000") { ...A } } fragment A on Municipality { district { ...B } } fragment B on Municipality { verbandsgemeinde { ...A } }`;
    expectCode(await hub.query(query), 400, 'GRAPHQL_VALIDATION_FAILED');
  });

  test('a query costing far more than the budget: QUERY_TOO_COMPLEX', async () => {
    const query = `{ municipalities(first: 100) { edges { node { ortsgemeinden(first: 100) { edges { node { networkFit { reasons { code message } } } } } } } } }`;
    const response = await hub.query(query);
    expectCode(response, 400, 'QUERY_TOO_COMPLEX');
    expect(Number(response.errors![0].extensions!.actual)).toBeGreaterThan(1_000_000);
  });

  test('a 5 MB body: 413 PAYLOAD_TOO_LARGE', async () => {
    const response = await postGraphQL(hub.gatewayUrl, { query: `{ networks { id } }`, variables: { pad: 'x'.repeat(5_000_000) } });
    expectCode(response, 413, 'PAYLOAD_TOO_LARGE');
  });

  test('5,000 tokens (within the length limit): GRAPHQL_PARSE_FAILED', async () => {
    const query = `{ networks { ${'id '.repeat(5_000)}} }`;
    const response = await hub.query(query);
    expectCode(response, 400, 'GRAPHQL_PARSE_FAILED');
    expect(response.errors![0].message).toContain('tokens');
  });

  test('a batch of several operations: BATCH_TOO_LARGE', async () => {
    const response = await postGraphQL(hub.gatewayUrl, [{ query: '{ networks { id } }' }, { query: '{ networks { name } }' }]);
    expectCode(response, 400, 'BATCH_TOO_LARGE');
  });

  const NASTY = ["'; DROP TABLE registry.municipality; --", '" OR 1=1 --', '%_\\', '\u0000\u0007', '💥'.repeat(10), 'x'.repeat(100_000)];

  test.each(NASTY.map((s) => [s.slice(0, 30), s]))(
    'SQL metacharacters and long strings in every string argument (%s)',
    async (_label, nasty) => {
      const read = `query($s: String!, $id: ID!) {
      a: municipality(key: $id) { name }
      b: municipalities(filter: { name: $s }) { totalCount }
      c: municipalities(filter: { districtArs: $id }) { totalCount }
      d: municipalities(filter: { verbandsgemeindeArs: $id }) { totalCount }
      e: municipalities(after: $s) { totalCount }
    }`;
      const response = await hub.query(read, { s: nasty, id: nasty });
      // a huge string is already refused for its size; otherwise each field answers for itself
      if (response.status === 413) return expectCode(response, 413, 'PAYLOAD_TOO_LARGE');
      expect(response.status).toBe(200);
      for (const error of response.errors ?? []) expect(error.extensions!.code).toBe('BAD_USER_INPUT');
      const write = await hub.query(
        `mutation($s: String!, $id: ID!) { setContactPerson(membershipId: $id, expectedVersion: 0, contact: { name: $s, email: $s, phone: $s, function: $s }) { id } }`,
        { s: nasty, id: nasty },
        { 'x-api-key': adminKey },
      );
      expect(write.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
      const keyName = await hub.query(
        `mutation($s: String!) { createApiKey(input: { name: $s, role: PARTNER }) { secret } }`,
        { s: nasty.length > 100 ? nasty : `${nasty}${'y'.repeat(100)}` },
        { 'x-api-key': adminKey },
      );
      expect(keyName.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    },
  );

  test('a GET query without a CSRF-safe header is refused; introspection follows the policy', async () => {
    const get = await fetch(`${hub.gatewayUrl}?query=${encodeURIComponent('{ networks { id } }')}`);
    expect(get.status).toBe(400);
    const introspection = await hub.query('{ __schema { queryType { name } } }');
    expect(introspection.data.__schema.queryType.name).toBe('Query');
  });

  test('the service keeps answering ordinary clients', async () => {
    const { data } = await hub.query(`{ municipality(key: "07315000") { name } }`);
    expect(data.municipality.name).toBe('Mainz, Stadt');
  });
});

describe('production policy and CORS', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub({ env: { NODE_ENV: 'production', CORS_ORIGINS: 'https://portal.example.de' } });
  });
  afterAll(async () => {
    await hub?.close();
  });

  test('introspection is off in production', async () => {
    const response = await hub.query('{ __schema { queryType { name } } }');
    expect(response.errors![0].extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  test('only configured origins get CORS headers', async () => {
    const preflight = (origin: string) =>
      fetch(hub.gatewayUrl, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });
    const allowed = await preflight('https://portal.example.de');
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://portal.example.de');
    const other = await preflight('https://evil.example.com');
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe.each([
  ['in memory', {}],
  ['in Redis', { REDIS_URL }],
])('rate limit %s', (_label, extraEnv) => {
  const prefix = `kommunalnetz-test:${randomBytes(6).toString('hex')}`;
  let hub: TestHub;
  let second: TestHub | undefined;
  let partnerKey: string;
  beforeAll(async () => {
    const env = { RATE_LIMIT_MAX: '5', RATE_LIMIT_WINDOW_MS: '60000', RATE_LIMIT_REDIS_PREFIX: prefix, ...extraEnv };
    hub = await startTestHub({ env });
    if ('REDIS_URL' in extraEnv) second = await startTestHub({ env });
    partnerKey = (await hub.apiKeys.create({ name: 'rate test partner', role: Role.PARTNER, createdBy: 'test' })).secret;
  });
  afterAll(async () => {
    await hub?.close();
    await second?.close();
    if ('REDIS_URL' in extraEnv) {
      const redis = createClient({ url: REDIS_URL });
      await redis.connect();
      const keys = await redis.keys(`${prefix}:*`);
      if (keys.length) await redis.del(keys);
      await redis.quit();
    }
  });

  test('a burst beyond the limit gets 429 RATE_LIMITED with Retry-After; other clients go on', async () => {
    const statuses: number[] = [];
    let refused: Awaited<ReturnType<typeof postGraphQL>> | undefined;
    for (let i = 0; i < 8; i++) {
      // with Redis, the requests alternate between two gateways that share the counters
      const target = second && i % 2 ? second : hub;
      const response = await postGraphQL(target.gatewayUrl, { query: '{ networks { id } }' });
      statuses.push(response.status);
      if (response.status === 429) refused ??= response;
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429, 429]);
    expect(refused!.errors![0].extensions!.code).toBe('RATE_LIMITED');
    expect(Number(refused!.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(refused!.headers.get('ratelimit-remaining')).toBe('0');
    const keyed = await postGraphQL(hub.gatewayUrl, { query: '{ networks { id } }' }, { 'x-api-key': partnerKey });
    expect(keyed.status).toBe(200);
    expect(keyed.headers.get('ratelimit-remaining')).toBe('4');
  });
});
