// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// What the hub answers when something goes wrong, as one error class with a typed code.
import { HUB_ERROR_CODES, type HubErrorCode } from '../generated/error-codes.js';

export { HUB_ERROR_CODES, type HubErrorCode };

/**
 * The code of a HubError: one of the hub's codes (`extensions.code`, PARTNERS.md "Handle errors"),
 * `HTTP_ERROR` for an answer that is no GraphQL answer (e.g. a proxy's 502 page), or `UNKNOWN` for
 * a code this version of the client does not know yet (the hub's code is in `errors[0].extensions.code`).
 */
export type HubClientErrorCode = HubErrorCode | 'HTTP_ERROR' | 'UNKNOWN';

/** One entry of a GraphQL answer's `errors`, with the extensions the hub may add. */
export interface HubGraphQLError {
  message: string;
  path?: ReadonlyArray<string | number>;
  locations?: ReadonlyArray<{ line: number; column: number }>;
  extensions?: {
    code?: string;
    /** BAD_USER_INPUT: the argument that is wrong, e.g. `key` or `keys[2]`. */
    argument?: string;
    /** The limit that was exceeded and the request's value (limit codes, too many keys). */
    limit?: number;
    actual?: number;
    /** INTERNAL_SERVER_ERROR: quote it when you report the error. */
    requestId?: string;
    [key: string]: unknown;
  };
}

const KNOWN_CODES: ReadonlySet<string> = new Set(HUB_ERROR_CODES);

/** Whether a string is one of the hub's error codes. */
export function isHubErrorCode(code: unknown): code is HubErrorCode {
  return typeof code === 'string' && KNOWN_CODES.has(code);
}

export interface HubErrorDetails {
  code: HubClientErrorCode;
  message: string;
  status: number;
  errors?: readonly HubGraphQLError[];
  data?: unknown;
  requestId?: string;
  retryAfterSeconds?: number;
}

/**
 * An answer of the hub with errors (or no GraphQL answer at all). `code` and `message` are those of
 * the first error; `errors` holds all of them, and `data` what the hub answered besides (an error on
 * one field leaves the rest of the answer intact). A failed connection is not a HubError: fetch's
 * own error (a TypeError) reaches the caller unchanged.
 */
export class HubError extends Error {
  override readonly name = 'HubError';
  /** The hub's code of the first error, or HTTP_ERROR / UNKNOWN. */
  readonly code: HubClientErrorCode;
  /** HTTP status of the answer (200 for most GraphQL errors, 401, 413, 429, …). */
  readonly status: number;
  /** Every error of the answer, as the hub sent it. */
  readonly errors: readonly HubGraphQLError[];
  /** The part of the answer that has no error (null or undefined when there is none). */
  readonly data: unknown;
  /** The request's id (`extensions.requestId` or the `x-request-id` header): quote it in reports. */
  readonly requestId: string | undefined;
  /** RATE_LIMITED: seconds to wait (the `Retry-After` header) once the client's own retries are spent. */
  readonly retryAfterSeconds: number | undefined;

  constructor(details: HubErrorDetails) {
    super(details.message);
    this.code = details.code;
    this.status = details.status;
    this.errors = details.errors ?? [];
    this.data = details.data;
    this.requestId = details.requestId;
    this.retryAfterSeconds = details.retryAfterSeconds;
  }

  /** The extensions of the first error (`argument`, `limit`, `actual`, …). */
  get extensions(): HubGraphQLError['extensions'] {
    return this.errors[0]?.extensions;
  }
}
