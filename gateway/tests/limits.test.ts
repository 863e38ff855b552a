// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// Limits against abusive operations (depth, aliases, root fields, cost, tokens) and the rate
// limiters, in memory and on the real Redis (TEST_REDIS_URL, default redis://127.0.0.1:6379).
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { ApolloServer } from '@apollo/server';
import {
  buildSchema,
  getIntrospectionQuery,
  getNamedType,
  GraphQLError,
  GraphQLObjectType,
  isLeafType,
  parse,
  print,
  validate,
} from 'graphql';
import { createClient } from 'redis';
import {
  MunicipalityByKeysDocument,
  MunicipalityFitDocument,
  NetworkMembersDocument,
  RecommendNetworksDocument,
  SearchMunicipalitiesDocument,
} from '../../client/generated/graphql';
import type { BaseContext } from '../../common/context';
import { readConfig } from '../../common/config';
import { checkOperation, measureOperation, OperationLimits, operationLimitsPlugin } from '../limits/operation-limits';
import { createMemoryRateLimiter, createRedisRateLimiter, ipRateLimitKey, RateLimiter, rateLimitHeaders } from '../limits/rate-limit';

const schema = buildSchema(fs.readFileSync(path.join(__dirname, '../../schema/api.graphql'), 'utf8'));
// the defaults production runs with
const limits = readConfig({}).limits;

function check(query: string, variables?: Record<string, unknown>, operationLimits: OperationLimits = limits, operationName?: string) {
  return checkOperation(parse(query), operationName, variables, schema, operationLimits);
}

function cost(query: string, variables?: Record<string, unknown>): number {
  return measureOperation(parse(query), undefined, variables, schema)!.cost;
}

function expectLimit(error: GraphQLError | null, code: string, limit: number, actual: number) {
  expect(error).toBeInstanceOf(GraphQLError);
  expect(error!.extensions).toEqual({ code, limit, actual, http: { status: 400 } });
  expect(error!.message).toContain(String(limit));
  expect(error!.message).toContain(String(actual));
}

const PAGE_OF_100 = `{ municipalities(first: 100) { edges { node {
  ars name type population
  district { name }
  ortsgemeinden(first: 5) { totalCount edges { node { name } } }
  digitaleDoerfer { status role }
  ikoneDs { role }
  networkFit { level network { name } reasons { code message } }
} } } }`;

const NESTED_PAGES = `{ municipalities(first: 100) { edges { node { ortsgemeinden(first: 100) { edges { node { networkFit { reasons { code } } } } } } } } }`;

const FIT = 'networkFit { network { id shortName } level alreadyMember howToJoin reasons { code message } }';

