// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

import { Directive, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { LocalDate } from '../../../../../common/input';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { MunicipalityType } from '../../../../../common/domain';
import { numericTransformer } from '../../../../../common/database';

/**
 * One row of the official municipality directory. The registry owns this entity; the IKONE-DS
 * adapter extends it with its membership and the network fit.
 */
@Directive('@key(fields: "ars")')
@ObjectType({
  description:
    'A territorial unit of Rhineland-Palatinate from the official municipality directory (Destatis GV100AD): Landkreis, kreisfreie Stadt, Verbandsgemeinde or Gemeinde.',
})
@Entity({ name: 'municipality' })
export class Municipality {
  @Field(() => ID, { description: 'Amtlicher Regionalschlüssel (ARS, official regional key), 12 digits; the identity of every unit.' })
  @PrimaryColumn({ type: 'char', length: 12 })
  ars: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Amtlicher Gemeindeschlüssel (AGS, official municipality key), 8 digits; null for Landkreise and Verbandsgemeinden, which have none.',
  })
  @Column({ type: 'char', length: 8, nullable: true })
  ags: string | null;

  @Field(() => String, { description: 'Official name as in the directory, e.g. "Mainz, Stadt".' })
  @Column({ type: 'text' })
  name: string;

  @Field(() => String, { description: 'Name without its suffix, e.g. "Mainz". Not unique: 55 names occur for more than one Gemeinde.' })
  @Column({ type: 'text', name: 'short_name' })
  shortName: string;

  @Field(() => MunicipalityType, { description: 'Kind of unit.' })
  @Column({ type: 'text' })
  type: MunicipalityType;

  @Field(() => Int, {
    nullable: true,
    description: 'Inhabitants on 31.12.2024 (Zensus 2022 basis). For Landkreise and Verbandsgemeinden the sum of their Gemeinden.',
  })
  @Column({ type: 'integer', nullable: true })
  population: number | null;

  @Field(() => Float, { nullable: true, description: 'Area in km² on 31.12.2024 (summed for Landkreise and Verbandsgemeinden).' })
  @Column({ type: 'numeric', precision: 10, scale: 2, nullable: true, name: 'area_km2', transformer: numericTransformer })
  areaKm2: number | null;

  @Field(() => Boolean, {
    description: 'True when population and area are sums over the member Gemeinden, not official figures of the unit.',
  })
  @Column({ type: 'boolean', name: 'values_aggregated' })
  valuesAggregated: boolean;

  @Field(() => LocalDate, { description: 'Gebietsstand (territorial status date) of the directory edition.' })
  @Column({ type: 'date', name: 'reference_date' })
  referenceDate: string;

  @Field(() => Boolean, { description: 'Whether the municipality has town status (Stadtrecht).' })
  @Column({ type: 'boolean', name: 'is_city' })
  isCity: boolean;

  @Field(() => String, { nullable: true, description: 'Postal code (PLZ) of the municipality or of its administrative seat.' })
  @Column({ type: 'text', name: 'postal_code', nullable: true })
  postalCode: string | null;

  @Field(() => String, { nullable: true, description: 'Seat of the administration (Landkreise, kreisfreie Städte, Verbandsgemeinden).' })
  @Column({ type: 'text', name: 'admin_seat', nullable: true })
  adminSeat: string | null;

  /** Verbandsgemeinde of an Ortsgemeinde, Landkreis of a VG or verbandsfreie Gemeinde. */
  @Column({ type: 'char', length: 12, name: 'parent_ars', nullable: true })
  parentArs: string | null;

  /** Landkreis or kreisfreie Stadt (itself for those). */
  @Column({ type: 'char', length: 12, name: 'district_ars' })
  districtArs: string;

  /** Folded name for forgiving search (see common/text.ts). */
  @Column({ type: 'text', name: 'search_key' })
  searchKey: string;
}
