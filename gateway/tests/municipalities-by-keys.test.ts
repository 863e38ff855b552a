// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// Many keys in one request: municipalitiesByKeys answers up to 100 ARS or AGS in the order asked,
// with one SQL statement for the municipalities and the relations batched as for a page.
import { sqlStatementCount } from '../../common/postgres';
import { startTestHub, TestHub } from '../../testing/hub';
import { MAX_KEYS_PER_LOOKUP } from '../../services/registry/modules/directory/municipality-keys';

let hub: TestHub;
/** The first 100 Verbandsgemeinden (ARS only) and Ortsgemeinden (with an AGS) of the directory, as for a page in batching.test.ts. */
let units: { ars: string; ags: string | null; name: string }[];

beforeAll(async () => {
  hub = await startTestHub();
  const { data } = await hub.query(
    `{ municipalities(first: 100, filter: { types: [ORTSGEMEINDE, VERBANDSGEMEINDE] }) { edges { node { ars ags name } } } }`,
  );
  units = data.municipalities.edges.map((e: { node: { ars: string; ags: string | null; name: string } }) => e.node);
});
afterAll(async () => {
  await hub?.close();
});

/** Statements per schema since the process started, summed. */
const statements = (schema?: string) =>
  schema ? (sqlStatementCount[schema] ?? 0) : Object.values(sqlStatementCount).reduce((a, b) => a + b, 0);

/** A fresh answer (never from the gateway's response cache) and the SQL statements it took, per schema. */
async function measured(query: string, variables: Record<string, unknown>) {
  const before = { registry: statements('registry'), ikone_ds: statements('ikone_ds'), all: statements() };
  const response = await hub.query(query, variables, { 'cache-control': 'no-cache' });
  return {
    response,
    registry: statements('registry') - before.registry,
    ikoneDs: statements('ikone_ds') - before.ikone_ds,
    all: statements() - before.all,
  };
}

/** Each unit by its AGS where it has one, else by its ARS: both kinds in one request. */
const mixedKeys = () => units.map((u, i) => (u.ags && i % 2 === 0 ? u.ags : u.ars));

const FULL = `query($keys: [ID!]!) { municipalitiesByKeys(keys: $keys) {
  id ars name type population sizeClass
  district { id name }
  verbandsgemeinde { id name digitaleDoerfer { id status } }
  digitaleDoerfer { id status role }
  ikoneDs { id role }
  networkFit { network { id } level reasons { code } }
} }`;

test('the shipped data gives 100 units with and without an AGS', () => {
  expect(units).toHaveLength(100);
  expect(units.some((u) => u.ags === null)).toBe(true);
  expect(units.filter((u) => u.ags !== null).length).toBeGreaterThan(50);
});

test('100 keys, ARS and AGS mixed, come back in the order asked, with one SQL statement for the municipalities', async () => {
  const keys = mixedKeys().reverse();
  const { response, registry, ikoneDs } = await measured(`query($keys: [ID!]!) { municipalitiesByKeys(keys: $keys) { id ars name } }`, {
    keys,
  });
  expect(response.errors).toBeUndefined();
  expect(response.data.municipalitiesByKeys).toEqual([...units].reverse().map((u) => ({ id: u.ars, ars: u.ars, name: u.name })));
  expect(registry).toBe(1);
  expect(ikoneDs).toBe(0);
});

test('unknown but well-formed keys are null in their place; duplicates are answered each time; spaces are forgiven', async () => {
  const [a, b] = units.filter((u) => u.ags !== null);
  const keys = [a.ags!, '07999999', a.ars, '079999999999', `${b.ars.slice(0, 5)} ${b.ars.slice(5)}`, a.ags!];
  const { response, registry } = await measured(`query($keys: [ID!]!) { municipalitiesByKeys(keys: $keys) { id name } }`, { keys });
  expect(response.errors).toBeUndefined();
  expect(response.data.municipalitiesByKeys).toEqual([
    { id: a.ars, name: a.name },
    null,
    { id: a.ars, name: a.name },
    null,
    { id: b.ars, name: b.name },
    { id: a.ars, name: a.name },
  ]);
  expect(registry).toBe(1);
});

test('an empty list is an empty answer, without SQL', async () => {
  const { response, all } = await measured(`query($keys: [ID!]!) { municipalitiesByKeys(keys: $keys) { id } }`, { keys: [] });
  expect(response.data).toEqual({ municipalitiesByKeys: [] });
  expect(all).toBe(0);
});

