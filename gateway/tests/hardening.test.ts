// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// The gateway's doors against one hostile client: oversized operations, guessed credentials, forged
// proxy headers, unthrottled CSV downloads, slow bodies, borrowed request ids, open metrics.
import net from 'node:net';
import { startTestHub, TestHub } from '../../testing/hub';

let hub: TestHub;
let base: string;
const logLines: string[] = [];

beforeAll(async () => {
  hub = await startTestHub({
    logLines,
    env: {
      // one proxy in front: the address is the rightmost X-Forwarded-For entry
      TRUST_PROXY: '1',
      RATE_LIMIT_MAX: '5',
      AUTH_FAILURE_MAX: '3',
      BODY_TIMEOUT_MS: '500',
      NODE_ENV: 'production',
    },
  });
  base = hub.gatewayUrl.replace(/\/graphql$/, '');
});
afterAll(async () => {
  await hub?.close();
});

/** A request as if from `address`, behind the one trusted proxy; `written` is what the client itself put in the header. */
function from(address: string, written = 'spoofed-by-client'): Record<string, string> {
  return { 'x-forwarded-for': `${written}, ${address}`, 'content-type': 'application/json' };
}

const query = (headers: Record<string, string>, body: unknown = { query: '{ networks { id } }' }) =>
  fetch(hub.gatewayUrl, { method: 'POST', headers, body: JSON.stringify(body) });

test('an operation with a 95 KB literal is refused before parsing: QUERY_TOO_LARGE', async () => {
  const response = await query(from('198.51.100.1'), { query: `{ municipality(key: "${'x'.repeat(95_000)}") { name } }` });
  expect(response.status).toBe(400);
  const body = (await response.json()) as any;
  expect(body.errors[0].extensions.code).toBe('QUERY_TOO_LARGE');
  expect(body.errors[0].message).toContain('at most 20000');
});

test('refused credentials are counted per address: after AUTH_FAILURE_MAX, 429 with Retry-After, even for a right key', async () => {
  const { secret } = await hub.apiKeys.create({ name: 'hardening partner', role: 'PARTNER' as never, createdBy: 'test' });
  const guesser = from('198.51.100.2');
  const statuses = [];
  for (let i = 0; i < 5; i++) statuses.push((await query({ ...guesser, 'x-api-key': `knh_guess${i}` })).status);
  expect(statuses).toEqual([401, 401, 401, 429, 429]);
  const blocked = await query({ ...guesser, 'x-api-key': secret });
  expect(blocked.status).toBe(429);
  expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
  expect(((await blocked.json()) as any).errors[0].extensions.code).toBe('RATE_LIMITED');
  // another address with the right key is not affected
  expect((await query({ ...from('198.51.100.3'), 'x-api-key': secret })).status).toBe(200);
});

test('TRUST_PROXY counts hops from the right: a client-written X-Forwarded-For entry gets no fresh budget', async () => {
  const statuses = [];
  for (let i = 0; i < 6; i++) statuses.push((await query(from('198.51.100.4', `10.0.0.${i}`))).status);
  expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
  expect((await query(from('198.51.100.5'))).status).toBe(200);
});

test('report CSVs pass the same rate limit as /graphql, and a wrong key is refused there too', async () => {
  const csv = (headers: Record<string, string>) => fetch(`${base}/reports/coverage.csv?network=IKONE_DS`, { headers });
  const statuses = [];
  for (let i = 0; i < 6; i++) statuses.push((await csv(from('198.51.100.6'))).status);
  expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
  expect((await csv({ ...from('198.51.100.7'), 'x-api-key': 'knh_wrong' })).status).toBe(401);
});

test('the request id is the hub’s own; a client’s id is only logged beside it', async () => {
  const headers = { ...from('198.51.100.8'), 'x-request-id': 'portal-req-0001' };
  const ids = [];
  for (let i = 0; i < 2; i++) ids.push((await query(headers)).headers.get('x-request-id'));
  expect(ids[0]).toMatch(/^[0-9a-f-]{36}$/);
  expect(ids[1]).toMatch(/^[0-9a-f-]{36}$/);
  expect(ids[0]).not.toBe(ids[1]);
  const logged = logLines.map((line) => JSON.parse(line)).filter((line) => line.clientRequestId === 'portal-req-0001');
  expect(logged.map((line) => line.requestId).sort()).toEqual([...ids].sort());
  // an id that could forge a log line is not kept at all
  await query({ ...from('198.51.100.8'), 'x-request-id': 'x", "level": 60, "msg": "forged' });
  expect(logLines.join('\n')).not.toContain('forged');
});

test('a request body that trickles in is cut off at BODY_TIMEOUT_MS with 408', async () => {
  const port = Number(new URL(hub.gatewayUrl).port);
  const started = Date.now();
  const answer = await new Promise<string>((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => {
      socket.write('POST /graphql HTTP/1.1\r\nhost: localhost\r\ncontent-type: application/json\r\ncontent-length: 100\r\n\r\n{"query":');
    });
    let received = '';
    socket.on('data', (chunk) => (received += chunk));
    const timer = setTimeout(() => socket.destroy(), 5_000);
    socket.on('close', () => {
      clearTimeout(timer);
      resolve(received);
    });
    socket.on('error', reject);
  });
  expect(answer).toMatch(/^HTTP\/1.1 408/);
  expect(answer).toContain('REQUEST_TIMEOUT');
  expect(Date.now() - started).toBeLessThan(3_000);
});

test('in production, /metrics is off unless METRICS_TOKEN is set', async () => {
  const response = await fetch(`${base}/metrics`);
  expect(response.status).toBe(404);
  expect(await response.text()).toContain('METRICS_TOKEN');
});
