// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// Membership reports, each one aggregate SQL statement over the directory and the memberships of
// both networks (IKONE-DS members through the adapter's published view ikone_ds.member_keys).
// Nothing is loaded row by row into memory.
//
// Definitions (also in the schema's descriptions):
//  - member on a date: Digitale Dörfer: membership/rules.ts memberOnDateSql (started and not yet
//    ended; UNKNOWN status only up to its last confirmation; no start date: only from today);
//    IKONE-DS: listed by the feed and counted from its joining date, else from its first dated
//    evidence, else only from today. uncountedMembers names whom a date's figures leave out so.
//  - eligible: Digitale Dörfer: the types that may apply (common/network-fit/eligibility.ts);
//    IKONE-DS: towns from the Mittelstadt threshold of the fit rules upwards, and every member.
//  - population: counted over Gemeinden only, each once (Verbandsgemeinden and Landkreise carry
//    sums). A Gemeinde is reached when it, its Verbandsgemeinde or its Landkreis is a member; it is
//    in scope when one of those is eligible.
import type { DataSource } from 'typeorm';
import { TODAY_SQL } from '../../../../common/dates';
import {
  GEMEINDE_TYPES,
  MembershipStatus,
  MUNICIPALITY_TYPE_LABELS,
  NetworkId,
  SIZE_CLASS_LABELS,
  SIZE_CLASS_THRESHOLDS,
} from '../../../../common/domain';
import { memberOnDateSql } from '../membership/rules';
import { DIGITALE_DOERFER_ELIGIBLE_TYPES } from '../../../../common/network-fit/eligibility';
import { FIT_RULES } from '../../../../common/network-fit/rules';
import { FitLevel } from '../../../../common/network-fit/types';

export enum ReportDimension {
  DISTRICT = 'DISTRICT',
  MUNICIPALITY_TYPE = 'MUNICIPALITY_TYPE',
  SIZE_CLASS = 'SIZE_CLASS',
  YEAR_JOINED = 'YEAR_JOINED',
}

export interface ReportRowData {
  key: string;
  label: string;
  members: number;
}

export interface CoverageRowData {
  districtArs: string | null;
  label: string;
  members: number;
  eligible: number;
  coverage: number;
  eligiblePopulation: number;
  populationReached: number;
  populationShare: number;
}

/** Smallest population at which IKONE-DS fits a Gemeinde well, and the types it applies to, taken from the fit rules. */
const IKONE_DS_HIGH_RULES = FIT_RULES.filter((r) => r.network === NetworkId.IKONE_DS && r.level === FitLevel.HIGH);
const IKONE_DS_MIN_POPULATION = Math.min(...IKONE_DS_HIGH_RULES.map((r) => r.minPopulation ?? 0));
const IKONE_DS_TYPES: readonly string[] = [...new Set(IKONE_DS_HIGH_RULES.flatMap((r) => r.types))];

/** The size-class groups: the classes of Gemeinden, and one group for the units without a class. */
const SIZE_GROUP_LABELS: Record<string, string> = { ...SIZE_CLASS_LABELS, NONE: 'ohne Größenklasse (Verbandsgemeinde, Landkreis)' };

/** SQL: an IKONE-DS member (a row `k` of ikone_ds.member_keys) counts on `date` as common/dates.ts's ikoneDsMemberCountsOn says. Never NULL. */
const ikoneDsMemberOnDateSql = (k: string, date: string) =>
  `(${k}.counted_from IS NOT NULL AND ${k}.counted_from <= ${date} OR ${k}.counted_from IS NULL AND ${date} >= ${TODAY_SQL})`;

/** The members of a network on the date $1, as (ars, joined_on). */
function membersSql(network: NetworkId): string {
  return network === NetworkId.DIGITALE_DOERFER_RLP
    ? `SELECT DISTINCT ON (municipality_ars) municipality_ars AS ars, started_on AS joined_on
         FROM registry.digitale_doerfer_membership ms
        WHERE ${memberOnDateSql('ms', '$1')}
        ORDER BY municipality_ars, started_on`
    : `SELECT k.ars, k.joined_on FROM ikone_ds.member_keys k WHERE ${ikoneDsMemberOnDateSql('k', '$1')}`;
}

