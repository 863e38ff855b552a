// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// The launcher keeps the hub up when one service dies: it starts the service again (after a short
// pause, logged and counted in /metrics), readiness says "not ready" meanwhile, and it gives up only
// when a service keeps dying. The services are killed for real, with SIGKILL.
import { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { postGraphQL } from '../../testing/hub';
import { launchHub, LaunchedHub, LauncherSetup, prepareLauncher, servicePid, stopHub } from '../../testing/launcher';

jest.setTimeout(180_000);

const REGISTRY = 'services/registry/main.js';
const GATEWAY = 'gateway/main.js';

let env: Record<string, string>;
let launched: ChildProcess[];
let setup: LauncherSetup | undefined;

beforeAll(async () => {
  // the test run's PostgreSQL (not an embedded one of the launcher): supervision is about the services
  setup = await prepareLauncher('supervision', true);
  ({ env, launched } = setup);
});

afterAll(() => setup?.cleanUp());

async function waitFor<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const readyStatus = () =>
  fetch(`http://127.0.0.1:${env.GATEWAY_PORT}/health/ready`).then(
    (response) => response.status,
    () => 0, // nobody listening
  );

const metrics = (port: string) => fetch(`http://127.0.0.1:${port}/metrics`).then((response) => response.text());

/** SIGKILLs the service and resolves with the pid of the process that replaced it. */
async function killAndAwaitRestart(hub: LaunchedHub, script: string): Promise<number> {
  const pid = servicePid(hub, script)!;
  expect(pid).toBeDefined();
  process.kill(pid, 'SIGKILL');
  return waitFor(`a new ${script}`, () => {
    const next = servicePid(hub, script);
    return next !== undefined && next !== pid ? next : undefined;
  });
}

test('a killed subgraph or gateway is started again, logged and counted, while the hub says "not ready"; Ctrl-C during the pause stops everything', async () => {
  const gateway = `http://127.0.0.1:${env.GATEWAY_PORT}/graphql`;
  const query = `{ municipality(key: "07315000") { name networkFit { network { id } level } } }`;
  const hub = await launchHub(env, launched);
  expect((await postGraphQL(gateway, { query })).data.municipality.name).toBe('Mainz, Stadt');
  expect(await metrics(env.REGISTRY_PORT)).toContain('kommunalnetz_service_restarts{service="registry"} 0');

  const killedAt = Date.now();
  process.kill(servicePid(hub, REGISTRY)!, 'SIGKILL');
  // the gateway asks the subgraphs: without the registry it is not ready …
  expect(await waitFor('not ready', async () => ((await readyStatus()) === 503 ? true : undefined), 5_000)).toBe(true);
  // … and ready again once the launcher has started a new registry
  await waitFor('ready again', async () => ((await readyStatus()) === 200 ? true : undefined));
  const downFor = Date.now() - killedAt;
  expect(downFor).toBeGreaterThanOrEqual(500); // the first pause
  expect((await postGraphQL(gateway, { query })).data.municipality).toEqual({
    name: 'Mainz, Stadt',
    networkFit: [
      { network: { id: 'IKONE_DS' }, level: 'HIGH' },
      { network: { id: 'DIGITALE_DOERFER_RLP' }, level: 'NONE' },
    ],
  });
  expect(hub.output()).toContain('registry stopped unexpectedly; restarting it in 0.5 s (restart 1)');
  expect(await metrics(env.REGISTRY_PORT)).toContain('kommunalnetz_service_restarts{service="registry"} 1');

  // the gateway itself (what a full heap does to it: the process is gone)
  await killAndAwaitRestart(hub, GATEWAY);
  await waitFor('gateway answers', async () => ((await readyStatus()) === 200 ? true : undefined));
  expect((await postGraphQL(gateway, { query })).data.municipality.name).toBe('Mainz, Stadt');
  expect(hub.output()).toContain('gateway stopped unexpectedly; restarting it in 0.5 s (restart 1)');
  expect(await metrics(env.GATEWAY_PORT)).toContain('kommunalnetz_service_restarts{service="gateway"} 1');
  expect(hub.child.exitCode).toBeNull();

  // killed again, it waits longer; Ctrl-C in that pause stops the hub cleanly, nothing restarts
  const others = [servicePid(hub, REGISTRY)!, servicePid(hub, 'services/ikone-ds/main.js')!];
  process.kill(servicePid(hub, GATEWAY)!, 'SIGKILL');
  await waitFor(
    'the second pause',
    () => hub.output().includes('gateway stopped unexpectedly; restarting it in 1 s (restart 2)') || undefined,
  );
  expect(await stopHub(hub)).toBe(0);
  for (const pid of others) expect(fs.existsSync(`/proc/${pid}`)).toBe(false);
  await new Promise((r) => setTimeout(r, 1_500)); // past the pause: no gateway comes back
  expect(await readyStatus()).toBe(0);
});

test('a service that keeps dying stops the hub with exit code 1 and says why', async () => {
  const hub = await launchHub(env, launched);
  // four deaths are restarted (after 0.5, 1, 2 and 4 s), the fifth within two minutes is the end
  for (let restart = 1; restart <= 4; restart++) await killAndAwaitRestart(hub, REGISTRY);
  const exited = new Promise<number | null>((resolve) => hub.child.once('exit', (code) => resolve(code)));
  process.kill(servicePid(hub, REGISTRY)!, 'SIGKILL');
  expect(await exited).toBe(1);
  expect(hub.output()).toContain('registry stopped unexpectedly 5 times within 2 minutes; giving up and stopping the hub');
  expect(await readyStatus()).toBe(0);
});
