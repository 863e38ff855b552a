// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// Least privilege in PostgreSQL: one login role per service with only the rights it needs, and one
// owner role per schema that the migrations run as. Roles are cluster-wide but the hub's rights are
// per database, so every role is named after its database ("kommunalnetz_registry"): databases on
// one server (a test run's, several deployments') never share a role. This file is the one place
// that says who may do what; SECURITY.md ("Database roles") explains it.
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import type { Logger } from './logging';

/** The services that connect to the database, each as a login role of its own. */
export type HubLogin = 'registry' | 'ikone_ds' | 'gateway';
export const HUB_LOGINS: readonly HubLogin[] = ['registry', 'ikone_ds', 'gateway'];

/** The hub's schemas; each is owned by a role "<database>_<schema>_owner" that only migrations use. */
export type HubSchema = 'registry' | 'ikone_ds' | 'auth';
export const HUB_SCHEMAS: readonly HubSchema[] = ['registry', 'ikone_ds', 'auth'];

/** An object and the rights on it: a schema, all its tables or sequences, or one table or view. */
interface Grant {
  privileges: string;
  on: 'SCHEMA' | 'ALL TABLES' | 'ALL SEQUENCES' | { table: string };
  to: HubLogin[];
}

/**
 * Who may do what. `migratedBy`: the logins that may become the schema's owner (SET ROLE) to run
 * its migrations; DDL happens only that way. `grants`: everything else a login may do there.
 * The gateway migrates nothing: the registry creates "auth" (the gateway's readiness waits for it).
 */
const SCHEMA_RIGHTS: Record<HubSchema, { migratedBy: HubLogin[]; grants: Grant[] }> = {
  registry: {
    migratedBy: ['registry'],
    grants: [
      { privileges: 'USAGE', on: 'SCHEMA', to: ['registry'] },
      { privileges: 'SELECT, INSERT, UPDATE, DELETE', on: 'ALL TABLES', to: ['registry'] },
      { privileges: 'USAGE, SELECT', on: 'ALL SEQUENCES', to: ['registry'] },
    ],
  },
  ikone_ds: {
    migratedBy: ['ikone_ds'],
    grants: [
      { privileges: 'USAGE', on: 'SCHEMA', to: ['ikone_ds', 'registry'] },
      { privileges: 'SELECT, INSERT, UPDATE, DELETE', on: 'ALL TABLES', to: ['ikone_ds'] },
      { privileges: 'USAGE, SELECT', on: 'ALL SEQUENCES', to: ['ikone_ds'] },
      // The adapter's published read model for the registry's reports (ARCHITECTURE.md); its tables stay private.
      { privileges: 'SELECT', on: { table: 'member_keys' }, to: ['registry'] },
    ],
  },
  auth: {
    migratedBy: ['registry'],
    grants: [
      { privileges: 'USAGE', on: 'SCHEMA', to: ['registry', 'gateway'] },
      // The registry manages keys (create, list, revoke); keys are never deleted.
      { privileges: 'SELECT, INSERT, UPDATE', on: { table: 'api_key' }, to: ['registry'] },
      // The gateway checks keys and records their last use.
      { privileges: 'SELECT, UPDATE (last_used_at)', on: { table: 'api_key' }, to: ['gateway'] },
    ],
  },
};

const MAX_ROLE_NAME = 63; // PostgreSQL's NAMEDATALEN - 1 (bytes)

/** "<database>_<suffix>"; a database name too long for that is shortened and made unique by a hash. */
function roleName(database: string, suffix: string): string {
  const name = `${database}_${suffix}`;
  if (Buffer.byteLength(name) <= MAX_ROLE_NAME) return name;
  const hash = createHash('sha256').update(database).digest('hex').slice(0, 8);
  return `${database.slice(0, MAX_ROLE_NAME - suffix.length - hash.length - 2)}_${hash}_${suffix}`;
}
export const loginRole = (database: string, login: HubLogin): string => roleName(database, login);
export const ownerRole = (database: string, schema: HubSchema): string => roleName(database, `${schema}_owner`);

export const quoteIdent = (name: string): string => `"${name.replace(/"/g, '""')}"`;
const quoteLiteral = (text: string): string => `'${text.replace(/'/g, "''")}'`;

/**
 * SQL that sets the logins' rights in a schema to exactly SCHEMA_RIGHTS (revoked first, so a right
 * taken out of the table is taken away on existing databases too), in one statement. Run as the
 * owner after every migration run (a new table gets its grants) and by provisioning.
 */
