// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

import { Authorized, Field, Int, ObjectType } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Permission } from '../../../../../common/auth/roles';

/**
 * The person a member names for the network's meetings. Every field that says something about the
 * person (name, function, e-mail, phone) is personal data: only PARTNER and above read them; for
 * anyone else they are null with a FORBIDDEN error. The function is guarded too: free text, and
 * with the name it identifies the person.
 */
@ObjectType({
  description:
    'Contact person (Ansprechpartnerin/Ansprechpartner) of a member. Name, function, e-mail and phone need the PARTNER role or above.',
})
@Entity({ name: 'contact_person' })
export class ContactPerson {
  @PrimaryColumn({ type: 'uuid', name: 'membership_id' })
  membershipId: string;

  @Authorized(Permission.READ_CONTACTS)
  @Field(() => String, { nullable: true, description: 'Name (personal data).' })
  @Column({ type: 'text' })
  name: string;

  @Authorized(Permission.READ_CONTACTS)
  @Field(() => String, { nullable: true, description: 'Function or office, e.g. "Digitalisierungsbeauftragte" (personal data).' })
  @Column({ type: 'text', nullable: true })
  function: string | null;

  @Authorized(Permission.READ_CONTACTS)
  @Field(() => String, { nullable: true, description: 'E-mail address (personal data).' })
  @Column({ type: 'text', nullable: true })
  email: string | null;

  @Authorized(Permission.READ_CONTACTS)
  @Field(() => String, { nullable: true, description: 'Phone number (personal data).' })
  @Column({ type: 'text', nullable: true })
  phone: string | null;

  @Field(() => Int, { description: 'Version for optimistic concurrency: send it back with every change (0 while none is named).' })
  @Column({ type: 'integer' })
  version: number;

  @Field(() => DateTimeISOResolver, { description: 'When the contact was last changed.' })
  @Column({ type: 'timestamptz', name: 'updated_at' })
  updatedAt: Date;
}
