// Personal data of contact persons under the DSGVO: export (Art. 15) and erasure (Art. 17).
// Erasure removes the values everywhere — the contact row and the before/after values of the audit
// trail — while the events themselves (that a contact was changed, when, by whom) stay.
import type { DataSource, EntityManager } from 'typeorm';
import type { BaseContext } from '../../common/context';
import { notFound } from '../../common/errors';
import { recordAudit } from './audit';

/** The values that identify a contact person; a job title ("function") is not among them. */
export const PERSONAL_FIELDS = ['name', 'email', 'phone'] as const;

export interface PersonalDataExport {
  membershipId: string;
  contactPerson: Record<string, unknown> | null;
  /** Every audit event that holds values of this contact person. */
  history: { at: string; action: string; before: unknown; after: unknown }[];
}

export async function exportContactPersonData(dataSource: DataSource, membershipId: string): Promise<PersonalDataExport> {
  const [contact] = await dataSource.query(
    `SELECT name, function, email, phone, updated_at FROM registry.contact_person WHERE membership_id = $1`,
    [membershipId],
  );
  const history = await dataSource.query(
    `SELECT at, action, before, after FROM registry.audit_event WHERE entity = 'contact' AND entity_id = $1 ORDER BY id`,
    [membershipId],
  );
  if (!contact && history.length === 0) throw notFound('There is no contact person, present or past, for this membership.');
  return { membershipId, contactPerson: contact ?? null, history };
}

/** Erases one membership's contact person everywhere; returns how many audit events were scrubbed. */
export async function eraseContactPersonData(
  manager: EntityManager,
  ctx: BaseContext,
  membershipId: string,
): Promise<{ contactRemoved: boolean; auditEventsScrubbed: number }> {
  // TypeORM answers UPDATE and DELETE with [rows, affected count].
  const [, removed] = await manager.query(`DELETE FROM registry.contact_person WHERE membership_id = $1`, [membershipId]);
  const keys = `ARRAY[${PERSONAL_FIELDS.map((f) => `'${f}'`).join(', ')}]`;
  const [, scrubbed] = await manager.query(
    `UPDATE registry.audit_event
        SET before = before - ${keys}::text[], after = after - ${keys}::text[], personal_data_erased_at = now()
      WHERE entity = 'contact' AND entity_id = $1 AND personal_data_erased_at IS NULL`,
    [membershipId],
  );
  await recordAudit(manager, ctx, { action: 'contact.erase', entity: 'contact', entityId: membershipId, before: null, after: null });
  return { contactRemoved: Number(removed) > 0, auditEventsScrubbed: Number(scrubbed ?? 0) };
}

/** Memberships that ended (or applications that were decided) more than `days` ago and still hold contact data. */
export async function contactsPastRetention(dataSource: DataSource, days: number): Promise<string[]> {
  const rows: { id: string }[] = await dataSource.query(
    `SELECT ms.id FROM registry.digitale_doerfer_membership ms
      WHERE ms.status IN ('ENDED', 'REJECTED', 'WITHDRAWN')
        AND COALESCE(ms.ended_on, ms.decided_on) < current_date - $1::int
        AND (EXISTS (SELECT 1 FROM registry.contact_person c WHERE c.membership_id = ms.id)
             OR EXISTS (SELECT 1 FROM registry.audit_event a WHERE a.entity = 'contact' AND a.entity_id = ms.id::text
                        AND a.personal_data_erased_at IS NULL AND (a.before IS NOT NULL OR a.after IS NOT NULL)))`,
    [days],
  );
  return rows.map((r) => r.id);
}
