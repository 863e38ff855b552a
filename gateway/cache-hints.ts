// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// One cache policy for the HTTP header and the response cache: the subgraphs decide what is public
// and for how long (one Cache-Control header per answer, withheld when a field depended on the
// caller; common/service.ts), Apollo Gateway folds their headers into the request's overall policy,
// the response cache keeps answers by it, and this plugin turns it into "Cache-Control: public,
// max-age=…" for anonymous callers, so that a CDN or proxy in front of the gateway may keep the same
// answers for the same time. Anything else (keyed callers, errors, mutations) is "no-store".
import type { ApolloServerPlugin } from '@apollo/server';
import type { BaseContext } from '../common/context';

export function cacheHintsPlugin(): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ operation, response, contextValue, overallCachePolicy }) {
          const single = response.body.kind === 'single' ? response.body.singleResult : undefined;
          const policy = overallCachePolicy.policyIfCacheable();
          const cacheable =
            operation?.operation === 'query' &&
            policy?.scope === 'PUBLIC' &&
            contextValue.principal.kind === 'anonymous' &&
            single &&
            !single.errors;
          response.http.headers.set('cache-control', cacheable ? `public, max-age=${policy.maxAge}` : 'no-store');
          // A shared cache must not hand an anonymous copy to a caller who presents credentials.
          if (cacheable) response.http.headers.set('vary', 'authorization, x-api-key');
        },
      };
    },
  };
}
