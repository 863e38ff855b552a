// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// The size of a member list the import reads (importMemberships), shared by the registry that
// enforces it, the gateway that must let such a request through, and the Verwaltung's page that
// checks a file before sending it.

/** Largest file the import reads (bytes, after base64 decoding); a network's member list is a few KB. */
export const MAX_IMPORT_BYTES = 1024 * 1024;

/**
 * Largest request body that can carry such a file: base64 (4 characters per 3 bytes) plus the
 * operation and JSON around it. The gateway admits it for callers who may import, and only them.
 */
export const MAX_IMPORT_REQUEST_BYTES = Math.ceil(MAX_IMPORT_BYTES / 3) * 4 + 64 * 1024;

/** The number of bytes a base64 text decodes to, its padding ("=") not counted; computed without decoding. */
export function base64DecodedLength(text: string): number {
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  return Math.max(0, Math.floor((text.length * 3) / 4) - padding);
}
