// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

import { Directive, Field, ObjectType } from 'type-graphql';
import { NetworkId } from '../../../../../common/domain';
import type { NetworkFacts } from '../../../../../common/networks';
import { ReportedSize } from './ReportedSize';

/** A network as described by its public sources (common/networks.ts); no table behind it. */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'A municipal digitalisation network of Rhineland-Palatinate, with its published facts.' })
export class Network implements NetworkFacts {
  @Field(() => NetworkId, { description: 'Identifier of the network.' })
  id: NetworkId;

  @Field(() => String, { description: 'Full name.' })
  name: string;

  @Field(() => String, { description: 'Short name.' })
  shortName: string;

  @Field(() => String, { description: 'What the network is for, in German.' })
  description: string;

  @Field(() => String, { description: 'Whom the network is for, as stated by its sources, in German.' })
  targetGroup: string;

  @Field(() => String, { description: 'How a municipality joins, in German.' })
  howToJoin: string;

  @Field(() => String, { description: 'When the network was founded (YYYY-MM).' })
  founded: string;

  @Field(() => String, { description: 'Who coordinates the network.' })
  coordinatedBy: string;

  @Field(() => String, { description: 'Website of the network.' })
  website: string;

  @Field(() => [String], { description: 'Public sources (URLs) of these facts.' })
  sources: string[];

  @Field(() => [ReportedSize], {
    description: 'Member counts reported by public sources, oldest first (counts without names; the registry may know fewer members).',
  })
  reportedSizes: ReportedSize[];
}
