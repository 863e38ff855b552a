// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// DSGVO: export (Art. 15) and erasure (Art. 17) of the people named with a membership (contact
// person and signer), and the retention job. Markers are planted in every field that can hold a
// person's data — and through the changes, in the before/after of their audit events; after
// erasure, no table in any schema holds any of them.
import { Client } from 'pg';
import { Role } from '../../../common/auth/roles';
import { addDays, today } from '../../../common/dates';
import { NetworkId } from '../../../common/domain';
import { createLogger } from '../../../common/logging';
import { startTestHub, TestHub, withKey } from '../../../testing/hub';
import { applyRetention } from '../../../scripts/retention';
import { PERSONAL_FIELDS } from '../modules/admin/personal-data';

let hub: TestHub;
let admin: string;
let coordinator: string;
const as = withKey;

// One marker per personal field and per contact (first, changed, named again after a removal).
const FIRST = {
  name: 'Hildegard Löschmich',
  function: 'Ortsbeauftragte Zyprianfunktion',
  email: 'hildegard.loeschmich@ramsen.example',
  phone: '+49 6351 424242',
};
const SECOND = {
  name: 'Hildegard Löschmich-Neu',
  function: 'Digitalbeauftragte Quendelfunktion',
  email: 'h.neu@ramsen.example',
  phone: '06351 777888',
};
const THIRD = {
  name: 'Kunigunde Tilgemich',
  function: 'Beigeordnete Xylofunktion',
  email: 'k.tilgemich@ramsen.example',
  phone: '06351 909192',
};
const SIGNED_BY = { signedBy: 'Bürgermeister Waldemar Unterschreibmich' };
const MARKERS = [...Object.values(FIRST), ...Object.values(SECOND), ...Object.values(THIRD), SIGNED_BY.signedBy];

beforeAll(async () => {
  hub = await startTestHub({ env: { RATE_LIMIT_MAX: '100000' } });
  admin = (await hub.apiKeys.create({ name: 'dsgvo admin', role: Role.MINISTRY_ADMIN, createdBy: 'test' })).secret;
  coordinator = (
    await hub.apiKeys.create({
      name: 'dsgvo coordinator',
      role: Role.COORDINATOR,
      network: NetworkId.DIGITALE_DOERFER_RLP,
      createdBy: 'test',
    })
  ).secret;
});
afterAll(async () => {
  await hub?.close();
});

/** Every row of every table in every schema of the database, as text, that contains one of the values. */
async function findEverywhere(values: string[]): Promise<string[]> {
  const client = new Client({ connectionString: hub.databaseUrl });
  await client.connect();
  const { rows: tables } = await client.query(
    `SELECT table_schema, table_name FROM information_schema.tables
      WHERE table_schema NOT IN ('pg_catalog', 'information_schema') AND table_type = 'BASE TABLE'`,
  );
  expect(tables.map((t) => t.table_schema)).toEqual(expect.arrayContaining(['registry', 'ikone_ds', 'auth']));
  const hits: string[] = [];
  for (const { table_schema, table_name } of tables) {
    for (const value of values) {
      const { rows } = await client.query(
        `SELECT t::text AS row FROM "${table_schema}"."${table_name}" t WHERE t::text ILIKE '%' || $1 || '%'`,
        [value],
      );
      hits.push(...rows.map((r) => `${table_schema}.${table_name}: ${r.row.slice(0, 120)}`));
    }
  }
  await client.end();
  return hits;
}

async function ok(query: string, variables: Record<string, unknown>) {
  const result = await hub.query(query, variables, as(coordinator));
  expect(result.errors).toBeUndefined();
  return result.data;
}

const SET_CONTACT = `mutation($id: ID!, $c: ContactPersonInput!, $v: Int!) { setContactPerson(membershipId: $id, contact: $c, expectedVersion: $v) { id } }`;

/** An active member whose contact person was named, changed, removed and named again. */
async function newMemberWithContact(key: string): Promise<string> {
  const apply = await ok(`mutation($input: ApplicationInput!) { recordApplication(input: $input) { membership { id } } }`, {
    input: { municipalityKey: key, letterDate: '2024-01-10', ...SIGNED_BY, receivedOn: '2024-01-12', contact: FIRST },
  });
  const id = apply.recordApplication.membership.id;
  await ok(`mutation($id: ID!) { approveApplication(membershipId: $id, expectedVersion: 1, startedOn: "2024-02-01") { status } }`, { id });
  await ok(SET_CONTACT, { id, c: SECOND, v: 1 });
  await ok(`mutation($id: ID!) { removeContactPerson(membershipId: $id, expectedVersion: 2) { id } }`, { id });
  await ok(SET_CONTACT, { id, c: THIRD, v: 0 });
  return id;
}

test('the markers cover every personal field', () => {
  // A field added to PERSONAL_FIELDS must get a marker here, or this test fails.
  for (const contact of [FIRST, SECOND, THIRD]) expect(Object.keys(contact).sort()).toEqual([...PERSONAL_FIELDS.contact].sort());
  expect(Object.keys(SIGNED_BY)).toEqual([...PERSONAL_FIELDS.membership]);
  expect(Object.keys(PERSONAL_FIELDS).sort()).toEqual(['contact', 'membership']);
});

