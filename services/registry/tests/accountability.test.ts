// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// Accountability and the fence around personal data, through the gateway: API key creation and
// revocation in the audit trail (never the secret), key names of printable text only, the contact
// person's function (a role title, for partners only), and the version every change must carry.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, GraphQLNonNull } from 'graphql';
import { parseApiKey } from '../../../common/auth/api-key-check';
import { createCallerKeys, startTestHub, TestCaller, TestHub, withKey, hubSql } from '../../../testing/hub';

let hub: TestHub;
let keys: Record<TestCaller, string>;
const as = withKey;

beforeAll(async () => {
  hub = await startTestHub({ env: { RATE_LIMIT_MAX: '100000' } });
  keys = await createCallerKeys(hub, 'accountability');
});
afterAll(async () => {
  await hub?.close();
});

const sql = <T = any>(text: string, values: unknown[] = []) => hubSql<T>(hub, text, values);

/** A fingerprint of everything a refused change must leave alone. */
async function state(): Promise<string> {
  const [row] = await sql(`SELECT
    (SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) FROM registry.digitale_doerfer_membership t) AS memberships,
    (SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) FROM registry.contact_person t) AS contacts,
    (SELECT md5(coalesce(string_agg(t.id || t.name || coalesce(t.revoked_at::text, ''), '|' ORDER BY t.id), '')) FROM auth.api_key t) AS keys,
    (SELECT count(*) FROM registry.audit_event) AS events`);
  return JSON.stringify(row);
}

describe('API keys', () => {
  const CREATE = `mutation($input: NewApiKeyInput!) { createApiKey(input: $input) { secret apiKey { id name role } } }`;
  const REVOKE = `mutation($id: ID!) { revokeApiKey(id: $id) { id revokedAt } }`;
  const TRAIL = `query($id: ID!) { auditTrail(entity: "apiKey", entityId: $id, first: 10) { edges { node { action actorKind actorId actorRole requestId before after } } } }`;

  test('creation and revocation are in the audit trail: who, which key — never the secret or its hash', async () => {
    const created = await hub.query(CREATE, { input: { name: 'Portal Donnersberg', role: 'PARTNER' } }, as(keys.admin));
    expect(created.errors).toBeUndefined();
    const { secret, apiKey } = created.data.createApiKey;
    const revoked = await hub.query(REVOKE, { id: apiKey.id }, as(keys.admin));
    expect(revoked.data.revokeApiKey.revokedAt).not.toBeNull();
    // Revoking again changes nothing, so it records nothing.
    expect((await hub.query(REVOKE, { id: apiKey.id }, as(keys.admin))).errors).toBeUndefined();

    const trail = await hub.query(TRAIL, { id: apiKey.id }, as(keys.admin));
    const events = trail.data.auditTrail.edges.map((e: any) => e.node);
    const adminId = parseApiKey(keys.admin)!.id;
    expect(events.map((e: any) => e.action)).toEqual(['apiKey.revoke', 'apiKey.create']);
    for (const event of events) {
      expect(event).toMatchObject({ actorKind: 'apiKey', actorId: adminId, actorRole: 'MINISTRY_ADMIN' });
      expect(event.requestId).toEqual(expect.any(String));
    }
    expect(events[1].after).toMatchObject({ name: 'Portal Donnersberg', role: 'PARTNER', network: null, createdBy: adminId });
    expect(events[0].before).toMatchObject({ revokedAt: null });
    expect(events[0].after.revokedAt).toEqual(expect.any(String));

    const [{ secret_hash }] = await sql(`SELECT secret_hash FROM auth.api_key WHERE id = $1`, [apiKey.id]);
    const leaks = await sql(`SELECT id FROM registry.audit_event t WHERE t::text LIKE '%' || $1 || '%' OR t::text LIKE '%' || $2 || '%'`, [
      parseApiKey(secret)!.secret,
      secret_hash,
    ]);
    expect(leaks).toEqual([]);
  });

  test.each([
    ['an ANSI escape', 'Portal \u001b[2J\u001b[31mROOT'],
    ['a newline forging a list line', 'Portal\n0123456789abcdef  MINISTRY_ADMIN   active'],
    ['a carriage return', 'Portal\rforged'],
    ['a C1 control (8-bit CSI)', 'Portal \u009b31m'],
    ['a bidi override', 'Portal \u202eNIMDA'],
    ['a line separator', 'Portal\u2028forged'],
  ])('a name with %s is refused and nothing is created or recorded', async (_label, name) => {
    const before = await state();
    const { errors } = await hub.query(CREATE, { input: { name, role: 'PARTNER' } }, as(keys.admin));
    expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'name' });
    expect(await state()).toBe(before);
  });
});

