// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// `npm run apikey -- <command>`: API keys from the command line (the same store as the API's
// createApiKey/revokeApiKey, audited the same way). Uses DATABASE_URL, else the embedded database
// of `npm start`.
//   create --name "Portal Westerwald" --role PARTNER [--network IKONE_DS] [--expires 2027-12-31]
//   list
//   revoke <id>
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import { ApiKeyStore, migrateAuthSchema } from '../common/auth/api-keys';
import { ANONYMOUS, Principal, Role } from '../common/auth/roles';
import { readConfig } from '../common/config';
import type { BaseContext } from '../common/context';
import { createDataSource, initializeWithRetry, migrate } from '../common/database';
import { NetworkId } from '../common/domain';
import { openHubDatabase } from '../common/embedded-postgres';
import { createLogger, Logger } from '../common/logging';
import { printable } from '../common/validation';
import { createApiKeyAudited, revokeApiKeyAudited } from '../services/registry/modules/admin/api-key-changes';
import { registryDatabase } from '../services/registry/database';

const USAGE = `usage: npm run apikey -- create --name NAME --role PARTNER|COORDINATOR|MINISTRY_ADMIN [--network DIGITALE_DOERFER_RLP|IKONE_DS] [--expires YYYY-MM-DD]
       npm run apikey -- list
       npm run apikey -- revoke ID`;

export class UsageError extends Error {}

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], name: string): T | undefined {
  if (value === undefined) return undefined;
  if (!allowed.includes(value as T)) throw new UsageError(`--${name} must be one of ${allowed.join(', ')}`);
  return value as T;
}

/** Who acts, for the audit trail: the operator's account on the server, with a ministry admin's rights. */
function operator(): Principal {
  let user = process.env.USER ?? 'unknown';
  try {
    user = userInfo().username;
  } catch {
    // no account entry (some containers): keep $USER
  }
  return { ...ANONYMOUS, kind: 'system', id: `cli:${printable(user)}`, role: Role.MINISTRY_ADMIN };
}

export async function run(store: ApiKeyStore, argv: string[], logger: Logger = createLogger('apikey', 'warn')): Promise<void> {
  const ctx: BaseContext = { principal: operator(), requestId: `cli-${randomUUID()}`, logger };
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
    const { apiKey, secret } = await createApiKeyAudited(store, ctx, { name: values.name, role, network, expiresAt, createdBy: 'cli' });
    console.log(`created key ${apiKey.id} "${apiKey.name}" (${apiKey.role}${apiKey.network ? `, ${apiKey.network}` : ''})`);
    console.log(`\n  ${secret}\n\nSend it in the x-api-key header. It is shown only now; only its hash is stored.`);
  } else if (command === 'list') {
    const keys = await store.list();
    if (!keys.length) console.log('no API keys');
    for (const k of keys) {
      const state = k.revokedAt ? `revoked ${k.revokedAt.toISOString()}` : k.expiresAt && k.expiresAt <= new Date() ? 'expired' : 'active';
      const used = k.lastUsedAt ? k.lastUsedAt.toISOString() : 'never';
      // printable(): names stored before they were restricted may still hold escapes or newlines.
      console.log(
        `${k.id}  ${k.role.padEnd(14)} ${(k.network ?? '').padEnd(20)} ${state.padEnd(10)} last used ${used}  ${printable(k.name)}`,
      );
    }
  } else if (command === 'revoke' && rest.length === 1) {
    const key = /^[0-9a-f]{16}$/.test(rest[0]) ? await revokeApiKeyAudited(store, ctx, rest[0]) : null;
    if (!key) throw new UsageError(`no API key has the id ${printable(rest[0])}`);
    console.log(`revoked key ${key.id} "${printable(key.name)}"`);
  } else {
    throw new UsageError('unknown command');
  }
}

async function main(): Promise<void> {
  const config = readConfig();
  const logger = createLogger('apikey', 'warn');
  const database = await openHubDatabase(config, logger);
  // The keys live in the schema "auth", their audit events in the registry's trail: both must exist,
  // and one data source serves both, so a key and its event commit together.
  await migrateAuthSchema(database.url, logger);
  const dataSource = createDataSource(database.url, registryDatabase, logger, 2);
  try {
    await initializeWithRetry(dataSource, logger);
    await migrate(dataSource, registryDatabase.schema);
    await run(ApiKeyStore.on(dataSource), process.argv.slice(2), logger);
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
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
