// The one auth checker of both subgraphs (type-graphql @Authorized). Reading something the role
// does not allow gives FORBIDDEN — on a nullable field that means the field is null and the rest of
// the answer stays intact. A change attempted without credentials gives UNAUTHENTICATED (log in
// first); with credentials whose role does not allow it, FORBIDDEN.
// Whatever the outcome, the answer depends on the caller, so it must not be shared: the request is
// marked uncacheable, which keeps the whole answer out of the gateway's response cache.
import { GraphQLError } from 'graphql';
import type { AuthChecker } from 'type-graphql';
import { ErrorCode } from '../errors';
import { can, Permission, Principal } from './roles';

export interface AuthContext {
  principal: Principal;
  uncacheable?: boolean;
}

export const hubAuthChecker: AuthChecker<AuthContext> = ({ context }, permissions) => {
  context.uncacheable = true;
  const { principal } = context;
  if (permissions.every((p) => can(principal, p as Permission))) return true;
  const isRead = permissions.every((p) => p.endsWith(':read'));
  if (principal.kind === 'anonymous' && !isRead) {
    throw new GraphQLError('This needs credentials: an API key (x-api-key) or a bearer token.', {
      extensions: { code: ErrorCode.UNAUTHENTICATED },
    });
  }
  throw new GraphQLError(`The role ${principal.role} may not do this.`, { extensions: { code: ErrorCode.FORBIDDEN } });
};
