// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// The client package's fetch wrapper on its own: which headers it sends, how it reads errors, when
// it retries (HTTP 429 only, as long as Retry-After says, bounded), how it pages and splits keys.
// A fake fetch plays the hub here; client/tests/partner-examples.test.ts runs the package against
// a real one, and the last test below meets the real gateway's rate limit.
import { ErrorCode, CLIENT_ERROR_CODES } from '../../common/errors';
import { startTestHub, TestHub } from '../../testing/hub';
import {
  createHubClient,
  HUB_ERROR_CODES,
  HubError,
  type HubFetch,
  MunicipalityByKeysDocument,
  MunicipalityFitDocument,
  NetworkMembersDocument,
  SearchMunicipalitiesDocument,
} from '../src/index';
import { MunicipalityFitDocument as MunicipalityFitString } from '../generated/strings';
import { retryWaitMs, withJitter } from '../src/client';

interface Sent {
  url: string;
  headers: Record<string, string>;
  body: { query: string; variables: Record<string, unknown> };
}

/** A fake hub: answers each request with the next of `answers` (status, body, headers). */
function fakeHub(...answers: [number, unknown, Record<string, string>?][]): { fetch: HubFetch; sent: Sent[] } {
  const sent: Sent[] = [];
  const fetch: HubFetch = async (url, init) => {
    sent.push({ url, headers: init.headers, body: JSON.parse(init.body) });
    const [status, body, headers = {}] = answers.shift() ?? [500, 'no more answers'];
    const lower = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
    return {
      status,
      ok: status >= 200 && status < 300,
      headers: { get: (name: string) => lower[name.toLowerCase()] ?? null },
      text: async () => (typeof body === 'string' ? body : JSON.stringify(body)),
    };
  };
  return { fetch, sent };
}

const URL = 'http://hub.test/graphql';
const mainz = { municipality: { id: '073150000000', name: 'Mainz, Stadt' } };

test('the error codes are the hub’s own, generated from common/errors.ts', () => {
  expect(new Set(HUB_ERROR_CODES)).toEqual(new Set([...Object.values(ErrorCode), ...CLIENT_ERROR_CODES]));
});

test('without a key no x-api-key header is sent; with one it is; an empty key is no key', async () => {
  for (const [apiKey, expected] of [
    [undefined, undefined],
    ['', undefined],
    ['knh_abc_secret', 'knh_abc_secret'],
  ] as const) {
    const hub = fakeHub([200, { data: mainz }]);
    const { municipality } = await createHubClient({ url: URL, apiKey, fetch: hub.fetch }).request(MunicipalityFitDocument, {
      key: '07315000',
    });
    expect(municipality?.name).toBe('Mainz, Stadt');
    expect(hub.sent[0].headers['x-api-key']).toBe(expected);
    expect(hub.sent[0].headers['content-type']).toBe('application/json');
    expect(hub.sent[0].body.variables).toEqual({ key: '07315000' });
    expect(hub.sent[0].body.query).toMatch(/^query MunicipalityFit\(\$key: ID!\)/);
  }
});

test('typed strings (/strings) are sent as they are; operations without required variables need none', async () => {
  const hub = fakeHub([200, { data: mainz }], [200, { data: { networks: [] } }]);
  const client = createHubClient({ url: URL, fetch: hub.fetch });
  await client.request(MunicipalityFitString, { key: '07315000' });
  expect(hub.sent[0].body.query).toBe(MunicipalityFitString.toString());
  await client.request(NetworkMembersDocument);
  expect(hub.sent[1].body.variables).toEqual({});
});

test('GraphQL errors become a HubError with the code, all errors and the partial data', async () => {
  const error = { message: 'A municipality key is …', path: ['municipality'], extensions: { code: 'BAD_USER_INPUT', argument: 'key' } };
  const hub = fakeHub([200, { errors: [error], data: { municipality: null } }, { 'x-request-id': 'r1' }]);
  const failure = await createHubClient({ url: URL, fetch: hub.fetch })
    .request(MunicipalityFitDocument, { key: 'Mainz' })
    .catch((e: unknown) => e);
  expect(failure).toBeInstanceOf(HubError);
  expect(failure).toBeInstanceOf(Error);
  const e = failure as HubError;
  expect([e.name, e.code, e.status, e.message, e.extensions?.argument, e.requestId]).toEqual([
    'HubError',
    'BAD_USER_INPUT',
    200,
    'A municipality key is …',
    'key',
    'r1',
  ]);
  expect(e.errors).toEqual([error]);
  expect(e.data).toEqual({ municipality: null });
});

