// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// GET /graphql in a browser — the URL `npm start` prints — shows a German page with the way on
// (playground, published schema, documentation) instead of Apollo's CSRF refusal in JSON. Every
// request a program sends to /graphql is answered as before: JSON POST, GET with ?query= and the
// CSRF rule for requests without a CSRF-safe header. The browser part runs in Debian's Chromium
// (/usr/bin/chromium) like gateway/tests/pages.test.ts.
import type { IncomingMessage } from 'node:http';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { isBrowserVisit } from '../../common/http';
import { describeInBrowser, ensurePagesBuilt, expectAccessible, launchBrowser, openWatchedPage, SCREENSHOTS } from '../../testing/browser';
import { postGraphQL, startTestHub, TestHub } from '../../testing/hub';
import { LANDING_PAGE_POLICY } from '../graphql-landing-page';

/** What browsers send when a person opens a URL. */
const BROWSER_ACCEPT = {
  chromium:
    'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7',
  firefox: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
  safari: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
};
const QUERY = '{ networks { id } }';
const CSRF_REFUSAL = 'This operation has been blocked as a potential Cross-Site Request Forgery (CSRF).';

let hub: TestHub;
let origin: string;

beforeAll(async () => {
  hub = await startTestHub();
  origin = new URL(hub.gatewayUrl).origin;
});
afterAll(async () => {
  await hub?.close();
});

function request(method: string, url: string, headers: Record<string, string>): IncomingMessage {
  return { method, url, headers } as unknown as IncomingMessage;
}

describe('which requests are a person in a browser', () => {
  test.each(Object.entries(BROWSER_ACCEPT))('%s opening /graphql', (_browser, accept) => {
    expect(isBrowserVisit(request('GET', '/graphql', { accept }))).toBe(true);
  });

  test.each([
    ['curl (accepts anything: ties go to JSON)', 'GET', '/graphql', { accept: '*/*' }],
    ['no Accept', 'GET', '/graphql', {}],
    ['JSON wanted', 'GET', '/graphql', { accept: 'application/json' }],
    ['JSON preferred to HTML', 'GET', '/graphql', { accept: 'text/html;q=0.5, application/json' }],
    ['GraphQL response preferred', 'GET', '/graphql', { accept: 'application/graphql-response+json, text/html;q=0.9' }],
    ['HTML refused', 'GET', '/graphql', { accept: 'text/html;q=0, */*' }],
    ['an operation in the URL', 'GET', `/graphql?query=${encodeURIComponent(QUERY)}`, { accept: BROWSER_ACCEPT.firefox }],
    ['a persisted query in the URL', 'GET', '/graphql?extensions=%7B%7D', { accept: BROWSER_ACCEPT.firefox }],
    ['Apollo’s preflight header', 'GET', '/graphql', { accept: BROWSER_ACCEPT.firefox, 'apollo-require-preflight': 'true' }],
    ['an operation-name header', 'GET', '/graphql', { accept: BROWSER_ACCEPT.firefox, 'x-apollo-operation-name': 'Q' }],
    ['a content-type', 'GET', '/graphql', { accept: BROWSER_ACCEPT.firefox, 'content-type': 'application/json' }],
    ['a POST', 'POST', '/graphql', { accept: BROWSER_ACCEPT.firefox }],
  ])('not: %s', (_label, method, url, headers) => {
    expect(isBrowserVisit(request(method, url, headers as Record<string, string>))).toBe(false);
  });

  test('HTML preferred by quality, in any order', () => {
    expect(isBrowserVisit(request('GET', '/graphql', { accept: 'application/json;q=0.5, text/html' }))).toBe(true);
    expect(isBrowserVisit(request('GET', '/graphql', { accept: 'text/*' }))).toBe(true);
  });
});

