// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

import { GraphQLSchema } from 'graphql';
import { buildFederatedSchema } from '../../common/subgraph';
import { IkoneDsResolver } from './resolvers/IkoneDsResolver';
import { MunicipalityExtensionResolver, resolveMunicipalityReference } from './resolvers/MunicipalityExtensionResolver';

/** The IKONE-DS adapter subgraph's schema; needs no database, so `npm run compose` can print it. */
export function buildIkoneDsSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema({
    resolvers: [IkoneDsResolver, MunicipalityExtensionResolver],
    referenceResolvers: { Municipality: resolveMunicipalityReference },
  });
}