test('with every relation, 100 keys cost the same SQL statements as 10 (batched as for a page)', async () => {
  await measured(FULL, { keys: mixedKeys().slice(0, 5) }); // warm-up: connection set-up is not part of the comparison
  const ten = await measured(FULL, { keys: mixedKeys().slice(0, 10) });
  const hundred = await measured(FULL, { keys: mixedKeys() });
  expect(ten.response.errors).toBeUndefined();
  expect(hundred.response.errors).toBeUndefined();
  expect(hundred.response.data.municipalitiesByKeys).toHaveLength(100);
  expect(hundred.response.data.municipalitiesByKeys.every((m: { networkFit: unknown[] }) => m.networkFit.length === 2)).toBe(true);
  expect({ registry: hundred.registry, ikoneDs: hundred.ikoneDs }).toEqual({ registry: ten.registry, ikoneDs: ten.ikoneDs });
  // one statement for the units with their Landkreise, Verbandsgemeinden and the current Digitale Dörfer
  // record of each (services/registry/modules/directory/loaders.ts; none of these units is a member, so no
  // role terms are asked for); IKONE-DS once
  expect(hundred.registry).toBe(1);
  expect(hundred.ikoneDs).toBe(1);
});

test('the answer equals municipality(key:) for each key', async () => {
  const keys = mixedKeys().slice(0, 8);
  const { data } = await hub.query(FULL, { keys });
  for (const [i, key] of keys.entries()) {
    const single = await hub.query(
      FULL.replace('query($keys: [ID!]!) { municipalitiesByKeys(keys: $keys)', 'query($key: ID!) { municipality(key: $key)'),
      {
        key,
      },
    );
    expect(data.municipalitiesByKeys[i]).toEqual(single.data.municipality);
  }
});

test(`${MAX_KEYS_PER_LOOKUP} keys are allowed; one more is BAD_USER_INPUT naming the argument and the limit`, async () => {
  expect(MAX_KEYS_PER_LOOKUP).toBe(100);
  const query = `query($keys: [ID!]!) { municipalitiesByKeys(keys: $keys) { id } }`;
  const ok = await hub.query(query, { keys: mixedKeys() });
  expect(ok.errors).toBeUndefined();
  const tooMany = await hub.query(query, { keys: [...mixedKeys(), units[0].ars] });
  expect(tooMany.status).toBe(200);
  expect(tooMany.data).toBeNull();
  expect(tooMany.errors).toHaveLength(1);
  expect(tooMany.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'keys', limit: 100, actual: 101 });
  expect(tooMany.errors![0].message).toBe('keys may hold at most 100 keys, not 101; send the rest in another request.');
});

test('a malformed key is BAD_USER_INPUT naming which one, with the message of municipality(key:)', async () => {
  const single = await hub.query(`{ municipality(key: "0731500") { id } }`);
  const { data, errors } = await hub.query(`query($keys: [ID!]!) { municipalitiesByKeys(keys: $keys) { id } }`, {
    keys: ['07315000', '073150000000', '0731500', 'Mainz'],
  });
  expect(data).toBeNull();
  expect(errors).toHaveLength(1);
  expect(errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'keys[2]' });
  expect(errors![0].message).toBe(single.errors![0].message);
  expect(errors![0].path).toEqual(['municipalitiesByKeys']);
  // as a literal list too
  const literal = await hub.query(`{ municipalitiesByKeys(keys: ["07315000", "x"]) { id } }`);
  expect(literal.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'keys[1]' });
});

test('a single key without brackets is a list of one (GraphQL input coercion)', async () => {
  const { data, errors } = await hub.query(`query($keys: [ID!]!) { municipalitiesByKeys(keys: $keys) { id } }`, { keys: '07315000' });
  expect(errors).toBeUndefined();
  expect(data.municipalitiesByKeys).toEqual([{ id: '073150000000' }]);
});

test('the cost limit counts the keys as it counts first: 100 keys with a costly selection are refused like a page of 100', async () => {
  // 4,462 per unit: 100 of them are over the budget of 50,000, 10 are within it
  const selection = `ortsgemeinden(first: 20) { edges { node { name networkFit { level reasons { code message } } } } }`;
  const byKeys = await hub.query(`query($keys: [ID!]!) { municipalitiesByKeys(keys: $keys) { ${selection} } }`, { keys: mixedKeys() });
  const page = await hub.query(`{ municipalities(first: 100) { edges { node { ${selection} } } } }`);
  for (const refused of [byKeys, page]) {
    expect(refused.status).toBe(400);
    expect(refused.errors![0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 50_000 });
    expect(refused.errors![0].extensions!.actual).toBeGreaterThan(446_000);
  }
  // ten keys with the same selection are within the budget, as a page of ten is
  const ten = await hub.query(`query($keys: [ID!]!) { municipalitiesByKeys(keys: $keys) { ${selection} } }`, {
    keys: mixedKeys().slice(0, 10),
  });
  const pageOfTen = await hub.query(`{ municipalities(first: 10) { edges { node { ${selection} } } } }`);
  expect([ten.errors, pageOfTen.errors]).toEqual([undefined, undefined]);
});
