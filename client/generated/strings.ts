/* eslint-disable */
import type * as Types from './graphql.js';
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const CoverageReportFieldsFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment CoverageReportFields on CoverageReport {
  network
  asOf
  state {
    districtArs
    label
    members
    eligible
    coverage
    eligiblePopulation
    populationReached
    populationShare
  }
  districts {
    districtArs
    label
    members
    eligible
    coverage
    eligiblePopulation
    populationReached
    populationShare
  }
}
    `, {"fragmentName":"CoverageReportFields"}) as unknown as TypedDocumentString<Types.CoverageReportFieldsFragment, unknown>;
export const MembershipReportFieldsFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment MembershipReportFields on MembershipReport {
  network
  asOf
  total
  rows {
    key
    label
    members
  }
}
    `, {"fragmentName":"MembershipReportFields"}) as unknown as TypedDocumentString<Types.MembershipReportFieldsFragment, unknown>;
export const MemberFiguresFieldsFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment MemberFiguresFields on MemberFigures {
  knownMembers
  complete
  note
  latestReportedSize {
    members
    reportedOn
    reportedOnPrecision
    remark
    source
    reportedBy
  }
}
    `, {"fragmentName":"MemberFiguresFields"}) as unknown as TypedDocumentString<Types.MemberFiguresFieldsFragment, unknown>;
export const MunicipalityFitDocument = /*#__PURE__*/ new TypedDocumentString(`
    query MunicipalityFit($key: ID!) {
  municipality(key: $key) {
    id
    ars
    ags
    name
    type
    population
    sizeClass
    district {
      id
      ars
      name
    }
    verbandsgemeinde {
      id
      ars
      name
    }
    digitaleDoerfer {
      id
      status
      role
      startedOn
    }
    ikoneDs {
      id
      role
      joinedOn
      joinedOnPrecision
    }
    networkFit {
      network {
        id
        shortName
      }
      level
      alreadyMember
      reasons {
        code
        message
      }
      howToJoin
    }
  }
}
    `) as unknown as TypedDocumentString<Types.MunicipalityFitQuery, Types.MunicipalityFitQueryVariables>;
export const SearchMunicipalitiesDocument = /*#__PURE__*/ new TypedDocumentString(`
    query SearchMunicipalities($name: String!, $first: Int, $after: String) {
  municipalities(filter: {name: $name}, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        ars
        name
        type
        population
        district {
          id
          ars
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<Types.SearchMunicipalitiesQuery, Types.SearchMunicipalitiesQueryVariables>;
export const MunicipalityByKeysDocument = /*#__PURE__*/ new TypedDocumentString(`
    query MunicipalityByKeys($keys: [ID!]!) {
  municipalitiesByKeys(keys: $keys) {
    id
    ars
    name
    type
    population
    networkFit {
      network {
        id
        shortName
      }
      level
    }
  }
}
    `) as unknown as TypedDocumentString<Types.MunicipalityByKeysQuery, Types.MunicipalityByKeysQueryVariables>;
export const NetworkMembersDocument = /*#__PURE__*/ new TypedDocumentString(`
    query NetworkMembers {
  networks {
    id
    name
    targetGroup
    howToJoin
  }
  digitaleDoerferMemberships(first: 100) {
    totalCount
    edges {
      node {
        id
        role
        status
        startedOn
        endedOn
        municipality {
          id
          ars
          name
        }
      }
    }
  }
  ikoneDsMembers(first: 100) {
    totalCount
    edges {
      node {
        id
        nameAsReported
        role
        joinedOn
        municipality {
          id
          ars
          name
          population
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<Types.NetworkMembersQuery, Types.NetworkMembersQueryVariables>;
export const RecommendNetworksDocument = /*#__PURE__*/ new TypedDocumentString(`
    query RecommendNetworks($profile: MunicipalityProfileInput!) {
  recommendNetworks(profile: $profile) {
    network {
      id
      name
    }
    level
    reasons {
      code
      message
    }
    howToJoin
  }
}
    `) as unknown as TypedDocumentString<Types.RecommendNetworksQuery, Types.RecommendNetworksQueryVariables>;
export const CoverageDocument = /*#__PURE__*/ new TypedDocumentString(`
    query Coverage($network: NetworkId!, $asOf: LocalDate) {
  coverageReport(network: $network, asOf: $asOf) {
    ...CoverageReportFields
    ...MemberFiguresFields
  }
}
    fragment CoverageReportFields on CoverageReport {
  network
  asOf
  state {
    districtArs
    label
    members
    eligible
    coverage
    eligiblePopulation
    populationReached
    populationShare
  }
  districts {
    districtArs
    label
    members
    eligible
    coverage
    eligiblePopulation
    populationReached
    populationShare
  }
}
fragment MemberFiguresFields on MemberFigures {
  knownMembers
  complete
  note
  latestReportedSize {
    members
    reportedOn
    reportedOnPrecision
    remark
    source
    reportedBy
  }
}`) as unknown as TypedDocumentString<Types.CoverageQuery, Types.CoverageQueryVariables>;
export const MembershipReportDocument = /*#__PURE__*/ new TypedDocumentString(`
    query MembershipReport($network: NetworkId!, $groupBy: ReportDimension!, $asOf: LocalDate) {
  membershipReport(network: $network, groupBy: $groupBy, asOf: $asOf) {
    ...MembershipReportFields
    ...MemberFiguresFields
  }
}
    fragment MembershipReportFields on MembershipReport {
  network
  asOf
  total
  rows {
    key
    label
    members
  }
}
fragment MemberFiguresFields on MemberFigures {
  knownMembers
  complete
  note
  latestReportedSize {
    members
    reportedOn
    reportedOnPrecision
    remark
    source
    reportedBy
  }
}`) as unknown as TypedDocumentString<Types.MembershipReportQuery, Types.MembershipReportQueryVariables>;
export const MitgliederberichtDocument = /*#__PURE__*/ new TypedDocumentString(`
    query Mitgliederbericht($asOf: LocalDate) {
  networks {
    id
    name
  }
  DIGITALE_DOERFER_RLP_coverage: coverageReport(
    network: DIGITALE_DOERFER_RLP
    asOf: $asOf
  ) {
    ...CoverageReportFields
    ...MemberFiguresFields
  }
  DIGITALE_DOERFER_RLP_years: membershipReport(
    network: DIGITALE_DOERFER_RLP
    groupBy: YEAR_JOINED
    asOf: $asOf
  ) {
    ...MembershipReportFields
  }
  IKONE_DS_coverage: coverageReport(network: IKONE_DS, asOf: $asOf) {
    ...CoverageReportFields
    ...MemberFiguresFields
  }
  IKONE_DS_years: membershipReport(
    network: IKONE_DS
    groupBy: YEAR_JOINED
    asOf: $asOf
  ) {
    ...MembershipReportFields
  }
}
    fragment CoverageReportFields on CoverageReport {
  network
  asOf
  state {
    districtArs
    label
    members
    eligible
    coverage
    eligiblePopulation
    populationReached
    populationShare
  }
  districts {
    districtArs
    label
    members
    eligible
    coverage
    eligiblePopulation
    populationReached
    populationShare
  }
}
fragment MembershipReportFields on MembershipReport {
  network
  asOf
  total
  rows {
    key
    label
    members
  }
}
fragment MemberFiguresFields on MemberFigures {
  knownMembers
  complete
  note
  latestReportedSize {
    members
    reportedOn
    reportedOnPrecision
    remark
    source
    reportedBy
  }
}`) as unknown as TypedDocumentString<Types.MitgliederberichtQuery, Types.MitgliederberichtQueryVariables>;
export const OutreachDocument = /*#__PURE__*/ new TypedDocumentString(`
    query Outreach($first: Int, $after: String, $asOf: LocalDate) {
  outreachList(first: $first, after: $after, asOf: $asOf) {
    totalCount
    complete
    note
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        ars
        name
        type
        population
        networkFit {
          network {
            id
            shortName
          }
          level
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<Types.OutreachQuery, Types.OutreachQueryVariables>;