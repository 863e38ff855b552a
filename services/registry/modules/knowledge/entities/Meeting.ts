// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import { DatePrecision, NetworkId } from '../../../../../common/domain';
import { LocalDate } from '../../../../../common/input';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** How a meeting of the network took place. */
export enum MeetingFormat {
  ONLINE = 'ONLINE',
  ON_SITE = 'ON_SITE',
  HYBRID = 'HYBRID',
}
registerEnumType(MeetingFormat, {
  name: 'MeetingFormat',
  description: 'How a meeting (Netzwerktreffen) or event took place.',
  valuesConfig: {
    ONLINE: { description: 'Online (digitales Treffen, video conference).' },
    ON_SITE: { description: 'In person (Präsenztreffen), usually at the host municipality.' },
    HYBRID: { description: 'In person with online participation (hybrid).' },
  },
});

/**
 * A meeting (Netzwerktreffen) or event of one of the two networks. Digitale Dörfer coordinators
 * record their network's meetings with attendance (registry.meeting_attendance); the meetings and
 * events of both networks that public sources report ship with the registry
 * (services/registry/data/public-meetings.ts) and carry those sources.
 */
@ObjectType({
  description:
    'A meeting (Netzwerktreffen) or event of a network: when (to the day, month or year), how, where, on which topics, who came. Meetings of the Netzwerk Digitale Dörfer RLP are recorded by its coordinators, with the members that attended; the meetings and events of both networks reported in public sources ship with the registry and name those sources. Attendance is kept only for Digitale Dörfer meetings.',
})
@Entity({ name: 'meeting' })
export class Meeting {
  @Field(() => ID, { description: 'Identifier of the meeting.' })
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Field(() => NetworkId, { description: 'The network whose meeting or event it was.' })
  @Column({ type: 'text' })
  network: NetworkId;

  @Field(() => LocalDate, {
    description: 'Day of the meeting; when only the month or the year is known, the first day of it (see heldOnPrecision).',
  })
  @Column({ type: 'date', name: 'held_on' })
  heldOn: string;

  @Field(() => DatePrecision, {
    description: 'How exactly heldOn is known: DAY, or only MONTH or YEAR (sources sometimes name only the year, e.g. "2023").',
  })
  @Column({ type: 'text', name: 'held_on_precision' })
  heldOnPrecision: DatePrecision;

  @Field(() => String, {
    description: 'Title, usually in German, as the organisers or the source name it, e.g. "Netzwerktreffen Frühjahr: Dorf-Apps im Alltag".',
  })
  @Column({ type: 'text' })
  title: string;

  @Field(() => MeetingFormat, { nullable: true, description: 'Online, on site or hybrid; null when the source does not say.' })
  @Column({ type: 'text', nullable: true })
  format: MeetingFormat | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Where it took place, as the source or the coordinators name it (e.g. "Gutenberg Digital Hub, Mainz"); it says where when no host municipality is on record. Null when not reported.',
  })
  @Column({ type: 'text', nullable: true })
  place: string | null;

  /** Municipality that hosted the meeting (Gastgeber); null for online meetings or meetings of the ministry. */
  @Column({ type: 'char', length: 12, name: 'host_ars', nullable: true })
  hostArs: string | null;

  /** Managed topics (registry.topic ids); checked on every write, since an array cannot carry a foreign key. */
  @Column({ type: 'text', array: true, name: 'topic_ids' })
  topicIds: string[];

  @Field(() => [String], { description: 'Free keywords (Schlagwörter), e.g. "LoRaWAN".' })
  @Column({ type: 'text', array: true })
  tags: string[];

  @Field(() => String, {
    nullable: true,
    description:
      'What the source reports beyond the other fields, in German, e.g. a reported number of participants ("rund 70 Teilnehmende"). Reported figures are not attendance: see attendees.',
  })
  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Field(() => [String], { description: 'Public sources (URLs) that report the meeting; empty for meetings recorded without one.' })
  @Column({ type: 'text', array: true })
  sources: string[];

  @Field(() => Boolean, { description: 'True for invented demonstration data, never for real records.' })
  @Column({ type: 'boolean', name: 'is_demo' })
  isDemo: boolean;

  @Field(() => Int, { description: 'Version for optimistic concurrency: send it back with every change (also attendance).' })
  @Column({ type: 'integer' })
  version: number;

  @Column({ type: 'timestamptz', name: 'created_at', insert: false, update: false })
  createdAt: Date;

  @Field(() => DateTimeISOResolver, { description: 'When the record was last changed.' })
  @Column({ type: 'timestamptz', name: 'updated_at', insert: false })
  updatedAt: Date;
}
