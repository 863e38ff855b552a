// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// Sign-in at the state's identity provider, where the operator configured one (AUTH_OIDC_*):
// OpenID Connect's authorization code flow with PKCE for a public client. The page goes to the
// provider's sign-in page and comes back to /verwaltung with a one-time code, which it exchanges
// at the provider's token endpoint (the only other origin its Content-Security-Policy admits) for
// the access token the hub verifies as a bearer token. The token stays in api.ts's memory only.
// Across the round trip the page keeps the PKCE verifier and the state in sessionStorage — useless
// without the code, and removed the moment the page is back —, and it takes the code out of the
// address bar at once.

/** The public settings the gateway serves at /verwaltung/anmeldedienst (common/config.ts OidcSignIn). */
export interface SignInSettings {
  authorizationUrl: string;
  tokenUrl: string;
  clientId: string;
  scope: string;
}

const PENDING = 'verwaltung-anmeldung';

/** The settings, or null where no identity provider is configured (404) or they cannot be read. */
export async function signInSettings(): Promise<SignInSettings | null> {
  try {
    const response = await fetch('/verwaltung/anmeldedienst', { credentials: 'omit', cache: 'no-store' });
    return response.ok ? ((await response.json()) as SignInSettings) : null;
  } catch {
    return null;
  }
}

function randomText(bytes: number): string {
  return base64url(crypto.getRandomValues(new Uint8Array(bytes)));
}

function base64url(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

const redirectUri = () => `${location.origin}/verwaltung`;

/** Goes to the provider's sign-in page. */
export async function startSignIn(settings: SignInSettings): Promise<void> {
  const verifier = randomText(32);
  const state = randomText(16);
  const challenge = base64url(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier))));
  sessionStorage.setItem(PENDING, JSON.stringify({ verifier, state }));
  const url = new URL(settings.authorizationUrl);
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: settings.clientId,
    redirect_uri: redirectUri(),
    scope: settings.scope,
    state,
    code_challenge: challenge,
    code_challenge_method: 'S256',
  }).toString();
  location.assign(url.toString());
}

/** Thrown with a German sentence for the sign-in page. */
export class SignInProblem extends Error {}

/**
 * Back from the provider: null when this visit is no return from it; else the access token, or
 * SignInProblem. Either way the code leaves the address bar and the pending sign-in the storage.
 */
export async function completeSignIn(settings: SignInSettings | null): Promise<string | null> {
  const parameters = new URLSearchParams(location.search);
  if (!parameters.has('code') && !parameters.has('error')) return null;
  history.replaceState(null, '', '/verwaltung');
  const pending = sessionStorage.getItem(PENDING);
  sessionStorage.removeItem(PENDING);
  if (parameters.has('error')) {
    throw new SignInProblem('Der Identitätsdienst hat die Anmeldung nicht bestätigt. Bitte erneut versuchen.');
  }
  let expected: { verifier?: unknown; state?: unknown } = {};
  try {
    expected = JSON.parse(pending ?? '{}');
  } catch {
    // treated as no pending sign-in
  }
  if (!settings || typeof expected.verifier !== 'string' || expected.state !== parameters.get('state')) {
    // Not started in this tab (or a forged return): never exchange such a code.
    throw new SignInProblem('Diese Anmeldung wurde nicht in diesem Browser-Tab begonnen. Bitte die Anmeldung hier neu starten.');
  }
  let response: Response;
  try {
    response = await fetch(settings.tokenUrl, {
      method: 'POST',
      credentials: 'omit',
      cache: 'no-store',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        code: parameters.get('code') ?? '',
        redirect_uri: redirectUri(),
        client_id: settings.clientId,
        code_verifier: expected.verifier,
      }),
    });
  } catch {
    throw new SignInProblem('Der Identitätsdienst ist nicht erreichbar; bitte später erneut versuchen.');
  }
  const body = (await response.json().catch(() => ({}))) as { access_token?: unknown };
  if (!response.ok || typeof body.access_token !== 'string') {
    throw new SignInProblem('Der Identitätsdienst hat keine gültige Anmeldung ausgestellt. Bitte erneut versuchen.');
  }
  return body.access_token;
}
