import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDate } from '../../../common/input';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { DatePrecision } from '../../../common/domain';

export enum IkoneDsRole {
  MEMBER = 'MEMBER',
  COORDINATOR = 'COORDINATOR',
}
registerEnumType(IkoneDsRole, {
  name: 'IkoneDsRole',
  description: 'Role of a city in IKONE-DS.',
  valuesConfig: {
    MEMBER: { description: 'Member city.' },
    COORDINATOR: { description: 'Coordinates the network (Kaiserslautern, through KL.digital GmbH).' },
  },
});

/** A member of IKONE-DS as the source feed reports it, linked to an official key. */
@ObjectType({
  description: 'Membership of a municipality in IKONE-DS (Interkommunales Netzwerk Digitale Stadt), as reported by the source feed.',
})
@Entity({ name: 'member' })
export class IkoneDsMembership {
  @PrimaryColumn({ type: 'char', length: 12 })
  ars: string;

  @Field(() => String, { description: 'Name of the member as the source reports it.' })
  @Column({ type: 'text', name: 'name_as_reported' })
  nameAsReported: string;

  @Field(() => IkoneDsRole, { description: 'Role in the network.' })
  @Column({ type: 'text' })
  role: IkoneDsRole;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'When the city joined, as reported; null when not published. See joinedOnPrecision.',
  })
  @Column({ type: 'date', name: 'joined_on', nullable: true })
  joinedOn: string | null;

  @Field(() => DatePrecision, { nullable: true, description: 'How exact joinedOn is.' })
  @Column({ type: 'text', name: 'joined_on_precision', nullable: true })
  joinedOnPrecision: DatePrecision | null;

  @Field(() => String, { nullable: true, description: 'Remarks of the source feed, in German.' })
  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Field(() => [String], { description: 'Public sources (URLs) that report the membership.' })
  @Column({ type: 'text', array: true })
  sources: string[];
}
