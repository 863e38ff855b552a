import fs from 'node:fs';
import type { RunningPostgres } from '../common/embedded-postgres';

export default async function globalTeardown(): Promise<void> {
  const embedded = (globalThis as Record<string, unknown>).__embeddedPostgres as { postgres: RunningPostgres; dataDir: string } | undefined;
  if (!embedded) return;
  await embedded.postgres.stop();
  fs.rmSync(embedded.dataDir, { recursive: true, force: true });
}
