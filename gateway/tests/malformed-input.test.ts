// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// One rule for bad input, checked against the whole public schema: every argument of every root
// field gets malformed values of its type, and no answer may be a server error or lack a code.
// The cases are made from schema/api.graphql, so new fields and arguments are covered as they come.
import fs from 'node:fs';
import path from 'node:path';
import {
  buildSchema,
  getNamedType,
  GraphQLArgument,
  GraphQLField,
  GraphQLInputType,
  GraphQLObjectType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';
import { projectRoot } from '../../common/config';
import { Role } from '../../common/auth/roles';
import { startTestHub, TestHub } from '../../testing/hub';

const schema = buildSchema(fs.readFileSync(path.join(projectRoot, 'schema/api.graphql'), 'utf8'));

let hub: TestHub;
let adminKey: string;
beforeAll(async () => {
  // Hundreds of requests from one key: the rate limit is not what this file tests.
  hub = await startTestHub({ env: { RATE_LIMIT_MAX: '100000' } });
  adminKey = (await hub.apiKeys.create({ name: 'malformed input', role: Role.MINISTRY_ADMIN, network: null, createdBy: 'test' })).secret;
}, 60_000);
afterAll(async () => {
  await hub?.close();
});

const LONG = 'x'.repeat(10_000);
/** Values that must always be refused as BAD_USER_INPUT naming the argument, whatever the string means. */
const FORBIDDEN_TEXT = ['\u0000', 'a\u0000b', '\ud800', 'x\udc00y'];
const MALFORMED_DATES = ['2024-02-30', '31.12.2024', 'yesterday', '', '0000-01-01', '2024-1-5', '+02024-01-01', '2024-01-01T00:00:00Z'];

function malformedScalars(typeName: string): unknown[] {
  switch (typeName) {
    case 'String':
    case 'ID':
      return ['', ...FORBIDDEN_TEXT, LONG];
    case 'LocalDate':
      return MALFORMED_DATES;
    case 'DateTimeISO':
      return ['2024-02-30T00:00:00Z', 'yesterday', ''];
    case 'Int':
      return [-1, 2147483648, 1e10, 1.5];
    case 'Float':
      return [-1, 1e308, 'NaN'];
    case 'Boolean':
      return ['yes'];
    default:
      return ['\u0000', 42];
  }
}

/** A well-formed value of the type, for the arguments and fields that are not under test. */
function validValue(type: GraphQLInputType, name: string): unknown {
  if (isNonNullType(type)) return validValue(type.ofType, name);
  if (isListType(type)) return [validValue(type.ofType, name)];
  if (isEnumType(type)) return type.getValues()[0].name;
  if (isInputObjectType(type)) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields())) {
      if (isNonNullType(field.type)) value[field.name] = validValue(field.type, field.name);
    }
    return value;
  }
  switch (type.name) {
    case 'String':
      return 'Testwert';
    case 'ID':
      // Keys of units are ARS/AGS; other ids are UUIDs.
      return /key|ars/i.test(name) ? '07315000' : '00000000-0000-4000-8000-000000000000';
    case 'LocalDate':
      return '2024-01-01';
    case 'DateTimeISO':
      return '2030-01-01T00:00:00Z';
    case 'Int':
    case 'Float':
      return 1;
    case 'Boolean':
      return true;
    default:
      return {};
  }
}

interface Malformed {
  value: unknown;
  /** The scalar that is malformed (for the stricter checks). */
  scalar: string;
  /** Where it sits: "asOf" or "input.letterDate". */
  at: string;
}

/** Malformed values for one argument: each scalar position gets each bad value, the rest stays valid. */
function malformedValues(type: GraphQLInputType, at: string, depth = 0): Malformed[] {
  if (isNonNullType(type)) return malformedValues(type.ofType, at, depth);
  if (isListType(type)) return malformedValues(type.ofType, at, depth).map((m) => ({ ...m, value: [m.value] }));
  if (isEnumType(type)) {
    return ['NOT_A_VALUE', '', type.getValues()[0].name.toLowerCase()].map((value) => ({ value, scalar: 'enum', at }));
  }
  if (isInputObjectType(type)) {
    if (depth > 2) return [];
    const valid = validValue(type, at) as Record<string, unknown>;
    return Object.values(type.getFields()).flatMap((field) =>
      malformedValues(field.type, `${at}.${field.name}`, depth + 1).map((m) => ({ ...m, value: { ...valid, [field.name]: m.value } })),
    );
  }
  if (isScalarType(type)) return malformedScalars(type.name).map((value) => ({ value, scalar: type.name, at }));
  return [];
}

