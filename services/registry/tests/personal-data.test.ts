// DSGVO: export (Art. 15) and erasure (Art. 17) of a contact person, and the retention job.
// After erasure, no table in any schema holds the person's name, e-mail or phone.
import { Client } from 'pg';
import { Role } from '../../../common/auth/roles';
import { NetworkId } from '../../../common/domain';
import { createLogger } from '../../../common/logging';
import { startTestHub, TestHub } from '../../../testing/hub';
import { applyRetention } from '../../../scripts/retention';

let hub: TestHub;
let admin: string;
let coordinator: string;
const as = (key: string) => ({ 'x-api-key': key });

const FIRST = { name: 'Hildegard Löschmich', email: 'hildegard.loeschmich@ramsen.example', phone: '+49 6351 424242' };
const SECOND = { name: 'Hildegard Löschmich-Neu', email: 'h.neu@ramsen.example', phone: '06351 777888' };

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

/** Every row of every table in every schema of the hub, as text, that contains one of the values. */
async function findEverywhere(values: string[]): Promise<string[]> {
  const client = new Client({ connectionString: hub.databaseUrl });
  await client.connect();
  const { rows: tables } = await client.query(
    `SELECT table_schema, table_name FROM information_schema.tables WHERE table_schema IN ('registry', 'ikone_ds', 'auth') AND table_type = 'BASE TABLE'`,
  );
  expect(tables.length).toBeGreaterThanOrEqual(8);
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

async function newMemberWithContact(key: string): Promise<string> {
  const apply = await hub.query(
    `mutation($input: ApplicationInput!) { recordApplication(input: $input) { membership { id } } }`,
    {
      input: {
        municipalityKey: key,
        letterDate: '2024-01-10',
        signedBy: 'Bürgermeister Beispiel',
        receivedOn: '2024-01-12',
        contact: FIRST,
      },
    },
    as(coordinator),
  );
  expect(apply.errors).toBeUndefined();
  const id = apply.data.recordApplication.membership.id;
  await hub.query(
    `mutation($id: ID!) { approveApplication(membershipId: $id, expectedVersion: 1, startedOn: "2024-02-01") { status } }`,
    { id },
    as(coordinator),
  );
  const change = await hub.query(
    `mutation($id: ID!, $c: ContactPersonInput!) { setContactPerson(membershipId: $id, contact: $c, expectedVersion: 1) { id } }`,
    { id, c: SECOND },
    as(coordinator),
  );
  expect(change.errors).toBeUndefined();
  return id;
}

test('a ministry admin exports a contact person’s data, then erases it everywhere; the events stay', async () => {
  const id = await newMemberWithContact('07333060'); // Ramsen
  expect((await findEverywhere([FIRST.email, SECOND.email])).length).toBeGreaterThan(0);

  const exported = await hub.query(`query($id: ID!) { exportContactPersonData(membershipId: $id) }`, { id }, as(admin));
  expect(exported.errors).toBeUndefined();
  const data = exported.data.exportContactPersonData;
  expect(data.contactPerson).toMatchObject({ name: SECOND.name, email: SECOND.email });
  expect(JSON.stringify(data.history)).toContain(FIRST.email);
  expect(data.history.map((h: any) => h.action)).toEqual(['contact.add', 'contact.change']);
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
  expect(erased.data.eraseContactPersonData).toEqual({ contactRemoved: true, auditEventsScrubbed: 2 });

  for (const value of [...Object.values(FIRST), ...Object.values(SECOND), 'Löschmich', 'loeschmich']) {
    expect({ value, hits: await findEverywhere([value]) }).toEqual({ value, hits: [] });
  }
  const after = await events();
  expect(after.totalCount).toBe(before.totalCount + 1);
  const contactEvents = after.edges.map((e: any) => e.node).filter((n: any) => n.action.startsWith('contact.'));
  expect(contactEvents.map((n: any) => n.action)).toEqual(['contact.erase', 'contact.change', 'contact.add']);
  expect(contactEvents.slice(1).every((n: any) => n.personalDataErasedAt !== null)).toBe(true);
  const membership = await hub.query(`{ municipality(key: "07333060") { digitaleDoerfer { status hasContactPerson } } }`);
  expect(membership.data.municipality.digitaleDoerfer).toEqual({ status: 'ACTIVE', hasContactPerson: false });
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
  const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
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