/** The operations of gateway/tests/*.test.ts that must get through (with the variables they use). */
const TEST_SUITE_QUERIES: [string, Record<string, unknown>?][] = [
  [PAGE_OF_100],
  [
    `query Page($first: Int!) { municipalities(first: $first, filter: { types: [ORTSGEMEINDE, VERBANDSGEMEINDE] }) { edges { node {
      ars name population district { name } verbandsgemeinde { name digitaleDoerfer { status } } digitaleDoerfer { status role }
      ortsgemeinden(first: 5) { totalCount edges { node { name } } } ikoneDs { role } networkFit { level network { name } } } } } }`,
    { first: 100 },
  ],
  [
    `{ municipality(key: "07315000") { ars ags name shortName type population areaKm2 sizeClass district { ars } ikoneDs { role } ${FIT} } }`,
  ],
  [
    `{ a: municipality(key: "073150000000") { name } b: municipality(key: "07315000") { name } c: municipality(key: "07 315 000") { name } }`,
  ],
  [
    `{ municipality(key: "073335003000") { name type ags population digitaleDoerfer { role status startedOn startedOnPrecision sources }
      ortsgemeinden(first: 20) { totalCount edges { node { name type verbandsgemeinde { ars } } } } ${FIT} } }`,
  ],
  [
    `{ municipality(key: "07333026") { name type verbandsgemeinde { name digitaleDoerfer { status } } digitaleDoerfer { status } ${FIT} } }`,
  ],
  [`{ networks { id name targetGroup howToJoin website sources } }`],
  [`{ digitaleDoerferMemberships(first: 50) { totalCount edges { node { role status municipality { name type } } } } }`],
  [
    `{ ikoneDsMembers(first: 50) { totalCount edges { node { nameAsReported role municipality { ars name type } } } }
      ikoneDsFeed { snapshot { source asOf recordCount linkedCount } unlinkedRecords { nameAsReported } } }`,
  ],
  [
    `{ mittel: recommendNetworks(profile: { type: VERBANDSFREIE_STADT, population: 45000 }) { network { id } level }
      vg: recommendNetworks(profile: { type: VERBANDSGEMEINDE, population: 15000 }) { network { id } level alreadyMember } }`,
  ],
  [
    `{ municipalities(first: 100, filter: { districtArs: "073330000000", types: [ORTSGEMEINDE], minPopulation: 2000, maxPopulation: 3000 }) {
      totalCount edges { node { type population district { ars } } } } }`,
  ],
  [
    `query($after: String) { municipalities(first: 5, after: $after, filter: { types: [LANDKREIS] }) {
      totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { ars } } } }`,
    { after: null },
  ],
  [
    `{ municipalities(first: 100, filter: { types: [KREISFREIE_STADT, GROSSE_KREISANGEHOERIGE_STADT, VERBANDSFREIE_STADT, VERBANDSGEMEINDE] }) {
      edges { node { ars name type population district { name } digitaleDoerfer { role } ikoneDs { role } networkFit { network { id } level alreadyMember } } } } }`,
  ],
  // bad-input.test.ts: these must reach the resolvers, which answer BAD_USER_INPUT
  [`query($first: Int) { municipalities(first: $first) { totalCount } }`, { first: 1_000_000 }],
  [`{ municipality(key: "073335003000") { ortsgemeinden(first: 101) { totalCount } } }`],
  [`{ ikoneDsMembers(first: -5) { totalCount } }`],
  [print(MunicipalityFitDocument), { key: '07333026' }],
  [print(MunicipalityByKeysDocument), { keys: Array.from({ length: 100 }, () => '07315000') }],
  [print(SearchMunicipalitiesDocument), { name: 'bach', first: 10 }],
  [print(NetworkMembersDocument), {}],
  [print(RecommendNetworksDocument), { profile: { type: 'ORTSGEMEINDE', population: 900 } }],
  [getIntrospectionQuery()],
];

