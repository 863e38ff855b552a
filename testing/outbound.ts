// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// The test run's guard against connections beyond loopback (testing/outbound-guard.js): where it
// is, how a process gets it, and what it recorded.
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../common/config';

export const OUTBOUND_GUARD = path.join(projectRoot, 'testing/outbound-guard.js');

/** NODE_OPTIONS that preload the guard (kept with any options already there). */
export function withOutboundGuard(nodeOptions: string | undefined): string {
  return [nodeOptions, `--require=${JSON.stringify(OUTBOUND_GUARD)}`].filter(Boolean).join(' ');
}

export interface GuardEntry {
  pid: number;
  /** The script the process runs (process.argv[1]). */
  script: string | null;
  kind: 'loaded' | 'tcp' | 'udp' | 'dns';
  target?: string;
  stack?: string;
}

/** What the guard wrote: the processes it was loaded into and the attempts it refused. */
export function readOutboundLog(file: string): { loaded: GuardEntry[]; attempts: GuardEntry[] } {
  const entries: GuardEntry[] = fs.existsSync(file)
    ? fs
        .readFileSync(file, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line))
    : [];
  return { loaded: entries.filter((e) => e.kind === 'loaded'), attempts: entries.filter((e) => e.kind !== 'loaded') };
}

export function describeAttempts(attempts: GuardEntry[]): string {
  return attempts.map((a) => `${a.kind} ${a.target} from ${a.script ?? 'a test process'}\n${a.stack}`).join('\n\n');
}