test('an unknown code is UNKNOWN (the hub’s code kept); an answer that is no GraphQL is HTTP_ERROR', async () => {
  const hub = fakeHub(
    [200, { errors: [{ message: 'new', extensions: { code: 'SOMETHING_NEW' } }] }],
    [502, '<html>Bad Gateway</html>'],
    [500, { errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'abc' } }] }],
  );
  const client = createHubClient({ url: URL, fetch: hub.fetch });
  const codes: unknown[] = [];
  for (let i = 0; i < 3; i++) {
    await client.request(MunicipalityFitDocument, { key: '07315000' }).catch((e: HubError) => codes.push([e.code, e.status, e.requestId]));
  }
  expect(codes).toEqual([
    ['UNKNOWN', 200, undefined],
    ['HTTP_ERROR', 502, undefined],
    ['INTERNAL_SERVER_ERROR', 500, 'abc'],
  ]);
  expect(hub.sent).toHaveLength(3); // no retries on these
});

test('HTTP 429 is retried after Retry-After, with jitter, never earlier', async () => {
  const limited = { errors: [{ message: 'Too many requests; try again in 1 s.', extensions: { code: 'RATE_LIMITED' } }] };
  const hub = fakeHub([429, limited, { 'Retry-After': '1' }], [429, limited, { 'Retry-After': '0' }], [200, { data: mainz }]);
  const started = Date.now();
  const { municipality } = await createHubClient({ url: URL, fetch: hub.fetch }).request(MunicipalityFitDocument, { key: '07315000' });
  const elapsed = Date.now() - started;
  expect(municipality?.name).toBe('Mainz, Stadt');
  expect(hub.sent).toHaveLength(3);
  expect(elapsed).toBeGreaterThanOrEqual(1000);
  expect(elapsed).toBeLessThan(1000 + 250 + 250 + 500);
});

test('retries are bounded: after maxRetries, or when Retry-After is beyond maxRetryDelayMs, RATE_LIMITED', async () => {
  const limited = { errors: [{ message: 'Too many requests', extensions: { code: 'RATE_LIMITED' } }] };
  const hub = fakeHub(
    [429, limited, { 'retry-after': '0' }],
    [429, limited, { 'retry-after': '0' }],
    [429, limited, { 'retry-after': '7' }],
  );
  const failure = (await createHubClient({ url: URL, fetch: hub.fetch, maxRetries: 1 })
    .request(MunicipalityFitDocument, { key: '07315000' })
    .catch((e) => e)) as HubError;
  expect([failure.code, failure.status, failure.retryAfterSeconds, hub.sent.length]).toEqual(['RATE_LIMITED', 429, 0, 2]);

  const slow = fakeHub([429, limited, { 'retry-after': '120' }]);
  const started = Date.now();
  const refused = (await createHubClient({ url: URL, fetch: slow.fetch })
    .request(MunicipalityFitDocument, { key: '07315000' })
    .catch((e) => e)) as HubError;
  expect([refused.code, refused.retryAfterSeconds, slow.sent.length]).toEqual(['RATE_LIMITED', 120, 1]);
  expect(Date.now() - started).toBeLessThan(500);

  // a 429 without a GraphQL body (a proxy's) is RATE_LIMITED too
  const proxy = fakeHub([429, 'slow down', { 'retry-after': '3' }]);
  const byProxy = (await createHubClient({ url: URL, fetch: proxy.fetch, maxRetries: 0 })
    .request(MunicipalityFitDocument, { key: '07315000' })
    .catch((e) => e)) as HubError;
  expect([byProxy.code, byProxy.retryAfterSeconds]).toEqual(['RATE_LIMITED', 3]);
});

test('Retry-After as seconds or as an HTTP date; without one, 1 s doubling; jitter adds at most a quarter (≥ 250 ms)', () => {
  const now = Date.parse('2026-12-02T12:00:00Z');
  expect(retryWaitMs('3', 0, now)).toBe(3000);
  expect(retryWaitMs('Wed, 02 Dec 2026 12:00:05 GMT', 0, now)).toBe(5000);
  expect(retryWaitMs('Wed, 02 Dec 2026 11:00:00 GMT', 0, now)).toBe(0);
  expect([0, 1, 2].map((attempt) => retryWaitMs(null, attempt, now))).toEqual([1000, 2000, 4000]);
  for (let i = 0; i < 100; i++) {
    const jittered = withJitter(4000);
    expect(jittered).toBeGreaterThanOrEqual(4000);
    expect(jittered).toBeLessThanOrEqual(5000);
    expect(withJitter(0)).toBeLessThanOrEqual(250);
  }
});

test('an abort signal ends the wait before a retry', async () => {
  const limited = { errors: [{ message: 'Too many requests', extensions: { code: 'RATE_LIMITED' } }] };
  const hub = fakeHub([429, limited, { 'retry-after': '30' }]);
  const controller = new AbortController();
  setTimeout(() => controller.abort(new Error('stop')), 50);
  await expect(
    createHubClient({ url: URL, fetch: hub.fetch }).request(MunicipalityFitDocument, { key: '07315000' }, { signal: controller.signal }),
  ).rejects.toThrow('stop');
});

