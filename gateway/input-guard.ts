// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// The gateway's part of the rule for bad input (the rest is in the subgraphs, common/input.ts):
// - Variables nested too deeply are refused before anything walks them: Apollo's caches, the query
//   planner and the subgraph requests serialise variables recursively, and a few thousand levels
//   (well inside the body limit) run out of stack there — a 500 without a request id.
// - The gateway coerces variables of the built-in scalars and enums itself (Int out of range, an
//   unknown enum name); Apollo answers BAD_USER_INPUT naming only the variable, so the argument it
//   is used in is added, as the subgraphs do for the other scalars.
import type { ApolloServerPlugin } from '@apollo/server';
import { DocumentNode, GraphQLError, visit } from 'graphql';
import type { BaseContext } from '../common/context';
import { ErrorCode } from '../common/errors';
import { MAX_VARIABLE_DEPTH, variablesTooDeep } from '../common/input';

/** Where each variable is used: "filter.types" for `municipalities(filter: { types: $t })`; the first use counts. */
function variableArguments(document: DocumentNode): Map<string, string> {
  const uses = new Map<string, string>();
  const path: string[] = [];
  visit(document, {
    Argument: { enter: (node) => void path.push(node.name.value), leave: () => void path.pop() },
    ObjectField: { enter: (node) => void path.push(node.name.value), leave: () => void path.pop() },
    Variable(node) {
      if (path.length > 0 && !uses.has(node.name.value)) uses.set(node.name.value, path.join('.'));
    },
  });
  return uses;
}

// graphql-js: 'Variable "$filter" got invalid value 1.5 at "filter.minPopulation"; Int cannot …'
// (Values are printed with their quotes escaped, so a value cannot fake the ` at "path";` part.)
const VARIABLE_ERROR = /^Variable "\$(\w+)" got invalid value .*? at "(\w+(?:\[\d+\]|\.\w+)*)"; /s;
const VARIABLE_NAME = /^Variable "\$(\w+)"/;

/** The argument (with the input fields inside it) that a variable coercion error is about, or undefined. */
function argumentOfVariableError(message: string, uses: Map<string, string>): string | undefined {
  const inside = VARIABLE_ERROR.exec(message);
  const variable = inside?.[1] ?? VARIABLE_NAME.exec(message)?.[1];
  const argument = variable ? uses.get(variable) : undefined;
  if (!argument) return undefined;
  // The path inside the value starts with the variable's name; list positions are left out, as the subgraphs do.
  const fields = inside
    ? inside[2]
        .replace(/\[\d+\]/g, '')
        .split('.')
        .slice(1)
    : [];
  return [argument, ...fields].join('.');
}

/** Put it before errorPolicyPlugin: it adds the argument before the errors are masked. */
export function inputGuardPlugin<C extends BaseContext = BaseContext>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        // Throwing here makes Apollo answer with this error only, before planning and the caches.
        async didResolveOperation({ request }) {
          if (variablesTooDeep(request.variables)) {
            throw new GraphQLError(`Variables may be nested at most ${MAX_VARIABLE_DEPTH} levels deep; send flatter values.`, {
              extensions: { code: ErrorCode.BAD_USER_INPUT, limit: MAX_VARIABLE_DEPTH, http: { status: 400 } },
            });
          }
        },
        async willSendResponse({ response, document }) {
          if (response.body.kind !== 'single' || !response.body.singleResult.errors || !document) return;
          let uses: Map<string, string> | undefined;
          response.body.singleResult.errors = response.body.singleResult.errors.map((error) => {
            if (error.extensions?.code !== ErrorCode.BAD_USER_INPUT || error.extensions.argument) return error;
            uses ??= variableArguments(document);
            const argument = argumentOfVariableError(error.message, uses);
            return argument ? { ...error, extensions: { ...error.extensions, argument } } : error;
          });
        },
      };
    },
  };
}
