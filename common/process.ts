// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// The process wiring every service shares (gateway and subgraphs): configuration, start, a clean stop.
import { ConfigError, HubConfig, readConfig, redactUrl } from './config';
import type { RunningService } from './http';
import { createLogger, Logger } from './logging';

/**
 * Entry point of a service process: configuration, start, and a clean stop on SIGINT/SIGTERM.
 * `onExit` runs last before the process exits (e.g. sending the remaining trace spans).
 */
export async function runProcess(
  name: string,
  start: (config: HubConfig, logger: Logger) => Promise<RunningService>,
  onExit?: () => Promise<void>,
): Promise<void> {
  let config: HubConfig;
  try {
    config = readConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`${name}: configuration error: ${error.message}`);
      process.exit(2);
    }
    throw error;
  }
  const logger = createLogger(name, config.logLevel);
  let running: RunningService;
  try {
    running = await start(config, logger);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    logger.fatal({ err: { message }, database: config.databaseUrl ? redactUrl(config.databaseUrl) : undefined }, `${name} did not start`);
    await onExit?.();
    process.exit(1);
  }
  logger.info({ url: running.url }, `${name} listening`);
  const stop = async (signal: string) => {
    logger.info({ signal, graceMs: config.shutdownGraceMs }, `${name} stopping`);
    const timer = setTimeout(() => process.exit(1), config.shutdownGraceMs + 10_000).unref();
    // First say "not ready" and keep serving for a moment: requests already sent (and still in the
    // socket's queue) are answered; then stop accepting and wait for the ones in progress.
    running.drain?.();
    await new Promise((resolve) => setTimeout(resolve, config.shutdownGraceMs));
    await running.close().catch((e) => logger.error({ err: { message: String(e) } }, 'error while stopping'));
    await onExit?.();
    clearTimeout(timer);
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}
