// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// Browser tests of the Verwaltung (/verwaltung, issue 15; so far sign-in, the inbox of Digitale
// Dörfer applications, and the members with a municipality's page) in Debian's Chromium driven by playwright-core, against a real hub
// (both subgraphs, PostgreSQL). Every step is done through the page alone and checked against the
// API's state afterwards. Each page also must talk to nobody but the hub, break none of its own
// Content-Security-Policy, pass axe-core's WCAG 2.1 AA rules, and keep the API key out of the URL,
// the storages and cookies. Screenshots go to test-results/screenshots/.
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import {
  describeInBrowser,
  ensurePagesBuilt,
  expectAccessible,
  launchBrowser,
  openWatchedPage,
  SCREENSHOTS,
  type WatchedPage,
} from '../../testing/browser';
import { createCallerKeys, startTestHub, withKey, type TestCaller, type TestHub } from '../../testing/hub';
import { CONTENT_SECURITY_POLICY } from '../pages/serve';

let hub: TestHub;
let origin: string;
let keys: Record<TestCaller, string>;

const CURRENT = `query($key: ID!) { municipality(key: $key) { digitaleDoerfer { id status version startedOn decisionReason } } }`;
const APPLY = `mutation($input: ApplicationInput!) { recordApplication(input: $input) { membership { id version } } }`;

async function current(
  key: string,
): Promise<{ id: string; status: string; version: number; startedOn: string | null; decisionReason: string | null }> {
  const { data, errors } = await hub.query(CURRENT, { key }, withKey(keys.admin));
  expect(errors).toBeUndefined();
  return data.municipality.digitaleDoerfer;
}

/** A letter recorded through the API, for the tests that start from an open application. */
async function applyByApi(key: string): Promise<void> {
  const { errors } = await hub.query(
    APPLY,
    { input: { municipalityKey: key, letterDate: '2025-03-01', signedBy: 'Ortsbürgermeisterin Test', receivedOn: '2025-03-05' } },
    withKey(keys.dd),
  );
  expect(errors).toBeUndefined();
}

beforeAll(async () => {
  ensurePagesBuilt('verwaltung');
  hub = await startTestHub({ env: { RATE_LIMIT_MAX: '100000' } });
  origin = new URL(hub.gatewayUrl).origin;
  keys = await createCallerKeys(hub, 'verwaltung');
});
afterAll(async () => {
  await hub?.close();
});

