// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// Membership: Digitale Dörfer memberships from application to end (the workflow) and the contact
// person each member names, and the dated roles (transfer point, model municipality) kept apart
// from membership.
import type { RegistryModule } from '../../shared/module';
import { ContactPerson } from './entities/ContactPerson';
import { DigitaleDoerferMembership } from './entities/DigitaleDoerferMembership';
import { DigitaleDoerferRoleTerm } from './entities/DigitaleDoerferRoleTerm';
import { ContactPersonResolver } from './resolvers/ContactPersonResolver';
import { MembershipResolver } from './resolvers/MembershipResolver';
import { MembershipWorkflowResolver } from './resolvers/MembershipWorkflowResolver';
import { RoleTermResolver } from './resolvers/RoleTermResolver';

export const membershipModule: RegistryModule = {
  entities: [DigitaleDoerferMembership, ContactPerson, DigitaleDoerferRoleTerm],
  resolvers: [MembershipResolver, MembershipWorkflowResolver, ContactPersonResolver, RoleTermResolver],
};
