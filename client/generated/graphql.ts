/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** How exact a date is. A start of MONTH or YEAR precision is stored as the first day of that month or year, an end (of a role term) as its last day. */
export type DatePrecision =
  | 'DAY'
  | 'MONTH'
  | 'YEAR';

/** How well a network fits a municipality, best first. */
export type FitLevel =
  /** The municipality is in the network’s stated target group. */
  | 'HIGH'
  /** Possible in single cases only; the municipality may apply. */
  | 'LOW'
  /** The network is open to the municipality, which is not its first target group. */
  | 'MEDIUM'
  /** Already a member; a membership outranks the size and type rules. */
  | 'MEMBER'
  /** Not a target group of the network; for Digitale Dörfer RLP this is the one case in which an application is refused. */
  | 'NONE';

/** Why a network fits or does not fit. Size and type codes come from the fit rules; the others from membership facts. */
export type FitReasonCode =
  | 'ALREADY_MEMBER'
  | 'APPLICATION_PENDING'
  | 'COORDINATOR'
  | 'FORMER_MEMBER'
  | 'GROSSSTADT'
  | 'KREISFREIE_STADT'
  | 'LANDKREIS'
  | 'LARGE_TOWN'
  | 'LARGE_TOWN_UNDER_20000'
  | 'MEMBERSHIP_UNKNOWN'
  | 'MITTELSTADT'
  | 'NOT_A_GEMEINDE'
  | 'NOT_A_TOWN'
  | 'ORTSGEMEINDE'
  | 'SMALL_TOWN'
  | 'TRANSFER_POINT'
  | 'VERBANDSFREIE_GEMEINDE'
  | 'VERBANDSGEMEINDE'
  | 'VERBANDSGEMEINDE_IS_MEMBER';

/** Role of a city in IKONE-DS. */
export type IkoneDsRole =
  /** Coordinates the network (Kaiserslautern, through KL.digital GmbH). */
  | 'COORDINATOR'
  /** Member city. */
  | 'MEMBER';

/** Role of a member in the Netzwerk Digitale Dörfer RLP today, derived from its dated roles (Municipality.digitaleDoerferRoles). */
export type MembershipRole =
  /** Member without a current role of its own. */
  | 'MEMBER'
  /** Member that is a Transferstelle now (a current TRANSFER_POINT term). */
  | 'TRANSFER_POINT';

/** Where a membership stands: an application is RECEIVED, then ACTIVE, REJECTED or WITHDRAWN; an ACTIVE membership can be ENDED; where the sources stop, a membership is UNKNOWN. */
export type MembershipStatus =
  /** Member now. */
  | 'ACTIVE'
  /** The membership ended (see endedOn and decisionReason). */
  | 'ENDED'
  /** The letter of application was received and is not yet decided. */
  | 'RECEIVED'
  /** The application was rejected. */
  | 'REJECTED'
  /** Was a member until at least lastConfirmedOn; no later source confirms it and none says it ended. Counted as a member up to lastConfirmedOn, never told to apply, not an outreach target, and still takes part in meetings and reports. */
  | 'UNKNOWN'
  /** The applicant withdrew the application. */
  | 'WITHDRAWN';

/** A municipality described by type and size, for a recommendation without a directory entry. */
export type MunicipalityProfileInput = {
  /** Inhabitants. */
  population: number;
  /** Kind of unit. */
  type: MunicipalityType;
};

/** Kind of territorial unit, as in the official municipality directory (Gemeindeverzeichnis) of Rhineland-Palatinate. */
export type MunicipalityType =
  /** Große kreisangehörige Stadt: large town within a Landkreis with extra duties (§ 6 GemO RLP). */
  | 'GROSSE_KREISANGEHOERIGE_STADT'
  /** Kreisfreie Stadt: city that belongs to no Landkreis and is a district of its own. */
  | 'KREISFREIE_STADT'
  /** Landkreis: rural district, groups Verbandsgemeinden and verbandsfreie Gemeinden. */
  | 'LANDKREIS'
  /** Ortsgemeinde: municipality that belongs to a Verbandsgemeinde. */
  | 'ORTSGEMEINDE'
  /** Town (Stadt) that belongs to a Verbandsgemeinde; legally an Ortsgemeinde with town status. */
  | 'VERBANDSANGEHOERIGE_STADT'
  /** Verbandsfreie Gemeinde: municipality in a Landkreis that belongs to no Verbandsgemeinde. */
  | 'VERBANDSFREIE_GEMEINDE'
  /** Verbandsfreie Stadt: town in a Landkreis that belongs to no Verbandsgemeinde. */
  | 'VERBANDSFREIE_STADT'
  /** Verbandsgemeinde: association of Ortsgemeinden that runs their joint administration. Has an ARS but no AGS. */
  | 'VERBANDSGEMEINDE';

