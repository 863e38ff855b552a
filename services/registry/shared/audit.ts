// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// The audit trail: every change is written as an event in the same transaction as the change,
// so there is no change without its event and no event without its change.
import type { EntityManager } from 'typeorm';
import type { BaseContext } from '../../../common/context';

export interface AuditInput {
  action: string;
  entity: string;
  entityId: string;
  before: object | null;
  after: object | null;
}

export async function recordAudit(manager: EntityManager, ctx: BaseContext, event: AuditInput): Promise<void> {
  await manager.query(
    `INSERT INTO registry.audit_event (actor_kind, actor_id, actor_role, request_id, action, entity, entity_id, before, after)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [
      ctx.principal.kind,
      ctx.principal.id,
      ctx.principal.role,
      ctx.requestId,
      event.action,
      event.entity,
      event.entityId,
      event.before ? JSON.stringify(event.before) : null,
      event.after ? JSON.stringify(event.after) : null,
    ],
  );
}

/** Plain values of a record for the audit trail (dates as text, no functions). */
export function snapshot<T extends object>(record: T, fields: (keyof T)[]): Record<string, unknown> {
  return Object.fromEntries(fields.map((field) => [field, (record[field] as unknown) ?? null]));
}
