// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, InputType, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { MembershipStatus, MunicipalityType, SizeClass, sizeClassOf } from '../../../../../common/domain';
import { badInput } from '../../../../../common/errors';
import { parseArs } from '../../../../../common/keys';
import { Connection, PageArgs, readPage, toConnection } from '../../../../../common/pagination';
import { searchKey } from '../../../../../common/text';
import { DigitaleDoerferMembership } from '../../membership/entities/DigitaleDoerferMembership';
import { DigitaleDoerferRoleTerm } from '../../membership/entities/DigitaleDoerferRoleTerm';
import { Municipality } from '../entities/Municipality';
import { VERBANDSGEMEINDE_MEMBER_TYPES } from '../loaders';
import { MAX_KEYS_PER_LOOKUP, municipalitiesByKeys, municipalityByKey } from '../municipality-keys';
import type { RegistryContext } from '../../../context';

@ObjectType({ description: 'A page of municipalities.' })
export class MunicipalityConnection extends Connection(Municipality, 'Municipality', 'municipality') {}

const MAX_NAME_LENGTH = 100;

@InputType({ description: 'Conditions on municipalities; all given conditions must hold.' })
export class MunicipalityFilter {
  @Field(() => String, {
    nullable: true,
    description:
      'Part of the name; case, umlauts and their transliterations do not matter ("Goellheim" finds Göllheim). Best matches first.',
  })
  name?: string | null;

  @Field(() => [MunicipalityType], { nullable: true, description: 'Only these kinds of unit.' })
  types?: MunicipalityType[] | null;

  @Field(() => ID, { nullable: true, description: 'Only units in this Landkreis or kreisfreie Stadt (its ARS).' })
  districtArs?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only the Gemeinden of this Verbandsgemeinde (its ARS).' })
  verbandsgemeindeArs?: string | null;

  @Field(() => Int, { nullable: true, description: 'At least this many inhabitants.' })
  minPopulation?: number | null;

  @Field(() => Int, { nullable: true, description: 'At most this many inhabitants.' })
  maxPopulation?: number | null;

  @Field(() => [MembershipStatus], {
    nullable: true,
    description:
      'Only units whose current Digitale Dörfer membership record has one of these statuses (ACTIVE: members now). IKONE-DS members are listed by Query.ikoneDsMembers.',
  })
  digitaleDoerferStatus?: MembershipStatus[] | null;
}

@ArgsType()
class MunicipalitiesArgs extends PageArgs {
  @Field(() => MunicipalityFilter, { nullable: true, description: 'Conditions; none means all units.' })
  filter?: MunicipalityFilter | null;
}

/** Turns the filter into SQL conditions; every value goes in as a parameter. */
function buildWhere(filter: MunicipalityFilter | null | undefined) {
  const conditions: string[] = [];
  const params: unknown[] = [];
  let key: string | null = null;
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  if (!filter) return { conditions, params, key };
  if (filter.name !== undefined && filter.name !== null) {
    if (filter.name.length > MAX_NAME_LENGTH)
      throw badInput(`name may have at most ${MAX_NAME_LENGTH} characters.`, { argument: 'filter.name' });
    key = searchKey(filter.name);
    if (key === '') throw badInput('name must contain at least one letter or digit.', { argument: 'filter.name' });
    conditions.push(`m.search_key LIKE '%' || ${param(key)} || '%'`);
  }
  if (filter.types) conditions.push(`m.type = ANY(${param(filter.types)})`);
  if (filter.districtArs) conditions.push(`m.district_ars = ${param(parseArs(filter.districtArs, 'filter.districtArs'))}`);
  if (filter.verbandsgemeindeArs) {
    conditions.push(`m.parent_ars = ${param(parseArs(filter.verbandsgemeindeArs, 'filter.verbandsgemeindeArs'))}`);
    conditions.push(`m.type = ANY(${param(VERBANDSGEMEINDE_MEMBER_TYPES)})`);
  }
  for (const [bound, op] of [
    ['minPopulation', '>='],
    ['maxPopulation', '<='],
  ] as const) {
    const value = filter[bound];
    if (value === undefined || value === null) continue;
    if (value < 0) throw badInput(`${bound} must not be negative.`, { argument: `filter.${bound}` });
    conditions.push(`m.population ${op} ${param(value)}`);
  }
  if (filter.digitaleDoerferStatus) {
    conditions.push(`EXISTS (SELECT 1 FROM registry.digitale_doerfer_membership ms
      WHERE ms.municipality_ars = m.ars AND ms.status = ANY(${param(filter.digitaleDoerferStatus)}))`);
  }
  return { conditions, params, key };
}

@Resolver(() => Municipality)
export class MunicipalityResolver {
  @Query(() => Municipality, {
    nullable: true,
    description: 'One unit by its ARS (12 digits) or AGS (8 digits). Null when no unit has that key; a malformed key is BAD_USER_INPUT.',
  })
  async municipality(
    @Arg('key', () => ID, { description: 'ARS (e.g. 073150000000) or AGS (e.g. 07315000).' }) key: string,
    @Ctx() ctx: RegistryContext,
  ): Promise<Municipality | null> {
    return municipalityByKey(ctx, key, 'key');
  }

  @Query(() => [Municipality], {
    nullable: 'items',
    description: `Many units by ARS (12 digits) or AGS (8 digits) in one request: up to ${MAX_KEYS_PER_LOOKUP} keys, answered in the order asked (a key given twice is answered twice), null for a key no unit has. More keys, or a malformed one, is BAD_USER_INPUT naming it (argument "keys[2]" for the third).`,
  })
  async municipalitiesByKeys(
    @Arg('keys', () => [ID], {
      description: `ARS (e.g. 073150000000) or AGS (e.g. 07315000), spaces allowed as in municipality(key:); at most ${MAX_KEYS_PER_LOOKUP}.`,
    })
    keys: string[],
    @Ctx() ctx: RegistryContext,
  ): Promise<(Municipality | null)[]> {
    return municipalitiesByKeys(ctx, keys, 'keys');
  }