describe('checkOperation', () => {
  test.each(TEST_SUITE_QUERIES.map(([query, variables], i) => [i, query, variables] as const))(
    'operation %i of the test suites passes every default limit, tokens included',
    (_i, query, variables) => {
      expect(check(query, variables)).toBeNull();
      expect(() => parse(query, { maxTokens: limits.maxTokens })).not.toThrow();
    },
  );

  test('the page of 100 municipalities with all relations costs 26,602, within the budget', () => {
    expect(measureOperation(parse(PAGE_OF_100), undefined, undefined, schema)).toEqual({
      depth: 7,
      aliases: 0,
      rootFields: 1,
      cost: 26_602,
    });
    expect(check(PAGE_OF_100)).toBeNull();
  });

  test('a page of 100 asking every field of Municipality (relations by id, ortsgemeinden(first: 20)) costs 10,902', () => {
    // Built from the schema, so a new field of Municipality changes the figure (SECURITY.md and common/config.ts quote it).
    const municipality = schema.getType('Municipality') as GraphQLObjectType;
    const fields = Object.values(municipality.getFields()).map((field) => {
      const type = getNamedType(field.type) as GraphQLObjectType;
      if (isLeafType(type)) return field.name;
      if (type.getFields().edges) return `${field.name}(first: 20) { edges { node { id } } }`;
      return type.getFields().id ? `${field.name} { id }` : `${field.name} { __typename }`;
    });
    const everyField = parse(`{ municipalities(first: 100) { edges { node { ${fields.join(' ')} } } } }`);
    expect(measureOperation(everyField, undefined, undefined, schema)?.cost).toBe(10_902);
    expect(check(print(everyField))).toBeNull();
  });

  test('a 50-level deep query is QUERY_TOO_DEEP', () => {
    const query = `{ municipality(key: "07315000") { ${'district { '.repeat(48)}name${' }'.repeat(48)} } }`;
    expectLimit(check(query), 'QUERY_TOO_DEEP', 12, 50);
  });

  test('depth counts the edges and node levels of connections', () => {
    expect(measureOperation(parse(NESTED_PAGES), undefined, undefined, schema)!.depth).toBe(9);
    expect(check('{ municipalities { edges { node { name } } } }', undefined, { ...limits, maxDepth: 2 })!.extensions.code).toBe(
      'QUERY_TOO_DEEP',
    );
  });

  test('1,000 aliases are TOO_MANY_ALIASES, and the parser refuses the document by its tokens already', () => {
    const query = `{ municipality(key: "07315000") { ${Array.from({ length: 1000 }, (_, i) => `a${i}: name`).join(' ')} } }`;
    expectLimit(check(query), 'TOO_MANY_ALIASES', 30, 1000);
    expect(() => parse(query, { maxTokens: limits.maxTokens })).toThrow(/2000 tokens/);
  });

  test('11 root fields are TOO_MANY_ROOT_FIELDS, 10 pass, and equal response keys merge', () => {
    const roots = (n: number) =>
      `{ ${Array.from({ length: n }, (_, i) => `m${i}: municipality(key: "0731500${i % 10}") { name }`).join(' ')} }`;
    expectLimit(check(roots(11)), 'TOO_MANY_ROOT_FIELDS', 10, 11);
    expect(check(roots(10))).toBeNull();
    expect(
      measureOperation(
        parse('{ networks { id } networks { name } ...N } fragment N on Query { networks { website } }'),
        undefined,
        undefined,
        schema,
      )!.rootFields,
    ).toBe(1);
  });

  test('two nested pages of 100 are QUERY_TOO_COMPLEX', () => {
    expectLimit(check(NESTED_PAGES), 'QUERY_TOO_COMPLEX', 50_000, 1_120_302);
  });

  test('page sizes come from literals, variables, variable defaults, else 20 for connections and 10 for lists', () => {
    const page = 'query($n: Int) { municipalities(first: $n) { edges { node { name } } } }';
    // 1 (municipalities) + 1 (edges) + n × (node + name)
    expect(cost(page, { n: 10 })).toBe(22);
    expect(cost(page, { n: 100 })).toBe(202);
    expect(cost(page, {})).toBe(42);
    expect(cost(page, { n: null })).toBe(42);
    expect(cost('query($n: Int = 50) { municipalities(first: $n) { edges { node { name } } } }', {})).toBe(102);
    expect(cost('{ municipalities(first: 3) { edges { node { name } } } }')).toBe(8);
    // totalCount and pageInfo count once, whatever the page size
    expect(cost('{ municipalities(first: 100) { totalCount pageInfo { hasNextPage } } }')).toBe(4);
    // a plain list: 1 + 10 × (network + id)
    expect(cost('{ networks { id } }')).toBe(11);

    const nested = `query($outer: Int, $inner: Int) { municipalities(first: $outer) { edges { node {
      ortsgemeinden(first: $inner) { edges { node { networkFit { reasons { code } } } } } } } } }`;
    expect(check(nested, { outer: 10, inner: 10 })).toBeNull();
    expect(check(nested, { outer: 100, inner: 100 })!.extensions.code).toBe('QUERY_TOO_COMPLEX');
    expect(check(page, { n: 100 }, { ...limits, maxCost: 202 })).toBeNull();
    expectLimit(check(page, { n: 100 }, { ...limits, maxCost: 201 }), 'QUERY_TOO_COMPLEX', 201, 202);
  });

  test('municipalitiesByKeys counts its keys as a page counts first: 100 keys with a costly selection are QUERY_TOO_COMPLEX, as 100 items are', () => {
    const keys = (n: number) => Array.from({ length: n }, (_, i) => `07${String(i).padStart(6, '0')}`);
    const unit = `ortsgemeinden(first: 20) { edges { node { name networkFit { level reasons { code message } } } } }`;
    const byKeys = `query($keys: [ID!]!) { municipalitiesByKeys(keys: $keys) { ${unit} } }`;
    const page = `query($n: Int) { municipalities(first: $n) { edges { node { ${unit} } } } }`;
    // a unit costs 4,462; the list 1 + keys × 4,462, the page 2 + first × 4,463
    expect(cost(byKeys, { keys: keys(1) })).toBe(4_463);
    expect(cost(byKeys, { keys: keys(10) })).toBe(44_621);
    expect(cost(page, { n: 10 })).toBe(44_632);
    expect(check(byKeys, { keys: keys(10) })).toBeNull();
    expect(check(page, { n: 10 })).toBeNull();
    expectLimit(check(byKeys, { keys: keys(100) }), 'QUERY_TOO_COMPLEX', 50_000, 446_201);
    expectLimit(check(page, { n: 100 }), 'QUERY_TOO_COMPLEX', 50_000, 446_302);
    // literal lists, lists with variables inside, a variable's default, and a single key (a list of one)
    expect(cost(`{ municipalitiesByKeys(keys: ${JSON.stringify(keys(12))}) { ${unit} } }`)).toBe(1 + 12 * 4_462);
    expect(cost(`query($a: ID!) { municipalitiesByKeys(keys: [$a, $a, "07315000"]) { name } }`)).toBe(4);
    expect(cost(`query($k: [ID!]! = ["07315000", "07111000"]) { municipalitiesByKeys(keys: $k) { name } }`, {})).toBe(3);
    expect(cost(byKeys, { keys: '07315000' })).toBe(4_463);
    // a malformed value (refused by variable coercion later) is estimated like a plain list
    expect(cost(`query($keys: [ID!]!) { municipalitiesByKeys(keys: $keys) { name } }`, { keys: null })).toBe(11);
    // 100 keys with every field a portal shows stay well within the budget, like the page of 100 (26,602)
    const portal = `query($keys: [ID!]!) { municipalitiesByKeys(keys: $keys) {
      ars name type population
      district { name }
      ortsgemeinden(first: 5) { totalCount edges { node { name } } }
      digitaleDoerfer { status role }
      ikoneDs { role }
      networkFit { level network { name } reasons { code message } }
    } }`;
    expect(cost(portal, { keys: keys(100) })).toBe(26_501);
    expect(check(portal, { keys: keys(100) })).toBeNull();
  });

  test('fragments are expanded: the same cost as written out, once per spread, also on connection types', () => {
    const inline = `{ municipalities(first: 100) { edges { node { name district { name } } } } }`;
    const viaFragments = `{ municipalities(first: 100) { ...Page } }
      fragment Page on MunicipalityConnection { edges { node { ...Unit } } }
      fragment Unit on Municipality { name district { name } }`;
    expect(cost(viaFragments)).toBe(cost(inline));
    const twice = `{ municipality(key: "07315000") { ...Unit } other: municipality(key: "07315000") { ...Unit } } fragment Unit on Municipality { name district { name } }`;
    expect(cost(twice)).toBe(2 * cost(`{ municipality(key: "07315000") { name district { name } } }`));
    expect(measureOperation(parse(twice), undefined, undefined, schema)!.aliases).toBe(1);
    const deep = `{ municipality(key: "07315000") { ...D } } fragment D on Municipality { ${'district { '.repeat(20)}name${' }'.repeat(20)} }`;
    expect(check(deep)!.extensions.code).toBe('QUERY_TOO_DEEP');
    const rootFragment = `{ ...Roots } fragment Roots on Query { ${Array.from({ length: 11 }, (_, i) => `n${i}: networks { id }`).join(' ')} }`;
    expect(check(rootFragment)!.extensions.code).toBe('TOO_MANY_ROOT_FIELDS');
  });

  test('fragments that spread each other twice per level are measured without expanding them', () => {
    const levels = 60;
    const fragments = Array.from({ length: levels }, (_, i) =>
      i === levels - 1
        ? `fragment F${i} on Municipality { name }`
        : `fragment F${i} on Municipality { ...F${i + 1} district { ...F${i + 1} } }`,
    ).join('\n');
    const started = Date.now();
    const error = check(`{ municipality(key: "07315000") { ...F0 } } ${fragments}`);
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(error!.extensions.code).toBe('QUERY_TOO_DEEP');
    expect(measureOperation(parse(`{ municipality(key: "07315000") { ...F0 } } ${fragments}`), undefined, undefined, schema)!.cost).toBe(
      Number.MAX_SAFE_INTEGER,
    );
  });

  test('a fragment cycle does not hang (graphql validation refuses it anyway)', () => {
    const query = `{ municipality(key: "07315000") { ...A } }
      fragment A on Municipality { name district { ...B } }
      fragment B on Municipality { shortName verbandsgemeinde { ...A } ...B }`;
    expect(validate(schema, parse(query)).some((e) => /cannot spread fragment/i.test(e.message))).toBe(true);
    const started = Date.now();
    check(query);
    check('{ ...Self } fragment Self on Query { networks { id } ...Self }');
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  test('an unknown operation name or unknown fields are left to Apollo', () => {
    expect(check('query A { networks { id } }', undefined, limits, 'B')).toBeNull();
    expect(check('{ nothing { here } }')).toBeNull();
  });
});

describe('operationLimitsPlugin in Apollo Server', () => {
  const calls: string[] = [];
  const server = new ApolloServer<BaseContext>({
    schema,
    rootValue: {
      municipalities: () => {
        calls.push('municipalities');
        return { edges: [], totalCount: 0, pageInfo: { hasNextPage: false, hasPreviousPage: false } };
      },
    },
    parseOptions: { maxTokens: limits.maxTokens },
    plugins: [operationLimitsPlugin(limits)],
  });
  const contextValue = { requestId: 'limits-test' } as BaseContext;
  beforeAll(() => server.start());
  afterAll(() => server.stop());

  test('an operation over a limit is answered with 400 and its code, without running a resolver', async () => {
    const response = await server.executeOperation({ query: NESTED_PAGES }, { contextValue });
    expect(response.http.status).toBe(400);
    assert(response.body.kind === 'single');
    expect(response.body.singleResult.errors?.[0].extensions).toEqual({ code: 'QUERY_TOO_COMPLEX', limit: 50_000, actual: 1_120_302 });
    expect(calls).toEqual([]);
  });

  test('a document over maxTokens is a parse failure (400)', async () => {
    const query = `{ ${Array.from({ length: 700 }, (_, i) => `a${i}: networks { id }`).join(' ')} }`;
    const response = await server.executeOperation({ query }, { contextValue });
    expect(response.http.status).toBe(400);
    assert(response.body.kind === 'single');
    expect(response.body.singleResult.errors?.[0].extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  test('an operation within the limits runs', async () => {
    const response = await server.executeOperation(
      { query: 'query($n: Int) { municipalities(first: $n) { totalCount } }', variables: { n: 100 } },
      { contextValue },
    );
    assert(response.body.kind === 'single');
    expect(response.body.singleResult.errors).toBeUndefined();
    expect(calls).toEqual(['municipalities']);
  });
});

function assert(condition: boolean): asserts condition {
  if (!condition) throw new Error('assertion failed');
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('memory rate limiter', () => {
  test('counts per key and window, with remaining and retryAfter', async () => {
    let now = 1_000_000; // the start of a 10 s window
    const limiter = createMemoryRateLimiter({ max: 3, windowMs: 10_000, now: () => now });
    expect(await limiter.hit('ip:a')).toEqual({ allowed: true, limit: 3, remaining: 2, retryAfterSeconds: 0 });
    expect((await limiter.hit('ip:a')).remaining).toBe(1);
    expect((await limiter.hit('ip:b')).remaining).toBe(2);
    expect(await limiter.hit('ip:a')).toEqual({ allowed: true, limit: 3, remaining: 0, retryAfterSeconds: 0 });
    expect(await limiter.hit('ip:a')).toEqual({ allowed: false, limit: 3, remaining: 0, retryAfterSeconds: 10 });
    now += 4_500;
    expect(await limiter.hit('ip:a')).toMatchObject({ allowed: false, retryAfterSeconds: 6 });
    now += 5_499;
    expect(await limiter.hit('ip:a')).toMatchObject({ allowed: false, retryAfterSeconds: 1 });
    now += 1; // next window
    expect(await limiter.hit('ip:a')).toEqual({ allowed: true, limit: 3, remaining: 2, retryAfterSeconds: 0 });
    await limiter.close();
  });

  test('a short window rolls over in real time', async () => {
    const windowMs = 200;
    const limiter = createMemoryRateLimiter({ max: 2, windowMs });
    await sleep(windowMs - (Date.now() % windowMs) + 5); // start just after a window boundary
    expect((await limiter.hit('k')).allowed).toBe(true);
    expect((await limiter.hit('k')).allowed).toBe(true);
    const refused = await limiter.hit('k');
    expect(refused).toMatchObject({ allowed: false, remaining: 0, retryAfterSeconds: 1 });
    await sleep(windowMs);
    expect(await limiter.hit('k')).toMatchObject({ allowed: true, remaining: 1 });
    await limiter.close();
  });

  test('memory is bounded: at most maxKeys keys, the oldest is forgotten', async () => {
    const limiter = createMemoryRateLimiter({ max: 5, windowMs: 60_000, maxKeys: 2, now: () => 0 });
    await limiter.hit('a');
    await limiter.hit('a');
    await limiter.hit('b');
    await limiter.hit('c'); // forgets a
    expect((await limiter.hit('b')).remaining).toBe(3);
    expect((await limiter.hit('a')).remaining).toBe(4);
  });

  test('refuses nonsense settings', () => {
    expect(() => createMemoryRateLimiter({ max: 0, windowMs: 1000 })).toThrow(RangeError);
    expect(() => createMemoryRateLimiter({ max: 10, windowMs: 0.5 })).toThrow(RangeError);
  });
});

describe('rate limit helpers', () => {
  test('headers: limit and remaining; Retry-After only when refused; none when degraded', () => {
    expect(rateLimitHeaders({ allowed: true, limit: 60, remaining: 59, retryAfterSeconds: 0 })).toEqual({
      'ratelimit-limit': '60',
      'ratelimit-remaining': '59',
    });
    expect(rateLimitHeaders({ allowed: false, limit: 60, remaining: 0, retryAfterSeconds: 12 })).toEqual({
      'ratelimit-limit': '60',
      'ratelimit-remaining': '0',
      'retry-after': '12',
    });
    expect(rateLimitHeaders({ allowed: true, limit: 60, remaining: 60, retryAfterSeconds: 0, degraded: true })).toEqual({});
  });

  test('address keys: IPv4 as is, IPv4-mapped IPv6 as IPv4, IPv6 by its /64', () => {
    expect(ipRateLimitKey('203.0.113.7')).toBe('ip:203.0.113.7');
    expect(ipRateLimitKey('::ffff:203.0.113.7')).toBe('ip:203.0.113.7');
    expect(ipRateLimitKey('2001:db8:1:2:3:4:5:6')).toBe('ip:2001:db8:1:2::/64');
    expect(ipRateLimitKey('2001:DB8:1:2::99')).toBe('ip:2001:db8:1:2::/64');
    expect(ipRateLimitKey('2001:db8::1')).toBe('ip:2001:db8:0:0::/64');
    expect(ipRateLimitKey('::1')).toBe('ip:0:0:0:0::/64');
    expect(ipRateLimitKey('fe80::1%eth0')).toBe('ip:fe80:0:0:0::/64');
    expect(ipRateLimitKey(undefined)).toBe('ip:unknown');
    expect(ipRateLimitKey('not an address')).toBe('ip:unknown');
  });
});

describe('Redis rate limiter', () => {
  const url = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
  const prefix = `kommunalnetz-test:ratelimit:${randomUUID()}`;
  const admin = createClient({ url });
  const limiters: RateLimiter[] = [];
  async function limiter(options: { max: number; windowMs: number; now?: () => number }): Promise<RateLimiter> {
    const created = await createRedisRateLimiter({
      ...options,
      url,
      prefix,
      onError: (e) => console.warn('redis error in test:', e.message),
    });
    limiters.push(created);
    return created;
  }

  beforeAll(async () => {
    await admin.connect();
  });
  afterAll(async () => {
    await Promise.all(limiters.map((l) => l.close()));
    const keys: string[] = [];
    for await (const batch of admin.scanIterator({ MATCH: `${prefix}:*`, COUNT: 100 })) keys.push(...batch);
    if (keys.length > 0) await admin.del(keys);
    admin.destroy();
  });

  test('two instances with the same prefix share the counts; keys are prefix:key:window with an expiry', async () => {
    const now = () => 1_700_000_080_000; // 40 s into a minute window
    const windowMs = 60_000;
    const a = await limiter({ max: 5, windowMs, now });
    const b = await limiter({ max: 5, windowMs, now });
    expect(await a.hit('apikey:k1')).toEqual({ allowed: true, limit: 5, remaining: 4, retryAfterSeconds: 0 });
    await a.hit('apikey:k1');
    await b.hit('apikey:k1');
    expect((await b.hit('apikey:k1')).remaining).toBe(1);
    expect((await a.hit('apikey:k1')).remaining).toBe(0);
    expect(await b.hit('apikey:k1')).toEqual({ allowed: false, limit: 5, remaining: 0, retryAfterSeconds: 20 });
    expect((await a.hit('apikey:k2')).remaining).toBe(4);

    const key = `${prefix}:apikey:k1:${Math.floor(now() / windowMs)}`;
    expect(await admin.get(key)).toBe('6');
    const ttl = await admin.pTTL(key);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(windowMs);
  });

  test('a new window starts a new count', async () => {
    let now = 1_700_000_100_000;
    const l = await limiter({ max: 1, windowMs: 1_000, now: () => now });
    expect((await l.hit('ip:203.0.113.9')).allowed).toBe(true);
    expect((await l.hit('ip:203.0.113.9')).allowed).toBe(false);
    now += 1_000;
    expect((await l.hit('ip:203.0.113.9')).allowed).toBe(true);
  });

  test('concurrent hits from two instances are counted atomically', async () => {
    const now = () => 1_700_000_200_000;
    const a = await limiter({ max: 10, windowMs: 60_000, now });
    const b = await limiter({ max: 10, windowMs: 60_000, now });
    const decisions = await Promise.all(Array.from({ length: 30 }, (_, i) => (i % 2 ? a : b).hit('apikey:burst')));
    expect(decisions.filter((d) => d.allowed)).toHaveLength(10);
    expect(decisions.every((d) => !d.degraded)).toBe(true);
  });

  test('fails open, quickly and marked degraded, when Redis cannot be reached', async () => {
    const errors: Error[] = [];
    const started = Date.now();
    const l = await createRedisRateLimiter({
      max: 1,
      windowMs: 60_000,
      url: 'redis://127.0.0.1:1',
      connectTimeoutMs: 300,
      maxReconnectDelayMs: 50,
      onError: (e) => errors.push(e),
    });
    expect(Date.now() - started).toBeLessThan(2_000);
    const first = await l.hit('apikey:k1');
    const second = await l.hit('apikey:k1');
    expect(first).toEqual({ allowed: true, limit: 1, remaining: 1, retryAfterSeconds: 0, degraded: true });
    expect(second.allowed).toBe(true);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.map((e) => e.message).join('\n')).not.toContain('apikey:k1');
    await l.close();
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  test('fails open after hitTimeoutMs when Redis is connected but stops answering', async () => {
    // A stand-in that completes the client's handshake (+OK to each command) and never answers EVAL.
    const sockets = new Set<net.Socket>();
    const silent = net.createServer((socket) => {
      sockets.add(socket);
      socket.on('error', () => undefined);
      socket.on('data', (data) => {
        const text = data.toString();
        if (!text.includes('EVAL')) socket.write('+OK\r\n'.repeat((text.match(/(^|\r\n)\*\d+\r\n/g) ?? []).length));
      });
    });
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const port = (silent.address() as net.AddressInfo).port;
    try {
      const l = await createRedisRateLimiter({ max: 1, windowMs: 60_000, url: `redis://127.0.0.1:${port}`, hitTimeoutMs: 150 });
      const started = Date.now();
      expect(await l.hit('ip:198.51.100.1')).toMatchObject({ allowed: true, degraded: true });
      const waited = Date.now() - started;
      expect(waited).toBeGreaterThanOrEqual(140);
      expect(waited).toBeLessThan(1_000);
      await l.close();
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => silent.close(resolve));
    }
  });
});
