// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// Prometheus metrics of one service, served on GET /metrics. Label values are bounded: operation
// names come from clients, so only the first 100 distinct well-formed names get their own series.
import client from 'prom-client';

const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
const MAX_OPERATION_NAMES = 100;

export class ServiceMetrics {
  readonly registry = new client.Registry();
  private readonly operations = new Set<string>();
  readonly requestDuration: client.Histogram<'operation' | 'status'>;
  readonly errors: client.Counter<'code'>;

  constructor(service: string) {
    this.registry.setDefaultLabels({ service });
    client.collectDefaultMetrics({ register: this.registry, prefix: 'kommunalnetz_' });
    this.requestDuration = new client.Histogram({
      name: 'kommunalnetz_graphql_request_duration_seconds',
      help: 'GraphQL requests by operation name and HTTP status, with their duration.',
      labelNames: ['operation', 'status'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [this.registry],
    });
    this.errors = new client.Counter({
      name: 'kommunalnetz_graphql_errors_total',
      help: 'Errors in GraphQL answers, by extensions.code.',
      labelNames: ['code'],
      registers: [this.registry],
    });
    // The launcher (scripts/start.ts) counts the restarts and hands the number to the new process.
    new client.Gauge({
      name: 'kommunalnetz_service_restarts',
      help: 'How often `npm start` restarted this service after it died (0 when started once or by another supervisor).',
      registers: [this.registry],
    }).set(Number(process.env.HUB_SERVICE_RESTARTS) || 0);
  }

  /** The label for a client-chosen operation name. */
  operationLabel(name: string | undefined): string {
    if (!name) return 'anonymous';
    if (!OPERATION_NAME.test(name)) return 'invalid';
    if (this.operations.has(name)) return name;
    if (this.operations.size >= MAX_OPERATION_NAMES) return 'other';
    this.operations.add(name);
    return name;
  }

  /** A gauge whose value is read when Prometheus scrapes. */
  gauge<L extends string>(name: string, help: string, labelNames: L[], collect: (gauge: client.Gauge<L>) => void | Promise<void>): void {
    new client.Gauge<L>({
      name,
      help,
      labelNames,
      registers: [this.registry],
      async collect() {
        await collect(this);
      },
    });
  }

  histogram<L extends string>(name: string, help: string, labelNames: L[]): client.Histogram<L> {
    return new client.Histogram<L>({
      name,
      help,
      labelNames,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [this.registry],
    });
  }
}
