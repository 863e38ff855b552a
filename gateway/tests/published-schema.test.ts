// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// GET /schema.graphql: the public API schema as partners download it for codegen — exactly
// schema/api.graphql (what `npm run compose` writes), with a strong ETag, 304 on revalidation and
// public caching, also in production where introspection is off. A page like the others: outside
// the rate limit, as SECURITY.md says.
import fs from 'node:fs';
import http from 'node:http';
import zlib from 'node:zlib';
import { buildSchema } from 'graphql';
import { startTestHub, TestHub } from '../../testing/hub';
import { API_SCHEMA_FILE, publishedSchema, SCHEMA_CACHE_CONTROL } from '../published-schema';

let hub: TestHub;
let origin: string;
const RATE_LIMIT_MAX = 3;

beforeAll(async () => {
  hub = await startTestHub({ env: { NODE_ENV: 'production', RATE_LIMIT_MAX: String(RATE_LIMIT_MAX) } });
  origin = new URL(hub.gatewayUrl).origin;
});
afterAll(async () => {
  await hub?.close();
});

/** A GET with exactly these headers, the body as sent (fetch would ask for gzip and unpack it). */
function rawGet(
  path: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(`${origin}${path}`, { headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }));
      })
      .on('error', reject);
  });
}

test('the published schema is schema/api.graphql, byte for byte, while introspection is off', async () => {
  const introspection = await hub.query('{ __schema { queryType { name } } }');
  expect(introspection.errors![0].extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');

  const { status, headers, body } = await rawGet('/schema.graphql');
  expect(status).toBe(200);
  expect(body.toString('utf8')).toBe(fs.readFileSync(API_SCHEMA_FILE, 'utf8'));
  expect(headers['content-type']).toBe('text/plain; charset=utf-8');
  expect(headers['cache-control']).toBe(SCHEMA_CACHE_CONTROL);
  expect(headers['cache-control']).toMatch(/^public, max-age=\d+$/);
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['content-encoding']).toBeUndefined();
  // a strong validator: quoted, no W/
  expect(headers.etag).toMatch(/^"[\w-]{43}"$/);
  // what codegen does with it: a valid schema with the API's root types and no federation internals
  const schema = buildSchema(body.toString('utf8'));
  expect(schema.getQueryType()?.getFields()).toHaveProperty('municipality');
  expect(schema.getMutationType()?.getFields()).toHaveProperty('recordApplication');
  expect(body.toString('utf8')).not.toMatch(/@join__|@link|_entities|_service/);
});

test('If-None-Match with the ETag gives 304 without a body; another tag gives the schema', async () => {
  const { headers } = await rawGet('/schema.graphql');
  const etag = headers.etag!;
  for (const ifNoneMatch of [etag, `W/${etag}`, `"other", ${etag}`, '*']) {
    const revalidated = await rawGet('/schema.graphql', { 'if-none-match': ifNoneMatch });
    expect({ ifNoneMatch, status: revalidated.status, bytes: revalidated.body.length }).toEqual({ ifNoneMatch, status: 304, bytes: 0 });
    expect(revalidated.headers.etag).toBe(etag);
    expect(revalidated.headers['cache-control']).toBe(SCHEMA_CACHE_CONTROL);
  }
  const changed = await rawGet('/schema.graphql', { 'if-none-match': '"a-schema-of-yesterday"' });
  expect(changed.status).toBe(200);
  expect(changed.body.toString('utf8')).toBe(fs.readFileSync(API_SCHEMA_FILE, 'utf8'));
});

test('HEAD tells the ETag without the schema', async () => {
  const full = await rawGet('/schema.graphql', { 'accept-encoding': 'identity' });
  const head = await new Promise<http.IncomingMessage>((resolve, reject) => {
    const request = http.request(`${origin}/schema.graphql`, { method: 'HEAD', headers: { 'accept-encoding': 'identity' } }, (response) => {
      response.resume();
      response.on('end', () => resolve(response));
    });
    request.on('error', reject);
    request.end();
  });
  expect(head.statusCode).toBe(200);
  expect(head.headers.etag).toBe(full.headers.etag);
  expect(head.headers['content-type']).toBe('text/plain; charset=utf-8');
});

test('gzip when accepted, with a tag of its own; either tag revalidates', async () => {
  const plain = await rawGet('/schema.graphql', { 'accept-encoding': 'identity' });
  const packed = await rawGet('/schema.graphql', { 'accept-encoding': 'gzip, deflate, br' });
  expect(packed.headers['content-encoding']).toBe('gzip');
  expect(packed.headers.vary).toBe('accept-encoding');
  expect(packed.body.length).toBeLessThan(plain.body.length / 3);
  expect(zlib.gunzipSync(packed.body).equals(plain.body)).toBe(true);
  expect(packed.headers.etag).not.toBe(plain.headers.etag);
  expect((await rawGet('/schema.graphql', { 'accept-encoding': 'gzip', 'if-none-match': plain.headers.etag! })).status).toBe(304);
  expect((await rawGet('/schema.graphql', { 'if-none-match': packed.headers.etag! })).status).toBe(304);
  // fetch (undici) asks for gzip and unpacks it: what a partner's script receives
  const fetched = await fetch(`${origin}/schema.graphql`);
  expect(await fetched.text()).toBe(plain.body.toString('utf8'));
});

test('like the other pages it needs no credentials and is outside the rate limit; /graphql is not', async () => {
  for (let i = 0; i < RATE_LIMIT_MAX + 3; i++) {
    expect((await rawGet('/schema.graphql')).status).toBe(200);
    expect((await rawGet('/')).status).toBe(200);
  }
  // a wrong key does not matter to a page either (it is not read)
  expect((await rawGet('/schema.graphql', { 'x-api-key': 'knh_wrong' })).status).toBe(200);
  const statuses: number[] = [];
  for (let i = 0; i < RATE_LIMIT_MAX + 1; i++) statuses.push((await hub.query('{ networks { id } }')).status);
  expect(statuses.at(-1)).toBe(429);
});

test('a gateway without schema/api.graphql does not start, and says how to make it', () => {
  expect(() => publishedSchema('/nonexistent/api.graphql')).toThrow('run "npm run compose"');
});