/**
 * Named members that the figures of the date leave out for want of evidence, in German: a member
 * without a joining date before its first dated evidence, one of unknown status after its last
 * confirmation. The reports' notes name them, so that a figure says what it leaves out.
 */
export async function uncountedMembers(dataSource: DataSource, network: NetworkId, asOf: string): Promise<string[]> {
  const rows: { name: string; evidence: string | null; unknown_status: boolean }[] = await dataSource.query(
    network === NetworkId.DIGITALE_DOERFER_RLP
      ? `SELECT m.short_name AS name, to_char(COALESCE(ms.last_confirmed_on, ms.started_on), 'DD.MM.YYYY') AS evidence,
                ms.status = '${MembershipStatus.UNKNOWN}' AS unknown_status
           FROM registry.digitale_doerfer_membership ms JOIN registry.municipality m ON m.ars = ms.municipality_ars
          WHERE ms.status IN ('${MembershipStatus.ACTIVE}', '${MembershipStatus.UNKNOWN}') AND NOT ${memberOnDateSql('ms', '$1')}
            AND (ms.started_on IS NULL OR (ms.status = '${MembershipStatus.UNKNOWN}' AND ms.started_on <= $1))
          ORDER BY m.short_name`
      : `SELECT m.short_name AS name, to_char(k.counted_from, 'DD.MM.YYYY') AS evidence, false AS unknown_status
           FROM ikone_ds.member_keys k JOIN registry.municipality m ON m.ars = k.ars
          WHERE k.joined_on IS NULL AND NOT ${ikoneDsMemberOnDateSql('k', '$1')}
          ORDER BY m.short_name`,
    [asOf],
  );
  return rows.map((r) =>
    r.unknown_status
      ? `${r.name} ist nicht mitgezählt: zuletzt am ${r.evidence} als Mitglied belegt, ob die Mitgliedschaft fortbesteht, ist nicht bekannt.`
      : r.evidence
        ? `${r.name} ist nicht mitgezählt: Beitrittsdatum unbekannt, erst ab dem ${r.evidence} als Mitglied belegt.`
        : `${r.name} ist nicht mitgezählt: keine datierte Quelle belegt die Mitgliedschaft, sie zählt erst ab heute.`,
  );
}

/** SQL condition: unit `a` is eligible for the network ($2: the eligible types). */
function eligibleSql(network: NetworkId, a: string): string {
  return network === NetworkId.DIGITALE_DOERFER_RLP
    ? `${a}.type = ANY($2)`
    : `((${a}.type = ANY($2) AND ${a}.population >= ${IKONE_DS_MIN_POPULATION}) OR ${a}.ars IN (SELECT ars FROM members))`;
}

function eligibleTypes(network: NetworkId): string[] {
  return network === NetworkId.DIGITALE_DOERFER_RLP ? [...DIGITALE_DOERFER_ELIGIBLE_TYPES] : [...IKONE_DS_TYPES];
}

/** "Landkreis Kaiserslautern" and "Kaiserslautern" (the kreisfreie Stadt) must not look alike; "Donnersbergkreis" says it already. */
function districtLabel(d: string): string {
  return `CASE WHEN ${d}.type = 'LANDKREIS' AND ${d}.short_name !~* 'kreis' THEN 'Landkreis ' || ${d}.short_name ELSE ${d}.short_name END`;
}

