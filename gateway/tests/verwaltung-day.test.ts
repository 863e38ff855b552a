// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// The acceptance walk through the Verwaltung (/verwaltung): a working day of the
// coordinator of the Netzwerk Digitale Dörfer RLP and of the ministry, done through the page alone
// in Debian's Chromium against a real hub (both subgraphs, PostgreSQL). The coordinator records
// Kerzenheim's letter, approves it, names a contact person, records a meeting with Kerzenheim's
// attendance, writes an experience report and ends the membership; the ministry creates and
// revokes an API key, imports a small member list (dry run, then applied) and answers a DSGVO
// request for Kerzenheim's membership (export, then erasure after the confirmation). Each step is
// checked against the API afterwards. The walk is about the flow across the screens: axe,
// hostile input and conflicts are covered screen by screen in the other verwaltung*.test.ts; here
// axe runs once per session, at its end. The screenshots are those of the staff guide
// (docs/verwaltung.md), taken at a viewport of 1280 × 800.
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import {
  describeInBrowser,
  ensurePagesBuilt,
  expectAccessible,
  launchBrowser,
  openWatchedPage,
  SCREENSHOTS,
  type WatchedPage,
} from '../../testing/browser';
import { expectNotKept, openScreen, signIn, verwaltungNav } from '../../testing/verwaltung';
import { createCallerKeys, startTestHub, withKey, type TestCaller, type TestHub } from '../../testing/hub';
import { today } from '../../common/dates';

let hub: TestHub;
let origin: string;
let keys: Record<TestCaller, string>;

/** Ortsgemeinde Kerzenheim (AGS 07333038), Verbandsgemeinde Eisenberg (Pfalz), Donnersbergkreis. */
const KERZENHEIM = '073335002038';
const KIRCHHEIMBOLANDEN = '073335004000'; // Verbandsgemeinde
const WINNWEILER = '073335006000'; // Verbandsgemeinde

const MEETING_TITLE = 'Netzwerktreffen Frühjahr 2025: Dorf-Apps im Alltag';
const REPORT_TITLE = 'Dorf-App in Kerzenheim';
const KEY_NAME = 'Partnerportal Landkreis Kusel';

/** Kerzenheim as the API knows it, for checking each step. */
const KERZENHEIM_STATE = `{ municipality(key: "${KERZENHEIM}") {
  ags
  digitaleDoerfer { id status version source letterDate receivedOn signedBy startedOn endedOn decisionReason
    contactPerson { name function email phone version } }
  meetingsAttended { title }
} }`;

async function kerzenheim(): Promise<any> {
  const { data, errors } = await hub.query(KERZENHEIM_STATE, {}, withKey(keys.admin));
  expect(errors).toBeUndefined();
  return data.municipality;
}

async function history(key: string): Promise<{ status: string; source: string; startedOn: string | null }[]> {
  const { data, errors } = await hub.query(
    `query($key: ID!) { municipality(key: $key) { digitaleDoerferHistory { status source startedOn } } }`,
    { key },
    withKey(keys.admin),
  );
  expect(errors).toBeUndefined();
  return data.municipality.digitaleDoerferHistory;
}

beforeAll(async () => {
  ensurePagesBuilt('verwaltung');
  hub = await startTestHub({ env: { RATE_LIMIT_MAX: '100000' } });
  origin = new URL(hub.gatewayUrl).origin;
  keys = await createCallerKeys(hub, 'verwaltung-tag');
});
afterAll(async () => {
  await hub?.close();
});