/** Identifier of a municipal digitalisation network in Rhineland-Palatinate. */
export type NetworkId =
  /** Netzwerk Digitale Dörfer RLP: Verbandsgemeinden and interested Ortsgemeinden. */
  | 'DIGITALE_DOERFER_RLP'
  /** IKONE-DS, Interkommunales Netzwerk Digitale Stadt: large and medium-sized cities. */
  | 'IKONE_DS';

/** How a membership report groups the members. */
export type ReportDimension =
  /** By Landkreis or kreisfreie Stadt. */
  | 'DISTRICT'
  /** By kind of unit. */
  | 'MUNICIPALITY_TYPE'
  /** By size class (Gemeinden only; Verbandsgemeinden and Landkreise form their own group). */
  | 'SIZE_CLASS'
  /** By the year the current membership began. */
  | 'YEAR_JOINED';

/** Size class of a Gemeinde by inhabitants (German official statistics). */
export type SizeClass =
  /** Großstadt: 100,000 inhabitants or more. */
  | 'GROSSSTADT'
  /** Kleinstadt: 5,000 to 19,999 inhabitants. */
  | 'KLEINSTADT'
  /** Landgemeinde: fewer than 5,000 inhabitants. */
  | 'LANDGEMEINDE'
  /** Mittelstadt: 20,000 to 99,999 inhabitants. */
  | 'MITTELSTADT';

export type MunicipalityFitQueryVariables = Exact<{
  key: string | number;
}>;


export type MunicipalityFitQuery = { municipality: { id: string, ars: string, ags: string | null, name: string, type: MunicipalityType, population: number | null, sizeClass: SizeClass | null, district: { id: string, ars: string, name: string }, verbandsgemeinde: { id: string, ars: string, name: string } | null, digitaleDoerfer: { id: string, status: MembershipStatus, role: MembershipRole, startedOn: string | null } | null, ikoneDs: { id: string, role: IkoneDsRole, joinedOn: string | null, joinedOnPrecision: DatePrecision | null } | null, networkFit: Array<{ level: FitLevel, alreadyMember: boolean, howToJoin: string | null, network: { id: NetworkId, shortName: string }, reasons: Array<{ code: FitReasonCode, message: string }> }> | null } | null };

export type SearchMunicipalitiesQueryVariables = Exact<{
  name: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SearchMunicipalitiesQuery = { municipalities: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, ars: string, name: string, type: MunicipalityType, population: number | null, district: { id: string, ars: string, name: string } } }> } };

export type MunicipalityByKeysQueryVariables = Exact<{
  keys: Array<string | number> | string | number;
}>;


export type MunicipalityByKeysQuery = { municipalitiesByKeys: Array<{ id: string, ars: string, name: string, type: MunicipalityType, population: number | null, networkFit: Array<{ level: FitLevel, network: { id: NetworkId, shortName: string } }> | null } | null> };

export type NetworkMembersQueryVariables = Exact<{ [key: string]: never; }>;


export type NetworkMembersQuery = { networks: Array<{ id: NetworkId, name: string, targetGroup: string, howToJoin: string }>, digitaleDoerferMemberships: { totalCount: number, edges: Array<{ node: { id: string, role: MembershipRole, status: MembershipStatus, startedOn: string | null, endedOn: string | null, municipality: { id: string, ars: string, name: string } } }> }, ikoneDsMembers: { totalCount: number, edges: Array<{ node: { id: string, nameAsReported: string, role: IkoneDsRole, joinedOn: string | null, municipality: { id: string, ars: string, name: string, population: number | null } | null } }> } };

