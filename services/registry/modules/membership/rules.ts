// Rules of the Digitale Dörfer memberships: the versioned tables with what their audit keeps, which
// records are open, and who takes part in the network's exchange.
import type { EntityManager } from 'typeorm';
import { MembershipStatus } from '../../../../common/domain';
import { badInput } from '../../../../common/errors';
import type { Municipality } from '../directory/entities/Municipality';
import type { VersionedTable } from '../../shared/versioned-change';
import { ContactPerson } from './entities/ContactPerson';
import { DigitaleDoerferMembership } from './entities/DigitaleDoerferMembership';

export const MEMBERSHIPS: VersionedTable<DigitaleDoerferMembership> = {
  entity: DigitaleDoerferMembership,
  name: 'membership',
  auditEntity: 'membership',
  auditFields: [
    'municipalityArs',
    'status',
    'role',
    'startedOn',
    'endedOn',
    'letterDate',
    'signedBy',
    'receivedOn',
    'decidedOn',
    'decisionReason',
    'version',
  ],
};

/** A membership's contact person, keyed by the membership id; every audited field but the version is personal data. */
export const CONTACT_PERSONS: VersionedTable<ContactPerson> = {
  entity: ContactPerson,
  name: 'contact person',
  auditEntity: 'contact',
  auditFields: ['name', 'function', 'email', 'phone', 'version'],
  notFoundMessage: 'This membership has no contact person.',
};

/** An open application or an active membership: at most one per municipality (a partial unique index). */
export const OPEN_STATUSES: readonly MembershipStatus[] = [MembershipStatus.RECEIVED, MembershipStatus.ACTIVE];

/**
 * Only ACTIVE members take part in the network's exchange; BAD_USER_INPUT names every one that is
 * not. One statement, however many municipalities.
 */
export async function requireActiveMembers(manager: EntityManager, municipalities: Municipality[], argument: string): Promise<void> {
  if (municipalities.length === 0) return;
  const rows: { municipality_ars: string }[] = await manager.query(
    `SELECT DISTINCT municipality_ars FROM registry.digitale_doerfer_membership WHERE municipality_ars = ANY($1) AND status = $2`,
    [municipalities.map((m) => m.ars), MembershipStatus.ACTIVE],
  );
  const members = new Set(rows.map((r) => r.municipality_ars));
  const outsiders = municipalities.filter((m) => !members.has(m.ars));
  if (outsiders.length === 0) return;
  throw badInput(
    `${outsiders.map((m) => `${m.name} (ARS ${m.ars})`).join(', ')} ${outsiders.length > 1 ? 'have' : 'has'} no active membership in the Netzwerk Digitale Dörfer RLP.`,
    { argument, municipalityArs: outsiders.map((m) => m.ars) },
  );
}
