// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// Tracing first: it has to patch http, pg and graphql before the imports below load them.
import { startTracing } from '../common/tracing';
const tracing = startTracing('gateway');

import 'reflect-metadata';
import { ApiKeyStore } from '../common/auth/api-keys';
import { requireDatabaseUrl, requireInternalSecret, runProcess } from '../common/service';
import { gatewayOptionsFrom, startGateway } from './server';

void runProcess(
  'gateway',
  async (config, logger) => {
    const internalSecret = requireInternalSecret(config);
    const databaseUrl = requireDatabaseUrl(config);
    const apiKeys = await ApiKeyStore.open(databaseUrl, logger);
    try {
      const gateway = await startGateway(
        gatewayOptionsFrom(config, {
          subgraphUrls: { registry: config.registryUrl, 'ikone-ds': config.ikoneDsUrl },
          logger,
          internalSecret,
          apiKeys,
          databaseUrl,
        }),
      );
      return { ...gateway, close: () => gateway.close().then(() => apiKeys.close()) };
    } catch (error) {
      await apiKeys.close();
      throw error;
    }
  },
  tracing?.shutdown,
);
