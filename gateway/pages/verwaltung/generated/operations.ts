/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Identifier of a municipal digitalisation network in Rhineland-Palatinate. */
export type NetworkId =
  /** Netzwerk Digitale Dörfer RLP: Verbandsgemeinden and interested Ortsgemeinden. */
  | 'DIGITALE_DOERFER_RLP'
  /** IKONE-DS, Interkommunales Netzwerk Digitale Stadt: large and medium-sized cities. */
  | 'IKONE_DS';

/** Role of a caller of the hub. */
export type Role =
  /** Coordinator of one network: like PARTNER, and may change that network’s registry data. */
  | 'COORDINATOR'
  /** Ministry of the Interior: everything, including API keys. */
  | 'MINISTRY_ADMIN'
  /** Partner portal with an API key: public data and contact persons. */
  | 'PARTNER'
  /** Anyone, without credentials: public data only. */
  | 'PUBLIC';

export type VerwaltungAnmeldungQueryVariables = Exact<{ [key: string]: never; }>;


export type VerwaltungAnmeldungQuery = { viewer: { role: Role, network: NetworkId | null } };

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

export const VerwaltungAnmeldungDocument = /*#__PURE__*/ new TypedDocumentString(`
    query VerwaltungAnmeldung {
  viewer {
    role
    network
  }
}
    `) as unknown as TypedDocumentString<VerwaltungAnmeldungQuery, VerwaltungAnmeldungQueryVariables>;