// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

import { Arg, Args, ArgsType, Authorized, Ctx, Field, ID, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { JSONObjectResolver } from 'graphql-scalars';
import { Permission } from '../../../../../common/auth/roles';
import { Connection, PageArgs, readPage, toConnection } from '../../../../../common/pagination';
import { LocalDate } from '../../../../../common/input';
import { optionalText, requireDateOrder, requireUuid } from '../../../../../common/validation';
import { AuditEvent } from '../entities/AuditEvent';
import { eraseContactPersonData, exportContactPersonData } from '../personal-data';
import { lockRow } from '../../../shared/versioned-change';
import { MEMBERSHIPS } from '../../membership/rules';
import type { RegistryContext } from '../../../context';

@ObjectType({ description: 'A page of audit events, newest first.' })
export class AuditEventConnection extends Connection(AuditEvent, 'AuditEvent', 'audit event') {}

@ArgsType()
class AuditArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Only events of this kind of record, e.g. "membership" or "contact".' })
  entity?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only events of this record.' })
  entityId?: string | null;

  @Field(() => String, { nullable: true, description: 'Only events of this action, e.g. "membership.end" or "apiKey.revoke".' })
  action?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Only events of this actor (AuditEvent.actorId: an API key id, a person’s subject, a command).',
  })
  actorId?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Only events on or after this day (German time).' })
  since?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Only events on or before this day (German time).' })
  until?: string | null;
}

/** The longest filter value worth looking up: kinds, actions and actor ids are far shorter. */
const MAX_FILTER_LENGTH = 200;

@ObjectType({ description: 'What an erasure removed.' })
export class ErasureResult {
  @Field(() => Boolean, { description: 'Whether a current contact person was deleted.' })
  contactRemoved: boolean;

  @Field(() => Int, {
    description: 'Audit events (of the contact person and of the membership) whose personal values were removed; the events stay.',
  })
  auditEventsScrubbed: number;
}

/** The audit trail and the DSGVO requests: ministry admins only. */
@Resolver()
export class AuditResolver {
  @Authorized(Permission.READ_AUDIT)
  @Query(() => AuditEventConnection, {
    description:
      'Every change in the registry, newest first: who, when, what, before and after; all given filters must hold. Ministry admins only.',
  })
  async auditTrail(@Args(() => AuditArgs) args: AuditArgs, @Ctx() ctx: RegistryContext): Promise<AuditEventConnection> {
    const page = readPage(args);
    const query = ctx.dataSource
      .getRepository(AuditEvent)
      .createQueryBuilder('a')
      .orderBy('a.id', 'DESC')
      .skip(page.offset)
      .take(page.limit);
    const entity = optionalText(args.entity, 'entity', MAX_FILTER_LENGTH);
    const entityId = optionalText(args.entityId, 'entityId', MAX_FILTER_LENGTH);
    const action = optionalText(args.action, 'action', MAX_FILTER_LENGTH);
    const actorId = optionalText(args.actorId, 'actorId', MAX_FILTER_LENGTH);
    if (args.since && args.until) requireDateOrder(args.since, args.until, 'until', 'until must not be before since.');
    if (entity) query.andWhere('a.entity = :entity', { entity });
    if (entityId) query.andWhere('a.entity_id = :entityId', { entityId });
    if (action) query.andWhere('a.action = :action', { action });
    if (actorId) query.andWhere('a.actor_id = :actorId', { actorId });
    // Days as people in Rhineland-Palatinate count them.
    if (args.since) query.andWhere(`a.at >= (:since::date)::timestamp AT TIME ZONE 'Europe/Berlin'`, { since: args.since });
    if (args.until) query.andWhere(`a.at < (:until::date + 1)::timestamp AT TIME ZONE 'Europe/Berlin'`, { until: args.until });
    const [nodes, total] = await query.getManyAndCount();
    return toConnection(nodes, page, total);
  }

  @Authorized(Permission.MANAGE_PERSONAL_DATA)
  @Query(() => JSONObjectResolver, {
    description:
      'DSGVO Art. 15: all stored personal data of a membership — its contact person and who signed the letter (signedBy) — current and in the audit trail. Ministry admins only.',
  })
  exportContactPersonData(
    @Arg('membershipId', () => ID, { description: 'The membership.' }) membershipId: string,
    @Ctx() ctx: RegistryContext,
  ) {
    return exportContactPersonData(ctx.dataSource, requireUuid(membershipId, 'membershipId'));
  }

  @Authorized(Permission.MANAGE_PERSONAL_DATA)
  @Mutation(() => ErasureResult, {
    description:
      'DSGVO Art. 17: erases the personal data of a membership everywhere — its contact person and who signed the letter (signedBy), including old values in every audit event of both; the events stay. Ministry admins only.',
  })
  eraseContactPersonData(
    @Arg('membershipId', () => ID, { description: 'The membership.' }) membershipId: string,
    @Ctx() ctx: RegistryContext,
  ): Promise<ErasureResult> {
    const id = requireUuid(membershipId, 'membershipId');
    return ctx.dataSource.transaction(async (manager) => {
      await lockRow(manager, MEMBERSHIPS, id);
      return eraseContactPersonData(manager, ctx, id);
    });
  }
}
