// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Where the project of an experience report stands. */
export enum ExperienceStatus {
  PLANNED = 'PLANNED',
  IN_PROGRESS = 'IN_PROGRESS',
  COMPLETED = 'COMPLETED',
  STOPPED = 'STOPPED',
}
registerEnumType(ExperienceStatus, {
  name: 'ExperienceStatus',
  description: 'Where the project of an experience report (Erfahrungsbericht) stands.',
  valuesConfig: {
    PLANNED: { description: 'Geplant: planned, not started.' },
    IN_PROGRESS: { description: 'In Umsetzung: running.' },
    COMPLETED: { description: 'Abgeschlossen: done; the result says how it went.' },
    STOPPED: { description: 'Eingestellt: stopped before completion; the result says why.' },
  },
});

/**
 * What a member municipality tried, on which topics, and how it went — so that others know whom
 * to ask. Public data: no personal data here (contactFunction names a function, never a person;
 * the member's contact person is reachable through its membership, for PARTNER and above).
 */
@ObjectType({
  description:
    'An experience report (Erfahrungsbericht) of a member of the Netzwerk Digitale Dörfer RLP: a project, its topics, status and result. Public; holds no personal data.',
})
@Entity({ name: 'experience_report' })
export class ExperienceReport {
  @Field(() => ID, { description: 'Identifier of the report.' })
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'char', length: 12, name: 'municipality_ars' })
  municipalityArs: string;

  @Field(() => String, { description: 'Title, usually in German, e.g. "Dorf-App in zwölf Ortsgemeinden".' })
  @Column({ type: 'text' })
  title: string;

  @Field(() => String, { description: 'The project (Vorhaben): what was done or is planned, in German.' })
  @Column({ type: 'text' })
  project: string;

  /** Managed topics (registry.topic ids); checked on every write, since an array cannot carry a foreign key. */
  @Column({ type: 'text', array: true, name: 'topic_ids' })
  topicIds: string[];

  @Field(() => [String], { description: 'Free keywords (Schlagwörter), e.g. "LoRaWAN"; whomToAsk searches them too.' })
  @Column({ type: 'text', array: true })
  tags: string[];

  /** The tags folded for forgiving search (common/text.ts searchKey), position by position. */
  @Column({ type: 'text', array: true, name: 'tag_keys' })
  tagKeys: string[];

  @Field(() => ExperienceStatus, { description: 'Where the project stands.' })
  @Column({ type: 'text' })
  status: ExperienceStatus;

  @Field(() => String, { nullable: true, description: 'What came of it (Ergebnis, lessons learned), in German; null while open.' })
  @Column({ type: 'text', nullable: true })
  result: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Whom to ask, as a function or office (e.g. "Digitalisierungsbeauftragte der VG"), never a person’s name or address. The member’s contact person is in municipality.digitaleDoerfer.contactPerson (PARTNER role or above).',
  })
  @Column({ type: 'text', name: 'contact_function', nullable: true })
  contactFunction: string | null;

  @Field(() => Boolean, { description: 'True for invented demonstration data, never for real records.' })
  @Column({ type: 'boolean', name: 'is_demo' })
  isDemo: boolean;

  @Field(() => Int, { description: 'Version for optimistic concurrency: send it back with every change.' })
  @Column({ type: 'integer' })
  version: number;

  @Field(() => DateTimeISOResolver, { description: 'When the report was recorded.' })
  @Column({ type: 'timestamptz', name: 'created_at', insert: false, update: false })
  createdAt: Date;

  @Field(() => DateTimeISOResolver, { description: 'When the report was last changed.' })
  @Column({ type: 'timestamptz', name: 'updated_at', insert: false })
  updatedAt: Date;
}
