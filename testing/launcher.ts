// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// `npm start` as a test runs it: the real launcher (dist/scripts/start.js) in a child process,
// with the environment the test gives it and nothing else of the test's.
import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from '../common/config';
import { createTestDatabase } from './hub';
import { freePort } from './ports';

export interface LaunchedHub {
  child: ChildProcess;
  /** Everything the launcher and its services printed so far. */
  output: () => string;
}

export const LAUNCHER_SCRIPT = path.join(projectRoot, 'dist/scripts/start.js');

/** Starts the launcher and waits until it says the hub is running. */
export async function launchHub(env: Record<string, string>, launched?: ChildProcess[]): Promise<LaunchedHub> {
  const child = spawn(process.execPath, [LAUNCHER_SCRIPT], {
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '/tmp',
      LOG_LEVEL: 'warn',
      // the outbound-connection guard of the test run (testing/global-setup.ts) goes along
      ...(process.env.NODE_OPTIONS && { NODE_OPTIONS: process.env.NODE_OPTIONS }),
      ...(process.env.OUTBOUND_GUARD_LOG && { OUTBOUND_GUARD_LOG: process.env.OUTBOUND_GUARD_LOG }),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    // its own process group, so that killHubs can take the services and the database along
    detached: true,
  });
  launched?.push(child);
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const deadline = Date.now() + 120_000;
  while (!output.includes('KommunalNetz Hub is running')) {
    if (child.exitCode !== null) throw new Error(`launcher exited with ${child.exitCode}:\n${output}`);
    if (Date.now() > deadline) throw new Error(`launcher not ready:\n${output}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return { child, output: () => output };
}

/** Sends the launcher a signal and resolves with its exit code. */
export function stopHub({ child }: LaunchedHub, signal: NodeJS.Signals = 'SIGINT'): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve(child.exitCode);
    child.once('exit', (code) => resolve(code));
    child.kill(signal);
  });
}

/** After a failed test: kills every launcher still running, with its services and database. */
export function killHubs(launched: ChildProcess[]): void {
  for (const child of launched) {
    if (child.exitCode !== null || child.signalCode !== null || !child.pid) continue;
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
}

/** The pid of the launcher's service process running `script` (e.g. 'services/registry/main.js'), read from /proc. */
export function servicePid({ child }: LaunchedHub, script: string): number | undefined {
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // after the command name in parentheses (which may hold anything) come the state and the parent's pid
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (parent !== child.pid) continue;
      const args = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
      if (args.some((arg) => arg.endsWith(script))) return Number(entry);
    } catch {
      // the process ended while we looked
    }
  }
  return undefined;
}

/** What a test file needs to launch hubs: their settings, and a clean-up for afterAll. */
export interface LauncherSetup {
  /** A data folder of its own and free ports (plus DATABASE_URL when a test database is used). */
  env: Record<string, string>;
  /** Hubs launched with these settings; pass it to launchHub so that cleanUp can end them. */
  launched: ChildProcess[];
  /** Kills what a failed test left running, drops the database and removes the data folder. */
  cleanUp(): Promise<void>;
}

/**
 * With a PostgreSQL server configured (CI), or when asked, the launcher uses a database of its own
 * on the test server; else it starts its embedded PostgreSQL in the data folder.
 */
export async function prepareLauncher(name: string, useTestDatabase = Boolean(process.env.DATABASE_URL)): Promise<LauncherSetup> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `kommunalnetz-${name}-`));
  const env: Record<string, string> = {
    HUB_DATA_DIR: dataDir,
    GATEWAY_PORT: String(await freePort()),
    REGISTRY_PORT: String(await freePort()),
    IKONE_DS_PORT: String(await freePort()),
    EMBEDDED_PG_PORT: String(await freePort()),
  };
  const database = useTestDatabase ? await createTestDatabase() : undefined;
  if (database) env.DATABASE_URL = database.url;
  const launched: ChildProcess[] = [];
  return {
    env,
    launched,
    async cleanUp() {
      killHubs(launched);
      await database?.drop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