/** The malformed value itself, without the valid input object around it. */
function valueAt(m: Malformed): unknown {
  let value = m.value;
  for (const key of m.at.split('.').slice(1)) {
    if (Array.isArray(value)) value = value[0];
    value = (value as Record<string, unknown>)[key];
  }
  return Array.isArray(value) ? value[0] : value;
}

interface Case {
  label: string;
  operation: 'query' | 'mutation';
  document: string;
  variables: Record<string, unknown>;
  malformed: Malformed;
  argument: string;
  /** Sent without a key (the public path); the others as a ministry admin, so that they reach every resolver. */
  anonymous?: boolean;
}

function casesFor(operation: 'query' | 'mutation', root: GraphQLObjectType | null | undefined): Case[] {
  if (!root) return [];
  return Object.values(root.getFields()).flatMap((field: GraphQLField<unknown, unknown>) =>
    field.args.flatMap((arg: GraphQLArgument) => {
      const selection = isCompositeType(getNamedType(field.type)) ? ' { __typename }' : '';
      const definitions = field.args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
      const uses = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
      const document = `${operation} Malformed(${definitions}) { ${field.name}(${uses})${selection} }`;
      const others: Record<string, unknown> = {};
      for (const other of field.args) {
        if (other !== arg && isNonNullType(other.type)) others[other.name] = validValue(other.type, other.name);
      }
      return malformedValues(arg.type, arg.name).map((malformed) => ({
        label: `${field.name}(${malformed.at} ← ${JSON.stringify(valueAt(malformed)).slice(0, 40)})`,
        operation,
        document,
        variables: { ...others, [arg.name]: malformed.value },
        malformed,
        argument: arg.name,
      }));
    }),
  );
}

/** The same values written into the query text (literals take another path than variables). */
function literalCases(): Case[] {
  const cases: Case[] = [];
  const root = schema.getQueryType()!;
  for (const field of Object.values(root.getFields())) {
    for (const arg of field.args) {
      const named = getNamedType(arg.type);
      if (isListType(isNonNullType(arg.type) ? arg.type.ofType : arg.type) || !isScalarType(named)) continue;
      if (!['String', 'ID', 'LocalDate'].includes(named.name)) continue;
      const selection = isCompositeType(getNamedType(field.type)) ? ' { __typename }' : '';
      const required = field.args.filter((a) => a !== arg && isNonNullType(a.type));
      const definitions = required.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
      const variables = Object.fromEntries(required.map((a) => [a.name, validValue(a.type, a.name)]));
      for (const value of named.name === 'LocalDate' ? MALFORMED_DATES : ['\u0000', LONG]) {
        const uses = [...required.map((a) => `${a.name}: $${a.name}`), `${arg.name}: ${JSON.stringify(value)}`].join(', ');
        cases.push({
          label: `literal ${field.name}(${arg.name}: ${JSON.stringify(value).slice(0, 40)})`,
          operation: 'query',
          document: `query Malformed${definitions ? `(${definitions})` : ''} { ${field.name}(${uses})${selection} }`,
          variables,
          malformed: { value, scalar: named.name, at: arg.name },
          argument: arg.name,
          anonymous: true,
        });
      }
    }
  }
  return cases;
}

interface Outcome {
  status: number;
  body: string;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

async function send(c: Case): Promise<Outcome> {
  const response = await fetch(hub.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(c.anonymous ? {} : { 'x-api-key': adminKey }) },
    body: JSON.stringify({ query: c.document, variables: c.variables }),
  });
  const body = await response.text();
  let errors: Outcome['errors'];
  try {
    errors = (JSON.parse(body) as { errors?: Outcome['errors'] }).errors;
  } catch {
    errors = undefined;
  }
  return { status: response.status, body, errors };
}

