// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// Browser tests of the Verwaltung's screen "Import und Export" (gateway/pages/verwaltung/transfer.ts)
// in Debian's Chromium against a real hub: the ministry uploads a member list, sees the dry run row
// by row (rejected rows explained, no "Übernehmen"), applies a corrected list and finds the
// memberships in the API; an apply after the registry changed is refused and offers a new dry run;
// the exports and the template arrive as downloads with the API's content; hostile files are
// refused at the field before anything is sent (or cleanly by the API), and nothing is written;
// other roles do not see the screen. axe-core on every kind of state (refusals, dry runs,
// results), no foreign request, no CSP problem, the key only in the x-api-key header. Screenshots go to test-results/screenshots/.
import fs from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
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
import { expectNotKept, signIn } from '../../testing/verwaltung';
import { createCallerKeys, startTestHub, withKey, type TestCaller, type TestHub } from '../../testing/hub';

let hub: TestHub;
let origin: string;
let keys: Record<TestCaller, string>;

const KIRCHHEIMBOLANDEN = '073335004000'; // Verbandsgemeinde
const KERZENHEIM = '073335002038'; // Ortsgemeinde in the VG Eisenberg (Pfalz)
const WINNWEILER = '073335006000'; // Verbandsgemeinde
const NORDPFAELZER_LAND = '073335007000'; // Verbandsgemeinde

const HEADER =
  'Kommune;Netzwerk;Status;Mitglied seit;Rolle;Beendet am;Zuletzt bestätigt;Rolle seit;Rolle bis;Quelle/Bemerkung;Ansprechperson;Ansprechperson Funktion;Ansprechperson E-Mail;Ansprechperson Telefon';
const csv = (...rows: string[]) => Buffer.from([HEADER, ...rows].join('\r\n') + '\r\n', 'utf8');
const KIRCHHEIMBOLANDEN_ROW =
  'VG Kirchheimbolanden;Digitale Dörfer RLP;aktiv;03/2024;Mitglied;;;;;Liste der Geschäftsstelle 2024;Erika Beispiel;Digitalisierungsbeauftragte;digital@kirchheimbolanden.example.org;06352 4004-0';

const MEMBERSHIPS = `query($key: ID!) { municipality(key: $key) {
  digitaleDoerferHistory { id status startedOn startedOnPrecision source contactPerson { name function } }
} }`;

async function history(key: string): Promise<{ status: string; startedOn: string | null; source: string; contactPerson: unknown }[]> {
  const { data, errors } = await hub.query(MEMBERSHIPS, { key }, withKey(keys.admin));
  expect(errors).toBeUndefined();
  return data.municipality.digitaleDoerferHistory;
}

/** The registry's whole member list, as the API exports it: equal before and after means nothing was written. */
async function registryState(format: 'CSV' | 'XLSX' | 'JSON' = 'CSV'): Promise<string> {
  const { data, errors } = await hub.query(
    `query($format: ExportFormat!) { registryExport(format: $format) { content } }`,
    { format },
    withKey(keys.admin),
  );
  expect(errors).toBeUndefined();
  return data.registryExport.content;
}

beforeAll(async () => {
  ensurePagesBuilt('verwaltung');
  hub = await startTestHub({ env: { RATE_LIMIT_MAX: '100000' } });
  origin = new URL(hub.gatewayUrl).origin;
  keys = await createCallerKeys(hub, 'verwaltung-transfer');
});
afterAll(async () => {
  await hub?.close();
});

test('the API: only the ministry may import and export (EXCHANGE_REGISTRY)', async () => {
  for (const caller of ['dd', 'ikone', 'partner'] as const) {
    const { errors } = await hub.query(`{ registryExport(format: CSV) { fileName } }`, {}, withKey(keys[caller]));
    expect(errors?.[0].extensions?.code).toBe('FORBIDDEN');
  }
});

