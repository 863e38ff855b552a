// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

import { Arg, Query, Resolver } from 'type-graphql';
import { NetworkId } from '../../../../../common/domain';
import { NETWORKS } from '../../../../../common/networks';
import { Network } from '../entities/Network';

@Resolver(() => Network)
export class NetworkResolver {
  @Query(() => [Network], { description: 'The two municipal digitalisation networks of Rhineland-Palatinate.' })
  networks(): Network[] {
    return Object.values(NETWORKS);
  }

  @Query(() => Network, { description: 'One network by its identifier.' })
  network(@Arg('id', () => NetworkId, { description: 'Identifier of the network.' }) id: NetworkId): Network {
    return NETWORKS[id];
  }
}

/** Entity reference resolver: the IKONE-DS adapter refers to networks by id. */
export function resolveNetworkReference(ref: { id: NetworkId }): Network | null {
  return NETWORKS[ref.id] ?? null;
}
