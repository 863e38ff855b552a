import 'reflect-metadata';
import { runProcess } from '../common/service';
import { startGateway } from './server';

void runProcess('gateway', (config, logger) =>
  startGateway({
    host: config.host,
    port: config.gatewayPort,
    subgraphUrls: { registry: config.registryUrl, 'ikone-ds': config.ikoneDsUrl },
    maxBodyBytes: config.maxBodyBytes,
    logger,
  }),
);
