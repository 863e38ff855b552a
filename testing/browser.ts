// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// What every browser test shares: Debian's Chromium (/usr/bin/chromium) driven by playwright-core
// — never a downloaded browser —, the bundled pages, a page that refuses and records any request
// to another origin, CSP violations and page errors, and axe-core's WCAG 2.1 AA rules.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { projectRoot } from '../common/config';
import { PAGES_DIR } from '../gateway/pages/serve';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Where the browser tests keep their screenshots (docs/verwaltung.md shows some of them). */
export const SCREENSHOTS = path.join(projectRoot, 'test-results/screenshots');

/** The flags this machine kind needs: no sandbox as root, and no background calls to Google's hosts. */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** axe-core's tags for WCAG 2.1 level AA (what BITV 2.0 asks for). */
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

const haveChromium = fs.existsSync(CHROMIUM);
const MISSING_CHROMIUM =
  `Chromium not found at ${CHROMIUM}: install it with "apt-get install -y chromium" (Debian; .ci/run does), ` + 'or set CHROMIUM_PATH.';

/**
 * describe() for the browser part of a test file. A new user's `npm test` skips it, with the
 * reason, instead of failing for want of a browser; CI fails.
 */
export function describeInBrowser(title: string, body: () => void): void {
  if (haveChromium || process.env.CI) {
    describe(haveChromium ? title : `${title} (${MISSING_CHROMIUM})`, body);
  } else {
    console.warn(`Skipping the browser tests "${title}". ${MISSING_CHROMIUM}`);
    describe.skip(`${title} (${MISSING_CHROMIUM})`, body);
  }
}

/** Builds the pages when a lone test run finds no bundle (`npm test` builds them first). */
export function ensurePagesBuilt(page: 'playground' | 'dashboard' | 'verwaltung'): void {
  if (!fs.existsSync(path.join(PAGES_DIR, `${page}.html`))) {
    execFileSync(process.execPath, [path.join(projectRoot, 'scripts/build-pages.js')], { stdio: 'inherit' });
  }
}

/** Starts headless Chromium; playwright-core gives every launch a fresh, temporary profile. */
export async function launchBrowser(): Promise<Browser> {
  if (!haveChromium) throw new Error(MISSING_CHROMIUM);
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

/** A page in a fresh browser session (own cookies and storage), watched. */
export interface WatchedPage {
  context: BrowserContext;
  page: Page;
  /** Requests to another origin (each refused), also from workers. */
  foreign: string[];
  /** CSP violations and uncaught page errors. */
  problems: string[];
  /** Every request the page sent: URL, method and the x-api-key header it carried. */
  requests: { url: string; method: string; apiKey: string | undefined }[];
  close(): Promise<void>;
}

/**
 * Opens a watched page for `origin` (the hub under test): anything else is refused, so a failing
 * test never sends a request off this machine — but for `alsoAllowed`, loopback origins a test
 * runs itself (e.g. an identity provider).
 */
export async function openWatchedPage(
  browser: Browser,
  origin: string,
  viewport: { width: number; height: number } = { width: 1280, height: 900 },
  alsoAllowed: string[] = [],
): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport, locale: 'de-DE' });
  const foreign: string[] = [];
  const problems: string[] = [];
  const requests: WatchedPage['requests'] = [];
  const allowed = new Set([origin, ...alsoAllowed]);
  const isOwn = (url: string) => url.startsWith('data:') || url.startsWith('blob:') || allowed.has(new URL(url).origin);
  context.on('request', (request) => {
    requests.push({ url: request.url(), method: request.method(), apiKey: request.headers()['x-api-key'] });
    if (!isOwn(request.url())) foreign.push(request.url());
  });
  await context.route('**/*', (route) => (isOwn(route.request().url()) ? route.continue() : route.abort('blockedbyclient')));
  const page = await context.newPage();
  page.on('worker', (worker) => {
    if (!isOwn(worker.url())) foreign.push(`worker ${worker.url()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) problems.push(`CSP: ${message.text()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`Refused to load ${event.blockedURI} (Content Security Policy ${event.violatedDirective})`);
    });
  });
  return { context, page, foreign, problems, requests, close: () => context.close() };
}

/**
 * axe-core's WCAG 2.1 AA rules find nothing on the page as it is now. `screen` names the state
 * in the failure; `exclude` leaves out third-party parts we cannot fix (GraphiQL's editor).
 */
export async function expectAccessible(page: Page, screen: string, exclude: string[] = []): Promise<void> {
  let builder = new AxeBuilder({ page }).withTags(WCAG_21_AA);
  for (const selector of exclude) builder = builder.exclude(selector);
  const { violations } = await builder.analyze();
  const summary = violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect({ screen, violations: summary }).toEqual({ screen, violations: [] });
}
