// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// Least privilege in PostgreSQL (common/database-roles.ts): on a running hub, each service's role
// can do what the service needs and nothing in the other services' schemas; migrations run as the
// schema owners; provisioning takes over schemas created earlier, runs twice at once, and without
// a superuser leaves everything as it was with one warning.
import { Client } from 'pg';
import { migrateAuthSchema } from '../auth/api-keys';
import { Role } from '../auth/roles';
import { createDataSource, migrate } from '../database';
import { DATA_CHANGED_CHANNEL } from '../postgres';
import { loginRole, ownerRole, provisionHubRoles, randomRolePasswords } from '../database-roles';
import { createLogger } from '../logging';
import { createTestDatabase, startTestHub, TestHub } from '../../testing/hub';
import { ikoneDsDatabase } from '../../services/ikone-ds/database';
import { registryDatabase } from '../../services/registry/database';
import { runMigrations } from '../../scripts/migrate';

const silent = createLogger('test', 'silent');
let hub: TestHub;
const clients: Client[] = [];

async function connect(url: string): Promise<Client> {
  const client = new Client({ connectionString: url });
  client.on('error', () => undefined); // dropping a test database ends its connections
  await client.connect();
  clients.push(client);
  return client;
}

/** The SQLSTATE a statement fails with, or "ok". */
async function outcome(client: Client, sql: string): Promise<string> {
  try {
    await client.query(sql);
    return 'ok';
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  }
}
const DENIED = '42501'; // insufficient_privilege

beforeAll(async () => {
  hub = await startTestHub();
}, 60_000);
afterAll(async () => {
  await Promise.all(clients.map((client) => client.end().catch(() => undefined)));
  await hub?.close();
});

test('the ikone-ds role works in its schema and cannot reach the registry or the API keys', async () => {
  const ikoneDs = await connect(hub.roleUrls.ikone_ds);
  expect(Number((await ikoneDs.query('SELECT count(*) AS n FROM ikone_ds.member')).rows[0].n)).toBeGreaterThan(0);
  expect(await outcome(ikoneDs, 'SELECT * FROM registry.municipality LIMIT 1')).toBe(DENIED);
  expect(await outcome(ikoneDs, `UPDATE registry.municipality SET name = 'x' WHERE false`)).toBe(DENIED);
  expect(await outcome(ikoneDs, 'SELECT * FROM auth.api_key')).toBe(DENIED);
  // DDL only through migrations: not even in its own schema.
  expect(await outcome(ikoneDs, 'DROP TABLE ikone_ds.unlinked_record')).toBe(DENIED);
  expect(await outcome(ikoneDs, 'CREATE TABLE ikone_ds.intruder (id int)')).toBe(DENIED);
  expect(await outcome(ikoneDs, 'DELETE FROM ikone_ds.migrations')).toBe(DENIED);
  expect(await outcome(ikoneDs, `INSERT INTO ikone_ds.migrations (timestamp, name) VALUES (1, 'x')`)).toBe(DENIED);
});

test('the registry role reads the published member keys, manages API keys, and cannot touch the adapter tables', async () => {
  const registry = await connect(hub.roleUrls.registry);
  expect(await outcome(registry, 'SELECT ars, joined_on FROM ikone_ds.member_keys LIMIT 1')).toBe('ok');
  expect(await outcome(registry, 'SELECT * FROM ikone_ds.member LIMIT 1')).toBe(DENIED);
  expect(
    await outcome(registry, `INSERT INTO ikone_ds.member (ars, snapshot_id, name_as_reported, role) VALUES ('x', 1, 'x', 'MEMBER')`),
  ).toBe(DENIED);
  expect(await outcome(registry, `UPDATE ikone_ds.feed_snapshot SET source = 'x'`)).toBe(DENIED);
  expect(await outcome(registry, 'DROP TABLE registry.topic')).toBe(DENIED);
  expect(await outcome(registry, 'DELETE FROM auth.api_key')).toBe(DENIED); // keys are revoked, never deleted
  // The API path: createApiKey, apiKeys and revokeApiKey as a ministry admin run as the registry role.
  const { secret } = await hub.apiKeys.create({ name: 'roles test admin', role: Role.MINISTRY_ADMIN, createdBy: 'test' });
  const created = await hub.query(
    `mutation { createApiKey(input: { name: "roles test partner", role: PARTNER }) { apiKey { id } secret } }`,
    {},
    { 'x-api-key': secret },
  );
  expect(created.errors).toBeUndefined();
  const id = created.data.createApiKey.apiKey.id as string;
  const listed = await hub.query(`{ apiKeys { id } }`, {}, { 'x-api-key': secret });
  expect(listed.data.apiKeys.map((k: { id: string }) => k.id)).toContain(id);
  const revoked = await hub.query(`mutation { revokeApiKey(id: "${id}") { id revokedAt } }`, {}, { 'x-api-key': secret });
  expect(revoked.errors).toBeUndefined();
});

