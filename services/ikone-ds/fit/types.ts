import { Directive, Field, ObjectType, registerEnumType } from 'type-graphql';
import { NetworkId } from '../../../common/domain';

/** How well a network fits a municipality. */
export enum FitLevel {
  MEMBER = 'MEMBER',
  HIGH = 'HIGH',
  MEDIUM = 'MEDIUM',
  LOW = 'LOW',
  NONE = 'NONE',
}
registerEnumType(FitLevel, {
  name: 'FitLevel',
  description: 'How well a network fits a municipality, best first.',
  valuesConfig: {
    MEMBER: { description: 'Already a member; a membership outranks the size and type rules.' },
    HIGH: { description: 'The municipality is in the network’s stated target group.' },
    MEDIUM: { description: 'The network is open to the municipality, which is not its first target group.' },
    LOW: { description: 'Possible in single cases only.' },
    NONE: { description: 'Not a target group of the network.' },
  },
});

export const FIT_LEVEL_ORDER: readonly FitLevel[] = [FitLevel.MEMBER, FitLevel.HIGH, FitLevel.MEDIUM, FitLevel.LOW, FitLevel.NONE];

/** Machine-readable reason codes; each comes with a German sentence. */
export enum FitReasonCode {
  GROSSSTADT = 'GROSSSTADT',
  MITTELSTADT = 'MITTELSTADT',
  SMALL_TOWN = 'SMALL_TOWN',
  NOT_A_TOWN = 'NOT_A_TOWN',
  VERBANDSGEMEINDE = 'VERBANDSGEMEINDE',
  ORTSGEMEINDE = 'ORTSGEMEINDE',
  LANDKREIS = 'LANDKREIS',
  VERBANDSFREIE_GEMEINDE = 'VERBANDSFREIE_GEMEINDE',
  LARGE_TOWN = 'LARGE_TOWN',
  KREISFREIE_STADT = 'KREISFREIE_STADT',
  ALREADY_MEMBER = 'ALREADY_MEMBER',
  TRANSFER_POINT = 'TRANSFER_POINT',
  COORDINATOR = 'COORDINATOR',
  APPLICATION_PENDING = 'APPLICATION_PENDING',
  FORMER_MEMBER = 'FORMER_MEMBER',
  VERBANDSGEMEINDE_IS_MEMBER = 'VERBANDSGEMEINDE_IS_MEMBER',
}
registerEnumType(FitReasonCode, {
  name: 'FitReasonCode',
  description: 'Why a network fits or does not fit. Size and type codes come from the fit rules; the others from membership facts.',
});

/** The network as the registry owns it; the adapter only refers to it. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Network')
export class NetworkReference {
  @Field(() => NetworkId)
  id: NetworkId;
}

@ObjectType({ description: 'One reason for a network fit.' })
export class FitReason {
  @Field(() => FitReasonCode, { description: 'Machine-readable code.' })
  code: FitReasonCode;

  @Field(() => String, { description: 'The reason in German, for display.' })
  message: string;
}

@ObjectType({ description: 'How well one network fits a municipality, and why.' })
export class NetworkFit {
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
