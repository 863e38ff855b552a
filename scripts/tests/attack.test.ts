// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// The memory attack of issue 11, small and deterministic: one anonymous address sends unique huge
// operations, unique operations at the size limit, persisted-query registrations and CSV downloads
// with a new Stichtag each, against a hub started by the launcher (each service with its 128 MiB
// heap). Afterwards the same gateway process answers, every cache is within its bound and the heap
// is below its limit. The full-size run is `npm run attack` (figures in SECURITY.md).
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { projectRoot, readConfig } from '../../common/config';
import { gatewayHeapUsedBytes, runMemoryAttack } from '../attack/memory-attack';
import { metricsHeaders, RunningHub, startHub } from '../bench/hub-process';
import { createTestDatabase } from '../../testing/hub';

jest.setTimeout(240_000);

let hub: RunningHub;
let dataDir: string;
let dropDatabase: (() => Promise<void>) | undefined;

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kommunalnetz-attack-test-'));
  let databaseUrl: string | undefined;
  if (process.env.DATABASE_URL) {
    const database = await createTestDatabase();
    databaseUrl = database.url;
    dropDatabase = database.drop;
  }
  hub = await startHub(projectRoot, { dataDir, databaseUrl, internalSecret: randomBytes(32).toString('base64url'), env: {} });
});

afterAll(async () => {
  await hub?.stop();
  await dropDatabase?.();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

test('one address floods the gateway with unique large operations and CSVs: same process, caches and heap within bounds', async () => {
  const base = hub.gatewayUrl.replace(/\/graphql$/, '');
  const { limits, performance } = readConfig({});
  const phases = await runMemoryAttack(base, {
    oversized: 150,
    largest: 400,
    persisted: 150,
    csv: 90,
    concurrency: 4,
    hugeLiteralBytes: 95_000,
    maxQueryLength: limits.maxQueryLength,
  });
  expect(phases.map((p) => [p.phase, p.outcomes])).toEqual([
    ['huge literals (refused before parsing)', { '400 QUERY_TOO_LARGE': 150 }],
    // valid operations whose key the registry refuses: parsed, cached and planned by the gateway
    ['unique operations at the document limit', { '200 BAD_USER_INPUT': 400 }],
    ['persisted queries registered at the document limit', { '200 BAD_USER_INPUT': 150 }],
    ['report CSVs, a new Stichtag each', { '200': 90 }],
  ]);

  // the same gateway process, never restarted, still answering
  expect(fs.existsSync(`/proc/${hub.pids.gateway}`)).toBe(true);
  const answer = await fetch(hub.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ municipality(key: "07315000") { name } }' }),
  }).then((r) => r.json() as Promise<any>);
  expect(answer.data.municipality.name).toBe('Mainz, Stadt');

  // every cache full or filling, none beyond its bound; the heap below its limit
  const metrics = await (await fetch(`${base}/metrics`, { headers: metricsHeaders })).text();
  const size = (cache: string, measure: string) =>
    Number(
      new RegExp(`^kommunalnetz_gateway_cache_size\\{[^}]*cache="${cache}",measure="${measure}"[^}]*\\} (\\d+)`, 'm').exec(metrics)?.[1],
    );
  for (const cache of ['documents', 'queryPlans', 'persistedQueries', 'responses']) {
    expect({ cache, used: size(cache, 'used') > 0, within: size(cache, 'used') <= size(cache, 'max') }).toEqual({
      cache,
      used: true,
      within: true,
    });
  }
  // the documents alone were more than their bound: the LRU evicted
  expect(size('documents', 'used')).toBeGreaterThan(size('documents', 'max') * 0.8);
  expect(await gatewayHeapUsedBytes(base)).toBeLessThan(performance.serviceHeapMiB * 1024 * 1024);
});