export type RecommendNetworksQueryVariables = Exact<{
  profile: MunicipalityProfileInput;
}>;


export type RecommendNetworksQuery = { recommendNetworks: Array<{ level: FitLevel, howToJoin: string | null, network: { id: NetworkId, name: string }, reasons: Array<{ code: FitReasonCode, message: string }> }> };

export type CoverageReportFieldsFragment = { network: NetworkId, asOf: string, state: { districtArs: string | null, label: string, members: number, eligible: number, coverage: number, eligiblePopulation: number, populationReached: number, populationShare: number }, districts: Array<{ districtArs: string | null, label: string, members: number, eligible: number, coverage: number, eligiblePopulation: number, populationReached: number, populationShare: number }> };

export type MembershipReportFieldsFragment = { network: NetworkId, asOf: string, total: number, rows: Array<{ key: string, label: string, members: number }> };

type MemberFiguresFields_CoverageReport_Fragment = { knownMembers: number, complete: boolean, note: string, latestReportedSize: { members: number, reportedOn: string, reportedOnPrecision: DatePrecision, remark: string | null, source: string, reportedBy: string } | null };

type MemberFiguresFields_MembershipReport_Fragment = { knownMembers: number, complete: boolean, note: string, latestReportedSize: { members: number, reportedOn: string, reportedOnPrecision: DatePrecision, remark: string | null, source: string, reportedBy: string } | null };

export type MemberFiguresFieldsFragment =
  | MemberFiguresFields_CoverageReport_Fragment
  | MemberFiguresFields_MembershipReport_Fragment
;

export type CoverageQueryVariables = Exact<{
  network: NetworkId;
  asOf?: string | null | undefined;
}>;


export type CoverageQuery = { coverageReport: { network: NetworkId, asOf: string, knownMembers: number, complete: boolean, note: string, state: { districtArs: string | null, label: string, members: number, eligible: number, coverage: number, eligiblePopulation: number, populationReached: number, populationShare: number }, districts: Array<{ districtArs: string | null, label: string, members: number, eligible: number, coverage: number, eligiblePopulation: number, populationReached: number, populationShare: number }>, latestReportedSize: { members: number, reportedOn: string, reportedOnPrecision: DatePrecision, remark: string | null, source: string, reportedBy: string } | null } };

export type MembershipReportQueryVariables = Exact<{
  network: NetworkId;
  groupBy: ReportDimension;
  asOf?: string | null | undefined;
}>;


export type MembershipReportQuery = { membershipReport: { network: NetworkId, asOf: string, total: number, knownMembers: number, complete: boolean, note: string, rows: Array<{ key: string, label: string, members: number }>, latestReportedSize: { members: number, reportedOn: string, reportedOnPrecision: DatePrecision, remark: string | null, source: string, reportedBy: string } | null } };

export type MitgliederberichtQueryVariables = Exact<{
  asOf?: string | null | undefined;
}>;


export type MitgliederberichtQuery = { networks: Array<{ id: NetworkId, name: string }>, DIGITALE_DOERFER_RLP_coverage: { network: NetworkId, asOf: string, knownMembers: number, complete: boolean, note: string, state: { districtArs: string | null, label: string, members: number, eligible: number, coverage: number, eligiblePopulation: number, populationReached: number, populationShare: number }, districts: Array<{ districtArs: string | null, label: string, members: number, eligible: number, coverage: number, eligiblePopulation: number, populationReached: number, populationShare: number }>, latestReportedSize: { members: number, reportedOn: string, reportedOnPrecision: DatePrecision, remark: string | null, source: string, reportedBy: string } | null }, DIGITALE_DOERFER_RLP_years: { network: NetworkId, asOf: string, total: number, rows: Array<{ key: string, label: string, members: number }> }, IKONE_DS_coverage: { network: NetworkId, asOf: string, knownMembers: number, complete: boolean, note: string, state: { districtArs: string | null, label: string, members: number, eligible: number, coverage: number, eligiblePopulation: number, populationReached: number, populationShare: number }, districts: Array<{ districtArs: string | null, label: string, members: number, eligible: number, coverage: number, eligiblePopulation: number, populationReached: number, populationShare: number }>, latestReportedSize: { members: number, reportedOn: string, reportedOnPrecision: DatePrecision, remark: string | null, source: string, reportedBy: string } | null }, IKONE_DS_years: { network: NetworkId, asOf: string, total: number, rows: Array<{ key: string, label: string, members: number }> } };

