// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

import fs from 'node:fs';
import path from 'node:path';
import type { RunningPostgres } from '../common/embedded-postgres';
import { describeAttempts, readOutboundLog } from './outbound';

export default async function globalTeardown(): Promise<void> {
  const embedded = (globalThis as Record<string, unknown>).__embeddedPostgres as { postgres: RunningPostgres; dataDir: string } | undefined;
  if (embedded) {
    await embedded.postgres.stop();
    fs.rmSync(embedded.dataDir, { recursive: true, force: true });
  }
  const guardLog = process.env.OUTBOUND_GUARD_LOG;
  if (!guardLog) return;
  const { attempts } = readOutboundLog(guardLog);
  fs.rmSync(path.dirname(guardLog), { recursive: true, force: true });
  if (attempts.length > 0) {
    throw new Error(`the test run tried to reach ${attempts.length} address(es) beyond loopback:\n${describeAttempts(attempts)}`);
  }
}
