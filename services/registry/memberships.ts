// Shared steps of every change to a membership: lock the row, check the version the client saw,
// bump it, and describe the record for the audit trail.
import type { EntityManager } from 'typeorm';
import { conflict, notFound } from '../../common/errors';
import { DigitaleDoerferMembership } from './entities/DigitaleDoerferMembership';

export const MEMBERSHIP_AUDIT_FIELDS: (keyof DigitaleDoerferMembership)[] = [
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
];

/** Loads a membership FOR UPDATE: concurrent changes to it wait here and then see the result. */
export async function lockMembership(manager: EntityManager, id: string): Promise<DigitaleDoerferMembership> {
  const membership = await manager
    .getRepository(DigitaleDoerferMembership)
    .createQueryBuilder('ms')
    .setLock('pessimistic_write')
    .where('ms.id = :id', { id })
    .getOne();
  if (!membership) throw notFound('No membership has this id.');
  return membership;
}

/**
 * Optimistic concurrency, the one check of every change: the client must send the version it last
 * saw, and it must be the current one. Nothing is overwritten unseen.
 */
export function checkVersion(record: { version: number }, expected: number, what = 'record'): void {
  if (record.version !== expected) {
    throw conflict(`The ${what} was changed meanwhile (now version ${record.version}, you sent ${expected}); reload it and try again.`);
  }
}

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}
