// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// Personal data under the DSGVO: export (Art. 15) and erasure (Art. 17) of the people named with a
// membership — its contact person and whoever signed the letter of application. Erasure removes the
// values everywhere — the contact row, the signer on the membership, and the before/after values of
// every audit event of these records — while the events themselves (that something was changed,
// when, by whom) stay.
import type { DataSource, EntityManager } from 'typeorm';
import type { BaseContext } from '../../../../common/context';
import { notFound } from '../../../../common/errors';
import { recordAudit } from '../../shared/audit';
import { today } from '../../../../common/dates';
import { CONTACT_PERSONS } from '../membership/rules';

/**
 * Every field that can hold a person's data, by the kind of record (the audit trail's `entity`):
 * one list for export, erasure, retention and their test. A contact person is personal data
 * throughout — every audited field but its version — so a field added to the contact is covered
 * without being listed here.
 */
export const PERSONAL_FIELDS = {
  contact: CONTACT_PERSONS.auditFields.filter((field) => field !== 'version'),
  membership: ['signedBy'],
} as const satisfies Record<string, string[]>;

type AuditedEntity = keyof typeof PERSONAL_FIELDS;
const ENTITIES = Object.keys(PERSONAL_FIELDS) as AuditedEntity[];

/** SQL: the audit event (alias a) is one of this membership's records and holds personal fields. */
function personalEventsSql(): string {
  return ENTITIES.map((entity) => `(a.entity = '${entity}' AND (a.before ?| ${keysSql(entity)} OR a.after ?| ${keysSql(entity)}))`).join(
    ' OR ',
  );
}

function keysSql(entity: AuditedEntity): string {
  return `ARRAY[${PERSONAL_FIELDS[entity].map((f) => `'${f}'`).join(', ')}]::text[]`;
}

export interface PersonalDataExport {
  membershipId: string;
  contactPerson: Record<string, unknown> | null;
  /** Who signed the letter of application, as stored on the membership. */
  signedBy: string | null;
  /** Every audit event that holds values of these people (contact person and signer). */
  history: { at: string; entity: string; action: string; before: unknown; after: unknown }[];
}

export async function exportContactPersonData(dataSource: DataSource, membershipId: string): Promise<PersonalDataExport> {
  const [contact] = await dataSource.query(
    // every personal field there is (snake_case columns of the audited fields), so a new one is exported too
    `SELECT ${PERSONAL_FIELDS.contact.map((field) => field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)).join(', ')}, updated_at
       FROM registry.contact_person WHERE membership_id = $1`,
    [membershipId],
  );
  const [membership] = await dataSource.query(`SELECT signed_by FROM registry.digitale_doerfer_membership WHERE id = $1`, [membershipId]);
  const history = await dataSource.query(
    `SELECT a.at, a.entity, a.action, a.before, a.after FROM registry.audit_event a
      WHERE a.entity_id = $1 AND (${personalEventsSql()}) ORDER BY a.id`,
    [membershipId],
  );
  const signedBy: string | null = membership?.signed_by ?? null;
  if (!contact && !signedBy && history.length === 0) {
    throw notFound('There is no personal data, present or past, for this membership.');
  }
  return { membershipId, contactPerson: contact ?? null, signedBy, history };
}

/**
 * Erases the personal data of one membership everywhere: the contact person, the signer, and their
 * values in the audit trail. Returns whether a contact was removed and how many events were scrubbed.
 */
export async function eraseContactPersonData(
  manager: EntityManager,
  ctx: BaseContext,
  membershipId: string,
): Promise<{ contactRemoved: boolean; auditEventsScrubbed: number }> {
  // TypeORM answers UPDATE and DELETE with [rows, affected count].
  const [, removed] = await manager.query(`DELETE FROM registry.contact_person WHERE membership_id = $1`, [membershipId]);
  await manager.query(`UPDATE registry.digitale_doerfer_membership SET signed_by = NULL WHERE id = $1 AND signed_by IS NOT NULL`, [
    membershipId,
  ]);
  let scrubbed = 0;
  for (const entity of ENTITIES) {
    const [, count] = await manager.query(
      `UPDATE registry.audit_event a
          SET before = a.before - ${keysSql(entity)}, after = a.after - ${keysSql(entity)}, personal_data_erased_at = now()
        WHERE a.entity = $2 AND a.entity_id = $1 AND (a.before ?| ${keysSql(entity)} OR a.after ?| ${keysSql(entity)})`,
      [membershipId, entity],
    );
    scrubbed += Number(count ?? 0);
  }
  await recordAudit(manager, ctx, { action: 'contact.erase', entity: 'contact', entityId: membershipId, before: null, after: null });
  return { contactRemoved: Number(removed) > 0, auditEventsScrubbed: scrubbed };
}

/** Memberships that ended (or applications that were decided) more than `days` ago and still hold personal data. */
export async function contactsPastRetention(dataSource: DataSource, days: number): Promise<string[]> {
  const rows: { id: string }[] = await dataSource.query(
    `SELECT ms.id FROM registry.digitale_doerfer_membership ms
      WHERE ms.status IN ('ENDED', 'REJECTED', 'WITHDRAWN')
        AND COALESCE(ms.ended_on, ms.decided_on) < $2::date - $1::int
        AND (ms.signed_by IS NOT NULL
             OR EXISTS (SELECT 1 FROM registry.contact_person c WHERE c.membership_id = ms.id)
             OR EXISTS (SELECT 1 FROM registry.audit_event a WHERE a.entity_id = ms.id::text AND (${personalEventsSql()})))`,
    // the German day (common/dates.ts), not the database server's CURRENT_DATE
    [days, today()],
  );
  return rows.map((r) => r.id);
}
