// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// When a subgraph is gone, the registry's data still arrives and the error says nothing about internals.
import { startTestHub, TestHub } from '../../testing/hub';

let hub: TestHub;
const logLines: string[] = [];
beforeAll(async () => {
  hub = await startTestHub({ logLines });
});
afterAll(async () => {
  await hub?.close();
});

test('with the IKONE-DS adapter down, registry fields still answer and the error is masked', async () => {
  await hub.ikoneDs.close();
  const { data, errors } = await hub.query(`{ municipality(key: "07315000") { name population ikoneDs { role } networkFit { level } } }`);
  expect(data.municipality).toEqual({ name: 'Mainz, Stadt', population: 224684, ikoneDs: null, networkFit: null });
  expect(errors!.length).toBeGreaterThanOrEqual(1);
  expect(errors!.every((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR')).toBe(true);
  expect(errors![0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
  expect(errors![0].extensions?.requestId).toEqual(expect.any(String));
  const text = JSON.stringify(errors);
  expect(text).not.toContain(new URL(hub.ikoneDs.url).port);
  expect(text).not.toContain('ikone-ds');
  expect(text).not.toContain('ECONNREFUSED');
  // the request id in the answer finds the log line with the details
  const requestId = String(errors![0].extensions!.requestId);
  const logged = logLines.map((line) => JSON.parse(line)).filter((line) => line.requestId === requestId && line.msg === 'internal error');
  expect(logged).toHaveLength(1);
  expect(logged[0].level).toBe(50);
  expect(logged[0].err.message.length).toBeGreaterThan(0);
});

describe('the reverse: the registry is down', () => {
  let second: TestHub;
  beforeAll(async () => {
    second = await startTestHub();
  });
  afterAll(async () => {
    await second?.close();
  });

  test('the adapter’s own data still answers; fields that need the registry fail with a masked error', async () => {
    await second.registry.close();
    const { data, errors } = await second.query(
      `{ ikoneDsMembers(first: 3) { totalCount edges { node { nameAsReported role } } } recommendNetworks(profile: { type: ORTSGEMEINDE, population: 900 }) { level } }`,
    );
    expect(errors).toBeUndefined();
    expect(data.ikoneDsMembers.totalCount).toBe(13);
    expect(data.recommendNetworks[0].level).toBe('MEDIUM');
    const federated = await second.query(`{ ikoneDsMembers(first: 2) { edges { node { nameAsReported municipality { name } } } } }`);
    expect(federated.data.ikoneDsMembers.edges.map((e: any) => [e.node.nameAsReported.length > 0, e.node.municipality])).toEqual([
      [true, null],
      [true, null],
    ]);
    expect(federated.errors!.every((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR')).toBe(true);
    expect(JSON.stringify(federated.errors)).not.toContain('registry');
  });
});
