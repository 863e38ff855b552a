// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// `npm run apikey`: create, list, revoke, and refusals, on a database of its own, with the
// registry's audit trail (as `npm run apikey` opens it).
import { userInfo } from 'node:os';
import type { DataSource } from 'typeorm';
import { ApiKeyChecker, parseApiKey } from '../../common/auth/api-key-check';
import { ApiKeyStore, migrateAuthSchema } from '../../common/auth/api-keys';
import { createDataSource, migrate } from '../../common/database';
import { createLogger } from '../../common/logging';
import { registryDatabase } from '../../services/registry/database';
import { createTestDatabase } from '../../testing/hub';
import { run, UsageError } from '../apikey';

let store: ApiKeyStore;
// What the gateway checks presented keys with.
let checker: ApiKeyChecker;
let dataSource: DataSource;
let drop: () => Promise<void>;
beforeAll(async () => {
  const database = await createTestDatabase();
  drop = database.drop;
  const logger = createLogger('test', 'silent');
  await migrateAuthSchema(database.url, logger);
  dataSource = createDataSource(database.url, registryDatabase, logger, 2);
  await dataSource.initialize();
  await migrate(dataSource, registryDatabase.schema);
  store = ApiKeyStore.on(dataSource);
  checker = ApiKeyChecker.open(database.url);
});
afterAll(async () => {
  await checker?.close();
  await dataSource?.destroy();
  await drop?.();
});

async function output(argv: string[]): Promise<string> {
  const lines: string[] = [];
  const spy = jest.spyOn(console, 'log').mockImplementation((...args) => void lines.push(args.join(' ')));
  try {
    await run(store, argv);
  } finally {
    spy.mockRestore();
  }
  return lines.join('\n');
}

test('create shows the secret once; list shows the key without it; revoke ends it', async () => {
  const created = await output([
    'create',
    '--name',
    'Portal Westerwald',
    '--role',
    'COORDINATOR',
    '--network',
    'IKONE_DS',
    '--expires',
    '2099-12-31',
  ]);
  const secret = /knh_[0-9a-f]{16}_\S+/.exec(created)![0];
  const { id } = parseApiKey(secret)!;
  expect(await checker.authenticate(secret)).toEqual({ kind: 'apiKey', id, role: 'COORDINATOR', network: 'IKONE_DS' });
  const listed = await output(['list']);
  expect(listed).toContain(id);
  expect(listed).toContain('active');
  expect(listed).not.toContain(parseApiKey(secret)!.secret);
  expect(await output(['revoke', id])).toContain('revoked');
  expect(await checker.authenticate(secret)).toBeNull();
  expect(await output(['list'])).toContain('revoked');
});

test('create and revoke are in the audit trail with the operator, never with the secret', async () => {
  const created = await output(['create', '--name', 'Portal Audit', '--role', 'PARTNER']);
  const secret = /knh_[0-9a-f]{16}_\S+/.exec(created)![0];
  const { id, secret: secretPart } = parseApiKey(secret)!;
  await output(['revoke', id]);
  await output(['revoke', id]); // already revoked: nothing changes, nothing is recorded
  const events = await dataSource.query(
    `SELECT actor_kind, actor_id, actor_role, action, before, after, a::text AS row FROM registry.audit_event a
      WHERE entity = 'apiKey' AND entity_id = $1 ORDER BY id`,
    [id],
  );
  expect(events.map((e: any) => [e.action, e.actor_kind, e.actor_id, e.actor_role])).toEqual([
    ['apiKey.create', 'system', `cli:${userInfo().username}`, 'MINISTRY_ADMIN'],
    ['apiKey.revoke', 'system', `cli:${userInfo().username}`, 'MINISTRY_ADMIN'],
  ]);
  expect(events[0].after).toMatchObject({ name: 'Portal Audit', role: 'PARTNER', createdBy: 'cli' });
  expect(events[1].after.revokedAt).toEqual(expect.any(String));
  const [{ secret_hash }] = await dataSource.query(`SELECT secret_hash FROM auth.api_key WHERE id = $1`, [id]);
  for (const event of events) {
    expect(event.row).not.toContain(secretPart);
    expect(event.row).not.toContain(secret_hash);
  }
});

test('names with control characters are refused; stored ones are listed neutralised, on one line', async () => {
  for (const name of ['evil\u001b[2J', 'two\nlines', 'csi \u009b31m', 'bidi \u202eevil']) {
    await expect(run(store, ['create', '--name', name, '--role', 'PARTNER'])).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', argument: 'name' },
    });
  }
  // A name from before the rule, written directly.
  await dataSource.query(
    `INSERT INTO auth.api_key (id, name, role, secret_hash, created_at) VALUES ('00000000000000aa', $1, 'PARTNER', repeat('0', 64), now())`,
    ['old \u001b[31mkey\nffffffffffffffff  MINISTRY_ADMIN  active'],
  );
  const listed = await output(['list']);
  expect(listed).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/);
  const line = listed.split('\n').find((l) => l.startsWith('00000000000000aa'))!;
  expect(line).toContain('old \\u001b[31mkey\\u000affffffffffffffff  MINISTRY_ADMIN  active');
  expect(listed.split('\n').filter((l) => l.startsWith('ffffffffffffffff'))).toEqual([]);
});

test('wrong use is refused with a message', async () => {
  await expect(run(store, ['create', '--name', 'x'])).rejects.toThrow(UsageError);
  await expect(run(store, ['create', '--name', 'x', '--role', 'ADMIN'])).rejects.toThrow('--role must be one of');
  await expect(run(store, ['create', '--name', 'x', '--role', 'PARTNER', '--expires', 'tomorrow'])).rejects.toThrow('--expires');
  await expect(run(store, ['create', '--name', 'x', '--role', 'PARTNER', '--expires', '2001-01-01'])).rejects.toThrow('future');
  await expect(run(store, ['revoke', 'ffffffffffffffff'])).rejects.toThrow('no API key');
  await expect(run(store, ['delete'])).rejects.toThrow('unknown command');
});
