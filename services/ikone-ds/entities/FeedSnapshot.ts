// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

import { Authorized, Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import { LocalDate } from '../../../common/input';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Permission } from '../../../common/auth/roles';

/** A feed that was read, checked and stored; the newest one is what the adapter serves. */
@ObjectType({ description: 'The IKONE-DS source feed the adapter currently serves.' })
@Entity({ name: 'feed_snapshot' })
export class FeedSnapshot {
  @Field(() => ID, {
    description:
      'Identifier of the stored feed, for client caches; a feed read again with the same content and source keeps it, a changed one gets a new one.',
  })
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  // Stored already redacted (feed/redact.ts); still an internal detail, so ministry admins only.
  @Authorized(Permission.READ_FEED_SOURCE)
  @Field(() => String, {
    nullable: true,
    description:
      'Where the feed was read from: a file path relative to the project, or the URL without credentials, query string or fragment. Ministry admins only (null with FORBIDDEN for everyone else).',
  })
  @Column({ type: 'text' })
  source: string;

  @Field(() => DateTimeISOResolver, { description: 'When the adapter read and stored this feed.' })
  @Column({ type: 'timestamptz', name: 'loaded_at' })
  loadedAt: Date;

  @Field(() => LocalDate, {
    description:
      'Date the feed says it describes: the date of its newest evidence (no member’s joinedOn, firstNamedOn or lastConfirmedOn is later), not the day the feed was written.',
  })
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
