// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// The shipped operations are normalisable: Apollo Client 4 with a normalised InMemoryCache and
// keyFields for every entity type runs each of them against a real hub (HTTP through the gateway),
// without a single cache warning, and keeps one cache entry per entity: the same town looked up
// by AGS and by ARS is one entry. The cache keys are those PARTNERS.md lists for client caches.
import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, getOperationAST, GraphQLAbstractType, isInterfaceType, isObjectType, isUnionType } from 'graphql';
import type { ApolloClient, InMemoryCache, TypePolicies } from '@apollo/client';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import * as operations from '../../client/generated/graphql';
import { projectRoot } from '../../common/config';
import { startTestHub, TestHub } from '../../testing/hub';

const schema = buildSchema(fs.readFileSync(path.join(projectRoot, 'schema/api.graphql'), 'utf8'));

/** Entity types and their cache keys (PARTNERS.md, "Cache keys"): every one is keyed by its id. */
const ENTITY_KEYS: Record<string, string[]> = {
  Municipality: ['id'], // = ars; ['ars'] works as well (run below too)
  Network: ['id'],
  DigitaleDoerferMembership: ['id'],
  DigitaleDoerferRoleTerm: ['id'],
  IkoneDsMembership: ['id'],
  Meeting: ['id'],
  Topic: ['id'],
  ExperienceReport: ['id'],
  ApiKey: ['id'],
  AuditEvent: ['id'],
  FeedSnapshot: ['id'],
};

/**
 * Value types: no identity of their own, stored inside the entity or the root field that holds them
 * (keyFields: false). The report types are one value per set of arguments that several shipped
 * operations ask with different fields (Mitgliederbericht and MembershipReport): merge: true keeps both.
 */
const VALUE_TYPES: Record<string, { merge?: true }> = {
  // reports and their parts
  MembershipReport: { merge: true },
  CoverageReport: { merge: true },
  CoverageRow: {},
  ReportRow: {},
  ReportedSize: {},
  OutreachConnection: { merge: true },
  // network fit (a value per municipality and network; see Municipality.networkFit below)
  NetworkFit: {},
  FitReason: {},
  ExperienceMatch: {},
  // the caller's own role (query viewer): a value, not an entity
  Viewer: {},
  // connections, edges, page information
  PageInfo: {},
  MunicipalityConnection: {},
  MunicipalityEdge: {},
  DigitaleDoerferMembershipConnection: {},
  DigitaleDoerferMembershipEdge: {},
  IkoneDsMembershipConnection: {},
  IkoneDsMembershipEdge: {},
  MeetingConnection: {},
  MeetingEdge: {},
  ExperienceReportConnection: {},
  ExperienceReportEdge: {},
  AuditEventConnection: {},
  AuditEventEdge: {},
  // parts of one entity: a membership's contact person, the feed's status and records
  ContactPerson: { merge: true },
  IkoneDsFeedStatus: { merge: true },
  IkoneDsFeedError: {},
  UnlinkedFeedRecord: {},
  // results of mutations
  ApplicationResult: {},
  CreatedApiKey: {},
  ErasureResult: {},
  RegistryExportFile: {},
  MembershipImportReport: {},
  ImportRowResult: {},
};

/**
 * Municipality.networkFit is a list of values, one per network. Operations that ask it with
 * different fields (MunicipalityFit: reasons, howToJoin; MunicipalityByKeys: level) would replace
 * each other's; merging the items by network keeps both (PARTNERS.md).
 */
const networkFitPolicy = {
  merge(existing: unknown[] | undefined, incoming: unknown[], { readField, mergeObjects }: MergeHelpers) {
    if (!existing) return incoming;
    const networkOf = (fit: unknown) => readField('id', readField('network', fit as object) as object);
    return incoming.map((fit) => {
      const before = existing.find((e) => networkOf(e) === networkOf(fit));
      return before ? mergeObjects(before as object, fit as object) : fit;
    });
  },
};
interface MergeHelpers {
  readField: (field: string, from: object) => unknown;
  mergeObjects: (a: object, b: object) => unknown;
}

function typePolicies(municipalityKey: 'id' | 'ars'): TypePolicies {
  const policies: TypePolicies = {};
  for (const [type, keyFields] of Object.entries(ENTITY_KEYS)) policies[type] = { keyFields };
  for (const [type, policy] of Object.entries(VALUE_TYPES)) policies[type] = { keyFields: false, ...policy };
  policies.Municipality = { keyFields: [municipalityKey], fields: { networkFit: networkFitPolicy as never } };
  return policies;
}

