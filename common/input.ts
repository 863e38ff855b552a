// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// One rule for bad input, written once for every subgraph: what a valid date is (the LocalDate
// scalar), which characters no string may hold, and the guard that turns any breach into
// BAD_USER_INPUT naming the argument.
//
// Why the checks sit on the subgraphs' field arguments and not in the gateway: the gateway does not
// implement the scalars (it knows LocalDate only by name), and a coercion or validation error in a
// subgraph comes back as an HTTP 400 that the gateway can only report as an internal error. The
// guard below runs where every argument has its declared type and its final value — from a
// variable, a literal or a default, however deeply inside an input object or list — and it knows
// the argument's name. It is installed by buildFederatedSchema, so every field of every subgraph,
// present and future, is covered. (Variables nested too deeply for the gateway itself are refused
// earlier, by gateway/input-guard.ts.)
import {
  defaultFieldResolver,
  GraphQLArgument,
  GraphQLScalarType,
  GraphQLSchema,
  isObjectType,
  isScalarType,
  isSpecifiedScalarType,
  Kind,
  ValueNode,
} from 'graphql';
import { DATE_FORMAT, DATE_RANGE, DATE_RULE, isValidDate } from './dates';
import { badInput } from './errors';

/**
 * A malformed scalar value, kept instead of thrown while graphql-js coerces the arguments (a throw
 * there would become the subgraph's HTTP 400, see above); the argument guard refuses it by name.
 */
class InvalidInput {
  constructor(readonly rule: string) {}
}

function parseDate(value: unknown): string | InvalidInput {
  return isValidDate(value) ? value : new InvalidInput(`must be ${DATE_RULE}`);
}

/** The hub's date scalar; it replaces graphql-scalars' LocalDate under the same name, so the API is unchanged. */
export const LocalDate = new GraphQLScalarType({
  name: 'LocalDate',
  description: `A calendar date without time zone, written \`YYYY-MM-DD\` (e.g. \`2024-12-31\`): a real calendar day from ${DATE_RANGE.min} to ${DATE_RANGE.max}. Anything else is BAD_USER_INPUT naming the argument.`,
  serialize(value) {
    // Output comes from the database; a malformed value there is a bug, not the client's mistake.
    if (typeof value !== 'string' || !DATE_FORMAT.test(value)) throw new TypeError(`LocalDate cannot serialize ${String(value)}`);
    return value;
  },
  parseValue: parseDate,
  parseLiteral(node: ValueNode) {
    return parseDate(node.kind === Kind.STRING ? node.value : undefined);
  },
  extensions: { codegenScalarType: 'string' },
});

// NUL cannot be stored in PostgreSQL text; a lone UTF-16 surrogate is not a character at all
// (it would be stored as U+FFFD, silently changing the value).
const FORBIDDEN_CHARACTERS = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

const TEXT_RULE = 'must not contain NUL characters or unpaired UTF-16 surrogates';

/** Deeper than any input type of the API; a bound on the walk, not a limit clients meet (the gateway refuses deeper variables first). */
const MAX_WALK_DEPTH = 32;

/** Throws BAD_USER_INPUT for the first malformed value in an argument, naming it as "input.field". */
function checkValue(value: unknown, argument: string, depth: number): void {
  if (value instanceof InvalidInput) throw badInput(`${argument} ${value.rule}.`, { argument });
  if (typeof value === 'string') {
    if (FORBIDDEN_CHARACTERS.test(value)) throw badInput(`${argument} ${TEXT_RULE}.`, { argument });
    return;
  }
  if (value === null || typeof value !== 'object') return;
  if (depth >= MAX_WALK_DEPTH) throw badInput(`${argument} is nested too deeply.`, { argument });
  if (Array.isArray(value)) {
    for (const item of value) checkValue(item, argument, depth + 1);
    return;
  }
  for (const [key, item] of Object.entries(value)) checkValue(item, `${argument}.${key}`, depth + 1);
}

/** Checks all arguments of one field call, in the order the schema declares them. */
function checkArguments(args: Record<string, unknown>, declared: readonly GraphQLArgument[]): void {
  for (const { name } of declared) checkValue(args[name], name, 0);
}

/** What a valid value of the other custom scalars looks like, for messages. */
const SCALAR_RULES: Record<string, string> = {
  DateTimeISO: 'must be a date and time in ISO 8601 with a time zone, e.g. 2030-01-01T00:00:00Z',
  JSONObject: 'must be a JSON object',
};

/**
 * Makes a scalar from a library (graphql-scalars) keep a malformed value as InvalidInput instead
 * of throwing, like LocalDate does, so that it too is refused by argument name.
 */
function keepMalformed(scalar: GraphQLScalarType): void {
  const rule = SCALAR_RULES[scalar.name] ?? `is not a valid ${scalar.name}`;
  const { parseValue, parseLiteral } = scalar;
  scalar.parseValue = (value) => {
    try {
      return parseValue(value);
    } catch {
      return new InvalidInput(rule);
    }
  };
  scalar.parseLiteral = (node, variables) => {
    try {
      return parseLiteral(node, variables);
    } catch {
      return new InvalidInput(rule);
    }
  };
}

/**
 * Installs the argument guard on every field with arguments, in place: it runs before the
 * field's resolver (and before its authorization), so malformed input never reaches SQL.
 */
export function guardArguments(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    // Built-in scalars are checked by the gateway already; federation's own (_Any, link__Import, …) carry no client input.
    if (isScalarType(type) && !isSpecifiedScalarType(type) && type.name !== LocalDate.name && !/^_|__/.test(type.name)) {
      keepMalformed(type);
    }
    // Introspection and the federation fields (_entities: representations the gateway built) are not client input.
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.args.length === 0 || field.name.startsWith('_')) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      const declared = field.args;
      field.resolve = (source, args, context, info) => {
        checkArguments(args, declared);
        return resolve(source, args, context, info);
      };
    }
  }
  return schema;
}

/** Nesting of variable values the gateway accepts: the API's input types need 4 levels; this leaves room. */
export const MAX_VARIABLE_DEPTH = 16;

/** Is any value in the variables nested deeper than the limit? Iterative, so the check itself cannot run out of stack. */
export function variablesTooDeep(variables: unknown, limit = MAX_VARIABLE_DEPTH): boolean {
  const stack: { value: unknown; depth: number }[] = [{ value: variables, depth: 0 }];
  while (stack.length > 0) {
    const { value, depth } = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (depth > limit) return true;
    for (const item of Array.isArray(value) ? value : Object.values(value)) stack.push({ value: item, depth: depth + 1 });
  }
  return false;
}
