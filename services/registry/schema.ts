// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

import { GraphQLSchema } from 'graphql';
import type { NonEmptyArray } from 'type-graphql';
import { buildFederatedSchema } from '../../common/subgraph';
import { REGISTRY_MODULES } from './modules';
import { directoryReferenceResolvers } from './modules/directory';

/** The registry subgraph's schema; needs no database, so `npm run compose` can print it. */
export function buildRegistrySchema(): Promise<GraphQLSchema> {
  const [first, ...others] = REGISTRY_MODULES.map((module) => module.resolvers);
  return buildFederatedSchema({
    resolvers: [...first, ...others.flat()] satisfies NonEmptyArray<Function>,
    referenceResolvers: directoryReferenceResolvers,
  });
}
