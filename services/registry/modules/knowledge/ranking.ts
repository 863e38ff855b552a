// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// "Whom can we ask about topic X?" — the ranking of experience reports, done in one SQL statement.
//
// A report matches when one of its managed topics or one of its free tags contains every word of
// the search text (both sides folded with common/text.ts searchKey). Matches are ordered by a
// score whose parts are powers of two, so the order is strictly by these rules, one after the other:
//   64  the reporting municipality is a transfer point now (an ACTIVE member with a current
//       TRANSFER_POINT role term, as membership/rules.ts currentRole)
//   32  same MunicipalityType as the asking municipality (forMunicipality)
//   16  same size: for Gemeinden the size class of common/domain.ts (sizeClassOf); for
//       Verbandsgemeinden and Landkreise, whose population is a sum, the bands below
//    8  same Landkreis (district_ars)
//    4  otherwise nearby: same former Regierungsbezirk (first 3 digits of the ARS)
//    2  project COMPLETED, 1 IN_PROGRESS, 0 PLANNED or STOPPED
// then newest report first. Without forMunicipality the similarity parts are 0. The asking
// municipality's own reports are left out.
import type { DataSource } from 'typeorm';
import {
  GEMEINDE_TYPES,
  MembershipStatus,
  MUNICIPALITY_TYPE_LABELS,
  MunicipalityType,
  SIZE_CLASS_LABELS,
  SIZE_CLASS_THRESHOLDS,
  SizeClass,
  sizeClassOf,
} from '../../../../common/domain';
import { isTransferPointNowSql } from '../membership/rules';
import { allWordsIn } from './rules';
import { ExperienceStatus } from './entities/ExperienceReport';

export interface SizeBand {
  minPopulation: number;
  key: string;
  /** German, for the reasons. */
  label: string;
}

/**
 * Population bands for Verbandsgemeinden and Landkreise (sizeClassOf has none for them: their
 * population is the sum of their Gemeinden). Chosen near the thirds of Rhineland-Palatinate's
 * 129 Verbandsgemeinden (6,913 to 41,545 inhabitants: 42 below 15,000, 62 up to 24,999, 25 above)
 * and 24 Landkreise (59,313 to 217,228: 7 below 100,000, 11 up to 149,999, 6 above).
 */
export const AGGREGATE_SIZE_BANDS: Readonly<Partial<Record<MunicipalityType, readonly SizeBand[]>>> = {
  [MunicipalityType.VERBANDSGEMEINDE]: [
    { minPopulation: 25_000, key: 'VG_GROSS', label: 'Verbandsgemeinde mit 25.000 Einwohnern oder mehr' },
    { minPopulation: 15_000, key: 'VG_MITTEL', label: 'Verbandsgemeinde mit 15.000 bis 24.999 Einwohnern' },
    { minPopulation: 0, key: 'VG_KLEIN', label: 'Verbandsgemeinde mit weniger als 15.000 Einwohnern' },
  ],
  [MunicipalityType.LANDKREIS]: [
    { minPopulation: 150_000, key: 'LK_GROSS', label: 'Landkreis mit 150.000 Einwohnern oder mehr' },
    { minPopulation: 100_000, key: 'LK_MITTEL', label: 'Landkreis mit 100.000 bis 149.999 Einwohnern' },
    { minPopulation: 0, key: 'LK_KLEIN', label: 'Landkreis mit weniger als 100.000 Einwohnern' },
  ],
};

/** The size band of a unit: its SizeClass for Gemeinden, a band above for VGs and Landkreise, else null. */
export function sizeBandOf(type: MunicipalityType, population: number | null): string | null {
  const sizeClass = sizeClassOf(type, population);
  if (sizeClass) return sizeClass;
  const bands = AGGREGATE_SIZE_BANDS[type];
  if (!bands || population === null) return null;
  return bands.find((b) => population >= b.minPopulation)!.key;
}

function sizeBandLabel(key: string): string {
  if (key in SIZE_CLASS_LABELS) return SIZE_CLASS_LABELS[key as SizeClass];
  return Object.values(AGGREGATE_SIZE_BANDS)
    .flat()
    .find((b) => b.key === key)!.label;
}

/**
 * sizeBandOf as SQL over a municipality row, written from the same constants (all of them
 * enum names and numbers from code, never input).
 */
export function sizeBandSql(alias: string): string {
  const cases = (thresholds: readonly { minPopulation: number; key: string }[]) =>
    `CASE ${thresholds.map((t) => `WHEN ${alias}.population >= ${Number(t.minPopulation)} THEN '${t.key}'`).join(' ')} END`;
  const gemeinden = GEMEINDE_TYPES.map((t) => `'${t}'`).join(', ');
  const aggregates = Object.entries(AGGREGATE_SIZE_BANDS).map(([type, bands]) => `WHEN ${alias}.type = '${type}' THEN ${cases(bands)}`);
  return `(CASE WHEN ${alias}.population IS NULL THEN NULL
    WHEN ${alias}.type IN (${gemeinden}) THEN ${cases(SIZE_CLASS_THRESHOLDS.map((t) => ({ minPopulation: t.minPopulation, key: t.sizeClass })))}
    ${aggregates.join('\n    ')} END)`;
}

export const SCORE = {
  TRANSFER_POINT: 64,
  SAME_TYPE: 32,
  SAME_SIZE: 16,
  SAME_DISTRICT: 8,
  NEARBY: 4,
  COMPLETED: 2,
  IN_PROGRESS: 1,
} as const;

