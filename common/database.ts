// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// The one path to the database for every service: TypeORM over pg, each service in its own
// PostgreSQL schema, created and changed only by migrations.
import pg from 'pg';
import { DataSource, EntityMetadata, Logger as TypeOrmLogger, MigrationExecutor, MixedList, QueryRunner } from 'typeorm';
import { HUB_SCHEMAS, HubSchema, migrationLock, ownerRole, quoteIdent, schemaGrantsSql } from './database-roles';
import type { Logger } from './logging';
import { CONNECTION_TIMEOUT_MS, countStatement, DATA_CHANGED_CHANNEL, isDatabaseUnavailable, newPool } from './postgres';

/** What a service tells the shared database layer about itself. */
export interface ServiceDatabase {
  /** PostgreSQL schema that holds all of the service's tables. */
  schema: string;
  entities: MixedList<Function>;
  migrations: MixedList<Function>;
}

/** Counts statements and reports errors and slow queries without their parameters (they may hold personal data). */
class CountingLogger implements TypeOrmLogger {
  constructor(
    private readonly schema: string,
    private readonly logger: Logger,
  ) {}
  logQuery(): void {
    countStatement(this.schema);
  }
  logQueryError(error: string | Error, query: string): void {
    this.logger.error(
      { err: { message: String(error instanceof Error ? error.message : error) }, query: query.slice(0, 300) },
      'SQL error',
    );
  }
  logQuerySlow(time: number, query: string): void {
    this.logger.warn({ durationMs: time, query: query.slice(0, 300) }, 'slow SQL statement');
  }
  logSchemaBuild(): void {}
  logMigration(message: string): void {
    this.logger.info({ migration: message }, 'migration');
  }
  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.logger.warn({ message: String(message) }, 'typeorm');
  }
}

/** The connections of queryPrepared, one pool per data source (see there). */
const preparedPools = new WeakMap<DataSource, pg.Pool>();

export function createDataSource(url: string, db: ServiceDatabase, logger: Logger, poolSize = 10): DataSource {
  const dataSource = new DataSource({
    type: 'postgres',
    url,
    schema: db.schema,
    entities: db.entities,
    migrations: db.migrations,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    logger: new CountingLogger(db.schema, logger),
    maxQueryExecutionTime: 1000,
    extra: { max: poolSize, connectionTimeoutMillis: CONNECTION_TIMEOUT_MS, application_name: `kommunalnetz-${db.schema}` },
  });
  // queryPrepared's statements look rows up by keys: one generic plan serves every call. Left to
  // itself PostgreSQL plans such a statement anew on every call (its generic estimate for "= ANY($1)"
  // is worse than a custom plan's), and planning the directory's look-up took longer than running it.
  const prepared = newPool(url, `kommunalnetz-${db.schema}-prepared`, poolSize, { options: '-c plan_cache_mode=force_generic_plan' });
  preparedPools.set(dataSource, prepared);
  const destroy = dataSource.destroy.bind(dataSource);
  dataSource.destroy = async () => {
    await prepared.end().catch(() => undefined);
    await destroy();
  };
  return dataSource;
}

/**
 * Runs `work` on one connection under the schema's migration lock, so that instances starting at
 * the same time migrate one after the other. Where the hub's database roles exist
 * (common/database-roles.ts) it runs as the schema's owner role and sets the logins' rights
 * afterwards; a login that may not become the owner gets a clear error (never a silent skip).
 * Without those roles it runs as the connecting user.
 */
