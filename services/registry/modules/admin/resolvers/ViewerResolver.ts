// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// Who is calling, as the hub sees it: the role and, for a coordinator, the network. Public, so that
// a client (the Verwaltung, /verwaltung) can show what its user may do without guessing from error
// messages. Never names a key id, a token subject or any secret. The answer depends on the caller,
// so the request is kept out of the gateway's response cache.
import { Ctx, Field, ObjectType, Query, Resolver } from 'type-graphql';
import { Role } from '../../../../../common/auth/roles';
import { NetworkId } from '../../../../../common/domain';
import type { RegistryContext } from '../../../context';

@ObjectType({
  description:
    'The caller of this request as the hub established it from its credentials: what it may do follows from the role (see Role). Holds no key id, token subject or secret.',
})
export class Viewer {
  @Field(() => Role, { description: 'The caller’s role; PUBLIC without credentials.' })
  role: Role;

  @Field(() => NetworkId, { nullable: true, description: 'The network a COORDINATOR coordinates; null for every other role.' })
  network: NetworkId | null;
}

@Resolver(() => Viewer)
export class ViewerResolver {
  @Query(() => Viewer, {
    description:
      'Who is calling: the role the credentials grant (PUBLIC without any) and, for a coordinator, the network. Public; depends on the caller, so it is never cached.',
  })
  viewer(@Ctx() ctx: RegistryContext): Viewer {
    ctx.uncacheable = true;
    const { role, network } = ctx.principal;
    return { role, network: role === Role.COORDINATOR ? network : null };
  }
}
