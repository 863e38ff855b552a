// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// The plumbing's price on this machine: the CPU of one HTTP round trip over loopback, client and
// server together, with the gateway's own client (gateway/subgraph-fetcher.ts) and bodies the size of
// a look-up's. It says how much of a request's CPU is talking rather than work: a look-up (a) makes
// three such round trips. CPU profiles cannot say it on a saturated machine: they sample wall time,
// and a write that wakes the receiving process may be descheduled inside the system call.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createSubgraphFetcher } from '../../gateway/subgraph-fetcher';

const REQUEST_BODY = JSON.stringify({
  query: 'query($key: String!) { municipality(key: $key) { ars name type } }',
  variables: { key: '073320030' },
});
const ANSWER_BODY = JSON.stringify({
  data: { municipality: { ars: '073320030000', name: 'Göllheim', type: 'ORTSGEMEINDE', note: 'x'.repeat(600) } },
});

/** CPU microseconds (user + system) per round trip, over `count` round trips on 10 keep-alive connections. */
export async function httpRoundTripCpuMicros(count: number): Promise<number> {
  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => res.writeHead(200, { 'content-type': 'application/json' }).end(ANSWER_BODY));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  const client = createSubgraphFetcher({ maxSockets: 10, timeoutMs: 10_000 });
  const roundTrips = async (n: number) => {
    let left = n;
    await Promise.all(
      Array.from({ length: 10 }, async () => {
        while (left-- > 0) {
          const response = await client.fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: REQUEST_BODY });
          if (response.status !== 200 || (await response.text()) !== ANSWER_BODY) throw new Error('the round-trip server answered wrongly');
        }
      }),
    );
  };
  try {
    await roundTrips(Math.min(count, 500)); // warm-up: JIT, connections
    const before = process.cpuUsage();
    await roundTrips(count);
    const used = process.cpuUsage(before);
    return (used.user + used.system) / count;
  } finally {
    client.close();
    server.close();
  }
}