describeInBrowser('Verwaltung: Import und Export', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const nav = (page: Page) => page.getByRole('navigation', { name: 'Bereiche der Verwaltung' });
  const fileInput = (page: Page) => page.getByLabel('Datei mit der Mitgliederliste');
  const checkButton = (page: Page) => page.getByRole('button', { name: 'Datei prüfen (Probelauf)' });
  const applyButton = (page: Page) => page.getByRole('button', { name: 'Übernehmen', exact: true });
  const apiRequests = (watched: WatchedPage) => watched.requests.filter((r) => r.url === `${origin}/graphql`).length;

  async function openTransfer(watched: WatchedPage): Promise<Page> {
    const { page } = watched;
    await signIn(page, origin, keys.admin);
    await nav(page).getByRole('button', { name: 'Import und Export' }).click();
    await page.getByRole('heading', { level: 1, name: 'Import und Export des Registers' }).waitFor();
    return page;
  }

  async function choose(page: Page, name: string, buffer: Buffer, mimeType = 'text/csv'): Promise<void> {
    await fileInput(page).setInputFiles({ name, mimeType, buffer });
  }

  /** The error stands at the file field: aria-invalid, and the text is what aria-describedby points to. */
  async function fieldError(page: Page): Promise<string> {
    const control = fileInput(page);
    await page.locator('#import-datei-fehler:not([hidden])').waitFor();
    expect(await control.getAttribute('aria-invalid')).toBe('true');
    expect((await control.getAttribute('aria-describedby'))!.split(' ')).toContain('import-datei-fehler');
    return (await page.locator('#import-datei-fehler').textContent())!;
  }

  /** The result table's rows as [line, municipality, outcome, reasons]. */
  async function resultRows(page: Page, caption: RegExp): Promise<string[][]> {
    const table = page.getByRole('table', { name: caption });
    await table.waitFor();
    return table
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((row) => Array.from(row.children, (cell) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim())));
  }

  test('hostile files: refused at the field in German before anything is sent, or cleanly by the API; nothing is written', async () => {
    const before = await registryState();
    const watched = await openWatchedPage(browser, origin, { width: 820, height: 1180 }); // a tablet
    try {
      const page = await openTransfer(watched);
      const sent = apiRequests(watched);

      await checkButton(page).click();
      expect(await fieldError(page)).toBe('Bitte eine Datei auswählen.');

      const refusedInPage: [string, Buffer, string | undefined, RegExp][] = [
        [
          'gross.csv',
          Buffer.concat([csv(KIRCHHEIMBOLANDEN_ROW), Buffer.alloc(2 * 1024 * 1024, 0x20)]),
          undefined,
          /ist 2 MB groß; eingelesen werden höchstens 1 MB/,
        ],
        ['leer.csv', Buffer.alloc(0), undefined, /^Die Datei „leer\.csv“ ist leer\.$/],
        ['liste.txt', csv(KIRCHHEIMBOLANDEN_ROW), 'text/plain', /„liste\.txt“ ist keine CSV-, Excel- \(\.xlsx\) oder JSON-Datei/],
        [
          'nullzeichen.csv',
          Buffer.concat([csv(KIRCHHEIMBOLANDEN_ROW), Buffer.from('VG Winnweiler;\u0000;aktiv\r\n')]),
          undefined,
          /in Zeile 3 ein Nullzeichen \(Byte 0\)/,
        ],
        [
          'tabelle.xlsx',
          csv(KIRCHHEIMBOLANDEN_ROW),
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          /endet auf \.xlsx, ist aber keine Excel-Arbeitsmappe/,
        ],
        ['sicherung.json', Buffer.from('{"format": "kommunalnetz-hub-backup", '), 'application/json', /keine lesbare JSON-Datei/],
      ];
      for (const [name, buffer, mimeType, expected] of refusedInPage) {
        await choose(page, name, buffer, mimeType);
        // choosing a file clears the last error
        expect(await fileInput(page).getAttribute('aria-invalid')).toBeNull();
        await checkButton(page).click();
        expect({ name, error: await fieldError(page) }).toEqual({ name, error: expect.stringMatching(expected) });
      }
      expect(apiRequests(watched)).toBe(sent);
      await expectAccessible(page, 'Datei abgelehnt');

      // Sent, and refused by the API: a cell over 2,000 characters and an impossible date make
      // their rows rejected (explained in German); a file without the header is refused whole.
      await choose(
        page,
        'lang.csv',
        csv(`VG Nordpfälzer Land;Digitale Dörfer RLP;aktiv;2024;;;;;;${'x'.repeat(2100)};;;;`, 'VG Winnweiler;;aktiv;2025-02-30;;;;;;;;;;'),
      );
      await checkButton(page).click();
      expect(await resultRows(page, /^Probelauf: was „lang\.csv“/)).toEqual([
        ['2', `Nordpfälzer Land ARS ${NORDPFAELZER_LAND}`, 'abgelehnt', '„Quelle/Bemerkung“ ist länger als 2000 Zeichen.'],
        [
          '3',
          `Winnweiler ARS ${WINNWEILER}`,
          'abgelehnt',
          '„Mitglied seit“ ist kein gültiges Datum: „2025-02-30“ (möglich sind 2021-04-19, 19.04.2021, 04/2021 oder 2021).',
        ],
      ]);
      expect(await applyButton(page).count()).toBe(0);
      await choose(page, 'ohne-kopfzeile.csv', Buffer.from('Gemeinde Irgendwo;aktiv\r\n'));
      expect(await page.getByRole('table').count()).toBe(0); // another file: the last dry run is gone
      await checkButton(page).click();
      expect(await fieldError(page)).toMatch(
        /^Die Datei wurde nicht angenommen: Keine der ersten fünf Zeilen ist eine Kopfzeile mit der Spalte „Kommune“/,
      );

      await expectAccessible(page, 'Datei von der Schnittstelle abgelehnt');

      expect(await registryState()).toBe(before);
      await expectNotKept(watched, origin, keys.admin);
      expect(watched.foreign).toEqual([]);
      expect(watched.problems).toEqual([]);
    } finally {
      await watched.close();
    }
  });

  test('the ministry imports a list: dry run row by row, rejected rows explained and blocking; corrected, applied, in the API', async () => {
    expect(await history(KIRCHHEIMBOLANDEN)).toEqual([]);
    expect(await history(KERZENHEIM)).toEqual([]);
    const before = await registryState();
    const watched = await openWatchedPage(browser, origin);
    try {
      // (The screen passed axe on a tablet, with a refused file, in the test before.)
      const page = await openTransfer(watched);

      // A Verbandsgemeinde that may join, an impossible date and a kreisfreie Stadt (by its AGS).
      await choose(
        page,
        'mitglieder-2024.csv',
        csv(
          KIRCHHEIMBOLANDEN_ROW,
          'Kerzenheim;Digitale Dörfer RLP;aktiv;30.02.2025;;;;;;;;;;',
          '07315000;Digitale Dörfer RLP;aktiv;2024;;;;;;;;;;',
        ),
      );
      await checkButton(page).click();
      await page.getByRole('heading', { name: 'Ergebnis des Probelaufs' }).waitFor();
      const rows = await resultRows(page, /^Probelauf: was „mitglieder-2024\.csv“ am Register ändern würde/);
      expect(rows).toEqual([
        ['2', `Kirchheimbolanden ARS ${KIRCHHEIMBOLANDEN}`, 'neu', '–'],
        [
          '3',
          `Kerzenheim ARS ${KERZENHEIM}`,
          'abgelehnt',
          '„Mitglied seit“ ist kein gültiges Datum: „30.02.2025“ (möglich sind 2021-04-19, 19.04.2021, 04/2021 oder 2021).',
        ],
        [
          '4',
          'Mainz, Stadt ARS 073150000000',
          'abgelehnt',
          expect.stringMatching(/^Kreisfreie Stadt: Das Netzwerk Digitale Dörfer RLP .* nimmt keine kreisfreien Städte auf/),
        ],
      ]);
      expect(await page.locator('.import-summary').textContent()).toBe('1 neu, 0 geändert, 0 unverändert, 2 abgelehnt');
      expect(await page.getByRole('status').first().textContent()).toMatch(
        /^Probelauf abgeschlossen, nichts gespeichert: 1 neu, 0 geändert, 0 unverändert, 2 abgelehnt\. Nichts kann übernommen werden/,
      );
      expect(await applyButton(page).count()).toBe(0);
      await page.getByText('Nichts kann übernommen werden, solange 2 Zeilen abgelehnt sind.', { exact: true }).waitFor();
      await expectAccessible(page, 'Probelauf mit abgelehnten Zeilen');
      await page.screenshot({ path: path.join(SCREENSHOTS, 'verwaltung-import.png'), fullPage: true });
      expect(await registryState()).toBe(before);

      // The corrected list: choosing it resets the dry run; its own dry run offers "Übernehmen".
      await choose(
        page,
        'mitglieder-2024-berichtigt.csv',
        csv(KIRCHHEIMBOLANDEN_ROW, 'Kerzenheim;Digitale Dörfer RLP;aktiv;28.02.2025;;;;;;;;;;'),
      );
      expect(await page.getByRole('heading', { name: 'Ergebnis des Probelaufs' }).count()).toBe(0);
      await checkButton(page).click();
      expect(await resultRows(page, /^Probelauf: was „mitglieder-2024-berichtigt\.csv“/)).toEqual([
        ['2', `Kirchheimbolanden ARS ${KIRCHHEIMBOLANDEN}`, 'neu', '–'],
        ['3', `Kerzenheim ARS ${KERZENHEIM}`, 'neu', '–'],
      ]);
      expect(await page.locator('.import-summary').textContent()).toBe('2 neu, 0 geändert, 0 unverändert, 0 abgelehnt');
      expect(await registryState()).toBe(before); // a dry run writes nothing
      await applyButton(page).click();
      await page.getByRole('heading', { name: 'Übernommen' }).waitFor();
      expect(await resultRows(page, /^Übernommen: was „mitglieder-2024-berichtigt\.csv“ am Register geändert hat/)).toEqual([
        ['2', `Kirchheimbolanden ARS ${KIRCHHEIMBOLANDEN}`, 'neu angelegt', '–'],
        ['3', `Kerzenheim ARS ${KERZENHEIM}`, 'neu angelegt', '–'],
      ]);
      await page.getByText('„mitglieder-2024-berichtigt.csv“ ist übernommen: 2 neu, 0 geändert, 0 unverändert, 0 abgelehnt.').waitFor();
      expect(await applyButton(page).count()).toBe(0);
      await expectAccessible(page, 'Übernommen');
      await page.screenshot({ path: path.join(SCREENSHOTS, 'verwaltung-import-uebernommen.png'), fullPage: true });
      expect(await history(KIRCHHEIMBOLANDEN)).toEqual([
        {
          status: 'ACTIVE',
          startedOn: '2024-03-01',
          startedOnPrecision: 'MONTH',
          source: 'IMPORT',
          id: expect.any(String),
          contactPerson: { name: 'Erika Beispiel', function: 'Digitalisierungsbeauftragte' },
        },
      ]);
      expect(await history(KERZENHEIM)).toEqual([
        {
          status: 'ACTIVE',
          startedOn: '2025-02-28',
          startedOnPrecision: 'DAY',
          source: 'IMPORT',
          id: expect.any(String),
          contactPerson: null,
        },
      ]);

      // The same file again: nothing changes, so nothing is offered.
      await checkButton(page).click();
      await page.getByText('Die Datei ändert nichts am Register; es gibt nichts zu übernehmen.', { exact: true }).waitFor();
      expect(await page.locator('.import-summary').textContent()).toBe('0 neu, 0 geändert, 2 unverändert, 0 abgelehnt');
      expect(await applyButton(page).count()).toBe(0);

      await expectNotKept(watched, origin, keys.admin);
      expect(watched.foreign).toEqual([]);
      expect(watched.problems).toEqual([]);
    } finally {
      await watched.close();
    }
  });

  test('the registry changes between dry run and apply: nothing is written, the page says so and offers a new dry run', async () => {
    const watched = await openWatchedPage(browser, origin);
    try {
      const page = await openTransfer(watched);
      await choose(page, 'winnweiler.csv', csv('VG Winnweiler;Digitale Dörfer RLP;aktiv;2024;;;;;;;;;;'));
      await checkButton(page).click();
      expect(await resultRows(page, /^Probelauf: was „winnweiler\.csv“/)).toEqual([['2', `Winnweiler ARS ${WINNWEILER}`, 'neu', '–']]);

      // Meanwhile the network's coordinator records Winnweiler's letter of application.
      const { errors } = await hub.query(
        `mutation($input: ApplicationInput!) { recordApplication(input: $input) { membership { id } } }`,
        { input: { municipalityKey: WINNWEILER, letterDate: '2025-03-01', signedBy: 'Bürgermeister Test', receivedOn: '2025-03-05' } },
        withKey(keys.dd),
      );
      expect(errors).toBeUndefined();
      const before = await registryState();

      await applyButton(page).click();
      await page.getByRole('heading', { level: 3, name: 'Nicht übernommen' }).waitFor();
      const alert = page.getByRole('alert').filter({ hasText: 'Nichts wurde gespeichert' });
      expect(await alert.textContent()).toContain(
        'Nichts wurde gespeichert: Seit dem Probelauf hat sich das Register geändert, und jetzt ist eine Zeile abgelehnt.',
      );
      const again = page.getByRole('button', { name: 'Neuen Probelauf starten' });
      expect(await again.evaluate((button) => button === document.activeElement)).toBe(true);
      expect(await resultRows(page, /^Stand beim Übernehmen: „winnweiler\.csv“/)).toEqual([
        [
          '2',
          `Winnweiler ARS ${WINNWEILER}`,
          'abgelehnt',
          'Winnweiler hat bereits einen offenen Antrag; der Import ersetzt ihn nicht. Er wird unter „Anträge“ entschieden.',
        ],
      ]);
      await expectAccessible(page, 'Übernahme abgelehnt');
      expect(await registryState()).toBe(before);
      expect(await history(WINNWEILER)).toEqual([expect.objectContaining({ status: 'RECEIVED', source: 'LETTER' })]);

      // The new dry run of the same file shows what it would do now.
      await again.click();
      expect(await resultRows(page, /^Probelauf: was „winnweiler\.csv“/)).toEqual([
        ['2', `Winnweiler ARS ${WINNWEILER}`, 'abgelehnt', expect.stringContaining('hat bereits einen offenen Antrag')],
      ]);
      expect(await applyButton(page).count()).toBe(0);
      expect(watched.foreign).toEqual([]);
      expect(watched.problems).toEqual([]);
    } finally {
      await watched.close();
    }
  });

  test('downloads: the CSV, XLSX and JSON exports and the empty template, with German names and the API’s content; the exports read back', async () => {
    const watched = await openWatchedPage(browser, origin);
    try {
      const page = await openTransfer(watched);
      const download = async (name: string) => {
        const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
        const content = await fs.readFile((await file.path())!);
        await page.getByText(`Heruntergeladen: ${file.suggestedFilename()}`, { exact: false }).waitFor();
        return { name: file.suggestedFilename(), content };
      };
      const day: string = JSON.parse(await registryState('JSON')).exportedOn;

      const memberList = await download('Mitgliederliste als CSV herunterladen');
      expect(memberList.name).toBe(`kommunalnetz-mitgliederliste-${day}.csv`);
      const text = memberList.content.toString('utf8');
      expect(text).toBe(await registryState('CSV'));
      expect(text.startsWith('\ufeffKommune;Name;Netzwerk;Status;Mitglied seit;Rolle;')).toBe(true);
      expect(text).toContain(`${KIRCHHEIMBOLANDEN};Kirchheimbolanden;DIGITALE_DOERFER_RLP;ACTIVE;2024-03;`);

      const workbook = await download('Register als Excel-Datei herunterladen');
      expect(workbook.name).toBe(`kommunalnetz-register-${day}.xlsx`);
      expect(workbook.content.subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
      const sheets = new ExcelJS.Workbook();
      await sheets.xlsx.load(workbook.content as unknown as ArrayBuffer);
      expect(sheets.worksheets.map((w) => w.name)).toEqual(['Mitgliedschaften', 'Treffen', 'Erfahrungsberichte']);
      const kirchheimbolanden = sheets
        .getWorksheet('Mitgliedschaften')!
        .getRows(2, 1000)!
        .find((row) => row.getCell(1).text === KIRCHHEIMBOLANDEN);
      expect(kirchheimbolanden?.getCell(2).text).toBe('Kirchheimbolanden');

      const backup = await download('Sicherung als JSON herunterladen');
      expect(backup.name).toBe(`kommunalnetz-sicherung-${day}.json`);
      expect(JSON.parse(backup.content.toString('utf8'))).toMatchObject({ format: 'kommunalnetz-hub-backup', exportedOn: day });

      const template = await download('Leere Vorlage (CSV) herunterladen');
      expect(template.name).toBe('kommunalnetz-vorlage-mitgliederliste.csv');
      expect(template.content.toString('utf8')).toBe(`${text.split('\r\n', 1)[0]}\r\n`);

      // What the hub exports, it reads back unchanged: the member list (IKONE-DS rows and open
      // applications — Winnweiler's letter from the test before — skipped) and the backup.
      await choose(page, memberList.name, memberList.content);
      await checkButton(page).click();
      const listRows = await resultRows(page, /^Probelauf: was „kommunalnetz-mitgliederliste-/);
      expect(listRows.find((row) => row[1] === `Winnweiler ARS ${WINNWEILER}`)).toEqual([
        expect.any(String),
        `Winnweiler ARS ${WINNWEILER}`,
        'übersprungen',
        expect.stringContaining('Ein Antrag: Er bleibt, wie er ist.'),
      ]);
      expect(new Set(listRows.map((row) => row[2]))).toEqual(new Set(['unverändert', 'übersprungen']));
      expect(await page.locator('.import-summary').textContent()).toMatch(
        /^0 neu, 0 geändert, \d+ unverändert, 0 abgelehnt, \d+ übersprungen$/,
      );
      // The workbook's first sheet is the same list: sent as base64, read the same way.
      const listSummary = await page.locator('.import-summary').textContent();
      await choose(page, workbook.name, workbook.content, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      await checkButton(page).click();
      await page.getByRole('table', { name: /^Probelauf: was „kommunalnetz-register-/ }).waitFor();
      expect(await page.locator('.import-summary').textContent()).toBe(listSummary);
      expect(await page.locator('.import-facts dd').first().textContent()).toMatch(
        /^kommunalnetz-register-.*\.xlsx \(Excel-Arbeitsmappe, \d+(,\d)? KB\)$/,
      );
      await choose(page, backup.name, backup.content, 'application/json');
      await checkButton(page).click();
      await page.getByText('Die Datei ändert nichts am Register; es gibt nichts zu übernehmen.', { exact: true }).waitFor();
      expect(await page.locator('.import-summary').textContent()).toMatch(/^0 neu, 0 geändert, \d+ unverändert, 0 abgelehnt$/);
      const backupRows = await resultRows(page, /^Probelauf: was „kommunalnetz-sicherung-/);
      expect(backupRows).toContainEqual(['1', expect.any(String), 'unverändert', '–']);
      expect(backupRows).toContainEqual([expect.any(String), `Kirchheimbolanden ARS ${KIRCHHEIMBOLANDEN}`, 'unverändert', '–']);

      await expectNotKept(watched, origin, keys.admin);
      expect(watched.foreign).toEqual([]);
      expect(watched.problems).toEqual([]);
    } finally {
      await watched.close();
    }
  });

  test('a coordinator and a partner do not see the screen', async () => {
    for (const caller of ['dd', 'partner'] as const) {
      const watched = await openWatchedPage(browser, origin);
      try {
        await signIn(watched.page, origin, keys[caller]);
        await nav(watched.page).getByRole('button', { name: 'Anträge' }).waitFor();
        expect({ caller, transfer: await nav(watched.page).getByRole('button', { name: 'Import und Export' }).count() }).toEqual({
          caller,
          transfer: 0,
        });
        expect(await watched.page.getByLabel('Datei mit der Mitgliederliste').count()).toBe(0);
        expect(watched.problems).toEqual([]);
      } finally {
        await watched.close();
      }
    }
  });
});
