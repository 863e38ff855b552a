// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// Why reading the feed failed, in a form that may be shown to anyone: a stable code and a sentence
// written here. Raw exception texts stay out of the API because they carry the feed URL (with its
// token), host names and local file paths; operators find the details in the log, redacted.
import { registerEnumType } from 'type-graphql';
import { redactUrlsIn } from './redact';

export enum FeedErrorCode {
  FEED_TIMEOUT = 'FEED_TIMEOUT',
  FEED_HTTP_ERROR = 'FEED_HTTP_ERROR',
  FEED_UNREACHABLE = 'FEED_UNREACHABLE',
  FEED_FILE_UNREADABLE = 'FEED_FILE_UNREADABLE',
  FEED_MALFORMED = 'FEED_MALFORMED',
  FEED_NOT_STORED = 'FEED_NOT_STORED',
  FEED_INTERNAL = 'FEED_INTERNAL',
}
registerEnumType(FeedErrorCode, {
  name: 'IkoneDsFeedErrorCode',
  description: 'Why the last attempt to read the IKONE-DS source feed failed.',
  valuesConfig: {
    FEED_TIMEOUT: { description: 'The source did not answer (or did not finish its answer) within the timeout.' },
    FEED_HTTP_ERROR: { description: 'The source answered with an HTTP error status (the message names the status).' },
    FEED_UNREACHABLE: { description: 'The source could not be reached: connection refused or cut, unknown host, TLS failure.' },
    FEED_FILE_UNREADABLE: { description: 'The feed file (or file URL) could not be read: missing, not permitted, or not a file.' },
    FEED_MALFORMED: {
      description: 'The source answered, but not with a valid ikone-ds-members/v1 feed (the message names the first fault).',
    },
    FEED_NOT_STORED: { description: 'The feed was valid but could not be stored (database error).' },
    FEED_INTERNAL: { description: 'Any other error of the adapter; details are in the service log only.' },
  },
});

/**
 * A failure with its code. The message is public (API): only the fixed sentences below, never text
 * taken from an exception, the feed, the URL or the file system. The cause keeps the raw error for the log.
 */
export class FeedError extends Error {
  constructor(
    readonly code: FeedErrorCode,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/** The feed's content does not pass the checks; `detail` must be one of parseFeed's fixed texts. */
export class FeedFormatError extends FeedError {
  constructor(detail: string) {
    super(FeedErrorCode.FEED_MALFORMED, `The feed is not a valid ikone-ds-members/v1 document: ${detail}.`);
  }
}

export const feedTimeout = (cause: unknown) =>
  new FeedError(FeedErrorCode.FEED_TIMEOUT, 'The feed source did not answer in time.', { cause });
export const feedHttpError = (status: number) =>
  new FeedError(FeedErrorCode.FEED_HTTP_ERROR, `The feed source answered with HTTP status ${status}.`);
export const feedUnreachable = (cause: unknown) =>
  new FeedError(FeedErrorCode.FEED_UNREACHABLE, 'The feed source could not be reached.', { cause });
export const feedFileUnreadable = (cause: unknown) =>
  new FeedError(FeedErrorCode.FEED_FILE_UNREADABLE, 'The feed file could not be read.', { cause });
export const feedNotStored = (cause: unknown) =>
  new FeedError(FeedErrorCode.FEED_NOT_STORED, 'The feed was read but could not be stored.', { cause });

/** What the API shows about a failure: the code and its sentence; anything unexpected is FEED_INTERNAL. */
export function publicFeedError(error: unknown): { code: FeedErrorCode; message: string } {
  if (error instanceof FeedError) return { code: error.code, message: error.message };
  return { code: FeedErrorCode.FEED_INTERNAL, message: 'The feed could not be loaded because of an internal error.' };
}

/** The raw error chain for the log (operators need it), with every URL in it redacted. */
export function loggableFeedError(error: unknown): { message: string; causes: string[] } {
  const causes: string[] = [];
  let cause = (error as { cause?: unknown } | null)?.cause;
  while (cause !== undefined && cause !== null && causes.length < 3) {
    causes.push(redactUrlsIn(cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause)).slice(0, 300));
    cause = (cause as { cause?: unknown }).cause;
  }
  return { message: redactUrlsIn(error instanceof Error ? error.message : String(error)).slice(0, 300), causes };
}
