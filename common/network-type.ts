// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// The published facts of a network as GraphQL fields, shared by both subgraphs. They are constants
// (common/networks.ts), so the IKONE-DS adapter can answer them itself where its network-fit answers
// name a network: a query for `networkFit { network { shortName } }` then needs no third subgraph
// fetch back to the registry. @shareable lets both subgraphs resolve them.
import { Directive, Field, ObjectType } from 'type-graphql';
import { NetworkId } from './domain';
import type { NetworkFacts } from './networks';

/** The facts both subgraphs answer: all but the reported sizes, which only the registry serves. */
export type SharedNetworkFacts = Omit<NetworkFacts, 'reportedSizes' | 'howToJoinByType'>;

export const NETWORK_DESCRIPTION = 'A municipal digitalisation network of Rhineland-Palatinate, with its published facts.';

/** Its fields are inherited by each subgraph's `Network` type; unreachable itself, so never in a schema. */
@ObjectType()
export abstract class NetworkFactFields implements SharedNetworkFacts {
  @Field(() => NetworkId, { description: 'Identifier of the network.' })
  id: NetworkId;

  @Directive('@shareable')
  @Field(() => String, { description: 'Full name.' })
  name: string;

  @Directive('@shareable')
  @Field(() => String, { description: 'Short name.' })
  shortName: string;

  @Directive('@shareable')
  @Field(() => String, { description: 'What the network is for, in German.' })
  description: string;

  @Directive('@shareable')
  @Field(() => String, { description: 'Whom the network is for, as stated by its sources, in German.' })
  targetGroup: string;

  @Directive('@shareable')
  @Field(() => String, { description: 'How a municipality joins, in German.' })
  howToJoin: string;

  @Directive('@shareable')
  @Field(() => String, { description: 'When the network was founded (YYYY-MM).' })
  founded: string;

  @Directive('@shareable')
  @Field(() => String, { description: 'Who coordinates the network.' })
  coordinatedBy: string;

  @Directive('@shareable')
  @Field(() => String, { description: 'Website of the network.' })
  website: string;

  @Directive('@shareable')
  @Field(() => [String], { description: 'Public sources (URLs) of these facts.' })
  sources: string[];
}