export function schemaGrantsSql(database: string, schema: HubSchema): string {
  const logins = HUB_LOGINS.map((login) => quoteIdent(loginRole(database, login))).join(', ');
  const s = quoteIdent(schema);
  const to = (grant: Grant) => grant.to.map((login) => quoteIdent(loginRole(database, login))).join(', ');
  const statements = SCHEMA_RIGHTS[schema].grants.map((grant) => {
    if (grant.on === 'SCHEMA') return `GRANT ${grant.privileges} ON SCHEMA ${s} TO ${to(grant)};`;
    if (grant.on === 'ALL TABLES' || grant.on === 'ALL SEQUENCES')
      return `GRANT ${grant.privileges} ON ${grant.on} IN SCHEMA ${s} TO ${to(grant)};`;
    // A migration may not have created it yet (or a revert removed it).
    const table = `${s}.${quoteIdent(grant.on.table)}`;
    return `IF to_regclass(${quoteLiteral(table)}) IS NOT NULL THEN EXECUTE ${quoteLiteral(`GRANT ${grant.privileges} ON ${table} TO ${to(grant)}`)}; END IF;`;
  });
  const migrations = `${s}.migrations`;
  return `DO $grants$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = ${quoteLiteral(schema)}) THEN RETURN; END IF;
    REVOKE ALL ON SCHEMA ${s} FROM ${logins};
    REVOKE ALL ON ALL TABLES IN SCHEMA ${s} FROM ${logins};
    REVOKE ALL ON ALL SEQUENCES IN SCHEMA ${s} FROM ${logins};
    ${statements.join('\n    ')}
    -- TypeORM's record of applied migrations: readable (npm run migrate lists it), written only by the owner.
    IF to_regclass(${quoteLiteral(migrations)}) IS NOT NULL THEN EXECUTE ${quoteLiteral(`REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON ${migrations} FROM ${logins}`)}; END IF;
  END $grants$`;
}

/** Makes `owner` the owner of a schema and of everything in it (created earlier as someone else, e.g. restored). */
function ownershipSql(schema: HubSchema, owner: string): string {
  const s = quoteLiteral(schema);
  const o = quoteLiteral(owner);
  return `DO $own$ DECLARE r record; owner_oid oid := (SELECT oid FROM pg_roles WHERE rolname = ${o}); BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = ${s}) THEN RETURN; END IF;
    EXECUTE format('ALTER SCHEMA %I OWNER TO %I', ${s}, ${o});
    FOR r IN SELECT c.relname, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE n.nspname = ${s} AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f') AND c.relowner <> owner_oid
               -- a sequence of a serial or identity column follows its table
               AND NOT (c.relkind = 'S' AND EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype IN ('a', 'i')))
    LOOP
      EXECUTE format('ALTER %s %I.%I OWNER TO %I',
        CASE r.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' WHEN 'S' THEN 'SEQUENCE' WHEN 'f' THEN 'FOREIGN TABLE' ELSE 'TABLE' END,
        ${s}, r.relname, ${o});
    END LOOP;
    FOR r IN SELECT p.oid::regprocedure AS routine FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
             WHERE n.nspname = ${s} AND p.proowner <> owner_oid
    LOOP
      EXECUTE format('ALTER ROUTINE %s OWNER TO %I', r.routine, ${o});
    END LOOP;
  END $own$`;
}

/** The lock under which a schema is migrated; provisioning takes it too, so they never interleave. */
export const migrationLock = (schema: string): string => `kommunalnetz-migrate-${schema}`;

export type RoleUrls = Record<HubLogin, string>;

/** A connection URL for the same server and database, as another role. */
export function urlAs(url: string, role: string, password: string): string {
  const result = new URL(url);
  result.username = encodeURIComponent(role);
  result.password = encodeURIComponent(password);
  return result.toString();
}

/**
 * Creates or updates the hub's roles in the database of `adminUrl` and returns each service's URL.
 * Idempotent and safe to run beside running services (it takes each schema's migration lock). Needs
 * a superuser: it creates roles and takes over schemas created before (as another user, or restored).
 * Without one it logs one warning and returns undefined: the services then all connect as that user.
 */
