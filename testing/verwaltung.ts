// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// What the Verwaltung's browser tests (gateway/tests/verwaltung*.test.ts) share: signing in with
// an API key as a person does, the navigation, and the check that a key or a secret stays in the
// tab's memory.
import type { Page } from 'playwright-core';
import type { WatchedPage } from './browser';

/** The navigation "Bereiche der Verwaltung". */
export const verwaltungNav = (page: Page) => page.getByRole('navigation', { name: 'Bereiche der Verwaltung' });

/** Opens /verwaltung of `origin` and signs in with `key`, as a person does; resolves when the screens are there. */
export async function signIn(page: Page, origin: string, key: string): Promise<void> {
  await page.goto(`${origin}/verwaltung`);
  await page.getByLabel('API-Schlüssel').fill(key);
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await page.getByRole('button', { name: 'Abmelden' }).waitFor();
  await verwaltungNav(page).waitFor();
}

/** Opens a screen from the navigation and waits for its heading. */
export async function openScreen(page: Page, name: string, heading: string): Promise<void> {
  await verwaltungNav(page).getByRole('button', { name, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: heading, exact: true }).waitFor();
}

/** Requests to the API so far: a form refused in the page adds none. */
export const apiRequests = (watched: WatchedPage, origin: string) => watched.requests.filter((r) => r.url === `${origin}/graphql`).length;

/**
 * A key or secret is nowhere the browser keeps things — the URL, local and session storage,
 * cookies — nor in any request's URL. `inPage: false` (for the signed-in key) also wants it out
 * of the page and every API request to carry it in the header x-api-key; a secret just created
 * may be shown in the page.
 */
export async function expectNotKept(watched: WatchedPage, origin: string, secret: string, { inPage = false } = {}): Promise<void> {
  const { page } = watched;
  expect(page.url()).toBe(`${origin}/verwaltung`);
  const kept = await page.evaluate(() => ({
    local: Object.keys(localStorage).length,
    session: Object.keys(sessionStorage).length,
    cookie: document.cookie,
    html: document.documentElement.outerHTML,
    inputs: Array.from(document.querySelectorAll('input, textarea')).map((e) => (e as HTMLInputElement).value),
  }));
  expect({ local: kept.local, session: kept.session, cookie: kept.cookie }).toEqual({ local: 0, session: 0, cookie: '' });
  expect(await page.context().cookies()).toEqual([]);
  for (const request of watched.requests) expect(request.url).not.toContain(secret);
  if (inPage) return;
  expect(kept.html).not.toContain(secret);
  expect(kept.inputs).not.toContain(secret);
  const api = watched.requests.filter((r) => r.url === `${origin}/graphql`);
  expect(api.length).toBeGreaterThan(0);
  for (const request of api) expect(request).toMatchObject({ method: 'POST', apiKey: secret });
}