test('paginate follows pageInfo.endCursor until hasNextPage is false and yields the nodes', async () => {
  const page = (names: string[], endCursor: string | null, hasNextPage: boolean) => ({
    data: {
      municipalities: {
        totalCount: 5,
        pageInfo: { hasNextPage, endCursor },
        edges: names.map((name) => ({ node: { id: name, ars: name, name, type: 'ORTSGEMEINDE', population: 1, district: null } })),
      },
    },
  });
  const hub = fakeHub([200, page(['a', 'b'], 'c1', true)], [200, page(['c', 'd'], 'c2', true)], [200, page(['e'], 'c3', false)]);
  const names: string[] = [];
  for await (const town of createHubClient({ url: URL, fetch: hub.fetch }).paginate(
    SearchMunicipalitiesDocument,
    { name: 'x', first: 2 },
    (data) => data.municipalities,
  )) {
    names.push(town.name);
  }
  expect(names).toEqual(['a', 'b', 'c', 'd', 'e']);
  expect(hub.sent.map((s) => s.body.variables)).toEqual([
    { name: 'x', first: 2, after: null },
    { name: 'x', first: 2, after: 'c1' },
    { name: 'x', first: 2, after: 'c2' },
  ]);

  // a connection that promises a next page without a new cursor would loop: refused
  const stuck = fakeHub([200, page(['a'], 'c1', true)], [200, page(['a'], 'c1', true)]);
  const towns = createHubClient({ url: URL, fetch: stuck.fetch }).paginate(
    SearchMunicipalitiesDocument,
    { name: 'x' },
    (data) => data.municipalities,
  );
  await expect(
    (async () => {
      for await (const town of towns) void town;
    })(),
  ).rejects.toThrow(/no new endCursor/);
});

test('municipalitiesByKeys sends 100 keys per request, in order, and names a malformed key by its position in the whole list', async () => {
  const keys = Array.from({ length: 250 }, (_, i) => String(i).padStart(8, '0'));
  const answers = [keys.slice(0, 100), keys.slice(100, 200), keys.slice(200)].map(
    (chunk) =>
      [200, { data: { municipalitiesByKeys: chunk.map((k) => (k.endsWith('7') ? null : { id: k, ars: k })) } }] as [number, unknown],
  );
  const hub = fakeHub(...answers);
  const client = createHubClient({ url: URL, fetch: hub.fetch });
  const units = await client.municipalitiesByKeys(keys);
  expect(units.map((u) => u?.ars ?? null)).toEqual(keys.map((k) => (k.endsWith('7') ? null : k)));
  expect(hub.sent.map((s) => (s.body.variables.keys as string[]).length)).toEqual([100, 100, 50]);
  expect(await client.municipalitiesByKeys([])).toEqual([]);

  const bad = { errors: [{ message: 'A municipality key is …', extensions: { code: 'BAD_USER_INPUT', argument: 'keys[2]' } }], data: null };
  const refusing = fakeHub([200, { data: { municipalitiesByKeys: [] } }], [200, bad]);
  const failure = (await createHubClient({ url: URL, fetch: refusing.fetch })
    .municipalitiesByKeys(keys, MunicipalityByKeysDocument)
    .catch((e) => e)) as HubError;
  expect([failure.code, failure.extensions?.argument]).toEqual(['BAD_USER_INPUT', 'keys[102]']);
});

describe('against the real gateway’s rate limit', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub({ env: { RATE_LIMIT_MAX: '2', RATE_LIMIT_WINDOW_MS: '1000' } });
  });
  afterAll(async () => {
    await hub?.close();
  });

  test('six requests at once with a limit of two a second all get their answer, after waiting as told', async () => {
    const client = createHubClient({ url: hub.gatewayUrl, maxRetries: 5 });
    const waits: number[] = [];
    const counting = createHubClient({
      url: hub.gatewayUrl,
      maxRetries: 5,
      fetch: async (url, init) => {
        const response = await fetch(url, init);
        if (response.status === 429) waits.push(Number(response.headers.get('retry-after')));
        return response;
      },
    });
    const answers = await Promise.all([
      ...Array.from({ length: 3 }, () => client.request(MunicipalityFitDocument, { key: '07315000' })),
      ...Array.from({ length: 3 }, () => counting.request(MunicipalityFitDocument, { key: '07315000' })),
    ]);
    expect(answers.map((a) => a.municipality?.name)).toEqual(Array(6).fill('Mainz, Stadt'));
    expect(waits.length).toBeGreaterThan(0);
    expect(waits.every((s) => s >= 1)).toBe(true);

    const impatient = await createHubClient({ url: hub.gatewayUrl, maxRetries: 0 })
      .municipalitiesByKeys(Array(500).fill('07315000'))
      .catch((e) => e);
    expect(impatient).toBeInstanceOf(HubError);
    expect([impatient.code, impatient.status]).toEqual(['RATE_LIMITED', 429]);
    expect(impatient.retryAfterSeconds).toBeGreaterThanOrEqual(1);
  });
});
