// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// How the tuned gateway talks to its subgraphs: node:http with a keep-alive pool of a bounded size
// per subgraph, and the answer read into one buffer. Node's fetch (undici) and Apollo's default
// (make-fetch-happen, unbounded sockets) both cost noticeably more CPU per request in the gateway —
// see BENCHMARKS.md for the measurement.
import http from 'node:http';
import https from 'node:https';
import type { Fetcher, FetcherHeaders, FetcherRequestInit, FetcherResponse } from '@apollo/utils.fetcher';
import { KEEP_ALIVE_TIMEOUT_MS } from '../common/http';

/** Idle sockets to a subgraph are closed after this, 5 s before the subgraph's server would close them. */
export const IDLE_SOCKET_TIMEOUT_MS = KEEP_ALIVE_TIMEOUT_MS - 5_000;

class ResponseHeaders implements FetcherHeaders {
  constructor(private readonly map: Map<string, string>) {}
  append(name: string, value: string): void {
    const previous = this.map.get(name.toLowerCase());
    this.map.set(name.toLowerCase(), previous === undefined ? value : `${previous}, ${value}`);
  }
  delete(name: string): void {
    this.map.delete(name.toLowerCase());
  }
  get(name: string): string | null {
    return this.map.get(name.toLowerCase()) ?? null;
  }
  has(name: string): boolean {
    return this.map.has(name.toLowerCase());
  }
  set(name: string, value: string): void {
    this.map.set(name.toLowerCase(), value);
  }
  entries(): IterableIterator<[string, string]> {
    return this.map.entries();
  }
  keys(): IterableIterator<string> {
    return this.map.keys();
  }
  values(): IterableIterator<string> {
    return this.map.values();
  }
  [Symbol.iterator](): IterableIterator<[string, string]> {
    return this.map.entries();
  }
}

class BufferedResponse implements FetcherResponse {
  bodyUsed = false;
  readonly redirected = false;
  constructor(
    readonly url: string,
    readonly status: number,
    readonly statusText: string,
    readonly headers: ResponseHeaders,
    private readonly body: Buffer,
  ) {}
  get ok(): boolean {
    return this.status >= 200 && this.status < 300;
  }
  async text(): Promise<string> {
    this.bodyUsed = true;
    return this.body.toString('utf8');
  }
  async json(): Promise<unknown> {
    return JSON.parse(await this.text());
  }
  async arrayBuffer(): Promise<ArrayBuffer> {
    this.bodyUsed = true;
    return new Uint8Array(this.body).buffer;
  }
  clone(): BufferedResponse {
    return new BufferedResponse(this.url, this.status, this.statusText, new ResponseHeaders(new Map(this.headers.entries())), this.body);
  }
}

function headersOf(response: http.IncomingMessage): ResponseHeaders {
  const map = new Map<string, string>();
  for (const [name, value] of Object.entries(response.headers)) {
    if (value !== undefined) map.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  return new ResponseHeaders(map);
}

export interface SubgraphFetcher {
  fetch: Fetcher;
  /** Closes the idle connections (at shutdown). */
  close(): void;
}

export function createSubgraphFetcher(options: { maxSockets: number; timeoutMs: number; idleTimeoutMs?: number }): SubgraphFetcher {
  // LIFO: the most recently used connection is reused, so idle ones age out instead of all staying warm.
  // An idle socket is closed here before the subgraph server would close it (Node's agent keeps one
  // forever by default): a request never goes out on a socket the server is closing.
  const agentOptions = {
    keepAlive: true,
    maxSockets: options.maxSockets,
    maxFreeSockets: options.maxSockets,
    scheduling: 'lifo' as const,
    timeout: options.idleTimeoutMs ?? IDLE_SOCKET_TIMEOUT_MS,
  };
  const agents = { http: new http.Agent(agentOptions), https: new https.Agent(agentOptions) };

  const fetch = (url: string, init: FetcherRequestInit = {}) =>
    new Promise<FetcherResponse>((resolve, reject) => {
      const target = new URL(url);
      const secure = target.protocol === 'https:';
      const headers: Record<string, string | number> = { ...init.headers };
      if (init.body !== undefined) headers['content-length'] = Buffer.byteLength(init.body);
      // Events arrive asynchronously, after `timer` below is set.
      const fail = (error: Error) => {
        clearTimeout(timer);
        reject(error);
      };
      const request = (secure ? https : http).request(
        target,
        { method: init.method ?? 'GET', headers, agent: secure ? agents.https : agents.http },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('error', fail);
          response.on('end', () => {
            clearTimeout(timer);
            resolve(
              new BufferedResponse(url, response.statusCode ?? 0, response.statusMessage ?? '', headersOf(response), Buffer.concat(chunks)),
            );
          });
        },
      );
      const timer = setTimeout(
        () => request.destroy(new Error(`${target.host} did not answer within ${options.timeoutMs} ms`)),
        options.timeoutMs,
      );
      request.on('error', fail);
      request.end(init.body);
    });

  return {
    fetch,
    close() {
      agents.http.destroy();
      agents.https.destroy();
    },
  };
}

/**
 * Marks a subgraph request that may share an identical one already in flight; its value says whose
 * request it is (see `coalescingFetcher`). Taken off before the request is sent.
 */
export const COALESCE_HEADER = 'x-kommunalnetz-coalesce';

/**
 * Identical subgraph requests in flight at the same time share one answer (request coalescing):
 * when many clients ask the same public page at once, the subgraphs and the database work once.
 * Only requests that carry COALESCE_HEADER share, and only with those of the same value: the gateway
 * sets it to the caller and the response cache's generation (gateway/server.ts), so callers with
 * different rights never share, and a request sent after a change never joins one begun before it.
 * Every caller gets its own copy of the answer to parse; a request nobody joins costs a map entry.
 */
export function coalescingFetcher(fetch: Fetcher): Fetcher {
  const inFlight = new Map<string, Promise<FetcherResponse>>();
  return async (url, init = {}) => {
    const group = init.headers?.[COALESCE_HEADER];
    if (group === undefined) return fetch(url, init);
    const key = `${group}\n${url}\n${String(init.body)}`;
    const shared = inFlight.get(key);
    // Answers are whole buffers (BufferedResponse): a copy for a joiner, even after the first caller read its own.
    if (shared) return (await shared).clone();
    const headers = { ...init.headers };
    delete headers[COALESCE_HEADER];
    const own = fetch(url, { ...init, headers });
    inFlight.set(key, own);
    try {
      return await own;
    } finally {
      inFlight.delete(key);
    }
  };
}
