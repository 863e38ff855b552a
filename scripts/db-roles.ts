// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// `npm run db:roles`: sets up the hub's PostgreSQL roles on a real server, once (and again after an
// upgrade; it is idempotent): one login per service with only its rights, one owner role per
// schema for the migrations (common/database-roles.ts, SECURITY.md "Database roles"). Run it with
// DATABASE_URL naming a superuser; the services then connect with the URLs it prints. Without
// DATABASE_URL it works on the embedded database (which `npm start` sets up by itself anyway).
import { readConfig, redactUrl } from '../common/config';
import {
  HUB_LOGINS,
  HubLogin,
  provisionHubRoles,
  randomRolePasswords,
  storedRolePasswords,
  withConfiguredPasswords,
} from '../common/database-roles';
import { openHubDatabase } from '../common/embedded-postgres';
import { createLogger } from '../common/logging';

const PASSWORD_SETTING: Record<HubLogin, string> = {
  registry: 'REGISTRY_DATABASE_PASSWORD',
  ikone_ds: 'IKONE_DS_DATABASE_PASSWORD',
  gateway: 'GATEWAY_DATABASE_PASSWORD',
};

async function main(): Promise<void> {
  const config = readConfig();
  const logger = createLogger('db-roles', 'warn');
  // On the embedded database, the passwords `npm start` keeps (so its running services stay connected).
  const generated = config.databaseUrl ? randomRolePasswords() : storedRolePasswords(config.dataDir);
  const passwords = withConfiguredPasswords(config.databaseRolePasswords, generated);
  const database = await openHubDatabase(config, logger);
  try {
    const urls = await provisionHubRoles(database.url, passwords, logger);
    if (!urls) process.exit(1); // the warning said why
    for (const login of HUB_LOGINS) {
      const given = config.databaseRolePasswords[login] !== undefined || !config.databaseUrl;
      // A generated password is shown this once; a given one is not repeated.
      console.log(
        `${login}: ${given ? redactUrl(urls[login]) : urls[login]}${given ? '' : `   (new password; keep it as ${PASSWORD_SETTING[login]})`}`,
      );
    }
  } finally {
    await database.stop();
  }
}

main().catch((error) => {
  console.error(`db-roles: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
