// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// The playground's credential field: an API key goes out as x-api-key, a bearer token as
// Authorization (the two ways SECURITY.md describes). Nothing is stored: the value lives in the
// input field of this tab only, so it is gone when the tab closes.

export type CredentialKind = 'apiKey' | 'bearer';

/** The request headers for a credential; none for an empty value. */
export function credentialHeaders(kind: CredentialKind, value: string): Record<string, string> {
  let secret = value.trim();
  if (secret === '') return {};
  if (kind === 'apiKey') return { 'x-api-key': secret };
  // Pasted with its scheme ("Bearer eyJ…"): send it once, not "Bearer Bearer …".
  secret = secret.replace(/^bearer\s+/i, '');
  return { authorization: `Bearer ${secret}` };
}

/** What the page tells the user about the header it will send (German, then English). */
export function credentialNotice(kind: CredentialKind, value: string): string {
  if (value.trim() === '') return 'Ohne Zugangsdaten: nur öffentliche Daten. / Without credentials: public data only.';
  return kind === 'apiKey'
    ? 'Wird mit jeder Anfrage als Header x-api-key gesendet. / Sent with every request as the x-api-key header.'
    : 'Wird mit jeder Anfrage als Header Authorization: Bearer … gesendet. / Sent with every request as Authorization: Bearer ….';
}
