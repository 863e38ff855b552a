// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// Rules of the Digitale Dörfer memberships: the versioned tables with what their audit keeps, which
// records are open, and who takes part in the network's exchange.
import type { EntityManager } from 'typeorm';
import { termCoversDay, today, TODAY_SQL } from '../../../../common/dates';
import { DigitaleDoerferRole, MembershipRole, MembershipStatus } from '../../../../common/domain';
import { badInput } from '../../../../common/errors';
import type { Municipality } from '../directory/entities/Municipality';
import type { VersionedTable } from '../../shared/versioned-change';
import { ContactPerson } from './entities/ContactPerson';
import { DigitaleDoerferMembership } from './entities/DigitaleDoerferMembership';
import { DigitaleDoerferRoleTerm } from './entities/DigitaleDoerferRoleTerm';

export const MEMBERSHIPS: VersionedTable<DigitaleDoerferMembership> = {
  entity: DigitaleDoerferMembership,
  name: 'membership',
  auditEntity: 'membership',
  auditFields: [
    'municipalityArs',
    'status',
    'startedOn',
    'lastConfirmedOn',
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

/** A municipality's dated role (transfer point, model municipality); recorded and ended with its version checked. */
export const ROLE_TERMS: VersionedTable<DigitaleDoerferRoleTerm> = {
  entity: DigitaleDoerferRoleTerm,
  name: 'role term',
  auditEntity: 'role',
  auditFields: [
    'municipalityArs',
    'role',
    'startedOn',
    'startedOnPrecision',
    'endedOn',
    'endedOnPrecision',
    'source',
    'note',
    'sources',
    'version',
  ],
};

/** An open application, an active membership or one of unknown status: at most one per municipality (a partial unique index). */
export const OPEN_STATUSES: readonly MembershipStatus[] = [MembershipStatus.RECEIVED, MembershipStatus.ACTIVE, MembershipStatus.UNKNOWN];

/** Records that may name a contact person: an application and an active membership (not one of unknown status: no personal data kept on a guess). */
export const CONTACT_STATUSES: readonly MembershipStatus[] = [MembershipStatus.RECEIVED, MembershipStatus.ACTIVE];

/** Who takes part in the network's exchange (meetings, experience reports): active members, and members whose status is unknown since their last evidence. */
export const PARTICIPATING_STATUSES: readonly MembershipStatus[] = [MembershipStatus.ACTIVE, MembershipStatus.UNKNOWN];

/**
 * SQL: the record `ms` counts as a member on `date`. From its start (a record without one counts
 * only from today on: no source dates it) to its end; a membership of UNKNOWN status only up to
 * its last confirmation. Applications never count. Never NULL, so that NOT of it is sound.
 */
export function memberOnDateSql(ms: string, date: string): string {
  return `(${ms}.status IN ('${MembershipStatus.ACTIVE}', '${MembershipStatus.ENDED}', '${MembershipStatus.UNKNOWN}')
       AND (${ms}.started_on IS NOT NULL AND ${ms}.started_on <= ${date} OR ${ms}.started_on IS NULL AND ${date} >= ${TODAY_SQL})
       AND (${ms}.ended_on IS NULL OR ${ms}.ended_on >= ${date})
       AND (${ms}.status <> '${MembershipStatus.UNKNOWN}' OR ${ms}.last_confirmed_on IS NOT NULL AND ${ms}.last_confirmed_on >= ${date}))`;
}

/** SQL: unit `ars` holds a transfer-point term today (the Berlin calendar day, as common/dates.ts today()). */
export function isTransferPointNowSql(ars: string): string {
  return `EXISTS (SELECT 1 FROM registry.digitale_doerfer_role t
                   WHERE t.municipality_ars = ${ars} AND t.role = '${DigitaleDoerferRole.TRANSFER_POINT}'
                     AND t.started_on <= ${TODAY_SQL} AND (t.ended_on IS NULL OR t.ended_on >= ${TODAY_SQL}))`;
}

/** The role a membership record shows: TRANSFER_POINT while the member is active and holds a current transfer-point term. */
export function currentRole(
  membership: Pick<DigitaleDoerferMembership, 'status'>,
  terms: DigitaleDoerferRoleTerm[],
  on = today(),
): MembershipRole {
  const transferPoint = terms.some((t) => t.role === DigitaleDoerferRole.TRANSFER_POINT && termCoversDay(t, on));
  return transferPoint && membership.status === MembershipStatus.ACTIVE ? MembershipRole.TRANSFER_POINT : MembershipRole.MEMBER;
}

/**
 * Only members (PARTICIPATING_STATUSES) take part in the network's exchange; BAD_USER_INPUT names
 * every one that is not. One statement, however many municipalities.
 */
export async function requireActiveMembers(manager: EntityManager, municipalities: Municipality[], argument: string): Promise<void> {
  if (municipalities.length === 0) return;
  const rows: { municipality_ars: string }[] = await manager.query(
    `SELECT DISTINCT municipality_ars FROM registry.digitale_doerfer_membership WHERE municipality_ars = ANY($1) AND status = ANY($2)`,
    [municipalities.map((m) => m.ars), PARTICIPATING_STATUSES],
  );
  const members = new Set(rows.map((r) => r.municipality_ars));
  const outsiders = municipalities.filter((m) => !members.has(m.ars));
  if (outsiders.length === 0) return;
  throw badInput(
    `${outsiders.map((m) => `${m.name} (ARS ${m.ars})`).join(', ')} ${outsiders.length > 1 ? 'are' : 'is'} not known as a member of the Netzwerk Digitale Dörfer RLP (active or of unknown status).`,
    { argument, municipalityArs: outsiders.map((m) => m.ars) },
  );
}
