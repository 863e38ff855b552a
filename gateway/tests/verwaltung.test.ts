// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// Browser tests of the Verwaltung (/verwaltung, issue 15): sign-in, the inbox of Digitale Dörfer
// applications, and the members of both networks (filters with a Stichtag, IKONE-DS, a
// municipality's page with meetings and reports, confirming, contact person, ending), in Debian's
// Chromium driven by playwright-core, against a real hub (both subgraphs, PostgreSQL). Every step is done through the page alone and checked against the
// API's state afterwards. Each page also must talk to nobody but the hub, break none of its own
// Content-Security-Policy, pass axe-core's WCAG 2.1 AA rules, and keep the API key out of the URL,
// the storages and cookies. Screenshots go to test-results/screenshots/.
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { describeInBrowser, ensurePagesBuilt, expectAccessible, launchBrowser, openWatchedPage, SCREENSHOTS } from '../../testing/browser';
import { expectNotKept, verwaltungNav } from '../../testing/verwaltung';
import { createCallerKeys, startTestHub, withKey, type TestCaller, type TestHub } from '../../testing/hub';
import { addDays, today } from '../../common/dates';
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

/**
 * Types 30 February 2025 into a date field key by key, as a person would, in whichever order the
 * browser's field takes (month first in Chromium's en-US build, day first in German): the field
 * then has no value and reports bad input, which the page must not take for "no date".
 */
