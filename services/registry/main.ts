// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// Tracing first: it has to patch http, pg and graphql before the imports below load them.
import { startTracing } from '../../common/tracing';
const tracing = startTracing('registry');

import 'reflect-metadata';
import { requireDatabaseUrl, requireInternalSecret } from '../../common/config';
import { runProcess } from '../../common/process';
import { startSubgraph, subgraphOptionsFrom } from '../../common/service';
import { registryService } from './service';

void runProcess(
  'registry',
  (config, logger) =>
    startSubgraph(
      registryService,
      subgraphOptionsFrom(config, {
        databaseUrl: requireDatabaseUrl(config),
        port: config.registryPort,
        logger,
        internalSecret: requireInternalSecret(config),
      }),
    ),
  tracing?.shutdown,
);