async function asSchemaOwner(dataSource: DataSource, schema: string, work: (runner: QueryRunner) => Promise<void>): Promise<void> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  let roleSet = false;
  let failed: Error | undefined;
  try {
    await runner.query('SELECT pg_advisory_lock(hashtext($1))', [migrationLock(schema)]);
    const [{ database }] = await runner.query('SELECT current_database() AS database');
    const hubSchema = (HUB_SCHEMAS as readonly string[]).includes(schema) ? (schema as HubSchema) : undefined;
    const owner = hubSchema && ownerRole(database, hubSchema);
    const [found] = owner
      ? await runner.query(
          `SELECT pg_has_role(current_user, oid, 'MEMBER') AS member, current_user AS login FROM pg_roles WHERE rolname = $1`,
          [owner],
        )
      : [];
    if (found && !found.member) {
      throw new Error(
        `the database login ${found.login} may not migrate the schema "${schema}": use the URL of the service that owns it, or a superuser's`,
      );
    }
    if (found) {
      await runner.query(`SET ROLE ${quoteIdent(owner!)}`);
      roleSet = true;
    }
    await work(runner);
    if (found) await runner.query(schemaGrantsSql(database, hubSchema!));
  } catch (error) {
    failed = error as Error;
    throw error;
  } finally {
    // The connection goes back to the pool: it must not keep the owner's rights.
    if (roleSet) await runner.query('RESET ROLE').catch((error: Error) => (failed = error));
    await runner.query('SELECT pg_advisory_unlock(hashtext($1))', [migrationLock(schema)]).catch(() => undefined);
    // A connection whose role may not have been reset is closed instead of reused (pg discards a
    // client released with an error; TypeORM's release() passes none, its internal method does).
    const postgresRunner = runner as unknown as { releasePostgresConnection?: (error?: Error) => Promise<void> };
    if (roleSet && failed && postgresRunner.releasePostgresConnection) await postgresRunner.releasePostgresConnection(failed);
    else await runner.release();
  }
}

/** Brings the service's schema up to date (see asSchemaOwner: once, as the schema's owner). */
export async function migrate(dataSource: DataSource, schema: string): Promise<void> {
  await asSchemaOwner(dataSource, schema, async (runner) => {
    // TypeORM keeps its migrations table inside the schema, so the schema must exist first.
    await runner.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
    const executor = new MigrationExecutor(dataSource, runner);
    executor.transaction = 'each';
    await executor.executePendingMigrations();
  });
}

/** Rolls the schema's last migration back (`npm run migrate -- revert`), as its owner like migrate(). */
export async function revertLastMigration(dataSource: DataSource, schema: string): Promise<void> {
  await asSchemaOwner(dataSource, schema, async (runner) => {
    const executor = new MigrationExecutor(dataSource, runner);
    executor.transaction = 'each';
    await executor.undoLastMigration();
  });
}

/**
 * A statement of a hot read path as a named prepared statement on connections of its own that use
 * generic plans: PostgreSQL parses and plans it once per connection instead of on every request.
 * `name` must stand for exactly one `text`. Counted and logged like TypeORM's own.
 */
export async function queryPrepared<R extends pg.QueryResultRow = Record<string, unknown>>(
  dataSource: DataSource,
  name: string,
  text: string,
  values: unknown[],
): Promise<R[]> {
  const pool = preparedPools.get(dataSource);
  if (!pool) throw new Error('queryPrepared needs a data source made by createDataSource');
  dataSource.logger.logQuery(text);
  try {
    return (await pool.query<R>({ name, text, values })).rows;
  } catch (error) {
    dataSource.logger.logQueryError(error as Error, text);
    throw error;
  }
}

/**
 * Entities read with plain SQL instead of TypeORM's query builder, whose statement building and
 * hydration cost about a sixth of the registry's CPU per request on its hottest read path: the
 * select list of an entity's columns (under a prefix, for joins), and rows back to entities with
 * TypeORM's own conversion of each column (types, transformers).
 */
export class EntityReader<T extends object> {
  private static readonly made = new WeakMap<DataSource, Map<Function, EntityReader<object>>>();
  private readonly metadata: EntityMetadata;
  private readonly selectLists = new Map<string, string>();

  /** The reader of an entity, made once per data source: loaders are made per request, their SQL need not be. */
  static of<T extends object>(dataSource: DataSource, entity: new () => T): EntityReader<T> {
    let readers = EntityReader.made.get(dataSource);
    if (!readers) EntityReader.made.set(dataSource, (readers = new Map()));
    let reader = readers.get(entity);
    if (!reader) readers.set(entity, (reader = new EntityReader(dataSource, entity)));
    return reader as EntityReader<T>;
  }

