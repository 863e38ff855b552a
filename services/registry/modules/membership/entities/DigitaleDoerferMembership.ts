// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

import { Authorized, Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Permission } from '../../../../../common/auth/roles';
import { DateTimeISOResolver } from 'graphql-scalars';
import { LocalDate } from '../../../../../common/input';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { DatePrecision, MembershipStatus } from '../../../../../common/domain';

/** How the registry knows of a membership; only LETTER records carry the letter of application. */
export enum MembershipSource {
  LETTER = 'LETTER',
  IMPORT = 'IMPORT',
  PUBLIC_SOURCE = 'PUBLIC_SOURCE',
  RECORDED = 'RECORDED',
}
registerEnumType(MembershipSource, {
  name: 'MembershipSource',
  description: 'How the registry knows of a membership or a role term.',
  valuesConfig: {
    LETTER: { description: 'Recorded from its letter of application (recordApplication and the workflow).' },
    IMPORT: { description: 'Imported from a network office’s list (importMemberships, npm run import:members); no letter recorded.' },
    PUBLIC_SOURCE: { description: 'Named by public sources (see sources); no letter recorded.' },
    RECORDED: {
      description: 'A role term recorded by the network office or the ministry (recordRoleTerm); memberships are never RECORDED.',
    },
  },
});

/**
 * A municipality's membership (or application) in the Netzwerk Digitale Dörfer RLP; its roles are
 * dated terms of their own (DigitaleDoerferRoleTerm).
 * Shareable because the IKONE-DS adapter reads status and role of it for the network fit.
 */
@Directive('@shareable')
@ObjectType({ description: 'Membership of a municipality in the Netzwerk Digitale Dörfer RLP, from application to end.' })
@Entity({ name: 'digitale_doerfer_membership' })
export class DigitaleDoerferMembership {
  @Field(() => ID, { description: 'Identifier of this membership record.' })
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Field(() => MembershipStatus, { description: 'Where the membership stands.' })
  @Column({ type: 'text' })
  status: MembershipStatus;

  @Field(() => LocalDate, { nullable: true, description: 'Start of the membership; see startedOnPrecision and startedOnInferred.' })
  @Column({ type: 'date', name: 'started_on', nullable: true })
  startedOn: string | null;

  @Field(() => DatePrecision, { nullable: true, description: 'How exact startedOn is (sources often give only the month).' })
  @Column({ type: 'text', name: 'started_on_precision', nullable: true })
  startedOnPrecision: DatePrecision | null;

  @Field(() => Boolean, {
    description: 'True when no source prints the start and startedOn was inferred (the note says from what); it may lie earlier.',
  })
  @Column({ type: 'boolean', name: 'started_on_inferred', default: false })
  startedOnInferred: boolean;

  @Field(() => LocalDate, { nullable: true, description: 'End of the membership, when it ended.' })
  @Column({ type: 'date', name: 'ended_on', nullable: true })
  endedOn: string | null;

  @Field(() => LocalDate, {
    nullable: true,
    description:
      'The newest date a dated source, import or decision confirms the membership. For UNKNOWN it is where the evidence stops; null when no source is dated.',
  })
  @Column({ type: 'date', name: 'last_confirmed_on', nullable: true })
  lastConfirmedOn: string | null;

  @Field(() => String, { nullable: true, description: 'What the sources say beyond the dates, in German.' })
  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Field(() => [String], { description: 'Public sources (URLs) for this record.' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  sources: string[];

  @Field(() => MembershipSource, { description: 'How the registry knows of this record; the letter fields are set only for LETTER.' })
  @Column({ type: 'text', default: MembershipSource.LETTER })
  source: MembershipSource;

  @Column({ type: 'char', length: 12, name: 'municipality_ars' })
  municipalityArs: string;

  @Field(() => LocalDate, { nullable: true, description: 'Date of the letter of application.' })
  @Column({ type: 'date', name: 'letter_date', nullable: true })
  letterDate: string | null;

  @Authorized(Permission.READ_CONTACTS)
  @Field(() => String, {
    nullable: true,
    description: 'Who signed the letter (Bürgermeisterin/Bürgermeister; for a Landkreis Landrätin/Landrat); PARTNER role or above.',
  })
  @Column({ type: 'text', name: 'signed_by', nullable: true })
  signedBy: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'When the ministry received the letter.' })
  @Column({ type: 'date', name: 'received_on', nullable: true })
  receivedOn: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'When the application was approved, rejected or withdrawn.' })
  @Column({ type: 'date', name: 'decided_on', nullable: true })
  decidedOn: string | null;

  @Field(() => String, { nullable: true, description: 'Reason given for a rejection, withdrawal or end.' })
  @Column({ type: 'text', name: 'decision_reason', nullable: true })
  decisionReason: string | null;

  @Field(() => Int, { description: 'Version for optimistic concurrency: send it back with every change.' })
  @Column({ type: 'integer' })
  version: number;

  @Field(() => Boolean, { description: 'True for invented demonstration data (npm run seed:demo), never for real records.' })
  @Column({ type: 'boolean', name: 'is_demo' })
  isDemo: boolean;

  @Column({ type: 'timestamptz', name: 'created_at', insert: false, update: false })
  createdAt: Date;

  @Field(() => DateTimeISOResolver, { description: 'When the record was last changed.' })
  @Column({ type: 'timestamptz', name: 'updated_at', insert: false })
  updatedAt: Date;
}
