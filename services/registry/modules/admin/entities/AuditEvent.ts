// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

import { Field, ID, ObjectType } from 'type-graphql';
import { DateTimeISOResolver, JSONObjectResolver } from 'graphql-scalars';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Role } from '../../../../../common/auth/roles';

/** One change, kept for good: who, when, what, before and after. Personal values can be erased (DSGVO Art. 17); the event stays. */
@ObjectType({ description: 'One change in the registry: who made it, when, and the values before and after.' })
@Entity({ name: 'audit_event' })
export class AuditEvent {
  @Field(() => ID, { description: 'Sequence number.' })
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Field(() => DateTimeISOResolver, { description: 'When.' })
  @Column({ type: 'timestamptz' })
  at: Date;

  @Field(() => String, {
    description: 'Kind of actor: apiKey, user, anonymous, or system (a command run on the server, e.g. npm run apikey).',
  })
  @Column({ type: 'text', name: 'actor_kind' })
  actorKind: string;

  @Field(() => String, {
    nullable: true,
    description: 'API key id, the person’s subject at the identity provider, or the command (e.g. "cli:<os user>").',
  })
  @Column({ type: 'text', name: 'actor_id', nullable: true })
  actorId: string | null;

  @Field(() => Role, { description: 'Role of the actor.' })
  @Column({ type: 'text', name: 'actor_role' })
  actorRole: Role;

  @Field(() => String, { nullable: true, description: 'Request id (matches the log line).' })
  @Column({ type: 'text', name: 'request_id', nullable: true })
  requestId: string | null;

  @Field(() => String, { description: 'What was done, e.g. "application.approve".' })
  @Column({ type: 'text' })
  action: string;

  @Field(() => String, { description: 'Kind of record, e.g. "membership", "contact" or "apiKey".' })
  @Column({ type: 'text' })
  entity: string;

  @Field(() => ID, { description: 'Id of the record.' })
  @Column({ type: 'text', name: 'entity_id' })
  entityId: string;

  @Field(() => JSONObjectResolver, { nullable: true, description: 'Values before the change (null for a creation).' })
  @Column({ type: 'jsonb', nullable: true })
  before: Record<string, unknown> | null;

  @Field(() => JSONObjectResolver, { nullable: true, description: 'Values after the change (null for a deletion).' })
  @Column({ type: 'jsonb', nullable: true })
  after: Record<string, unknown> | null;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'When personal values in before/after were erased on request.' })
  @Column({ type: 'timestamptz', name: 'personal_data_erased_at', nullable: true })
  personalDataErasedAt: Date | null;
}
