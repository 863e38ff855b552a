// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDate } from '../../../common/input';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { DatePrecision } from '../../../common/domain';

export enum IkoneDsRole {
  MEMBER = 'MEMBER',
  COORDINATOR = 'COORDINATOR',
}
registerEnumType(IkoneDsRole, {
  name: 'IkoneDsRole',
  description: 'Role of a city in IKONE-DS.',
  valuesConfig: {
    MEMBER: { description: 'Member city.' },
    COORDINATOR: { description: 'Coordinates the network (Kaiserslautern, through KL.digital GmbH).' },
  },
});

/** A member of IKONE-DS as the source feed reports it, linked to an official key. */
@ObjectType({
  description: 'Membership of a municipality in IKONE-DS (Interkommunales Netzwerk Digitale Stadt), as reported by the source feed.',
})
@Entity({ name: 'member' })
export class IkoneDsMembership {
  @PrimaryColumn({ type: 'char', length: 12 })
  ars: string;

  @Field(() => String, { description: 'Name of the member as the source reports it.' })
  @Column({ type: 'text', name: 'name_as_reported' })
  nameAsReported: string;

  @Field(() => IkoneDsRole, { description: 'Role in the network.' })
  @Column({ type: 'text' })
  role: IkoneDsRole;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'When the city joined, as reported; null when not published. See joinedOnPrecision.',
  })
  @Column({ type: 'date', name: 'joined_on', nullable: true })
  joinedOn: string | null;

  @Field(() => DatePrecision, { nullable: true, description: 'How exact joinedOn is.' })
  @Column({ type: 'text', name: 'joined_on_precision', nullable: true })
  joinedOnPrecision: DatePrecision | null;

  @Field(() => LocalDate, {
    nullable: true,
    description:
      'Earliest date a dated public source names the city as a member, when its joining date is not published (e.g. Trier: August 2020, the report on Landau as tenth member lists all ten). Null when joinedOn is known and no source says more, or when no dated source names it. See firstNamedOnPrecision.',
  })
  @Column({ type: 'date', name: 'first_named_on', nullable: true })
  firstNamedOn: string | null;

  @Field(() => DatePrecision, { nullable: true, description: 'How exact firstNamedOn is.' })
  @Column({ type: 'text', name: 'first_named_on_precision', nullable: true })
  firstNamedOnPrecision: DatePrecision | null;

  @Field(() => LocalDate, {
    nullable: true,
    description:
      'Newest date a dated public source confirms the membership; null when no dated source does. Nothing is known about the membership after this date: no source reports leave dates, so a member is not known to have left either. See lastConfirmedOnPrecision.',
  })
  @Column({ type: 'date', name: 'last_confirmed_on', nullable: true })
  lastConfirmedOn: string | null;

  @Field(() => DatePrecision, { nullable: true, description: 'How exact lastConfirmedOn is.' })
  @Column({ type: 'text', name: 'last_confirmed_on_precision', nullable: true })
  lastConfirmedOnPrecision: DatePrecision | null;

  @Field(() => LocalDate, {
    nullable: true,
    description:
      'From which day the member counts in figures for a past date: joinedOn when published (a MONTH or YEAR date as stored, its first day); else the last day of the period of firstNamedOn (a source dated August 2020 may be from 31 August); null when no dated source names the member: it then counts in today’s figures only, never on a past date.',
  })
  @Column({ type: 'date', name: 'counted_from', nullable: true })
  countedFrom: string | null;

  @Field(() => String, { nullable: true, description: 'Remarks of the source feed, in German.' })
  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Field(() => [String], { description: 'Public sources (URLs) that report the membership.' })
  @Column({ type: 'text', array: true })
  sources: string[];
}
