/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query MunicipalityFit($key: ID!) {\n  municipality(key: $key) {\n    ars\n    ags\n    name\n    type\n    population\n    sizeClass\n    district {\n      name\n    }\n    verbandsgemeinde {\n      name\n    }\n    digitaleDoerfer {\n      status\n      role\n      startedOn\n    }\n    ikoneDs {\n      role\n      joinedOn\n      joinedOnPrecision\n    }\n    networkFit {\n      network {\n        id\n        shortName\n      }\n      level\n      alreadyMember\n      reasons {\n        code\n        message\n      }\n      howToJoin\n    }\n  }\n}\n\nquery SearchMunicipalities($name: String!, $first: Int, $after: String) {\n  municipalities(filter: {name: $name}, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        ars\n        name\n        type\n        population\n        district {\n          name\n        }\n      }\n    }\n  }\n}": typeof types.MunicipalityFitDocument,
    "query NetworkMembers {\n  networks {\n    id\n    name\n    targetGroup\n    howToJoin\n  }\n  digitaleDoerferMemberships(first: 100) {\n    totalCount\n    edges {\n      node {\n        role\n        status\n        startedOn\n        endedOn\n        municipality {\n          ars\n          name\n        }\n      }\n    }\n  }\n  ikoneDsMembers(first: 100) {\n    totalCount\n    edges {\n      node {\n        nameAsReported\n        role\n        joinedOn\n        municipality {\n          ars\n          name\n          population\n        }\n      }\n    }\n  }\n}\n\nquery RecommendNetworks($profile: MunicipalityProfileInput!) {\n  recommendNetworks(profile: $profile) {\n    network {\n      id\n      name\n    }\n    level\n    reasons {\n      code\n      message\n    }\n    howToJoin\n  }\n}": typeof types.NetworkMembersDocument,
};
const documents: Documents = {
    "query MunicipalityFit($key: ID!) {\n  municipality(key: $key) {\n    ars\n    ags\n    name\n    type\n    population\n    sizeClass\n    district {\n      name\n    }\n    verbandsgemeinde {\n      name\n    }\n    digitaleDoerfer {\n      status\n      role\n      startedOn\n    }\n    ikoneDs {\n      role\n      joinedOn\n      joinedOnPrecision\n    }\n    networkFit {\n      network {\n        id\n        shortName\n      }\n      level\n      alreadyMember\n      reasons {\n        code\n        message\n      }\n      howToJoin\n    }\n  }\n}\n\nquery SearchMunicipalities($name: String!, $first: Int, $after: String) {\n  municipalities(filter: {name: $name}, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        ars\n        name\n        type\n        population\n        district {\n          name\n        }\n      }\n    }\n  }\n}": types.MunicipalityFitDocument,
    "query NetworkMembers {\n  networks {\n    id\n    name\n    targetGroup\n    howToJoin\n  }\n  digitaleDoerferMemberships(first: 100) {\n    totalCount\n    edges {\n      node {\n        role\n        status\n        startedOn\n        endedOn\n        municipality {\n          ars\n          name\n        }\n      }\n    }\n  }\n  ikoneDsMembers(first: 100) {\n    totalCount\n    edges {\n      node {\n        nameAsReported\n        role\n        joinedOn\n        municipality {\n          ars\n          name\n          population\n        }\n      }\n    }\n  }\n}\n\nquery RecommendNetworks($profile: MunicipalityProfileInput!) {\n  recommendNetworks(profile: $profile) {\n    network {\n      id\n      name\n    }\n    level\n    reasons {\n      code\n      message\n    }\n    howToJoin\n  }\n}": types.NetworkMembersDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MunicipalityFit($key: ID!) {\n  municipality(key: $key) {\n    ars\n    ags\n    name\n    type\n    population\n    sizeClass\n    district {\n      name\n    }\n    verbandsgemeinde {\n      name\n    }\n    digitaleDoerfer {\n      status\n      role\n      startedOn\n    }\n    ikoneDs {\n      role\n      joinedOn\n      joinedOnPrecision\n    }\n    networkFit {\n      network {\n        id\n        shortName\n      }\n      level\n      alreadyMember\n      reasons {\n        code\n        message\n      }\n      howToJoin\n    }\n  }\n}\n\nquery SearchMunicipalities($name: String!, $first: Int, $after: String) {\n  municipalities(filter: {name: $name}, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        ars\n        name\n        type\n        population\n        district {\n          name\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query MunicipalityFit($key: ID!) {\n  municipality(key: $key) {\n    ars\n    ags\n    name\n    type\n    population\n    sizeClass\n    district {\n      name\n    }\n    verbandsgemeinde {\n      name\n    }\n    digitaleDoerfer {\n      status\n      role\n      startedOn\n    }\n    ikoneDs {\n      role\n      joinedOn\n      joinedOnPrecision\n    }\n    networkFit {\n      network {\n        id\n        shortName\n      }\n      level\n      alreadyMember\n      reasons {\n        code\n        message\n      }\n      howToJoin\n    }\n  }\n}\n\nquery SearchMunicipalities($name: String!, $first: Int, $after: String) {\n  municipalities(filter: {name: $name}, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        ars\n        name\n        type\n        population\n        district {\n          name\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NetworkMembers {\n  networks {\n    id\n    name\n    targetGroup\n    howToJoin\n  }\n  digitaleDoerferMemberships(first: 100) {\n    totalCount\n    edges {\n      node {\n        role\n        status\n        startedOn\n        endedOn\n        municipality {\n          ars\n          name\n        }\n      }\n    }\n  }\n  ikoneDsMembers(first: 100) {\n    totalCount\n    edges {\n      node {\n        nameAsReported\n        role\n        joinedOn\n        municipality {\n          ars\n          name\n          population\n        }\n      }\n    }\n  }\n}\n\nquery RecommendNetworks($profile: MunicipalityProfileInput!) {\n  recommendNetworks(profile: $profile) {\n    network {\n      id\n      name\n    }\n    level\n    reasons {\n      code\n      message\n    }\n    howToJoin\n  }\n}"): (typeof documents)["query NetworkMembers {\n  networks {\n    id\n    name\n    targetGroup\n    howToJoin\n  }\n  digitaleDoerferMemberships(first: 100) {\n    totalCount\n    edges {\n      node {\n        role\n        status\n        startedOn\n        endedOn\n        municipality {\n          ars\n          name\n        }\n      }\n    }\n  }\n  ikoneDsMembers(first: 100) {\n    totalCount\n    edges {\n      node {\n        nameAsReported\n        role\n        joinedOn\n        municipality {\n          ars\n          name\n          population\n        }\n      }\n    }\n  }\n}\n\nquery RecommendNetworks($profile: MunicipalityProfileInput!) {\n  recommendNetworks(profile: $profile) {\n    network {\n      id\n      name\n    }\n    level\n    reasons {\n      code\n      message\n    }\n    howToJoin\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;