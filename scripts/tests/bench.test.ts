// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// `npm run bench` in its smoke mode (a few hundred milliseconds per run), so that the benchmark
// keeps working: every scenario in every configuration answers correctly, with no errors, and the
// report holds the figures. Speed is not asserted — BENCHMARKS.md holds the real run.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { projectRoot } from '../../common/config';

jest.setTimeout(300_000);

test('the benchmark runs every scenario against the tuned hub, the stock hub and the peer gateway and reports the figures', async () => {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kommunalnetz-bench-test-')), 'bench.md');
  // DATABASE_URL, when the tests run against a server, makes the bench use that server as well.
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [path.join(projectRoot, 'dist/scripts/bench.js'), '--smoke', '--out', out],
    {
      cwd: projectRoot,
      env: { ...process.env, LOG_LEVEL: 'warn' },
      maxBuffer: 10_000_000,
    },
  );
  const report = fs.readFileSync(out, 'utf8');
  expect(stdout).toContain(report);

  const section = (title: string) => report.split(`## ${title}`)[1].split('\n## ')[0];
  const rowsOf = (title: string) =>
    section(title)
      .split('\n')
      .filter((line) => /^\| [a-f]′?\) /.test(line))
      .map((line) => line.split('|').map((cell) => cell.trim()));
  const cells = rowsOf('Load');
  const runs = cells.map((c) => `${c[1].slice(0, 2)} ${c[3]} c=${c[2]}`);
  for (const scenario of ['a)', 'b)', 'c)', 'd)']) {
    for (const configuration of ['stock', 'Hive Gateway', 'tuned', 'tuned, cached']) {
      expect(runs).toContain(`${scenario} ${configuration} c=10`);
    }
  }
  expect(runs).toEqual(
    expect.arrayContaining([
      'a) tuned c=1',
      'e) tuned c=1',
      'e) stock c=1',
      'a) Hive Gateway c=1',
      'b′ tuned c=10',
      'f) stock c=10',
      'f) tuned c=10',
    ]),
  );
  for (const c of cells) {
    const [requests, errors] = [Number(c[4]), Number(c[10])];
    expect({ run: `${c[1]} ${c[3]}`, errors }).toEqual({ run: `${c[1]} ${c[3]}`, errors: 0 });
    expect(requests).toBeGreaterThan(0);
    // SQL statements per request of registry + ikone-ds, and a peak memory per process.
    expect(c[11]).toMatch(/^\d+\.\d+ \+ \d+\.\d+$/);
    expect(c[12]).toMatch(/^\d+ \/ \d+ \/ \d+$/);
  }
  // Cached answers need no SQL (a background statement, e.g. a readiness check, may fall into a
  // short run); uncached ones need some (identical requests in flight share theirs).
  const sqlOf = (run: string) => cells[runs.indexOf(run)][11].split(' + ').reduce((sum, n) => sum + Number(n), 0);
  expect(sqlOf('b) tuned, cached c=10')).toBeLessThan(0.1);
  expect(sqlOf('b) tuned c=10')).toBeGreaterThan(0); // fewer than a request's 3 when coalesced
  expect(sqlOf('f) tuned c=10')).toBeGreaterThan(2); // a different page each time: nothing to share
  // CPU per request of each process, read from /proc (in ticks of 10 ms, so a short smoke run of a cheap
  // process may read 0): every uncached run costs the gateway something, the registry and PostgreSQL
  // something over all runs, and the columns add up to the total.
  const cpu = rowsOf('CPU milliseconds per answered request');
  expect(cpu).toHaveLength(cells.length);
  const uncached = cpu.filter((c) => c[3] !== 'tuned, cached' && !c[1].startsWith('e)'));
  const column = (i: number) => uncached.map((c) => Number(c[i]));
  const [gateway, registry, , postgres] = [4, 5, 6, 7].map(column);
  expect(gateway.every((ms) => ms > 0)).toBe(true);
  expect(Math.max(...registry)).toBeGreaterThan(0);
  expect(Math.max(...postgres)).toBeGreaterThan(0);
  for (const c of cpu) {
    const [g, r, i, p, total] = c.slice(4, 9).map(Number);
    expect(Math.abs(g + r + i + p - total)).toBeLessThan(0.1 + total * 0.02);
  }
  // the plumbing's price: a round trip over loopback costs some CPU, never nothing
  expect(report).toMatch(/\| HTTP round trip on loopback, CPU of client \+ server \(scripts\/bench\/round-trip\.ts\) \| [1-9]\d* µs \|/);
  // the peer gateway answered every scenario, so the comparison with it has four ratios
  expect(report).toMatch(
    /\| uncached tuned ≥ Hive Gateway on the same subgraphs, req\/s \(a \/ b \/ c \/ d; issue #16\) \| \d+\.\d×( \/ \d+\.\d×){3} \| (yes|\*\*no\*\*) \|/,
  );
  expect(report).toMatch(/\| cold `npm start` \(initdb \+ import\) ≤ 10 s \| \d+\.\d+ s \|/);
  expect(report).toMatch(
    /\| SQL statements per subgraph request do not depend on page size \(b: 100 rows vs b′: 10\) \| (\d+) vs \1 \| yes \|/,
  );
});
