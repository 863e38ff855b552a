// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// Browser tests of the Verwaltung's ministry administration (gateway/pages/verwaltung/admin.ts):
// API keys (the secret shown once, revocation after a confirmation), the audit trail with its
// filters (kind, record, action, who, days) and pages, and the DSGVO export and erasure — the ministry's part of the day, done in
// the page with the ministry admin's key and checked against the API afterwards. As in
// verwaltung.test.ts every page talks to nobody but the hub, breaks none of its CSP, passes axe's
// WCAG 2.1 AA rules in every state, and keeps keys and secrets out of URL, storages and cookies.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { describeInBrowser, ensurePagesBuilt, expectAccessible, launchBrowser, openWatchedPage, SCREENSHOTS } from '../../testing/browser';
import { apiRequests, expectNotKept, signIn, verwaltungNav } from '../../testing/verwaltung';
import { createCallerKeys, startTestHub, withKey, type TestCaller, type TestHub } from '../../testing/hub';
import { addDays, today } from '../../common/dates';

let hub: TestHub;
let origin: string;
let keys: Record<TestCaller, string>;
/** Kerzenheim's application, with a contact person named through the API. */
let membershipId: string;
/** The secret of the second ministry key, created in the page by the first test. */
let deputySecret: string;

const KERZENHEIM = '07333038';
const KEYS = `{ apiKeys { id name role network expiresAt revokedAt createdBy } }`;
const EXPORT = `query($id: ID!) { exportContactPersonData(membershipId: $id) }`;
const AUDIT = `query($entity: String, $entityId: ID, $first: Int) {
  auditTrail(entity: $entity, entityId: $entityId, first: $first) { totalCount edges { node { action entity entityId actorId } } }
}`;

const FILTERED = `query($action: String, $actorId: String, $since: LocalDate, $until: LocalDate, $first: Int) {
  auditTrail(action: $action, actorId: $actorId, since: $since, until: $until, first: $first) {
    totalCount edges { node { id action actorId } }
  }
}`;

const keyIdOf = (secret: string) => /^knh_([0-9a-f]{16})_/.exec(secret)![1];

async function apiKeys(): Promise<
  { id: string; name: string; role: string; expiresAt: string | null; revokedAt: string | null; createdBy: string }[]
> {
  const { data, errors } = await hub.query(KEYS, {}, withKey(keys.admin));
  expect(errors).toBeUndefined();
  return data.apiKeys;
}

beforeAll(async () => {
  ensurePagesBuilt('verwaltung');
  hub = await startTestHub({ env: { RATE_LIMIT_MAX: '100000' } });
  origin = new URL(hub.gatewayUrl).origin;
  keys = await createCallerKeys(hub, 'verwaltung-admin');
  // The day starts with a letter and a named contact person, through the API.
  const recorded = await hub.query(
    `mutation($input: ApplicationInput!) { recordApplication(input: $input) { membership { id } } }`,
    {
      input: { municipalityKey: KERZENHEIM, letterDate: '2025-03-01', receivedOn: '2025-03-05', signedBy: 'Ortsbürgermeister Max Muster' },
    },
    withKey(keys.dd),
  );
  expect(recorded.errors).toBeUndefined();
  membershipId = recorded.data.recordApplication.membership.id;
  const contact = await hub.query(
    `mutation($id: ID!, $contact: ContactPersonInput!) { setContactPerson(membershipId: $id, expectedVersion: 0, contact: $contact) { id } }`,
    {
      id: membershipId,
      contact: {
        name: 'Erika Beispiel',
        function: 'Digitalisierungsbeauftragte',
        email: 'erika.beispiel@kerzenheim.de',
        phone: '06351 12345',
      },
    },
    withKey(keys.admin),
  );
  expect(contact.errors).toBeUndefined();
});
afterAll(async () => {
  await hub?.close();
});

