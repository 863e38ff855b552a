// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// Tracing first: it has to patch http, pg and graphql before the imports below load them.
import { startTracing } from '../../common/tracing';
const tracing = startTracing('ikone-ds');

import 'reflect-metadata';
import { requireDatabaseUrl, requireInternalSecret } from '../../common/config';
import { runProcess } from '../../common/process';
import { startSubgraph, subgraphOptionsFrom } from '../../common/service';
import { ikoneDsService } from './service';

void runProcess(
  'ikone-ds',
  (config, logger) =>
    startSubgraph(
      ikoneDsService(
        { url: config.ikoneDsFeedUrl, file: config.ikoneDsFeedFile },
        { intervalMs: config.ikoneDsFeedRefreshMs, firstRetryMs: config.ikoneDsFeedRetryMs },
      ),
      subgraphOptionsFrom(config, {
        databaseUrl: requireDatabaseUrl(config),
        port: config.ikoneDsPort,
        logger,
        internalSecret: requireInternalSecret(config),
      }),
    ),
  tracing?.shutdown,
);