  private constructor(
    private readonly dataSource: DataSource,
    entity: new () => T,
  ) {
    this.metadata = dataSource.getMetadata(entity);
  }

  /** `alias."column" AS "prefixcolumn", …` for every column of the entity. */
  selectList(alias: string, prefix = ''): string {
    const key = `${alias}\u0000${prefix}`;
    let list = this.selectLists.get(key);
    if (list === undefined) {
      list = this.metadata.columns.map((c) => `${alias}."${c.databaseName}" AS "${prefix}${c.databaseName}"`).join(', ');
      this.selectLists.set(key, list);
    }
    return list;
  }

  /** The entity in a row (its columns under `prefix`); null where the row has none (an outer join's miss). */
  read(row: Record<string, unknown>, prefix = ''): T | null {
    const primary = this.metadata.primaryColumns[0];
    if (row[prefix + primary.databaseName] === null || row[prefix + primary.databaseName] === undefined) return null;
    const entity = this.metadata.create() as Record<string, unknown>;
    for (const column of this.metadata.columns) {
      entity[column.propertyName] = this.dataSource.driver.prepareHydratedValue(row[prefix + column.databaseName], column);
    }
    return entity as T;
  }
}

/**
 * Migration SQL that makes every table of the schema (as of this migration) announce its changes
 * on DATA_CHANGED_CHANNEL, once per statement, delivered at commit. The gateway's response cache
 * listens; triggers catch every writer (API, imports, feed refresh, scripts, manual SQL).
 * A table created by a later migration needs `notifyChangesSql` again (it skips tables already done).
 */
export function notifyChangesSql(schema: string): string {
  return `
    CREATE OR REPLACE FUNCTION "${schema}".announce_change() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM pg_notify('${DATA_CHANGED_CHANNEL}', TG_TABLE_SCHEMA || '.' || TG_TABLE_NAME);
      RETURN NULL;
    END $$;
    DO $$
    DECLARE t record;
    BEGIN
      FOR t IN SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
               WHERE n.nspname = '${schema}' AND c.relkind IN ('r', 'p') AND c.relname <> 'migrations'
                 AND NOT EXISTS (SELECT 1 FROM pg_trigger g WHERE g.tgrelid = c.oid AND g.tgname = 'announce_change')
      LOOP
        EXECUTE format('CREATE TRIGGER announce_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I.%I
                        FOR EACH STATEMENT EXECUTE FUNCTION %I.announce_change()', '${schema}', t.relname, '${schema}');
      END LOOP;
    END $$;`;
}

/** Reverts notifyChangesSql. */
export function dropNotifyChangesSql(schema: string): string {
  return `DROP FUNCTION IF EXISTS "${schema}".announce_change() CASCADE;`;
}

/** Turns PostgreSQL numeric (returned as string by pg) into a JS number. */
export const numericTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

/** Connects, retrying while the database is not reachable yet (it may still be starting, e.g. beside the launcher). */
export async function initializeWithRetry(dataSource: DataSource, logger: Logger, timeoutMs = 30_000, delayMs = 100): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastWarning = 0;
  for (let attempt = 1; ; attempt++) {
    try {
      await dataSource.initialize();
      return;
    } catch (error) {
      if (!isDatabaseUnavailable(error) || Date.now() + delayMs > deadline) {
        throw new Error(`PostgreSQL not reachable after ${attempt} attempt(s): ${(error as Error).message}`);
      }
      if (Date.now() - lastWarning >= 5_000) {
        lastWarning = Date.now();
        logger.warn({ attempt }, 'PostgreSQL not reachable yet; retrying');
      }
      await new Promise((resolve) => setTimeout(resolve, delayMs));
    }
  }
}

/** Connection pool figures of a data source (pg's Pool behind TypeORM). */
export function poolStats(dataSource: DataSource): { total: number; idle: number; waiting: number } {
  const pool = (dataSource.driver as unknown as { master?: { totalCount: number; idleCount: number; waitingCount: number } }).master;
  return { total: pool?.totalCount ?? 0, idle: pool?.idleCount ?? 0, waiting: pool?.waitingCount ?? 0 };
}
