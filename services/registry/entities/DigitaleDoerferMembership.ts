import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { DatePrecision, MembershipRole, MembershipStatus } from '../../../common/domain';

/**
 * A municipality's membership (or application, or role term) in the Netzwerk Digitale Dörfer RLP.
 * Shareable because the IKONE-DS adapter reads status and role of it for the network fit.
 */
@Directive('@shareable')
@ObjectType({ description: 'Membership of a municipality in the Netzwerk Digitale Dörfer RLP, from application to end.' })
@Entity({ name: 'digitale_doerfer_membership' })
export class DigitaleDoerferMembership {
  @Field(() => ID, { description: 'Identifier of this membership record.' })
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Field(() => MembershipStatus, { description: 'Where the membership stands.' })
  @Column({ type: 'text' })
  status: MembershipStatus;

  @Field(() => MembershipRole, { description: 'Role in the network.' })
  @Column({ type: 'text' })
  role: MembershipRole;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Start of the membership or role; see startedOnPrecision.' })
  @Column({ type: 'date', name: 'started_on', nullable: true })
  startedOn: string | null;

  @Field(() => DatePrecision, { nullable: true, description: 'How exact startedOn is (sources often give only the month).' })
  @Column({ type: 'text', name: 'started_on_precision', nullable: true })
  startedOnPrecision: DatePrecision | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'End of the membership or role, when it ended.' })
  @Column({ type: 'date', name: 'ended_on', nullable: true })
  endedOn: string | null;

  @Field(() => String, { nullable: true, description: 'What the sources say beyond the dates, in German.' })
  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Field(() => [String], { description: 'Public sources (URLs) for this record.' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  sources: string[];

  @Column({ type: 'char', length: 12, name: 'municipality_ars' })
  municipalityArs: string;
}