function groupSql(dimension: ReportDimension): { key: string; label: string; join: string } {
  switch (dimension) {
    case ReportDimension.DISTRICT:
      return { key: 'm.district_ars', label: districtLabel('d'), join: 'JOIN registry.municipality d ON d.ars = m.district_ars' };
    case ReportDimension.MUNICIPALITY_TYPE:
      return {
        key: 'm.type',
        label: `CASE m.type ${Object.entries(MUNICIPALITY_TYPE_LABELS)
          .map(([type, label]) => `WHEN '${type}' THEN '${label}'`)
          .join(' ')} END`,
        join: '',
      };
    case ReportDimension.SIZE_CLASS: {
      const classes = SIZE_CLASS_THRESHOLDS.map((t) => `WHEN m.population >= ${t.minPopulation} THEN '${t.sizeClass}'`).join(' ');
      const key = `CASE WHEN m.type = ANY(ARRAY[${GEMEINDE_TYPES.map((t) => `'${t}'`).join(', ')}]) THEN CASE ${classes} END ELSE 'NONE' END`;
      return {
        key,
        label: `CASE ${key} ${Object.entries(SIZE_GROUP_LABELS)
          .map(([k, l]) => `WHEN '${k}' THEN '${l}'`)
          .join(' ')} END`,
        join: '',
      };
    }
    case ReportDimension.YEAR_JOINED:
      return {
        key: `COALESCE(EXTRACT(YEAR FROM x.joined_on)::int::text, 'UNKNOWN')`,
        label: `COALESCE(EXTRACT(YEAR FROM x.joined_on)::int::text, 'Jahr unbekannt')`,
        join: '',
      };
  }
}

export async function membershipReport(
  dataSource: DataSource,
  network: NetworkId,
  dimension: ReportDimension,
  asOf: string,
): Promise<ReportRowData[]> {
  const group = groupSql(dimension);
  const order = dimension === ReportDimension.YEAR_JOINED ? 'key' : 'members DESC, label';
  return dataSource.query(
    `WITH members AS (${membersSql(network)})
     SELECT ${group.key} AS key, ${group.label} AS label, count(*)::int AS members
       FROM members x JOIN registry.municipality m ON m.ars = x.ars ${group.join}
      GROUP BY 1, 2 ORDER BY ${order}`,
    [asOf],
  );
}

/**
 * Coverage per district and for the state (the row with districtArs null), in one statement; with
 * all members known on the date (knownMembers, also those not eligible), which reported sizes are compared with.
 */
export async function coverageReport(
  dataSource: DataSource,
  network: NetworkId,
  asOf: string,
): Promise<{ state: CoverageRowData; districts: CoverageRowData[]; knownMembers: number }> {
  const dd = network === NetworkId.DIGITALE_DOERFER_RLP;
  const inScope = dd
    ? `(${eligibleSql(network, 'g')} OR ${eligibleSql(network, 'p')} OR ${eligibleSql(network, 'dist')})`
    : eligibleSql(network, 'g');
  const reached = dd
    ? `(g.ars IN (SELECT ars FROM members) OR g.parent_ars IN (SELECT ars FROM members) OR g.district_ars IN (SELECT ars FROM members))`
    : `g.ars IN (SELECT ars FROM members)`;
  const rows: (CoverageRowData & { is_state: boolean; known_members: number })[] = await dataSource.query(
    `WITH members AS (${membersSql(network)}),
     units AS (
       SELECT u.district_ars, (${eligibleSql(network, 'u')}) AS eligible, u.ars IN (SELECT ars FROM members) AS member
         FROM registry.municipality u),
     gemeinden AS (
       SELECT g.district_ars, g.population, ${inScope} AS in_scope, ${reached} AS reached
         FROM registry.municipality g
         LEFT JOIN registry.municipality p ON p.ars = g.parent_ars
         JOIN registry.municipality dist ON dist.ars = g.district_ars
        WHERE g.type = ANY($3)),
     per_district AS (
       SELECT district_ars,
              count(*) FILTER (WHERE member AND eligible)::int AS members,
              count(*) FILTER (WHERE eligible)::int AS eligible
         FROM units GROUP BY district_ars),
     population AS (
       SELECT district_ars,
              COALESCE(sum(population) FILTER (WHERE in_scope), 0)::int AS eligible_population,
              COALESCE(sum(population) FILTER (WHERE in_scope AND reached), 0)::int AS population_reached
         FROM gemeinden GROUP BY district_ars)
     SELECT GROUPING(d.ars) = 1 AS is_state, d.ars AS "districtArs",
            CASE WHEN GROUPING(d.ars) = 1 THEN 'Rheinland-Pfalz' ELSE min(${districtLabel('d')}) END AS label,
            sum(pd.members)::int AS members, sum(pd.eligible)::int AS eligible,
            sum(pp.eligible_population)::int AS "eligiblePopulation", sum(pp.population_reached)::int AS "populationReached",
            (SELECT count(*) FROM members)::int AS known_members
       FROM registry.municipality d
       JOIN per_district pd ON pd.district_ars = d.ars
       JOIN population pp ON pp.district_ars = d.ars
      WHERE d.ars = d.district_ars
      GROUP BY ROLLUP (d.ars)
      ORDER BY is_state DESC, label`,
    [asOf, eligibleTypes(network), [...GEMEINDE_TYPES]],
  );
  const withShares = rows.map(({ is_state, known_members: _, ...row }) => ({
    ...row,
    isState: is_state,
    coverage: row.eligible ? row.members / row.eligible : 0,
    populationShare: row.eligiblePopulation ? row.populationReached / row.eligiblePopulation : 0,
  }));
  const state = withShares.find((r) => r.isState)!;
  return {
    state: { ...state, districtArs: null },
    districts: withShares.filter((r) => !r.isState),
    knownMembers: rows[0]?.known_members ?? 0,
  };
}

