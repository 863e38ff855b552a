// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// Browser tests of the gateway's pages: the GraphQL playground and the membership dashboard, in
// Debian's Chromium (/usr/bin/chromium) driven by playwright-core, against a real hub (both
// subgraphs, PostgreSQL). Each test also checks that the page talks to nobody but the hub, breaks
// none of its own Content-Security-Policy and passes axe-core's WCAG 2.1 AA rules. Screenshots go
// to test-results/screenshots/ for a person to look at.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { Role } from '../../common/auth/roles';
import { projectRoot } from '../../common/config';
import { addDays, today as todayInGermany } from '../../common/dates';
import { describeInBrowser, ensurePagesBuilt, expectAccessible, launchBrowser, openWatchedPage, SCREENSHOTS } from '../../testing/browser';
import { startTestHub, TestHub } from '../../testing/hub';
import { EXAMPLES } from '../pages/playground/examples';
import { CONTENT_SECURITY_POLICY } from '../pages/serve';

/**
 * Parts of GraphiQL that axe faults and that are third-party code we cannot fix here: the Monaco
 * editors (light line numbers and token colours: color-contrast) and GraphiQL's tab bar (a close
 * button inside each tab: nested-interactive). Everything else is checked: our header, navigation,
 * credential form and intro, and GraphiQL's toolbar, sidebar and logo.
 */
const GRAPHIQL_INTERNALS = ['.graphiql-container .monaco-editor', '.graphiql-container .graphiql-tabs'];

const integer = (n: number) => new Intl.NumberFormat('de-DE', { maximumFractionDigits: 0 }).format(n);
const share = (n: number) => new Intl.NumberFormat('de-DE', { style: 'percent', maximumFractionDigits: 1 }).format(n);

let hub: TestHub;
let origin: string;

beforeAll(async () => {
  // `npx jest gateway/tests/pages.test.ts` on a fresh checkout: build the bundle first (npm test always does).
  ensurePagesBuilt('playground');
  hub = await startTestHub();
  origin = new URL(hub.gatewayUrl).origin;
});
afterAll(async () => {
  await hub?.close();
});

