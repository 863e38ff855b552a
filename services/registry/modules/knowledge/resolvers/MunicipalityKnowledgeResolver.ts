// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Meeting } from '../entities/Meeting';
import { Municipality } from '../../directory/entities/Municipality';
import type { RegistryContext } from '../../../context';

/** The knowledge exchange's fields on Municipality (kept apart from MunicipalityResolver). */
@Resolver(() => Municipality)
export class MunicipalityKnowledgeResolver {
  @FieldResolver(() => [Meeting], {
    description: 'Meetings (Netzwerktreffen) of the Netzwerk Digitale Dörfer RLP the unit attended, newest first: its attendance history.',
  })
  meetingsAttended(@Root() m: Municipality, @Ctx() ctx: RegistryContext): Promise<Meeting[]> {
    return ctx.loaders.meetingsAttendedByArs.load(m.ars);
  }
}
