// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// Traces: with an OTLP endpoint the three real service processes send their spans there, one
// request through gateway, subgraphs and SQL under one trace id and without personal data; without
// an endpoint tracing stays off.
import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import { AddressInfo } from 'node:net';
import path from 'node:path';
import zlib from 'node:zlib';
import { trace } from '@opentelemetry/api';
import { ConfigError, projectRoot } from '../config';
import { startTracing, tracingEndpoint } from '../tracing';
import { createTestDatabase, postGraphQL } from '../../testing/hub';
import { freePort } from '../../testing/ports';

jest.setTimeout(180_000);

describe('without an OTLP endpoint', () => {
  test('startTracing returns null and registers nothing', () => {
    const saved = { ...process.env };
    try {
      for (const name of Object.keys(process.env)) if (name.startsWith('OTEL_')) delete process.env[name];
      expect(startTracing('registry')).toBeNull();
      process.env.OTEL_EXPORTER_OTLP_ENDPOINT = '  ';
      expect(startTracing('registry')).toBeNull();
      process.env.OTEL_EXPORTER_OTLP_ENDPOINT = 'http://127.0.0.1:4318';
      process.env.OTEL_SDK_DISABLED = 'true';
      expect(startTracing('registry')).toBeNull();
    } finally {
      for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name];
      Object.assign(process.env, saved);
    }
    // No tracer provider was registered: spans are the API's no-op ones.
    expect(trace.getTracer('test').startSpan('probe').isRecording()).toBe(false);
  });

  test('a malformed endpoint is a configuration error that names the variable', () => {
    expect(() => tracingEndpoint({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'collector:4318' })).toThrow(ConfigError);
    expect(() => tracingEndpoint({ OTEL_EXPORTER_OTLP_ENDPOINT: 'not a url' })).toThrow(/OTEL_EXPORTER_OTLP_ENDPOINT/);
    expect(tracingEndpoint({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:4318' })).toBe('http://127.0.0.1:4318');
  });
});

// --- a minimal OTLP/HTTP receiver (JSON, as @opentelemetry/exporter-trace-otlp-http sends it) ---

interface OtlpValue {
  stringValue?: string;
  intValue?: number | string;
  doubleValue?: number;
  boolValue?: boolean;
  arrayValue?: { values?: OtlpValue[] };
  kvlistValue?: { values?: OtlpKeyValue[] };
  bytesValue?: string;
}
interface OtlpKeyValue {
  key: string;
  value?: OtlpValue;
}
interface OtlpSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
  attributes?: OtlpKeyValue[];
  events?: { name: string; attributes?: OtlpKeyValue[] }[];
  status?: { code?: number; message?: string };
}
interface OtlpExport {
  resourceSpans?: { resource?: { attributes?: OtlpKeyValue[] }; scopeSpans?: { scope?: { name?: string }; spans?: OtlpSpan[] }[] }[];
}

interface ReceivedSpan {
  service: string;
  scope: string;
  traceId: string;
  spanId: string;
  parentSpanId: string | undefined;
  name: string;
  kind: number;
  attributes: Record<string, unknown>;
  /** Everything a span says apart from its ids: name, attributes, events, status. */
  text: string;
}

const SPAN_KIND_SERVER = 2;
const SPAN_KIND_CLIENT = 3;

function plain(value: OtlpValue | undefined): unknown {
  if (!value) return undefined;
  if (value.arrayValue) return (value.arrayValue.values ?? []).map(plain);
  if (value.kvlistValue) return attributesOf(value.kvlistValue.values);
  return value.stringValue ?? value.intValue ?? value.doubleValue ?? value.boolValue ?? value.bytesValue;
}

function attributesOf(list: OtlpKeyValue[] | undefined): Record<string, unknown> {
  return Object.fromEntries((list ?? []).map((kv) => [kv.key, plain(kv.value)]));
}

async function startReceiver(): Promise<{ url: string; spans: ReceivedSpan[]; paths: string[]; close(): Promise<void> }> {
  const spans: ReceivedSpan[] = [];
  const paths: string[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      paths.push(`${req.method} ${req.url} ${req.headers['content-type']}`);
      let body = Buffer.concat(chunks);
      if (req.headers['content-encoding'] === 'gzip') body = zlib.gunzipSync(body);
      const payload = JSON.parse(body.toString('utf8')) as OtlpExport;
      for (const resourceSpans of payload.resourceSpans ?? []) {
        const service = String(attributesOf(resourceSpans.resource?.attributes)['service.name']);
        for (const scopeSpans of resourceSpans.scopeSpans ?? []) {
          for (const span of scopeSpans.spans ?? []) {
            const attributes = attributesOf(span.attributes);
            const events = (span.events ?? []).map((event) => ({ name: event.name, attributes: attributesOf(event.attributes) }));
            spans.push({
              service,
              scope: scopeSpans.scope?.name ?? '',
              traceId: span.traceId,
              spanId: span.spanId,
              parentSpanId: span.parentSpanId || undefined,
              name: span.name,
              kind: span.kind,
              attributes,
              text: JSON.stringify({ name: span.name, attributes, events, status: span.status }),
            });
          }
        }
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    spans,
    paths,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

// --- the three services as real processes, built as `npm start` runs them ---

interface ServiceProcess {
  name: string;
  child: ChildProcess;
  output: () => string;
}

const processes: ServiceProcess[] = [];
let receiver: Awaited<ReturnType<typeof startReceiver>> | undefined;
let dropDatabase: (() => Promise<void>) | undefined;
let gatewayPort: number;

function startService(name: string, script: string, env: Record<string, string>): ServiceProcess {
  const child = spawn(process.execPath, [path.join(projectRoot, 'dist', script)], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const started = { name, child, output: () => output };
  processes.push(started);
  return started;
}

function allOutput(): string {
  return processes.map((p) => `--- ${p.name} (exit ${p.child.exitCode}):\n${p.output()}`).join('\n');
}

async function waitFor<T>(what: string, probe: () => Promise<T | undefined> | T | undefined, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const exited = processes.find((p) => p.child.exitCode !== null);
    if (exited) throw new Error(`${exited.name} exited while waiting for ${what}:\n${allOutput()}`);
    const result = await probe();
    if (result !== undefined) return result;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}:\n${allOutput()}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

function stopProcess(service: ServiceProcess, timeoutMs = 20_000): Promise<number | null> {
  const { child } = service;
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('exit', (code) => {
      clearTimeout(kill);
      resolve(code);
    });
    child.kill('SIGTERM');
  });
}

describe('with an OTLP endpoint', () => {
  beforeAll(async () => {
    receiver = await startReceiver();
    const database = await createTestDatabase();
    dropDatabase = database.drop;
    gatewayPort = await freePort();
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '/tmp',
      LOG_LEVEL: 'warn',
      HOST: '127.0.0.1',
      DATABASE_URL: database.url,
      HUB_INTERNAL_SECRET: randomBytes(32).toString('base64url'),
      GATEWAY_PORT: String(gatewayPort),
      REGISTRY_PORT: String(await freePort()),
      IKONE_DS_PORT: String(await freePort()),
      SHUTDOWN_GRACE_MS: '0',
      OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url,
      OTEL_BSP_SCHEDULE_DELAY: '200',
    };
    startService('registry', 'services/registry/main.js', env);
    startService('ikone-ds', 'services/ikone-ds/main.js', env);
    startService('gateway', 'gateway/main.js', env);
    await waitFor(
      'the gateway to be ready',
      async () => {
        const response = await fetch(`http://127.0.0.1:${gatewayPort}/health/ready`).catch(() => undefined);
        return response?.ok ? true : undefined;
      },
      120_000,
    );
  });

  afterAll(async () => {
    // Also after a failed assertion: no process stays behind, the database goes.
    await Promise.all(processes.map((p) => stopProcess(p, 5_000)));
    await receiver?.close();
    await dropDatabase?.();
  });

  test('one federated request is one trace across gateway, subgraphs and SQL, without personal data', async () => {
    const userAgent = `tracing-test-agent-${randomBytes(4).toString('hex')}`;
    const query = `query Traced($key: ID!) { municipality(key: $key) { name networkFit { level } } koblenz: municipality(key: "07111000") { name } }`;
    const answer = await postGraphQL(
      `http://127.0.0.1:${gatewayPort}/graphql`,
      { query, variables: { key: '07315000' } },
      { 'user-agent': userAgent },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data.municipality.name).toBe('Mainz, Stadt');
    expect(answer.data.municipality.networkFit.length).toBeGreaterThan(0);
    expect(answer.data.koblenz.name).toBe('Koblenz, Stadt');

    const spans = receiver!.spans;
    // The gateway's server span for the request: its trace id is the one to follow.
    const root = await waitFor('the gateway server span', () =>
      spans.find((s) => s.service === 'kommunalnetz-gateway' && s.kind === SPAN_KIND_SERVER && s.attributes['url.path'] === '/graphql'),
    );
    expect(root.parentSpanId).toBeUndefined();
    const inTrace = () => spans.filter((s) => s.traceId === root.traceId);
    const isPg = (s: ReceivedSpan) => s.scope === '@opentelemetry/instrumentation-pg' && s.attributes['db.query.text'] !== undefined;
    await waitFor('spans of both subgraphs, with SQL', () => {
      const trace = inTrace();
      const ready =
        trace.some((s) => s.service === 'kommunalnetz-registry' && s.kind === SPAN_KIND_SERVER) &&
        trace.some((s) => s.service === 'kommunalnetz-ikone-ds' && s.kind === SPAN_KIND_SERVER) &&
        trace.some((s) => s.service !== 'kommunalnetz-gateway' && isPg(s));
      return ready ? true : undefined;
    });
    // Give late batches a moment, then look at everything that arrived.
    await new Promise((r) => setTimeout(r, 600));
    const trace = inTrace();
    expect(new Set(trace.map((s) => s.service))).toEqual(
      new Set(['kommunalnetz-gateway', 'kommunalnetz-registry', 'kommunalnetz-ikone-ds']),
    );
    // Nothing else arrived as a separate trace for this request (one trace id for all).
    expect(
      spans.filter((s) => s.kind === SPAN_KIND_SERVER && s.attributes['url.path'] === '/graphql').every((s) => s.traceId === root.traceId),
    ).toBe(true);

    // Each subgraph's server span is the child of one of the gateway's subgraph requests (node:http
    // client spans): the traceparent header went along.
    const gatewayFetches = new Set(
      trace
        .filter((s) => s.service === 'kommunalnetz-gateway' && s.kind === SPAN_KIND_CLIENT && s.scope.includes('instrumentation-http'))
        .map((s) => s.spanId),
    );
    for (const service of ['kommunalnetz-registry', 'kommunalnetz-ikone-ds']) {
      const servers = trace.filter((s) => s.service === service && s.kind === SPAN_KIND_SERVER);
      expect(servers.length).toBeGreaterThan(0);
      for (const server of servers) expect(gatewayFetches.has(server.parentSpanId!)).toBe(true);
    }
    // GraphQL execution in the subgraphs and the gateway's own query-plan spans are there too.
    const executes = trace.filter(
      (s) => s.scope === '@opentelemetry/instrumentation-graphql' && s.attributes['graphql.operation.type'] === 'query',
    );
    expect(new Set(executes.map((s) => s.service))).toEqual(new Set(['kommunalnetz-registry', 'kommunalnetz-ikone-ds']));
    expect(trace.some((s) => s.service === 'kommunalnetz-gateway' && s.name === 'gateway.plan')).toBe(true);
    // SQL spans carry the statement with placeholders and no parameter values.
    const sql = trace.filter((s) => s.service !== 'kommunalnetz-gateway' && isPg(s));
    expect(sql.length).toBeGreaterThan(0);
    expect(sql.some((s) => String(s.attributes['db.query.text']).includes('$1'))).toBe(true);

    // No personal data or request details anywhere, in any span that arrived: not the variables'
    // values (also not as SQL parameters: AGS 07315000 is ARS 073150000000), not the literal in the
    // document, no header (user agent, gateway token, …), no client address.
    const everything = spans.map((s) => s.text).join('\n');
    for (const secret of ['07315000', '073150000000', '07111000', '071110000000', userAgent]) expect(everything).not.toContain(secret);
    const keys = new Set(spans.flatMap((s) => Object.keys(s.attributes)));
    for (const key of keys) expect(key).not.toMatch(/header|variables|db\.query\.parameter|db\.postgresql\.values|user_agent|url\.query/);
    // Server spans know nothing about the caller (a client span may name the server it reached).
    const serverKeys = new Set(spans.filter((s) => s.kind === SPAN_KIND_SERVER).flatMap((s) => Object.keys(s.attributes)));
    for (const key of serverKeys) expect(key).not.toMatch(/client\.|network\.peer/);
    // The document is there, but with its values masked.
    const sources = trace.map((s) => s.attributes['graphql.source']).filter((v): v is string => typeof v === 'string');
    expect(sources.some((source) => source.includes('municipality(key: "*")'))).toBe(true);
    // Probes are not traced.
    expect(spans.some((s) => String(s.attributes['url.path'] ?? s.attributes['url.full'] ?? '').includes('/health/'))).toBe(false);
    expect(receiver!.paths.every((p) => p.startsWith('POST /v1/traces application/json'))).toBe(true);
  });

  test('on SIGTERM the services exit cleanly and send the spans they still hold', async () => {
    const answer = await postGraphQL(`http://127.0.0.1:${gatewayPort}/graphql`, {
      query: 'query LastBeforeStop { municipality(key: "07111000") { name networkFit { level } } }',
    });
    expect(answer.errors).toBeUndefined();
    // At once, before the batch delay is over: what the processes still hold goes out on exit.
    const codes = await Promise.all(processes.map((p) => stopProcess(p)));
    expect(codes).toEqual([0, 0, 0]);
    const request = receiver!.spans.find(
      (s) => s.name === 'gateway.request' && s.attributes['graphql.operation.name'] === 'LastBeforeStop',
    );
    expect(request).toBeDefined();
    const services = new Set(receiver!.spans.filter((s) => s.traceId === request!.traceId).map((s) => s.service));
    expect(services).toEqual(new Set(['kommunalnetz-gateway', 'kommunalnetz-registry', 'kommunalnetz-ikone-ds']));
  });
});
