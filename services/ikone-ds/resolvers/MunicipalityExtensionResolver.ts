// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { IkoneDsMembership, IkoneDsRole } from '../entities/IkoneDsMembership';
import { MunicipalityExtension } from '../entities/MunicipalityExtension';
import { evaluateFit } from '../../../common/network-fit/evaluate';
import { NetworkFit } from '../fit/types';
import type { IkoneDsContext } from '../context';

/** What networkFit needs from the registry; the gateway fetches it there first. */
const FIT_REQUIRES =
  'type population digitaleDoerfer { status role endedOn lastConfirmedOn } verbandsgemeinde { ars name digitaleDoerfer { status role endedOn lastConfirmedOn } }';

@Resolver(() => MunicipalityExtension)
export class MunicipalityExtensionResolver {
  @FieldResolver(() => IkoneDsMembership, {
    nullable: true,
    description: 'The unit’s IKONE-DS membership as reported by the source feed; null when the feed does not list it.',
  })
  ikoneDs(@Root() m: MunicipalityExtension, @Ctx() ctx: IkoneDsContext): Promise<IkoneDsMembership | null> {
    return ctx.loaders.membershipByArs.load(m.ars);
  }

  @Directive(`@requires(fields: "${FIT_REQUIRES}")`)
  // Nullable on purpose: when the adapter is down, the rest of the municipality still arrives.
  @FieldResolver(() => [NetworkFit], {
    nullable: true,
    description:
      'How well each network fits this unit, best first, with reasons. Memberships outrank the size and type rules. Null (with an error) only when the IKONE-DS adapter cannot be reached.',
  })
  async networkFit(@Root() m: MunicipalityExtension, @Ctx() ctx: IkoneDsContext): Promise<NetworkFit[]> {
    const ikoneDs = await ctx.loaders.membershipByArs.load(m.ars);
    return evaluateFit({
      type: m.type,
      population: m.population,
      digitaleDoerfer: m.digitaleDoerfer,
      verbandsgemeinde: m.verbandsgemeinde,
      ikoneDs: ikoneDs && { ...ikoneDs, isCoordinator: ikoneDs.role === IkoneDsRole.COORDINATOR },
    });
  }
}

/** The gateway sends the key and the required fields; they are all the adapter needs. */
export function resolveMunicipalityReference(representation: MunicipalityExtension): MunicipalityExtension {
  return representation;
}
