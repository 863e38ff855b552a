// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// The tuned gateway's connections to its subgraphs (gateway/subgraph-fetcher.ts): kept alive and
// reused, and closed by the gateway when idle before the subgraph's server would close them, so that
// a request never goes out on a socket the server is closing.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { KEEP_ALIVE_TIMEOUT_MS } from '../../common/http';
import { COALESCE_HEADER, coalescingFetcher, createSubgraphFetcher, IDLE_SOCKET_TIMEOUT_MS } from '../subgraph-fetcher';

test('the gateway gives up an idle socket before the subgraph server would', () => {
  expect(IDLE_SOCKET_TIMEOUT_MS).toBeLessThan(KEEP_ALIVE_TIMEOUT_MS);
  expect(IDLE_SOCKET_TIMEOUT_MS).toBeGreaterThan(0);
});

test('a connection is reused while busy, and closed by the client once idle for longer than its idle timeout', async () => {
  const closedBy: string[] = [];
  let connections = 0;
  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => res.writeHead(200, { 'content-type': 'application/json' }).end('{"data":{}}'));
  });
  server.keepAliveTimeout = 5_000;
  server.on('connection', (socket) => {
    connections++;
    // 'end' arrives when the other side (the client) closed first
    socket.on('end', () => closedBy.push('client'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  const fetcher = createSubgraphFetcher({ maxSockets: 1, timeoutMs: 5_000, idleTimeoutMs: 200 });
  const post = async () => (await fetcher.fetch(url, { method: 'POST', body: '{"query":"{ __typename }"}' })).status;
  try {
    expect([await post(), await post(), await post()]).toEqual([200, 200, 200]);
    expect(connections).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(closedBy).toEqual(['client']);
    expect(await post()).toBe(200);
    expect(connections).toBe(2);
  } finally {
    fetcher.close();
    await new Promise((resolve) => server.close(resolve));
  }
});

test('identical requests in flight share one answer within a group, never across groups, and nothing is kept once answered', async () => {
  const received: { group: string | undefined; body: string }[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      received.push({ group: req.headers[COALESCE_HEADER] as string | undefined, body });
      // slow enough that the requests below are all in flight together
      setTimeout(() => res.writeHead(200, { 'content-type': 'application/json' }).end(`{"data":{"n":${received.length}}}`), 100);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  const plain = createSubgraphFetcher({ maxSockets: 10, timeoutMs: 5_000 });
  const fetch = coalescingFetcher(plain.fetch);
  const post = async (body: string, group?: string) =>
    (
      await fetch(url, {
        method: 'POST',
        body,
        headers: { 'content-type': 'application/json', ...(group && { [COALESCE_HEADER]: group }) },
      })
    ).text();
  try {
    const same = await Promise.all([post('{"q":1}', 'a'), post('{"q":1}', 'a'), post('{"q":1}', 'a'), post('{"q":1}', 'a')]);
    expect(new Set(same).size).toBe(1);
    expect(received).toHaveLength(1);
    expect(received[0].group).toBeUndefined(); // the mark never reaches the subgraph

    received.length = 0;
    await Promise.all([post('{"q":1}', 'a'), post('{"q":1}', 'b'), post('{"q":2}', 'a'), post('{"q":1}'), post('{"q":1}')]);
    expect(received).toHaveLength(5); // another group, another body, and unmarked requests: each goes out
    expect(received.map((r) => r.body).sort()).toEqual(['{"q":1}', '{"q":1}', '{"q":1}', '{"q":1}', '{"q":2}']);

    received.length = 0;
    await post('{"q":1}', 'a');
    await post('{"q":1}', 'a');
    expect(received).toHaveLength(2); // one after the other: each asks anew
  } finally {
    plain.close();
    await new Promise((resolve) => server.close(resolve));
  }
});
