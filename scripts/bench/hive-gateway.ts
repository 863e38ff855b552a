// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// The bench's peer: Hive Gateway (The Guild's federation gateway, MIT, @graphql-hive/gateway-runtime)
// in its default configuration, in front of the hub's own running subgraphs and serving the
// checked-in supergraph, in a process of its own so that its CPU and memory are read like the
// gateway's. The only addition is what the subgraphs demand of every caller: a gateway token signed
// for the subgraph (common/auth/internal-token.ts) on each fetch. No response cache, no usage
// reporting, no landing page.
//
// Started by scripts/bench.ts: node hive-gateway.js <port> <registry URL> <ikone-ds URL>, with
// HUB_INTERNAL_SECRET in the environment; it prints one line, {"url": …}, once it listens.
import fs from 'node:fs';
import http from 'node:http';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';
import { GATEWAY_TOKEN_HEADER, gatewaySigningKey, signGatewayToken } from '../../common/auth/internal-token';
import { ANONYMOUS } from '../../common/auth/roles';
import { REQUEST_ID_HEADER } from '../../common/context';

async function main(): Promise<void> {
  const [port, registryUrl, ikoneDsUrl] = process.argv.slice(2);
  const secret = gatewaySigningKey(process.env.HUB_INTERNAL_SECRET ?? '');
  const subgraphByUrl = new Map([
    [registryUrl, 'registry'],
    [ikoneDsUrl, 'ikone-ds'],
  ]);
  const gateway = createGatewayRuntime({
    supergraph: fs.readFileSync(path.join(__dirname, '../../../schema/supergraph.graphql'), 'utf8'),
    transportEntries: { registry: { location: registryUrl }, 'ikone-ds': { location: ikoneDsUrl } },
    logging: false,
    landingPage: false,
    graphiql: false,
    plugins: () => [
      {
        async onFetch({ url, options, setOptions }) {
          const subgraph = subgraphByUrl.get(url);
          if (!subgraph) throw new Error(`a fetch to ${url}, which is none of the subgraphs`);
          const requestId = randomUUID();
          const token = await signGatewayToken(secret, subgraph, ANONYMOUS, requestId);
          setOptions({ ...options, headers: { ...options.headers, [REQUEST_ID_HEADER]: requestId, [GATEWAY_TOKEN_HEADER]: token } });
        },
      },
    ],
  });
  const server = http.createServer(gateway);
  server.listen(Number(port), '127.0.0.1', () => console.log(JSON.stringify({ url: `http://127.0.0.1:${port}/graphql` })));
  process.on('SIGTERM', () => server.close(() => process.exit(0)));
}

main().catch((error: Error) => {
  console.error(`hive-gateway: ${error.message}`);
  process.exit(1);
});
