import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
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
  description: 'How a meeting (Netzwerktreffen) took place.',
  valuesConfig: {
    ONLINE: { description: 'Online (digitales Treffen, video conference).' },
    ON_SITE: { description: 'In person (Präsenztreffen), usually at the host municipality.' },
    HYBRID: { description: 'In person with online participation (hybrid).' },
  },
});

/** A meeting (Netzwerktreffen) of the Netzwerk Digitale Dörfer RLP; who attended is in registry.meeting_attendance. */
@ObjectType({
  description: 'A meeting (Netzwerktreffen) of the Netzwerk Digitale Dörfer RLP: when, how, where, on which topics, who came.',
})
@Entity({ name: 'meeting' })
export class Meeting {
  @Field(() => ID, { description: 'Identifier of the meeting.' })
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Field(() => LocalDate, { description: 'Day of the meeting.' })
  @Column({ type: 'date', name: 'held_on' })
  heldOn: string;

  @Field(() => String, { description: 'Title, usually in German, e.g. "Netzwerktreffen Frühjahr: Dorf-Apps im Alltag".' })
  @Column({ type: 'text' })
  title: string;

  @Field(() => MeetingFormat, { description: 'Online, on site or hybrid.' })
  @Column({ type: 'text' })
  format: MeetingFormat;

  /** Municipality that hosted the meeting (Gastgeber); null for online meetings or meetings of the ministry. */
  @Column({ type: 'char', length: 12, name: 'host_ars', nullable: true })
  hostArs: string | null;

  /** Managed topics (registry.topic ids); checked on every write, since an array cannot carry a foreign key. */
  @Column({ type: 'text', array: true, name: 'topic_ids' })
  topicIds: string[];

  @Field(() => [String], { description: 'Free keywords (Schlagwörter), e.g. "LoRaWAN".' })
  @Column({ type: 'text', array: true })
  tags: string[];

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
