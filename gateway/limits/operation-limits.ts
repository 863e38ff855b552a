// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// Limits against abusive operations, checked after validation and before the gateway plans the
// query, so an operation over a limit never reaches a subgraph. One pass over the document:
// named fragments are measured once and the result reused at every spread. That keeps the
// walk linear in the document size. Without it, fragments that spread each other twice per
// level would expand exponentially. It also makes fragment cycles safe: a fragment already
// being measured counts as empty.
import {
  DocumentNode,
  FieldNode,
  FragmentDefinitionNode,
  getNamedType,
  getNullableType,
  getOperationAST,
  GraphQLError,
  GraphQLField,
  GraphQLNamedType,
  GraphQLSchema,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  OperationDefinitionNode,
  SchemaMetaFieldDef,
  SelectionSetNode,
  TypeMetaFieldDef,
  TypeNameMetaFieldDef,
  ValueNode,
} from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import type { GatewayLimitsConfig } from '../../common/config';
import type { BaseContext } from '../../common/context';
import { ErrorCode } from '../../common/errors';
import { DEFAULT_PAGE_SIZE } from '../../common/pagination';

/** Upper bounds for one operation: the gateway's limits settings (defaults and why: common/config.ts). */
export type OperationLimits = Pick<GatewayLimitsConfig, 'maxDepth' | 'maxAliases' | 'maxRootFields' | 'maxCost' | 'maxTokens'>;

/**
 * Size assumed for a plain list (no `first`). Not special-cased per field on purpose: networkFit and
 * networks have 2 items today, reasons 1 to 3, but an estimate that must be edited whenever the
 * data changes would go stale unnoticed. Overestimating them is what the budget is sized for.
 */
export const DEFAULT_LIST_SIZE = 10;

/**
 * List arguments whose length is the length of the answer, as `first` is for a page: one item per
 * key (municipalitiesByKeys). A list field with such an argument counts its selection once per
 * entry, so 100 keys cost what a page of 100 costs.
 */
export const ONE_ITEM_PER_ENTRY_ARGUMENTS: readonly string[] = ['keys'];

/** What the operation (or a part of it) measures. */
export interface OperationMeasure {
  depth: number;
  aliases: number;
  rootFields: number;
  cost: number;
}

/** Cost of a selection set. perItem is only non-zero on a connection: the cost of one edge. */
interface Part {
  fixed: number;
  perItem: number;
  depth: number;
  aliases: number;
}

const EMPTY: Part = { fixed: 0, perItem: 0, depth: 0, aliases: 0 };
// Costs saturate instead of growing to Infinity (JSON turns Infinity into null).
const CAP = Number.MAX_SAFE_INTEGER;
const add = (a: number, b: number) => Math.min(a + b, CAP);
const mul = (a: number, b: number) => Math.min(a * b, CAP);

/**
 * Measures the selected operation with fragments expanded. Returns null when the document has no
 * such operation: Apollo answers that case itself.
 *
 * Cost model (an upper estimate of the values in the answer):
 * - every field costs 1;
 * - a field whose type is a `…Connection` costs 1 plus its selection, where the selection of its
 *   list field (`edges`) counts `first` times: `first` from the literal, the variable or the
 *   variable's default, else 20. pageInfo and totalCount count once, so that a large `first` with
 *   `{ totalCount }` is cheap (and reaches the resolver, which refuses it with BAD_USER_INPUT);
 * - any other list field costs 1 plus its selection times its `first` argument, else the number of
 *   entries of a list argument that asks for one item each (`keys`, ONE_ITEM_PER_ENTRY_ARGUMENTS), else 10;
 * - @skip/@include are ignored (counted as included) and type conditions are summed: an upper bound;
 * - `__schema` and `__type` count as one field each, whatever they select (aliases inside still count).
 */
