import { Field, Int, ObjectType } from 'type-graphql';
import { DateTimeISOResolver, LocalDateResolver } from 'graphql-scalars';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A feed that was read, checked and stored; the newest one is what the adapter serves. */
@ObjectType({ description: 'The IKONE-DS source feed the adapter currently serves.' })
@Entity({ name: 'feed_snapshot' })
export class FeedSnapshot {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Field(() => String, { description: 'Where the feed was read from (file path or URL).' })
  @Column({ type: 'text' })
  source: string;

  @Field(() => DateTimeISOResolver, { description: 'When the adapter read and stored this feed.' })
  @Column({ type: 'timestamptz', name: 'loaded_at' })
  loadedAt: Date;

  @Field(() => LocalDateResolver, { description: 'Date the feed says it describes.' })
  @Column({ type: 'date', name: 'as_of' })
  asOf: string;

  @Column({ type: 'char', length: 64 })
  checksum: string;

  @Field(() => Int, { description: 'Member records in the feed.' })
  @Column({ type: 'integer', name: 'record_count' })
  recordCount: number;

  @Field(() => Int, { description: 'Records linked to an official key.' })
  @Column({ type: 'integer', name: 'linked_count' })
  linkedCount: number;
}
