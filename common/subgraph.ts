// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// Turns a type-graphql schema into an Apollo Federation 2 subgraph schema: type-graphql writes
// the federation directives into the SDL (@Directive), buildSubgraphSchema adds _service and
// _entities, and the entity reference resolvers are merged into type-graphql's resolver map.
import { buildSubgraphSchema } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { GraphQLSchema, parse } from 'graphql';
import { buildSchema, createResolversMap, NonEmptyArray } from 'type-graphql';
import { hubAuthChecker } from './auth/auth-checker';
import { guardArguments } from './input';

const FEDERATION_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requires"])';

type ReferenceResolver = (representation: any, context: any) => unknown;

export interface SubgraphDefinition {
  resolvers: NonEmptyArray<Function>;
  /** Entity types that need to be present even when no resolver returns them. */
  orphanedTypes?: Function[];
  /** __resolveReference per entity type name. */
  referenceResolvers: Record<string, ReferenceResolver>;
}

export async function buildFederatedSchema(definition: SubgraphDefinition): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: definition.resolvers,
    orphanedTypes: definition.orphanedTypes,
    // Arguments are checked explicitly in the resolvers, with messages written for the API's users.
    validate: false,
    authChecker: hubAuthChecker,
  });
  const typeDefs = parse(`${FEDERATION_LINK}\n${printSchemaWithDirectives(schema)}`);
  const resolvers: Record<string, any> = createResolversMap(schema);
  for (const [typeName, resolveReference] of Object.entries(definition.referenceResolvers)) {
    resolvers[typeName] = { ...resolvers[typeName], __resolveReference: resolveReference };
  }
  // Malformed arguments (dates, NUL, lone surrogates) are refused by name before any resolver runs.
  return guardArguments(buildSubgraphSchema([{ typeDefs, resolvers }]));
}
