// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// The hub talks only to what its operator configured. The whole hub (launcher, both subgraphs,
// gateway, pages, CSV downloads) runs with the outbound-connection guard preloaded into every
// Node.js process, through start, a set of requests and shutdown: any attempt to reach an address
// beyond loopback — vendor telemetry, cloud metadata detection, update checks — fails the test.
import { ChildProcess, execFile } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { postGraphQL } from '../../testing/hub';
import { launchHub, LauncherSetup, prepareLauncher, stopHub } from '../../testing/launcher';
import { describeAttempts, OUTBOUND_GUARD, readOutboundLog, withOutboundGuard } from '../../testing/outbound';

jest.setTimeout(180_000);

const execFileAsync = promisify(execFile);

let env: Record<string, string>;
let launched: ChildProcess[];
let setup: LauncherSetup | undefined;
let workDir: string;

beforeAll(async () => {
  workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kommunalnetz-outbound-test-'));
  setup = await prepareLauncher('outbound');
  launched = setup.launched;
  env = { ...setup.env, NODE_OPTIONS: withOutboundGuard(undefined) };
});

afterAll(async () => {
  await setup?.cleanUp();
  fs.rmSync(workDir, { recursive: true, force: true });
});

/** A log file of its own per case, so that the run's own guard log stays clean. */
function guardLog(name: string): string {
  return path.join(workDir, `${name}.jsonl`);
}

test('the guard refuses and records connections and look-ups beyond loopback, and lets loopback through', async () => {
  const log = guardLog('self-check');
  const server = net.createServer((socket) => socket.end('ok')).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as net.AddressInfo;
  // 192.0.2.1 is TEST-NET-1 (documentation only); the guard refuses before any packet is sent.
  const script = `
    const net = require('node:net');
    const dns = require('node:dns');
    const results = {};
    const done = () => Object.keys(results).length === 3 && console.log(JSON.stringify(results));
    net.connect(80, '192.0.2.1').on('error', (e) => { results.tcp = e.code; done(); });
    dns.lookup('metadata.google.internal', (e) => { results.dns = e && e.code; done(); });
    net.connect(${port}, '127.0.0.1').on('data', (d) => { results.loopback = String(d); done(); });`;
  const { stdout } = await execFileAsync(process.execPath, ['--require', OUTBOUND_GUARD, '-e', script], {
    env: { PATH: process.env.PATH ?? '', OUTBOUND_GUARD_LOG: log },
  });
  server.close();
  expect(JSON.parse(stdout)).toEqual({ tcp: 'ECONNREFUSED', dns: 'ENOTFOUND', loopback: 'ok' });
  expect(readOutboundLog(log).attempts.map((a) => [a.kind, a.target])).toEqual([
    ['tcp', '192.0.2.1:80'],
    ['dns', 'metadata.google.internal'],
  ]);
});

test('the whole hub connects to nothing beyond loopback: start, API, pages, CSV, metrics, shutdown', async () => {
  const log = guardLog('hub');
  const hub = await launchHub({ ...env, OUTBOUND_GUARD_LOG: log }, launched);
  const base = `http://127.0.0.1:${env.GATEWAY_PORT}`;
  const answer = await postGraphQL(`${base}/graphql`, {
    query: `{
      municipality(key: "073335002000") { name networkFit { network { id name } level } digitaleDoerfer { status } ikoneDs { role } }
      networks { id }
      ikoneDsFeed { snapshot { loadedAt } }
      membershipReport(network: DIGITALE_DOERFER_RLP, groupBy: DISTRICT) { rows { label } }
    }`,
  });
  expect(answer.errors).toBeUndefined();
  expect(answer.data.municipality.name).toBe('Eisenberg (Pfalz)');
  for (const page of [
    '/',
    '/playground',
    '/dashboard',
    '/reports/coverage.csv?network=IKONE_DS',
    '/reports/membership.csv?network=DIGITALE_DOERFER_RLP&groupBy=MUNICIPALITY_TYPE',
    '/health/ready',
    '/metrics',
  ]) {
    const response = await fetch(base + page);
    expect([page, response.status]).toEqual([page, 200]);
    await response.arrayBuffer();
  }
  expect(await stopHub(hub, 'SIGTERM')).toBe(0);

  const { loaded, attempts } = readOutboundLog(log);
  // the guard was in every process: the launcher and the three services
  expect(loaded.map((entry) => path.relative(path.join(__dirname, '../../dist'), entry.script ?? '')).sort()).toEqual([
    'gateway/main.js',
    'scripts/start.js',
    'services/ikone-ds/main.js',
    'services/registry/main.js',
  ]);
  if (attempts.length > 0) throw new Error(describeAttempts(attempts));
});

test('an operator who switches vendor telemetry on (VENDOR_TELEMETRY=true) lets Apollo try to reach out', async () => {
  const log = guardLog('telemetry-on');
  const hub = await launchHub({ ...env, OUTBOUND_GUARD_LOG: log, VENDOR_TELEMETRY: 'true' }, launched);
  // Apollo Gateway's cloud detectors start at construction and finish within moments.
  const deadline = Date.now() + 15_000;
  while (readOutboundLog(log).attempts.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  expect(await stopHub(hub, 'SIGTERM')).toBe(0);
  const targets = readOutboundLog(log).attempts.map((a) => `${a.script?.endsWith('gateway/main.js') ? 'gateway' : a.script} ${a.target}`);
  expect(targets).toContain('gateway 169.254.169.254:80');
});