/** Eligible units that are in neither network on the date (nor members of unknown status), largest first: one page, the total, and each network's known members. */
export async function outreachPage(
  dataSource: DataSource,
  asOf: string,
  offset: number,
  limit: number,
): Promise<{ ars: string[]; total: number; knownMembers: Record<NetworkId, number> }> {
  const members = `WITH dd AS (${membersSql(NetworkId.DIGITALE_DOERFER_RLP)}), members AS (${membersSql(NetworkId.IKONE_DS)})`;
  const candidates = `FROM registry.municipality u
      WHERE (u.type = ANY($2) OR (u.type = ANY($3) AND u.population >= ${IKONE_DS_MIN_POPULATION}))
        AND u.ars NOT IN (SELECT ars FROM dd) AND u.ars NOT IN (SELECT ars FROM members)
        AND u.ars NOT IN (SELECT municipality_ars FROM registry.digitale_doerfer_membership WHERE status = '${MembershipStatus.UNKNOWN}')`;
  // The known members say whether "in neither network" can be claimed (common/reported-sizes.ts).
  const known = `(SELECT count(*) FROM dd)::int AS dd_known, (SELECT count(*) FROM members)::int AS ikone_known`;
  const parameters = [asOf, [...DIGITALE_DOERFER_ELIGIBLE_TYPES], [...IKONE_DS_TYPES]];
  type Counts = { total: number; dd_known: number; ikone_known: number };
  const rows: ({ ars: string } & Counts)[] = await dataSource.query(
    `${members}
     SELECT u.ars, count(*) OVER ()::int AS total, ${known}
       ${candidates}
      ORDER BY u.population DESC NULLS LAST, u.ars
      LIMIT ${limit} OFFSET ${offset}`,
    parameters,
  );
  let counts: Counts | undefined = rows[0];
  if (!counts) {
    // past the end (or nobody left): the total and the known members still have to be right
    [counts] = await dataSource.query(`${members} SELECT count(*)::int AS total, ${known} ${candidates}`, parameters);
  }
  return {
    ars: rows.map((r) => r.ars),
    total: counts!.total,
    knownMembers: { [NetworkId.DIGITALE_DOERFER_RLP]: counts!.dd_known, [NetworkId.IKONE_DS]: counts!.ikone_known },
  };
}