describe('over HTTP', () => {
  test('a browser’s GET /graphql gets the German page with its Content-Security-Policy', async () => {
    const response = await fetch(hub.gatewayUrl, { headers: { accept: BROWSER_ACCEPT.firefox } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(LANDING_PAGE_POLICY);
    expect(LANDING_PAGE_POLICY).toMatch(/^default-src 'none'; style-src 'sha256-[\w+/=]+'; /);
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('cache-control')).toBe('no-store');
    const html = await response.text();
    expect(html).toMatch(/^<!doctype html>\n<html lang="de">/);
    for (const link of ['/playground', '/schema.graphql', '/']) expect(html).toContain(`href="${link}"`);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    expect(html).not.toContain('<script');
  });

  test('a JSON POST is answered as before', async () => {
    const answer = await postGraphQL(hub.gatewayUrl, { query: QUERY }, { accept: BROWSER_ACCEPT.firefox });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
    expect(answer.data.networks.map((n: { id: string }) => n.id).sort()).toEqual(['DIGITALE_DOERFER_RLP', 'IKONE_DS']);
  });

  test('a GET query with a CSRF-safe header is answered as before, also from a browser', async () => {
    const url = `${hub.gatewayUrl}?query=${encodeURIComponent(QUERY)}`;
    const variants: Record<string, string>[] = [
      { 'apollo-require-preflight': 'true' },
      { 'apollo-require-preflight': 'true', accept: BROWSER_ACCEPT.chromium },
      { 'content-type': 'application/json' },
      { 'x-apollo-operation-name': 'Networks', accept: 'application/json' },
    ];
    for (const headers of variants) {
      const response = await fetch(url, { headers });
      expect({ headers, status: response.status }).toEqual({ headers, status: 200 });
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      expect(((await response.json()) as any).data.networks).toHaveLength(2);
    }
  });

  test('requests without a CSRF-safe header are refused as before (JSON, HTTP 400)', async () => {
    const cases: [string, Record<string, string>][] = [
      // a program's GET without the header, with or without an operation
      [`?query=${encodeURIComponent(QUERY)}`, {}],
      ['', { accept: '*/*' }],
      ['', {}],
      // a browser that carries an operation in the URL: as before, the header is what makes a GET safe
      [`?query=${encodeURIComponent(QUERY)}`, { accept: BROWSER_ACCEPT.chromium }],
    ];
    for (const [search, headers] of cases) {
      const response = await fetch(hub.gatewayUrl + search, { headers });
      expect({ search, headers, status: response.status }).toEqual({ search, headers, status: 400 });
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      expect(await response.text()).toContain(CSRF_REFUSAL);
    }
    // a simple POST (a form's content type) is refused as before
    const form = await fetch(hub.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', accept: BROWSER_ACCEPT.firefox },
      body: JSON.stringify({ query: QUERY }),
    });
    expect(form.status).toBe(400);
    expect(await form.text()).toContain(CSRF_REFUSAL);
  });

  test('a bearer token at a hub without identity provider is told where an API key goes', async () => {
    const answer = await postGraphQL(hub.gatewayUrl, { query: QUERY }, { authorization: 'Bearer some.jwt.token' });
    expect(answer.status).toBe(401);
    expect(answer.errors![0].message).toBe(
      'This hub accepts no bearer tokens: no identity provider is configured. Partner portals send their API key in the header x-api-key.',
    );
  });
});

describeInBrowser('the /graphql page in a browser', () => {
  let browser: Browser;

  beforeAll(async () => {
    // The playground link leads to the bundled page; `npm test` builds it, a lone run here too.
    ensurePagesBuilt('playground');
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('opening /graphql shows the page; its links lead to the playground, the schema and the start page', async () => {
    const { page, foreign, problems, close } = await openWatchedPage(browser, origin);

    // exactly the URL `npm start` prints
    const response = await page.goto(hub.gatewayUrl);
    expect(response?.status()).toBe(200);
    expect(await page.title()).toBe('GraphQL-Schnittstelle – KommunalNetz Hub');
    await page.getByRole('heading', { level: 1, name: 'GraphQL-Schnittstelle des KommunalNetz Hub' }).waitFor();
    // the hub's style applies: the inline stylesheet is allowed by its hash
    expect(
      await page
        .locator('a')
        .first()
        .evaluate((a) => getComputedStyle(a).color),
    ).toBe('rgb(11, 92, 173)');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'graphql-landing.png') });
    await expectAccessible(page, '/graphql');

    await page.getByRole('link', { name: 'GraphQL-Playground' }).click();
    await page.waitForURL(`${origin}/playground`);
    expect(await page.title()).toContain('GraphQL-Playground');

    await page.goto(hub.gatewayUrl);
    await page.getByRole('link', { name: 'Schema der Schnittstelle' }).click();
    await page.waitForURL(`${origin}/schema.graphql`);
    expect(await page.locator('body').textContent()).toContain('type Query {');

    await page.goto(hub.gatewayUrl);
    await page.getByRole('link', { name: 'Startseite und Dokumentation' }).click();
    await page.waitForURL(`${origin}/`);
    expect(await page.title()).toBe('KommunalNetz Hub');

    await close();
    expect(foreign).toEqual([]);
    expect(problems).toEqual([]);
  });
});