describe('filters of the audit trail', () => {
  const FILTERED = `query($action: String, $actorId: String, $since: LocalDate, $until: LocalDate, $entity: String) {
    auditTrail(action: $action, actorId: $actorId, since: $since, until: $until, entity: $entity, first: 100) { totalCount edges { node { action actorId at } } } }`;
  const berlinDay = (at: string) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date(at));

  test('by action, actor and day (German time); all given filters hold', async () => {
    const created = await hub.query(
      `mutation { createApiKey(input: { name: "Filterprobe", role: PARTNER }) { apiKey { id } } }`,
      {},
      as(keys.admin),
    );
    expect(created.errors).toBeUndefined();
    const adminId = parseApiKey(keys.admin)!.id;
    const all = await hub.query(FILTERED, {}, as(keys.admin));
    const events = all.data.auditTrail.edges.map((e: any) => e.node);
    const today = berlinDay(events[0].at);

    const byAction = await hub.query(FILTERED, { action: 'apiKey.create' }, as(keys.admin));
    const creations = byAction.data.auditTrail.edges.map((e: any) => e.node);
    expect(creations.length).toBe(events.filter((e: any) => e.action === 'apiKey.create').length);
    expect(creations.every((e: any) => e.action === 'apiKey.create')).toBe(true);

    const byActorToday = await hub.query(FILTERED, { actorId: adminId, since: today, until: today }, as(keys.admin));
    const mine = byActorToday.data.auditTrail.edges.map((e: any) => e.node);
    expect(mine.length).toBe(events.filter((e: any) => e.actorId === adminId && berlinDay(e.at) === today).length);
    expect(mine.length).toBeGreaterThan(0);
    expect((await hub.query(FILTERED, { since: '2099-01-01' }, as(keys.admin))).data.auditTrail.totalCount).toBe(0);
    expect((await hub.query(FILTERED, { until: '2000-01-01' }, as(keys.admin))).data.auditTrail.totalCount).toBe(0);
  });

  test.each([
    [{ since: '2025-02-01', until: '2025-01-31' }, 'until'],
    [{ action: 'a'.repeat(201) }, 'action'],
    [{ entity: 'membership\u0000' }, 'entity'],
    [{ actorId: 'x\u001b[31m' }, 'actorId'],
  ])('refuses %j naming the argument', async (variables, argument) => {
    const answer = await hub.query(FILTERED, variables, as(keys.admin));
    expect(answer.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
  });
});

