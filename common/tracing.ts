// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// OpenTelemetry traces: one request from the gateway through the subgraphs down to SQL, exported
// over OTLP/HTTP (JSON) when OTEL_EXPORTER_OTLP_ENDPOINT or OTEL_EXPORTER_OTLP_TRACES_ENDPOINT is set.
// Without an endpoint nothing is loaded, patched or started. Each main.ts calls startTracing as its
// first statement: the instrumentations must patch http, pg and graphql before anything loads them.
//
// Spans carry no personal data and no credentials: no SQL parameters, no GraphQL variables or
// argument values, no headers, no bodies, no query strings, no client addresses.
import fs from 'node:fs';
import path from 'node:path';
import type { IncomingMessage } from 'node:http';
import type { Attributes } from '@opentelemetry/api';
import { ConfigError, projectRoot } from './config';

export interface Tracing {
  /** Sends the spans still buffered and stops; bounded, so that a dead collector never holds up an exit. */
  shutdown(): Promise<void>;
}

const SHUTDOWN_TIMEOUT_MS = 5_000;

/** Requests that say nothing about the hub's work (probes, scrapes) start no trace. */
const UNTRACED_PATHS = /^\/(health\/|metrics(\?|$))/;

type Env = Record<string, string | undefined>;

/** The OTLP endpoint in the standard variables, or undefined: then tracing stays off. */
export function tracingEndpoint(env: Env = process.env): string | undefined {
  if (env.OTEL_SDK_DISABLED?.trim().toLowerCase() === 'true') return undefined;
  for (const name of ['OTEL_EXPORTER_OTLP_TRACES_ENDPOINT', 'OTEL_EXPORTER_OTLP_ENDPOINT']) {
    const raw = env[name]?.trim();
    if (!raw) continue;
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      throw new ConfigError(`${name} must be a URL, got "${raw}"`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      throw new ConfigError(`${name} must use http: or https: (OTLP/HTTP), got "${url.protocol}"`);
    }
    return raw;
  }
  return undefined;
}

/**
 * Starts tracing for `kommunalnetz-<service>`; null (and nothing loaded) when no OTLP endpoint is set.
 * The SDK takes its settings from the standard OTEL_* variables in process.env.
 */
