// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A feed record the adapter could not link to an official key; kept and reported, never dropped. */
@ObjectType({ description: 'A record of the IKONE-DS feed that could not be linked to a unit of the official directory.' })
@Entity({ name: 'unlinked_record' })
export class UnlinkedFeedRecord {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ type: 'integer', name: 'snapshot_id' })
  snapshotId: number;

  @Field(() => Int, { description: 'Position of the record in the feed (0-based).' })
  @Column({ type: 'integer' })
  position: number;

  @Field(() => String, { description: 'Name as the feed reports it.' })
  @Column({ type: 'text', name: 'name_as_reported' })
  nameAsReported: string;

  @Field(() => String, { nullable: true, description: 'Key (ARS or AGS) the feed gave, if any.' })
  @Column({ type: 'text', name: 'given_key', nullable: true })
  givenKey: string | null;

  @Field(() => String, { description: 'Why the record could not be linked.' })
  @Column({ type: 'text' })
  reason: string;

  @Field(() => [ID], { description: 'ARS of directory units the name could mean, when there were several.' })
  @Column({ type: 'text', array: true })
  candidates: string[];
}
