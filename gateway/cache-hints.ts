// Cache hints for public figures: an anonymous answer that holds only report fields gets
// "Cache-Control: public, max-age=…", so a CDN or a caching proxy in front of the gateway can serve
// it. Anything else (personal data, keyed callers, errors) stays uncached.
import type { ApolloServerPlugin } from '@apollo/server';
import { Kind } from 'graphql';
import type { BaseContext } from '../common/context';

/** Root fields whose answers are public, aggregated, and the same for every anonymous caller. */
const PUBLIC_REPORT_FIELDS = new Set(['membershipReport', 'coverageReport', 'outreachList', 'networks', 'network']);
export const REPORT_MAX_AGE_SECONDS = 300;

export function cacheHintsPlugin(): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ operation, response, contextValue }) {
          const single = response.body.kind === 'single' ? response.body.singleResult : undefined;
          const rootFields = operation?.operation === 'query' ? operation.selectionSet.selections : [];
          const onlyReports =
            rootFields.length > 0 &&
            rootFields.every((s) => s.kind === Kind.FIELD && (PUBLIC_REPORT_FIELDS.has(s.name.value) || s.name.value === '__typename'));
          const cacheable = onlyReports && contextValue.principal.kind === 'anonymous' && single && !single.errors;
          response.http.headers.set('cache-control', cacheable ? `public, max-age=${REPORT_MAX_AGE_SECONDS}` : 'no-store');
        },
      };
    },
  };
}
