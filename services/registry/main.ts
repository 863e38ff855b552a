// Tracing first: it has to patch http, pg and graphql before the imports below load them.
import { startTracing } from '../../common/tracing';
const tracing = startTracing('registry');

import 'reflect-metadata';
import { requireDatabaseUrl, requireInternalSecret, runProcess, startSubgraph } from '../../common/service';
import { registryService } from './service';

void runProcess(
  'registry',
  (config, logger) =>
    startSubgraph(registryService, {
      databaseUrl: requireDatabaseUrl(config),
      host: config.host,
      port: config.registryPort,
      logger,
      internalSecret: requireInternalSecret(config),
      metricsToken: config.metricsToken,
      metricsOpen: config.metricsOpen,
      performance: config.performance,
      vendorTelemetry: config.vendorTelemetry,
    }),
  tracing?.shutdown,
);
