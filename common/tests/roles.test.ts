// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// The roles that error messages name come from the roles table itself (common/auth/roles.ts).
import { describeRole, listAlternatives, Permission, rolesAllowedTo, Role } from '../auth/roles';
import { NetworkId } from '../domain';

test('the roles allowed to do something, coordinators with their network unless every network’s qualifies', () => {
  expect(rolesAllowedTo([Permission.READ_CONTACTS])).toEqual(['PARTNER', 'COORDINATOR', 'MINISTRY_ADMIN']);
  expect(rolesAllowedTo([Permission.WRITE_DIGITALE_DOERFER])).toEqual(['COORDINATOR of DIGITALE_DOERFER_RLP', 'MINISTRY_ADMIN']);
  expect(rolesAllowedTo([Permission.WRITE_IKONE_DS])).toEqual(['COORDINATOR of IKONE_DS', 'MINISTRY_ADMIN']);
  for (const permission of [Permission.MANAGE_API_KEYS, Permission.READ_AUDIT, Permission.READ_FEED_SOURCE, Permission.EXCHANGE_REGISTRY]) {
    expect(rolesAllowedTo([permission])).toEqual(['MINISTRY_ADMIN']);
  }
  // all of several permissions: only who holds every one
  expect(rolesAllowedTo([Permission.WRITE_DIGITALE_DOERFER, Permission.WRITE_IKONE_DS])).toEqual(['MINISTRY_ADMIN']);
  expect(rolesAllowedTo([])).toEqual(['PUBLIC', 'PARTNER', 'COORDINATOR', 'MINISTRY_ADMIN']);
});

test('roles and lists as messages write them', () => {
  expect(describeRole({ role: Role.COORDINATOR, network: NetworkId.IKONE_DS })).toBe('COORDINATOR of IKONE_DS');
  expect(describeRole({ role: Role.PUBLIC, network: null })).toBe('PUBLIC');
  expect(listAlternatives(['A'])).toBe('A');
  expect(listAlternatives(['A', 'B'])).toBe('A or B');
  expect(listAlternatives(['A', 'B', 'C'])).toBe('A, B or C');
});
