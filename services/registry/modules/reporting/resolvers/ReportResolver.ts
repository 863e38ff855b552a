// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

import {
  Arg,
  Args,
  ArgsType,
  Ctx,
  Field,
  Float,
  ID,
  Int,
  InterfaceType,
  ObjectType,
  Query,
  registerEnumType,
  Resolver,
} from 'type-graphql';
import { REPORT_DATE_MIN, today } from '../../../../../common/dates';
import { LocalDate } from '../../../../../common/input';
import { NetworkId } from '../../../../../common/domain';
import { badInput } from '../../../../../common/errors';
import { PageArgs, readPage, toConnection } from '../../../../../common/pagination';
import { Municipality } from '../../directory/entities/Municipality';
import { NETWORKS } from '../../../../../common/networks';
import { formatReportedOn, memberCompleteness, type MemberCompleteness } from '../../../../../common/reported-sizes';
import { coverageReport, membershipReport, outreachPage, ReportDimension, uncountedMembers } from '../reports';
import { ReportedSize } from '../../directory/entities/ReportedSize';
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

/** What a report's member figures count: the members known here, against the size the network reported. */
@InterfaceType({
  description: "What a report's member figures count: the members known to this registry, against the size the network reported.",
})
export abstract class MemberFigures implements MemberCompleteness {
  @Field(() => Int, {
    description:
      'Members of the network this registry knows on asOf. Often fewer than the network has: see latestReportedSize and complete.',
  })
  knownMembers: number;

  @Field(() => ReportedSize, {
    nullable: true,
    description:
      'The newest member count a public source reported on or before asOf (a month or year counts from its last day); null before the first.',
  })
  latestReportedSize: ReportedSize | null;

  @Field(() => Boolean, {
    description:
      'True when knownMembers is at least latestReportedSize.members. False also when no size was reported by asOf. While false, member, coverage and population figures are lower bounds.',
  })
  complete: boolean;

  @Field(() => String, {
    description:
      'In German, what the member figures count, e.g. "Bekannte Mitglieder in diesem Register: 6 — gemeldet sind 61 (April 2025, laut Rhein-Zeitung, …)", and which named members they leave out on asOf for want of evidence (no joining date before the first dated source, unknown status after the last confirmation).',
  })
  note: string;
}

@ObjectType({ description: 'Members of one network, grouped.', implements: MemberFigures })
export class MembershipReport extends MemberFigures {
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

@ObjectType({
  description:
    'Coverage of one network for the state and per district. While complete is false, members, coverage, populationReached and populationShare are lower bounds: the registry knows fewer members than the network reported.',
  implements: MemberFigures,
})
export class CoverageReport extends MemberFigures {
  @Field(() => NetworkId, { description: 'The network.' })
  network: NetworkId;

  @Field(() => LocalDate, { description: 'The date the figures describe.' })
  asOf: string;

  @Field(() => CoverageRow, { description: 'Rheinland-Pfalz as a whole.' })
  state: CoverageRow;

  @Field(() => [CoverageRow], { description: 'Each Landkreis and kreisfreie Stadt, by name.' })
  districts: CoverageRow[];
}

@ObjectType({ description: 'A page of the outreach list, with what "not a member" means on it.' })
export class OutreachConnection extends MunicipalityConnection {
  @Field(() => Boolean, {
    description:
      'True when the registry knows, for both networks, at least as many members as last reported (see coverageReport.complete): only then are the entries in neither network. While false they are only not known as members.',
  })
  complete: boolean;

  @Field(() => String, { description: 'In German, what the list claims, and while incomplete why it cannot claim more.' })
  note: string;
}

/** Whether the outreach list may say "in no network": only where the registry is complete for every network. */
function outreachCompleteness(asOf: string, knownMembers: Record<NetworkId, number>): { complete: boolean; note: string } {
  const gaps = Object.values(NETWORKS).flatMap((network) => {
    const figures = memberCompleteness(network.id, asOf, knownMembers[network.id]);
    if (figures.complete) return [];
    const size = figures.latestReportedSize;
    return [
      size
        ? `${network.shortName}: das Register kennt ${figures.knownMembers} von ${size.members} gemeldeten Mitgliedern (${formatReportedOn(size)}, Quelle: ${size.source})`
        : `${network.shortName}: das Register kennt ${figures.knownMembers} Mitglieder; eine Mitgliederzahl des Netzwerks ist bis zu diesem Tag nicht gemeldet`,
    ];
  });
  return gaps.length === 0
    ? { complete: true, note: 'In keinem Netzwerk: das Register kennt so viele Mitglieder, wie beide Netzwerke melden.' }
    : { complete: false, note: `Nicht als Mitglied bekannt — manche Einträge können dennoch Mitglied sein. ${gaps.join('; ')}.` };
}

@ArgsType()
class OutreachArgs extends PageArgs {
  @Field(() => LocalDate, { nullable: true, description: 'The date (default today).' })
  asOf?: string | null;
}

function readAsOf(asOf: string | null | undefined): string {
  const date = asOf ?? today();
  if (date < REPORT_DATE_MIN || date > today()) {
    throw badInput(`asOf must be a date between ${REPORT_DATE_MIN} and today.`, { argument: 'asOf' });
  }
  return date;
}

/**
 * The report with what its member figures count (memberCompleteness). The note also names the
 * members the figures leave out for want of evidence; that takes a statement of its own, so it is
 * read only when a client asks for the note (a getter the field's default resolver calls).
 */
function withFigures<T extends object>(ctx: RegistryContext, network: NetworkId, asOf: string, knownMembers: number, report: T) {
  const { note: figuresNote, ...figures } = memberCompleteness(network, asOf, knownMembers);
  let note: Promise<string> | undefined;
  return Object.defineProperty({ ...report, ...figures }, 'note', {
    enumerable: true,
    get: () => (note ??= uncountedMembers(ctx.dataSource, network, asOf).then((left) => [figuresNote, ...left].join(' '))),
  }) as T & MemberCompleteness;
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
    const total = rows.reduce((sum, r) => sum + r.members, 0);
    return withFigures(ctx, network, date, total, { network, groupBy, asOf: date, rows, total });
  }

  @Query(() => CoverageReport, { description: 'Coverage of a network on a date (default today), for the state and each district. Public.' })
  async coverageReport(
    @Arg('network', () => NetworkId, { description: 'The network.' }) network: NetworkId,
    @Arg('asOf', () => LocalDate, { nullable: true, description: 'The date (default today).' }) asOf: string | null,
    @Ctx() ctx: RegistryContext,
  ): Promise<CoverageReport> {
    const date = readAsOf(asOf);
    const { knownMembers, ...report } = await coverageReport(ctx.dataSource, network, date);
    return withFigures(ctx, network, date, knownMembers, { network, asOf: date, ...report });
  }

  @Query(() => OutreachConnection, {
    description:
      'Outreach list: units eligible for either network that are not known as members of either, largest first. "In neither network" holds only where `complete` is true; see `note`. Ask each for `networkFit` to see which network fits best. Public.',
  })
  async outreachList(@Args(() => OutreachArgs) args: OutreachArgs, @Ctx() ctx: RegistryContext): Promise<OutreachConnection> {
    const page = readPage(args);
    const date = readAsOf(args.asOf);
    const { ars, total, knownMembers } = await outreachPage(ctx.dataSource, date, page.offset, page.limit);
    const nodes = (await ctx.loaders.municipalityByArs.loadMany(ars)) as Municipality[];
    return { ...toConnection(nodes, page, total), ...outreachCompleteness(date, knownMembers) };
  }
}