describe('pages over HTTP', () => {
  test('each page with its Content-Security-Policy; assets content-hashed, cached for a year, gzip when accepted', async () => {
    for (const name of ['playground', 'dashboard'] as const) {
      const page = await fetch(`${origin}/${name}`);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY[name]);
      expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
      expect(page.headers.get('x-frame-options')).toBe('DENY');
      const html = await page.text();
      // Nothing in the HTML points anywhere but this origin.
      expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
      const script = /<script type="module" src="(\/assets\/[\w.-]+\.js)">/.exec(html)?.[1];
      expect(script).toMatch(new RegExp(`^/assets/${name}-[A-Z0-9]{8}\\.js$`));

      const packed = await fetch(origin + script!, { headers: { 'accept-encoding': 'gzip' } });
      expect(packed.status).toBe(200);
      expect(packed.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
      expect(packed.headers.get('content-encoding')).toBe('gzip');
      expect(packed.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      const plain = await fetch(origin + script!, { headers: { 'accept-encoding': 'identity' } });
      expect(plain.headers.get('content-encoding')).toBeNull();
      const plainText = await plain.text();
      expect(plainText).toBe(await packed.text());
      expect(Number(plain.headers.get('content-length'))).toBe(Buffer.byteLength(plainText));
    }
    expect((await fetch(`${origin}/assets/missing.js`)).status).toBe(404);
  });

  test('a malformed Stichtag still gets the dashboard page (HTML, not a JSON error)', async () => {
    for (const stichtag of ['2024-02-30', '31.12.2024', 'yesterday', '%00']) {
      const page = await fetch(`${origin}/dashboard?stichtag=${stichtag}`);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(await page.text()).toMatch(/^<!doctype html>/i);
    }
  });

  test('every example operation of the playground runs on the hub without an error', async () => {
    expect(EXAMPLES.map((e) => e.name)).toEqual(['NetzwerkFuerMainz', 'ZehnKommunen', 'WenFragenDorfApp', 'Mitgliederbericht']);
    for (const example of EXAMPLES) {
      expect(example.query).toContain(`query ${example.name} {`);
      const { status, data, errors } = await hub.query(example.query);
      expect({ name: example.name, status, errors }).toEqual({ name: example.name, status: 200, errors: undefined });
      expect(data).toBeTruthy();
    }
  });
});

describeInBrowser('pages in a browser', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const openContext = (viewport?: { width: number; height: number }) => openWatchedPage(browser, origin, viewport);

  /** The text of GraphiQL's result pane (Monaco draws it with non-breaking spaces). */
  async function resultText(page: Page): Promise<string> {
    return ((await page.locator('.graphiql-response').textContent()) ?? '').replace(/\u00a0/g, ' ');
  }

  async function waitForResult(page: Page, needle: string): Promise<void> {
    await page.waitForFunction(
      (text) => (document.querySelector('.graphiql-response')?.textContent ?? '').replace(/\u00a0/g, ' ').includes(text),
      needle,
      { timeout: 20_000 },
    );
  }

  test('the start page links the playground, the dashboard and the Verwaltung', async () => {
    const { context, page, foreign } = await openContext();
    await page.goto(`${origin}/`);
    await page.getByRole('link', { name: 'GraphQL-Playground' }).click();
    await page.waitForURL(`${origin}/playground`);
    await page.goto(`${origin}/`);
    await page.getByRole('link', { name: 'Mitgliederbericht' }).click();
    await page.waitForURL(`${origin}/dashboard`);
    await page.goto(`${origin}/`);
    await page.getByRole('link', { name: 'Verwaltung' }).click();
    await page.waitForURL(`${origin}/verwaltung`);
    await context.close();
    expect(foreign).toEqual([]);
  });

  test('playground: runs the first example and shows Mainz; sends the credential field as x-api-key or bearer token', async () => {
    const { context, page, foreign, problems } = await openContext();
    const response = await page.goto(`${origin}/playground`);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY.playground);
    expect(await page.title()).toContain('GraphQL-Playground');

    // The examples are open as tabs, German and English, the Mainz look-up first.
    const tabs = page.locator('.graphiql-tab');
    await tabs.first().waitFor();
    expect(await tabs.allTextContents()).toEqual(
      expect.arrayContaining([
        expect.stringContaining('NetzwerkFuerMainz'),
        expect.stringContaining('ZehnKommunen'),
        expect.stringContaining('WenFragenDorfApp'),
        expect.stringContaining('Mitgliederbericht'),
      ]),
    );
    await page.locator('.graphiql-query-editor .view-lines').getByText('Which network fits Mainz?').waitFor();

    // Runs the open tab and returns the request GraphiQL sent (not its schema introspection).
    const run = async () => {
      const [answer] = await Promise.all([
        page.waitForResponse((r) => r.url() === `${origin}/graphql` && !r.request().postData()?.includes('IntrospectionQuery')),
        page.locator('button.graphiql-execute-button').click(),
      ]);
      return answer.request().headers();
    };
    let sent = await run();
    await waitForResult(page, 'Mainz, Stadt');
    const result = await resultText(page);
    expect(result).toContain('"population": 224684');
    expect(result).toContain('IKONE-DS');
    expect(sent).not.toHaveProperty('x-api-key');
    expect(sent).not.toHaveProperty('authorization');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'playground.png') });

    // A partner key from the field goes out as x-api-key and is accepted.
    const { secret } = await hub.apiKeys.create({ name: 'Playground test', role: Role.PARTNER, createdBy: 'pages.test' });
    await page.getByLabel('Schlüssel oder Token').fill(secret);
    expect(await page.locator('#credential-notice').textContent()).toContain('x-api-key');
    sent = await run();
    expect(sent['x-api-key']).toBe(secret);
    await waitForResult(page, 'Mainz, Stadt');
    expect(await resultText(page)).not.toContain('UNAUTHENTICATED');

    // A bearer token goes out as Authorization; this hub has no token issuer, so it is refused (401).
    await page.getByLabel('Art').selectOption('bearer');
    await page.getByLabel('Schlüssel oder Token').fill('Bearer not-a-real-token');
    sent = await run();
    expect(sent.authorization).toBe('Bearer not-a-real-token');
    expect(sent).not.toHaveProperty('x-api-key');
    await waitForResult(page, 'UNAUTHENTICATED');

    await expectAccessible(page, 'playground', GRAPHIQL_INTERNALS);
    await context.close();
    expect(foreign).toEqual([]);
    expect(problems).toEqual([]);
  });

  test('dashboard: both networks, charts and tables with the numbers of the API, formatted de-DE', async () => {
    const COVERAGE =
      'state { members eligible coverage eligiblePopulation populationReached populationShare } districts { districtArs label members eligible coverage eligiblePopulation populationReached populationShare }';
    const FIGURES = 'knownMembers complete note latestReportedSize { members source }';
    const api = await hub.query(`{
      dd: coverageReport(network: DIGITALE_DOERFER_RLP) { asOf ${COVERAGE} ${FIGURES} }
      ik: coverageReport(network: IKONE_DS) { asOf ${COVERAGE} ${FIGURES} }
      ddYears: membershipReport(network: DIGITALE_DOERFER_RLP, groupBy: YEAR_JOINED) { total rows { key label members } }
      ikYears: membershipReport(network: IKONE_DS, groupBy: YEAR_JOINED) { total rows { key label members } }
    }`);
    // Without the report API in the schema, the dashboard has nothing to show.
    expect(api.errors).toBeUndefined();

    const { context, page, foreign, problems } = await openContext();
    const response = await page.goto(`${origin}/dashboard`);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY.dashboard);
    expect(await page.getAttribute('html', 'lang')).toBe('de');
    await page.locator('#status').getByText('Stand:').waitFor({ timeout: 20_000 });
    expect(await page.locator('#problem').isHidden()).toBe(true);

    // The footer carries the directory's full source note (Gebietsstand, licence, "Daten verändert"), as SOURCE.md words it.
    const sourceNote = fs
      .readFileSync(path.join(projectRoot, 'services/registry/data/SOURCE.md'), 'utf8')
      .split('\n')
      .filter((line) => line.startsWith('> '))
      .map((line) => line.slice(2))
      .join(' ');
    const attribution = (await page.locator('footer #directory-attribution').textContent())!.replace(/\s+/g, ' ').trim();
    expect(sourceNote).toContain('Gebietsstand 30.11.2025');
    expect(attribution).toBe(sourceNote.replace(/\s+/g, ' ').trim());
    expect(await page.locator('footer #licence-text').textContent()).toBe('Lizenztext: https://www.govdata.de/dl-de/by-2-0');

    for (const [id, coverage, years] of [
      ['DIGITALE_DOERFER_RLP', api.data.dd, api.data.ddYears],
      ['IKONE_DS', api.data.ik, api.data.ikYears],
    ] as const) {
      // What the figures count, beside them: known against reported members, the source as text (no link out).
      expect(await page.locator(`#completeness-${id}`).textContent()).toContain(coverage.note);
      expect(await page.locator(`#completeness-${id} .url`).textContent()).toBe(coverage.latestReportedSize.source);
      expect(await page.locator(`#known-members-${id} dd`).textContent()).toBe(integer(coverage.knownMembers));
      expect(await page.locator(`#coverage-figure-${id} dd`).textContent()).toBe(
        coverage.complete ? share(coverage.state.coverage) : `mindestens ${share(coverage.state.coverage)} (Untergrenze)`,
      );
      if (id === 'DIGITALE_DOERFER_RLP') {
        expect(coverage.complete).toBe(false);
        expect(await page.locator(`#reported-members-${id} dd`).textContent()).toBe('61 (April 2025)');
      }
      // Coverage table: one row per district with the API's numbers, and the state in the footer.
      const rows = page.locator(`#coverage-table-${id} tbody tr`);
      expect(await rows.count()).toBe(coverage.districts.length);
      expect(coverage.districts.length).toBeGreaterThan(30);
      const shown = await rows.evaluateAll((trs) => trs.map((tr) => Array.from(tr.children).map((cell) => cell.textContent)));
      coverage.districts.forEach((d: any, i: number) => {
        expect(shown[i]).toEqual([
          d.label,
          integer(d.members),
          integer(d.eligible),
          d.eligible > 0 ? share(d.coverage) : '–',
          integer(d.eligiblePopulation),
          integer(d.populationReached),
          d.eligiblePopulation > 0 ? share(d.populationShare) : '–',
        ]);
      });
      const foot = await page.locator(`#coverage-table-${id} tfoot td`).allTextContents();
      expect(foot.slice(0, 2)).toEqual([integer(coverage.state.members), integer(coverage.state.eligible)]);
      expect(foot[3]).toBe(integer(coverage.state.eligiblePopulation));
      // A thousands separator the German way, e.g. 4.100.000.
      expect(foot[3]).toMatch(/^\d{1,3}(\.\d{3})+$/);

      // The same table for spreadsheets: an XLSX and a CSV download from the hub itself, for the Stichtag shown.
      const links = page.locator(`.table-block:has(#coverage-table-${id}) .download a`);
      const caption = `Abdeckung je Landkreis und kreisfreier Stadt – ${await page.locator(`#network-${id}`).textContent()}`;
      expect(await links.allTextContents()).toEqual([`${caption} als Excel-Datei (XLSX)`, `${caption} als CSV-Datei`]);
      const [xlsx, csv] = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(xlsx).toBe(`/reports/coverage.xlsx?network=${id}&stichtag=${coverage.asOf}`);
      expect(csv).toBe(`/reports/coverage.csv?network=${id}&stichtag=${coverage.asOf}`);
      const download = await fetch(origin + csv);
      expect(download.status).toBe(200);
      expect(await download.text()).toContain(coverage.districts[0].label);
      const workbook = await fetch(origin + xlsx);
      expect([workbook.status, workbook.headers.get('content-type')]).toEqual([
        200,
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      ]);
      await workbook.arrayBuffer();

      // The bar chart: one bar per district that has eligible units, each with its share.
      const charted = coverage.districts.filter((d: any) => d.eligible > 0);
      const bars = page.locator(`#coverage-figure-${id} svg g.bar-row`);
      expect(await bars.count()).toBe(charted.length);
      expect(await bars.nth(0).locator('title').textContent()).toBe(
        `${charted[0].label}: ${share(charted[0].coverage)} (${integer(charted[0].members)} von ${integer(charted[0].eligible)})`,
      );
      expect(await page.locator(`#coverage-figure-${id} svg`).getAttribute('role')).toBe('img');

      // Members by year of joining: table and chart with the same numbers.
      const yearRows = await page
        .locator(`#years-table-${id} tbody tr`)
        .evaluateAll((trs) => trs.map((tr) => Array.from(tr.children).map((cell) => cell.textContent)));
      const byKey = new Map(years.rows.map((r: any) => [r.label, integer(r.members)]));
      expect(yearRows.map((r) => [r[0], r[1]])).toEqual(expect.arrayContaining([...byKey.entries()]));
      expect(yearRows).toHaveLength(years.rows.length);
      expect(await page.locator(`#years-table-${id} tfoot td`).first().textContent()).toBe(integer(years.total));
      // The chart's axis is time: one bar per year from the first to the last, and one for an unknown year.
      const known = years.rows.filter((r: any) => /^\d{4}$/.test(r.key)).map((r: any) => Number(r.key));
      const span = known.length > 0 ? Math.max(...known) - Math.min(...known) + 1 : 0;
      expect(await page.locator(`#years-figure-${id} svg rect.bar`).count()).toBe(span + years.rows.length - known.length);
    }
    await page.screenshot({ path: path.join(SCREENSHOTS, 'dashboard.png'), fullPage: true });
    await expectAccessible(page, 'dashboard');

    // A phone: one column, nothing wider than the screen, charts redrawn for the width.
    await page.setViewportSize({ width: 375, height: 812 });
    await page.waitForFunction(() => ((document.querySelector('.chart') as SVGSVGElement | null)?.width.baseVal.value ?? 999) <= 375);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'dashboard-phone.png'), fullPage: true });
    await expectAccessible(page, 'dashboard on a phone');

    await context.close();
    expect(foreign).toEqual([]);
    expect(problems).toEqual([]);
  });

  test('dashboard: a malformed Stichtag is explained in German on the page; the date field offers no day after today', async () => {
    const { context, page, foreign, problems } = await openContext();
    const today = todayInGermany(); // the page's "today" is the German day, whatever the browser's clock zone
    for (const [stichtag, reason] of [
      ['2024-02-30', '.'],
      ['31.12.2024', '.'],
      ['yesterday', '.'],
      ['0000-01-01', '.'],
      ['1989-12-31', ': die Berichte beginnen am 01.01.1990.'],
      ['2999-01-01', '.'],
      ['2099-12-31', ': der Tag liegt in der Zukunft, Zahlen gibt es bis heute'],
    ]) {
      await page.goto(`${origin}/dashboard?stichtag=${encodeURIComponent(stichtag)}`);
      const problem = page.locator('#problem');
      await problem.waitFor({ state: 'visible', timeout: 20_000 });
      const text = (await problem.textContent()) ?? '';
      expect(text).toContain(`„${stichtag}“ ist kein gültiger Stichtag${reason}`);
      expect(text).toContain('JJJJ-MM-TT');
      expect(text).toContain('vom 01.01.1990 bis heute');
      expect(text).not.toMatch(/must|error|Internal|\{/i);
      expect(await page.locator('#stichtag').getAttribute('max')).toBe(today);
      expect(await page.locator('#stichtag').getAttribute('min')).toBe('1990-01-01');
      expect(await page.locator('#report').textContent()).toBe('');
    }
    await context.close();
    expect(foreign).toEqual([]);
    expect(problems).toEqual([]);
  });

  /** English words the API's messages use; the dashboard shows none of them. */
  const ENGLISH = /\b(the|too|many|requests?|error|internal|server|try|again|must|failed|unavailable|fetch|network)\b/i;

  test('dashboard: a Stichtag in the future typed into the field is explained in German, in the page and not by a browser bubble', async () => {
    const { context, page, foreign, problems } = await openContext();
    await page.goto(`${origin}/dashboard`);
    await page.locator('#status').getByText('Stand:').waitFor({ timeout: 20_000 });
    const future = addDays(todayInGermany(), 7);
    await page.locator('#stichtag').fill(future);
    await page.locator('#stichtag').press('Enter');
    await page.waitForURL(`${origin}/dashboard?stichtag=${future}`);
    const problem = page.locator('#problem');
    await problem.waitFor({ state: 'visible', timeout: 20_000 });
    const text = (await problem.textContent()) ?? '';
    expect(text).toContain(`„${future}“ ist kein gültiger Stichtag: der Tag liegt in der Zukunft, Zahlen gibt es bis heute (`);
    expect(text).not.toMatch(ENGLISH);
    // the day stays in the field, marked, to be corrected there
    expect(await page.locator('#stichtag').inputValue()).toBe(future);
    expect(await page.locator('#stichtag').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#report').textContent()).toBe('');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'dashboard-future-stichtag.png') });
    await expectAccessible(page, 'dashboard with a future Stichtag');
    await context.close();
    expect(foreign).toEqual([]);
    expect(problems).toEqual([]);
  });

  test('dashboard: whatever the API or the network answers, the page says it in German only', async () => {
    const graphqlError = (status: number, code: string, message: string, headers: Record<string, string> = {}, extensions = {}) => ({
      status,
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ errors: [{ message, extensions: { code, ...extensions } }] }),
    });
    const cases: { name: string; answer: 'abort' | { status: number; headers: Record<string, string>; body: string }; expected: string }[] =
      [
        {
          name: 'rate limit',
          answer: graphqlError(429, 'RATE_LIMITED', 'Too many requests; try again in 17 s.', { 'retry-after': '17' }),
          expected: 'Von diesem Anschluss kamen in kurzer Zeit zu viele Anfragen; bitte in 17 Sekunden erneut versuchen.',
        },
        {
          name: 'error of the hub',
          answer: graphqlError(
            200,
            'INTERNAL_SERVER_ERROR',
            'Internal server error (request id 0b3c0f0e-1d2e-4f5a-8b9c-0d1e2f3a4b5c).',
            {},
            {
              requestId: '0b3c0f0e-1d2e-4f5a-8b9c-0d1e2f3a4b5c',
            },
          ),
          expected:
            'Im Hub ist ein Fehler aufgetreten; bitte später erneut versuchen. Wer den Betrieb des Hubs verständigt, nennt bitte die Anfrage-ID 0b3c0f0e-1d2e-4f5a-8b9c-0d1e2f3a4b5c.',
        },
        {
          name: 'a subgraph down',
          answer: graphqlError(200, 'SERVICE_UNAVAILABLE', 'The registry is not available right now; try again later.'),
          expected: 'Ein Teil des Hubs ist gerade nicht erreichbar; bitte in einigen Minuten erneut versuchen.',
        },
        {
          name: 'a Stichtag the API refuses',
          answer: graphqlError(200, 'BAD_USER_INPUT', 'asOf must be a date between 1990-01-01 and today.', {}, { argument: 'asOf' }),
          expected: 'Für diesen Stichtag gibt es keinen Bericht; bitte einen Tag vom 01.01.1990 bis heute wählen.',
        },
        {
          name: 'another refusal',
          answer: graphqlError(200, 'QUERY_TOO_COMPLEX', 'The query costs 60000; at most 50000 are allowed.'),
          expected: 'Die Schnittstelle hat die Anfrage dieser Seite abgelehnt; bitte die Seite neu laden.',
        },
        {
          name: 'a proxy’s error page',
          answer: { status: 502, headers: { 'content-type': 'text/html' }, body: '<html><body>502 Bad Gateway</body></html>' },
          expected: 'Die Schnittstelle antwortete unerwartet (HTTP 502); bitte später erneut versuchen.',
        },
        {
          name: 'no connection',
          answer: 'abort',
          expected: 'Der Hub ist nicht erreichbar; bitte die Netzverbindung prüfen und die Seite neu laden.',
        },
      ];
    const { context, page, foreign, problems } = await openContext();
    let answer: (typeof cases)[number]['answer'] = 'abort';
    await page.route(`${origin}/graphql`, (route) => (answer === 'abort' ? route.abort('internetdisconnected') : route.fulfill(answer)));
    for (const { name, answer: next, expected } of cases) {
      answer = next;
      await page.goto(`${origin}/dashboard`);
      const problem = page.locator('#problem');
      await problem.waitFor({ state: 'visible', timeout: 20_000 });
      const text = (await problem.textContent()) ?? '';
      expect({ name, text }).toEqual({ name, text: `Der Bericht konnte nicht geladen werden. ${expected}` });
      expect({ name, english: ENGLISH.exec(text)?.[0] ?? null }).toEqual({ name, english: null });
      expect(await page.locator('#status').textContent()).toBe('');
      expect(await page.locator('#report').getAttribute('aria-busy')).toBe('false');
    }
    await page.screenshot({ path: path.join(SCREENSHOTS, 'dashboard-no-connection.png') });
    await expectAccessible(page, 'dashboard without a connection');
    await context.close();
    expect(foreign).toEqual([]);
    expect(problems).toEqual([]);
  });

  test('dashboard: keyboard only, a past Stichtag gives the API numbers of that day', async () => {
    const { context, page, foreign, problems } = await openContext();
    await page.goto(`${origin}/dashboard`);
    await page.locator('#status').getByText('Stand:').waitFor({ timeout: 20_000 });
    // The skip link comes first and leads to the content.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Zum Inhalt springen');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('inhalt');
    // Tab through to the date field, type a day, press Enter.
    for (let i = 0; i < 10 && (await page.evaluate(() => document.activeElement?.id)) !== 'stichtag'; i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('stichtag');
    await page.locator('#stichtag').fill('2024-12-31');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${origin}/dashboard?stichtag=2024-12-31`);
    await page.locator('#status').getByText('Stand: 31. Dezember 2024.').waitFor({ timeout: 20_000 });
    const { data } = await hub.query(
      `{ coverageReport(network: DIGITALE_DOERFER_RLP, asOf: "2024-12-31") { state { members eligible } } }`,
    );
    const foot = await page.locator('#coverage-table-DIGITALE_DOERFER_RLP tfoot td').allTextContents();
    expect(foot.slice(0, 2)).toEqual([integer(data.coverageReport.state.members), integer(data.coverageReport.state.eligible)]);
    await context.close();
    expect(foreign).toEqual([]);
    expect(problems).toEqual([]);
  });
});
