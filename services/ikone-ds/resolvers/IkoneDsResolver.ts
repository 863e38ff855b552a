// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

import { DateTimeISOResolver } from 'graphql-scalars';
import { LocalDate } from '../../../common/input';
import { Authorized, Mutation } from 'type-graphql';
import { Permission } from '../../../common/auth/roles';
import { Args, Ctx, Field, FieldResolver, ID, InputType, Int, ObjectType, Query, Resolver, Root, Arg } from 'type-graphql';
import { MunicipalityType } from '../../../common/domain';
import { badInput } from '../../../common/errors';
import { Connection, PageArgs, readPage, toConnection } from '../../../common/pagination';
import { FeedSnapshot } from '../entities/FeedSnapshot';
import { IkoneDsMembership } from '../entities/IkoneDsMembership';
import { MunicipalityExtension } from '../entities/MunicipalityExtension';
import { UnlinkedFeedRecord } from '../entities/UnlinkedFeedRecord';
import { evaluateFit } from '../../../common/network-fit/evaluate';
import { NetworkFit } from '../fit/types';
import type { IkoneDsContext } from '../context';
import { FeedErrorCode } from '../feed/errors';

@ObjectType({ description: 'A page of IKONE-DS memberships.' })
export class IkoneDsMembershipConnection extends Connection(IkoneDsMembership, 'IkoneDsMembership', 'IKONE-DS membership') {}

@ObjectType({
  description:
    'Why the last attempt to read the IKONE-DS source feed failed. Never contains URLs, host names, file paths or raw error texts.',
})
export class IkoneDsFeedError {
  @Field(() => FeedErrorCode, { description: 'Kind of failure, stable for programs.' })
  code: FeedErrorCode;

  @Field(() => String, { description: 'The failure in one English sentence, for people.' })
  message: string;

  @Field(() => DateTimeISOResolver, { description: 'When the failed attempt started.' })
  at: Date;
}

@ObjectType({ description: 'State of the IKONE-DS source feed: what the adapter serves and what it could not link.' })
export class IkoneDsFeedStatus {
  @Field(() => FeedSnapshot, { nullable: true, description: 'The feed being served; null if no valid feed was ever read.' })
  snapshot: FeedSnapshot | null;

  @Field(() => [UnlinkedFeedRecord], { description: 'Records of that feed that could not be linked to an official key.' })
  unlinkedRecords: UnlinkedFeedRecord[];

  @Field(() => LocalDate, {
    nullable: true,
    description: 'Date the data served describes (the feed’s asOf: the date of its newest evidence); null without a feed.',
  })
  dataAsOf: string | null;

  @Field(() => DateTimeISOResolver, {
    nullable: true,
    description: 'Last time the source was read successfully by this instance (null: not since it started).',
  })
  lastCheckedAt: Date | null;

  @Field(() => Int, { description: 'Failed attempts to read the source since the last success; the stored data is served meanwhile.' })
  consecutiveFailures: number;

  @Field(() => IkoneDsFeedError, { nullable: true, description: 'Why the last attempt failed; null when it succeeded.' })
  lastError: IkoneDsFeedError | null;
}

const MAX_POPULATION = 10_000_000;

@InputType({ description: 'A municipality described by type and size, for a recommendation without a directory entry.' })
export class MunicipalityProfileInput {
  @Field(() => MunicipalityType, { description: 'Kind of unit.' })
  type: MunicipalityType;

  @Field(() => Int, { description: 'Inhabitants.' })
  population: number;
}

@Resolver(() => IkoneDsMembership)
export class IkoneDsResolver {
  @Query(() => IkoneDsMembershipConnection, { description: 'Members of IKONE-DS as reported by the source feed, by joining date.' })
  async ikoneDsMembers(@Args(() => PageArgs) args: PageArgs, @Ctx() ctx: IkoneDsContext): Promise<IkoneDsMembershipConnection> {
    const page = readPage(args);
    const [nodes, total] = await ctx.dataSource
      .getRepository(IkoneDsMembership)
      .createQueryBuilder('m')
      .orderBy('m.joined_on', 'ASC', 'NULLS LAST')
      .addOrderBy('m.ars')
      .skip(page.offset)
      .take(page.limit)
      .getManyAndCount();
    return toConnection(nodes, page, total);
  }

  @Query(() => IkoneDsFeedStatus, {
    description: 'Which IKONE-DS feed the adapter serves, how old it is, and which records it could not link.',
  })
  async ikoneDsFeed(@Ctx() ctx: IkoneDsContext): Promise<IkoneDsFeedStatus> {
    // The refresher's state (last error, last check) lives in memory, not in the database: never cached.
    ctx.uncacheable = true;
    const [snapshot] = await ctx.dataSource.getRepository(FeedSnapshot).find({ order: { id: 'DESC' }, take: 1 });
    const unlinkedRecords = snapshot
      ? await ctx.dataSource.getRepository(UnlinkedFeedRecord).find({ where: { snapshotId: snapshot.id }, order: { position: 'ASC' } })
      : [];
    return {
      snapshot: snapshot ?? null,
      unlinkedRecords,
      dataAsOf: snapshot?.asOf ?? null,
      lastCheckedAt: ctx.feedState.lastSuccessAt,
      consecutiveFailures: ctx.feedState.consecutiveFailures,
      lastError: ctx.feedState.lastError,
    };
  }

  @Authorized(Permission.WRITE_IKONE_DS)
  @Mutation(() => IkoneDsFeedStatus, {
    description: 'Reads the IKONE-DS source feed now instead of at the next scheduled time. Coordinators of IKONE-DS and ministry admins.',
  })
  async refreshIkoneDsFeed(@Ctx() ctx: IkoneDsContext): Promise<IkoneDsFeedStatus> {
    await ctx.refreshFeed();
    return this.ikoneDsFeed(ctx);
  }

  @Query(() => [NetworkFit], {
    description:
      'Which networks would fit a municipality of this type and size, best first. For a real municipality use Municipality.networkFit, which also knows its memberships.',
  })
  recommendNetworks(
    @Arg('profile', () => MunicipalityProfileInput, { description: 'Type and size.' }) profile: MunicipalityProfileInput,
  ): NetworkFit[] {
    if (!Number.isInteger(profile.population) || profile.population < 0 || profile.population > MAX_POPULATION) {
      throw badInput(`population must be between 0 and ${MAX_POPULATION}.`, { argument: 'profile.population' });
    }
    return evaluateFit({ type: profile.type, population: profile.population });
  }

  @FieldResolver(() => ID, {
    description:
      'Identifier of this membership for client caches: the ARS of the member municipality (the feed lists a municipality once), so it stays the same across feed refreshes.',
  })
  id(@Root() membership: IkoneDsMembership): string {
    return membership.ars;
  }

  // Nullable on purpose: when the registry is down, the list of members still arrives.
  @FieldResolver(() => MunicipalityExtension, {
    nullable: true,
    description:
      'The member municipality (its directory entry comes from the registry). Null (with an error) only when the registry cannot be reached.',
  })
  municipality(@Root() membership: IkoneDsMembership): Pick<MunicipalityExtension, 'ars'> {
    return { ars: membership.ars };
  }
}
