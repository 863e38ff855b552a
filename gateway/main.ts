// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// Tracing first: it has to patch http, pg and graphql before the imports below load them.
import { startTracing } from '../common/tracing';
const tracing = startTracing('gateway');

import 'reflect-metadata';
import { ApiKeyChecker } from '../common/auth/api-key-check';
import { requireDatabaseUrl, requireInternalSecret } from '../common/config';
import { runProcess } from '../common/process';
import { gatewayOptionsFrom, startGateway } from './server';

void runProcess(
  'gateway',
  async (config, logger) => {
    const internalSecret = requireInternalSecret(config);
    const databaseUrl = requireDatabaseUrl(config);
    const apiKeys = ApiKeyChecker.open(databaseUrl);
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
