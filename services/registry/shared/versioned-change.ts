// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// The one path of every change to a versioned record (memberships, contact persons, meetings,
// experience reports): lock the row, check the version the client last saw, apply, bump the
// version, write the audit event — all in the caller's transaction, so concurrent changes wait
// for each other and nothing is overwritten unseen.
import type { EntityManager, EntityTarget } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import type { BaseContext } from '../../../common/context';
import { conflict, notFound } from '../../../common/errors';
import { recordAudit, snapshot } from './audit';

/** A row with a version for optimistic concurrency and the time of its last change. */
export interface VersionedRow {
  version: number;
  updatedAt: Date;
}

/** A table whose rows carry a version for optimistic concurrency, and how its changes are audited. */
export interface VersionedTable<T extends VersionedRow> {
  entity: EntityTarget<T>;
  /** The record in messages, e.g. "meeting": "No meeting has this id.", "The meeting was changed meanwhile …". */
  name: string;
  /** The kind of record in the audit trail (audit_event.entity), e.g. "meeting". */
  auditEntity: string;
  /** The fields the audit trail keeps before and after a change. */
  auditFields: (keyof T)[];
  /** Message when no row has the id; default "No <name> has this id.". */
  notFoundMessage?: string;
}

/** What one change does, decided after the row is locked and its version checked. */
export interface VersionedChange<T> {
  /** The audit event's action, e.g. "meeting.update". */
  action: string;
  /** The columns to set (may be none); version and updatedAt are set by changeVersioned. */
  set: QueryDeepPartialEntity<T>;
  /** What the audit trail keeps when it is not the audit fields before and after (e.g. a meeting's attendance). */
  audit?: { before: object; after: object };
}

/**
 * Optimistic concurrency, the one check of every change: the client must send the version it last
 * saw, and it must be the current one.
 */
function checkVersion(record: { version: number }, expected: number, what = 'record'): void {
  if (record.version !== expected) {
    throw conflict(`The ${what} was changed meanwhile (now version ${record.version}, you sent ${expected}); reload it and try again.`);
  }
}

/** Loads a row by its primary key FOR UPDATE: concurrent changes to it wait here and then see the result. Null: no such row. */
function findForUpdate<T extends VersionedRow>(manager: EntityManager, table: VersionedTable<T>, id: string): Promise<T | null> {
  return manager.getRepository(table.entity).createQueryBuilder('row').setLock('pessimistic_write').whereInIds([id]).getOne();
}

/** findForUpdate, NOT_FOUND when no row has the id. */
export async function lockRow<T extends VersionedRow>(manager: EntityManager, table: VersionedTable<T>, id: string): Promise<T> {
  const row = await findForUpdate(manager, table, id);
  if (!row) throw notFound(table.notFoundMessage ?? `No ${table.name} has this id.`);
  return row;
}

function reload<T extends VersionedRow>(manager: EntityManager, table: VersionedTable<T>, id: string): Promise<T> {
  return manager.getRepository(table.entity).createQueryBuilder('row').whereInIds([id]).getOneOrFail();
}

/**
 * Changes one versioned row: lock, `precondition` (e.g. the status a decision needs), version check,
 * `change` (further checks that read the database, writes to other tables, the columns to set),
 * version bump, audit event. Returns the row as stored afterwards.
 */
export async function changeVersioned<T extends VersionedRow>(
  manager: EntityManager,
  ctx: BaseContext,
  table: VersionedTable<T>,
  id: string,
  expectedVersion: number,
  change: (row: T) => VersionedChange<T> | Promise<VersionedChange<T>>,
  precondition?: (row: T) => void,
): Promise<T> {
  const row = await lockRow(manager, table, id);
  precondition?.(row);
  checkVersion(row, expectedVersion, table.name);
  const { action, set, audit } = await change(row);
  await manager.getRepository(table.entity).update(id, { ...set, version: row.version + 1, updatedAt: () => 'now()' });
  const after = await reload(manager, table, id);
  await recordAudit(manager, ctx, {
    action,
    entity: table.auditEntity,
    entityId: id,
    before: audit?.before ?? snapshot(row, table.auditFields),
    after: audit?.after ?? snapshot(after, table.auditFields),
  });
  return after;
}

/**
 * Creates or replaces the one row with this key (a membership's contact person): a missing row
 * counts as version 0, so naming the first one is checked like any change. The audit action is
 * `actions.create` or `actions.replace`.
 */
export async function putVersioned<T extends VersionedRow>(
  manager: EntityManager,
  ctx: BaseContext,
  table: VersionedTable<T>,
  id: string,
  expectedVersion: number,
  values: QueryDeepPartialEntity<T>,
  actions: { create: string; replace: string },
): Promise<T> {
  const current = await findForUpdate(manager, table, id);
  checkVersion(current ?? { version: 0 }, expectedVersion, table.name);
  const repository = manager.getRepository(table.entity);
  if (current) {
    await repository.update(id, { ...values, version: current.version + 1, updatedAt: () => 'now()' });
  } else {
    const key = repository.metadata.primaryColumns[0].propertyName;
    await repository.insert({ ...values, [key]: id, version: 1, updatedAt: () => 'now()' });
  }
  const after = await reload(manager, table, id);
  await recordAudit(manager, ctx, {
    action: current ? actions.replace : actions.create,
    entity: table.auditEntity,
    entityId: id,
    before: current ? snapshot(current, table.auditFields) : null,
    after: snapshot(after, table.auditFields),
  });
  return after;
}

/** Deletes one versioned row after the version check; the audit event keeps its values before. */
export async function removeVersioned<T extends VersionedRow>(
  manager: EntityManager,
  ctx: BaseContext,
  table: VersionedTable<T>,
  id: string,
  expectedVersion: number,
  action: string,
): Promise<void> {
  const row = await lockRow(manager, table, id);
  checkVersion(row, expectedVersion, table.name);
  await manager.getRepository(table.entity).delete(id);
  await recordAudit(manager, ctx, {
    action,
    entity: table.auditEntity,
    entityId: id,
    before: snapshot(row, table.auditFields),
    after: null,
  });
}
