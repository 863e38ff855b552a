// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// Keeps the IKONE-DS data current: reads the feed at start and then periodically. When the source
// is unreachable, slow or broken, the last good snapshot (in the database) stays in service and the
// next attempt comes after an exponential backoff, up to the normal interval.
import type { DataSource } from 'typeorm';
import type { Logger } from '../../../common/logging';
import { FeedErrorCode, loggableFeedError, publicFeedError } from './errors';
import { describeSource, FeedSource, ingestFeed } from './feed';

/** A failed attempt as the API shows it (publicly): a code and a fixed sentence, no raw exception text. */
export interface FeedFailure {
  code: FeedErrorCode;
  message: string;
  at: Date;
}

export interface FeedState {
  /** Last attempt to read the feed, successful or not. */
  lastAttemptAt: Date | null;
  /** Last time the feed was read and accepted (changed or not). */
  lastSuccessAt: Date | null;
  /** Why the last attempt failed; null after a success. */
  lastError: FeedFailure | null;
  consecutiveFailures: number;
}

export interface RefreshTiming {
  intervalMs: number;
  firstRetryMs: number;
}

export class FeedRefresher {
  readonly state: FeedState = { lastAttemptAt: null, lastSuccessAt: null, lastError: null, consecutiveFailures: 0 };
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;
  private running: Promise<void> | undefined;

  constructor(
    private readonly dataSource: DataSource,
    private readonly source: FeedSource,
    private readonly logger: Logger,
    private readonly timing: RefreshTiming,
  ) {}

  /** One attempt now; never throws (a failure is recorded and retried later). */
  refresh(): Promise<void> {
    this.running ??= this.attempt().finally(() => (this.running = undefined));
    return this.running;
  }

  private async attempt(): Promise<void> {
    const at = new Date();
    this.state.lastAttemptAt = at;
    try {
      await ingestFeed(this.dataSource, this.source, this.logger);
      this.state.lastSuccessAt = new Date();
      this.state.lastError = null;
      this.state.consecutiveFailures = 0;
    } catch (error) {
      this.state.consecutiveFailures++;
      this.state.lastError = { ...publicFeedError(error), at };
      this.logger.error(
        {
          source: describeSource(this.source),
          code: this.state.lastError.code,
          failures: this.state.consecutiveFailures,
          err: loggableFeedError(error),
        },
        'IKONE-DS feed not loaded; serving the stored one',
      );
    }
    this.schedule();
  }

  /** Next attempt: the normal interval after a success, a doubling backoff after failures. */
  nextDelayMs(): number {
    if (this.state.consecutiveFailures === 0) return this.timing.intervalMs;
    return Math.min(this.timing.intervalMs, this.timing.firstRetryMs * 2 ** (this.state.consecutiveFailures - 1));
  }

  private schedule(): void {
    if (this.stopped) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), this.nextDelayMs()).unref();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }
}
