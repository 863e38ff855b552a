// `npm start` as a new user runs it: the launcher brings up database, subgraphs and gateway as
// separate processes, answers through the gateway, stops cleanly on Ctrl-C and keeps its data.
import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from '../../common/config';
import { createTestDatabase, postGraphQL } from '../../testing/hub';
import { freePort } from '../../testing/ports';

jest.setTimeout(180_000);

interface Launched {
  child: ChildProcess;
  output: () => string;
}

const launched: ChildProcess[] = [];

async function launch(env: Record<string, string>): Promise<Launched> {
  const child = spawn(process.execPath, [path.join(projectRoot, 'dist/scripts/start.js')], {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  launched.push(child);
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const deadline = Date.now() + 120_000;
  while (!output.includes('KommunalNetz Hub is running')) {
    if (child.exitCode !== null) throw new Error(`launcher exited with ${child.exitCode}:\n${output}`);
    if (Date.now() > deadline) throw new Error(`launcher not ready:\n${output}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return { child, output: () => output };
}

function stop({ child }: Launched, signal: NodeJS.Signals = 'SIGINT'): Promise<number | null> {
  return new Promise((resolve) => {
    child.once('exit', (code) => resolve(code));
    child.kill(signal);
  });
}

let env: Record<string, string>;
let dataDir: string;
let dropDatabase: (() => Promise<void>) | undefined;

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kommunalnetz-launcher-'));
  env = {
    HUB_DATA_DIR: dataDir,
    GATEWAY_PORT: String(await freePort()),
    REGISTRY_PORT: String(await freePort()),
    IKONE_DS_PORT: String(await freePort()),
    EMBEDDED_PG_PORT: String(await freePort()),
  };
  // With a PostgreSQL server configured (CI), the launcher uses it, on a database of its own.
  if (process.env.DATABASE_URL) {
    const database = await createTestDatabase();
    env.DATABASE_URL = database.url;
    dropDatabase = database.drop;
  }
});

afterAll(async () => {
  // a failed assertion must not leave a hub running
  for (const child of launched) if (child.exitCode === null) child.kill('SIGKILL');
  await dropDatabase?.();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

test('starts, answers a federated query through the gateway, stops on Ctrl-C, and starts again on its data', async () => {
  const gateway = `http://127.0.0.1:${env.GATEWAY_PORT}/graphql`;
  const query = `{ municipality(key: "07315000") { name population networkFit { network { id } level } } ikoneDsFeed { snapshot { loadedAt } } }`;

  const first = await launch(env);
  expect(first.output()).toContain(`http://localhost:${env.GATEWAY_PORT}/graphql`);
  const answer = await postGraphQL(gateway, { query });
  expect(answer.data.municipality).toEqual({
    name: 'Mainz, Stadt',
    population: 224684,
    networkFit: [
      { network: { id: 'IKONE_DS' }, level: 'HIGH' },
      { network: { id: 'DIGITALE_DOERFER_RLP' }, level: 'NONE' },
    ],
  });
  const page = await fetch(`http://127.0.0.1:${env.GATEWAY_PORT}/`);
  expect(await page.text()).toContain('KommunalNetz Hub');
  expect(await stop(first)).toBe(0);
  await expect(fetch(gateway)).rejects.toThrow();

  const second = await launch(env);
  const again = await postGraphQL(gateway, { query });
  expect(again.data.municipality.name).toBe('Mainz, Stadt');
  // the feed stored on the first start is the one served: nothing was imported twice
  expect(again.data.ikoneDsFeed.snapshot.loadedAt).toBe(answer.data.ikoneDsFeed.snapshot.loadedAt);

  // metrics of each service, in Prometheus' format
  const metrics = await (await fetch(`http://127.0.0.1:${env.GATEWAY_PORT}/metrics`)).text();
  expect(metrics).toContain('kommunalnetz_graphql_request_duration_seconds_count{service="gateway",operation="anonymous",status="200"}');
  expect(metrics).toContain('kommunalnetz_subgraph_fetch_duration_seconds_count{service="gateway",subgraph="registry",outcome="200"}');
  const adapterMetrics = await (await fetch(`http://127.0.0.1:${env.IKONE_DS_PORT}/metrics`)).text();
  expect(adapterMetrics).toMatch(/kommunalnetz_ikone_ds_feed_age_seconds\{service="ikone-ds"\} \d/);
  expect(adapterMetrics).toMatch(/kommunalnetz_db_pool_connections\{[^}]*state="total"[^}]*\} \d/);

  // SIGTERM under load: every request already in flight gets its full answer
  // a moderate load: the point is that accepted requests finish, not how much the machine takes
  const pageQuery = `{ municipalities(first: 50) { edges { node { name networkFit { level } } } } }`;
  const inFlight = Array.from({ length: 10 }, () => postGraphQL(gateway, { query: pageQuery }));
  // long enough for all 20 to be connected and received, short enough that most are still running
  await new Promise((r) => setTimeout(r, 300));
  const exited = stop(second, 'SIGTERM');
  const answers = await Promise.all(inFlight);
  expect(answers.map((a) => [a.status, a.errors?.[0]?.message ?? null, a.data?.municipalities.edges.length])).toEqual(
    Array(10).fill([200, null, 50]),
  );
  expect(await exited).toBe(0);
});

test('a wrong setting stops the launcher with a message that names it', () => {
  let message = '';
  try {
    execFileSync(process.execPath, [path.join(projectRoot, 'dist/scripts/start.js')], {
      env: { ...env, GATEWAY_PORT: 'eighty' },
      stdio: 'pipe',
    });
  } catch (error) {
    message = String((error as { stderr: Buffer }).stderr);
    expect((error as { status: number }).status).toBe(2);
  }
  expect(message).toContain('GATEWAY_PORT');
});