/** What is wrong with an answer to a malformed value; null when it is a proper client error. */
function problem(c: Case, outcome: Outcome): string | null {
  if (outcome.status >= 500) return `HTTP ${outcome.status}`;
  const value = valueAt(c.malformed);
  // Text that no string may hold and dates that are not calendar days are always the client's
  // mistake, whatever the field: refused as BAD_USER_INPUT naming where the value was.
  // The same for dates and times that are not, and integers that are not 32-bit integers.
  const strict =
    (['String', 'ID'].includes(c.malformed.scalar) && FORBIDDEN_TEXT.includes(value as string)) ||
    ['LocalDate', 'DateTimeISO'].includes(c.malformed.scalar) ||
    (c.malformed.scalar === 'Int' && (!Number.isInteger(value) || (value as number) > 2 ** 31 - 1));
  // a malformed value that is silently accepted is as wrong as a server error
  if (!outcome.errors) {
    if (strict) return 'accepted without an error';
    return outcome.body.startsWith('{') ? null : `no JSON answer: ${outcome.body.slice(0, 80)}`;
  }
  for (const error of outcome.errors) {
    const code = error.extensions?.code;
    if (!code) return `error without a code: ${error.message.slice(0, 120)}`;
    if (code === 'INTERNAL_SERVER_ERROR') return `INTERNAL_SERVER_ERROR: ${error.message.slice(0, 120)}`;
  }
  // A page size far out of range may meet the cost limit first; that is a clear answer too.
  if (c.malformed.scalar === 'Int' && outcome.errors[0].extensions?.code === 'QUERY_TOO_COMPLEX') return null;
  if (strict) {
    const first = outcome.errors[0];
    if (first.extensions?.code !== 'BAD_USER_INPUT')
      return `expected BAD_USER_INPUT, got ${String(first.extensions?.code)}: ${first.message}`;
    if (first.extensions?.argument !== c.malformed.at) {
      return `expected argument ${c.malformed.at}, got ${String(first.extensions?.argument)}: ${first.message}`;
    }
    if (c.malformed.scalar === 'LocalDate' && !first.message.includes('YYYY-MM-DD'))
      return `date message without the format: ${first.message}`;
  }
  return null;
}

async function runAll(cases: Case[], concurrency: number): Promise<string[]> {
  const problems: string[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < cases.length) {
        const c = cases[next++];
        const found = problem(c, await send(c));
        if (found) problems.push(`${c.label}: ${found}`);
      }
    }),
  );
  return problems.sort();
}

const queryCases = [...casesFor('query', schema.getQueryType()), ...literalCases()];
const mutationCases = casesFor('mutation', schema.getMutationType());

test('the cases cover every argument of every root field', () => {
  const covered = new Set(queryCases.map((c) => `${c.document.split('{')[1].trim().split('(')[0]}.${c.argument}`));
  for (const field of Object.values(schema.getQueryType()!.getFields())) {
    for (const arg of field.args) expect(covered).toContain(`${field.name}.${arg.name}`);
  }
  expect(queryCases.length).toBeGreaterThan(300);
  expect(mutationCases.length).toBeGreaterThan(300);
});

test('malformed values in every argument of every query field are client errors with a code', async () => {
  const problems = await runAll(queryCases, 6);
  expect(problems).toEqual([]);
}, 60_000);

test('malformed values in every argument of every mutation (as a ministry admin) are client errors with a code', async () => {
  const problems = await runAll(mutationCases, 6);
  expect(problems).toEqual([]);
}, 60_000);

test('variables nested thousands of levels deep are refused with a code and a request id', async () => {
  // Written as text: JSON.stringify itself would run out of stack on such a value.
  const deep = `${'{"a":'.repeat(5_000)}"x"${'}'.repeat(5_000)}`;
  const query = JSON.stringify('query($f: MunicipalityFilter) { municipalities(filter: $f) { totalCount } }');
  const response = await fetch(hub.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: `{"query":${query},"variables":{"f":${deep}}}`,
  });
  expect(response.status).toBeLessThan(500);
  expect(response.headers.get('x-request-id')).toBeTruthy();
  const { errors } = (await response.json()) as { errors: { extensions?: { code?: string } }[] };
  expect(errors[0].extensions?.code).toBe('BAD_USER_INPUT');
});
