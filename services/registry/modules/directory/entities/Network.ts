// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

import { Directive, Field, ObjectType } from 'type-graphql';
import { NETWORK_DESCRIPTION, NetworkFactFields } from '../../../../../common/network-type';
import type { NetworkFacts } from '../../../../../common/networks';
import { ReportedSize } from './ReportedSize';

/** A network as described by its public sources (common/networks.ts); no table behind it. */
@Directive('@key(fields: "id")')
@ObjectType({ description: NETWORK_DESCRIPTION })
export class Network extends NetworkFactFields implements NetworkFacts {
  @Field(() => [ReportedSize], {
    description: 'Member counts reported by public sources, oldest first (counts without names; the registry may know fewer members).',
  })
  reportedSizes: ReportedSize[];
}
