// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

import { Field, Int, ObjectType } from 'type-graphql';
import { DatePrecision, type NetworkId } from '../../../../../common/domain';
import type { ReportedSizeFacts } from '../../../../../common/reported-sizes';

/** A member count a public source reported for a network, without names (common/reported-sizes.ts). */
@ObjectType({
  description:
    'A member count a public source reported for the network, without names. The registry knows only some members by name; this says how many the network had.',
})
export class ReportedSize implements ReportedSizeFacts {
  /** Not a field: the size is always asked for through its network or report. */
  network: NetworkId;

  @Field(() => Int, { description: 'Members reported.' })
  members: number;

  @Field(() => String, { description: 'When, as the source dates it: YYYY-MM-DD, YYYY-MM or YYYY (see reportedOnPrecision).' })
  reportedOn: string;

  @Field(() => DatePrecision, { name: 'reportedOnPrecision', description: 'How exactly reportedOn is known.' })
  precision: DatePrecision;

  @Field(() => String, { nullable: true, description: 'What exactly was reported, in German, where the bare figure would say too much.' })
  remark: string | null;

  @Field(() => String, { description: 'URL of the public source.' })
  source: string;

  @Field(() => String, { description: 'Who reported the figure (not necessarily the network itself).' })
  reportedBy: string;
}