describeInBrowser('Verwaltung: the ministry administration in a browser', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const open = async (page: Page, screen: string) => {
    await verwaltungNav(page).getByRole('button', { name: screen, exact: true }).click();
    await page.getByRole('heading', { level: 1 }).first().waitFor();
  };

  const html = (page: Page) => page.evaluate(() => document.documentElement.outerHTML);

  test('API keys: a partner key is created (secret shown once, it works), a ministry key asks first, the partner key is revoked', async () => {
    const watched = await openWatchedPage(browser, origin);
    const { page } = watched;
    try {
      await watched.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
      await signIn(page, origin, keys.admin);
      expect(await verwaltungNav(page).getByRole('button').allTextContents()).toEqual(
        expect.arrayContaining(['API-Schlüssel', 'Änderungsprotokoll', 'Datenschutz']),
      );
      await open(page, 'API-Schlüssel');
      await page.getByRole('table', { name: /gültige Schlüssel/ }).waitFor();
      await page
        .getByRole('row', { name: /verwaltung-admin admin/ })
        .getByText('Einziger gültiger Ministeriumsschlüssel')
        .waitFor();

      // Hostile and incomplete input: refused next to its field, nothing sent.
      const sent = apiRequests(watched, origin);
      const name = page.getByLabel('Bezeichnung');
      const expires = page.getByLabel('Gültig bis einschließlich (freiwillig)');
      const create = page.getByRole('button', { name: 'Schlüssel anlegen' });
      await name.fill('Portal\u0000Test');
      await create.click();
      await page.getByText('Der Text enthält unsichtbare Steuerzeichen', { exact: false }).waitFor();
      expect(await name.getAttribute('aria-invalid')).toBe('true');
      await name.fill('x'.repeat(101));
      await create.click();
      await page.getByText('Bitte höchstens 100 Zeichen eingeben (jetzt 101).').waitFor();
      await name.fill('Koordination ohne Netzwerk');
      await page.getByLabel(/^Koordination eines Netzwerks/).check();
      await create.click();
      await page.getByText('Ein Schlüssel der Koordination gilt für genau ein Netzwerk', { exact: false }).waitFor();
      expect(await page.getByLabel('Netzwerk der Koordination').getAttribute('aria-invalid')).toBe('true');
      await page.getByLabel(/^Partner – /).check();
      expect(await page.getByLabel('Netzwerk der Koordination').isVisible()).toBe(false);
      await expires.fill('2020-01-01');
      await create.click();
      await page.getByText('Das Datum liegt in der Vergangenheit', { exact: false }).waitFor();
      // 30.02.2025 typed into the date field: the browser holds no value, the page must not read "no expiry".
      await expires.fill('');
      await expires.click();
      await expires.press('Home');
      await page.keyboard.type('30022025');
      expect(await expires.inputValue()).toBe('');
      await create.click();
      await page.getByText('Bitte ein vollständiges, gültiges Datum eingeben', { exact: false }).waitFor();
      expect(await expires.getAttribute('aria-invalid')).toBe('true');
      await expectAccessible(page, 'API-Schlüssel mit Fehlern');
      expect(apiRequests(watched, origin)).toBe(sent);

      // A partner key: the secret appears once, in its marked box, and it works.
      await expires.fill('');
      await name.fill('Partnerportal Test');
      await create.click();
      const box = page.getByRole('region', { name: 'Neuer Schlüssel – nur jetzt sichtbar' });
      await box.waitFor();
      const secret = (await box.locator('code').textContent())!;
      expect(secret).toMatch(/^knh_[0-9a-f]{16}_[A-Za-z0-9_-]{43}$/);
      expect(await box.getByText('nur dieses eine Mal angezeigt', { exact: false }).count()).toBe(1);
      const viewer = await hub.query(`{ viewer { role network } }`, {}, withKey(secret));
      expect(viewer.data).toEqual({ viewer: { role: 'PARTNER', network: null } });
      await box.getByRole('button', { name: 'Schlüssel kopieren' }).click();
      await box.getByText('Der Schlüssel ist in der Zwischenablage.').waitFor();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);
      expect(await html(page)).toContain(secret); // in the DOM while shown, and nowhere else
      await expectNotKept(watched, origin, secret, { inPage: true });
      await expectNotKept(watched, origin, keys.admin, { inPage: true });
      const partner = (await apiKeys()).find((k) => k.name === 'Partnerportal Test')!;
      expect(partner).toMatchObject({
        id: keyIdOf(secret),
        role: 'PARTNER',
        revokedAt: null,
        expiresAt: null,
        createdBy: keyIdOf(keys.admin),
      });
      // createdBy named the key this person signed in with: it has no "Widerrufen" now.
      await page
        .getByRole('row', { name: /verwaltung-admin admin/ })
        .getByText('Mit diesem Schlüssel sind Sie angemeldet.')
        .waitFor();
      await expectAccessible(page, 'Neuer Schlüssel');
      await page.screenshot({ path: path.join(SCREENSHOTS, 'verwaltung-schluessel.png'), fullPage: true });

      // Leaving the screen removes the secret from the page; coming back does not bring it back.
      await open(page, 'Änderungsprotokoll');
      expect(await html(page)).not.toContain(secret);
      await open(page, 'API-Schlüssel');
      await page.getByRole('table', { name: /gültige Schlüssel/ }).waitFor();
      expect(await box.count()).toBe(0);
      expect(await html(page)).not.toContain(secret);

      // A second ministry key, valid through a day: dismissed, it is gone from the page.
      const until = addDays(today(), 30);
      await name.fill('Ministerium Vertretung');
      await page.getByLabel(/^Ministerium – /).check();
      await expires.fill(until);
      await create.click();
      await box.waitFor();
      const second = (await box.locator('code').textContent())!;
      deputySecret = second;
      await box.getByRole('button', { name: 'Gespeichert – Schlüssel ausblenden' }).click();
      await page.getByText('Der Schlüssel „Ministerium Vertretung“ ist ausgeblendet', { exact: false }).waitFor();
      expect(await html(page)).not.toContain(second);
      const deputy = (await apiKeys()).find((k) => k.name === 'Ministerium Vertretung')!;
      expect(deputy.role).toBe('MINISTRY_ADMIN');
      // valid through that German day: it ends at the next midnight in Berlin (22:00 or 23:00 UTC)
      expect(new Date(deputy.expiresAt!).toISOString()).toMatch(new RegExp(`^${until}T2[23]:00:00.000Z$`));

      // Revoking a ministry key needs an explicit acknowledgement; cancelling changes nothing.
      await page.getByRole('button', { name: 'Schlüssel „Ministerium Vertretung“ widerrufen' }).click();
      const dialog = page.getByRole('dialog', { name: 'Schlüssel widerrufen?' });
      await dialog.getByText('Achtung: ein Schlüssel des Ministeriums.').waitFor();
      await dialog.getByRole('button', { name: 'Ja, widerrufen' }).click();
      await dialog.getByText('Bitte zuerst bestätigen', { exact: false }).waitFor();
      await expectAccessible(page, 'Widerruf eines Ministeriumsschlüssels');
      await dialog.getByRole('button', { name: 'Abbrechen' }).click();
      await dialog.waitFor({ state: 'hidden' });
      expect((await apiKeys()).find((k) => k.name === 'Ministerium Vertretung')!.revokedAt).toBeNull();

      // The partner key: "Wirklich …?" with its name; first cancelled, then confirmed.
      const revoke = page.getByRole('button', { name: 'Schlüssel „Partnerportal Test“ widerrufen' });
      await revoke.click();
      await dialog.getByText('Wirklich den Schlüssel „Partnerportal Test“', { exact: false }).waitFor();
      expect(await dialog.getByText('Achtung').count()).toBe(0);
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
      expect(await revoke.evaluate((button) => button === document.activeElement)).toBe(true);
      expect((await apiKeys()).find((k) => k.name === 'Partnerportal Test')!.revokedAt).toBeNull();
      await revoke.click();
      await dialog.getByRole('button', { name: 'Ja, widerrufen' }).click();
      await page.getByText('Der Schlüssel „Partnerportal Test“ ist widerrufen', { exact: false }).waitFor();
      await page
        .getByRole('table', { name: /widerrufene oder abgelaufene Schlüssel/ })
        .getByText('Partnerportal Test')
        .waitFor();
      expect((await apiKeys()).find((k) => k.name === 'Partnerportal Test')!.revokedAt).not.toBeNull();
      const refused = await hub.query(`{ viewer { role } }`, {}, withKey(secret));
      expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

      await expectNotKept(watched, origin, keys.admin, { inPage: true });
      expect(watched.foreign).toEqual([]);
      expect(watched.problems).toEqual([]);
    } finally {
      await watched.close();
    }
  });

  test('audit trail: the key events, the filters and the pages agree with the API; hostile filters are refused', async () => {
    // More key events than one page holds.
    const stack = await Promise.all(
      Array.from({ length: 21 }, (_, i) =>
        hub.query(
          `mutation($input: NewApiKeyInput!) { createApiKey(input: $input) { apiKey { id } } }`,
          { input: { name: `Stapel ${i + 1}`, role: 'PARTNER' } },
          withKey(keys.admin),
        ),
      ),
    );
    for (const { errors } of stack) expect(errors).toBeUndefined();
    const partner = (await apiKeys()).find((k) => k.name === 'Partnerportal Test')!;
    const keyEvents = (await hub.query(AUDIT, { entity: 'apiKey', first: 100 }, withKey(keys.admin))).data.auditTrail;
    expect(keyEvents.totalCount).toBeGreaterThan(20);

    const watched = await openWatchedPage(browser, origin, { width: 820, height: 1180 }); // a tablet
    const { page } = watched;
    try {
      await signIn(page, origin, keys.admin);
      await open(page, 'Änderungsprotokoll');
      const status = page.getByRole('status').filter({ hasText: /Einträge|Eintrag/ });
      await page.getByRole('table', { name: 'Einträge des Änderungsprotokolls, die neuesten zuerst' }).waitFor();

      // One key's record: created and revoked, newest first.
      await page.getByLabel('Art des Datensatzes').selectOption('apiKey');
      await page.getByLabel('Kennung des Datensatzes (freiwillig)').fill(partner.id);
      await page.getByRole('button', { name: 'Filter anwenden' }).click();
      await status.getByText('2 Einträge; Seite 1 von 1 (Einträge 1 bis 2).').waitFor();
      const rows = page.getByRole('table', { name: /Einträge des Änderungsprotokolls/ }).locator('tbody tr');
      expect(await rows.count()).toBe(2);
      expect(await rows.nth(0).getByText('API-Schlüssel widerrufen').count()).toBe(1);
      expect(await rows.nth(1).getByText('API-Schlüssel angelegt').count()).toBe(1);
      expect(await rows.nth(1).getByText('Partnerportal Test').count()).toBe(1); // the event's "after", as the API gives it
      const one = (await hub.query(AUDIT, { entity: 'apiKey', entityId: partner.id }, withKey(keys.admin))).data.auditTrail;
      expect(one.totalCount).toBe(2);
      expect(one.edges.map((e: any) => e.node.action)).toEqual(['apiKey.revoke', 'apiKey.create']);
      expect(one.edges[0].node.actorId).toBe(keyIdOf(keys.admin));
      await page.screenshot({ path: path.join(SCREENSHOTS, 'verwaltung-protokoll.png'), fullPage: true });

      // All key events, 20 a page: forward and back.
      await page.getByLabel('Kennung des Datensatzes (freiwillig)').fill('');
      await page.getByRole('button', { name: 'Filter anwenden' }).click();
      const pages = Math.ceil(keyEvents.totalCount / 20);
      await status.getByText(`${keyEvents.totalCount} Einträge; Seite 1 von ${pages} (Einträge 1 bis 20).`).waitFor();
      await page.getByRole('button', { name: 'Ältere Einträge' }).click();
      await status.getByText(`Seite 2 von ${pages}`, { exact: false }).waitFor();
      expect(await rows.count()).toBe(Math.min(20, keyEvents.totalCount - 20));
      await page.getByRole('button', { name: 'Neuere Einträge' }).click();
      await status.getByText(`Seite 1 von ${pages}`, { exact: false }).waitFor();
      expect(await page.getByRole('button', { name: 'Neuere Einträge' }).isDisabled()).toBe(true);

      // The membership's events, reached with "Nur dieser Datensatz"; personal values as the API returns them.
      await page.getByLabel('Art des Datensatzes').selectOption('membership');
      await page.getByRole('button', { name: 'Filter anwenden' }).click();
      await rows.getByText('Beitrittsschreiben erfasst').first().waitFor();
      await page
        .getByRole('button', { name: `Nur Einträge zu Mitgliedschaft ${membershipId} zeigen` })
        .first()
        .click();
      await status.getByText('1 Eintrag; Seite 1 von 1', { exact: false }).waitFor();
      expect(await rows.getByText('Ortsbürgermeister Max Muster').count()).toBe(1);

      // Hostile filters: refused at the field, nothing sent.
      const sent = apiRequests(watched, origin);
      const id = page.getByLabel('Kennung des Datensatzes (freiwillig)');
      const actor = page.getByLabel('Wer: Kennung (freiwillig)');
      const since = page.getByLabel('Von (Tag, freiwillig)');
      const until = page.getByLabel('Bis einschließlich (Tag, freiwillig)');
      await id.fill('abc\u0000def');
      await page.getByRole('button', { name: 'Filter anwenden' }).click();
      await page.getByText('Der Text enthält unsichtbare Steuerzeichen', { exact: false }).waitFor();
      expect(await id.getAttribute('aria-invalid')).toBe('true');
      await id.fill('9'.repeat(101));
      await actor.fill(`${keyIdOf(keys.admin)}\u0000`);
      // 30.02.2025 typed into the date field: the browser holds no value, the page must not read "no day".
      await since.click();
      await since.press('Home');
      await page.keyboard.type('30022025');
      expect(await since.inputValue()).toBe('');
      await page.getByRole('button', { name: 'Filter anwenden' }).click();
      await page.getByText('Bitte höchstens 100 Zeichen eingeben (jetzt 101).').waitFor();
      await page.getByText('Dieses Datum gibt es nicht.', { exact: false }).waitFor();
      for (const field of [id, actor, since]) expect(await field.getAttribute('aria-invalid')).toBe('true');
      await expectAccessible(page, 'Änderungsprotokoll mit Fehlern');
      // "Bis" before "Von", and a "Von" in the future.
      await id.fill('');
      await actor.fill('');
      await since.fill('2026-01-10');
      await until.fill('2026-01-09');
      await page.getByRole('button', { name: 'Filter anwenden' }).click();
      await page.getByText('„Bis“ kann nicht vor „Von“ (10. Januar 2026) liegen.').waitFor();
      expect(await until.getAttribute('aria-invalid')).toBe('true');
      await since.fill(today(new Date(Date.now() + 3 * 86_400_000)));
      await until.fill('');
      await page.getByRole('button', { name: 'Filter anwenden' }).click();
      await page.getByText('Der Tag liegt in der Zukunft', { exact: false }).waitFor();
      expect(apiRequests(watched, origin)).toBe(sent);
      // The API, asked directly, refuses the NUL character and days in the wrong order cleanly too.
      const direct = await hub.query(AUDIT, { entityId: 'abc\u0000def' }, withKey(keys.admin));
      expect(direct.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'entityId' });
      const reversed = await hub.query(FILTERED, { since: '2026-01-10', until: '2026-01-09', first: 20 }, withKey(keys.admin));
      expect(reversed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'until' });
      await page.getByRole('button', { name: 'Filter zurücksetzen' }).click();
      expect(await id.getAttribute('aria-invalid')).toBeNull();
      expect(await since.getAttribute('aria-invalid')).toBeNull();
      await status.getByText(/^\d+ Einträge; Seite 1 von/).waitFor();

      // Action, who and days (German time): the rows are exactly what auditTrail returns with the same arguments.
      const day = today();
      const filters = { action: 'apiKey.create', actorId: keyIdOf(keys.admin), since: day, until: day, first: 20 };
      await page.getByLabel('Aktion').selectOption('apiKey.create');
      await actor.fill(filters.actorId);
      await since.fill(day);
      await until.fill(day);
      await page.getByRole('button', { name: 'Filter anwenden' }).click();
      const expected = (await hub.query(FILTERED, filters, withKey(keys.admin))).data.auditTrail;
      expect(expected.totalCount).toBeGreaterThan(20); // the 21 stacked keys and the two of the first test
      await status.getByText(`${expected.totalCount} Einträge; Seite 1 von 2 (Einträge 1 bis 20).`).waitFor();
      const numbers = async () => (await rows.getByRole('rowheader').allTextContents()).map((text) => /Nr\. (\S+)$/.exec(text)?.[1]);
      expect(await numbers()).toEqual(expected.edges.map((e: any) => e.node.id));
      for (const e of expected.edges) expect(e.node).toMatchObject({ action: 'apiKey.create', actorId: filters.actorId });
      expect(await rows.getByText('API-Schlüssel angelegt').count()).toBe(20);
      await expectAccessible(page, 'Änderungsprotokoll nach Aktion, Person und Tag gefiltert');
      // The day before: nothing, as the API says.
      const yesterday = today(new Date(Date.now() - 86_400_000));
      await since.fill(yesterday);
      await until.fill(yesterday);
      await page.getByRole('button', { name: 'Filter anwenden' }).click();
      await status.getByText('Kein Eintrag passt zu diesen Filtern.').waitFor();
      expect(
        (await hub.query(FILTERED, { ...filters, since: yesterday, until: yesterday }, withKey(keys.admin))).data.auditTrail.totalCount,
      ).toBe(0);

      await expectNotKept(watched, origin, keys.admin, { inPage: true });
      expect(watched.foreign).toEqual([]);
      expect(watched.problems).toEqual([]);
    } finally {
      await watched.close();
    }
  });

  test('DSGVO: export of Kerzenheim shown and downloaded; erasure only after typing the name, cancelling erases nothing', async () => {
    const watched = await openWatchedPage(browser, origin);
    const { page } = watched;
    try {
      await signIn(page, origin, keys.admin);
      await open(page, 'Datenschutz');

      // Nothing chosen yet: said at the search, nothing sent.
      let sent = apiRequests(watched, origin);
      await page.getByRole('button', { name: 'Auskunft abrufen' }).click();
      await page.getByText('Bitte zuerst eine Kommune suchen und auswählen.').waitFor();
      expect(apiRequests(watched, origin)).toBe(sent);

      await page.getByRole('searchbox', { name: 'Kommune' }).fill('kerzenh');
      await page.getByRole('radio', { name: /^Kerzenheim – Ortsgemeinde/ }).check();
      await page.getByText('Kerzenheim: eine Mitgliedschaft, sie ist ausgewählt.').waitFor();
      expect(await page.getByRole('radio', { name: /^Eingegangen, offen/ }).isChecked()).toBe(true);

      // Art. 15: readable on the page …
      await page.getByRole('button', { name: 'Auskunft abrufen' }).click();
      const shown = page.getByRole('region', { name: 'Auskunft: Kerzenheim' });
      await shown.waitFor();
      for (const text of ['Erika Beispiel', 'Digitalisierungsbeauftragte', 'erika.beispiel@kerzenheim.de', '06351 12345']) {
        expect(await shown.locator('dl.facts').getByText(text, { exact: true }).count()).toBe(1);
      }
      expect(await shown.locator('h4 + p').textContent()).toBe('Ortsbürgermeister Max Muster');
      await shown.getByRole('table', { name: /Einträge? mit personenbezogenen Angaben/ }).waitFor();
      await expectAccessible(page, 'Auskunft');
      await page.screenshot({ path: path.join(SCREENSHOTS, 'verwaltung-datenschutz.png'), fullPage: true });
      // … and as a JSON file made in the page, equal to what the API exports.
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        shown.getByRole('link', { name: 'Auskunft als JSON-Datei herunterladen' }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^auskunft-art15-Kerzenheim-\d{4}-\d{2}-\d{2}\.json$/);
      const file = JSON.parse(fs.readFileSync((await download.path())!, 'utf8'));
      const exported = (await hub.query(EXPORT, { id: membershipId }, withKey(keys.admin))).data.exportContactPersonData;
      expect(file).toMatchObject({ kommune: { name: 'Kerzenheim' }, mitgliedschaft: membershipId, daten: exported });
      expect(file.daten.contactPerson).toMatchObject({ name: 'Erika Beispiel', email: 'erika.beispiel@kerzenheim.de' });

      // Art. 17: a wrong name or a hidden character erases nothing; cancelling neither.
      await page.getByRole('button', { name: 'Löschung vorbereiten …' }).click();
      const confirmation = page.getByRole('form', { name: 'Löschung bestätigen' });
      await confirmation.getByText('„Kerzenheim“', { exact: false }).first().waitFor();
      const typed = confirmation.getByLabel('Name der Kommune zur Bestätigung');
      sent = apiRequests(watched, origin);
      await confirmation.getByRole('button', { name: 'Endgültig löschen' }).click();
      await confirmation.getByText('Bitte zur Bestätigung „Kerzenheim“ eingeben.').waitFor();
      await typed.fill('Kerzen\u0000heim');
      await confirmation.getByRole('button', { name: 'Endgültig löschen' }).click();
      await confirmation.getByText('stimmt nicht mit „Kerzenheim“ überein', { exact: false }).waitFor();
      await typed.fill('Göllheim');
      await confirmation.getByRole('button', { name: 'Endgültig löschen' }).click();
      expect(await typed.getAttribute('aria-invalid')).toBe('true');
      await expectAccessible(page, 'Löschung bestätigen');
      await confirmation.getByRole('button', { name: 'Abbrechen' }).click();
      await page.getByText('Die Löschung ist abgebrochen; es wurde nichts gelöscht.').waitFor();
      expect(await confirmation.isVisible()).toBe(false);
      expect(apiRequests(watched, origin)).toBe(sent);
      expect((await hub.query(EXPORT, { id: membershipId }, withKey(keys.admin))).data.exportContactPersonData).toEqual(exported);

      // Confirmed with the name (case does not matter): the API's result is shown, the export gone.
      await page.getByRole('button', { name: 'Löschung vorbereiten …' }).click();
      await typed.fill('kerzenheim');
      await confirmation.getByRole('button', { name: 'Endgültig löschen' }).click();
      const result = page.getByRole('region', { name: 'Gelöscht: personenbezogene Daten der Mitgliedschaft von Kerzenheim' });
      await result.waitFor();
      await result.getByText('Die Ansprechperson ist gelöscht.').waitFor();
      await result.getByText(/^Aus \d+ Einträgen des Änderungsprotokolls sind die personenbezogenen Angaben entfernt/).waitFor();
      expect(await html(page)).not.toContain('Erika Beispiel');

      // The API holds no personal data of this membership any more.
      const after = await hub.query(EXPORT, { id: membershipId }, withKey(keys.admin));
      expect(after.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      const record = await hub.query(
        `{ municipality(key: "${KERZENHEIM}") { digitaleDoerfer { signedBy contactPerson { name } } } }`,
        {},
        withKey(keys.admin),
      );
      expect(record.data.municipality.digitaleDoerfer).toEqual({ signedBy: null, contactPerson: null });
      const erased = (await hub.query(AUDIT, { entity: 'contact', entityId: membershipId }, withKey(keys.admin))).data.auditTrail;
      expect(erased.edges[0].node.action).toBe('contact.erase');

      // Asked again, the page says there is nothing.
      await page.getByRole('button', { name: 'Auskunft abrufen' }).click();
      await page.getByText('sind keine personenbezogenen Daten gespeichert', { exact: false }).waitFor();

      // The audit trail keeps the membership's event, marked, without the signer.
      await open(page, 'Änderungsprotokoll');
      await page.getByLabel('Art des Datensatzes').selectOption('membership');
      await page.getByLabel('Kennung des Datensatzes (freiwillig)').fill(membershipId);
      await page.getByRole('button', { name: 'Filter anwenden' }).click();
      await page.getByText('Personenbezogene Angaben auf Antrag gelöscht am', { exact: false }).waitFor();
      const trail = page.getByRole('table', { name: /Einträge des Änderungsprotokolls/ });
      expect(await trail.getByText('Beitrittsschreiben erfasst').count()).toBe(1);
      expect(await html(page)).not.toContain('Max Muster');

      await expectNotKept(watched, origin, keys.admin, { inPage: true });
      expect(watched.foreign).toEqual([]);
      expect(watched.problems).toEqual([]);
    } finally {
      await watched.close();
    }
  });

  test('a ministry admin who revokes their own key is told so and signed out; coordinators and partners see no ministry screen', async () => {
    const watched = await openWatchedPage(browser, origin);
    const { page } = watched;
    try {
      // Signed in with the deputy's key, which this session has not yet recognised as its own.
      await signIn(page, origin, deputySecret);
      await open(page, 'API-Schlüssel');
      await page.getByRole('button', { name: 'Schlüssel „Ministerium Vertretung“ widerrufen' }).click();
      const dialog = page.getByRole('dialog', { name: 'Schlüssel widerrufen?' });
      await dialog.getByLabel(/^Ich habe geprüft, dass ich nicht mit diesem Schlüssel angemeldet bin/).check();
      await dialog.getByRole('button', { name: 'Ja, widerrufen' }).click();
      await page.getByText('Sie waren mit ihm angemeldet', { exact: false }).waitFor();
      expect((await apiKeys()).find((k) => k.name === 'Ministerium Vertretung')!.revokedAt).not.toBeNull();
      expect((await hub.query(`{ viewer { role } }`, {}, withKey(deputySecret))).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      await expectAccessible(page, 'Eigener Schlüssel widerrufen');
      await page.getByRole('button', { name: 'Zur Anmeldung' }).click();
      await page.getByRole('button', { name: 'Anmelden' }).waitFor();
      await expectNotKept(watched, origin, deputySecret, { inPage: true });

      for (const key of [keys.dd, keys.ikone, keys.partner]) {
        await signIn(page, origin, key);
        const screens = await verwaltungNav(page).getByRole('button').allTextContents();
        expect(screens.length).toBeGreaterThan(0);
        for (const name of ['API-Schlüssel', 'Änderungsprotokoll', 'Datenschutz']) expect(screens).not.toContain(name);
        await page.getByRole('button', { name: 'Abmelden' }).click();
      }
      expect(watched.foreign).toEqual([]);
      expect(watched.problems).toEqual([]);
    } finally {
      await watched.close();
    }
  });
});