test('the gateway role reads API keys, records their use, listens for changes, and reads nothing else', async () => {
  const gateway = await connect(hub.roleUrls.gateway);
  expect(await outcome(gateway, 'SELECT id, secret_hash FROM auth.api_key')).toBe('ok');
  expect(await outcome(gateway, 'UPDATE auth.api_key SET last_used_at = now() WHERE false')).toBe('ok');
  expect(await outcome(gateway, `UPDATE auth.api_key SET role = 'MINISTRY_ADMIN' WHERE false`)).toBe(DENIED);
  expect(await outcome(gateway, `INSERT INTO auth.api_key (id, name, role, secret_hash) VALUES ('0', 'x', 'PARTNER', 'x')`)).toBe(DENIED);
  expect(await outcome(gateway, 'SELECT * FROM registry.municipality LIMIT 1')).toBe(DENIED);
  expect(await outcome(gateway, 'SELECT * FROM registry.contact_person LIMIT 1')).toBe(DENIED);
  expect(await outcome(gateway, 'SELECT * FROM ikone_ds.member_keys LIMIT 1')).toBe(DENIED);

  await gateway.query(`LISTEN ${DATA_CHANGED_CHANNEL}`);
  const heard = new Promise<string | undefined>((resolve) => gateway.once('notification', (n) => resolve(n.payload)));
  const admin = await connect(hub.databaseUrl);
  await admin.query(`UPDATE registry.topic SET name = name WHERE false`);
  await expect(heard).resolves.toBe('registry.topic');
});

test('logins are plain roles and can become only their own schemas’ owners', async () => {
  const database = new URL(hub.databaseUrl).pathname.slice(1);
  const admin = await connect(hub.databaseUrl);
  const { rows } = await admin.query(
    `SELECT rolname, rolsuper OR rolcreaterole OR rolcreatedb OR rolbypassrls AS privileged, rolinherit FROM pg_roles WHERE rolname = ANY($1)`,
    [[loginRole(database, 'registry'), loginRole(database, 'ikone_ds'), loginRole(database, 'gateway')]],
  );
  expect(rows).toHaveLength(3);
  for (const row of rows) expect(row).toMatchObject({ privileged: false, rolinherit: false });
  const ikoneDs = await connect(hub.roleUrls.ikone_ds);
  expect(await outcome(ikoneDs, `SET ROLE "${ownerRole(database, 'registry')}"`)).toBe(DENIED);
  const gateway = await connect(hub.roleUrls.gateway);
  expect(await outcome(gateway, `SET ROLE "${ownerRole(database, 'auth')}"`)).toBe(DENIED);
  // What the migrations created belongs to the schema's owner, not to a login.
  const owners = await admin.query(
    `SELECT DISTINCT n.nspname AS schema, pg_get_userbyid(c.relowner) AS owner FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname IN ('registry', 'ikone_ds', 'auth') AND c.relkind IN ('r', 'v', 'S') ORDER BY 1`,
  );
  expect(owners.rows).toEqual([
    { schema: 'auth', owner: ownerRole(database, 'auth') },
    { schema: 'ikone_ds', owner: ownerRole(database, 'ikone_ds') },
    { schema: 'registry', owner: ownerRole(database, 'registry') },
  ]);
});

test('provisioning takes over schemas migrated before as another user, also twice at once', async () => {
  const database = await createTestDatabase();
  try {
    // As before least privilege (and as after a restore): everything belongs to the server's admin.
    for (const db of [registryDatabase, ikoneDsDatabase]) {
      const dataSource = createDataSource(database.url, db, silent, 2);
      await dataSource.initialize();
      await migrate(dataSource, db.schema);
      await dataSource.destroy();
    }
    await migrateAuthSchema(database.url, silent);
    const passwords = randomRolePasswords();
    const [urls, again] = await Promise.all([
      provisionHubRoles(database.url, passwords, silent),
      provisionHubRoles(database.url, passwords, silent),
    ]);
    expect(again).toEqual(urls);
    const registry = await connect(urls!.registry);
    expect(await outcome(registry, 'SELECT count(*) FROM registry.municipality')).toBe('ok');
    expect(await outcome(registry, 'SELECT * FROM ikone_ds.member_keys')).toBe('ok');
    expect(await outcome(registry, 'SELECT * FROM ikone_ds.member')).toBe(DENIED);
    expect(await outcome(registry, 'DROP TABLE registry.topic')).toBe(DENIED);
    // `npm run migrate` with the registry's own URL reverts and re-applies as the schema's owner.
    const reverted = await runMigrations(urls!.registry, registryDatabase, 'revert', silent);
    expect(reverted).toHaveLength(1);
    expect(await runMigrations(urls!.registry, registryDatabase, 'up', silent)).toContain(reverted[0]);
    expect(await outcome(registry, 'SELECT count(*) FROM registry.municipality')).toBe('ok');
    expect(await outcome(registry, 'CREATE TABLE registry.intruder (id int)')).toBe(DENIED);
    await registry.end();
  } finally {
    await database.drop();
  }
});

test('without a superuser, provisioning changes nothing and says so once', async () => {
  const lines: string[] = [];
  const logger = createLogger('test', 'warn', { write: (line: string) => void lines.push(line) });
  expect(await provisionHubRoles(hub.roleUrls.gateway, randomRolePasswords(), logger)).toBeUndefined();
  expect(lines).toHaveLength(1);
  expect(JSON.parse(lines[0]).msg).toMatch(/is no superuser, so the hub cannot set up its database roles: all services connect as/);
});
