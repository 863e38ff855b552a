// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// No Docker engine here, so the deployment files are checked against the code: the compose file
// parses and names every service, and its ports, variables and health checks are the ones the code
// uses; .env.example lists every setting; the Dockerfile copies files that exist.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { projectRoot } from '../../common/config';
import { GRAPHQL_PATH } from '../../common/http';

const read = (file: string) => fs.readFileSync(path.join(projectRoot, file), 'utf8');
const compose = parse(read('docker-compose.yml'), { merge: true });
/** Every environment variable common/config.ts reads. */
const SETTINGS = new Set([...read('common/config.ts').matchAll(/(?:env\.|env, ')([A-Z][A-Z0-9_]+)/g)].map((m) => m[1]));
const PORT_SETTING: Record<string, string> = { gateway: 'GATEWAY_PORT', registry: 'REGISTRY_PORT', 'ikone-ds': 'IKONE_DS_PORT' };

test('the settings the code reads were found', () => {
  for (const name of ['DATABASE_URL', 'HUB_INTERNAL_SECRET', 'REGISTRY_URL', 'RATE_LIMIT_MAX', 'SHUTDOWN_GRACE_MS'])
    expect(SETTINGS).toContain(name);
});

test('the compose file names PostgreSQL, both subgraphs and the gateway, started in order of health', () => {
  expect(Object.keys(compose.services).sort()).toEqual(['db-roles', 'gateway', 'ikone-ds', 'postgres', 'registry']);
  // Each service connects as its own database role, set up before by the one-shot db-roles.
  for (const name of ['registry', 'ikone-ds', 'gateway'])
    expect(compose.services[name].depends_on['db-roles'].condition).toBe('service_completed_successfully');
  for (const name of ['registry', 'ikone-ds']) expect(compose.services[name].depends_on.postgres.condition).toBe('service_healthy');
  for (const name of ['registry', 'ikone-ds']) expect(compose.services.gateway.depends_on[name].condition).toBe('service_healthy');
});

test.each(['gateway', 'registry', 'ikone-ds'])('%s: variables, port and health check match the code', (name) => {
  const service = compose.services[name];
  const env: Record<string, string> = service.environment;
  for (const variable of Object.keys(env))
    expect({ variable, known: SETTINGS.has(variable) || variable === 'NODE_ENV' }).toEqual({ variable, known: true });
  expect(env.DATABASE_URL).toMatch(/^postgres:\/\/.+@postgres:5432\//);
  expect(env.HUB_INTERNAL_SECRET).toBeDefined();
  const port = env[PORT_SETTING[name]];
  expect(port).toMatch(/^\d+$/);
  const health = JSON.stringify(service.healthcheck.test);
  expect(health).toContain(`:${port}/health/ready`);
  expect(service.command.join(' ')).toContain(name === 'gateway' ? 'dist/gateway/main.js' : `dist/services/${name}/main.js`);
  expect(fs.existsSync(path.join(projectRoot, name === 'gateway' ? 'gateway/main.ts' : `services/${name}/main.ts`))).toBe(true);
});

test('the gateway reaches the subgraphs where they listen, and only the gateway is published', () => {
  const env = compose.services.gateway.environment;
  expect(env.REGISTRY_URL).toBe(`http://registry:${compose.services.registry.environment.REGISTRY_PORT}${GRAPHQL_PATH}`);
  expect(env.IKONE_DS_URL).toBe(`http://ikone-ds:${compose.services['ikone-ds'].environment.IKONE_DS_PORT}${GRAPHQL_PATH}`);
  expect(compose.services.gateway.ports).toEqual([`${env.GATEWAY_PORT}:${env.GATEWAY_PORT}`]);
  for (const name of ['registry', 'ikone-ds', 'postgres']) expect(compose.services[name].ports).toBeUndefined();
});

test('.env.example lists every setting', () => {
  const example = read('.env.example');
  for (const name of SETTINGS) expect({ name, listed: example.includes(`${name}=`) }).toEqual({ name, listed: true });
});

test('the Dockerfile copies files that exist and runs as a non-root user', () => {
  const dockerfile = read('Dockerfile');
  for (const [, source] of dockerfile.matchAll(/^COPY (?!--from)(\S+)/gm)) {
    for (const file of source.split(' '))
      expect({ file, exists: fs.existsSync(path.join(projectRoot, file)) }).toEqual({ file, exists: true });
  }
  expect(dockerfile).toMatch(/^USER node$/m);
  expect(dockerfile).toMatch(/^FROM .* AS build$/m);
});