test('GET /verwaltung: the page with its Content-Security-Policy, no inline script, nothing from elsewhere', async () => {
  const response = await fetch(`${origin}/verwaltung`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
  const policy = response.headers.get('content-security-policy');
  expect(policy).toBe(CONTENT_SECURITY_POLICY.verwaltung);
  expect(policy).toContain("default-src 'none'");
  expect(policy).toContain("script-src 'self'");
  expect(policy).not.toContain('unsafe-inline');
  const html = await response.text();
  expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
  // Every script is a file of this origin: no inline code, no event-handler attributes.
  expect(html.match(/<script\b[^>]*>/g)).toEqual([
    expect.stringMatching(/^<script type="module" src="\/assets\/verwaltung-[A-Z0-9]{8}\.js">$/),
  ]);
  expect(html).not.toMatch(/<script[^>]*>[^<]+<\/script>/);
  expect(html).not.toMatch(/\son[a-z]+=/i);
});

describeInBrowser('Verwaltung in a browser', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const openSession = (viewport?: { width: number; height: number }) => openWatchedPage(browser, origin, viewport);

  async function signIn(page: Page, key: string): Promise<void> {
    const response = await page.goto(`${origin}/verwaltung`);
    expect(response?.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY.verwaltung);
    await page.getByLabel('API-Schlüssel').fill(key);
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await page.getByRole('button', { name: 'Abmelden' }).waitFor();
    await page.getByRole('heading', { name: 'Offene Anträge' }).waitFor();
  }

  /** The key appears nowhere the browser keeps things: URL, history, storages, cookies, the DOM. */
  async function expectKeyNowhere(watched: WatchedPage, key: string): Promise<void> {
    const { page } = watched;
    expect(page.url()).toBe(`${origin}/verwaltung`);
    const kept = await page.evaluate(() => ({
      local: Object.keys(localStorage).map((k) => `${k}=${localStorage.getItem(k)}`),
      session: Object.keys(sessionStorage).map((k) => `${k}=${sessionStorage.getItem(k)}`),
      cookie: document.cookie,
      html: document.documentElement.outerHTML,
      inputs: Array.from(document.querySelectorAll('input, textarea')).map((e) => (e as HTMLInputElement).value),
    }));
    expect(kept.local).toEqual([]);
    expect(kept.session).toEqual([]);
    expect(kept.cookie).toBe('');
    expect(kept.html).not.toContain(key);
    expect(kept.inputs).not.toContain(key);
    expect(await page.context().cookies()).toEqual([]);
    for (const request of watched.requests) expect(request.url).not.toContain(key);
    // Every request to the API carried the key, in its header.
    const api = watched.requests.filter((r) => r.url === `${origin}/graphql`);
    expect(api.length).toBeGreaterThan(0);
    for (const request of api) expect(request).toMatchObject({ method: 'POST', apiKey: key });
  }

  const nav = (page: Page) => page.getByRole('navigation', { name: 'Bereiche der Verwaltung' });

  const card = (page: Page, name: string) => page.locator('article.application', { has: page.getByRole('heading', { name, exact: true }) });

  test("coordinator: signs in, is refused Mainz at the field, records Kerzenheim's letter, approves it; the API says ACTIVE", async () => {
    const watched = await openSession();
    const { page } = watched;
    try {
      await page.goto(`${origin}/verwaltung`);
      await expectAccessible(page, 'Anmeldung');
      // validated before anything is sent
      await page.getByRole('button', { name: 'Anmelden' }).click();
      expect(await page.getByLabel('API-Schlüssel').getAttribute('aria-invalid')).toBe('true');
      expect(await page.getByText('Bitte den API-Schlüssel eingeben.').isVisible()).toBe(true);
      // a wrong key: refused at the field
      await page.getByLabel('API-Schlüssel').fill('knh_0000000000000000_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA');
      await page.getByRole('button', { name: 'Anmelden' }).click();
      await page.getByText('Der API-Schlüssel wurde nicht angenommen', { exact: false }).waitFor();
      await expectAccessible(page, 'Anmeldung mit Fehler');

      watched.requests.length = 0; // from here on, every request must carry the coordinator's key
      await signIn(page, keys.dd);
      expect(await page.locator('#rolle').textContent()).toBe('Koordination Netzwerk Digitale Dörfer RLP');
      await expectKeyNowhere(watched, keys.dd);
      await expectAccessible(page, 'Anträge (Koordination)');

      // A kreisfreie Stadt: the API refuses, its reason stands at the municipality field.
      const search = page.getByRole('searchbox', { name: 'Kommune' });
      await search.fill('Mainz');
      await page.getByRole('radio', { name: /^Mainz, Stadt – Kreisfreie Stadt/ }).check();
      await page.getByText('Netzwerk Digitale Dörfer RLP: nicht aufnahmeberechtigt').waitFor();
      await page.getByLabel('Datum des Schreibens').fill('2025-03-01');
      await page.getByLabel('Unterzeichnet von').fill('Oberbürgermeister Test');
      await page.getByRole('button', { name: 'Schreiben erfassen' }).click();
      await page.getByText(/Abgelehnt: Kreisfreie Stadt/).waitFor();
      expect(await search.getAttribute('aria-invalid')).toBe('true');
      const describedBy = (await search.getAttribute('aria-describedby'))!.split(' ');
      const errorText = await page.locator(`#${describedBy.at(-1)}`).textContent();
      expect(errorText).toContain('nimmt keine kreisfreien Städte auf');
      await expectAccessible(page, 'Schreiben abgelehnt');
      expect((await hub.query(CURRENT, { key: '07315000' })).data.municipality.digitaleDoerfer).toBeNull();

      // Kerzenheim, picked from the forgiving search (no umlaut typed), with type, VG and Landkreis.
      await search.fill('kerzenh');
      const kerzenheim = page.getByRole('radio', { name: /^Kerzenheim – Ortsgemeinde, Verbandsgemeinde Eisenberg \(Pfalz\), Landkreis / });
      await kerzenheim.check();
      expect(await search.getAttribute('aria-invalid')).toBeNull();
      await page.getByText(/Eignung von Kerzenheim/).waitFor();
      await page.getByLabel('Datum des Schreibens').fill('2025-03-01');
      await page.getByLabel('Eingegangen am').fill('2025-03-05');
      await page.getByLabel('Unterzeichnet von').fill('Ortsbürgermeister Max Muster');
      await page.getByRole('textbox', { name: 'Name' }).fill('Erika Beispiel');
      await page.getByRole('textbox', { name: 'Funktion' }).fill('Digitalisierungsbeauftragte');
      await page.getByRole('button', { name: 'Schreiben erfassen' }).click();
      await page.getByText('Das Beitrittsschreiben von Kerzenheim ist erfasst', { exact: false }).waitFor();
      const recorded = await current('07333038');
      expect(recorded).toMatchObject({ status: 'RECEIVED', version: 1 });
      await page.screenshot({ path: path.join(SCREENSHOTS, 'verwaltung-antraege.png'), fullPage: true });

      // Approve from the open application's card, with a start date.
      const application = card(page, 'Kerzenheim');
      await application.getByText('Netzwerk Digitale Dörfer RLP:', { exact: false }).waitFor();
      await application.getByLabel('Mitglied ab').fill('2025-04-01');
      await application.getByRole('button', { name: 'Antrag genehmigen' }).click();
      await page.getByText('Der Antrag von Kerzenheim wurde genehmigt.').waitFor();
      expect(await application.count()).toBe(0);
      await page.getByRole('rowheader', { name: 'Kerzenheim' }).waitFor();
      expect(await current('07333038')).toMatchObject({ id: recorded.id, status: 'ACTIVE', version: 2, startedOn: '2025-04-01' });
      await expectAccessible(page, 'Anträge nach der Genehmigung');
      await expectKeyNowhere(watched, keys.dd);

      // Abmelden forgets the key: the sign-in is back, and no later request carries it.
      await page.getByRole('button', { name: 'Abmelden' }).click();
      await page.getByText('Sie sind abgemeldet.', { exact: false }).waitFor();
      expect(await page.getByLabel('API-Schlüssel').inputValue()).toBe('');
      expect(await page.getByRole('heading', { name: 'Offene Anträge' }).count()).toBe(0);
      await expectKeyNowhere(watched, keys.dd);

      expect(watched.foreign).toEqual([]);
      expect(watched.problems).toEqual([]);
    } finally {
      await watched.close();
    }
  });

  test('partner: reads the open applications, without the letter form or any decision button', async () => {
    await applyByApi('07333060');
    const watched = await openSession({ width: 820, height: 1180 }); // a tablet
    const { page } = watched;
    try {
      await signIn(page, keys.partner);
      expect(await page.locator('#rolle').textContent()).toBe('Partner (nur lesen)');
      const application = card(page, (await hub.query(`{ municipality(key: "07333060") { name } }`)).data.municipality.name);
      await application.waitFor();
      expect(await application.getByText('Ortsbürgermeisterin Test').count()).toBe(1);
      expect(await page.getByRole('heading', { name: 'Beitrittsschreiben erfassen' }).count()).toBe(0);
      expect(await page.getByRole('button').allTextContents()).toEqual(['Abmelden', 'Anträge', 'Mitglieder']);
      expect(await page.locator('form').count()).toBe(0);
      await expectAccessible(page, 'Anträge (Partner)');
      await page.screenshot({ path: path.join(SCREENSHOTS, 'verwaltung-partner.png'), fullPage: true });

      // Members: the partner reads the list and a page with its contact person, and has no form.
      await nav(page).getByRole('button', { name: 'Mitglieder' }).click();
      await page.getByRole('table', { name: 'Mitgliedschaften im Netzwerk Digitale Dörfer RLP' }).waitFor();
      await page.getByRole('button', { name: 'Göllheim', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Göllheim' }).waitFor();
      await page.getByRole('heading', { name: 'Ansprechperson', exact: true }).waitFor();
      expect(await page.locator('form:visible').count()).toBe(0);
      expect(await page.getByRole('heading', { name: 'Mitgliedschaft beenden' }).count()).toBe(0);
      await expectAccessible(page, 'Kommune (Partner)');
      await expectKeyNowhere(watched, keys.partner);
      expect(watched.foreign).toEqual([]);
      expect(watched.problems).toEqual([]);
    } finally {
      await watched.close();
    }
  });

  test('a stale version between two browser sessions: explained with "Neu laden", the typed reason survives the reload', async () => {
    await applyByApi('07333017');
    const name = (await hub.query(`{ municipality(key: "07333017") { name } }`)).data.municipality.name as string;
    const first = await openSession();
    const second = await openSession();
    try {
      await signIn(first.page, keys.dd);
      await signIn(second.page, keys.dd);
      const reason = 'Das Schreiben ist nicht von der Ortsbürgermeisterin unterzeichnet.';
      await card(second.page, name).getByLabel('Grund der Ablehnung').fill(reason);

      // The first session approves; the second, still showing version 1, rejects.
      await card(first.page, name).getByRole('button', { name: 'Antrag genehmigen' }).click();
      await first.page.getByText(`Der Antrag von ${name} wurde genehmigt.`).waitFor();
      await card(second.page, name).getByRole('button', { name: 'Antrag ablehnen' }).click();
      const conflict = card(second.page, name).getByRole('alert');
      await conflict.getByText('Jemand anderes hat den Antrag', { exact: false }).waitFor();
      const reload = conflict.getByRole('button', { name: 'Neu laden' });
      expect(await reload.evaluate((button) => button === document.activeElement)).toBe(true);
      await expectAccessible(second.page, 'Konflikt');
      await second.page.screenshot({ path: path.join(SCREENSHOTS, 'verwaltung-konflikt.png'), fullPage: true });
      expect(await current('07333017')).toMatchObject({ status: 'ACTIVE', version: 2, decisionReason: null });

      await reload.click();
      await card(second.page, name).getByText('Neu geladen: Stand Mitglied (genehmigt)', { exact: false }).waitFor();
      expect(await card(second.page, name).getByLabel('Grund der Ablehnung').inputValue()).toBe(reason);
      await card(second.page, name).getByText('Dieser Antrag ist inzwischen entschieden', { exact: false }).waitFor();
      expect(await card(second.page, name).getByRole('button', { name: 'Antrag ablehnen' }).isDisabled()).toBe(true);
      await expectAccessible(second.page, 'Konflikt nach dem Neu laden');
      expect(await current('07333017')).toMatchObject({ status: 'ACTIVE', version: 2 });

      for (const session of [first, second]) {
        await expectKeyNowhere(session, keys.dd);
        expect(session.foreign).toEqual([]);
        expect(session.problems).toEqual([]);
      }
    } finally {
      await first.close();
      await second.close();
    }
  });
  test('coordinator: filters the members, sets a contact person for Göllheim and ends its membership; the API agrees', async () => {
    const GOELLHEIM = '073335003000';
    const before = (
      await hub.query(
        `{ municipality(key: "${GOELLHEIM}") { name district { ars } digitaleDoerfer { id status version lastConfirmedOn hasContactPerson } } }`,
        {},
        withKey(keys.admin),
      )
    ).data.municipality;
    expect(before.digitaleDoerfer).toMatchObject({ status: 'ACTIVE', hasContactPerson: false });
    const watched = await openSession({ width: 820, height: 1180 });
    const { page } = watched;
    try {
      await signIn(page, keys.dd);
      const screens = nav(page);
      expect(await screens.getByRole('button').allTextContents()).toEqual(['Anträge', 'Mitglieder']);
      expect(await screens.getByRole('button', { name: 'Anträge' }).getAttribute('aria-current')).toBe('page');
      await screens.getByRole('button', { name: 'Mitglieder' }).click();
      expect(await screens.getByRole('button', { name: 'Mitglieder' }).getAttribute('aria-current')).toBe('page');
      expect(await screens.getByRole('button', { name: 'Anträge' }).getAttribute('aria-current')).toBeNull();
      const list = page.getByRole('table', { name: 'Mitgliedschaften im Netzwerk Digitale Dörfer RLP' });
      await list.waitFor();
      await expectAccessible(page, 'Mitglieder');

      // Filters: Landkreis of Göllheim, Verbandsgemeinden, without contact person, as of today.
      await page.getByLabel('Landkreis oder kreisfreie Stadt').selectOption(before.district.ars);
      await page.getByLabel('Art der Kommune').selectOption('VERBANDSGEMEINDE');
      await page.getByLabel('Ansprechperson').selectOption('false');
      await page.getByLabel('Stichtag').fill(new Date().toISOString().slice(0, 10));
      await page.getByRole('button', { name: 'Filter anwenden' }).click();
      await page.getByText(/passen? zu diesen Filtern/).waitFor();
      const expected = (
        await hub.query(
          `query($asOf: LocalDate) { digitaleDoerferMemberships(first: 100, status: [ACTIVE, UNKNOWN], asOf: $asOf, hasContactPerson: false) {
            edges { node { municipality { name type district { ars } } } } } }`,
          { asOf: new Date().toISOString().slice(0, 10) },
          withKey(keys.admin),
        )
      ).data.digitaleDoerferMemberships.edges
        .map((e: any) => e.node.municipality)
        .filter((m: any) => m.type === 'VERBANDSGEMEINDE' && m.district.ars === before.district.ars)
        .map((m: any) => m.name);
      expect(expected).toContain('Göllheim');
      expect(await list.getByRole('rowheader').allTextContents()).toEqual(expected);
      await expectAccessible(page, 'Mitglieder gefiltert');

      // Göllheim's page: both memberships, roles with dates, no contact yet.
      await list.getByRole('button', { name: 'Göllheim', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Göllheim' }).waitFor();
      const roles = page.getByRole('table', { name: 'Rollen von Göllheim' });
      await roles.getByRole('rowheader', { name: 'Transferstelle' }).waitFor();
      expect(await roles.getByRole('row', { name: /Transferstelle/ }).textContent()).toContain('Dezember 2020');
      await page.getByText('Keine Ansprechperson benannt.').waitFor();
      await page.getByRole('heading', { name: 'IKONE-DS' }).waitFor();
      await page.getByRole('heading', { name: 'Besuchte Netzwerktreffen' }).waitFor();
      await expectAccessible(page, 'Kommune (Koordination)');

      // Ansprechperson festlegen: validated before sending, then saved.
      const contactForm = page.getByRole('form', { name: 'Ansprechperson festlegen' });
      await contactForm.getByLabel('E-Mail-Adresse').fill('kein-at-zeichen');
      await contactForm.getByRole('button', { name: 'Ansprechperson speichern' }).click();
      expect(await contactForm.getByLabel('Name').getAttribute('aria-invalid')).toBe('true');
      expect(await contactForm.getByLabel('E-Mail-Adresse').getAttribute('aria-invalid')).toBe('true');
      await expectAccessible(page, 'Ansprechperson mit Fehlern');
      await contactForm.getByLabel('Name').fill('Erika Beispiel');
      await contactForm.getByLabel('Funktion').fill('Digitalisierungsbeauftragte');
      await contactForm.getByLabel('E-Mail-Adresse').fill('erika@vg-goellheim.example');
      await contactForm.getByRole('button', { name: 'Ansprechperson speichern' }).click();
      await page.getByText('Die Ansprechperson von Göllheim ist gespeichert.').waitFor();
      const CONTACT = `{ municipality(key: "${GOELLHEIM}") { digitaleDoerfer { id status version endedOn decisionReason hasContactPerson contactPerson { name function email phone version } } } }`;
      const withContact = (await hub.query(CONTACT, {}, withKey(keys.admin))).data.municipality.digitaleDoerfer;
      expect(withContact).toMatchObject({
        id: before.digitaleDoerfer.id,
        hasContactPerson: true,
        contactPerson: {
          name: 'Erika Beispiel',
          function: 'Digitalisierungsbeauftragte',
          email: 'erika@vg-goellheim.example',
          phone: null,
          version: 1,
        },
      });
      await page.getByRole('definition').filter({ hasText: 'erika@vg-goellheim.example' }).waitFor();

      // Mitgliedschaft beenden: a day before the last confirmation is refused at the field, then today.
      const endForm = page.getByRole('form', { name: 'Mitgliedschaft beenden' });
      await endForm.getByLabel('Letzter Tag der Mitgliedschaft').fill('2024-01-31');
      await endForm.getByRole('button', { name: 'Mitgliedschaft beenden' }).click();
      expect(await endForm.getByLabel('Letzter Tag der Mitgliedschaft').getAttribute('aria-invalid')).toBe('true');
      await endForm.getByText('zuletzt am 22. April 2024 bestätigt', { exact: false }).waitFor();
      const endedOn = new Date().toISOString().slice(0, 10);
      await endForm.getByLabel('Letzter Tag der Mitgliedschaft').fill(endedOn);
      await endForm.getByLabel('Grund (freiwillig)').fill('Austritt laut Schreiben der Verbandsgemeinde.');
      await endForm.getByRole('button', { name: 'Mitgliedschaft beenden' }).click();
      await page.getByText('Die Mitgliedschaft von Göllheim endet am', { exact: false }).waitFor();
      expect((await hub.query(CONTACT, {}, withKey(keys.admin))).data.municipality.digitaleDoerfer).toMatchObject({
        id: before.digitaleDoerfer.id,
        status: 'ENDED',
        endedOn,
        decisionReason: 'Austritt laut Schreiben der Verbandsgemeinde.',
        version: before.digitaleDoerfer.version + 1,
      });
      await page
        .getByRole('table', { name: /Alle Datensätze von Göllheim/ })
        .getByRole('rowheader', { name: 'Beendet' })
        .waitFor();
      // An ended membership offers neither form any more.
      expect(await endForm.count()).toBe(0);
      expect(await contactForm.count()).toBe(0);
      await expectAccessible(page, 'Kommune nach dem Beenden');
      await page.screenshot({ path: path.join(SCREENSHOTS, 'verwaltung-kommune.png'), fullPage: true });

      // Back to the list: the filters are as they were.
      await page.getByRole('button', { name: 'Zurück zur Mitgliederliste' }).click();
      await list.waitFor();
      expect(await page.getByLabel('Art der Kommune').inputValue()).toBe('VERBANDSGEMEINDE');
      await expectKeyNowhere(watched, keys.dd);
      expect(watched.foreign).toEqual([]);
      expect(watched.problems).toEqual([]);
    } finally {
      await watched.close();
    }
  });

  test('members: a contact person named meanwhile is a conflict with "Neu laden"; the typed name survives and is then saved', async () => {
    const KEY = '07333032'; // Immesheim, a member from an application approved through the API
    await applyByApi(KEY);
    const applied = await current(KEY);
    const approved = await hub.query(
      `mutation($id: ID!) { approveApplication(membershipId: $id, expectedVersion: 1, startedOn: "2025-04-01") { status } }`,
      { id: applied.id },
      withKey(keys.dd),
    );
    expect(approved.errors).toBeUndefined();
    const CONTACT = `{ municipality(key: "${KEY}") { digitaleDoerfer { contactPerson { name version } } } }`;
    const watched = await openSession();
    const { page } = watched;
    try {
      await signIn(page, keys.dd);
      await nav(page).getByRole('button', { name: 'Mitglieder' }).click();
      await page
        .getByRole('table', { name: 'Mitgliedschaften im Netzwerk Digitale Dörfer RLP' })
        .getByRole('button', { name: 'Immesheim' })
        .click();
      await page.getByRole('heading', { level: 1, name: 'Immesheim' }).waitFor();
      const contactForm = page.getByRole('form', { name: 'Ansprechperson festlegen' });
      await contactForm.getByLabel('Name').fill('Zweite Person');

      // Someone else names a contact person meanwhile (version 0 → 1).
      const meanwhile = await hub.query(
        `mutation($id: ID!) { setContactPerson(membershipId: $id, expectedVersion: 0, contact: { name: "Erste Person" }) { id } }`,
        { id: applied.id },
        withKey(keys.admin),
      );
      expect(meanwhile.errors).toBeUndefined();
      await contactForm.getByRole('button', { name: 'Ansprechperson speichern' }).click();
      const conflict = page.getByRole('alert').filter({ hasText: 'Die Ansprechperson wurde inzwischen geändert' });
      await conflict.waitFor();
      const reload = conflict.getByRole('button', { name: 'Neu laden' });
      expect(await reload.evaluate((button) => button === document.activeElement)).toBe(true);
      expect((await hub.query(CONTACT, {}, withKey(keys.admin))).data.municipality.digitaleDoerfer.contactPerson).toEqual({
        name: 'Erste Person',
        version: 1,
      });
      await expectAccessible(page, 'Konflikt bei der Ansprechperson');

      await reload.click();
      await page.getByText('Neu geladen: Stand Mitglied (genehmigt)', { exact: false }).waitFor();
      await page.getByRole('definition').filter({ hasText: 'Erste Person' }).waitFor();
      expect(await contactForm.getByLabel('Name').inputValue()).toBe('Zweite Person');
      await contactForm.getByRole('button', { name: 'Ansprechperson speichern' }).click();
      await page.getByText('Die Ansprechperson von Immesheim ist gespeichert.').waitFor();
      expect((await hub.query(CONTACT, {}, withKey(keys.admin))).data.municipality.digitaleDoerfer.contactPerson).toEqual({
        name: 'Zweite Person',
        version: 2,
      });

      // ... and removed again, with the version now shown.
      await contactForm.getByRole('button', { name: 'Ansprechperson entfernen' }).click();
      await page.getByText('Die Ansprechperson von Immesheim ist entfernt.').waitFor();
      expect((await hub.query(CONTACT, {}, withKey(keys.admin))).data.municipality.digitaleDoerfer.contactPerson).toBeNull();
      await expectKeyNowhere(watched, keys.dd);
      expect(watched.foreign).toEqual([]);
      expect(watched.problems).toEqual([]);
    } finally {
      await watched.close();
    }
  });
});
