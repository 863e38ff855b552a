// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { MembershipRole, MembershipStatus, MunicipalityType } from '../../../common/domain';
import { LocalDate } from '../../../common/input';

/**
 * The registry's DigitaleDoerferMembership, as far as the network fit needs it. Shareable value
 * type: the registry resolves these fields, the adapter only receives them through @requires.
 */
@Directive('@shareable')
@ObjectType('DigitaleDoerferMembership')
export class DigitaleDoerferMembershipFacts {
  @Field(() => MembershipStatus)
  status: MembershipStatus;

  @Field(() => MembershipRole)
  role: MembershipRole;

  @Field(() => LocalDate, { nullable: true })
  endedOn: string | null;

  @Field(() => LocalDate, { nullable: true })
  lastConfirmedOn: string | null;
}

/**
 * The registry's Municipality entity, extended here with the IKONE-DS membership and the network
 * fit. The fields marked @external belong to the registry; the gateway fetches them from there and
 * hands them to networkFit (@requires). Their descriptions are the registry's, so none are repeated here.
 */
@Directive('@key(fields: "ars")')
@ObjectType('Municipality')
export class MunicipalityExtension {
  @Field(() => ID)
  ars: string;

  @Directive('@external')
  @Field(() => String)
  name: string;

  @Directive('@external')
  @Field(() => MunicipalityType)
  type: MunicipalityType;

  @Directive('@external')
  @Field(() => Int, { nullable: true })
  population: number | null;

  @Directive('@external')
  @Field(() => DigitaleDoerferMembershipFacts, { nullable: true })
  digitaleDoerfer: DigitaleDoerferMembershipFacts | null;

  @Directive('@external')
  @Field(() => MunicipalityExtension, { nullable: true })
  verbandsgemeinde: MunicipalityExtension | null;
}
