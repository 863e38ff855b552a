// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A topic of the knowledge exchange (Wissensaustausch) of the Netzwerk Digitale Dörfer RLP: a
 * managed vocabulary, seeded by the migration, extended by coordinators and ministry admins.
 */
@ObjectType({
  description:
    'A topic (Thema) of the knowledge exchange of the Netzwerk Digitale Dörfer RLP, from a managed list, e.g. "Dorf-App / DorfFunk".',
})
@Entity({ name: 'topic' })
export class Topic {
  @Field(() => ID, { description: 'Stable identifier (slug), e.g. "dorf-app".' })
  @PrimaryColumn({ type: 'text' })
  id: string;

  @Field(() => String, { description: 'Name in German, e.g. "Bürgerbeteiligung online".' })
  @Column({ type: 'text' })
  name: string;

  /** Folded name for forgiving search (see common/text.ts). */
  @Column({ type: 'text', name: 'search_key' })
  searchKey: string;
}