describeInBrowser('Verwaltung: a working day of the coordination and the ministry', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function openSession(): Promise<WatchedPage> {
    const watched = await openWatchedPage(browser, origin, { width: 1280, height: 800 });
    // A step that does not come fails here, naming itself, well before the test's time is up.
    watched.page.setDefaultTimeout(15_000);
    return watched;
  }

  /** Picks a municipality in the picker of `scope` by typing part of its name, as a person does. */
  async function pick(scope: Locator, searchLabel: string, typed: string, radio: RegExp): Promise<void> {
    await scope.getByRole('searchbox', { name: searchLabel }).fill(typed);
    await scope.getByRole('radio', { name: radio }).check();
  }

  /** A screenshot for the staff guide: the viewport, with `top` scrolled to its upper edge. */
  async function shot(page: Page, name: string, top?: Locator, mask: Locator[] = []): Promise<void> {
    if (top) await top.evaluate((e) => e.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: path.join(SCREENSHOTS, `verwaltung-tag-${name}.png`), mask });
  }

  /** Nothing left the hub, nothing broke the page, and the key stayed out of URL, storages and cookies. */
  async function expectClean(watched: WatchedPage, key: string): Promise<void> {
    await expectNotKept(watched, origin, key);
    expect(watched.foreign).toEqual([]);
    expect(watched.problems).toEqual([]);
  }

  test('the coordinator: Kerzenheim from its letter to the end of its membership, across four screens; the API agrees at each step', async () => {
    expect((await kerzenheim()).digitaleDoerfer).toBeNull();
    const watched = await openSession();
    const { page } = watched;
    try {
      await page.goto(`${origin}/verwaltung`);
      await page.getByRole('heading', { level: 1, name: 'Anmeldung zur Verwaltung' }).waitFor();
      await shot(page, 'anmeldung');
      await signIn(page, origin, keys.dd);
      expect(await page.locator('#rolle').textContent()).toBe('Koordination Netzwerk Digitale Dörfer RLP');
      expect(await verwaltungNav(page).getByRole('button').allTextContents()).toEqual([
        'Anträge',
        'Mitglieder',
        'Treffen',
        'Erfahrungsberichte',
        'Themen und Ansprechpartner',
      ]);

      // Anträge: the letter, Kerzenheim picked by the name search (no umlaut or full name needed).
      await page.getByRole('heading', { name: 'Offene Anträge' }).waitFor();
      const letter = page.getByRole('form', { name: 'Beitrittsschreiben erfassen' });
      await pick(
        letter,
        'Kommune',
        'kerzenh',
        /^Kerzenheim – Ortsgemeinde, Verbandsgemeinde Eisenberg \(Pfalz\), Landkreis Donnersbergkreis$/,
      );
      await letter.getByText('Eignung von Kerzenheim').waitFor();
      await letter.getByLabel('Datum des Schreibens').fill('2025-03-01');
      await letter.getByLabel('Eingegangen am').fill('2025-03-05');
      await letter.getByLabel('Unterzeichnet von').fill('Ortsbürgermeister Max Muster');
      await shot(page, 'schreiben', page.getByRole('heading', { name: 'Beitrittsschreiben erfassen' }));
      await letter.getByRole('button', { name: 'Schreiben erfassen' }).click();
      await page.getByText('Das Beitrittsschreiben von Kerzenheim ist erfasst', { exact: false }).waitFor();
      const recorded = (await kerzenheim()).digitaleDoerfer;
      expect(recorded).toMatchObject({
        status: 'RECEIVED',
        version: 1,
        source: 'LETTER',
        letterDate: '2025-03-01',
        receivedOn: '2025-03-05',
        signedBy: 'Ortsbürgermeister Max Muster',
        contactPerson: null,
      });
      expect((await kerzenheim()).ags).toBe('07333038');

      // … and approved from its card under "Offene Anträge".
      const application = page.locator('article.application', { has: page.getByRole('heading', { name: 'Kerzenheim', exact: true }) });
      await application.getByText('Netzwerk Digitale Dörfer RLP:', { exact: false }).waitFor();
      await application.getByLabel('Mitglied ab').fill('2025-04-01');
      await shot(page, 'antrag', application);
      await application.getByRole('button', { name: 'Antrag genehmigen' }).click();
      await page.getByText('Der Antrag von Kerzenheim wurde genehmigt.').waitFor();
      expect((await kerzenheim()).digitaleDoerfer).toMatchObject({
        id: recorded.id,
        status: 'ACTIVE',
        version: 2,
        startedOn: '2025-04-01',
      });

      // Mitglieder: found in its Landkreis, its page opened, a contact person named.
      await openScreen(page, 'Mitglieder', 'Mitglieder der Netzwerke');
      await page.getByLabel('Landkreis oder kreisfreie Stadt').selectOption({ label: 'Donnersbergkreis (Landkreis)' });
      await page.getByRole('button', { name: 'Filter anwenden' }).click();
      const list = page.getByRole('table', { name: 'Mitgliedschaften im Netzwerk Digitale Dörfer RLP' });
      await list.getByRole('row', { name: /^Kerzenheim .*Mitglied \(genehmigt\)/ }).waitFor();
      await list.getByRole('button', { name: 'Kerzenheim', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Kerzenheim' }).waitFor();
      const contact = page.getByRole('form', { name: 'Ansprechperson festlegen' });
      await contact.getByLabel('Name').fill('Erika Beispiel');
      await contact.getByLabel('Funktion').fill('Digitalisierungsbeauftragte');
      await contact.getByLabel('E-Mail-Adresse').fill('erika.beispiel@kerzenheim.example');
      await contact.getByLabel('Telefon').fill('06351 12345');
      await contact.getByRole('button', { name: 'Ansprechperson speichern' }).click();
      await page.getByText('Die Ansprechperson von Kerzenheim ist gespeichert.').waitFor();
      expect((await kerzenheim()).digitaleDoerfer.contactPerson).toEqual({
        name: 'Erika Beispiel',
        function: 'Digitalisierungsbeauftragte',
        email: 'erika.beispiel@kerzenheim.example',
        phone: '06351 12345',
        version: 1,
      });
      await shot(page, 'kommune', page.locator('body')); // with the navigation

      // Treffen: a meeting recorded, then Kerzenheim's attendance.
      await openScreen(page, 'Treffen', 'Netzwerktreffen');
      const meeting = page.getByRole('form', { name: 'Treffen erfassen' });
      await meeting.getByRole('checkbox', { name: 'Dorf-App / DorfFunk' }).waitFor();
      await meeting.getByLabel('Datum', { exact: true }).fill('2025-05-14');
      await meeting.getByLabel('Titel', { exact: true }).fill(MEETING_TITLE);
      await meeting.getByLabel('Form', { exact: true }).selectOption('ON_SITE');
      await meeting.getByLabel('Ort (freiwillig)').fill('Bürgerhaus, Kerzenheim');
      await meeting.getByRole('checkbox', { name: 'Dorf-App / DorfFunk' }).check();
      await meeting.getByRole('button', { name: 'Treffen erfassen' }).click();
      await page.getByRole('heading', { level: 1, name: `Treffen: ${MEETING_TITLE}` }).waitFor();
      const attendance = page.getByRole('form', { name: 'Teilnahme erfassen' });
      await pick(attendance, 'Teilnehmende Kommune suchen', 'Kerzenheim', /^Kerzenheim – Ortsgemeinde/);
      await attendance.getByRole('button', { name: 'Zur Teilnahme hinzufügen' }).click();
      await attendance.getByRole('heading', { name: 'Ausgewählt: eine Kommune' }).waitFor();
      await attendance.getByRole('button', { name: 'Teilnahme speichern' }).click();
      await page.getByText(`Die Teilnahme am Treffen „${MEETING_TITLE}“ ist gespeichert: Eine Kommune: Kerzenheim`).waitFor();
      const { data: meetings } = await hub.query(
        `{ meetings(first: 100, network: DIGITALE_DOERFER_RLP) { edges { node { title heldOn format place version attendees { ars } topics { id } } } } }`,
        {},
        withKey(keys.admin),
      );
      expect(meetings.meetings.edges.map((e: any) => e.node).find((m: any) => m.title === MEETING_TITLE)).toEqual({
        title: MEETING_TITLE,
        heldOn: '2025-05-14',
        format: 'ON_SITE',
        place: 'Bürgerhaus, Kerzenheim',
        version: 2,
        attendees: [{ ars: KERZENHEIM }],
        topics: [{ id: 'dorf-app' }],
      });
      await shot(page, 'treffen', page.getByRole('heading', { level: 1, name: `Treffen: ${MEETING_TITLE}` }));

      // Erfahrungsberichte: Kerzenheim's report.
      await openScreen(page, 'Erfahrungsberichte', 'Erfahrungsberichte');
      const report = page.getByRole('form', { name: 'Erfahrungsbericht schreiben' });
      await report.getByRole('checkbox', { name: 'Dorf-App / DorfFunk' }).waitFor();
      await pick(report, 'Kommune', 'kerzenheim', /^Kerzenheim – Ortsgemeinde/);
      await report.getByLabel('Titel', { exact: true }).fill(REPORT_TITLE);
      await report
        .getByLabel('Vorhaben', { exact: true })
        .fill('Einführung der Dorf-App mit DorfFunk für Nachrichten der Gemeinde und die Termine der Vereine.');
      await report.getByRole('checkbox', { name: 'Dorf-App / DorfFunk' }).check();
      await report.getByLabel('Schlagwörter (freiwillig)').fill('DorfFunk, Vereine');
      await report.getByLabel('Stand des Vorhabens').selectOption('IN_PROGRESS');
      await report.getByLabel('Ansprechpartner (Funktion, freiwillig)').fill('Digitalisierungsbeauftragte der Ortsgemeinde');
      await report.getByRole('button', { name: 'Bericht speichern' }).click();
      await page.getByText(`Der Erfahrungsbericht „${REPORT_TITLE}“ von Kerzenheim ist gespeichert.`).waitFor();
      const { data: reports } = await hub.query(
        `{ experienceReports(first: 10, municipalityKey: "${KERZENHEIM}") { edges { node { title status tags contactFunction topics { id } } } } }`,
        {},
        withKey(keys.admin),
      );
      expect(reports.experienceReports.edges.map((e: any) => e.node)).toEqual([
        {
          title: REPORT_TITLE,
          status: 'IN_PROGRESS',
          tags: ['DorfFunk', 'Vereine'],
          contactFunction: 'Digitalisierungsbeauftragte der Ortsgemeinde',
          topics: [{ id: 'dorf-app' }],
        },
      ]);

      // Back to Mitglieder: Kerzenheim's page, reloaded, shows the meeting and the report; the membership ends today.
      await verwaltungNav(page).getByRole('button', { name: 'Mitglieder', exact: true }).click();
      await page
        .getByRole('table', { name: /^Netzwerktreffen, an denen Kerzenheim teilgenommen hat/ })
        .getByRole('rowheader', { name: MEETING_TITLE })
        .waitFor();
      await page
        .getByRole('table', { name: 'Erfahrungsberichte von Kerzenheim, neueste zuerst' })
        .getByRole('rowheader', { name: REPORT_TITLE })
        .waitFor();
      const end = page.getByRole('form', { name: 'Mitgliedschaft beenden' });
      expect(await end.getByLabel('Letzter Tag der Mitgliedschaft').inputValue()).toBe(today());
      await end.getByLabel('Grund (freiwillig)').fill('Austritt laut Schreiben der Ortsgemeinde.');
      await end.getByRole('button', { name: 'Mitgliedschaft beenden' }).click();
      await page.getByText('Die Mitgliedschaft von Kerzenheim endet am', { exact: false }).waitFor();
      const ended = await kerzenheim();
      expect(ended.digitaleDoerfer).toMatchObject({
        id: recorded.id,
        status: 'ENDED',
        endedOn: today(),
        decisionReason: 'Austritt laut Schreiben der Ortsgemeinde.',
        version: 3,
      });
      // Ending keeps the contact person (the retention job erases it later) and the attended meeting.
      expect(ended.digitaleDoerfer.contactPerson).toMatchObject({ name: 'Erika Beispiel' });
      expect(ended.meetingsAttended).toEqual([{ title: MEETING_TITLE }]);
      await page
        .getByRole('table', { name: /Alle Datensätze von Kerzenheim/ })
        .getByRole('rowheader', { name: 'Beendet' })
        .waitFor();
      expect(await end.count()).toBe(0);

      await expectAccessible(page, 'Kommune nach dem Beenden (Ende des Tages der Koordination)');
      await expectClean(watched, keys.dd);
    } finally {
      await watched.close();
    }
  });

  test('the ministry: an API key created and revoked, a member list imported (dry run, then applied), Kerzenheim’s DSGVO export and erasure', async () => {
    const before = await kerzenheim();
    expect(before.digitaleDoerfer).toMatchObject({ status: 'ENDED', contactPerson: { name: 'Erika Beispiel' } });
    const watched = await openSession();
    const { page } = watched;
    try {
      await signIn(page, origin, keys.admin);
      expect(await page.locator('#rolle').textContent()).toBe('Ministerium (Verwaltung aller Daten)');
      expect(await verwaltungNav(page).getByRole('button').allTextContents()).toEqual([
        'Anträge',
        'Mitglieder',
        'Treffen',
        'Erfahrungsberichte',
        'Themen und Ansprechpartner',
        'Import und Export',
        'API-Schlüssel',
        'Änderungsprotokoll',
        'Datenschutz',
      ]);

      // API-Schlüssel: a partner key, its secret shown once; then revoked after the question.
      await openScreen(page, 'API-Schlüssel', 'API-Schlüssel');
      await page.getByRole('table', { name: /gültige Schlüssel/ }).waitFor();
      await page.getByLabel('Bezeichnung').fill(KEY_NAME);
      await page.getByLabel(/^Partner – /).check();
      await page.getByRole('button', { name: 'Schlüssel anlegen' }).click();
      const box = page.getByRole('region', { name: 'Neuer Schlüssel – nur jetzt sichtbar' });
      await box.waitFor();
      const secret = (await box.locator('code').textContent())!;
      expect((await hub.query(`{ viewer { role } }`, {}, withKey(secret))).data).toEqual({ viewer: { role: 'PARTNER' } });
      // The guide's picture hides the secret, though this hub's database is gone after the test.
      await shot(page, 'schluessel', box, [box.locator('code')]);
      await box.getByRole('button', { name: 'Gespeichert – Schlüssel ausblenden' }).click();
      await page.getByText(`Der Schlüssel „${KEY_NAME}“ ist ausgeblendet`, { exact: false }).waitFor();
      expect(await page.evaluate(() => document.documentElement.outerHTML)).not.toContain(secret);
      await page.getByRole('button', { name: `Schlüssel „${KEY_NAME}“ widerrufen` }).click();
      const dialog = page.getByRole('dialog', { name: 'Schlüssel widerrufen?' });
      await dialog.getByText(`Wirklich den Schlüssel „${KEY_NAME}“`, { exact: false }).waitFor();
      await dialog.getByRole('button', { name: 'Ja, widerrufen' }).click();
      await page.getByText(`Der Schlüssel „${KEY_NAME}“ ist widerrufen`, { exact: false }).waitFor();
      const { data: apiKeys } = await hub.query(`{ apiKeys { name role revokedAt } }`, {}, withKey(keys.admin));
      expect(apiKeys.apiKeys.find((k: any) => k.name === KEY_NAME)).toMatchObject({ role: 'PARTNER', revokedAt: expect.any(String) });
      expect((await hub.query(`{ viewer { role } }`, {}, withKey(secret))).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

      // Import und Export: a network office's list of two Verbandsgemeinden, checked, then applied.
      expect(await history(KIRCHHEIMBOLANDEN)).toEqual([]);
      expect(await history(WINNWEILER)).toEqual([]);
      await openScreen(page, 'Import und Export', 'Import und Export des Registers');
      const list = [
        'Kommune;Netzwerk;Status;Mitglied seit;Rolle;Beendet am;Zuletzt bestätigt;Rolle seit;Rolle bis;Quelle/Bemerkung;Ansprechperson;Ansprechperson Funktion;Ansprechperson E-Mail;Ansprechperson Telefon',
        'VG Kirchheimbolanden;Digitale Dörfer RLP;aktiv;03/2024;Mitglied;;;;;Liste der Geschäftsstelle 2024;;;;',
        'VG Winnweiler;Digitale Dörfer RLP;aktiv;2024;Mitglied;;;;;Liste der Geschäftsstelle 2024;;;;',
      ];
      await page
        .getByLabel('Datei mit der Mitgliederliste')
        .setInputFiles({ name: 'mitglieder-2024.csv', mimeType: 'text/csv', buffer: Buffer.from(list.join('\r\n') + '\r\n', 'utf8') });
      await page.getByRole('button', { name: 'Datei prüfen (Probelauf)' }).click();
      await page.getByRole('heading', { name: 'Ergebnis des Probelaufs' }).waitFor();
      await page.getByRole('table', { name: /^Probelauf: was „mitglieder-2024\.csv“ am Register ändern würde/ }).waitFor();
      expect(await page.locator('.import-summary').textContent()).toBe('2 neu, 0 geändert, 0 unverändert, 0 abgelehnt');
      expect(await history(KIRCHHEIMBOLANDEN)).toEqual([]); // a dry run writes nothing
      await shot(page, 'import', page.getByRole('heading', { name: 'Ergebnis des Probelaufs' }));
      await page.getByRole('button', { name: 'Übernehmen', exact: true }).click();
      await page.getByRole('heading', { name: 'Übernommen' }).waitFor();
      await page.getByText('„mitglieder-2024.csv“ ist übernommen: 2 neu, 0 geändert, 0 unverändert, 0 abgelehnt.').waitFor();
      expect(await history(KIRCHHEIMBOLANDEN)).toEqual([{ status: 'ACTIVE', source: 'IMPORT', startedOn: '2024-03-01' }]);
      expect(await history(WINNWEILER)).toEqual([{ status: 'ACTIVE', source: 'IMPORT', startedOn: '2024-01-01' }]);

      // Datenschutz: Kerzenheim's ended membership — the export (Art. 15), then the erasure (Art. 17) after typing the name.
      await openScreen(page, 'Datenschutz', 'Datenschutz: Auskunft und Löschung');
      await pick(page.locator('#inhalt'), 'Kommune', 'kerzenh', /^Kerzenheim – Ortsgemeinde/);
      await page.getByText('Kerzenheim: eine Mitgliedschaft, sie ist ausgewählt.').waitFor();
      expect(await page.getByRole('radio', { name: /^Beendet, Beginn 1\. April 2025/ }).isChecked()).toBe(true);
      await page.getByRole('button', { name: 'Auskunft abrufen' }).click();
      const shown = page.getByRole('region', { name: 'Auskunft: Kerzenheim' });
      await shown.waitFor();
      for (const text of ['Erika Beispiel', 'erika.beispiel@kerzenheim.example', '06351 12345']) {
        expect(await shown.locator('dl.facts').getByText(text, { exact: true }).count()).toBe(1);
      }
      expect(await shown.locator('h4 + p').textContent()).toBe('Ortsbürgermeister Max Muster');
      const EXPORT = `query($id: ID!) { exportContactPersonData(membershipId: $id) }`;
      const exported = (await hub.query(EXPORT, { id: before.digitaleDoerfer.id }, withKey(keys.admin))).data.exportContactPersonData;
      expect(exported.contactPerson).toMatchObject({ name: 'Erika Beispiel', email: 'erika.beispiel@kerzenheim.example' });

      await page.getByRole('button', { name: 'Löschung vorbereiten …' }).click();
      const confirmation = page.getByRole('form', { name: 'Löschung bestätigen' });
      await confirmation.getByLabel('Name der Kommune zur Bestätigung').fill('Kerzenheim');
      await shot(page, 'datenschutz', page.getByRole('heading', { level: 2, name: '3. Löschen (Art. 17 DSGVO)' }));
      await confirmation.getByRole('button', { name: 'Endgültig löschen' }).click();
      const erased = page.getByRole('region', { name: 'Gelöscht: personenbezogene Daten der Mitgliedschaft von Kerzenheim' });
      await erased.getByText('Die Ansprechperson ist gelöscht.').waitFor();
      expect((await hub.query(EXPORT, { id: before.digitaleDoerfer.id }, withKey(keys.admin))).errors?.[0]?.extensions?.code).toBe(
        'NOT_FOUND',
      );
      const after = (await kerzenheim()).digitaleDoerfer;
      expect(after).toMatchObject({ id: before.digitaleDoerfer.id, status: 'ENDED', signedBy: null, contactPerson: null });
      expect(await page.evaluate(() => document.documentElement.outerHTML)).not.toContain('Erika Beispiel');

      await expectAccessible(page, 'Datenschutz nach der Löschung (Ende des Tages des Ministeriums)');
      await expectClean(watched, keys.admin);
    } finally {
      await watched.close();
    }
  });
});
