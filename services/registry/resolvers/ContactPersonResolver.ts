import { Arg, Authorized, Ctx, Field, FieldResolver, ID, InputType, Mutation, Resolver, Root } from 'type-graphql';
import { GraphQLError } from 'graphql';
import { Permission } from '../../../common/auth/roles';
import { MembershipStatus } from '../../../common/domain';
import { ErrorCode } from '../../../common/errors';
import { optionalEmail, optionalPhone, optionalText, requireText, requireUuid } from '../../../common/validation';
import { ContactPerson } from '../entities/ContactPerson';
import { DigitaleDoerferMembership } from '../entities/DigitaleDoerferMembership';
import type { RegistryContext } from '../context';

@InputType({ description: 'A contact person; e-mail and phone are checked.' })
export class ContactPersonInput {
  @Field(() => String, { description: 'Name, 2 to 200 characters.' })
  name: string;

  @Field(() => String, { nullable: true, description: 'Function or office.' })
  function?: string | null;

  @Field(() => String, { nullable: true, description: 'E-mail address.' })
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Phone number: digits, spaces, + ( ) / -.' })
  phone?: string | null;
}

const OPEN_STATUSES = [MembershipStatus.RECEIVED, MembershipStatus.ACTIVE];

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
    @Ctx() ctx: RegistryContext,
  ): Promise<DigitaleDoerferMembership> {
    const id = requireUuid(membershipId, 'membershipId');
    const values = {
      name: requireText(contact.name, 'contact.name', 2, 200),
      function: optionalText(contact.function, 'contact.function', 200),
      email: optionalEmail(contact.email, 'contact.email'),
      phone: optionalPhone(contact.phone, 'contact.phone'),
    };
    return ctx.dataSource.transaction(async (manager) => {
      const membership = await lockMembership(manager, id);
      if (!OPEN_STATUSES.includes(membership.status)) {
        throw new GraphQLError(
          `A contact person can be named only for an open application or an active membership; this one is ${membership.status}.`,
          {
            extensions: { code: ErrorCode.CONFLICT },
          },
        );
      }
      await manager
        .createQueryBuilder()
        .insert()
        .into(ContactPerson)
        .values({ membershipId: id, ...values, updatedAt: () => 'now()' })
        .orUpdate(['name', 'function', 'email', 'phone', 'updated_at'], ['membership_id'])
        .execute();
      return membership;
    });
  }

  @Authorized(Permission.WRITE_DIGITALE_DOERFER)
  @Mutation(() => DigitaleDoerferMembership, {
    description: 'Removes the contact person of a membership. Coordinators of Digitale Dörfer RLP and ministry admins.',
  })
  async removeContactPerson(
    @Arg('membershipId', () => ID, { description: 'The membership record.' }) membershipId: string,
    @Ctx() ctx: RegistryContext,
  ): Promise<DigitaleDoerferMembership> {
    const id = requireUuid(membershipId, 'membershipId');
    return ctx.dataSource.transaction(async (manager) => {
      const membership = await lockMembership(manager, id);
      await manager.delete(ContactPerson, { membershipId: id });
      return membership;
    });
  }
}

async function lockMembership(manager: import('typeorm').EntityManager, id: string): Promise<DigitaleDoerferMembership> {
  const membership = await manager
    .getRepository(DigitaleDoerferMembership)
    .createQueryBuilder('ms')
    .setLock('pessimistic_write')
    .where('ms.id = :id', { id })
    .getOne();
  if (!membership) throw new GraphQLError('No membership has this id.', { extensions: { code: ErrorCode.NOT_FOUND } });
  return membership;
}
