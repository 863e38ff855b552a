// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// `npm start` as a new user runs it: the launcher brings up database, subgraphs and gateway as
// separate processes, answers through the gateway, stops cleanly on Ctrl-C and keeps its data.
import { ChildProcess, execFileSync } from 'node:child_process';
import { postGraphQL } from '../../testing/hub';
import { launchHub, LAUNCHER_SCRIPT, LauncherSetup, prepareLauncher, stopHub } from '../../testing/launcher';

jest.setTimeout(180_000);

let env: Record<string, string>;
let launched: ChildProcess[];
let setup: LauncherSetup | undefined;

beforeAll(async () => {
  setup = await prepareLauncher('launcher');
  ({ env, launched } = setup);
});

// a failed assertion must not leave a hub running
afterAll(() => setup?.cleanUp());

test('starts, answers a federated query through the gateway, stops on Ctrl-C, and starts again on its data', async () => {
  const gateway = `http://127.0.0.1:${env.GATEWAY_PORT}/graphql`;
  const query = `{ municipality(key: "07315000") { name population networkFit { network { id } level } } ikoneDsFeed { snapshot { loadedAt } } }`;

  const first = await launchHub(env, launched);
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
  expect(await stopHub(first)).toBe(0);
  await expect(fetch(gateway)).rejects.toThrow();

  const second = await launchHub(env, launched);
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
  const exited = stopHub(second, 'SIGTERM');
  const answers = await Promise.all(inFlight);
  expect(answers.map((a) => [a.status, a.errors?.[0]?.message ?? null, a.data?.municipalities.edges.length])).toEqual(
    Array(10).fill([200, null, 50]),
  );
  expect(await exited).toBe(0);
});

test('a wrong setting stops the launcher with a message that names it', () => {
  let message = '';
  try {
    execFileSync(process.execPath, [LAUNCHER_SCRIPT], {
      env: { ...env, GATEWAY_PORT: 'eighty' },
      stdio: 'pipe',
    });
  } catch (error) {
    message = String((error as { stderr: Buffer }).stderr);
    expect((error as { status: number }).status).toBe(2);
  }
  expect(message).toContain('GATEWAY_PORT');
});
