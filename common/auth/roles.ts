// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// Who may do what: the roles and their permissions, in one place. The gateway decides who a
// caller is (anonymous, API key, or a person's JWT); the subgraphs decide what that caller may do
// with these rules (type-graphql @Authorized + hubAuthChecker).
import { registerEnumType } from 'type-graphql';
import { NetworkId } from '../domain';

export enum Role {
  PUBLIC = 'PUBLIC',
  PARTNER = 'PARTNER',
  COORDINATOR = 'COORDINATOR',
  MINISTRY_ADMIN = 'MINISTRY_ADMIN',
}
registerEnumType(Role, {
  name: 'Role',
  description: 'Role of a caller of the hub.',
  valuesConfig: {
    PUBLIC: { description: 'Anyone, without credentials: public data only.' },
    PARTNER: { description: 'Partner portal with an API key: public data and contact persons.' },
    COORDINATOR: { description: 'Coordinator of one network: like PARTNER, and may change that network’s registry data.' },
    MINISTRY_ADMIN: { description: 'Ministry of the Interior: everything, including API keys.' },
  },
});

/** Who is calling, as the gateway established it and the subgraphs receive it. */
export interface Principal {
  /** system: a command run by an operator on the server (e.g. the retention job). */
  kind: 'anonymous' | 'apiKey' | 'user' | 'system';
  /** API key id or the JWT subject; null for anonymous callers. */
  id: string | null;
  role: Role;
  /** The network a coordinator coordinates; null for every other role. */
  network: NetworkId | null;
}

export const ANONYMOUS: Principal = Object.freeze({ kind: 'anonymous', id: null, role: Role.PUBLIC, network: null });

/** Permissions, as used in @Authorized(...) in the resolvers. */
export const Permission = {
  /** Names, e-mail addresses and phone numbers of contact persons. */
  READ_CONTACTS: 'contacts:read',
  /** Changing the registry data of the Netzwerk Digitale Dörfer RLP. */
  WRITE_DIGITALE_DOERFER: `network:${NetworkId.DIGITALE_DOERFER_RLP}:write`,
  /** Changing the registry data of IKONE-DS. */
  WRITE_IKONE_DS: `network:${NetworkId.IKONE_DS}:write`,
  /** Creating, listing and revoking API keys. */
  MANAGE_API_KEYS: 'apikeys:manage',
  /** Reading the audit trail (before and after values of every change). */
  READ_AUDIT: 'audit:read',
  /** Exporting and erasing a person's data (DSGVO Art. 15 and 17). */
  MANAGE_PERSONAL_DATA: 'personal-data:manage',
  /** Importing member lists into the registry and exporting the whole registry (ministry only). */
  EXCHANGE_REGISTRY: 'registry:exchange',
  /** Where the IKONE-DS feed is read from (an operational detail: host and path, never credentials). */
  READ_FEED_SOURCE: 'feed-source:read',
} as const;
export type Permission = (typeof Permission)[keyof typeof Permission];

/** The roles table: what each role may do beyond reading public data. */
export function permissionsOf(principal: Principal): Permission[] {
  switch (principal.role) {
    case Role.PUBLIC:
      return [];
    case Role.PARTNER:
      return [Permission.READ_CONTACTS];
    case Role.COORDINATOR:
      return [Permission.READ_CONTACTS, ...(principal.network ? [`network:${principal.network}:write` as Permission] : [])];
    case Role.MINISTRY_ADMIN:
      return Object.values(Permission);
  }
}

export function can(principal: Principal, permission: Permission): boolean {
  return permissionsOf(principal).includes(permission);
}

/** A role as error messages name it: "PARTNER", or "COORDINATOR of IKONE_DS" for a coordinator. */
export function describeRole(principal: Pick<Principal, 'role' | 'network'>): string {
  return principal.role === Role.COORDINATOR && principal.network ? `${Role.COORDINATOR} of ${principal.network}` : principal.role;
}

/**
 * The roles that hold all of `permissions`, read from the roles table above, e.g. ["PARTNER",
 * "COORDINATOR", "MINISTRY_ADMIN"] for contact persons or ["COORDINATOR of DIGITALE_DOERFER_RLP",
 * "MINISTRY_ADMIN"] for a Digitale Dörfer change (coordinators are named with their network unless
 * every network's coordinator qualifies).
 */
export function rolesAllowedTo(permissions: readonly Permission[]): string[] {
  const holds = (role: Role, network: NetworkId | null = null) =>
    permissions.every((permission) => can({ kind: 'system', id: null, role, network }, permission));
  const coordinators = Object.values(NetworkId).filter((network) => holds(Role.COORDINATOR, network));
  return [
    ...[Role.PUBLIC, Role.PARTNER].filter((role) => holds(role)),
    ...(coordinators.length === Object.values(NetworkId).length
      ? [Role.COORDINATOR]
      : coordinators.map((network) => describeRole({ role: Role.COORDINATOR, network }))),
    ...(holds(Role.MINISTRY_ADMIN) ? [Role.MINISTRY_ADMIN] : []),
  ];
}

/** "A", "A or B", "A, B or C". */
export function listAlternatives(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}
