// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// Browser tests of the Verwaltung's knowledge exchange (/verwaltung: "Treffen",
// "Erfahrungsberichte", "Themen und Ansprechpartner"; gateway/pages/verwaltung/knowledge.ts) in
// Debian's Chromium against a real hub. A coordinator of the Netzwerk Digitale Dörfer RLP records a
// meeting with the attendance of two members, changes it, writes and changes an experience report,
// adds a topic and asks "Wen fragen?" — every step through the page alone, checked against the
// API afterwards; hostile input is refused at its field before anything is sent. A partner reads
// the lists without any form; a stale edit between two sessions is explained with "Neu laden"
// and keeps what was typed. Every screen passes axe-core's WCAG 2.1 AA rules (in its fullest state:
// with errors, refusals or a conflict); the pages talk to nobody but the hub and break none of
// their Content-Security-Policy.
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
import { apiRequests, expectNotKept, openScreen, signIn, verwaltungNav } from '../../testing/verwaltung';
import { createCallerKeys, startTestHub, withKey, type TestCaller, type TestHub } from '../../testing/hub';

let hub: TestHub;
let origin: string;
let keys: Record<TestCaller, string>;

/** Kerzenheim (Ortsgemeinde, VG Eisenberg (Pfalz), Donnersbergkreis): made a member through the API first. */
const KERZENHEIM = '073335002038';
/** The Verbandsgemeinde Göllheim: a member (transfer point) in the shipped registry. */
const VG_GOELLHEIM = '073335003000';
/** Immesheim (Ortsgemeinde, Donnersbergkreis): asks "Wen fragen?". */
const IMMESHEIM = '07333032';

/** Each test is a part of a working day with axe-core on every screen: generous on a busy machine. */
const STEP_TIMEOUT = 180_000;

const MEETING_TITLE = 'Netzwerktreffen Herbst: Digitale Gremienarbeit';
const REPORT_TITLE = 'Dorf-App in Kerzenheim';

const MEETINGS = `{ meetings(first: 100) { edges { node {
  id title heldOn heldOnPrecision format place tags note sources version host { ars } attendees { ars } topics { id } } } } }`;

async function meetingByTitle(prefix: string): Promise<any> {
  const { data, errors } = await hub.query(MEETINGS, {}, withKey(keys.admin));
  expect(errors).toBeUndefined();
  return data.meetings.edges.map((e: any) => e.node).find((m: any) => m.title.startsWith(prefix));
}

/** The experience reports of a municipality, or all of them (null). */
async function reportsOf(key: string | null): Promise<any[]> {
  const { data, errors } = await hub.query(
    `query($key: ID) { experienceReports(first: 100, municipalityKey: $key) { edges { node {
      id title project tags status result contactFunction version municipality { ars } topics { id } } } } }`,
    { key },
    withKey(keys.admin),
  );
  expect(errors).toBeUndefined();
  return data.experienceReports.edges.map((e: any) => e.node);
}

beforeAll(async () => {
  ensurePagesBuilt('verwaltung');
  hub = await startTestHub({ env: { RATE_LIMIT_MAX: '100000' } });
  origin = new URL(hub.gatewayUrl).origin;
  keys = await createCallerKeys(hub, 'verwaltung-austausch');
  // Attendance and reports need members: Kerzenheim's letter is recorded and approved through the API.
  const recorded = await hub.query(
    `mutation($input: ApplicationInput!) { recordApplication(input: $input) { membership { id } } }`,
    {
      input: {
        municipalityKey: KERZENHEIM,
        letterDate: '2025-03-01',
        receivedOn: '2025-03-05',
        signedBy: 'Ortsbürgermeister Max Muster',
        contact: { name: 'Erika Beispiel', function: 'Digitalisierungsbeauftragte' },
      },
    },
    withKey(keys.dd),
  );
  expect(recorded.errors).toBeUndefined();
  const approved = await hub.query(
    `mutation($id: ID!) { approveApplication(membershipId: $id, expectedVersion: 1, startedOn: "2025-04-01") { status } }`,
    { id: recorded.data.recordApplication.membership.id },
    withKey(keys.dd),
  );
  expect(approved.data?.approveApplication.status).toBe('ACTIVE');
  // More meetings than one page of the list holds (20), for its paging.
  for (let month = 1; month <= 7; month++) {
    const { errors } = await hub.query(
      `mutation($input: MeetingInput!) { createMeeting(input: $input) { id } }`,
      { input: { heldOn: `2021-0${month}-15`, title: `Regionaltreffen ${month}/2021`, format: 'ONLINE' } },
      withKey(keys.dd),
    );
    expect(errors).toBeUndefined();
  }
});
afterAll(async () => {
  await hub?.close();
});