async function typeImpossibleDate(page: Page, field: Locator): Promise<void> {
  for (const digits of ['02302025', '30022025']) {
    await field.fill('');
    await field.focus();
    await page.keyboard.type(digits);
    if (await field.evaluate((e) => (e as HTMLInputElement).validity.badInput)) return;
  }
  throw new Error('the date field took 30 February 2025 as a date');
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

  const card = (page: Page, name: string) => page.locator('article.application', { has: page.getByRole('heading', { name, exact: true }) });

  test("coordinator: signs in, is refused Mainz at the field, records Kerzenheim's letter, approves it; the API says ACTIVE", async () => {
    const watched = await openSession();
    const { page } = watched;
    try {
      await page.goto(`${origin}/verwaltung`);
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
      await expectNotKept(watched, origin, keys.dd);

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
      await expectNotKept(watched, origin, keys.dd);

      // Abmelden forgets the key: the sign-in is back, and no later request carries it.
      await page.getByRole('button', { name: 'Abmelden' }).click();
      await page.getByText('Sie sind abgemeldet.', { exact: false }).waitFor();
      expect(await page.getByLabel('API-Schlüssel').inputValue()).toBe('');
      expect(await page.getByRole('heading', { name: 'Offene Anträge' }).count()).toBe(0);
      await expectNotKept(watched, origin, keys.dd);

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
      // Sign-out and the screens only (the other modules' screens follow): no button that changes anything.
      const buttons = await page.getByRole('button').allTextContents();
      expect(buttons.slice(0, 3)).toEqual(['Abmelden', 'Anträge', 'Mitglieder']);
      expect(buttons).toEqual(
        await verwaltungNav(page)
          .getByRole('button')
          .allTextContents()
          .then((screens) => ['Abmelden', ...screens]),
      );
      expect(await page.locator('form').count()).toBe(0);
      await expectAccessible(page, 'Anträge (Partner)');
      await page.screenshot({ path: path.join(SCREENSHOTS, 'verwaltung-partner.png'), fullPage: true });

      // Members: the partner reads the list and a page with its contact person, and has no form.
      await verwaltungNav(page).getByRole('button', { name: 'Mitglieder' }).click();
      await page.getByRole('table', { name: 'Mitgliedschaften im Netzwerk Digitale Dörfer RLP' }).waitFor();
      await page.getByRole('button', { name: 'Göllheim', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Göllheim' }).waitFor();
      await page.getByRole('heading', { name: 'Ansprechperson', exact: true }).waitFor();
      expect(await page.locator('form:visible').count()).toBe(0);
      expect(await page.getByRole('heading', { name: 'Mitgliedschaft beenden' }).count()).toBe(0);
      await expectAccessible(page, 'Kommune (Partner)');
      await expectNotKept(watched, origin, keys.partner);
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
      expect(await current('07333017')).toMatchObject({ status: 'ACTIVE', version: 2 });

      for (const session of [first, second]) {
        await expectNotKept(session, origin, keys.dd);
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
      const screens = verwaltungNav(page);
      expect((await screens.getByRole('button').allTextContents()).slice(0, 2)).toEqual(['Anträge', 'Mitglieder']);
      expect(await screens.getByRole('button', { name: 'Anträge' }).getAttribute('aria-current')).toBe('page');
      await screens.getByRole('button', { name: 'Mitglieder' }).click();
      expect(await screens.getByRole('button', { name: 'Mitglieder' }).getAttribute('aria-current')).toBe('page');
      expect(await screens.getByRole('button', { name: 'Anträge' }).getAttribute('aria-current')).toBeNull();
      const list = page.getByRole('table', { name: 'Mitgliedschaften im Netzwerk Digitale Dörfer RLP' });
      await list.waitFor();

      // Filters: Landkreis of Göllheim, Verbandsgemeinden, without contact person, as of today.
      await page.getByLabel('Landkreis oder kreisfreie Stadt').selectOption(before.district.ars);
      await page.getByLabel('Art der Kommune').selectOption('VERBANDSGEMEINDE');
      await page.getByLabel('Ansprechperson').selectOption('false');
      await page.getByLabel('Stichtag').fill(today());
      // The API filters (one page of 50, no fetching of everything): the request carries every filter.
      const asked = page.waitForRequest((r) => r.postDataJSON()?.query?.includes('query VerwaltungMitglieder('));
      await page.getByRole('button', { name: 'Filter anwenden' }).click();
      expect((await asked).postDataJSON().variables).toEqual({
        first: 50,
        after: null,
        status: ['ACTIVE', 'UNKNOWN'],
        asOf: today(),
        hasContactPerson: false,
        districtArs: before.district.ars,
        types: ['VERBANDSGEMEINDE'],
      });
      // The filtered list names its Stichtag (the unfiltered one before it did not): wait for that one.
      await page.getByText(/(passt|passen) zu diesen Filtern \(Stichtag/).waitFor();
      const expected = (
        await hub.query(
          `query($asOf: LocalDate, $districtArs: ID) { digitaleDoerferMemberships(first: 100, status: [ACTIVE, UNKNOWN], asOf: $asOf,
            hasContactPerson: false, districtArs: $districtArs, types: [VERBANDSGEMEINDE]) { edges { node { municipality { name } } } } }`,
          { asOf: today(), districtArs: before.district.ars },
          withKey(keys.admin),
        )
      ).data.digitaleDoerferMemberships.edges.map((e: any) => e.node.municipality.name);
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

      // Ansprechperson festlegen: validated before sending, then saved.
      const contactForm = page.getByRole('form', { name: 'Ansprechperson festlegen' });
      await contactForm.getByLabel('E-Mail-Adresse').fill('kein-at-zeichen');
      await contactForm.getByRole('button', { name: 'Ansprechperson speichern' }).click();
      expect(await contactForm.getByLabel('Name').getAttribute('aria-invalid')).toBe('true');
      expect(await contactForm.getByLabel('E-Mail-Adresse').getAttribute('aria-invalid')).toBe('true');
      await expectAccessible(page, 'Ansprechperson mit Fehlern');
      // Hostile input: a NUL character in the name is refused at the field, and nothing is sent.
      const apiRequests = () => watched.requests.filter((r) => r.url === `${origin}/graphql`).length;
      const sent = apiRequests();
      await contactForm.getByLabel('E-Mail-Adresse').fill('');
      await contactForm.getByLabel('Name').fill('Erika\u0000Beispiel');
      expect(await contactForm.getByLabel('Name').inputValue()).toBe('Erika\u0000Beispiel');
      await contactForm.getByRole('button', { name: 'Ansprechperson speichern' }).click();
      await contactForm.getByText('unsichtbare Steuerzeichen', { exact: false }).waitFor();
      expect(await contactForm.getByLabel('Name').getAttribute('aria-invalid')).toBe('true');
      expect(apiRequests()).toBe(sent);
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
      const endedOn = today();
      await endForm.getByLabel('Letzter Tag der Mitgliedschaft').fill(endedOn);
      // An overlong reason (the API takes 2,000 characters) is refused at its field; nothing is sent.
      const beforeEnding = apiRequests();
      await endForm.getByLabel('Grund (freiwillig)').fill('x'.repeat(2001));
      await endForm.getByRole('button', { name: 'Mitgliedschaft beenden' }).click();
      await endForm.getByText('Bitte höchstens 2.000 Zeichen eingeben (jetzt 2.001).').waitFor();
      expect(await endForm.getByLabel('Grund (freiwillig)').getAttribute('aria-invalid')).toBe('true');
      expect(apiRequests()).toBe(beforeEnding);
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
      await page.screenshot({ path: path.join(SCREENSHOTS, 'verwaltung-kommune.png'), fullPage: true });

      // Back to the list: the filters are as they were, and the list is loaded again with them —
      // the ended membership of Göllheim is no longer in it.
      await page.getByRole('button', { name: 'Zurück zur Mitgliederliste' }).click();
      await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
      expect(await page.getByLabel('Art der Kommune').inputValue()).toBe('VERBANDSGEMEINDE');
      expect(await page.getByRole('rowheader', { name: 'Göllheim', exact: true }).count()).toBe(0);
      await expectNotKept(watched, origin, keys.dd);
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
      await verwaltungNav(page).getByRole('button', { name: 'Mitglieder' }).click();
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
      await expectNotKept(watched, origin, keys.dd);
      expect(watched.foreign).toEqual([]);
      expect(watched.problems).toEqual([]);
    } finally {
      await watched.close();
    }
  });

  test('members: IKONE-DS and a past Stichtag as the API counts them; Eisenberg of unknown status confirmed, with its meetings and reports', async () => {
    const EISENBERG = '073335002000'; // Verbandsgemeinde Eisenberg (Pfalz): UNKNOWN since 11.04.2024
    const STATE = `{ municipality(key: "${EISENBERG}") { name digitaleDoerfer { id status version lastConfirmedOn } } }`;
    const before = (await hub.query(STATE, {}, withKey(keys.admin))).data.municipality;
    expect(before.digitaleDoerfer).toMatchObject({ status: 'UNKNOWN', lastConfirmedOn: '2024-04-11' });
    // A meeting Eisenberg attended and an experience report of it, recorded through the API.
    const topicId = (await hub.query(`{ topics { id } }`)).data.topics[0].id;
    const report = await hub.query(
      `mutation($input: ExperienceReportInput!) { createExperienceReport(input: $input) { id title } }`,
      {
        input: {
          municipalityKey: EISENBERG,
          title: 'Sensoren für das Regenrückhaltebecken',
          project: 'LoRaWAN-Pegelsensoren an zwei Becken.',
          topicIds: [topicId],
          status: 'IN_PROGRESS',
        },
      },
      withKey(keys.admin),
    );
    expect(report.errors).toBeUndefined();
    const meeting = await hub.query(
      `mutation { createMeeting(input: { heldOn: "2025-05-14", title: "Netzwerktreffen Frühjahr 2025: Sensorik", format: ON_SITE }) { id version } }`,
      {},
      withKey(keys.admin),
    );
    expect(meeting.errors).toBeUndefined();
    const attended = await hub.query(
      `mutation($id: ID!, $version: Int!) { setMeetingAttendance(meetingId: $id, expectedVersion: $version, municipalityKeys: ["${EISENBERG}"]) { id } }`,
      { id: meeting.data.createMeeting.id, version: meeting.data.createMeeting.version },
      withKey(keys.admin),
    );
    expect(attended.errors).toBeUndefined();

    const watched = await openSession({ width: 820, height: 1180 }); // a tablet
    const { page } = watched;
    const apiRequests = () => watched.requests.filter((r) => r.url === `${origin}/graphql`).length;
    try {
      await signIn(page, keys.dd);
      await verwaltungNav(page).getByRole('button', { name: 'Mitglieder' }).click();
      await page.getByRole('table', { name: 'Mitgliedschaften im Netzwerk Digitale Dörfer RLP' }).waitFor();

      // A Stichtag that does not exist, typed as a person types it: refused at the field, nothing sent.
      const stichtag = page.getByLabel('Stichtag');
      await typeImpossibleDate(page, stichtag);
      const sent = apiRequests();
      await page.getByRole('button', { name: 'Filter anwenden' }).click();
      await page.getByText('Dieses Datum gibt es nicht.', { exact: false }).waitFor();
      expect(await stichtag.getAttribute('aria-invalid')).toBe('true');
      expect(apiRequests()).toBe(sent);
      await expectAccessible(page, 'Stichtag ungültig');

      // Digitale Dörfer on a past Stichtag: exactly the memberships the API counts on that day.
      const DAY = '2021-06-30';
      await stichtag.fill(DAY);
      await page.getByRole('button', { name: 'Filter anwenden' }).click();
      await page.getByText('zu diesen Filtern (Stichtag 30. Juni 2021).').waitFor();
      expect(await stichtag.getAttribute('aria-invalid')).toBeNull();
      const ddThen = (
        await hub.query(
          `{ digitaleDoerferMemberships(first: 100, status: [ACTIVE, UNKNOWN], asOf: "${DAY}") { edges { node { municipality { name } } } } }`,
          {},
          withKey(keys.admin),
        )
      ).data.digitaleDoerferMemberships.edges.map((e: any) => e.node.municipality.name);
      expect(ddThen.length).toBeGreaterThan(0);
      const ddList = page.getByRole('table', { name: 'Mitgliedschaften im Netzwerk Digitale Dörfer RLP' });
      expect(await ddList.getByRole('rowheader').allTextContents()).toEqual(ddThen);

      // IKONE-DS: the filters it has no data for go away; on 1.1.2020 the members the report counts.
      await page.getByLabel('Netzwerk', { exact: true }).selectOption('IKONE_DS');
      expect(await page.getByRole('group', { name: 'Status', exact: true }).isHidden()).toBe(true);
      expect(await page.getByLabel('Ansprechperson').isHidden()).toBe(true);
      await page.getByText('IKONE-DS führt seine Mitglieder selbst', { exact: false }).waitFor();
      await stichtag.fill('2020-01-01');
      await page.getByRole('button', { name: 'Filter anwenden' }).click();
      const ikoneList = page.getByRole('table', { name: /^Mitglieder von IKONE-DS/ });
      await ikoneList.waitFor();
      const IKONE = `{ ikoneDsMembers(first: 100) { totalCount edges { node { countedFrom municipality { name } } } } }`;
      const feed = (await hub.query(IKONE)).data.ikoneDsMembers;
      const counted = (await hub.query(`{ membershipReport(network: IKONE_DS, asOf: "2020-01-01", groupBy: DISTRICT) { knownMembers } }`))
        .data.membershipReport.knownMembers;
      const ikoneThen = await ikoneList.getByRole('rowheader').allTextContents();
      expect(ikoneThen).toEqual(
        feed.edges.filter((e: any) => e.node.countedFrom && e.node.countedFrom <= '2020-01-01').map((e: any) => e.node.municipality.name),
      );
      expect(ikoneThen).toHaveLength(counted);
      expect(ikoneThen).toContain('Kaiserslautern, Stadt');
      expect(await ikoneList.getByRole('row', { name: /^Kaiserslautern, Stadt/ }).textContent()).toContain('Koordination des Netzwerks');
      await expectAccessible(page, 'Mitglieder IKONE-DS');
      await page.screenshot({ path: path.join(SCREENSHOTS, 'verwaltung-mitglieder-ikone.png'), fullPage: true });
      // Without a Stichtag: every member the feed lists.
      await stichtag.fill('');
      await page.getByRole('button', { name: 'Filter anwenden' }).click();
      await page.getByText(`${feed.totalCount} Mitgliedschaften passen zu diesen Filtern.`).waitFor();

      // Back to Digitale Dörfer, today: Eisenberg is listed with its unknown status and opened.
      await page.getByLabel('Netzwerk', { exact: true }).selectOption('DIGITALE_DOERFER_RLP');
      expect(await page.getByRole('group', { name: 'Status', exact: true }).isVisible()).toBe(true);
      await page.getByRole('button', { name: 'Filter anwenden' }).click();
      await ddList.getByRole('row', { name: new RegExp(`^${before.name.replace(/[()]/g, '\\$&')} .*Status unbekannt`) }).waitFor();
      await ddList.getByRole('button', { name: before.name, exact: true }).click();
      await page.getByRole('heading', { level: 1, name: before.name }).waitFor();

      // Its meetings and experience reports, as the API lists them.
      const facts = (
        await hub.query(
          `{ municipality(key: "${EISENBERG}") { meetingsAttended { title } } experienceReports(first: 100, municipalityKey: "${EISENBERG}") { edges { node { title } } } }`,
        )
      ).data;
      const meetings = page.getByRole('table', { name: /^Netzwerktreffen, an denen/ });
      expect(await meetings.getByRole('rowheader').allTextContents()).toEqual(facts.municipality.meetingsAttended.map((m: any) => m.title));
      expect(await meetings.getByRole('row', { name: /Netzwerktreffen Frühjahr 2025/ }).textContent()).toContain('14. Mai 2025');
      const reports = page.getByRole('table', { name: `Erfahrungsberichte von ${before.name}, neueste zuerst` });
      expect(await reports.getByRole('rowheader').allTextContents()).toEqual(facts.experienceReports.edges.map((e: any) => e.node.title));
      expect(await reports.getByRole('row', { name: /Regenrückhaltebecken/ }).textContent()).toContain('In Umsetzung');

      // Mitgliedschaft bestätigen: an impossible day, one before the last evidence and a future one are refused at the field.
      const confirmForm = page.getByRole('form', { name: 'Mitgliedschaft bestätigen' });
      await confirmForm.getByText('Der Status ist unbekannt', { exact: false }).waitFor();
      const confirmedOn = confirmForm.getByLabel('Bestätigt am');
      const confirmButton = confirmForm.getByRole('button', { name: 'Mitgliedschaft bestätigen' });
      const beforeConfirming = apiRequests();
      await typeImpossibleDate(page, confirmedOn);
      await confirmButton.click();
      await confirmForm.getByText('Dieses Datum gibt es nicht.', { exact: false }).waitFor();
      expect(await confirmedOn.getAttribute('aria-invalid')).toBe('true');
      await expectAccessible(page, 'Bestätigung mit Fehler');
      await confirmedOn.fill('2024-04-01');
      await confirmButton.click();
      await confirmForm.getByText('zuletzt am 11. April 2024 bestätigt', { exact: false }).waitFor();
      const tomorrow = addDays(today(), 1);
      await confirmedOn.fill(tomorrow);
      await confirmButton.click();
      await confirmForm.getByText('Eine Bestätigung kann nicht in der Zukunft liegen.').waitFor();
      expect(apiRequests()).toBe(beforeConfirming);
      expect((await hub.query(STATE, {}, withKey(keys.admin))).data.municipality.digitaleDoerfer).toEqual(before.digitaleDoerfer);

      // Today: confirmed, a member again; the API agrees.
      const day = today();
      await confirmedOn.fill(day);
      await confirmButton.click();
      await page.getByText(`Die Mitgliedschaft von ${before.name} ist als am`, { exact: false }).waitFor();
      expect((await hub.query(STATE, {}, withKey(keys.admin))).data.municipality.digitaleDoerfer).toEqual({
        id: before.digitaleDoerfer.id,
        status: 'ACTIVE',
        version: before.digitaleDoerfer.version + 1,
        lastConfirmedOn: day,
      });
      await page.getByRole('definition').filter({ hasText: 'Mitglied (genehmigt)' }).first().waitFor();
      expect(await confirmedOn.getAttribute('aria-invalid')).toBeNull();
      await page.screenshot({ path: path.join(SCREENSHOTS, 'verwaltung-bestaetigen.png'), fullPage: true });
      await expectNotKept(watched, origin, keys.dd);
      expect(watched.foreign).toEqual([]);
      expect(watched.problems).toEqual([]);
    } finally {
      await watched.close();
    }
  });

  test("members: pages of the API's list; Nastätten becomes a Transferstelle and hands the role on; overlaps and a stale version explained", async () => {
    const NASTAETTEN = '071415007000'; // Verbandsgemeinde Nastätten, an active member
    const BAD_KREUZNACH = '071330000000'; // Landkreis Bad Kreuznach
    const ROLES = `{ municipality(key: "${NASTAETTEN}") { digitaleDoerfer { role status }
      digitaleDoerferRoles { id role startedOn startedOnPrecision endedOn note sources source version } } }`;
    const roles = async () => (await hub.query(ROLES, {}, withKey(keys.admin))).data.municipality;
    // More open applications of one Landkreis than a page of 20 holds, recorded through the API.
    const places = (
      await hub.query(
        `{ municipalities(first: 21, filter: { types: [ORTSGEMEINDE], districtArs: "${BAD_KREUZNACH}" }) { edges { node { ars } } } }`,
      )
    ).data.municipalities.edges.map((e: any) => e.node.ars as string);
    expect(places).toHaveLength(21);
    // One after the other: the database pool of the test hub is small.
    for (const key of places) {
      const { errors } = await hub.query(
        APPLY,
        { input: { municipalityKey: key, letterDate: '2026-01-05', receivedOn: '2026-01-07', signedBy: 'Ortsbürgermeisterin Test' } },
        withKey(keys.dd),
      );
      expect(errors).toBeUndefined();
    }
    expect((await roles()).digitaleDoerfer).toEqual({ role: 'MEMBER', status: 'ACTIVE' });

    const watched = await openSession({ width: 820, height: 1180 }); // a tablet
    const { page } = watched;
    const apiRequests = () => watched.requests.filter((r) => r.url === `${origin}/graphql`).length;
    try {
      await signIn(page, keys.dd);
      await verwaltungNav(page).getByRole('button', { name: 'Mitglieder' }).click();
      const list = page.getByRole('table', { name: 'Mitgliedschaften im Netzwerk Digitale Dörfer RLP' });
      await list.waitFor();

      // Open applications of Ortsgemeinden in Landkreis Bad Kreuznach, 20 a page: the API's first page, then the rest.
      await page.getByLabel('Mitglied (genehmigt)').uncheck();
      await page.getByLabel('Status unbekannt').uncheck();
      await page.getByLabel('Eingegangen, offen').check();
      await page.getByLabel('Landkreis oder kreisfreie Stadt').selectOption(BAD_KREUZNACH);
      await page.getByLabel('Art der Kommune').selectOption('ORTSGEMEINDE');
      await page.getByLabel('Einträge je Seite').selectOption('20');
      await page.getByRole('button', { name: 'Filter anwenden' }).click();
      await page.getByText('21 Mitgliedschaften passen zu diesen Filtern. Angezeigt sind die ersten 20.').waitFor();
      const names = (
        await hub.query(
          `{ digitaleDoerferMemberships(first: 100, status: [RECEIVED], districtArs: "${BAD_KREUZNACH}", types: [ORTSGEMEINDE]) {
            totalCount edges { node { municipality { name } } } } }`,
          {},
          withKey(keys.admin),
        )
      ).data.digitaleDoerferMemberships.edges.map((e: any) => e.node.municipality.name);
      expect(names).toHaveLength(21);
      expect(await list.getByRole('rowheader').allTextContents()).toEqual(names.slice(0, 20));
      const more = page.getByRole('button', { name: 'Weitere Mitgliedschaften laden' });
      await more.click();
      await page.getByText('21 Mitgliedschaften passen zu diesen Filtern.', { exact: true }).waitFor();
      expect(await list.getByRole('rowheader').allTextContents()).toEqual(names);
      expect(await more.isHidden()).toBe(true);
      // The focus is on the first row added.
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(names[20]);

      // Nastätten's page.
      await page.getByLabel('Eingegangen, offen').uncheck();
      await page.getByLabel('Mitglied (genehmigt)').check();
      await page.getByLabel('Landkreis oder kreisfreie Stadt').selectOption('071410000000'); // Rhein-Lahn-Kreis
      await page.getByLabel('Art der Kommune').selectOption('VERBANDSGEMEINDE');
      await page.getByRole('button', { name: 'Filter anwenden' }).click();
      await list.getByRole('button', { name: 'Nastätten', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Nastätten' }).waitFor();
      await page.getByText('Keine besondere Rolle (Transferstelle oder Modellkommune).').waitFor();
      await page.getByText('Keine Rolle läuft noch; es gibt nichts zu beenden.').waitFor();

      // Rolle eintragen: hostile and impossible input is refused at its field, and nothing is sent.
      const roleForm = page.getByRole('form', { name: 'Rolle eintragen' });
      const startedOn = roleForm.getByLabel('Beginn', { exact: true });
      const precision = roleForm.getByLabel('Genauigkeit des Beginns');
      const note = roleForm.getByLabel('Notiz (freiwillig)');
      const sources = roleForm.getByLabel('Quellen (freiwillig)');
      const record = roleForm.getByRole('button', { name: 'Rolle eintragen' });
      const sent = apiRequests();
      await typeImpossibleDate(page, startedOn);
      await record.click();
      await roleForm.getByText('Dieses Datum gibt es nicht.', { exact: false }).waitFor();
      expect(await startedOn.getAttribute('aria-invalid')).toBe('true');
      await startedOn.fill('2025-01-15');
      await precision.selectOption('MONTH');
      await note.fill('Laut\u0000Koordination');
      await sources.fill('ftp://example.org/liste');
      await record.click();
      await roleForm.getByText('Bei der Genauigkeit „Monat“ bitte den Ersten des Monats eingeben (hier: 1. Januar 2025).').waitFor();
      await roleForm.getByText('unsichtbare Steuerzeichen', { exact: false }).waitFor();
      await roleForm.getByText('Zeile 1 ist keine Internetadresse', { exact: false }).waitFor();
      for (const control of [startedOn, note, sources]) expect(await control.getAttribute('aria-invalid')).toBe('true');
      await expectAccessible(page, 'Rolle eintragen mit Fehlern');
      await note.fill('x'.repeat(2001));
      await record.click();
      await roleForm.getByText('Bitte höchstens 2.000 Zeichen eingeben (jetzt 2.001).').waitFor();
      expect(apiRequests()).toBe(sent);
      expect((await roles()).digitaleDoerferRoles).toEqual([]);

      // Transferstelle from January 2025: recorded, shown with its derived role; the API agrees.
      const SOURCE = 'https://www.vg-nastaetten.de/digitale-doerfer';
      await startedOn.fill('2025-01-01');
      await note.fill('Laut Schreiben der Verbandsgemeinde.');
      await sources.fill(`${SOURCE}\n\n${SOURCE}`);
      await record.click();
      await page
        .getByText('Die Rolle „Transferstelle“ von Nastätten ist eingetragen (seit Januar 2025). Rolle im Netzwerk jetzt: Transferstelle.')
        .waitFor();
      let state = await roles();
      expect(state.digitaleDoerfer).toEqual({ role: 'TRANSFER_POINT', status: 'ACTIVE' });
      expect(state.digitaleDoerferRoles).toEqual([
        {
          id: expect.any(String),
          role: 'TRANSFER_POINT',
          startedOn: '2025-01-01',
          startedOnPrecision: 'MONTH',
          endedOn: null,
          note: 'Laut Schreiben der Verbandsgemeinde.',
          sources: [SOURCE],
          source: 'RECORDED',
          version: 1,
        },
      ]);
      const term = state.digitaleDoerferRoles[0];
      const roleTable = page.getByRole('table', { name: 'Rollen von Nastätten' });
      const row = roleTable.getByRole('row', { name: /^Transferstelle/ });
      expect(await row.textContent()).toMatch(/Januar 2025.*laufend.*Eingetragen in der Verwaltung/);
      expect(await row.getByRole('link', { name: SOURCE }).getAttribute('href')).toBe(SOURCE);
      await page
        .getByRole('definition')
        .filter({ hasText: /^Transferstelle$/ })
        .waitFor();
      expect(await note.inputValue()).toBe('');
      await page.screenshot({ path: path.join(SCREENSHOTS, 'verwaltung-rolle.png'), fullPage: true });

      // Rolle beenden: a future day and one before the start are refused; yesterday ends it, and it is a member again.
      const endRoleForm = page.getByRole('form', { name: 'Rolle beenden' });
      const lastDay = endRoleForm.getByLabel('Letzter Tag der Rolle');
      const end = endRoleForm.getByRole('button', { name: 'Rolle beenden' });
      expect(await endRoleForm.getByLabel('Laufende Rolle').inputValue()).toBe(term.id);
      const beforeEnding = apiRequests();
      await lastDay.fill(today(new Date(Date.now() + 3 * 86_400_000)));
      await end.click();
      await endRoleForm.getByText('Der letzte Tag kann nicht in der Zukunft liegen.').waitFor();
      await lastDay.fill('2024-12-31');
      await end.click();
      await endRoleForm.getByText('Die Rolle begann Januar 2025; sie kann nicht davor enden.').waitFor();
      expect(await lastDay.getAttribute('aria-invalid')).toBe('true');
      expect(apiRequests()).toBe(beforeEnding);
      const yesterday = today(new Date(Date.now() - 86_400_000));
      await lastDay.fill(yesterday);
      await end.click();
      await page.getByText(/^Die Rolle „Transferstelle“ von Nastätten endet am .*\. Rolle im Netzwerk jetzt: Mitglied\.$/).waitFor();
      state = await roles();
      expect(state.digitaleDoerfer).toEqual({ role: 'MEMBER', status: 'ACTIVE' });
      expect(state.digitaleDoerferRoles).toMatchObject([{ id: term.id, endedOn: yesterday, version: 2 }]);
      expect(await endRoleForm.isHidden()).toBe(true);
      await page
        .getByRole('definition')
        .filter({ hasText: /^Mitglied$/ })
        .waitFor();

      // An overlapping second term: explained at "Beginn", typed text kept, nothing written.
      const beforeOverlap = apiRequests();
      await startedOn.fill('2025-06-01');
      await precision.selectOption('DAY');
      await note.fill('Zweiter Zeitraum');
      await record.click();
      await roleForm.getByText('Nastätten ist in diesem Zeitraum bereits Transferstelle (von Januar 2025 bis', { exact: false }).waitFor();
      expect(await startedOn.getAttribute('aria-invalid')).toBe('true');
      expect(apiRequests()).toBe(beforeOverlap);
      // ... also when someone else recorded the overlapping term meanwhile: the API's CONFLICT, explained the same way.
      const day = today();
      const meanwhile = await hub.query(
        `mutation($input: RoleTermInput!) { recordRoleTerm(input: $input) { id version } }`,
        { input: { municipalityKey: NASTAETTEN, role: 'TRANSFER_POINT', startedOn: day } },
        withKey(keys.admin),
      );
      expect(meanwhile.errors).toBeUndefined();
      await startedOn.fill(day);
      await record.click();
      await roleForm.getByText(/Nastätten ist in diesem Zeitraum bereits Transferstelle \(seit .*\)\. Zwei Zeiträume/).waitFor();
      expect(await note.inputValue()).toBe('Zweiter Zeitraum');
      expect((await roles()).digitaleDoerferRoles).toHaveLength(2);

      // A stale version on endRoleTerm: the role was ended meanwhile; "Neu laden" shows it.
      await endRoleForm.waitFor();
      const endedMeanwhile = await hub.query(
        `mutation($id: ID!) { endRoleTerm(roleTermId: $id, expectedVersion: 1, endedOn: "${day}") { version } }`,
        { id: meanwhile.data.recordRoleTerm.id },
        withKey(keys.admin),
      );
      expect(endedMeanwhile.errors).toBeUndefined();
      await lastDay.fill(day);
      await end.click();
      const conflict = page.getByRole('alert').filter({ hasText: 'Die Rolle wurde inzwischen geändert' });
      await conflict.waitFor();
      const reload = conflict.getByRole('button', { name: 'Neu laden' });
      expect(await reload.evaluate((button) => button === document.activeElement)).toBe(true);
      await expectAccessible(page, 'Konflikt beim Beenden der Rolle');
      await reload.click();
      await page.getByText('Neu geladen: Die Rolle ist beendet (letzter Tag:', { exact: false }).waitFor();
      expect(await endRoleForm.isHidden()).toBe(true);
      expect((await roles()).digitaleDoerferRoles.map((r: any) => r.version)).toEqual([2, 2]);

      await expectNotKept(watched, origin, keys.dd);
      expect(watched.foreign).toEqual([]);
      expect(watched.problems).toEqual([]);
    } finally {
      await watched.close();
    }
  });
});