type Document = TypedDocumentNode<Record<string, unknown>, Record<string, unknown>>;
const documents = Object.fromEntries(
  Object.entries(operations)
    .filter(([name]) => name.endsWith('Document'))
    .map(([, document]) => [getOperationAST(document as Document)!.name!.value, document as Document]),
);

/** Every shipped operation, some more than once; Mainz by AGS and by ARS. */
const RUNS: [string, Record<string, unknown>][] = [
  ['MunicipalityFit', { key: '07315000' }],
  ['MunicipalityFit', { key: '073150000000' }],
  ['MunicipalityFit', { key: '07333026' }], // Göllheim (Ortsgemeinde), its Verbandsgemeinde a member
  ['MunicipalityFit', { key: '07141068' }], // Katzenelnbogen, an IKONE-DS member
  ['MunicipalityByKeys', { keys: ['07 315 000', '073335003000', '07141068', '07333026', '07999999', '07315000'] }],
  ['SearchMunicipalities', { name: 'Göllheim', first: 10 }],
  ['NetworkMembers', {}],
  ['RecommendNetworks', { profile: { type: 'ORTSGEMEINDE', population: 900 } }],
  ['Coverage', { network: 'IKONE_DS' }],
  ['MembershipReport', { network: 'DIGITALE_DOERFER_RLP', groupBy: 'YEAR_JOINED' }],
  ['MembershipReport', { network: 'IKONE_DS', groupBy: 'YEAR_JOINED' }],
  ['Mitgliederbericht', {}],
  ['Outreach', { first: 20 }],
];

let hub: TestHub;
let apollo: typeof import('@apollo/client');

beforeAll(async () => {
  // Apollo Client checks the cache and warns only in development mode; it reads the flag when it loads.
  (globalThis as { __DEV__?: boolean }).__DEV__ = true;
  apollo = await import('@apollo/client');
  const dev = await import('@apollo/client/dev');
  dev.loadDevMessages();
  dev.loadErrorMessages();
  hub = await startTestHub({ env: { RATE_LIMIT_MAX: '100000' } });
});
afterAll(async () => {
  await hub?.close();
});

let warnings: unknown[][];
beforeEach(() => {
  warnings = [];
  for (const method of ['warn', 'error', 'log', 'debug'] as const) {
    jest.spyOn(console, method).mockImplementation((...args: unknown[]) => void warnings.push([method, ...args]));
  }
});
afterEach(() => {
  jest.restoreAllMocks();
});

/**
 * The object types behind each interface (MemberFigures: MembershipReport, CoverageReport), from the
 * schema: the cache needs them to match a fragment on an interface (MemberFiguresFields).
 */
const possibleTypes = Object.fromEntries(
  Object.values(schema.getTypeMap())
    .filter((t) => isInterfaceType(t) || isUnionType(t))
    .map((t) => [t.name, schema.getPossibleTypes(t as GraphQLAbstractType).map((p) => p.name)]),
);

function newClient(municipalityKey: 'id' | 'ars'): ApolloClient {
  return new apollo.ApolloClient({
    link: new apollo.HttpLink({ uri: hub.gatewayUrl, fetch }),
    cache: new apollo.InMemoryCache({ typePolicies: typePolicies(municipalityKey), possibleTypes }),
  });
}

test('every object type of the API is classified: an entity with its key fields, or a value type', () => {
  const types = Object.values(schema.getTypeMap()).filter(
    (t) => isObjectType(t) && !t.name.startsWith('__') && !['Query', 'Mutation'].includes(t.name),
  );
  const unclassified = types.map((t) => t.name).filter((name) => !(name in ENTITY_KEYS) && !(name in VALUE_TYPES));
  expect(unclassified).toEqual([]);
  for (const [name, keys] of Object.entries(ENTITY_KEYS)) {
    const type = schema.getType(name);
    expect(isObjectType(type)).toBe(true);
    // a key is never null
    for (const key of keys) expect(String(isObjectType(type) && type.getFields()[key].type)).toMatch(/!$/);
  }
  // no value type has an id: an id is a promise of identity
  for (const name of Object.keys(VALUE_TYPES)) {
    const type = schema.getType(name);
    expect(isObjectType(type) && 'id' in type.getFields() ? name : null).toBeNull();
  }
});

test('the possible types of the interfaces are known (PARTNERS.md names them)', () => {
  expect(possibleTypes).toEqual({ MemberFigures: ['MembershipReport', 'CoverageReport'] });
});