test('a ministry admin exports a membership’s personal data, then erases it everywhere; the events stay', async () => {
  const id = await newMemberWithContact('07333060'); // Ramsen
  for (const value of MARKERS) expect({ value, found: (await findEverywhere([value])).length > 0 }).toEqual({ value, found: true });

  const exported = await hub.query(`query($id: ID!) { exportContactPersonData(membershipId: $id) }`, { id }, as(admin));
  expect(exported.errors).toBeUndefined();
  const data = exported.data.exportContactPersonData;
  expect(data.contactPerson).toMatchObject(THIRD);
  expect(data.signedBy).toBe(SIGNED_BY.signedBy);
  for (const value of MARKERS) expect(JSON.stringify(data)).toContain(value);
  expect(data.history.map((h: any) => h.action)).toEqual([
    'application.record',
    'contact.add',
    'application.approve',
    'contact.change',
    'contact.remove',
    'contact.add',
  ]);
  expect(
    (await hub.query(`query($id: ID!) { exportContactPersonData(membershipId: $id) }`, { id }, as(coordinator))).errors![0].extensions!
      .code,
  ).toBe('FORBIDDEN');

  const events = async () =>
    (
      await hub.query(
        `query($id: ID!) { auditTrail(entityId: $id, first: 100) { totalCount edges { node { action actorRole personalDataErasedAt after } } } }`,
        { id },
        as(admin),
      )
    ).data.auditTrail;
  const before = await events();

  const erased = await hub.query(
    `mutation($id: ID!) { eraseContactPersonData(membershipId: $id) { contactRemoved auditEventsScrubbed } }`,
    { id },
    as(admin),
  );
  expect(erased.data.eraseContactPersonData).toEqual({ contactRemoved: true, auditEventsScrubbed: 6 });

  for (const value of [...MARKERS, 'Löschmich', 'loeschmich', 'Tilgemich', 'Unterschreibmich']) {
    expect({ value, hits: await findEverywhere([value]) }).toEqual({ value, hits: [] });
  }
  const after = await events();
  expect(after.totalCount).toBe(before.totalCount + 1);
  const nodes = after.edges.map((e: any) => e.node);
  expect(nodes.map((n: any) => n.action)).toEqual([
    'contact.erase',
    'contact.add',
    'contact.remove',
    'contact.change',
    'application.approve',
    'contact.add',
    'application.record',
  ]);
  expect(nodes.slice(1).every((n: any) => n.personalDataErasedAt !== null)).toBe(true);
  // The rest of the record stays: only the people are gone.
  expect(nodes.find((n: any) => n.action === 'application.record').after).toMatchObject({ status: 'RECEIVED', letterDate: '2024-01-10' });
  const membership = await hub.query(
    `{ municipality(key: "07333060") { digitaleDoerfer { status hasContactPerson signedBy letterDate } } }`,
    undefined,
    as(admin),
  );
  expect(membership.data.municipality.digitaleDoerfer).toEqual({
    status: 'ACTIVE',
    hasContactPerson: false,
    signedBy: null,
    letterDate: '2024-01-10',
  });
  const again = await hub.query(`query($id: ID!) { exportContactPersonData(membershipId: $id) }`, { id }, as(admin));
  expect(again.errors![0].extensions!.code).toBe('NOT_FOUND');
});

test('the retention job erases contact persons of memberships that ended long enough ago, and only those', async () => {
  const old = await newMemberWithContact('07333038'); // Kerzenheim: will have ended 400 days ago
  const recent = await newMemberWithContact('07333017'); // Dreisen: ended yesterday
  const end = (id: string, on: string) =>
    hub.query(
      `mutation($id: ID!, $on: LocalDate!) { endMembership(membershipId: $id, expectedVersion: 2, endedOn: $on) { status } }`,
      { id, on },
      as(coordinator),
    );
  const daysAgo = (n: number) => addDays(today(), -n);
  expect((await end(old, daysAgo(400))).errors).toBeUndefined();
  expect((await end(recent, daysAgo(1))).errors).toBeUndefined();

  const logger = createLogger('test', 'silent');
  expect(await applyRetention(hub.registry.dataSource, 365, logger, true)).toEqual([old]);
  expect(await applyRetention(hub.registry.dataSource, 365, logger)).toEqual([old]);
  expect(await applyRetention(hub.registry.dataSource, 365, logger)).toEqual([]);

  const client = new Client({ connectionString: hub.databaseUrl });
  await client.connect();
  const { rows } = await client.query(`SELECT membership_id FROM registry.contact_person WHERE membership_id = ANY($1)`, [[old, recent]]);
  const { rows: jobEvents } = await client.query(
    `SELECT actor_kind, actor_id FROM registry.audit_event WHERE entity_id = $1 AND action = 'contact.erase'`,
    [old],
  );
  await client.end();
  expect(rows.map((r) => r.membership_id)).toEqual([recent]);
  expect(jobEvents).toEqual([{ actor_kind: 'system', actor_id: 'retention-job' }]);
});
