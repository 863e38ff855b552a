// `npm run apikey`: create, list, revoke, and refusals, on a database of its own.
import { ApiKeyStore, parseApiKey } from '../../common/auth/api-keys';
import { createLogger } from '../../common/logging';
import { createTestDatabase } from '../../testing/hub';
import { run, UsageError } from '../apikey';

let store: ApiKeyStore;
let drop: () => Promise<void>;
beforeAll(async () => {
  const database = await createTestDatabase();
  drop = database.drop;
  store = await ApiKeyStore.open(database.url, createLogger('test', 'silent'));
});
afterAll(async () => {
  await store?.close();
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
  expect(await store.authenticate(secret)).toEqual({ kind: 'apiKey', id, role: 'COORDINATOR', network: 'IKONE_DS' });
  const listed = await output(['list']);
  expect(listed).toContain(id);
  expect(listed).toContain('active');
  expect(listed).not.toContain(parseApiKey(secret)!.secret);
  expect(await output(['revoke', id])).toContain('revoked');
  expect(await store.authenticate(secret)).toBeNull();
  expect(await output(['list'])).toContain('revoked');
});

test('wrong use is refused with a message', async () => {
  await expect(run(store, ['create', '--name', 'x'])).rejects.toThrow(UsageError);
  await expect(run(store, ['create', '--name', 'x', '--role', 'ADMIN'])).rejects.toThrow('--role must be one of');
  await expect(run(store, ['create', '--name', 'x', '--role', 'PARTNER', '--expires', 'tomorrow'])).rejects.toThrow('--expires');
  await expect(run(store, ['create', '--name', 'x', '--role', 'PARTNER', '--expires', '2001-01-01'])).rejects.toThrow('future');
  await expect(run(store, ['revoke', 'ffffffffffffffff'])).rejects.toThrow('no API key');
  await expect(run(store, ['delete'])).rejects.toThrow('unknown command');
});
