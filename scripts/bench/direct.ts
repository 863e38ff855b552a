// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// Scenario (e): an operation answered by calling the subgraphs directly, without the gateway — the
// baseline for the gateway's own cost. Apollo's query planner plans the operation against the
// checked-in supergraph exactly as the gateway does; this replays the plan's subgraph fetches in
// the same order (with the representations the gateway would send) and merges nothing it need not.
import fs from 'node:fs';
import { randomUUID } from 'node:crypto';
import { parse } from 'graphql';
import { operationFromDocument, Supergraph } from '@apollo/federation-internals';
import { FetchNode, PlanNode, QueryPlanner, QueryPlanSelectionNode } from '@apollo/query-planner';
import { GATEWAY_TOKEN_HEADER, gatewaySigningKey, signGatewayToken } from '../../common/auth/internal-token';
import { ANONYMOUS } from '../../common/auth/roles';
import type { Post } from './load';

type Json = any;

/** The part of an entity that its representation needs (the fetch's `requires`). */
function project(value: Json, selections: readonly QueryPlanSelectionNode[]): Json {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => project(item, selections));
  const result: Json = {};
  for (const selection of selections) {
    if (selection.kind === 'InlineFragment') {
      if (!selection.typeCondition || selection.typeCondition === value.__typename)
        Object.assign(result, project(value, selection.selections));
    } else if (selection.name in value) {
      result[selection.name] = selection.selections ? project(value[selection.name], selection.selections) : value[selection.name];
    }
  }
  return result;
}

function merge(target: Json, source: Json): void {
  for (const [key, value] of Object.entries(source ?? {})) {
    if (value && typeof value === 'object' && target[key] && typeof target[key] === 'object') merge(target[key], value);
    else target[key] = value;
  }
}

/** The objects at a plan path ("@" steps into every list element). */
function objectsAt(value: Json, path: readonly (string | number)[]): Json[] {
  if (value === null || value === undefined) return [];
  if (path.length === 0) return Array.isArray(value) ? value.flatMap((item) => objectsAt(item, [])) : [value];
  const [step, ...rest] = path;
  if (step === '@') return (value as Json[]).flatMap((item) => objectsAt(item, rest));
  return objectsAt(value[step], rest);
}

export interface DirectCall {
  /** One answer of the operation with these variables, fetched from the subgraphs directly. */
  (post: Post, variables: Record<string, unknown>): Promise<Json>;
  /** Subgraph requests per answer. */
  fetches: number;
}

export function planDirectCall(options: {
  supergraphFile: string;
  operation: { query: string };
  subgraphUrls: Record<string, string>;
  internalSecret: string;
}): DirectCall {
  const supergraph = Supergraph.build(fs.readFileSync(options.supergraphFile, 'utf8'));
  const plan = new QueryPlanner(supergraph).buildQueryPlan(operationFromDocument(supergraph.schema, parse(options.operation.query)));
  const root = plan.node;
  if (root?.kind === 'Subscription') throw new Error('the direct baseline replays queries only');
  const secret = gatewaySigningKey(options.internalSecret);
  let fetches = 0;

  const count = (node: PlanNode): void => {
    if (node.kind === 'Fetch') fetches++;
    else if (node.kind === 'Flatten') count(node.node);
    else if (node.kind === 'Sequence' || node.kind === 'Parallel') node.nodes.forEach(count);
    else throw new Error(`the direct baseline does not replay ${node.kind} plan nodes`);
  };
  if (root) count(root);

  async function fetchFrom(
    post: Post,
    variables: Record<string, unknown>,
    fetch: FetchNode,
    extra: Record<string, unknown>,
  ): Promise<Json> {
    const url = options.subgraphUrls[fetch.serviceName];
    const token = await signGatewayToken(secret, fetch.serviceName, ANONYMOUS, randomUUID());
    const used = Object.fromEntries((fetch.variableUsages ?? []).map((name) => [name, variables[name]]));
    const answer = await post(
      url,
      { query: fetch.operation, operationName: fetch.operationName, variables: { ...used, ...extra } },
      {
        [GATEWAY_TOKEN_HEADER]: token,
      },
    );
    return answer.data;
  }

  async function run(post: Post, variables: Record<string, unknown>, node: PlanNode, data: Json): Promise<void> {
    switch (node.kind) {
      case 'Sequence':
        for (const child of node.nodes) await run(post, variables, child, data);
        return;
      case 'Parallel':
        await Promise.all(node.nodes.map((child) => run(post, variables, child, data)));
        return;
      case 'Fetch':
        merge(data, await fetchFrom(post, variables, node, {}));
        return;
      case 'Flatten': {
        const fetch = node.node as FetchNode;
        const entities = objectsAt(data, node.path);
        if (entities.length === 0) return;
        const representations = entities.map((entity) => project(entity, fetch.requires ?? []));
        const answer = await fetchFrom(post, variables, fetch, { representations });
        entities.forEach((entity, i) => merge(entity, answer._entities[i]));
        return;
      }
      default:
        throw new Error(`unexpected plan node ${node.kind}`);
    }
  }

  const call = async (post: Post, variables: Record<string, unknown>) => {
    const data: Json = {};
    if (root) await run(post, variables, root, data);
    return data;
  };
  return Object.assign(call, { fetches });
}
