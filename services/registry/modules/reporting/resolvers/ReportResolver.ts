import { Arg, Args, ArgsType, Ctx, Field, Float, ID, Int, ObjectType, Query, registerEnumType, Resolver } from 'type-graphql';
import { today } from '../../../../../common/dates';
import { LocalDate } from '../../../../../common/input';
import { NetworkId } from '../../../../../common/domain';
import { badInput } from '../../../../../common/errors';
import { PageArgs, readPage, toConnection } from '../../../../../common/pagination';
import { Municipality } from '../../directory/entities/Municipality';
import { coverageReport, membershipReport, outreachPage, ReportDimension } from '../reports';
import { MunicipalityConnection } from '../../directory/resolvers/MunicipalityResolver';
import type { RegistryContext } from '../../../context';

registerEnumType(ReportDimension, {
  name: 'ReportDimension',
  description: 'How a membership report groups the members.',
  valuesConfig: {
    DISTRICT: { description: 'By Landkreis or kreisfreie Stadt.' },
    MUNICIPALITY_TYPE: { description: 'By kind of unit.' },
    SIZE_CLASS: { description: 'By size class (Gemeinden only; Verbandsgemeinden and Landkreise form their own group).' },
    YEAR_JOINED: { description: 'By the year the current membership began.' },
  },
});

@ObjectType({ description: 'One group of a membership report.' })
export class ReportRow {
  @Field(() => String, { description: 'Machine-readable key of the group (an ARS, an enum value, a year, or UNKNOWN).' })
  key: string;

  @Field(() => String, { description: 'German label of the group.' })
  label: string;

  @Field(() => Int, { description: 'Members in the group.' })
  members: number;
}

@ObjectType({ description: 'Members of one network, grouped.' })
export class MembershipReport {
  @Field(() => NetworkId, { description: 'The network.' })
  network: NetworkId;

  @Field(() => ReportDimension, { description: 'The grouping.' })
  groupBy: ReportDimension;

  @Field(() => LocalDate, { description: 'The date the figures describe.' })
  asOf: string;

  @Field(() => Int, { description: 'Members in all groups.' })
  total: number;

  @Field(() => [ReportRow], { description: 'The groups that have members, largest first (years in order).' })
  rows: ReportRow[];
}

@ObjectType({ description: 'Coverage of one area: members among the eligible units, and the share of the eligible population reached.' })
export class CoverageRow {
  @Field(() => ID, { nullable: true, description: 'ARS of the Landkreis or kreisfreie Stadt; null for the whole state.' })
  districtArs: string | null;

  @Field(() => String, { description: 'German name of the area.' })
  label: string;

  @Field(() => Int, { description: 'Eligible units that are members.' })
  members: number;

  @Field(() => Int, {
    description:
      'Units eligible for the network (Digitale Dörfer: the types that may apply; IKONE-DS: towns from the Mittelstadt threshold upwards, and every member).',
  })
  eligible: number;

  @Field(() => Float, { description: 'members / eligible, 0 to 1.' })
  coverage: number;

  @Field(() => Int, {
    description: 'Inhabitants of the Gemeinden in scope: the Gemeinde, its Verbandsgemeinde or its Landkreis is eligible.',
  })
  eligiblePopulation: number;

  @Field(() => Int, {
    description: 'Inhabitants of those Gemeinden reached: the Gemeinde, its Verbandsgemeinde or its Landkreis is a member.',
  })
  populationReached: number;

  @Field(() => Float, { description: 'populationReached / eligiblePopulation, 0 to 1.' })
  populationShare: number;
}

@ObjectType({ description: 'Coverage of one network for the state and per district.' })
export class CoverageReport {
  @Field(() => NetworkId, { description: 'The network.' })
  network: NetworkId;

  @Field(() => LocalDate, { description: 'The date the figures describe.' })
  asOf: string;

  @Field(() => CoverageRow, { description: 'Rheinland-Pfalz as a whole.' })
  state: CoverageRow;

  @Field(() => [CoverageRow], { description: 'Each Landkreis and kreisfreie Stadt, by name.' })
  districts: CoverageRow[];
}

@ArgsType()
class OutreachArgs extends PageArgs {
  @Field(() => LocalDate, { nullable: true, description: 'The date (default today).' })
  asOf?: string | null;
}

function readAsOf(asOf: string | null | undefined): string {
  const date = asOf ?? today();
  if (date < '1990-01-01' || date > today()) throw badInput('asOf must be a date between 1990-01-01 and today.', { argument: 'asOf' });
  return date;
}

/** Figures for reporting dashboards: public, aggregated, for any past date. */
@Resolver()
export class ReportResolver {
  @Query(() => MembershipReport, { description: 'Members of a network on a date (default today), grouped. Public.' })
  async membershipReport(
    @Arg('network', () => NetworkId, { description: 'The network.' }) network: NetworkId,
    @Arg('groupBy', () => ReportDimension, { description: 'The grouping.' }) groupBy: ReportDimension,
    @Arg('asOf', () => LocalDate, { nullable: true, description: 'The date (default today).' }) asOf: string | null,
    @Ctx() ctx: RegistryContext,
  ): Promise<MembershipReport> {
    const date = readAsOf(asOf);
    const rows = await membershipReport(ctx.dataSource, network, groupBy, date);
    return { network, groupBy, asOf: date, rows, total: rows.reduce((sum, r) => sum + r.members, 0) };
  }

  @Query(() => CoverageReport, { description: 'Coverage of a network on a date (default today), for the state and each district. Public.' })
  async coverageReport(
    @Arg('network', () => NetworkId, { description: 'The network.' }) network: NetworkId,
    @Arg('asOf', () => LocalDate, { nullable: true, description: 'The date (default today).' }) asOf: string | null,
    @Ctx() ctx: RegistryContext,
  ): Promise<CoverageReport> {
    const date = readAsOf(asOf);
    return { network, asOf: date, ...(await coverageReport(ctx.dataSource, network, date)) };
  }

  @Query(() => MunicipalityConnection, {
    description:
      'Outreach list: units eligible for either network that are in neither, largest first. Ask each for `networkFit` to see which network fits best. Public.',
  })
  async outreachList(@Args(() => OutreachArgs) args: OutreachArgs, @Ctx() ctx: RegistryContext): Promise<MunicipalityConnection> {
    const page = readPage(args);
    const { ars, total } = await outreachPage(ctx.dataSource, readAsOf(args.asOf), page.offset, page.limit);
    const nodes = (await ctx.loaders.municipalityByArs.loadMany(ars)) as Municipality[];
    return toConnection(nodes, page, total);
  }
}