test('every shipped operation is run here', () => {
  expect(new Set(RUNS.map(([name]) => name))).toEqual(new Set(Object.keys(documents)));
});

// Apollo Client gives each kind of "Cache data may be lost" warning once per process: the 'id' run
// (the documented keys) comes first, so it sees every one; the 'ars' run shows that key works too.
describe.each(['id', 'ars'] as const)('Municipality keyed by %s', (municipalityKey) => {
  let client: ApolloClient;
  let cache: InMemoryCache;
  const results = new Map<number, unknown>();

  beforeAll(() => {
    client = newClient(municipalityKey);
    cache = client.cache as InMemoryCache;
  });
  afterAll(() => {
    client?.stop();
  });

  test('every shipped operation runs, forwards, backwards and forwards again, and is written without a cache warning', async () => {
    // forwards, backwards and forwards again: each pair of operations is written in both orders
    const order = [...RUNS.keys(), ...[...RUNS.keys()].reverse(), ...RUNS.keys()];
    for (const i of order) {
      const [name, variables] = RUNS[i];
      const { data } = await client.query({ query: documents[name], variables, fetchPolicy: 'network-only' });
      expect(data).toBeTruthy();
      results.set(i, data);
      // what was just written reads back complete
      expect(cache.readQuery({ query: documents[name], variables })).toEqual(data);
    }
    expect(warnings).toEqual([]);
  });

  test('afterwards every operation still reads back complete from the cache: no operation took another one’s fields', () => {
    for (const [i, [name, variables]] of RUNS.entries()) {
      expect([name, cache.readQuery({ query: documents[name], variables })]).toEqual([name, results.get(i)]);
    }
    expect(warnings).toEqual([]);
  });

  test('the same town by AGS and by ARS is one cache entry', () => {
    const mainz = cache.identify({ __typename: 'Municipality', id: '073150000000', ars: '073150000000' })!;
    expect(mainz).toBe(`Municipality:{"${municipalityKey}":"073150000000"}`);
    const store = cache.extract() as Record<string, Record<string, unknown>>;
    const root = store.ROOT_QUERY;
    const refs = ['{"key":"07315000"}', '{"key":"073150000000"}'].map((args) => root[`municipality(${args})`]);
    expect(refs).toEqual([{ __ref: mainz }, { __ref: mainz }]);
    // the list look-up points at the same entries, in the order asked, null for the unknown key
    const byKeys = Object.entries(root).find(([field]) => field.startsWith('municipalitiesByKeys('))![1] as ({ __ref: string } | null)[];
    const units = (
      results.get(RUNS.findIndex(([name]) => name === 'MunicipalityByKeys')) as { municipalitiesByKeys: ({ ars: string } | null)[] }
    ).municipalitiesByKeys;
    expect(units.map((m) => m?.ars ?? null)).toEqual([
      '073150000000',
      '073335003000',
      expect.any(String),
      '073335003026',
      null,
      '073150000000',
    ]);
    expect(byKeys.map((ref) => ref?.__ref ?? null)).toEqual(
      units.map((m) => m && cache.identify({ __typename: 'Municipality', id: m.ars, ars: m.ars })),
    );
    expect(byKeys[0]!.__ref).toBe(mainz);
    // Katzenelnbogen by AGS in MunicipalityFit and in the list: one entry
    expect(root['municipality({"key":"07141068"})']).toEqual(byKeys[2]);
    const entries = Object.entries(store).filter(([, value]) => value.__typename === 'Municipality' && value.ars === '073150000000');
    expect(entries.map(([id]) => id)).toEqual([mainz]);
  });

  test('entities are stored once each, never embedded in another object', () => {
    const store = cache.extract() as Record<string, unknown>;
    const embedded: string[] = [];
    const visit = (value: unknown, where: string, top: boolean) => {
      if (Array.isArray(value)) return value.forEach((item, i) => visit(item, `${where}[${i}]`, false));
      if (value === null || typeof value !== 'object') return;
      const typename = (value as { __typename?: string }).__typename;
      if (!top && typename && typename in ENTITY_KEYS) embedded.push(`${typename} in ${where}`);
      for (const [field, child] of Object.entries(value)) visit(child, `${where}.${field}`, false);
    };
    for (const [id, entry] of Object.entries(store)) visit(entry, id, true);
    expect(embedded).toEqual([]);
    const typenames = new Set(Object.values(store).map((entry) => (entry as { __typename?: string }).__typename));
    for (const entity of ['Municipality', 'Network', 'DigitaleDoerferMembership', 'IkoneDsMembership']) expect(typenames).toContain(entity);
  });
});
