// `npm run apikey -- <command>`: API keys from the command line (the same store as the API's
// createApiKey/revokeApiKey). Uses DATABASE_URL, else the embedded database of `npm start`.
//   create --name "Portal Westerwald" --role PARTNER [--network IKONE_DS] [--expires 2027-12-31]
//   list
//   revoke <id>
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { ApiKeyStore } from '../common/auth/api-keys';
import { Role } from '../common/auth/roles';
import { readConfig } from '../common/config';
import { NetworkId } from '../common/domain';
import { openHubDatabase } from '../common/embedded-postgres';
import { createLogger } from '../common/logging';

const USAGE = `usage: npm run apikey -- create --name NAME --role PARTNER|COORDINATOR|MINISTRY_ADMIN [--network DIGITALE_DOERFER_RLP|IKONE_DS] [--expires YYYY-MM-DD]
       npm run apikey -- list
       npm run apikey -- revoke ID`;

export class UsageError extends Error {}

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], name: string): T | undefined {
  if (value === undefined) return undefined;
  if (!allowed.includes(value as T)) throw new UsageError(`--${name} must be one of ${allowed.join(', ')}`);
  return value as T;
}

export async function run(store: ApiKeyStore, argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { name: { type: 'string' }, role: { type: 'string' }, network: { type: 'string' }, expires: { type: 'string' } },
  });
  const [command, ...rest] = positionals;
  if (command === 'create') {
    const role = oneOf(values.role, [Role.PARTNER, Role.COORDINATOR, Role.MINISTRY_ADMIN], 'role');
    if (!values.name || !role) throw new UsageError('create needs --name and --role');
    let expiresAt: Date | null = null;
    if (values.expires) {
      expiresAt = new Date(values.expires);
      if (!/^\d{4}-\d{2}-\d{2}/.test(values.expires) || Number.isNaN(expiresAt.getTime()))
        throw new UsageError('--expires must be a date YYYY-MM-DD');
    }
    const network = oneOf(values.network, Object.values(NetworkId), 'network') ?? null;
    const { apiKey, secret } = await store.create({ name: values.name, role, network, expiresAt, createdBy: 'cli' });
    console.log(`created key ${apiKey.id} "${apiKey.name}" (${apiKey.role}${apiKey.network ? `, ${apiKey.network}` : ''})`);
    console.log(`\n  ${secret}\n\nSend it in the x-api-key header. It is shown only now; only its hash is stored.`);
  } else if (command === 'list') {
    const keys = await store.list();
    if (!keys.length) console.log('no API keys');
    for (const k of keys) {
      const state = k.revokedAt ? `revoked ${k.revokedAt.toISOString()}` : k.expiresAt && k.expiresAt <= new Date() ? 'expired' : 'active';
      const used = k.lastUsedAt ? k.lastUsedAt.toISOString() : 'never';
      console.log(`${k.id}  ${k.role.padEnd(14)} ${(k.network ?? '').padEnd(20)} ${state.padEnd(10)} last used ${used}  ${k.name}`);
    }
  } else if (command === 'revoke' && rest.length === 1) {
    const key = await store.revoke(rest[0]);
    if (!key) throw new UsageError(`no API key has the id ${rest[0]}`);
    console.log(`revoked key ${key.id} "${key.name}"`);
  } else {
    throw new UsageError('unknown command');
  }
}

async function main(): Promise<void> {
  const config = readConfig();
  const logger = createLogger('apikey', 'warn');
  const database = await openHubDatabase(config, logger);
  const store = await ApiKeyStore.open(database.url, logger);
  try {
    await run(store, process.argv.slice(2));
  } finally {
    await store.close();
    await database.stop();
  }
}

if (require.main === module) {
  main().catch((error) => {
    const code = error?.extensions?.code === 'BAD_USER_INPUT' || error instanceof UsageError ? 2 : 1;
    console.error(`apikey: ${error instanceof Error ? error.message : String(error)}`);
    if (error instanceof UsageError) console.error(USAGE);
    process.exit(code);
  });
}
