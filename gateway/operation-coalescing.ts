// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// Identical queries in flight at the same time are answered once (the whole operation; the
// subgraph fetches of different operations share through subgraph-fetcher.ts). When many portals
// ask the same fresh page at once (Cache-Control: no-cache, or right after a change emptied the
// response cache), the gateway plans, fetches and shapes it once instead of once per caller: for the
// bench's page of 100 the gateway's shaping was nearly all of its CPU per request.
//
// Each caller still passes everything before execution on its own (authentication, rate limit,
// parsing, validation, operation limits, the argument guard), and gets its own serialised answer
// and cache headers. Only queries share, only between callers of the same identity (kind, id, role,
// network) and of the same response-cache generation, so rights never mix and a query sent after a
// change never gets an answer begun before it; without the change listener nothing is shared. An
// answer with errors is not shared: those who waited for it run the query themselves.
import type { ApolloServerPlugin, GraphQLRequestContext, GraphQLResponse } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import type { BaseContext } from '../common/context';

/** What the first caller's answer leaves for those who joined it; null when they must run it themselves. */
type SharedAnswer = { data: Record<string, unknown>; policy: { maxAge: number; scope: 'PUBLIC' | 'PRIVATE' } } | null;

/** A caller waits at most this long for another's answer, then runs the query itself. */
const JOIN_TIMEOUT_MS = 30_000;

export interface OperationCoalescing {
  plugin: ApolloServerPlugin<BaseContext>;
  /** Answers given from another caller's identical query since the start. */
  shared(): number;
}

export function operationCoalescing(generation: () => number | null): OperationCoalescing {
  let shared = 0;
  const inFlight = new Map<string, Promise<SharedAnswer>>();
  const led = new WeakMap<object, { key: string; answer: Promise<SharedAnswer>; settle: (answer: SharedAnswer) => void }>();

  const keyOf = (requestContext: GraphQLRequestContext<BaseContext>): string | null => {
    const current = generation();
    if (current === null || requestContext.operation?.operation !== 'query') return null;
    const { kind, id, role, network } = requestContext.contextValue.principal;
    const { source, operationName, request } = requestContext;
    return JSON.stringify([current, kind, id, role, network, operationName ?? null, source ?? '', request.variables ?? {}]);
  };

  const plugin: ApolloServerPlugin<BaseContext> = {
    async requestDidStart() {
      return {
        async responseForOperation(requestContext): Promise<GraphQLResponse | null> {
          const key = keyOf(requestContext);
          if (key === null) return null;
          const running = inFlight.get(key);
          if (!running) {
            let settle!: (answer: SharedAnswer) => void;
            const answer = new Promise<SharedAnswer>((resolve) => (settle = resolve));
            inFlight.set(key, answer);
            led.set(requestContext, { key, answer, settle });
            return null;
          }
          let timer: NodeJS.Timeout | undefined;
          const answer = await Promise.race([
            running,
            new Promise<null>((resolve) => (timer = setTimeout(resolve, JOIN_TIMEOUT_MS, null).unref())),
          ]).finally(() => clearTimeout(timer));
          if (!answer) {
            // A first caller that never answered (it should not happen) must not hold up the next ones.
            if (inFlight.get(key) === running) inFlight.delete(key);
            return null;
          }
          // The caller's cache headers and the response cache follow the answer's policy, as for the first caller.
          requestContext.overallCachePolicy.replace(answer.policy);
          shared++;
          return { body: { kind: 'single', singleResult: { data: answer.data } }, http: { status: undefined, headers: new HeaderMap() } };
        },
        // Called for every request, whatever the outcome (Apollo Server's pipeline): those who wait are always released.
        async willSendResponse(requestContext) {
          const lead = led.get(requestContext);
          if (!lead) return;
          if (inFlight.get(lead.key) === lead.answer) inFlight.delete(lead.key);
          const { body } = requestContext.response;
          const result = body.kind === 'single' ? body.singleResult : undefined;
          const policy = requestContext.overallCachePolicy.policyIfCacheable() ?? { maxAge: 0, scope: 'PRIVATE' as const };
          lead.settle(result?.data && !result.errors ? { data: result.data, policy } : null);
        },
      };
    },
  };
  return { plugin, shared: () => shared };
}
