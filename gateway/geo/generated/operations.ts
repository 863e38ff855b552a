/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** A dated role of a municipality in or before the Netzwerk Digitale Dörfer RLP; not a membership. */
export type DigitaleDoerferRole =
  /** Model municipality (Modellkommune) of the project "Digitale Dörfer" (2015–2021, with Fraunhofer IESE and the Entwicklungsagentur RLP), which preceded the network. */
  | 'MODEL_MUNICIPALITY'
  /** Transferstelle: coordinates the network and passes on experience (since the network’s founding in December 2020). */
  | 'TRANSFER_POINT';

/** Role of a city in IKONE-DS. */
export type IkoneDsRole =
  /** Coordinates the network (Kaiserslautern, through KL.digital GmbH). */
  | 'COORDINATOR'
  /** Member city. */
  | 'MEMBER';

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

export type MitgliederkarteQueryVariables = Exact<{
  asOf: string;
  ddAfter?: string | null | undefined;
  ikoneDsAfter?: string | null | undefined;
  dd?: boolean;
  ikoneDs?: boolean;
}>;


export type MitgliederkarteQuery = { digitaleDoerferMemberships?: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { municipality: { ars: string, shortName: string, type: MunicipalityType, digitaleDoerferRoles: Array<{ role: DigitaleDoerferRole, startedOn: string, endedOn: string | null }>, verbandsgemeinde: { ars: string } | null } } }> }, ikoneDsMembers?: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { role: IkoneDsRole, countedFrom: string | null, municipality: { ars: string, shortName: string, type: MunicipalityType, verbandsgemeinde: { ars: string } | null } | null } }> } };

export type MapMunicipalityFragment = { ars: string, shortName: string, type: MunicipalityType, verbandsgemeinde: { ars: string } | null };

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
export const MapMunicipalityFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment MapMunicipality on Municipality {
  ars
  shortName
  type
  verbandsgemeinde {
    ars
  }
}
    `, {"fragmentName":"MapMunicipality"}) as unknown as TypedDocumentString<MapMunicipalityFragment, unknown>;
export const MitgliederkarteDocument = /*#__PURE__*/ new TypedDocumentString(`
    query Mitgliederkarte($asOf: LocalDate!, $ddAfter: String, $ikoneDsAfter: String, $dd: Boolean! = true, $ikoneDs: Boolean! = true) {
  digitaleDoerferMemberships(asOf: $asOf, first: 100, after: $ddAfter) @include(if: $dd) {
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        municipality {
          ...MapMunicipality
          digitaleDoerferRoles {
            role
            startedOn
            endedOn
          }
        }
      }
    }
  }
  ikoneDsMembers(first: 100, after: $ikoneDsAfter) @include(if: $ikoneDs) {
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        role
        countedFrom
        municipality {
          ...MapMunicipality
        }
      }
    }
  }
}
    fragment MapMunicipality on Municipality {
  ars
  shortName
  type
  verbandsgemeinde {
    ars
  }
}`) as unknown as TypedDocumentString<MitgliederkarteQuery, MitgliederkarteQueryVariables>;