export function measureOperation(
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | undefined,
  schema: GraphQLSchema,
): OperationMeasure | null {
  const operation = getOperationAST(document, operationName ?? undefined);
  if (!operation) return null;
  const rootType = schema.getRootType(operation.operation) ?? undefined;

  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }

  const fragmentParts = new Map<string, Part>();
  const measuring = new Set<string>();
  function fragmentPart(name: string): Part {
    const known = fragmentParts.get(name);
    if (known) return known;
    const fragment = fragments.get(name);
    // An unknown fragment, or a cycle back into a fragment being measured: nothing to add.
    if (!fragment || measuring.has(name)) return EMPTY;
    measuring.add(name);
    const part = measureSelectionSet(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value) ?? undefined);
    measuring.delete(name);
    fragmentParts.set(name, part);
    return part;
  }

  function measureSelectionSet(selectionSet: SelectionSetNode, parentType: GraphQLNamedType | undefined): Part {
    const result: Part = { fixed: 0, perItem: 0, depth: 0, aliases: 0 };
    const merge = (part: Part) => {
      result.fixed = add(result.fixed, part.fixed);
      result.perItem = add(result.perItem, part.perItem);
      result.depth = Math.max(result.depth, part.depth);
      result.aliases = add(result.aliases, part.aliases);
    };
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        merge(measureField(selection, parentType));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? (schema.getType(selection.typeCondition.name.value) ?? undefined) : parentType;
        merge(measureSelectionSet(selection.selectionSet, type));
      } else {
        merge(fragmentPart(selection.name.value));
      }
    }
    return result;
  }

  function measureField(field: FieldNode, parentType: GraphQLNamedType | undefined): Part {
    const definition = fieldDefinition(schema, parentType, field.name.value);
    const type = definition ? getNullableType(definition.type) : undefined;
    const namedType = definition ? getNamedType(definition.type) : undefined;
    const sub = field.selectionSet ? measureSelectionSet(field.selectionSet, namedType) : EMPTY;
    const subTotal = add(sub.fixed, sub.perItem);
    const aliases = add(field.alias ? 1 : 0, sub.aliases);
    if (definition === SchemaMetaFieldDef || definition === TypeMetaFieldDef) {
      // Introspection is answered from the gateway's in-memory schema, never by a subgraph, and
      // graphql's MaxIntrospectionDepthRule bounds its nesting; counted as one field, so that
      // tools that send the standard introspection query (depth 15) keep working.
      return { fixed: 1, perItem: 0, depth: 1, aliases };
    }
    const part: Part = { fixed: 0, perItem: 0, depth: 1 + sub.depth, aliases };
    if (namedType && isConnection(namedType)) {
      const pageSize = sizeArgument(field, definition, DEFAULT_PAGE_SIZE);
      part.fixed = add(1 + sub.fixed, mul(pageSize, sub.perItem));
    } else if (parentType && isConnection(parentType) && isListType(type)) {
      // `edges` of a connection: one per item, so the enclosing connection field multiplies it.
      part.fixed = 1;
      part.perItem = subTotal;
    } else if (isListType(type)) {
      part.fixed = add(1, mul(sizeArgument(field, definition, entriesArgument(field) ?? DEFAULT_LIST_SIZE), subTotal));
    } else {
      part.fixed = add(1, subTotal);
    }
    return part;
  }

  function sizeArgument(field: FieldNode, definition: GraphQLField<unknown, unknown> | undefined, fallback: number): number {
    const value = argumentValue(field, 'first', operation!, variables) ?? definition?.args.find((a) => a.name === 'first')?.defaultValue;
    // An invalid page size is refused later by variable coercion or the resolver; estimate the default.
    if (typeof value !== 'number' || !Number.isFinite(value)) return fallback;
    return Math.max(0, Math.ceil(value));
  }

  /** The number of entries of a list argument that asks for one item each; undefined when there is none or it is malformed. */
  function entriesArgument(field: FieldNode): number | undefined {
    for (const name of ONE_ITEM_PER_ENTRY_ARGUMENTS) {
      const entries = listLength(field, name, operation!, variables);
      if (entries !== undefined) return entries;
    }
    return undefined;
  }

  const root = measureSelectionSet(operation.selectionSet, rootType);
  return {
    depth: root.depth,
    aliases: root.aliases,
    rootFields: rootResponseKeys(operation.selectionSet, fragments).size,
    cost: add(root.fixed, root.perItem),
  };
}

/** Which limit the measure breaks first, as the error to answer with; null when it keeps all. */
export function checkOperation(
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | undefined,
  schema: GraphQLSchema,
  limits: OperationLimits,
): GraphQLError | null {
  const measure = measureOperation(document, operationName, variables, schema);
  if (!measure) return null;
  if (measure.depth > limits.maxDepth) {
    return limitError(
      ErrorCode.QUERY_TOO_DEEP,
      `The operation is nested ${measure.depth} fields deep; the maximum depth is ${limits.maxDepth}. Ask for fewer nested levels, or fetch the inner ones in a second request.`,
      limits.maxDepth,
      measure.depth,
    );
  }
  if (measure.aliases > limits.maxAliases) {
    return limitError(
      ErrorCode.TOO_MANY_ALIASES,
      `The operation uses ${measure.aliases} aliases; the maximum is ${limits.maxAliases}. Use fewer aliases or send several requests.`,
      limits.maxAliases,
      measure.aliases,
    );
  }
  if (measure.rootFields > limits.maxRootFields) {
    return limitError(
      ErrorCode.TOO_MANY_ROOT_FIELDS,
      `The operation selects ${measure.rootFields} top-level fields; the maximum is ${limits.maxRootFields}. Send several requests instead.`,
      limits.maxRootFields,
      measure.rootFields,
    );
  }
  if (measure.cost > limits.maxCost) {
    return limitError(
      ErrorCode.QUERY_TOO_COMPLEX,
      `The operation's estimated cost is ${measure.cost}; the maximum is ${limits.maxCost}. Ask for smaller pages (first) or fewer nested lists.`,
      limits.maxCost,
      measure.cost,
    );
  }
  return null;
}

