// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import { GraphQLError } from 'graphql';
import { ApiKey } from '../../../../../common/auth/ApiKey';
import { ApiKeyStore } from '../../../../../common/auth/api-keys';
import { Permission, Role } from '../../../../../common/auth/roles';
import { NetworkId } from '../../../../../common/domain';
import { ErrorCode } from '../../../../../common/errors';
import { createApiKeyAudited, revokeApiKeyAudited } from '../api-key-changes';
import type { RegistryContext } from '../../../context';

@InputType({ description: 'A new API key.' })
export class NewApiKeyInput {
  @Field(() => String, {
    description: 'What the key is for (1 to 100 characters of printable text: no control characters), e.g. the portal that uses it.',
  })
  name: string;

  @Field(() => Role, { description: 'Role the key grants: PARTNER, COORDINATOR or MINISTRY_ADMIN.' })
  role: Role;

  @Field(() => NetworkId, { nullable: true, description: 'For COORDINATOR keys: the network they may change.' })
  network?: NetworkId | null;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'When the key stops working; none: no expiry.' })
  expiresAt?: Date | null;
}

@ObjectType({ description: 'A newly created API key with its secret. The secret is shown only this once.' })
export class CreatedApiKey {
  @Field(() => ApiKey, { description: 'The key’s record.' })
  apiKey: ApiKey;

  @Field(() => String, { description: 'The key to send in the x-api-key header. Store it now: it cannot be shown again.' })
  secret: string;
}

@Resolver(() => ApiKey)
export class ApiKeyResolver {
  @Authorized(Permission.MANAGE_API_KEYS)
  @Query(() => [ApiKey], { description: 'All API keys, revoked and expired ones included. Ministry admins only.' })
  apiKeys(@Ctx() ctx: RegistryContext): Promise<ApiKey[]> {
    return ApiKeyStore.on(ctx.dataSource).list();
  }

  @Authorized(Permission.MANAGE_API_KEYS)
  @Mutation(() => CreatedApiKey, {
    description: 'Creates an API key and shows its secret once; the audit trail records it (without the secret). Ministry admins only.',
  })
  createApiKey(
    @Arg('input', () => NewApiKeyInput, { description: 'The key.' }) input: NewApiKeyInput,
    @Ctx() ctx: RegistryContext,
  ): Promise<CreatedApiKey> {
    return createApiKeyAudited(ApiKeyStore.on(ctx.dataSource), ctx, { ...input, createdBy: ctx.principal.id ?? 'unknown' }).then(
      ({ apiKey, secret }) => ({ apiKey, secret }),
    );
  }

  @Authorized(Permission.MANAGE_API_KEYS)
  @Mutation(() => ApiKey, {
    description:
      'Revokes an API key at once; the audit trail records it. Revoking a revoked key keeps the first revocation. Ministry admins only.',
  })
  async revokeApiKey(@Arg('id', () => ID, { description: 'The key’s id.' }) id: string, @Ctx() ctx: RegistryContext): Promise<ApiKey> {
    const revoked = /^[0-9a-f]{16}$/.test(id) ? await revokeApiKeyAudited(ApiKeyStore.on(ctx.dataSource), ctx, id) : null;
    if (!revoked) throw new GraphQLError('No API key has this id.', { extensions: { code: ErrorCode.NOT_FOUND } });
    return revoked;
  }
}
