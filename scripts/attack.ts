// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// `npm run attack`: the memory attack of issue 11 at full size against a hub started as a user
// starts it (embedded PostgreSQL in a fresh folder), then checks that the same gateway process
// still answers and prints its heap. The test suite runs a small version (scripts/tests/attack.test.ts).
//   npm run attack                 thousands of requests per phase (embedded PostgreSQL)
//   DATABASE_URL=… npm run attack  on a fresh database of that server, dropped afterwards
//   npm run attack -- --scale 0.1  a tenth of that
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { projectRoot, readConfig } from '../common/config';
import { createScratchDatabase } from '../common/database-roles';
import { gatewayHeapUsedBytes, runMemoryAttack } from './attack/memory-attack';
import { peakMemoryMiB, RunningHub, startHub } from './bench/hub-process';

async function main(): Promise<void> {
  const scaleArg = process.argv.indexOf('--scale');
  const scale = scaleArg > 0 ? Number(process.argv[scaleArg + 1]) : 1;
  if (!(scale > 0)) throw new Error('--scale needs a positive number');
  const config = readConfig({});
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kommunalnetz-attack-'));
  // a fresh database on the server in DATABASE_URL, else the launcher's embedded PostgreSQL
  const database = process.env.DATABASE_URL ? await createScratchDatabase(process.env.DATABASE_URL, 'kommunalnetz_attack') : undefined;
  let hub: RunningHub | undefined;
  try {
    hub = await startHub(projectRoot, {
      dataDir,
      databaseUrl: database?.url,
      internalSecret: randomBytes(32).toString('base64url'),
      env: {},
    });
    const base = hub.gatewayUrl.replace(/\/graphql$/, '');
    const before = await gatewayHeapUsedBytes(base);
    const n = (count: number) => Math.max(1, Math.round(count * scale));
    const phases = await runMemoryAttack(base, {
      oversized: n(3000),
      largest: n(3000),
      persisted: n(3000),
      csv: n(3000),
      concurrency: 8,
      hugeLiteralBytes: 95_000,
      maxQueryLength: config.limits.maxQueryLength,
    });
    const after = await gatewayHeapUsedBytes(base);
    const answers = await fetch(hub.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ municipality(key: "07315000") { name } }' }),
    }).then((r) => r.json() as Promise<any>);
    const mib = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
    console.log('| phase | requests | outcomes | seconds |\n| --- | ---: | --- | ---: |');
    for (const p of phases) {
      const outcomes = Object.entries(p.outcomes)
        .map(([k, v]) => `${k}: ${v}`)
        .join(', ');
      console.log(`| ${p.phase} | ${p.requests} | ${outcomes} | ${p.seconds.toFixed(1)} |`);
    }
    console.log(
      `\ngateway heap used: ${mib(before)} MiB before, ${mib(after)} MiB after (limit ${config.performance.serviceHeapMiB} MiB);` +
        ` peak resident ${peakMemoryMiB(hub.pids.gateway)?.toFixed(0)} MiB;` +
        ` same gateway process: ${fs.existsSync(`/proc/${hub.pids.gateway}`)}; still answers: ${answers.data?.municipality?.name === 'Mainz, Stadt'}`,
    );
  } finally {
    await hub?.stop();
    await database?.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