describeInBrowser('Verwaltung: Treffen, Erfahrungsberichte, Themen und Ansprechpartner', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function openSession(viewport?: { width: number; height: number }): Promise<WatchedPage> {
    const watched = await openWatchedPage(browser, origin, viewport);
    // A step that does not come fails here, naming itself, well before the test's time is up.
    watched.page.setDefaultTimeout(15_000);
    return watched;
  }

  /** Nothing left the hub, nothing broke the page, and the key stayed out of URL, storages and cookies. */
  async function expectClean(watched: WatchedPage, key: string): Promise<void> {
    await expectNotKept(watched, origin, key);
    expect(watched.foreign).toEqual([]);
    expect(watched.problems).toEqual([]);
  }

  /** Picks a municipality in a picker of `scope` by typing (part of) its name. */
  async function pick(scope: Locator, searchLabel: string, typed: string, radio: RegExp): Promise<void> {
    await scope.getByRole('searchbox', { name: searchLabel }).fill(typed);
    await scope.getByRole('radio', { name: radio }).check();
  }

  const errorOf = async (control: Locator) => {
    expect(await control.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await control.getAttribute('aria-describedby'))!.split(' ');
    return control
      .page()
      .locator(`#${describedBy.at(-1)}`)
      .textContent();
  };

  test(
    'coordinator: records a meeting (hostile input refused first), sets the attendance of two members, changes it; the API agrees',
    async () => {
      const watched = await openSession();
      const { page } = watched;
      try {
        await signIn(page, origin, keys.dd);
        const screens = await verwaltungNav(page).getByRole('button').allTextContents();
        expect(screens).toEqual(expect.arrayContaining(['Treffen', 'Erfahrungsberichte', 'Themen und Ansprechpartner']));
        await openScreen(page, 'Treffen', 'Netzwerktreffen');
        await page.locator('article.record-card').first().waitFor();
        expect(await page.getByRole('heading', { level: 3, name: 'Bescheidübergabe in Otterberg' }).count()).toBe(1);

        // Hostile input: NUL in the title, an impossible day, an e-mail address in the note, a bad source.
        const form = page.getByRole('form', { name: 'Treffen erfassen' });
        const title = form.getByLabel('Titel', { exact: true });
        const date = form.getByLabel('Datum', { exact: true });
        await title.fill('Treffen\u0000mit NUL');
        // Chromium's date field refuses 2025-02-30 outright (it stays empty): the form asks for a valid date.
        await date.evaluate((e) => ((e as HTMLInputElement).value = '2025-02-30'));
        await form.getByLabel('Anmerkung (freiwillig)').fill('Anmeldung bei info@example.org');
        await form.getByLabel('Quellen (freiwillig)').fill('ftp://example.org/treffen');
        const before = apiRequests(watched, origin);
        await form.getByRole('button', { name: 'Treffen erfassen' }).click();
        expect(await errorOf(title)).toContain('Steuerzeichen');
        expect(await errorOf(date)).toContain('gültiges Datum');
        expect(await errorOf(form.getByLabel('Form', { exact: true }))).toContain('wie das Treffen stattfand');
        expect(await errorOf(form.getByLabel('Anmerkung (freiwillig)'))).toContain('keine E-Mail-Adressen');
        expect(await errorOf(form.getByLabel('Quellen (freiwillig)'))).toContain('keine Internetadresse');
        expect(await title.evaluate((e) => e === document.activeElement)).toBe(false);
        expect(await date.evaluate((e) => e === document.activeElement)).toBe(true);
        await expectAccessible(page, 'Treffen erfassen mit Fehlern');
        // Overlong, and before the network was founded.
        await title.fill('x'.repeat(201));
        await date.fill('2019-05-01');
        await form.getByRole('button', { name: 'Treffen erfassen' }).click();
        expect(await errorOf(title)).toContain('höchstens 200 Zeichen eingeben');
        expect(await errorOf(date)).toContain('erst im Dezember 2020 gegründet');
        expect(apiRequests(watched, origin)).toBe(before);

        // The meeting as it should be.
        await date.fill('2025-10-14');
        await title.fill(MEETING_TITLE);
        await form.getByLabel('Form', { exact: true }).selectOption('HYBRID');
        await form.getByLabel('Ort (freiwillig)').fill('Bürgerhaus, Göllheim');
        await pick(form, 'Gastgeber suchen', 'Goellheim', /^Göllheim – Verbandsgemeinde, Landkreis Donnersbergkreis/);
        await form.getByText('Gastgeber: Göllheim', { exact: false }).waitFor();
        await form.getByRole('checkbox', { name: 'Digitale Gremienarbeit / Ratsinformationssystem' }).check();
        await form.getByRole('checkbox', { name: 'IT-Sicherheit' }).check();
        await form.getByLabel('Schlagwörter (freiwillig)').fill('Ratsinformationssystem, Videokonferenz');
        await form.getByLabel('Anmerkung (freiwillig)').fill('Rund 40 Teilnehmende,\ndavon 12 online.');
        await form.getByLabel('Quellen (freiwillig)').fill('https://example.org/netzwerktreffen-herbst');
        await form.getByRole('button', { name: 'Treffen erfassen' }).click();
        await page.getByRole('heading', { level: 1, name: `Treffen: ${MEETING_TITLE}` }).waitFor();
        await page.getByText(`Das Treffen „${MEETING_TITLE}“ ist erfasst.`, { exact: false }).waitFor();
        const created = await meetingByTitle(MEETING_TITLE);
        expect(created).toMatchObject({
          title: MEETING_TITLE,
          heldOn: '2025-10-14',
          heldOnPrecision: 'DAY',
          format: 'HYBRID',
          place: 'Bürgerhaus, Göllheim',
          host: { ars: VG_GOELLHEIM },
          tags: ['Ratsinformationssystem', 'Videokonferenz'],
          note: 'Rund 40 Teilnehmende, davon 12 online.',
          sources: ['https://example.org/netzwerktreffen-herbst'],
          attendees: [],
          version: 1,
        });
        expect(created.topics.map((t: any) => t.id).sort()).toEqual(['gremienarbeit-digital', 'it-sicherheit']);

        // Attendance: Kerzenheim and — by mistake — the Ortsgemeinde Göllheim, which is no member.
        const attendance = page.getByRole('form', { name: 'Teilnahme erfassen' });
        const search = attendance.getByRole('searchbox', { name: 'Teilnehmende Kommune suchen' });
        await pick(
          attendance,
          'Teilnehmende Kommune suchen',
          'kerzenh',
          /^Kerzenheim – Ortsgemeinde, Verbandsgemeinde Eisenberg \(Pfalz\)/,
        );
        await attendance.getByRole('button', { name: 'Zur Teilnahme hinzufügen' }).click();
        await pick(attendance, 'Teilnehmende Kommune suchen', 'Göllheim', /^Göllheim – Ortsgemeinde, Verbandsgemeinde Göllheim/);
        await attendance.getByRole('button', { name: 'Zur Teilnahme hinzufügen' }).click();
        await attendance.getByRole('heading', { name: 'Ausgewählt: 2 Kommunen' }).waitFor();
        await attendance.getByRole('button', { name: 'Teilnahme speichern' }).click();
        await attendance.getByText('(kein Mitglied)').waitFor();
        expect(await errorOf(search)).toContain('Göllheim ist kein Mitglied des Netzwerks Digitale Dörfer RLP');
        expect((await meetingByTitle(MEETING_TITLE)).attendees).toEqual([]);
        await expectAccessible(page, 'Teilnahme abgelehnt');
        await attendance.getByRole('button', { name: 'Göllheim entfernen' }).click();
        await pick(attendance, 'Teilnehmende Kommune suchen', 'Goellheim', /^Göllheim – Verbandsgemeinde, Landkreis/);
        await attendance.getByRole('button', { name: 'Zur Teilnahme hinzufügen' }).click();
        await attendance.getByRole('button', { name: 'Teilnahme speichern' }).click();
        await page.getByText(`Die Teilnahme am Treffen „${MEETING_TITLE}“ ist gespeichert`, { exact: false }).waitFor();
        expect(await search.getAttribute('aria-invalid')).toBeNull();
        const attended = await meetingByTitle(MEETING_TITLE);
        expect(attended.attendees.map((a: any) => a.ars).sort()).toEqual([KERZENHEIM, VG_GOELLHEIM]);
        expect(attended.version).toBe(2);

        // Change it: only the month is known after all, and the place was another.
        const edit = page.getByRole('form', { name: 'Angaben des Treffens ändern' });
        expect(await edit.getByLabel('Titel', { exact: true }).inputValue()).toBe(MEETING_TITLE);
        await edit.getByLabel('Genauigkeit des Datums').selectOption('MONTH');
        await edit.getByLabel('Ort (freiwillig)').fill('Rathaus, Göllheim');
        await edit.getByRole('button', { name: 'Änderungen speichern' }).click();
        await page.getByText(`Die Angaben des Treffens „${MEETING_TITLE}“ sind gespeichert.`).waitFor();
        expect(await meetingByTitle(MEETING_TITLE)).toMatchObject({
          heldOn: '2025-10-01',
          heldOnPrecision: 'MONTH',
          place: 'Rathaus, Göllheim',
          note: 'Rund 40 Teilnehmende, davon 12 online.',
          version: 3,
        });
        expect((await meetingByTitle(MEETING_TITLE)).attendees).toHaveLength(2);
        await page.getByRole('definition').filter({ hasText: 'Oktober 2025 (nur Monat bekannt)' }).waitFor();
        await page.screenshot({ path: path.join(SCREENSHOTS, 'verwaltung-treffen.png'), fullPage: true });

        // Back in the list, the meeting comes first with its attendance.
        await page.getByRole('button', { name: 'Zurück zur Liste der Treffen' }).click();
        const first = page.locator('article.record-card').first();
        await first.getByRole('heading', { name: MEETING_TITLE }).waitFor();
        await first.getByText('2 Kommunen: Göllheim, Kerzenheim').waitFor();
        // IKONE-DS meetings come from public sources: a coordinator of Digitale Dörfer does not change them.
        await page.getByRole('combobox', { name: 'Netzwerk' }).selectOption('IKONE_DS');
        await page.getByRole('button', { name: 'Treffen anzeigen' }).click();
        await page
          .getByText(/^\d+ Treffen, alle sind aufgeführt\.$/)
          .first()
          .waitFor();
        expect(await page.locator('article.record-card').count()).toBeGreaterThan(0);
        expect(await page.locator('article.record-card').getByRole('button', { name: 'Bearbeiten' }).count()).toBe(0);
        await expectClean(watched, keys.dd);
      } finally {
        await watched.close();
      }
    },
    STEP_TIMEOUT,
  );

  test(
    'coordinator: writes an experience report for Kerzenheim (refused for a non-member and for hostile input first), then changes it',
    async () => {
      const watched = await openSession({ width: 768, height: 1024 }); // a tablet
      const { page } = watched;
      try {
        await signIn(page, origin, keys.dd);
        await openScreen(page, 'Erfahrungsberichte', 'Erfahrungsberichte');
        await page.getByText('Kein Erfahrungsbericht passt zu dieser Auswahl.').waitFor();
        const form = page.getByRole('form', { name: 'Erfahrungsbericht schreiben' });
        await form.getByRole('checkbox', { name: 'Dorf-App / DorfFunk' }).waitFor();

        // Hostile input, refused at the fields before anything is sent.
        const title = form.getByLabel('Titel', { exact: true });
        const project = form.getByLabel('Vorhaben', { exact: true });
        const contactFunction = form.getByLabel('Ansprechpartner (Funktion, freiwillig)');
        await title.fill('Bericht\u0000');
        await project.fill('Fragen an dorfapp@kerzenheim.example');
        await contactFunction.fill('Frau Müller');
        await form.getByLabel('Ergebnis (freiwillig)').fill('x'.repeat(5001));
        const before = apiRequests(watched, origin);
        await form.getByRole('button', { name: 'Bericht speichern' }).click();
        expect(await errorOf(form.getByRole('searchbox', { name: 'Kommune' }))).toContain('Kommune suchen');
        expect(await errorOf(title)).toContain('Steuerzeichen');
        expect(await errorOf(project)).toContain('keine E-Mail-Adressen');
        expect(await errorOf(contactFunction)).toContain('keinen Namen mit Anrede');
        expect(await errorOf(form.getByLabel('Ergebnis (freiwillig)'))).toContain('höchstens 5.000 Zeichen eingeben');
        expect(await errorOf(form.getByLabel('Stand des Vorhabens'))).toContain('wie weit');
        await form.getByText('Bitte mindestens ein Thema wählen.').waitFor();
        expect(apiRequests(watched, origin)).toBe(before);
        await expectAccessible(page, 'Erfahrungsbericht mit Fehlern');

        // The Ortsgemeinde Göllheim is no member: the API refuses, the reason stands at the municipality.
        await pick(form, 'Kommune', 'Göllheim', /^Göllheim – Ortsgemeinde/);
        await title.fill(REPORT_TITLE);
        await project.fill('Einführung der Dorf-App mit DorfFunk für Nachrichten der Gemeinde und Vereinstermine.');
        await contactFunction.fill('Digitalisierungsbeauftragte der Ortsgemeinde');
        await form.getByLabel('Ergebnis (freiwillig)').fill('');
        await form.getByRole('checkbox', { name: 'Dorf-App / DorfFunk' }).check();
        await form.getByLabel('Schlagwörter (freiwillig)').fill('DorfFunk, Vereine');
        await form.getByLabel('Stand des Vorhabens').selectOption('IN_PROGRESS');
        await form.getByRole('button', { name: 'Bericht speichern' }).click();
        await form.getByText('Abgelehnt: Göllheim ist kein Mitglied', { exact: false }).waitFor();
        expect(await reportsOf(null)).toEqual([]);

        await pick(form, 'Kommune', 'Kerzenheim', /^Kerzenheim – Ortsgemeinde/);
        await form.getByRole('button', { name: 'Bericht speichern' }).click();
        await page.getByText(`Der Erfahrungsbericht „${REPORT_TITLE}“ von Kerzenheim ist gespeichert.`).waitFor();
        const [written] = await reportsOf(KERZENHEIM);
        expect(written).toMatchObject({
          title: REPORT_TITLE,
          status: 'IN_PROGRESS',
          tags: ['DorfFunk', 'Vereine'],
          result: null,
          contactFunction: 'Digitalisierungsbeauftragte der Ortsgemeinde',
          topics: [{ id: 'dorf-app' }],
          version: 1,
        });
        expect(await title.inputValue()).toBe('');

        // Change it: the project is done.
        const card = page.locator('article.record-card', { has: page.getByRole('heading', { name: REPORT_TITLE }) });
        await card.getByRole('button', { name: 'Bearbeiten' }).click();
        await page.getByRole('heading', { level: 1, name: `Erfahrungsbericht: ${REPORT_TITLE}` }).waitFor();
        const edit = page.getByRole('form', { name: 'Erfahrungsbericht ändern' });
        await edit.getByLabel('Stand des Vorhabens').selectOption('COMPLETED');
        await edit
          .getByLabel('Ergebnis (freiwillig)')
          .fill('Zwei Drittel der Haushalte nutzen die App; die Vereine pflegen ihre Termine selbst.');
        await edit.getByRole('button', { name: 'Änderungen speichern' }).click();
        await page.getByText(`Der Erfahrungsbericht „${REPORT_TITLE}“ ist gespeichert.`).waitFor();
        expect((await reportsOf(KERZENHEIM))[0]).toMatchObject({
          id: written.id,
          status: 'COMPLETED',
          result: 'Zwei Drittel der Haushalte nutzen die App; die Vereine pflegen ihre Termine selbst.',
          title: REPORT_TITLE,
          version: 2,
        });
        await page.getByRole('definition').filter({ hasText: 'Abgeschlossen' }).waitFor();
        await page.screenshot({ path: path.join(SCREENSHOTS, 'verwaltung-erfahrungsbericht.png'), fullPage: true });

        // The list, filtered by a topic the report has and one it has not.
        await page.getByRole('button', { name: 'Zurück zu den Erfahrungsberichten' }).click();
        const filters = page.getByRole('form', { name: 'Erfahrungsberichte filtern' });
        await filters.getByLabel('Thema').selectOption('dorf-app');
        await filters.getByRole('button', { name: 'Berichte anzeigen' }).click();
        await page.getByText('1 Erfahrungsbericht, alle sind aufgeführt.', { exact: false }).first().waitFor();
        await filters.getByLabel('Thema').selectOption('coworking');
        await filters.getByRole('button', { name: 'Berichte anzeigen' }).click();
        await page.getByText('Kein Erfahrungsbericht passt zu dieser Auswahl.').first().waitFor();
        await filters.getByLabel('Thema').selectOption('');
        await pick(filters, 'Kommune (freiwillig)', 'kerzenheim', /^Kerzenheim – /);
        await filters.getByRole('button', { name: 'Berichte anzeigen' }).click();
        await page.locator('article.record-card').getByRole('heading', { name: REPORT_TITLE }).waitFor();
        await expectAccessible(page, 'Erfahrungsberichte gefiltert');
        await expectClean(watched, keys.dd);
      } finally {
        await watched.close();
      }
    },
    STEP_TIMEOUT,
  );

  test(
    'coordinator: adds a topic (a duplicate is refused at the field) and asks "Wen fragen?" for Immesheim; the API agrees',
    async () => {
      const watched = await openSession();
      const { page } = watched;
      try {
        await signIn(page, origin, keys.dd);
        await openScreen(page, 'Themen und Ansprechpartner', 'Themen und Ansprechpartner');
        const table = page.getByRole('table', { name: 'Themen des Wissensaustauschs' });
        await table.getByRole('rowheader', { name: 'Dorf-App / DorfFunk' }).waitFor();

        const add = page.getByRole('form', { name: 'Thema hinzufügen' });
        await add.getByLabel('Name des Themas').fill('Digitale Friedhofsverwaltung');
        await add.getByLabel('Kennung (freiwillig)').fill('Friedhof Verwaltung');
        const before = apiRequests(watched, origin);
        await add.getByRole('button', { name: 'Thema hinzufügen' }).click();
        expect(await errorOf(add.getByLabel('Kennung (freiwillig)'))).toContain('Kleinbuchstaben');
        expect(apiRequests(watched, origin)).toBe(before);
        await add.getByLabel('Kennung (freiwillig)').fill('');
        await add.getByRole('button', { name: 'Thema hinzufügen' }).click();
        await page
          .getByText('Das Thema „Digitale Friedhofsverwaltung“ ist hinzugefügt (Kennung digitale-friedhofsverwaltung)', { exact: false })
          .waitFor();
        await table.getByRole('rowheader', { name: 'Digitale Friedhofsverwaltung' }).waitFor();
        const { data } = await hub.query('{ topics(search: "friedhof") { id name } }');
        expect(data.topics).toEqual([{ id: 'digitale-friedhofsverwaltung', name: 'Digitale Friedhofsverwaltung' }]);
        // The same name, written differently: the API's CONFLICT, at the name field.
        await add.getByLabel('Name des Themas').fill('digitale  FRIEDHOFSVERWALTUNG');
        await add.getByRole('button', { name: 'Thema hinzufügen' }).click();
        await add.getByText('Dieses Thema gibt es schon', { exact: false }).waitFor();
        expect(await add.getByLabel('Name des Themas').getAttribute('aria-invalid')).toBe('true');
        expect((await hub.query('{ topics(search: "friedhof") { id } }')).data.topics).toHaveLength(1);
        await expectAccessible(page, 'Thema doppelt');

        // Wen fragen? NUL first, then "dorf-app" for Immesheim, an Ortsgemeinde of the same Landkreis.
        const ask = page.getByRole('form', { name: 'Wen fragen?' });
        await ask.getByLabel('Thema oder Stichwort').fill('Dorf\u0000App');
        await ask.getByRole('button', { name: 'Wen fragen?' }).click();
        expect(await errorOf(ask.getByLabel('Thema oder Stichwort'))).toContain('Steuerzeichen');
        await ask.getByLabel('Thema oder Stichwort').fill('Dorf-App');
        await pick(ask, 'Fragende Kommune (freiwillig)', 'Immesheim', /^Immesheim – Ortsgemeinde/);
        await ask.getByRole('button', { name: 'Wen fragen?' }).click();
        const answer = page.locator('article.record-card').first();
        await answer.getByRole('heading', { name: `1. Kerzenheim: ${REPORT_TITLE}` }).waitFor();
        const expected = await hub.query(
          `query($for: ID) { whomToAsk(topic: "Dorf-App", forMunicipality: $for) { reasons report { title municipality { name } } } }`,
          { for: IMMESHEIM },
          withKey(keys.dd),
        );
        expect(expected.data.whomToAsk[0].report.title).toBe(REPORT_TITLE);
        const reasons = expected.data.whomToAsk[0].reasons as string[];
        expect(reasons).toEqual(expect.arrayContaining(['Thema „Dorf-App / DorfFunk“', 'gleicher Landkreis', 'Projekt abgeschlossen']));
        expect(await answer.locator('ul.reasons li').allTextContents()).toEqual(reasons);
        await answer.getByText('Erika Beispiel, Digitalisierungsbeauftragte').waitFor();
        await answer.getByText('Digitalisierungsbeauftragte der Ortsgemeinde').waitFor();
        await expectAccessible(page, 'Wen fragen? mit Antwort');
        await page.screenshot({ path: path.join(SCREENSHOTS, 'verwaltung-wen-fragen.png'), fullPage: true });
        await expectClean(watched, keys.dd);
      } finally {
        await watched.close();
      }
    },
    STEP_TIMEOUT,
  );

  test(
    'partner: reads meetings, reports and topics, and asks "Wen fragen?" — without a single form to change anything',
    async () => {
      const watched = await openSession({ width: 820, height: 1180 }); // a tablet
      const { page } = watched;
      try {
        await signIn(page, origin, keys.partner);
        await openScreen(page, 'Treffen', 'Netzwerktreffen');
        await page.getByRole('heading', { level: 3, name: MEETING_TITLE }).waitFor();
        // One page of 20, newest first; "Weitere Treffen laden" fetches the next through the connection.
        const total = (await hub.query('{ meetings { totalCount } }')).data.meetings.totalCount as number;
        expect(total).toBeGreaterThan(20);
        const cards = page.locator('article.record-card');
        expect(await cards.count()).toBe(20);
        await page.getByText(`${total} Treffen, die neuesten 20 sind aufgeführt.`).waitFor();
        await page.getByRole('button', { name: 'Weitere Treffen laden' }).click();
        await page.getByText(`${total} Treffen, ${total <= 40 ? 'alle' : 'die neuesten 40'} sind aufgeführt.`).waitFor();
        expect(await cards.count()).toBe(Math.min(total, 40));
        expect(
          await cards
            .nth(20)
            .getByRole('heading')
            .evaluate((h) => h === document.activeElement),
        ).toBe(true);
        expect(await page.getByRole('button', { name: 'Weitere Treffen laden' }).isVisible()).toBe(total > 40);
        expect(await page.getByRole('form', { name: 'Treffen erfassen' }).count()).toBe(0);
        expect(await page.getByRole('button', { name: 'Bearbeiten' }).count()).toBe(0);
        expect(await page.getByText('Erfassen und ändern dürfen die Koordination', { exact: false }).count()).toBe(1);
        await expectAccessible(page, 'Treffen (Partner)');

        await openScreen(page, 'Erfahrungsberichte', 'Erfahrungsberichte');
        await page.getByRole('heading', { level: 3, name: REPORT_TITLE }).waitFor();
        expect(await page.getByRole('form', { name: 'Erfahrungsbericht schreiben' }).count()).toBe(0);
        expect(await page.getByRole('button', { name: 'Bearbeiten' }).count()).toBe(0);

        await openScreen(page, 'Themen und Ansprechpartner', 'Themen und Ansprechpartner');
        await page.getByRole('rowheader', { name: 'Digitale Friedhofsverwaltung' }).waitFor();
        expect(await page.getByRole('form', { name: 'Thema hinzufügen' }).count()).toBe(0);
        const ask = page.getByRole('form', { name: 'Wen fragen?' });
        await ask.getByLabel('Thema oder Stichwort').fill('dorffunk');
        await ask.getByRole('button', { name: 'Wen fragen?' }).click();
        const answer = page.locator('article.record-card').first();
        await answer.getByRole('heading', { name: `1. Kerzenheim: ${REPORT_TITLE}` }).waitFor();
        // A partner may read the contact person.
        await answer.getByText('Erika Beispiel', { exact: false }).waitFor();
        await expectAccessible(page, 'Wen fragen? (Partner)');
        await expectClean(watched, keys.partner);
      } finally {
        await watched.close();
      }
    },
    STEP_TIMEOUT,
  );

  test(
    'stale edits (a meeting between two sessions, a report changed meanwhile): explained with "Neu laden"; the typed text survives, the other change shows, then both are saved',
    async () => {
      const first = await openSession();
      const second = await openSession();
      try {
        const openMeeting = async (page: Page) => {
          await signIn(page, origin, keys.dd);
          await openScreen(page, 'Treffen', 'Netzwerktreffen');
          const card = page.locator('article.record-card', { has: page.getByRole('heading', { name: MEETING_TITLE }) });
          await card.getByRole('button', { name: 'Bearbeiten' }).click();
          await page.getByRole('heading', { level: 1, name: `Treffen: ${MEETING_TITLE}` }).waitFor();
          return page.getByRole('form', { name: 'Angaben des Treffens ändern' });
        };
        const firstForm = await openMeeting(first.page);
        const secondForm = await openMeeting(second.page);
        const version = (await meetingByTitle(MEETING_TITLE)).version as number;

        // The second session types a note; the first renames the meeting meanwhile.
        const note = 'Nachtrag: Die Präsentationen stehen im Mitgliederbereich.';
        await secondForm.getByLabel('Anmerkung (freiwillig)').fill(note);
        const renamed = `${MEETING_TITLE} (mit Vorträgen)`;
        await firstForm.getByLabel('Titel', { exact: true }).fill(renamed);
        await firstForm.getByRole('button', { name: 'Änderungen speichern' }).click();
        await first.page.getByText(`Die Angaben des Treffens „${renamed}“ sind gespeichert.`).waitFor();

        await secondForm.getByRole('button', { name: 'Änderungen speichern' }).click();
        const conflict = second.page.getByRole('alert').filter({ hasText: 'Das Treffen wurde inzwischen geändert' });
        await conflict.waitFor();
        const reload = conflict.getByRole('button', { name: 'Neu laden' });
        expect(await reload.evaluate((button) => button === document.activeElement)).toBe(true);
        expect(await meetingByTitle(MEETING_TITLE)).toMatchObject({
          title: renamed,
          note: 'Rund 40 Teilnehmende, davon 12 online.',
          version: version + 1,
        });
        await expectAccessible(second.page, 'Treffen: Konflikt');

        await reload.click();
        const reloaded = second.page.getByRole('alert').filter({ hasText: 'Neu geladen: Oben steht der aktuelle Stand.' });
        await reloaded.waitFor();
        expect(await reloaded.evaluate((box) => box === document.activeElement)).toBe(true);
        // What was typed stays; the field nobody touched here shows the other session's title.
        expect(await secondForm.getByLabel('Anmerkung (freiwillig)').inputValue()).toBe(note);
        expect(await secondForm.getByLabel('Titel', { exact: true }).inputValue()).toBe(renamed);
        await second.page.getByRole('heading', { level: 1, name: `Treffen: ${renamed}` }).waitFor();
        await secondForm.getByRole('button', { name: 'Änderungen speichern' }).click();
        await second.page.getByText(`Die Angaben des Treffens „${renamed}“ sind gespeichert.`).waitFor();
        expect(await meetingByTitle(MEETING_TITLE)).toMatchObject({ title: renamed, note, version: version + 2 });
        expect((await meetingByTitle(MEETING_TITLE)).attendees).toHaveLength(2);

        // The same for an experience report, changed through the API while the page shows version 2.
        const { page } = second;
        await openScreen(page, 'Erfahrungsberichte', 'Erfahrungsberichte');
        const card = page.locator('article.record-card', { has: page.getByRole('heading', { name: REPORT_TITLE }) });
        await card.getByRole('button', { name: 'Bearbeiten' }).click();
        const reportForm = page.getByRole('form', { name: 'Erfahrungsbericht ändern' });
        const tags = 'DorfFunk, Vereine, Marktplatz';
        await reportForm.getByLabel('Schlagwörter (freiwillig)').fill(tags);
        const [report] = await reportsOf(KERZENHEIM);
        const meanwhile = await hub.query(
          `mutation($id: ID!, $version: Int!) { updateExperienceReport(id: $id, expectedVersion: $version, input: { title: "Dorf-App in Kerzenheim und Umgebung" }) { version } }`,
          { id: report.id, version: report.version },
          withKey(keys.admin),
        );
        expect(meanwhile.errors).toBeUndefined();
        await reportForm.getByRole('button', { name: 'Änderungen speichern' }).click();
        const reportConflict = page.getByRole('alert').filter({ hasText: 'Der Erfahrungsbericht wurde inzwischen geändert' });
        await reportConflict.getByRole('button', { name: 'Neu laden' }).click();
        await page.getByRole('alert').filter({ hasText: 'Neu geladen' }).waitFor();
        expect(await reportForm.getByLabel('Schlagwörter (freiwillig)').inputValue()).toBe(tags);
        expect(await reportForm.getByLabel('Titel', { exact: true }).inputValue()).toBe('Dorf-App in Kerzenheim und Umgebung');
        await reportForm.getByRole('button', { name: 'Änderungen speichern' }).click();
        await page.getByText('Der Erfahrungsbericht „Dorf-App in Kerzenheim und Umgebung“ ist gespeichert.').waitFor();
        expect((await reportsOf(KERZENHEIM))[0]).toMatchObject({
          title: 'Dorf-App in Kerzenheim und Umgebung',
          tags: ['DorfFunk', 'Vereine', 'Marktplatz'],
          status: 'COMPLETED',
          version: report.version + 2,
        });
        for (const session of [first, second]) await expectClean(session, keys.dd);
      } finally {
        await first.close();
        await second.close();
      }
    },
    STEP_TIMEOUT,
  );
});