  @Query(() => MunicipalityConnection, {
    description: 'Units of the directory, filtered and paginated. Ordered by ARS; with a name filter, best matches first.',
  })
  async municipalities(
    @Args(() => MunicipalitiesArgs) args: MunicipalitiesArgs,
    @Ctx() ctx: RegistryContext,
  ): Promise<MunicipalityConnection> {
    const page = readPage(args);
    const { conditions, params, key } = buildWhere(args.filter);
    const where = conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
    // With a name: exact matches, then prefixes, then larger units first.
    const rankParam = `$${params.length + 1}`;
    const order = key
      ? `(m.search_key = ${rankParam}) DESC, (m.search_key LIKE ${rankParam} || '%') DESC, m.population DESC NULLS LAST, m.ars`
      : 'm.ars';
    const rows: { ars: string; total: number }[] = await ctx.dataSource.query(
      `SELECT m.ars, count(*) OVER ()::int AS total FROM registry.municipality m ${where}
       ORDER BY ${order} LIMIT ${page.limit} OFFSET ${page.offset}`,
      key ? [...params, key] : params,
    );
    let total = rows[0]?.total;
    if (total === undefined) {
      // The page is empty (past the end, or first: 0): count separately.
      const [counted] = await ctx.dataSource.query(`SELECT count(*)::int AS total FROM registry.municipality m ${where}`, params);
      total = counted.total as number;
    }
    const nodes = await Promise.all(rows.map((r) => ctx.loaders.municipalityByArs.load(r.ars)));
    return toConnection(nodes as Municipality[], page, total);
  }

  @FieldResolver(() => ID, {
    description:
      'Identifier for client caches: the ARS, so stable and equal to `ars`. A unit looked up by its AGS has the same id as by its ARS.',
  })
  id(@Root() m: Municipality): string {
    return m.ars;
  }

  @FieldResolver(() => SizeClass, { nullable: true, description: 'Size class by inhabitants; null for Landkreise and Verbandsgemeinden.' })
  sizeClass(@Root() m: Municipality): SizeClass | null {
    return sizeClassOf(m.type, m.population);
  }

  @FieldResolver(() => Municipality, {
    description: 'The Landkreis or kreisfreie Stadt the unit belongs to; for a Landkreis or kreisfreie Stadt, the unit itself.',
  })
  async district(@Root() m: Municipality, @Ctx() ctx: RegistryContext): Promise<Municipality> {
    return (await ctx.loaders.municipalityByArs.load(m.districtArs))!;
  }

  @FieldResolver(() => Municipality, {
    nullable: true,
    description: 'The Verbandsgemeinde an Ortsgemeinde (or town in a VG) belongs to; null for all other kinds.',
  })
  async verbandsgemeinde(@Root() m: Municipality, @Ctx() ctx: RegistryContext): Promise<Municipality | null> {
    if (!m.parentArs || !VERBANDSGEMEINDE_MEMBER_TYPES.includes(m.type)) return null;
    return ctx.loaders.municipalityByArs.load(m.parentArs);
  }

  @FieldResolver(() => MunicipalityConnection, {
    description: 'The Ortsgemeinden (and towns) of a Verbandsgemeinde, by name; empty for all other kinds.',
  })
  async ortsgemeinden(
    @Root() m: Municipality,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() ctx: RegistryContext,
  ): Promise<MunicipalityConnection> {
    const page = readPage(args);
    if (m.type !== MunicipalityType.VERBANDSGEMEINDE) return toConnection([], page, 0);
    const result = await ctx.loaders.ortsgemeindenPage.load({ ars: m.ars, ...page });
    return toConnection(result.nodes, page, result.totalCount);
  }

  @FieldResolver(() => [DigitaleDoerferMembership], {
    description: 'All Digitale Dörfer records of the unit, oldest first: applications, memberships, ends and rejoins.',
  })
  digitaleDoerferHistory(@Root() m: Municipality, @Ctx() ctx: RegistryContext): Promise<DigitaleDoerferMembership[]> {
    return ctx.loaders.membershipHistoryByArs.load(m.ars);
  }

  @FieldResolver(() => [DigitaleDoerferRoleTerm], {
    description:
      'The unit’s dated roles in or before the Netzwerk Digitale Dörfer RLP (transfer point, model municipality of the project), oldest first. Kept apart from membership: a role can end while the membership goes on.',
  })
  digitaleDoerferRoles(@Root() m: Municipality, @Ctx() ctx: RegistryContext): Promise<DigitaleDoerferRoleTerm[]> {
    return ctx.loaders.roleTermsByArs.load(m.ars);
  }

  @FieldResolver(() => DigitaleDoerferMembership, {
    nullable: true,
    description:
      'The unit’s Netzwerk Digitale Dörfer RLP membership record that applies now (an open application, active membership or one of unknown status first, else the latest); null if it never applied.',
  })
  digitaleDoerfer(@Root() m: Municipality, @Ctx() ctx: RegistryContext): Promise<DigitaleDoerferMembership | null> {
    return ctx.loaders.currentMembershipByArs.load(m.ars);
  }
}

/** Entity reference resolver: the gateway asks for municipalities by ARS. */
export function resolveMunicipalityReference(ref: { ars: string }, ctx: RegistryContext): Promise<Municipality | null> {
  return ctx.loaders.municipalityByArs.load(ref.ars);
}
