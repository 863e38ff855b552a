// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

import { Directive, Field, ObjectType } from 'type-graphql';
import { NETWORK_DESCRIPTION, NetworkFactFields } from '../../../common/network-type';
import { FitLevel, FitReasonCode, FitReasonResult, NetworkFitResult } from '../../../common/network-fit/types';

/** The network as the registry owns it; the adapter cannot be asked for one by id, but answers its constant facts where it names one. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Network', { description: NETWORK_DESCRIPTION })
export class NetworkReference extends NetworkFactFields {}

@ObjectType({ description: 'One reason for a network fit.' })
export class FitReason implements FitReasonResult {
  @Field(() => FitReasonCode, { description: 'Machine-readable code.' })
  code: FitReasonCode;

  @Field(() => String, { description: 'The reason in German, for display.' })
  message: string;
}

@ObjectType({ description: 'How well one network fits a municipality, and why.' })
export class NetworkFit implements NetworkFitResult {
  @Field(() => NetworkReference, { description: 'The network.' })
  network: NetworkReference;

  @Field(() => FitLevel, { description: 'How well it fits.' })
  level: FitLevel;

  @Field(() => [FitReason], { description: 'Why: membership facts first, then the rule that decided the level.' })
  reasons: FitReason[];

  @Field(() => Boolean, { description: 'Whether the municipality is a member of this network now.' })
  alreadyMember: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'How to join, in German; null when already a member or when the network does not fit.',
  })
  howToJoin: string | null;
}
