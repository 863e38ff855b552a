// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// Signing in to the Verwaltung at the state's identity provider (AUTH_OIDC_*): the authorization
// code flow with PKCE against a small OpenID Connect provider this test runs on loopback, whose
// access token (RS256) the hub verifies as a bearer token. Checked: the way there and back, the
// role the page then shows, that code and token leave nothing in the URL or the storages, and that
// a return the tab did not start is never exchanged.
import { createHash, randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportSPKI, generateKeyPair, SignJWT, type KeyLike } from 'jose';
import type { Browser } from 'playwright-core';
import { readConfig } from '../../common/config';
import { describeInBrowser, ensurePagesBuilt, expectAccessible, launchBrowser, openWatchedPage } from '../../testing/browser';
import { startTestHub, type TestHub } from '../../testing/hub';
import { CONTENT_SECURITY_POLICY } from '../pages/serve';

const ISSUER = 'https://anmeldung.rlp.example';
const AUDIENCE = 'kommunalnetz-hub';
const CLIENT_ID = 'verwaltung';

/** A minimal OpenID Connect provider: signs everyone in as a Digitale Dörfer coordinator. */
async function startIdentityProvider(privateKey: KeyLike, hubOrigin: () => string) {
  const codes = new Map<string, { challenge: string; redirectUri: string }>();
  const tokenRequests: { verified: boolean }[] = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://idp');
    if (req.method === 'GET' && url.pathname === '/authorize') {
      const redirectUri = url.searchParams.get('redirect_uri') ?? '';
      const ok =
        url.searchParams.get('client_id') === CLIENT_ID &&
        url.searchParams.get('response_type') === 'code' &&
        url.searchParams.get('code_challenge_method') === 'S256' &&
        redirectUri === `${hubOrigin()}/verwaltung`;
      if (!ok) return void res.writeHead(400).end('bad authorization request');
      const code = randomBytes(16).toString('hex');
      codes.set(code, { challenge: url.searchParams.get('code_challenge') ?? '', redirectUri });
      const back = new URL(redirectUri);
      back.search = new URLSearchParams({ code, state: url.searchParams.get('state') ?? '' }).toString();
      return void res.writeHead(302, { location: back.toString() }).end();
    }
    if (req.method === 'POST' && url.pathname === '/token') {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', async () => {
        const form = new URLSearchParams(body);
        const issued = codes.get(form.get('code') ?? '');
        codes.delete(form.get('code') ?? '');
        const verifier = form.get('code_verifier') ?? '';
        const verified =
          !!issued &&
          createHash('sha256').update(verifier).digest('base64url') === issued.challenge &&
          form.get('redirect_uri') === issued.redirectUri &&
          form.get('client_id') === CLIENT_ID;
        tokenRequests.push({ verified });
        const cors = { 'access-control-allow-origin': hubOrigin(), 'content-type': 'application/json' };
        if (!verified) return void res.writeHead(400, cors).end(JSON.stringify({ error: 'invalid_grant' }));
        const accessToken = await new SignJWT({ role: 'COORDINATOR', network: 'DIGITALE_DOERFER_RLP' })
          .setProtectedHeader({ alg: 'RS256' })
          .setIssuer(ISSUER)
          .setAudience(AUDIENCE)
          .setSubject('koordination@digitale-doerfer.example')
          .setIssuedAt()
          .setExpirationTime('15m')
          .sign(privateKey);
        res.writeHead(200, cors).end(JSON.stringify({ access_token: accessToken, token_type: 'Bearer', expires_in: 900 }));
      });
      return;
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { origin, tokenRequests, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

let hub: TestHub;
let origin: string;
let idp: Awaited<ReturnType<typeof startIdentityProvider>>;

beforeAll(async () => {
  ensurePagesBuilt('verwaltung');
  const keys = await generateKeyPair('RS256');
  idp = await startIdentityProvider(keys.privateKey, () => origin);
  hub = await startTestHub({
    jwt: {
      publicKeyPem: await exportSPKI(keys.publicKey),
      issuer: ISSUER,
      audience: AUDIENCE,
      maxLifetimeSeconds: 3_600,
      signIn: { authorizationUrl: `${idp.origin}/authorize`, tokenUrl: `${idp.origin}/token`, clientId: CLIENT_ID, scope: 'openid' },
    },
  });
  origin = new URL(hub.gatewayUrl).origin;
});
afterAll(async () => {
  await hub?.close();
  await idp?.close();
});

test('the page may fetch the token endpoint and nothing else of the provider; its public settings are served', async () => {
  const page = await fetch(`${origin}/verwaltung`);
  const policy = page.headers.get('content-security-policy')!;
  expect(policy).toBe(CONTENT_SECURITY_POLICY.verwaltung.replace("connect-src 'self'", `connect-src 'self' ${idp.origin}`));
  const settings = await fetch(`${origin}/verwaltung/anmeldedienst`);
  expect(settings.status).toBe(200);
  expect(await settings.json()).toEqual({
    authorizationUrl: `${idp.origin}/authorize`,
    tokenUrl: `${idp.origin}/token`,
    clientId: CLIENT_ID,
    scope: 'openid',
  });
});

test('the settings are all or nothing, and need bearer tokens', () => {
  const jwt = { AUTH_JWT_PUBLIC_KEY: '-----BEGIN PUBLIC KEY-----\nx\n-----END PUBLIC KEY-----', AUTH_JWT_ISSUER: ISSUER };
  const oidc = { AUTH_OIDC_AUTHORIZATION_URL: 'https://idp.example/auth', AUTH_OIDC_TOKEN_URL: 'https://idp.example/token' };
  expect(() => readConfig({ ...jwt, ...oidc })).toThrow(
    /needs all of AUTH_OIDC_AUTHORIZATION_URL, AUTH_OIDC_TOKEN_URL, AUTH_OIDC_CLIENT_ID/,
  );
  expect(() => readConfig({ ...oidc, AUTH_OIDC_CLIENT_ID: 'verwaltung' })).toThrow(/needs bearer tokens enabled/);
  expect(() => readConfig({ ...jwt, ...oidc, AUTH_OIDC_CLIENT_ID: 'a b' })).toThrow(/AUTH_OIDC_CLIENT_ID/);
  expect(readConfig({ ...jwt, ...oidc, AUTH_OIDC_CLIENT_ID: 'verwaltung' }).jwt?.signIn).toEqual({
    authorizationUrl: 'https://idp.example/auth',
    tokenUrl: 'https://idp.example/token',
    clientId: 'verwaltung',
    scope: 'openid',
  });
  expect(readConfig({}).jwt).toBeNull();
});

describeInBrowser('Verwaltung sign-in at the identity provider', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('there and back: the person works as the coordinator the token names; nothing of it stays in URL or storage', async () => {
    const watched = await openWatchedPage(browser, origin, undefined, [idp.origin]);
    const { page } = watched;
    await page.goto(`${origin}/verwaltung`);
    await page.getByRole('button', { name: 'Mit dem Landeskonto anmelden' }).waitFor();
    await expectAccessible(page, 'sign-in with the identity provider');
    const before = idp.tokenRequests.length;
    await page.getByRole('button', { name: 'Mit dem Landeskonto anmelden' }).click();
    await page.getByRole('button', { name: 'Abmelden' }).waitFor();
    expect(await page.locator('#rolle').textContent()).toBe('Koordination Netzwerk Digitale Dörfer RLP');
    await page.getByRole('heading', { name: 'Offene Anträge' }).waitFor();
    expect(idp.tokenRequests.slice(before)).toEqual([{ verified: true }]);

    expect(page.url()).toBe(`${origin}/verwaltung`);
    const kept = await page.evaluate(() => ({ local: localStorage.length, session: sessionStorage.length, cookie: document.cookie }));
    expect(kept).toEqual({ local: 0, session: 0, cookie: '' });
    // The API calls carried the token, never an API key.
    const apiCalls = watched.requests.filter((r) => r.url === `${origin}/graphql`);
    expect(apiCalls.length).toBeGreaterThan(0);
    expect(apiCalls.every((r) => r.apiKey === undefined)).toBe(true);

    await page.getByRole('button', { name: 'Abmelden' }).click();
    await page.getByRole('button', { name: 'Mit dem Landeskonto anmelden' }).waitFor();
    await watched.close();
    expect(watched.foreign).toEqual([]);
    expect(watched.problems).toEqual([]);
  });

  test('a return this tab did not start is never exchanged for a token', async () => {
    const watched = await openWatchedPage(browser, origin, undefined, [idp.origin]);
    const before = idp.tokenRequests.length;
    await watched.page.goto(`${origin}/verwaltung?code=erfunden&state=fremd`);
    await watched.page.getByText('Diese Anmeldung wurde nicht in diesem Browser-Tab begonnen.', { exact: false }).waitFor();
    expect(watched.page.url()).toBe(`${origin}/verwaltung`);
    expect(idp.tokenRequests.length).toBe(before);
    await watched.close();
    expect(watched.problems).toEqual([]);
  });
});
