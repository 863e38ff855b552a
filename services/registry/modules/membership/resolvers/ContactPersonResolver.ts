// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

import { Arg, Authorized, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { EntityManager } from 'typeorm';
import { Permission } from '../../../../../common/auth/roles';
import { conflict } from '../../../../../common/errors';
import { optionalEmail, optionalPhone, optionalRoleTitle, requireText, requireUuid } from '../../../../../common/validation';
import type { RegistryContext } from '../../../context';
import { lockRow, putVersioned, removeVersioned } from '../../../shared/versioned-change';
import { ContactPerson } from '../entities/ContactPerson';
import { DigitaleDoerferMembership } from '../entities/DigitaleDoerferMembership';
import { CONTACT_PERSONS, CONTACT_STATUSES, MEMBERSHIPS } from '../rules';

@InputType({ description: 'A contact person; function, e-mail and phone are checked.' })
export class ContactPersonInput {
  @Field(() => String, { description: 'Name, 2 to 200 characters.' })
  name: string;

  @Field(() => String, {
    nullable: true,
    description: 'Function or office, e.g. "Digitalisierungsbeauftragte"; an e-mail address or phone number here is refused.',
  })
  function?: string | null;

  @Field(() => String, { nullable: true, description: 'E-mail address.' })
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Phone number: digits, spaces, + ( ) / -.' })
  phone?: string | null;
}

@Resolver(() => DigitaleDoerferMembership)
export class ContactPersonResolver {
  @FieldResolver(() => ContactPerson, { nullable: true, description: 'The contact person the member named; null when none is named.' })
  contactPerson(@Root() membership: DigitaleDoerferMembership, @Ctx() ctx: RegistryContext): Promise<ContactPerson | null> {
    return ctx.loaders.contactByMembershipId.load(membership.id);
  }

  @FieldResolver(() => Boolean, { description: 'Whether a contact person is named (the network asks every member to name one).' })
  async hasContactPerson(@Root() membership: DigitaleDoerferMembership, @Ctx() ctx: RegistryContext): Promise<boolean> {
    return (await ctx.loaders.contactByMembershipId.load(membership.id)) !== null;
  }

  @Authorized(Permission.WRITE_DIGITALE_DOERFER)
  @Mutation(() => DigitaleDoerferMembership, {
    description:
      'Names or replaces the contact person of an open application or active membership. Coordinators of Digitale Dörfer RLP and ministry admins.',
  })
  async setContactPerson(
    @Arg('membershipId', () => ID, { description: 'The membership record.' }) membershipId: string,
    @Arg('contact', () => ContactPersonInput, { description: 'The contact person.' }) contact: ContactPersonInput,
    @Arg('expectedVersion', () => Int, {
      description: 'Version of the contact person you last saw: contactPerson.version, or 0 when none is named.',
    })
    expectedVersion: number,
    @Ctx() ctx: RegistryContext,
  ): Promise<DigitaleDoerferMembership> {
    const id = requireUuid(membershipId, 'membershipId');
    return ctx.dataSource.transaction(async (manager) => {
      const membership = await lockRow(manager, MEMBERSHIPS, id);
      if (!CONTACT_STATUSES.includes(membership.status)) {
        throw conflict(
          `A contact person can be named only for an open application or an active membership; this one is ${membership.status}.`,
        );
      }
      await writeContactPerson(manager, ctx, id, contact, expectedVersion);
      return membership;
    });
  }

  @Authorized(Permission.WRITE_DIGITALE_DOERFER)
  @Mutation(() => DigitaleDoerferMembership, {
    description:
      'Removes the contact person of a membership (the audit trail keeps the event). Coordinators of Digitale Dörfer RLP and ministry admins.',
  })
  async removeContactPerson(
    @Arg('membershipId', () => ID, { description: 'The membership record.' }) membershipId: string,
    @Arg('expectedVersion', () => Int, { description: 'Version of the contact person you last saw (contactPerson.version).' })
    expectedVersion: number,
    @Ctx() ctx: RegistryContext,
  ): Promise<DigitaleDoerferMembership> {
    const id = requireUuid(membershipId, 'membershipId');
    return ctx.dataSource.transaction(async (manager) => {
      // The membership first, as every change of it and its contact does: one order, no deadlock.
      const membership = await lockRow(manager, MEMBERSHIPS, id);
      await removeVersioned(manager, ctx, CONTACT_PERSONS, id, expectedVersion, 'contact.remove');
      return membership;
    });
  }
}

/** Validates and writes the contact person of a membership on the versioned-change path (the caller holds the transaction). */
export async function writeContactPerson(
  manager: EntityManager,
  ctx: RegistryContext,
  membershipId: string,
  contact: ContactPersonInput,
  expectedVersion: number,
): Promise<ContactPerson> {
  const values = {
    name: requireText(contact.name, 'contact.name', 2, 200),
    function: optionalRoleTitle(contact.function, 'contact.function', 200),
    email: optionalEmail(contact.email, 'contact.email'),
    phone: optionalPhone(contact.phone, 'contact.phone'),
  };
  return putVersioned(manager, ctx, CONTACT_PERSONS, membershipId, expectedVersion, values, {
    create: 'contact.add',
    replace: 'contact.change',
  });
}