export function startTracing(service: string): Tracing | null {
  const env = process.env;
  if (!tracingEndpoint(env)) return null;

  // Loaded only now, so that a hub without tracing does not even load the SDK.
  /* eslint-disable @typescript-eslint/no-require-imports */
  const api = require('@opentelemetry/api') as typeof import('@opentelemetry/api');
  const { NodeTracerProvider, BatchSpanProcessor, ParentBasedSampler, SamplingDecision } =
    require('@opentelemetry/sdk-trace-node') as typeof import('@opentelemetry/sdk-trace-node');
  const { OTLPTraceExporter } =
    require('@opentelemetry/exporter-trace-otlp-http') as typeof import('@opentelemetry/exporter-trace-otlp-http');
  const { resourceFromAttributes, detectResources, envDetector } =
    require('@opentelemetry/resources') as typeof import('@opentelemetry/resources');
  const semconv = require('@opentelemetry/semantic-conventions') as typeof import('@opentelemetry/semantic-conventions');
  const { registerInstrumentations } = require('@opentelemetry/instrumentation') as typeof import('@opentelemetry/instrumentation');
  const { HttpInstrumentation } = require('@opentelemetry/instrumentation-http') as typeof import('@opentelemetry/instrumentation-http');
  const { UndiciInstrumentation } =
    require('@opentelemetry/instrumentation-undici') as typeof import('@opentelemetry/instrumentation-undici');
  const { PgInstrumentation } = require('@opentelemetry/instrumentation-pg') as typeof import('@opentelemetry/instrumentation-pg');
  const { GraphQLInstrumentation } =
    require('@opentelemetry/instrumentation-graphql') as typeof import('@opentelemetry/instrumentation-graphql');
  const { createLogger } = require('./logging') as typeof import('./logging');
  /* eslint-enable @typescript-eslint/no-require-imports */

  const serviceName = `kommunalnetz-${service}`;
  // The SDK's own problems (collector unreachable, export refused) as warnings in the service's log.
  const quieter = ['fatal', 'error', 'silent'].find((level) => level === env.LOG_LEVEL);
  const logger = createLogger(serviceName, quieter ?? 'warn').child({ component: 'tracing' });
  api.diag.setLogger(
    {
      error: (message, ...args) => logger.error({ details: args.map(String) }, message),
      warn: (message, ...args) => logger.warn({ details: args.map(String) }, message),
      info: () => undefined,
      debug: () => undefined,
      verbose: () => undefined,
    },
    { logLevel: api.DiagLogLevel.WARN, suppressOverrideMessage: true },
  );

  const version = (JSON.parse(fs.readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { version?: string }).version;
  // OTEL_RESOURCE_ATTRIBUTES (e.g. deployment.environment.name) is honoured; the service name is ours.
  const resource = detectResources({ detectors: [envDetector] }).merge(
    resourceFromAttributes({ [semconv.ATTR_SERVICE_NAME]: serviceName, [semconv.ATTR_SERVICE_VERSION]: version }),
  );
  // A trace begins where work comes in: a request to a server (or a call out, e.g. the feed download).
  // Internal spans without a parent are left out: at start the services parse their schemas, which
  // would otherwise send dozens of one-span traces. OTEL_TRACES_SAMPLER, when set, replaces this.
  const requestsOnly: import('@opentelemetry/sdk-trace-node').Sampler = {
    shouldSample: (_context, _traceId, _name, kind) => ({
      decision: kind === api.SpanKind.INTERNAL ? SamplingDecision.NOT_RECORD : SamplingDecision.RECORD_AND_SAMPLED,
    }),
    toString: () => 'RequestsOnly',
  };
  // The exporter reads the endpoint, headers, timeout and compression from the OTEL_EXPORTER_OTLP_*
  // variables, the batch processor OTEL_BSP_*.
  const provider = new NodeTracerProvider({
    resource,
    ...(env.OTEL_TRACES_SAMPLER ? {} : { sampler: new ParentBasedSampler({ root: requestsOnly }) }),
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter())],
  });
  // W3C trace context (traceparent) in and out: that is what ties the subgraphs' spans to the gateway's.
  provider.register();

  // Set to undefined in a start hook, an attribute that the instrumentation had set is left out.
  const withoutRequestDetails: Attributes = {
    [semconv.ATTR_USER_AGENT_ORIGINAL]: undefined,
    [semconv.ATTR_CLIENT_ADDRESS]: undefined,
    [semconv.ATTR_NETWORK_PEER_ADDRESS]: undefined,
    [semconv.ATTR_NETWORK_PEER_PORT]: undefined,
    [semconv.ATTR_URL_QUERY]: undefined,
  };
  /** A URL without user, password, query and fragment (a query string may hold a token). */
  const bareUrl = (url: URL): string => `${url.protocol}//${url.host}${url.pathname}`;

  registerInstrumentations({
    tracerProvider: provider,
    instrumentations: [
      // node:http: the servers of all three services; as a client only e.g. the JWKS download.
      new HttpInstrumentation({
        ignoreIncomingRequestHook: (req: IncomingMessage) => UNTRACED_PATHS.test(req.url ?? ''),
        // No request or response headers as attributes (API keys, tokens, cookies) …
        headersToSpanAttributes: {
          client: { requestHeaders: [], responseHeaders: [] },
          server: { requestHeaders: [], responseHeaders: [] },
        },
        // … nor the user agent, the client's address (personal data) or the query string (a GET
        // request carries its GraphQL variables there).
        startIncomingSpanHook: () => withoutRequestDetails,
        startOutgoingSpanHook: (options) => {
          let full: string | undefined; // left out when it cannot be rebuilt
          try {
            const origin = `${options.protocol ?? 'http:'}//${options.hostname ?? options.host ?? 'localhost'}${options.port ? `:${options.port}` : ''}`;
            full = bareUrl(new URL(options.path ?? '/', origin));
          } catch {
            full = undefined;
          }
          return { ...withoutRequestDetails, [semconv.ATTR_URL_FULL]: full };
        },
      }),
      // Node's fetch (undici): the IKONE-DS feed, and the stock gateway's requests to the subgraphs (the
      // tuned gateway's go through node:http above); both carry the traceparent header.
      new UndiciInstrumentation({
        ignoreRequestHook: (request) => UNTRACED_PATHS.test(request.path),
        headersToSpanAttributes: { requestHeaders: [], responseHeaders: [] },
        startSpanHook: (request) => ({ ...withoutRequestDetails, [semconv.ATTR_URL_FULL]: bareUrl(new URL(request.path, request.origin)) }),
      }),
      // The statement text only (TypeORM sends parameters separately, as $1, $2, …), never the values.
      new PgInstrumentation({
        enhancedDatabaseReporting: false,
        addSqlCommenterCommentToQueries: false,
        enableTraceContextPropagation: false,
        // Only SQL within a traced request; probes and background jobs start no traces of their own.
        requireParentSpan: true,
      }),
      // parse, validate, execute and the resolvers; literal values in the document become "*" and
      // variables are left out (allowValues: false).
      new GraphQLInstrumentation({
        allowValues: false,
        ignoreTrivialResolveSpans: true,
        mergeItems: true,
      }),
    ],
  });

  let stopping: Promise<void> | undefined;
  return {
    shutdown() {
      stopping ??= Promise.race([
        provider.shutdown(),
        new Promise<void>((resolve) => setTimeout(resolve, SHUTDOWN_TIMEOUT_MS).unref()),
      ]).catch((error: unknown) => logger.warn({ err: { message: String(error) } }, 'tracing did not shut down cleanly'));
      return stopping;
    },
  };
}