/** Former Regierungsbezirke of Rhineland-Palatinate (dissolved 2000; still the 3rd digit of the ARS). */
const REGIERUNGSBEZIRKE: Record<string, string> = { '071': 'Koblenz', '072': 'Trier', '073': 'Rheinhessen-Pfalz' };

export interface RankedReport {
  reportId: string;
  score: number;
  reasons: string[];
}

interface RankedRow {
  id: string;
  ars: string;
  type: MunicipalityType;
  band: string | null;
  status: ExperienceStatus;
  matched_topics: string[];
  matched_tags: string[];
  transfer_point: boolean;
  same_type: boolean;
  same_size: boolean;
  same_district: boolean;
  nearby: boolean;
  score: number;
}

/**
 * The best `limit` reports for the search words, for the asking municipality (ARS) if any: one
 * statement, whatever the number of reports, topics or members.
 */
export async function rankExperienceReports(
  dataSource: DataSource,
  words: string[],
  askingArs: string | null,
  limit: number,
): Promise<RankedReport[]> {
  const rows: RankedRow[] = await dataSource.query(
    `WITH wanted AS (
       SELECT t.id, t.name FROM registry.topic t WHERE ${allWordsIn('t.search_key', '$1')}
     ),
     asking AS (
       SELECT m.ars, m.type, m.district_ars, ${sizeBandSql('m')} AS band FROM registry.municipality m WHERE m.ars = $2
     ),
     matched AS (
       SELECT r.id, r.created_at, r.status, m.ars, m.type, m.district_ars, ${sizeBandSql('m')} AS band,
              ARRAY(SELECT w.name FROM wanted w WHERE w.id = ANY(r.topic_ids) ORDER BY w.name) AS matched_topics,
              ARRAY(SELECT u.tag FROM unnest(r.tags, r.tag_keys) AS u(tag, tag_key) WHERE ${allWordsIn('u.tag_key', '$1')}) AS matched_tags,
              (EXISTS (SELECT 1 FROM registry.digitale_doerfer_membership ms
                       WHERE ms.municipality_ars = r.municipality_ars AND ms.status = $4)
               AND ${isTransferPointNowSql('r.municipality_ars')}) AS transfer_point
         FROM registry.experience_report r
         JOIN registry.municipality m ON m.ars = r.municipality_ars
        WHERE (r.topic_ids && ARRAY(SELECT id FROM wanted)
               OR EXISTS (SELECT 1 FROM unnest(r.tag_keys) AS k WHERE ${allWordsIn('k', '$1')}))
          AND NOT EXISTS (SELECT 1 FROM asking a WHERE a.ars = r.municipality_ars)
     ),
     flagged AS (
       SELECT x.*,
              COALESCE(x.type = a.type, false) AS same_type,
              COALESCE(x.band = a.band, false) AS same_size,
              COALESCE(x.district_ars = a.district_ars, false) AS same_district,
              COALESCE(left(x.ars, 3) = left(a.ars, 3) AND x.district_ars <> a.district_ars, false) AS nearby
         FROM matched x LEFT JOIN asking a ON true
     )
     SELECT id, ars, type, band, status, matched_topics, matched_tags, transfer_point, same_type, same_size, same_district, nearby,
            (CASE WHEN transfer_point THEN ${SCORE.TRANSFER_POINT} ELSE 0 END
             + CASE WHEN same_type THEN ${SCORE.SAME_TYPE} ELSE 0 END
             + CASE WHEN same_size THEN ${SCORE.SAME_SIZE} ELSE 0 END
             + CASE WHEN same_district THEN ${SCORE.SAME_DISTRICT} ELSE 0 END
             + CASE WHEN nearby THEN ${SCORE.NEARBY} ELSE 0 END
             + CASE status WHEN '${ExperienceStatus.COMPLETED}' THEN ${SCORE.COMPLETED}
                           WHEN '${ExperienceStatus.IN_PROGRESS}' THEN ${SCORE.IN_PROGRESS} ELSE 0 END)::int AS score
       FROM flagged
      ORDER BY score DESC, created_at DESC, id
      LIMIT $3`,
    [words, askingArs, limit, MembershipStatus.ACTIVE],
  );
  return rows.map((row) => ({ reportId: row.id, score: row.score, reasons: reasonsFor(row) }));
}

/** The reasons of a match, in German, in the order of the ranking rules. */
function reasonsFor(row: RankedRow): string[] {
  const reasons = [...row.matched_topics.map((name) => `Thema „${name}“`), ...row.matched_tags.map((tag) => `Schlagwort „${tag}“`)];
  if (row.transfer_point) reasons.push('Transferstelle des Netzwerks');
  if (row.same_type) reasons.push(`gleicher Gemeindetyp (${MUNICIPALITY_TYPE_LABELS[row.type]})`);
  if (row.same_size && row.band) reasons.push(`gleiche Größenklasse (${sizeBandLabel(row.band)})`);
  if (row.same_district) reasons.push('gleicher Landkreis');
  if (row.nearby)
    reasons.push(`in der Nähe (gleicher ehemaliger Regierungsbezirk ${REGIERUNGSBEZIRKE[row.ars.slice(0, 3)] ?? row.ars.slice(0, 3)})`);
  if (row.status === ExperienceStatus.COMPLETED) reasons.push('Projekt abgeschlossen');
  if (row.status === ExperienceStatus.IN_PROGRESS) reasons.push('Projekt in Umsetzung');
  return reasons;
}
