// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// The one auth checker of both subgraphs (type-graphql @Authorized). Reading something the role
// does not allow gives FORBIDDEN — on a nullable field that means the field is null and the rest of
// the answer stays intact. A change attempted without credentials gives UNAUTHENTICATED (log in
// first); with credentials whose role does not allow it, FORBIDDEN. Both messages name the field
// and the roles that may (from the roles table), and say what to send.
// Whatever the outcome, the answer depends on the caller, so it must not be shared: the request is
// marked uncacheable, which keeps the whole answer out of the gateway's response cache.
import { GraphQLError, GraphQLResolveInfo } from 'graphql';
import type { AuthChecker } from 'type-graphql';
import { ErrorCode } from '../errors';
import { can, describeRole, listAlternatives, Permission, Principal, rolesAllowedTo } from './roles';

export interface AuthContext {
  principal: Principal;
  uncacheable?: boolean;
}

/** "the mutation setContactPerson" or "ContactPerson.email": what the caller asked for, as the schema names it. */
function subject(info: GraphQLResolveInfo): { verb: string; what: string } {
  return info.parentType.name === 'Mutation'
    ? { verb: 'run', what: `the mutation ${info.fieldName}` }
    : { verb: 'read', what: `${info.parentType.name}.${info.fieldName}` };
}

export const hubAuthChecker: AuthChecker<AuthContext> = ({ context, info }, permissions) => {
  context.uncacheable = true;
  const { principal } = context;
  if (permissions.every((p) => can(principal, p as Permission))) return true;
  const isRead = permissions.every((p) => p.endsWith(':read'));
  const roles = rolesAllowedTo(permissions as Permission[]);
  const needed = `the role ${listAlternatives(roles)}`;
  const oneOf = roles.length > 1 ? 'one of these roles' : 'that role';
  const { verb, what } = subject(info);
  if (principal.kind === 'anonymous' && !isRead) {
    throw new GraphQLError(
      `To ${verb} ${what}, send credentials with ${needed}: an API key in the header x-api-key, or a person's token as "Authorization: Bearer <token>".`,
      { extensions: { code: ErrorCode.UNAUTHENTICATED } },
    );
  }
  const advice =
    principal.kind === 'anonymous'
      ? `Send an API key with ${oneOf} in the header x-api-key.`
      : `Use credentials with ${oneOf} (the ministry issues API keys).`;
  throw new GraphQLError(
    `The role ${describeRole(principal)}${principal.kind === 'anonymous' ? ' (no credentials sent)' : ''} may not ${verb} ${what}; it needs ${needed}. ${advice}`,
    { extensions: { code: ErrorCode.FORBIDDEN } },
  );
};
