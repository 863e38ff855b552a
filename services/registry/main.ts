import 'reflect-metadata';
import { requireDatabaseUrl, requireInternalSecret, runProcess, startSubgraph } from '../../common/service';
import { registryService } from './service';

void runProcess('registry', (config, logger) =>
  startSubgraph(registryService, {
    databaseUrl: requireDatabaseUrl(config),
    host: config.host,
    port: config.registryPort,
    logger,
    internalSecret: requireInternalSecret(config),
    metricsToken: config.metricsToken,
  }),
);
