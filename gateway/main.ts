// Tracing first: it has to patch http, pg and graphql before the imports below load them.
import { startTracing } from '../common/tracing';
const tracing = startTracing('gateway');

import 'reflect-metadata';
import { ApiKeyStore } from '../common/auth/api-keys';
import { requireDatabaseUrl, requireInternalSecret, runProcess } from '../common/service';
import { startGateway } from './server';

void runProcess(
  'gateway',
  async (config, logger) => {
    const internalSecret = requireInternalSecret(config);
    const databaseUrl = requireDatabaseUrl(config);
    const apiKeys = await ApiKeyStore.open(databaseUrl, logger);
    try {
      const gateway = await startGateway({
        host: config.host,
        port: config.gatewayPort,
        subgraphUrls: { registry: config.registryUrl, 'ikone-ds': config.ikoneDsUrl },
        maxBodyBytes: config.maxBodyBytes,
        bodyTimeoutMs: config.bodyTimeoutMs,
        logger,
        internalSecret,
        apiKeys,
        jwt: config.jwt,
        limits: config.limits,
        corsOrigins: config.corsOrigins,
        allowIntrospection: config.allowIntrospection,
        trustProxyHops: config.trustProxyHops,
        metricsToken: config.metricsToken,
        metricsOpen: config.metricsOpen,
        databaseUrl,
        performance: config.performance,
        vendorTelemetry: config.vendorTelemetry,
      });
      return { ...gateway, close: () => gateway.close().then(() => apiKeys.close()) };
    } catch (error) {
      await apiKeys.close();
      throw error;
    }
  },
  tracing?.shutdown,
);
