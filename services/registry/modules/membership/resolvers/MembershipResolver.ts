// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

import { Args, ArgsType, Ctx, Field, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { LocalDate } from '../../../../../common/input';
import { MembershipRole, MembershipStatus, MunicipalityType } from '../../../../../common/domain';
import { parseArs } from '../../../../../common/keys';
import { currentRole, isTransferPointNowSql, memberOnDateSql } from '../rules';
import { Connection, PageArgs, readPage, toConnection } from '../../../../../common/pagination';
import { DigitaleDoerferMembership } from '../entities/DigitaleDoerferMembership';
import { Municipality } from '../../directory/entities/Municipality';
import type { RegistryContext } from '../../../context';

@ObjectType({ description: 'A page of Digitale Dörfer membership records.' })
export class DigitaleDoerferMembershipConnection extends Connection(
  DigitaleDoerferMembership,
  'DigitaleDoerferMembership',
  'membership record',
) {}

@ArgsType()
class MembershipsArgs extends PageArgs {
  @Field(() => [MembershipStatus], { nullable: true, description: 'Only records with these statuses (default: all).' })
  status?: MembershipStatus[] | null;

  @Field(() => LocalDate, {
    nullable: true,
    description:
      'Only memberships in force on this date, as the reports count them: started on or before it (a record without a start only from today on), not ended before it, and for UNKNOWN status not after its last confirmation.',
  })
  asOf?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only records with (true) or without (false) a named contact person.' })
  hasContactPerson?: boolean | null;

  @Field(() => ID, { nullable: true, description: 'Only municipalities in this Landkreis or kreisfreie Stadt (its ARS).' })
  districtArs?: string | null;

  @Field(() => [MunicipalityType], { nullable: true, description: 'Only municipalities of these kinds (e.g. VERBANDSGEMEINDE).' })
  types?: MunicipalityType[] | null;
}

@Resolver(() => DigitaleDoerferMembership)
export class MembershipResolver {
  @Query(() => DigitaleDoerferMembershipConnection, {
    description: 'Membership records of the Netzwerk Digitale Dörfer RLP, transfer points first, then by start date.',
  })
  async digitaleDoerferMemberships(
    @Args(() => MembershipsArgs) args: MembershipsArgs,
    @Ctx() ctx: RegistryContext,
  ): Promise<DigitaleDoerferMembershipConnection> {
    const page = readPage(args);
    const query = ctx.dataSource
      .getRepository(DigitaleDoerferMembership)
      .createQueryBuilder('ms')
      .orderBy(`CASE WHEN ${isTransferPointNowSql('ms.municipality_ars')} AND ms.status = 'ACTIVE' THEN 0 ELSE 1 END`)
      .addOrderBy('ms.started_on', 'ASC', 'NULLS LAST')
      .addOrderBy('ms.id')
      .skip(page.offset)
      .take(page.limit);
    if (args.status) query.andWhere('ms.status = ANY(:status)', { status: args.status });
    if (args.asOf) {
      query.andWhere(memberOnDateSql('ms', ':asOf'), { asOf: args.asOf });
    }
    if (args.hasContactPerson !== undefined && args.hasContactPerson !== null) {
      query.andWhere(
        `${args.hasContactPerson ? '' : 'NOT '}EXISTS (SELECT 1 FROM registry.contact_person c WHERE c.membership_id = ms.id)`,
      );
    }
    if (args.districtArs || args.types) {
      // The unit's own district and type, from the directory (one indexed look-up per record).
      const conditions = ['m.ars = ms.municipality_ars'];
      if (args.districtArs) {
        conditions.push('m.district_ars = :districtArs');
        query.setParameter('districtArs', parseArs(args.districtArs, 'districtArs'));
      }
      if (args.types) {
        conditions.push('m.type = ANY(:types)');
        query.setParameter('types', args.types);
      }
      query.andWhere(`EXISTS (SELECT 1 FROM registry.municipality m WHERE ${conditions.join(' AND ')})`);
    }
    const [nodes, total] = await query.getManyAndCount();
    return toConnection(nodes, page, total);
  }

  @FieldResolver(() => MembershipRole, {
    description:
      'The role this record shows today: TRANSFER_POINT while the member is ACTIVE and holds a current transfer-point term, else MEMBER. Dated roles: Municipality.digitaleDoerferRoles.',
  })
  async role(@Root() membership: DigitaleDoerferMembership, @Ctx() ctx: RegistryContext): Promise<MembershipRole> {
    return currentRole(membership, await ctx.loaders.roleTermsByArs.load(membership.municipalityArs));
  }

  @FieldResolver(() => Municipality, { description: 'The member municipality.' })
  async municipality(@Root() membership: DigitaleDoerferMembership, @Ctx() ctx: RegistryContext): Promise<Municipality> {
    return (await ctx.loaders.municipalityByArs.load(membership.municipalityArs))!;
  }
}
