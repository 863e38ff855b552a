import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { MembershipRole, MembershipStatus, MunicipalityType } from '../../../common/domain';
import { LocalDateResolver } from 'graphql-scalars';

/**
 * The registry's DigitaleDoerferMembership, as far as the network fit needs it. Shareable value
 * type: the registry resolves these fields, the adapter only receives them through @requires.
 */
@Directive('@shareable')
@ObjectType('DigitaleDoerferMembership', { description: 'Membership of a municipality in the Netzwerk Digitale Dörfer RLP (owned by the registry subgraph).' })
export class DigitaleDoerferMembershipFacts {
  @Field(() => MembershipStatus, { description: 'Where the membership stands.' })
  status: MembershipStatus;

  @Field(() => MembershipRole, { description: 'Role in the network.' })
  role: MembershipRole;

  @Field(() => LocalDateResolver, { nullable: true, description: 'End of the membership or role, when it ended.' })
  endedOn: string | null;
}

/**
 * The registry's Municipality entity, extended here with the IKONE-DS membership and the network
 * fit. The fields marked @external belong to the registry; the gateway fetches them from there and
 * hands them to networkFit (@requires).
 */
@Directive('@key(fields: "ars")')
@ObjectType('Municipality', { description: 'A territorial unit of Rhineland-Palatinate (owned by the registry subgraph).' })
export class MunicipalityExtension {
  @Field(() => ID, { description: 'Amtlicher Regionalschlüssel (ARS), 12 digits.' })
  ars: string;

  @Directive('@external')
  @Field(() => String, { description: 'Official name.' })
  name: string;

  @Directive('@external')
  @Field(() => MunicipalityType, { description: 'Kind of unit.' })
  type: MunicipalityType;

  @Directive('@external')
  @Field(() => Int, { nullable: true, description: 'Inhabitants.' })
  population: number | null;

  @Directive('@external')
  @Field(() => DigitaleDoerferMembershipFacts, { nullable: true, description: 'Current Digitale Dörfer membership record.' })
  digitaleDoerfer: DigitaleDoerferMembershipFacts | null;

  @Directive('@external')
  @Field(() => MunicipalityExtension, { nullable: true, description: 'The Verbandsgemeinde of an Ortsgemeinde.' })
  verbandsgemeinde: MunicipalityExtension | null;
}