/** Apollo Server plugin that refuses an operation over a limit with HTTP 400 before it is planned or executed. */
export function operationLimitsPlugin<C extends BaseContext = BaseContext>(limits: OperationLimits): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        // Runs after parsing and validation; throwing here makes Apollo answer with this error only.
        async didResolveOperation({ document, request, schema }) {
          const error = checkOperation(document, request.operationName, request.variables, schema, limits);
          if (error) throw error;
        },
      };
    },
  };
}

function limitError(code: ErrorCode, message: string, limit: number, actual: number): GraphQLError {
  return new GraphQLError(message, { extensions: { code, limit, actual, http: { status: 400 } } });
}

function isConnection(type: GraphQLNamedType): boolean {
  return type.name.endsWith('Connection');
}

function fieldDefinition(
  schema: GraphQLSchema,
  parentType: GraphQLNamedType | undefined,
  name: string,
): GraphQLField<unknown, unknown> | undefined {
  if (name === TypeNameMetaFieldDef.name) return TypeNameMetaFieldDef;
  if (parentType && parentType === schema.getQueryType()) {
    if (name === SchemaMetaFieldDef.name) return SchemaMetaFieldDef;
    if (name === TypeMetaFieldDef.name) return TypeMetaFieldDef;
  }
  if (isObjectType(parentType) || isInterfaceType(parentType)) return parentType.getFields()[name];
  return undefined;
}

/** The value of a field argument: a literal, or a variable (its value, else its default). */
function argumentValue(
  field: FieldNode,
  name: string,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
): unknown {
  const argument = field.arguments?.find((a) => a.name.value === name);
  if (!argument) return undefined;
  const value = argument.value;
  if (value.kind === Kind.INT) return Number(value.value);
  if (value.kind !== Kind.VARIABLE) return undefined;
  const variable = value.name.value;
  if (variables && Object.prototype.hasOwnProperty.call(variables, variable)) return variables[variable];
  const defaultValue = operation.variableDefinitions?.find((d) => d.variable.name.value === variable)?.defaultValue;
  return defaultValue?.kind === Kind.INT ? Number(defaultValue.value) : undefined;
}

/**
 * How many entries a list argument holds: a literal list, or a variable (its value, else its
 * default). A single value counts as one, as GraphQL's input coercion makes it a list of one;
 * anything that is no list at all (null, an object) is left to coercion, which refuses it.
 */
function listLength(
  field: FieldNode,
  name: string,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
): number | undefined {
  const argument = field.arguments?.find((a) => a.name.value === name);
  if (!argument) return undefined;
  const count = (value: ValueNode): number | undefined => {
    if (value.kind === Kind.LIST) return value.values.length;
    if (value.kind === Kind.NULL || value.kind === Kind.OBJECT || value.kind === Kind.VARIABLE) return undefined;
    return 1;
  };
  const value = argument.value;
  if (value.kind !== Kind.VARIABLE) return count(value);
  const variable = value.name.value;
  if (variables && Object.prototype.hasOwnProperty.call(variables, variable)) {
    const given = variables[variable];
    if (Array.isArray(given)) return given.length;
    return given === null || given === undefined || typeof given === 'object' ? undefined : 1;
  }
  const defaultValue = operation.variableDefinitions?.find((d) => d.variable.name.value === variable)?.defaultValue;
  return defaultValue ? count(defaultValue) : undefined;
}

/** Response keys of the top-level fields, through fragments; like execution, equal keys merge. */
function rootResponseKeys(selectionSet: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>): Set<string> {
  const keys = new Set<string>();
  // Each fragment is entered once: spreading it again cannot add new keys, and a cycle ends here.
  const entered = new Set<string>();
  const visit = (set: SelectionSetNode) => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        keys.add((selection.alias ?? selection.name).value);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        visit(selection.selectionSet);
      } else if (!entered.has(selection.name.value)) {
        entered.add(selection.name.value);
        const fragment = fragments.get(selection.name.value);
        if (fragment) visit(fragment.selectionSet);
      }
    }
  };
  visit(selectionSet);
  return keys;
}