export type OutreachQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  asOf?: string | null | undefined;
}>;


export type OutreachQuery = { outreachList: { totalCount: number, complete: boolean, note: string, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, ars: string, name: string, type: MunicipalityType, population: number | null, networkFit: Array<{ level: FitLevel, network: { id: NetworkId, shortName: string } }> | null } }> } };

export const CoverageReportFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CoverageReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CoverageReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"network"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"state"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"districtArs"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"members"}},{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"}},{"kind":"Field","name":{"kind":"Name","value":"eligiblePopulation"}},{"kind":"Field","name":{"kind":"Name","value":"populationReached"}},{"kind":"Field","name":{"kind":"Name","value":"populationShare"}}]}},{"kind":"Field","name":{"kind":"Name","value":"districts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"districtArs"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"members"}},{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"}},{"kind":"Field","name":{"kind":"Name","value":"eligiblePopulation"}},{"kind":"Field","name":{"kind":"Name","value":"populationReached"}},{"kind":"Field","name":{"kind":"Name","value":"populationShare"}}]}}]}}]} as unknown as DocumentNode<CoverageReportFieldsFragment, unknown>;
export const MembershipReportFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MembershipReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MembershipReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"network"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"members"}}]}}]}}]} as unknown as DocumentNode<MembershipReportFieldsFragment, unknown>;
export const MemberFiguresFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberFiguresFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MemberFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"knownMembers"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"latestReportedSize"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"}},{"kind":"Field","name":{"kind":"Name","value":"reportedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reportedOnPrecision"}},{"kind":"Field","name":{"kind":"Name","value":"remark"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"reportedBy"}}]}}]}}]} as unknown as DocumentNode<MemberFiguresFieldsFragment, unknown>;
export const MunicipalityFitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MunicipalityFit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipality"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ars"}},{"kind":"Field","name":{"kind":"Name","value":"ags"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"sizeClass"}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ars"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"verbandsgemeinde"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ars"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"digitaleDoerfer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ikoneDs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"joinedOn"}},{"kind":"Field","name":{"kind":"Name","value":"joinedOnPrecision"}}]}},{"kind":"Field","name":{"kind":"Name","value":"networkFit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"network"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"alreadyMember"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"howToJoin"}}]}}]}}]}}]} as unknown as DocumentNode<MunicipalityFitQuery, MunicipalityFitQueryVariables>;
export const SearchMunicipalitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchMunicipalities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipalities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ars"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ars"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SearchMunicipalitiesQuery, SearchMunicipalitiesQueryVariables>;
export const MunicipalityByKeysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MunicipalityByKeys"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"keys"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipalitiesByKeys"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"keys"},"value":{"kind":"Variable","name":{"kind":"Name","value":"keys"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ars"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"networkFit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"network"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]}}]} as unknown as DocumentNode<MunicipalityByKeysQuery, MunicipalityByKeysQueryVariables>;
export const NetworkMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NetworkMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"networks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroup"}},{"kind":"Field","name":{"kind":"Name","value":"howToJoin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"digitaleDoerferMemberships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ars"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"ikoneDsMembers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameAsReported"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"joinedOn"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ars"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"population"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<NetworkMembersQuery, NetworkMembersQueryVariables>;
export const RecommendNetworksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecommendNetworks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"profile"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MunicipalityProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recommendNetworks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"profile"},"value":{"kind":"Variable","name":{"kind":"Name","value":"profile"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"network"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"howToJoin"}}]}}]}}]} as unknown as DocumentNode<RecommendNetworksQuery, RecommendNetworksQueryVariables>;
export const CoverageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Coverage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"network"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkId"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coverageReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"network"},"value":{"kind":"Variable","name":{"kind":"Name","value":"network"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CoverageReportFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberFiguresFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CoverageReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CoverageReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"network"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"state"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"districtArs"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"members"}},{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"}},{"kind":"Field","name":{"kind":"Name","value":"eligiblePopulation"}},{"kind":"Field","name":{"kind":"Name","value":"populationReached"}},{"kind":"Field","name":{"kind":"Name","value":"populationShare"}}]}},{"kind":"Field","name":{"kind":"Name","value":"districts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"districtArs"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"members"}},{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"}},{"kind":"Field","name":{"kind":"Name","value":"eligiblePopulation"}},{"kind":"Field","name":{"kind":"Name","value":"populationReached"}},{"kind":"Field","name":{"kind":"Name","value":"populationShare"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberFiguresFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MemberFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"knownMembers"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"latestReportedSize"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"}},{"kind":"Field","name":{"kind":"Name","value":"reportedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reportedOnPrecision"}},{"kind":"Field","name":{"kind":"Name","value":"remark"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"reportedBy"}}]}}]}}]} as unknown as DocumentNode<CoverageQuery, CoverageQueryVariables>;
export const MembershipReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MembershipReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"network"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkId"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportDimension"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membershipReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"network"},"value":{"kind":"Variable","name":{"kind":"Name","value":"network"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MembershipReportFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberFiguresFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MembershipReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MembershipReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"network"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"members"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberFiguresFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MemberFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"knownMembers"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"latestReportedSize"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"}},{"kind":"Field","name":{"kind":"Name","value":"reportedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reportedOnPrecision"}},{"kind":"Field","name":{"kind":"Name","value":"remark"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"reportedBy"}}]}}]}}]} as unknown as DocumentNode<MembershipReportQuery, MembershipReportQueryVariables>;
export const MitgliederberichtDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Mitgliederbericht"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"networks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"DIGITALE_DOERFER_RLP_coverage"},"name":{"kind":"Name","value":"coverageReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"network"},"value":{"kind":"EnumValue","value":"DIGITALE_DOERFER_RLP"}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CoverageReportFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberFiguresFields"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"DIGITALE_DOERFER_RLP_years"},"name":{"kind":"Name","value":"membershipReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"network"},"value":{"kind":"EnumValue","value":"DIGITALE_DOERFER_RLP"}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"YEAR_JOINED"}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MembershipReportFields"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"IKONE_DS_coverage"},"name":{"kind":"Name","value":"coverageReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"network"},"value":{"kind":"EnumValue","value":"IKONE_DS"}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CoverageReportFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberFiguresFields"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"IKONE_DS_years"},"name":{"kind":"Name","value":"membershipReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"network"},"value":{"kind":"EnumValue","value":"IKONE_DS"}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"YEAR_JOINED"}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MembershipReportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CoverageReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CoverageReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"network"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"state"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"districtArs"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"members"}},{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"}},{"kind":"Field","name":{"kind":"Name","value":"eligiblePopulation"}},{"kind":"Field","name":{"kind":"Name","value":"populationReached"}},{"kind":"Field","name":{"kind":"Name","value":"populationShare"}}]}},{"kind":"Field","name":{"kind":"Name","value":"districts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"districtArs"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"members"}},{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"}},{"kind":"Field","name":{"kind":"Name","value":"eligiblePopulation"}},{"kind":"Field","name":{"kind":"Name","value":"populationReached"}},{"kind":"Field","name":{"kind":"Name","value":"populationShare"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberFiguresFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MemberFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"knownMembers"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"latestReportedSize"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"}},{"kind":"Field","name":{"kind":"Name","value":"reportedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reportedOnPrecision"}},{"kind":"Field","name":{"kind":"Name","value":"remark"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"reportedBy"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MembershipReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MembershipReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"network"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"members"}}]}}]}}]} as unknown as DocumentNode<MitgliederberichtQuery, MitgliederberichtQueryVariables>;
export const OutreachDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Outreach"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outreachList"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ars"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"networkFit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"network"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OutreachQuery, OutreachQueryVariables>;