export async function provisionHubRoles(
  adminUrl: string,
  passwords: Record<HubLogin, string>,
  logger: Logger,
): Promise<RoleUrls | undefined> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ superuser: boolean; database: string; user: string }>(
      `SELECT rolsuper AS superuser, current_database() AS database, current_user AS user FROM pg_roles WHERE rolname = current_user`,
    );
    const { superuser, database, user } = rows[0];
    if (!superuser) {
      logger.warn(
        { user },
        `the PostgreSQL user "${user}" is no superuser, so the hub cannot set up its database roles: all services connect as ` +
          `"${user}" with all of its rights (for one role per service, run "npm run db:roles" once as a superuser; SECURITY.md, Database roles)`,
      );
      return undefined;
    }
    const db = quoteIdent(database);
    await client.query('SELECT pg_advisory_lock(hashtext($1))', ['kommunalnetz-roles']);
    try {
      const names = [...HUB_SCHEMAS.map((s) => ownerRole(database, s)), ...HUB_LOGINS.map((l) => loginRole(database, l))];
      const { rows: found } = await client.query<{ rolname: string }>('SELECT rolname FROM pg_roles WHERE rolname = ANY($1)', [names]);
      const existing = new Set(found.map((r) => r.rolname));
      for (const schema of HUB_SCHEMAS) {
        const owner = ownerRole(database, schema);
        if (!existing.has(owner)) await client.query(`CREATE ROLE ${quoteIdent(owner)} NOLOGIN`);
        // The schemas' first migrations create them (and the registry's the trusted extension pg_trgm).
        await client.query(`GRANT CREATE ON DATABASE ${db} TO ${quoteIdent(owner)}`);
      }
      for (const login of HUB_LOGINS) {
        const role = quoteIdent(loginRole(database, login));
        // NOINHERIT: a login has only the rights granted to it; the owner's only after SET ROLE (migrations).
        const attributes = `LOGIN NOINHERIT NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD ${client.escapeLiteral(passwords[login])}`;
        await client.query(
          existing.has(loginRole(database, login)) ? `ALTER ROLE ${role} ${attributes}` : `CREATE ROLE ${role} ${attributes}`,
        );
        await client.query(`GRANT CONNECT, TEMPORARY ON DATABASE ${db} TO ${role}`);
      }
      for (const schema of HUB_SCHEMAS) {
        const owner = quoteIdent(ownerRole(database, schema));
        for (const login of HUB_LOGINS) {
          const role = quoteIdent(loginRole(database, login));
          await client.query(
            SCHEMA_RIGHTS[schema].migratedBy.includes(login) ? `GRANT ${owner} TO ${role}` : `REVOKE ${owner} FROM ${role}`,
          );
        }
        await client.query('SELECT pg_advisory_lock(hashtext($1))', [migrationLock(schema)]);
        try {
          await client.query(ownershipSql(schema, ownerRole(database, schema)));
          await client.query(schemaGrantsSql(database, schema));
        } finally {
          await client.query('SELECT pg_advisory_unlock(hashtext($1))', [migrationLock(schema)]);
        }
      }
    } finally {
      await client.query('SELECT pg_advisory_unlock(hashtext($1))', ['kommunalnetz-roles']);
    }
    logger.info({ roles: HUB_LOGINS.map((login) => loginRole(database, login)) }, 'database roles ready');
    return Object.fromEntries(
      HUB_LOGINS.map((login) => [login, urlAs(adminUrl, loginRole(database, login), passwords[login])]),
    ) as RoleUrls;
  } finally {
    await client.end();
  }
}

/** Removes the hub's roles of a database that was dropped (tests drop one database per test file). */
async function dropHubRoles(client: Client, database: string): Promise<void> {
  for (const role of [...HUB_LOGINS.map((l) => loginRole(database, l)), ...HUB_SCHEMAS.map((s) => ownerRole(database, s))])
    await client.query(`DROP ROLE IF EXISTS ${quoteIdent(role)}`);
}

/**
 * A throwaway database on a server (a test file's, a benchmark's, an attack run's): its URL, and a
 * drop that removes it with the hub's roles named after it (roles are cluster-wide).
 */
export async function createScratchDatabase(serverUrl: string, prefix: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${quoteIdent(name)}`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new Client({ connectionString: serverUrl });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
        await dropHubRoles(client, name);
      } finally {
        await client.end();
      }
    },
  };
}

/** New random passwords for the logins. */
export function randomRolePasswords(): Record<HubLogin, string> {
  return Object.fromEntries(HUB_LOGINS.map((login) => [login, randomBytes(24).toString('base64url')])) as Record<HubLogin, string>;
}

/** The logins' passwords for `npm start`: generated once, kept in the data folder (mode 0600) beside the server's. */
export function storedRolePasswords(dataDir: string): Record<HubLogin, string> {
  const file = path.join(dataDir, 'database-roles.json');
  if (!fs.existsSync(file)) {
    fs.mkdirSync(dataDir, { recursive: true });
    fs.writeFileSync(file, JSON.stringify(randomRolePasswords()), { mode: 0o600 });
  }
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Record<HubLogin, string>;
}

/** The configured passwords (REGISTRY_/IKONE_DS_/GATEWAY_DATABASE_PASSWORD) win over `fallback`'s. */
export function withConfiguredPasswords(
  configured: Partial<Record<HubLogin, string>>,
  fallback: Record<HubLogin, string>,
): Record<HubLogin, string> {
  return Object.fromEntries(HUB_LOGINS.map((login) => [login, configured[login] ?? fallback[login]])) as Record<HubLogin, string>;
}

/** The stored passwords' file, when `npm start` set up the roles before (a restart). */
export function hasStoredRolePasswords(dataDir: string): boolean {
  return fs.existsSync(path.join(dataDir, 'database-roles.json'));
}
