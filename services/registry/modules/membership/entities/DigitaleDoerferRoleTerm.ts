// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { LocalDate } from '../../../../../common/input';
import { DatePrecision, DigitaleDoerferRole } from '../../../../../common/domain';
import { MembershipSource } from './DigitaleDoerferMembership';

/**
 * A dated role of a municipality (transfer point, model municipality of the preceding project),
 * kept apart from its membership: Eisenberg (Pfalz) handed on the transfer-point role at the end
 * of 2023, and nothing says its membership ended.
 */
@ObjectType({
  description:
    'A dated role of a municipality in or before the Netzwerk Digitale Dörfer RLP (transfer point, model municipality). Not a membership: a role can end while the membership goes on.',
})
@Entity({ name: 'digitale_doerfer_role' })
export class DigitaleDoerferRoleTerm {
  @Field(() => ID, { description: 'Identifier of this role term.' })
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'char', length: 12, name: 'municipality_ars' })
  municipalityArs: string;

  @Field(() => DigitaleDoerferRole, { description: 'Which role.' })
  @Column({ type: 'text' })
  role: DigitaleDoerferRole;

  @Field(() => LocalDate, { description: 'Start of the term; see startedOnPrecision.' })
  @Column({ type: 'date', name: 'started_on' })
  startedOn: string;

  @Field(() => DatePrecision, { description: 'How exact startedOn is.' })
  @Column({ type: 'text', name: 'started_on_precision' })
  startedOnPrecision: DatePrecision;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'End of the term (its last day, or the first day of its last month or year); null while it lasts.',
  })
  @Column({ type: 'date', name: 'ended_on', nullable: true })
  endedOn: string | null;

  @Field(() => DatePrecision, { nullable: true, description: 'How exact endedOn is.' })
  @Column({ type: 'text', name: 'ended_on_precision', nullable: true })
  endedOnPrecision: DatePrecision | null;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'The newest date a dated source confirms the term; null when no source is dated.',
  })
  @Column({ type: 'date', name: 'last_confirmed_on', nullable: true })
  lastConfirmedOn: string | null;

  @Field(() => String, { nullable: true, description: 'What the sources say beyond the dates, in German.' })
  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Field(() => [String], { description: 'Public sources (URLs) for this term.' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  sources: string[];

  @Field(() => MembershipSource, { description: 'How the registry knows of this term: PUBLIC_SOURCE, IMPORT or RECORDED.' })
  @Column({ type: 'text' })
  source: MembershipSource;

  @Field(() => Int, { description: 'Version for optimistic concurrency: send it back with every change (endRoleTerm).' })
  @Column({ type: 'integer' })
  version: number;

  @Column({ type: 'timestamptz', name: 'created_at', insert: false, update: false })
  createdAt: Date;

  @Field(() => DateTimeISOResolver, { description: 'When the record was last changed.' })
  @Column({ type: 'timestamptz', name: 'updated_at', insert: false })
  updatedAt: Date;
}
