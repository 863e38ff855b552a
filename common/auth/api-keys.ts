// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// API keys: created, listed and revoked by a ministry admin (API or `npm run apikey`), checked by
// the gateway (api-key-check.ts). A key reads "knh_<id>_<secret>"; only the SHA-256 of the secret
// is stored (the secret is 32 random bytes, so a fast hash is enough), and it is shown once.
import { randomBytes } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { createDataSource, initializeWithRetry, migrate, ServiceDatabase } from '../database';
import { NetworkId } from '../domain';
import { badInput } from '../errors';
import { requireText } from '../validation';
import type { Logger } from '../logging';
import { hashSecret } from './api-key-check';
import { ApiKey } from './ApiKey';
import { CreateAuth1764000000002 } from './migrations/1764000000002-CreateAuth';
import { Role } from './roles';

export const authDatabase: ServiceDatabase = { schema: 'auth', entities: [ApiKey], migrations: [CreateAuth1764000000002] };

/**
 * Brings the schema "auth" up to date. Its one owner is the registry, which manages the keys: it
 * runs this at start (and `npm run apikey` does, acting for it). The gateway only reads the keys;
 * its readiness waits for the registry, so the schema exists before the first key is checked.
 * TypeORM keeps a migrations table per schema, hence a short-lived data source of its own.
 */
export async function migrateAuthSchema(databaseUrl: string, logger: Logger): Promise<void> {
  const dataSource = createDataSource(databaseUrl, authDatabase, logger, 1);
  await initializeWithRetry(dataSource, logger);
  try {
    await migrate(dataSource, authDatabase.schema);
  } finally {
    await dataSource.destroy();
  }
}

export interface NewApiKey {
  name: string;
  role: Role;
  network?: NetworkId | null;
  expiresAt?: Date | null;
  createdBy: string;
}

export class ApiKeyStore {
  private constructor(
    readonly dataSource: DataSource,
    /** The transaction this store works in (see `transaction`), else the data source's own manager. */
    private readonly manager: EntityManager = dataSource.manager,
  ) {}

  /** A store on a data source that already includes the ApiKey entity (the registry's). */
  static on(dataSource: DataSource): ApiKeyStore {
    return new ApiKeyStore(dataSource);
  }

  /** Connects to the keys; the schema is migrated by its owner, the registry (migrateAuthSchema). */
  static async open(databaseUrl: string, logger: Logger): Promise<ApiKeyStore> {
    const dataSource = createDataSource(databaseUrl, authDatabase, logger, 3);
    await initializeWithRetry(dataSource, logger);
    return new ApiKeyStore(dataSource);
  }

  private get repository() {
    return this.manager.getRepository(ApiKey);
  }

  /**
   * Runs `work` in one transaction, with a store bound to it: a key's creation or revocation and its
   * audit event (written by the caller with `manager`) commit together or not at all.
   */
  transaction<T>(work: (store: ApiKeyStore, manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction((manager) => work(new ApiKeyStore(this.dataSource, manager), manager));
  }

  /** Creates a key; the returned secret is the only time it is visible. */
  async create(input: NewApiKey): Promise<{ apiKey: ApiKey; secret: string }> {
    // Printable text only: a name with ANSI escapes or newlines could forge lines in `npm run apikey -- list` or the logs.
    const name = requireText(input.name, 'name', 1, 100);
    if (input.role === Role.PUBLIC)
      throw badInput('PUBLIC needs no key; choose PARTNER, COORDINATOR or MINISTRY_ADMIN.', { argument: 'role' });
    const network = input.network ?? null;
    if ((input.role === Role.COORDINATOR) !== (network !== null)) {
      throw badInput('A COORDINATOR key needs exactly one network; other roles take none.', { argument: 'network' });
    }
    if (input.expiresAt && input.expiresAt.getTime() <= Date.now())
      throw badInput('expiresAt must be in the future.', { argument: 'expiresAt' });
    const id = randomBytes(8).toString('hex');
    const secretPart = randomBytes(32).toString('base64url');
    const apiKey = this.repository.create({
      id,
      name,
      role: input.role,
      network,
      secretHash: hashSecret(secretPart),
      createdAt: new Date(),
      createdBy: input.createdBy,
      expiresAt: input.expiresAt ?? null,
      revokedAt: null,
      lastUsedAt: null,
    });
    await this.repository.insert(apiKey);
    return { apiKey, secret: `knh_${id}_${secretPart}` };
  }

  list(): Promise<ApiKey[]> {
    return this.repository.find({ order: { createdAt: 'ASC' } });
  }

  /**
   * Revokes a key; revoking a revoked key keeps the first revocation time (changed: false). Null
   * when there is no such key.
   */
  async revoke(id: string): Promise<{ apiKey: ApiKey; changed: boolean } | null> {
    const result = await this.repository
      .createQueryBuilder()
      .update()
      .set({ revokedAt: () => 'now()' })
      .where('id = :id AND revoked_at IS NULL', { id })
      .execute();
    const apiKey = await this.repository.findOneBy({ id });
    return apiKey ? { apiKey, changed: (result.affected ?? 0) > 0 } : null;
  }

  close(): Promise<void> {
    return this.dataSource.destroy();
  }
}