describe('membership changes', () => {
  const APPLY = `mutation($input: ApplicationInput!) { recordApplication(input: $input) { membership { id } } }`;
  const SET = `mutation($id: ID!, $c: ContactPersonInput!, $v: Int!) { setContactPerson(membershipId: $id, contact: $c, expectedVersion: $v) { contactPerson { version } } }`;
  const CONTACT = `query($key: ID!) { municipality(key: $key) { digitaleDoerfer { contactPerson { name function email phone version } } } }`;
  const KERZENHEIM = '07333038'; // an Ortsgemeinde in the VG Eisenberg (Pfalz), not yet a member
  let membershipId: string;

  beforeAll(async () => {
    const applied = await hub.query(
      APPLY,
      {
        input: {
          municipalityKey: KERZENHEIM,
          letterDate: '2025-03-01',
          signedBy: 'Bürgermeisterin Test',
          receivedOn: '2025-03-05',
          contact: { name: 'Rita Rolle', function: 'Digitalisierungsbeauftragte' },
        },
      },
      as(keys.dd),
    );
    expect(applied.errors).toBeUndefined();
    membershipId = applied.data.recordApplication.membership.id;
  });

  test.each([
    ['an e-mail address', 'Beauftragte, rita@gemeinde.example'],
    ['an e-mail with (at)', 'Beauftragte rita (at) gemeinde.example'],
    ['an e-mail with [at] and (dot)', 'rita[at]gemeinde(dot)example'],
    ['an e-mail spelled with at and dot', 'Beauftragte rita at gemeinde dot de'],
    ['an e-mail spelled with ät', 'rita ät gemeinde.de'],
    ['an e-mail spelled with {at} and punkt', 'rita {at} gemeinde [punkt] de'],
    ['a phone number', 'Beauftragte, Tel. 06352 4711-0'],
    ['an international phone number', 'Beauftragte +49 (0)6352 471 10'],
    ['a mobile number with slashes', 'Sekretariat 0171/2345678'],
  ])('a function holding %s is refused naming the argument, and nothing changes', async (_label, fn) => {
    const before = await state();
    const { errors } = await hub.query(SET, { id: membershipId, c: { name: 'Rita Rolle', function: fn }, v: 1 }, as(keys.dd));
    expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'contact.function' });
    expect(errors![0].message).toContain('contact.function');
    expect(await state()).toBe(before);
  });

  test('the function is personal data: null with FORBIDDEN for anonymous callers, readable for partners', async () => {
    const anonymous = await hub.query(CONTACT, { key: KERZENHEIM });
    expect(anonymous.data.municipality.digitaleDoerfer.contactPerson).toEqual({
      name: null,
      function: null,
      email: null,
      phone: null,
      version: 1,
    });
    expect(anonymous.errors!.map((e) => [e.path!.at(-1), e.extensions!.code])).toEqual(expect.arrayContaining([['function', 'FORBIDDEN']]));
    const partner = await hub.query(CONTACT, { key: KERZENHEIM }, as(keys.partner));
    expect(partner.errors).toBeUndefined();
    expect(partner.data.municipality.digitaleDoerfer.contactPerson).toMatchObject({
      name: 'Rita Rolle',
      function: 'Digitalisierungsbeauftragte',
    });
    // A role title with umlauts, numbers and brackets is fine.
    const changed = await hub.query(
      SET,
      { id: membershipId, c: { name: 'Rita Rolle', function: 'Gemeinderätin, Referat 3.2 (Digitales)' }, v: 1 },
      as(keys.dd),
    );
    expect(changed.errors).toBeUndefined();
    expect(changed.data.setContactPerson.contactPerson.version).toBe(2);
  });

  test.each([
    ['setContactPerson', `mutation($id: ID!) { setContactPerson(membershipId: $id, contact: { name: "Ohne Version" }) { id } }`],
    ['removeContactPerson', `mutation($id: ID!) { removeContactPerson(membershipId: $id) { id } }`],
  ])('%s without expectedVersion is a validation error with a code, and nothing changes', async (_label, mutation) => {
    const before = await state();
    const { errors } = await hub.query(mutation, { id: membershipId }, as(keys.dd));
    expect(errors![0].extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(errors![0].message).toContain('expectedVersion');
    expect(await state()).toBe(before);
  });

  test.each([
    ['setContactPerson with a stale version', SET, { c: { name: 'Zu Spät' }, v: 1 }],
    ['setContactPerson naming a "first" contact over an existing one', SET, { c: { name: 'Zu Spät' }, v: 0 }],
    [
      'removeContactPerson with a stale version',
      `mutation($id: ID!, $v: Int!) { removeContactPerson(membershipId: $id, expectedVersion: $v) { id } }`,
      { v: 1 },
    ],
  ])('%s is CONFLICT, and nothing changes', async (_label, mutation, variables) => {
    const before = await state();
    const { errors } = await hub.query(mutation, { id: membershipId, ...variables }, as(keys.dd));
    expect(errors![0].extensions!.code).toBe('CONFLICT');
    expect(await state()).toBe(before);
  });

  test('with the current version, the contact person is removed', async () => {
    const removed = await hub.query(
      `mutation($id: ID!) { removeContactPerson(membershipId: $id, expectedVersion: 2) { hasContactPerson } }`,
      { id: membershipId },
      as(keys.dd),
    );
    expect(removed.errors).toBeUndefined();
    expect(removed.data.removeContactPerson.hasContactPerson).toBe(false);
  });
});

test('every mutation that changes an existing record requires the version the client saw', () => {
  // Built from the schema itself, so a new mutation is covered without being listed. Creations have
  // no version to see; the exceptions cannot overwrite anything a client saw.
  const EXEMPT: Record<string, string> = {
    revokeApiKey: 'one-way and idempotent: a second revocation keeps the first',
    eraseContactPersonData: 'a legal obligation (DSGVO Art. 17) that must succeed whatever the caller saw',
    importMemberships:
      'a ministry admin’s bulk import: its dry run shows every change first, it runs under a table lock, each change audited with the file’s checksum',
  };
  const schema = buildSchema(readFileSync(path.join(__dirname, '../../../schema/registry.graphql'), 'utf8'), {
    assumeValidSDL: true,
  });
  const unversioned = Object.values(schema.getMutationType()!.getFields())
    .filter((field) => !/^(create|record|add)[A-Z]/.test(field.name) && !(field.name in EXEMPT))
    .filter((field) => {
      const version = field.args.find((arg) => arg.name === 'expectedVersion');
      return !version || !(version.type instanceof GraphQLNonNull);
    })
    .map((field) => field.name);
  expect(unversioned).toEqual([]);
  expect(Object.keys(schema.getMutationType()!.getFields())).toEqual(expect.arrayContaining(['setContactPerson', 'removeContactPerson']));
});
