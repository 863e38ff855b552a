// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// Bad input gets a GraphQL error with a code and a message for people, never a crash or internals.
import { postGraphQL, startTestHub, TestHub } from '../../testing/hub';

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(async () => {
  await hub?.close();
});

function expectClean(errors: any[] | undefined, code: string) {
  expect(errors).toBeDefined();
  expect(errors![0].extensions?.code).toBe(code);
  const text = JSON.stringify(errors);
  for (const leak of ['stacktrace', 'registry', 'ikone-ds', '127.0.0.1', 'serviceName', 'QueryFailedError', '.ts:']) {
    expect(text).not.toContain(leak);
  }
  expect(text).not.toMatch(/\bat \S+ \(/); // a stack frame
}

test.each([
  ['too short', '0731500'],
  ['between AGS and ARS length', '0731500000'],
  ['too long', '0731500000000'],
  ['letters', '07315abc'],
  ['empty', ''],
  ['SQL', "07315000' OR '1'='1"],
])('a malformed key (%s) is BAD_USER_INPUT', async (_label, key) => {
  const { data, errors } = await hub.query(`query($key: ID!) { municipality(key: $key) { name } }`, { key });
  expectClean(errors, 'BAD_USER_INPUT');
  expect(errors![0].message).toContain('12-digit ARS');
  expect(data?.municipality ?? null).toBeNull();
});

test.each([
  ['negative', -1],
  ['huge', 1_000_000],
])('a %s page size is BAD_USER_INPUT', async (_label, first) => {
  const { errors } = await hub.query(`query($first: Int) { municipalities(first: $first) { totalCount } }`, { first });
  expectClean(errors, 'BAD_USER_INPUT');
});

test('page sizes out of range in nested lists and the adapter are refused too', async () => {
  const nested = await hub.query(`{ municipality(key: "073335003000") { ortsgemeinden(first: 101) { totalCount } } }`);
  expectClean(nested.errors, 'BAD_USER_INPUT');
  const adapter = await hub.query(`{ ikoneDsMembers(first: -5) { totalCount } }`);
  expectClean(adapter.errors, 'BAD_USER_INPUT');
});

test.each(['not-a-cursor', 'b2Zmc2V0Oi0x', Buffer.from('offset:12abc').toString('base64url'), ''])(
  'a malformed cursor (%s) is BAD_USER_INPUT',
  async (after) => {
    const { errors } = await hub.query(`query($after: String) { municipalities(after: $after) { totalCount } }`, { after });
    expectClean(errors, 'BAD_USER_INPUT');
  },
);

test('an unknown enum value is refused with a code, as a literal and as a variable', async () => {
  const literal = await hub.query(`{ municipalities(filter: { types: [DORF] }) { totalCount } }`);
  expectClean(literal.errors, 'GRAPHQL_VALIDATION_FAILED');
  const variable = await hub.query(`query($t: [MunicipalityType!]) { municipalities(filter: { types: $t }) { totalCount } }`, {
    t: ['DORF'],
  });
  expectClean(variable.errors, 'BAD_USER_INPUT');
});

test('bad filter values are BAD_USER_INPUT', async () => {
  for (const filter of [
    '{ minPopulation: -5 }',
    '{ districtArs: "0733" }',
    '{ verbandsgemeindeArs: "abc" }',
    '{ name: "%%" }',
    `{ name: "${'x'.repeat(101)}" }`,
  ]) {
    const { errors } = await hub.query(`{ municipalities(filter: ${filter}) { totalCount } }`);
    expectClean(errors, 'BAD_USER_INPUT');
  }
});

test('SQL metacharacters in the name search are plain text', async () => {
  const { data, errors } = await hub.query(`query($name: String) { municipalities(filter: { name: $name }) { totalCount } }`, {
    name: "x'; DROP TABLE registry.municipality; --",
  });
  expect(errors).toBeUndefined();
  expect(data.municipalities.totalCount).toBe(0);
  const still = await hub.query(`{ municipalities { totalCount } }`);
  expect(still.data.municipalities.totalCount).toBe(2453);
});

test('a recommendation with an impossible population is BAD_USER_INPUT', async () => {
  const { errors } = await hub.query(`{ recommendNetworks(profile: { type: ORTSGEMEINDE, population: -3 }) { level } }`);
  expectClean(errors, 'BAD_USER_INPUT');
});

test('syntax errors and unknown fields get codes', async () => {
  expectClean((await hub.query(`{ municipality(key: "07315000") { name `)).errors, 'GRAPHQL_PARSE_FAILED');
  expectClean((await hub.query(`{ municipality(key: "07315000") { secretField } }`)).errors, 'GRAPHQL_VALIDATION_FAILED');
});

test('a body over the limit is refused with PAYLOAD_TOO_LARGE before it is parsed', async () => {
  const response = await postGraphQL(hub.gatewayUrl, { query: `{ networks { id } }`, padding: 'x'.repeat(200_000) });
  expect(response.status).toBe(413);
  expectClean(response.errors, 'PAYLOAD_TOO_LARGE');
});

test('a body that is not JSON is refused with a code', async () => {
  const response = await postGraphQL(hub.gatewayUrl, '{"query": ');
  expect(response.status).toBe(400);
  expectClean(response.errors, 'BAD_REQUEST');
});

test('unknown paths are 404 with a hint', async () => {
  const response = await fetch(new URL('/nothing', hub.gatewayUrl));
  expect(response.status).toBe(404);
  expect(await response.text()).toContain('/graphql');
});
