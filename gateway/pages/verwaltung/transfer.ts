// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

/// <reference lib="dom" />
// Screen "Import und Export" (ministry only: the permission registry:exchange, common/auth/roles.ts):
// a network office's member list (CSV, XLSX) or the registry's JSON backup is checked in the page,
// sent to importMemberships as a dry run and shown row by row; "Übernehmen" is offered only for a
// dry run without rejected rows and sends exactly the bytes that were checked. An apply that the
// API refuses (the registry changed since the dry run) says so and offers a new dry run. Below it,
// registryExport as file downloads (CSV, XLSX, JSON) and the empty template, built from the CSV
// export's header because the API serves no template of its own.
import './transfer.css';
import { today } from '../../../common/dates';
import { base64DecodedLength, COLUMN_HEADERS, MAX_IMPORT_BYTES, type ImportColumn } from '../../../common/exchange';
import type { OpenedScreen, Screen } from './screen';
import { ApiProblem, graphql } from './api';
import { el, field, formatDate, uid } from './dom';
import {
  VerwaltungMitgliederImportDocument,
  VerwaltungRegisterExportDocument,
  type ExportFormat,
  type FileEncoding,
  type ImportRowOutcome,
  type VerwaltungMitgliederImportMutation,
} from './generated/operations';
import type { Session } from './session';

type ImportReport = VerwaltungMitgliederImportMutation['importMemberships'];
type ImportRow = ImportReport['rows'][number];

const ACCEPTED = '.csv,.xlsx,.json';

/** Import and export need registry:exchange, which only the ministry's role holds. */
function canExchangeRegistry(session: Session): boolean {
  return session.role === 'MINISTRY_ADMIN';
}

/** A file as it is sent: the same content for the dry run and the apply. */
interface Upload {
  fileName: string;
  size: number;
  encoding: FileEncoding;
  content: string;
}

const numberFormat = new Intl.NumberFormat('de-DE');

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${numberFormat.format(bytes)} Bytes`;
  if (bytes < 1024 * 1024) return `${numberFormat.format(Math.round(bytes / 102.4) / 10)} KB`;
  return `${numberFormat.format(Math.round(bytes / (1024 * 104.8576)) / 10)} MB`;
}

function base64Of(bytes: Uint8Array): string {
  let binary = '';
  // In slices: String.fromCharCode takes its arguments on the stack.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function bytesOf(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

const ZIP_START = [0x50, 0x4b, 0x03, 0x04];

/**
 * Reads a chosen file and checks what the page can know before sending it: the type by name and
 * content, the size, emptiness, and for text files the NUL byte that no list contains. Returns the
 * file as the API takes it or a German sentence for the field.
 */
async function readUpload(file: File): Promise<Upload | string> {
  const name = `„${file.name}“`;
  const extension = /\.(csv|xlsx|json)$/i.exec(file.name)?.[1].toLowerCase();
  if (!extension) {
    return `${name} ist keine CSV-, Excel- (.xlsx) oder JSON-Datei. Eingelesen werden Mitgliederlisten als .csv oder .xlsx und die Sicherung des Registers als .json.`;
  }
  if (file.size === 0) return `Die Datei ${name} ist leer.`;
  if (file.size > MAX_IMPORT_BYTES) {
    return `Die Datei ${name} ist ${formatSize(file.size)} groß; eingelesen werden höchstens 1 MB (1.048.576 Bytes). Bitte die Liste aufteilen.`;
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return `Die Datei ${name} lässt sich nicht lesen; wurde sie inzwischen geändert oder verschoben? Bitte die Datei erneut auswählen.`;
  }
  const zip = ZIP_START.every((byte, i) => bytes[i] === byte);
  if (extension === 'xlsx') {
    if (!zip) {
      return `${name} endet auf .xlsx, ist aber keine Excel-Arbeitsmappe. Bitte in Excel oder LibreOffice als „Excel-Arbeitsmappe (.xlsx)“ speichern.`;
    }
    const content = base64Of(bytes);
    if (base64DecodedLength(content) > MAX_IMPORT_BYTES) {
      return `Die Datei ${name} ist ${formatSize(file.size)} groß; eingelesen werden höchstens 1 MB. Bitte die Liste aufteilen.`;
    }
    return { fileName: file.name, size: file.size, encoding: 'BASE64', content };
  }
  if (zip) {
    return `${name} ist eine Excel-Arbeitsmappe oder ein ZIP-Archiv, heißt aber .${extension}. Excel-Dateien bitte mit der Endung .xlsx auswählen.`;
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    const line = bytes.subarray(0, nul).filter((b) => b === 0x0a).length + 1;
    return `Die Datei ${name} enthält in Zeile ${line} ein Nullzeichen (Byte 0) und ist damit keine Textdatei. Bitte die Liste als „CSV UTF-8“ neu speichern.`;
  }
  // Valid UTF-8 travels as text (the API encodes it back to the same bytes, BOM included);
  // anything else (Excel's Windows-1252 "CSV") as its bytes in base64.
  let text: string;
  let upload: Upload;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    upload = { fileName: file.name, size: file.size, encoding: 'TEXT', content: text };
  } catch {
    text = new TextDecoder('windows-1252').decode(bytes);
    upload = { fileName: file.name, size: file.size, encoding: 'BASE64', content: base64Of(bytes) };
    if (base64DecodedLength(upload.content) > MAX_IMPORT_BYTES) {
      return `Die Datei ${name} ist ${formatSize(file.size)} groß; eingelesen werden höchstens 1 MB. Bitte die Liste aufteilen.`;
    }
  }
  const start = text.replace(/^\ufeff/, '').trimStart();
  if (extension === 'json') {
    let parsed = false;
    try {
      JSON.parse(start);
      parsed = start.startsWith('{');
    } catch {
      parsed = false;
    }
    if (!parsed) {
      return `${name} ist keine lesbare JSON-Datei. Als JSON wird nur die Sicherung des Registers eingelesen (unten: „Sicherung als JSON herunterladen“).`;
    }
  } else if (start.startsWith('{')) {
    // The API would read it as a JSON backup, not as a list.
    return `${name} beginnt mit „{“ wie eine JSON-Datei und ist keine CSV-Liste. Eine Sicherung des Registers bitte mit der Endung .json auswählen.`;
  }
  return upload;
}

/** The fields of a membership record that a CHANGED row names ("Changes status, note."). */
const RECORD_FIELDS: Record<string, string> = {
  status: 'Status',
  startedOn: 'Mitglied seit',
  startedOnPrecision: 'Genauigkeit von „Mitglied seit“',
  startedOnInferred: '„Mitglied seit“ erschlossen',
  lastConfirmedOn: 'Zuletzt bestätigt',
  endedOn: 'Beendet am',
  note: 'Bemerkung',
  sources: 'Quellen',
  source: 'Herkunft',
  letterDate: 'Datum des Schreibens',
  signedBy: 'Unterzeichnet von',
  receivedOn: 'Eingegangen am',
  decidedOn: 'Entschieden am',
  decisionReason: 'Grund der Entscheidung',
  contactPerson: 'Ansprechperson',
};

const DATE_FORMS = '2021-04-19, 19.04.2021, 04/2021 oder 2021';
const quoted = (text: string) => `„${text}“`;
const column = (key: string) => quoted(COLUMN_HEADERS[key as ImportColumn] ?? key);
const dayOrText = (text: string) => (/^\d{4}-\d{2}-\d{2}$/.test(text) ? formatDate(text) : text);

/**
 * The API's reasons (services/registry/modules/exchange/member-import.ts and read-file.ts) speak
 * English, except the eligibility rules; the page says them in German. A sentence it does not know
 * yet is shown as the API wrote it.
 */
const REASONS: [RegExp, (m: RegExpExecArray) => string][] = [
  // rows
  [/^(\w+): longer than (\d+) characters\.$/, (m) => `${column(m[1])} ist länger als ${m[2]} Zeichen.`],
  [/^The municipality is missing\.$/, () => 'Die Kommune fehlt.'],
  [/^No municipality in Rheinland-Pfalz has the (ARS|AGS) (\d+)\.$/, (m) => `Keine Kommune in Rheinland-Pfalz hat den ${m[1]} ${m[2]}.`],
  [
    /^A municipality key is a 12-digit ARS/,
    () => 'Ein Schlüssel ist ein zwölfstelliger ARS (z. B. 073150000000) oder ein achtstelliger AGS (z. B. 07315000).',
  ],
  [
    /^No municipality in Rheinland-Pfalz is named "(.*)"; give its ARS or AGS\.$/s,
    (m) => `Keine Kommune in Rheinland-Pfalz heißt ${quoted(m[1])}; bitte den ARS oder AGS angeben.`,
  ],
  [
    /^"(.*)" names (\d+) units; give the ARS/s,
    (m) => `${quoted(m[1])} passt auf ${m[2]} Gebietskörperschaften; bitte den ARS angeben (oder „VG …“, „Stadt …“ schreiben).`,
  ],
  [/^Unknown network "(.*)"/s, (m) => `Unbekanntes Netzwerk ${quoted(m[1])} (Digitale Dörfer RLP oder IKONE-DS).`],
  [
    /^IKONE-DS members come from the network/,
    () => 'Mitglieder von IKONE-DS kommen aus dem Datenangebot des Netzwerks, nicht aus diesem Import.',
  ],
  [/^Unknown status "(.*)"/s, (m) => `Unbekannter Status ${quoted(m[1])} (aktiv, beendet oder unbekannt).`],
  [/^The status is missing/, () => 'Der Status fehlt (aktiv, beendet oder unbekannt).'],
  [
    /^A list imports members .*; applications \((\w+)\) are recorded with their letter, so this row is left as it is\.$/s,
    () =>
      'Ein Antrag: Er bleibt, wie er ist. Eine Liste trägt Mitglieder ein (aktiv, beendet oder unbekannt); Anträge werden mit ihrem Beitrittsschreiben unter „Anträge“ erfasst.',
  ],
  [/^"(.+)" is not a date: "(.*)"/s, (m) => `${quoted(m[1])} ist kein gültiges Datum: ${quoted(m[2])} (möglich sind ${DATE_FORMS}).`],
  [/^"(.+)" must be a day: "(.*)"\.$/s, (m) => `${quoted(m[1])} muss ein Tag sein: ${quoted(m[2])} (z. B. 19.04.2021).`],
  [/^An ended membership needs "Beendet am"\.$/, () => 'Eine beendete Mitgliedschaft braucht „Beendet am“.'],
  [/^Only an ended membership has "Beendet am"\.$/, () => 'Nur eine beendete Mitgliedschaft hat „Beendet am“.'],
  [
    /^A membership of unknown status needs "Zuletzt bestätigt"\.$/,
    () => 'Eine Mitgliedschaft mit unbekanntem Status braucht „Zuletzt bestätigt“.',
  ],
  [/^"(.+)" lies before "(.+)"\.$/, (m) => `${quoted(m[1])} liegt vor ${quoted(m[2])}.`],
  [/^Unknown role "(.*)"/s, (m) => `Unbekannte Rolle ${quoted(m[1])} (Mitglied, Transferstelle, Modellkommune).`],
  [
    /^"Rolle seit" and "Rolle bis" belong to the role Transferstelle\.$/,
    () => '„Rolle seit“ und „Rolle bis“ gehören zur Rolle Transferstelle.',
  ],
  [
    /^A transfer point needs "Rolle seit" or "Mitglied seit"/,
    () => 'Eine Transferstelle braucht „Rolle seit“ oder „Mitglied seit“: Ab diesem Tag wird die Rolle erfasst.',
  ],
  [
    /^(.+) must have (\d+) to (\d+) characters, without control characters\.$/s,
    (m) => `${quoted(m[1])} muss ${m[2]} bis ${m[3]} Zeichen haben, ohne Steuerzeichen.`,
  ],
  [/^(.+) is not a valid e-mail address\.$/s, (m) => `${quoted(m[1])} ist keine gültige E-Mail-Adresse.`],
  [/^(.+) is not a valid phone number/s, (m) => `${quoted(m[1])} ist keine gültige Telefonnummer (Ziffern, Leerzeichen und + ( ) / -).`],
  [
    /^(.+) must be a role or office/s,
    (m) => `${quoted(m[1])} ist eine Funktion oder ein Amt (z. B. „Digitalisierungsbeauftragte“), ohne E-Mail-Adresse oder Telefonnummer.`,
  ],
  [
    /^A contact person is named only for an active membership\.$/,
    () => 'Eine Ansprechperson wird nur für eine aktive Mitgliedschaft genannt.',
  ],
  [
    /^Duplicate of row (\d+): the same municipality is active twice\.$/,
    (m) => `Doppelt: Zeile ${m[1]} nennt dieselbe Kommune schon als aktives Mitglied.`,
  ],
  [/^Duplicate of row (\d+)/, (m) => `Doppelt: Zeile ${m[1]} nennt dieselbe Kommune mit demselben Beginn.`],
  [
    /^(.+) already has an active membership \(since (.+)\); the import does not replace it\.$/s,
    (m) =>
      `${m[1]} ist bereits Mitglied (seit ${m[2] === 'an unknown date' ? 'unbekanntem Datum' : dayOrText(m[2])}); der Import ersetzt das nicht.`,
  ],
  [
    /^(.+) already has a membership of unknown status \(last confirmed (.+?)\)/s,
    (m) =>
      `${m[1]} hat eine Mitgliedschaft mit unbekanntem Status (zuletzt bestätigt ${dayOrText(m[2])}); sie ist zuerst zu bestätigen oder zu beenden.`,
  ],
  [
    /^(.+) already has an open application; the import does not replace it\.$/s,
    (m) => `${m[1]} hat bereits einen offenen Antrag; der Import ersetzt ihn nicht. Er wird unter „Anträge“ entschieden.`,
  ],
  [
    /^Changes (.+)\.$/,
    (m) =>
      `Ändert: ${m[1]
        .split(', ')
        .map((f) => RECORD_FIELDS[f] ?? f)
        .join(', ')}.`,
  ],
  [
    /^Adds the role (.+) \(from (\S+)(?: to (\S+))?\)\.$/,
    (m) => `Fügt die Rolle ${m[1]} hinzu (ab ${dayOrText(m[2])}${m[3] ? ` bis ${dayOrText(m[3])}` : ''}).`,
  ],
  // a backup's records
  [/^No municipality has the ARS (.+)\.$/, (m) => `Keine Kommune hat den ARS ${m[1]}.`],
  [/^The record lacks a valid id, status or source\.$/, () => 'Dem Datensatz fehlt eine gültige Kennung, ein Status oder eine Herkunft.'],
  [/^(\w+) is not a date\.$/, (m) => `${quoted(RECORD_FIELDS[m[1]] ?? m[1])} ist kein gültiges Datum.`],
  // the file as a whole (BAD_USER_INPUT, reason MALFORMED_FILE, or PAYLOAD_TOO_LARGE)
  [/^The file is empty\.$/, () => 'Die Datei ist leer.'],
  [/^The (CSV|JSON) file cannot be read: (.*)$/s, (m) => `Die ${m[1]}-Datei lässt sich nicht lesen (${m[2]}).`],
  [
    /^The XLSX file cannot be read/,
    () => 'Die Excel-Datei lässt sich nicht lesen; bitte in Excel oder LibreOffice erneut als .xlsx speichern.',
  ],
  [/^The XLSX file has no worksheet\.$/, () => 'Die Excel-Datei enthält kein Tabellenblatt.'],
  [
    /^The XLSX file (is not a complete ZIP archive|has a damaged ZIP directory)\.$/,
    () => 'Die Excel-Datei ist beschädigt oder unvollständig.',
  ],
  [
    /^The XLSX file unpacks to (\d+) bytes/,
    () => 'Die Excel-Datei wäre entpackt größer als 20 MB; bitte nur die Mitgliederliste in einer eigenen Datei speichern.',
  ],
  [
    /^No header row names the column "Kommune"/,
    () =>
      'Keine der ersten fünf Zeilen ist eine Kopfzeile mit der Spalte „Kommune“. Bitte die Spalten der Vorlage verwenden (unten: „Leere Vorlage herunterladen“).',
  ],
  [/^The header names the column "(\w+)" twice\.$/, (m) => `Die Kopfzeile nennt die Spalte ${column(m[1])} zweimal.`],
  [/^The file has more than (\d+) rows\.$/, (m) => `Die Datei hat mehr als ${numberFormat.format(Number(m[1]))} Zeilen; bitte aufteilen.`],
  [
    /^A JSON file must be a backup of this hub/,
    () => 'Eine JSON-Datei muss eine Sicherung dieses Hubs sein (unten: „Sicherung als JSON herunterladen“).',
  ],
  [
    /^The file has (\d+) bytes; the import takes at most (\d+)\.$/,
    (m) => `Die Datei ist ${formatSize(Number(m[1]))} groß; eingelesen werden höchstens 1 MB.`,
  ],
];

/** Sentences of the eligibility rules and other German ones pass as they are; unknown English ones are marked. */
const GERMAN = /[äöüßÄÖÜ„]|\b(der|die|das|und|ist|nicht|keine|kein)\b/;

function germanReason(text: string): string {
  for (const [pattern, say] of REASONS) {
    const match = pattern.exec(text);
    if (match) return say(match);
  }
  return GERMAN.test(text) ? text : `Meldung der Schnittstelle: ${text}`;
}

/** What happens to a row, before (dry run) and after (applied). */
const OUTCOME_LABELS: Record<'dry' | 'applied', Record<ImportRowOutcome, string>> = {
  dry: { NEW: 'neu', CHANGED: 'wird geändert', UNCHANGED: 'unverändert', SKIPPED: 'übersprungen', REJECTED: 'abgelehnt' },
  applied: { NEW: 'neu angelegt', CHANGED: 'geändert', UNCHANGED: 'unverändert', SKIPPED: 'übersprungen', REJECTED: 'abgelehnt' },
};

function countOf(report: ImportReport): Record<ImportRowOutcome, number> {
  const counts: Record<ImportRowOutcome, number> = { NEW: 0, CHANGED: 0, UNCHANGED: 0, SKIPPED: 0, REJECTED: 0 };
  for (const row of report.rows) counts[row.outcome] += 1;
  return counts;
}

/** "2 neu, 1 geändert, 0 unverändert, 1 abgelehnt" (and the skipped rows when there are any). */
function summaryOf(report: ImportReport): string {
  const c = countOf(report);
  const parts = [`${c.NEW} neu`, `${c.CHANGED} geändert`, `${c.UNCHANGED} unverändert`, `${c.REJECTED} abgelehnt`];
  if (c.SKIPPED) parts.push(`${c.SKIPPED} übersprungen`);
  return parts.join(', ');
}

function municipalityCell(row: ImportRow): HTMLElement {
  if (!row.municipalityName) return el('td', {}, el('span', { class: 'import-unknown' }, 'nicht erkannt'));
  return el(
    'td',
    {},
    row.municipalityName,
    ...(row.municipalityArs ? [' ', el('span', { class: 'import-ars' }, `ARS ${row.municipalityArs}`)] : []),
  );
}

function reasonsCell(row: ImportRow): HTMLElement {
  const cell = el('td', {});
  if (row.reasons.length === 1) cell.append(el('p', {}, germanReason(row.reasons[0])));
  else if (row.reasons.length > 1) cell.append(el('ul', {}, ...row.reasons.map((r) => el('li', {}, germanReason(r)))));
  if (row.candidates.length) {
    cell.append(el('p', {}, 'Gemeint sein kann:'), el('ul', {}, ...row.candidates.map((c) => el('li', {}, c))));
  }
  if (!cell.childNodes.length) cell.append('–');
  return cell;
}

/** The rows of a report as an accessible table: caption, column and row headers. */
function reportTable(report: ImportReport, caption: string, mode: 'dry' | 'applied'): HTMLElement {
  const captionId = uid('import-tabelle');
  return el(
    'div',
    { class: 'table-box', tabindex: '0', role: 'region', 'aria-labelledby': captionId },
    el(
      'table',
      { class: 'import-table' },
      el('caption', { id: captionId }, caption),
      el(
        'thead',
        {},
        el('tr', {}, ...['Zeile', 'Kommune', 'Ergebnis', 'Begründung und Änderungen'].map((h) => el('th', { scope: 'col' }, h))),
      ),
      el(
        'tbody',
        {},
        ...report.rows.map((row) =>
          el(
            'tr',
            { class: `outcome-${row.outcome.toLowerCase()}`, 'data-line': String(row.line) },
            el('th', { scope: 'row' }, String(row.line)),
            municipalityCell(row),
            el('td', {}, el('span', { class: 'import-outcome' }, OUTCOME_LABELS[mode][row.outcome])),
            reasonsCell(row),
          ),
        ),
      ),
    ),
  );
}

/** A German sentence for an API error about the file, for its field. */
function fileProblem(error: unknown): string {
  if (!(error instanceof ApiProblem)) return 'Unerwarteter Fehler; bitte die Seite neu laden.';
  const first = error.errors[0];
  if (first?.extensions?.code === 'PAYLOAD_TOO_LARGE') {
    // The registry's own limit names the bytes; the gateway admits a file of that size to those who may import.
    return first.extensions.argument
      ? germanReason(first.message)
      : 'Die Datei ist zu groß, um sie an den Hub zu übertragen. Bitte die Liste in kleinere Dateien aufteilen.';
  }
  if (error.kind === 'invalid' && error.apiMessage) return `Die Datei wurde nicht angenommen: ${germanReason(error.apiMessage)}`;
  return error.text;
}

/** The import: file field, dry run, result, apply. */
function importSection(): HTMLElement {
  const file = field(
    el('input', { type: 'file', accept: ACCEPTED, required: true, id: 'import-datei' }),
    'Datei mit der Mitgliederliste',
    'CSV (Trennzeichen „;“ oder „,“, UTF-8 oder Windows-1252) oder Excel-Arbeitsmappe (.xlsx) in den Spalten der Vorlage, oder die JSON-Sicherung des Registers; höchstens 1 MB.',
  );
  const check = el('button', { type: 'submit' }, 'Datei prüfen (Probelauf)');
  const form = el('form', { class: 'import-form', novalidate: true, 'aria-labelledby': 'import-titel' }, file.wrapper, check);
  const status = el('p', { class: 'status', role: 'status', tabindex: '-1' });
  const result = el('div', { class: 'import-result' });

  /** The file checked last; a new choice ends it, so no answer of an older file is shown. */
  let attempt = 0;
  let busy = false;

  const announce = (text: string) => {
    status.textContent = text;
    status.focus();
  };

  function reset(): void {
    attempt += 1;
    busy = false;
    check.disabled = false;
    file.clearError();
    status.textContent = '';
    result.replaceChildren();
  }

  file.control.addEventListener('change', reset);

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (busy) return;
    void (async () => {
      reset();
      const mine = attempt;
      const chosen = file.control.files?.[0];
      if (!chosen) {
        file.showError('Bitte eine Datei auswählen.');
        file.control.focus();
        return;
      }
      const upload = await readUpload(chosen);
      if (mine !== attempt) return;
      if (typeof upload === 'string') {
        file.showError(upload);
        file.control.focus();
        return;
      }
      await dryRun(upload, mine);
    })();
  });

  async function send(upload: Upload, dry: boolean): Promise<ImportReport> {
    const data = await graphql(VerwaltungMitgliederImportDocument, { dryRun: dry, encoding: upload.encoding, content: upload.content });
    return data.importMemberships;
  }

  const heading = (text: string) => el('h3', {}, text);

  async function dryRun(upload: Upload, mine: number): Promise<void> {
    busy = true;
    check.disabled = true;
    result.replaceChildren();
    status.textContent = `Probelauf mit ${quoted(upload.fileName)} läuft …`;
    try {
      const report = await send(upload, true);
      if (mine !== attempt) return;
      showDryRun(upload, report, mine);
    } catch (error) {
      if (mine !== attempt) return;
      status.textContent = '';
      file.showError(fileProblem(error));
      file.control.focus();
    } finally {
      if (mine === attempt) {
        busy = false;
        check.disabled = false;
      }
    }
  }

  function showDryRun(upload: Upload, report: ImportReport, mine: number): void {
    const counts = countOf(report);
    const summary = summaryOf(report);
    const parts: HTMLElement[] = [
      heading('Ergebnis des Probelaufs'),
      el('p', { class: 'import-summary' }, summary),
      fileFacts(upload, report),
      reportTable(report, `Probelauf: was ${quoted(upload.fileName)} am Register ändern würde, Zeile für Zeile`, 'dry'),
    ];
    let next: string;
    if (counts.REJECTED) {
      next = `Nichts kann übernommen werden, solange ${counts.REJECTED === 1 ? 'eine Zeile' : `${counts.REJECTED} Zeilen`} abgelehnt ${counts.REJECTED === 1 ? 'ist' : 'sind'}.`;
      parts.push(
        el(
          'div',
          { class: 'import-blocked' },
          el('p', {}, next),
          el(
            'p',
            {},
            'Bitte die abgelehnten Zeilen in der Datei berichtigen oder löschen, die Datei speichern, erneut auswählen und prüfen.',
          ),
        ),
      );
    } else if (!counts.NEW && !counts.CHANGED) {
      next = 'Die Datei ändert nichts am Register; es gibt nichts zu übernehmen.';
      parts.push(el('p', { class: 'import-note' }, next));
    } else {
      next = 'Mit „Übernehmen“ wird genau diese Datei gespeichert.';
      parts.push(applyForm(upload, report, mine));
    }
    result.replaceChildren(...parts);
    announce(`Probelauf abgeschlossen, nichts gespeichert: ${summary}. ${next}`);
  }

  function fileFacts(upload: Upload, report: ImportReport): HTMLElement {
    const format = report.format === 'XLSX' ? 'Excel-Arbeitsmappe' : report.format === 'JSON' ? 'JSON-Sicherung' : 'CSV';
    return el(
      'dl',
      { class: 'facts import-facts' },
      el('dt', {}, 'Datei'),
      el('dd', {}, `${upload.fileName} (${format}, ${formatSize(upload.size)})`),
      el('dt', {}, 'Prüfsumme (SHA-256)'),
      el('dd', { class: 'import-checksum' }, report.sha256),
    );
  }

  function applyForm(upload: Upload, checked: ImportReport, mine: number): HTMLElement {
    const counts = countOf(checked);
    const apply = el('button', { type: 'submit' }, 'Übernehmen');
    const form = el(
      'form',
      { class: 'import-apply', novalidate: true, 'aria-label': 'Probelauf übernehmen' },
      el(
        'p',
        {},
        `„Übernehmen“ speichert ${counts.NEW} neue und ${counts.CHANGED} geänderte ${counts.NEW + counts.CHANGED === 1 ? 'Mitgliedschaft' : 'Mitgliedschaften'} aus ${quoted(upload.fileName)} in einem Schritt – alle Zeilen oder keine; jede Änderung wird protokolliert.`,
      ),
      apply,
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      if (busy || mine !== attempt) return;
      void applyUpload(upload, checked, mine, apply);
    });
    return form;
  }

  async function applyUpload(upload: Upload, checked: ImportReport, mine: number, button: HTMLButtonElement): Promise<void> {
    busy = true;
    button.disabled = true;
    check.disabled = true;
    // Another file chosen now would hide the answer of a write that goes on.
    file.control.disabled = true;
    status.textContent = `${quoted(upload.fileName)} wird übernommen …`;
    try {
      const report = await send(upload, false);
      if (mine !== attempt) return;
      if (report.applied) showApplied(upload, report, checked);
      else showFailedApply(upload, mine, report, null);
    } catch (error) {
      if (mine !== attempt) return;
      showFailedApply(upload, mine, null, error);
    } finally {
      file.control.disabled = false;
      if (mine === attempt) {
        busy = false;
        check.disabled = false;
      }
    }
  }

  function showApplied(upload: Upload, report: ImportReport, checked: ImportReport): void {
    const summary = summaryOf(report);
    const differs = summary !== summaryOf(checked);
    const parts: HTMLElement[] = [heading('Übernommen'), el('p', { class: 'import-summary' }, summary), fileFacts(upload, report)];
    if (differs) {
      parts.push(
        el(
          'p',
          { class: 'import-note' },
          `Das Register hat sich seit dem Probelauf geändert; gespeichert wurde, was die Tabelle zeigt (Probelauf: ${summaryOf(checked)}).`,
        ),
      );
    }
    parts.push(reportTable(report, `Übernommen: was ${quoted(upload.fileName)} am Register geändert hat, Zeile für Zeile`, 'applied'));
    result.replaceChildren(...parts);
    announce(`${quoted(upload.fileName)} ist übernommen: ${summary}.`);
  }

  /** Nothing is lost: the file stays, and a new dry run shows what it would do now. */
  function showFailedApply(upload: Upload, mine: number, report: ImportReport | null, error: unknown): void {
    const again = el('button', { type: 'button' }, 'Neuen Probelauf starten');
    again.addEventListener('click', () => {
      if (busy || mine !== attempt) return;
      file.clearError();
      void dryRun(upload, mine);
    });
    let explanation: string;
    if (report) {
      const rejected = countOf(report).REJECTED;
      explanation = rejected
        ? `Nichts wurde gespeichert: Seit dem Probelauf hat sich das Register geändert, und jetzt ${rejected === 1 ? 'ist eine Zeile' : `sind ${rejected} Zeilen`} abgelehnt.`
        : 'Nichts wurde gespeichert: Das Register hat die Übernahme abgelehnt.';
    } else if (error instanceof ApiProblem && error.kind === 'conflict') {
      explanation = 'Nichts wurde gespeichert: Ein Datensatz wurde seit dem Probelauf von jemand anderem geändert.';
    } else if (error instanceof ApiProblem && (error.kind === 'network' || error.kind === 'internal' || error.kind === 'unavailable')) {
      explanation = `Die Übernahme ist nicht bestätigt: ${error.text} Ob etwas gespeichert wurde, zeigt ein neuer Probelauf (schon übernommene Zeilen stehen dann als „unverändert“).`;
    } else {
      explanation = `Nichts wurde gespeichert: ${fileProblem(error)}`;
    }
    const box = el(
      'div',
      { class: 'conflict', role: 'alert' },
      el('p', {}, explanation),
      el('p', {}, `Die Datei ${quoted(upload.fileName)} bleibt ausgewählt. Ein neuer Probelauf zeigt, was sie jetzt ändern würde.`),
      again,
    );
    const parts: HTMLElement[] = [heading('Nicht übernommen'), box];
    if (report) parts.push(reportTable(report, `Stand beim Übernehmen: ${quoted(upload.fileName)}, Zeile für Zeile`, 'dry'));
    result.replaceChildren(...parts);
    status.textContent = '';
    again.focus();
  }

  return el(
    'section',
    { class: 'transfer-import', 'aria-labelledby': 'import-titel' },
    el('h2', { id: 'import-titel' }, 'Mitgliederliste einlesen'),
    el(
      'p',
      { class: 'lead' },
      'Die Liste einer Geschäftsstelle oder eine Sicherung des Registers wird zuerst geprüft (Probelauf, ohne zu speichern) und Zeile für Zeile gezeigt. Übernehmen lässt sie sich erst, wenn keine Zeile abgelehnt ist; dann werden alle Zeilen in einem Schritt gespeichert.',
    ),
    columnsHelp(),
    form,
    status,
    result,
  );
}

/** The columns of a list (services/registry/data/IMPORT.md), in short. */
function columnsHelp(): HTMLElement {
  const item = (name: string, text: string) => el('li', {}, el('strong', {}, name), ` – ${text}`);
  return el(
    'details',
    { class: 'import-columns' },
    el('summary', {}, 'Welche Spalten hat eine Mitgliederliste?'),
    el(
      'p',
      {},
      'Eine Kopfzeile in einer der ersten fünf Zeilen nennt die Spalten; Groß- und Kleinschreibung und Umlaute sind egal, weitere Spalten werden nicht beachtet. Die Vorlage und der CSV-Export haben diese Spalten.',
    ),
    el(
      'ul',
      {},
      item('Kommune (Pflicht)', 'Name, ARS (12 Ziffern) oder AGS (8 Ziffern); „VG …“, „Stadt …“, „Landkreis …“ grenzen einen Namen ein.'),
      item('Netzwerk', 'Digitale Dörfer RLP (vorgegeben); Zeilen von IKONE-DS werden übersprungen.'),
      item('Status (Pflicht)', 'aktiv, beendet oder unbekannt.'),
      item('Mitglied seit', `Tag, Monat oder Jahr, z. B. ${DATE_FORMS}.`),
      item('Rolle', 'Mitglied (vorgegeben), Transferstelle, Modellkommune oder mehrere, durch Komma getrennt.'),
      item('Beendet am', 'Pflicht bei „beendet“: ein Tag.'),
      item('Zuletzt bestätigt', 'Pflicht bei „unbekannt“: ein Tag.'),
      item('Rolle seit, Rolle bis', 'Zeitraum der Transferstelle.'),
      item('Quelle/Bemerkung', 'Text; Internetadressen darin werden die Quellen.'),
      item('Ansprechperson, … Funktion, … E-Mail, … Telefon', 'nur für aktive Mitglieder.'),
    ),
  );
}

/** The downloads, each named in German with the export's date. */
const DOWNLOADS: { format: ExportFormat; label: string; stem: string; extension: string; hint: string }[] = [
  {
    format: 'CSV',
    label: 'Mitgliederliste als CSV herunterladen',
    stem: 'kommunalnetz-mitgliederliste',
    extension: 'csv',
    hint: 'Beide Netzwerke, in den Spalten der Vorlage (Trennzeichen „;“); lässt sich unverändert wieder einlesen.',
  },
  {
    format: 'XLSX',
    label: 'Register als Excel-Datei herunterladen',
    stem: 'kommunalnetz-register',
    extension: 'xlsx',
    hint: 'Tabellenblätter Mitgliedschaften, Treffen und Erfahrungsberichte.',
  },
  {
    format: 'JSON',
    label: 'Sicherung als JSON herunterladen',
    stem: 'kommunalnetz-sicherung',
    extension: 'json',
    hint: 'Das ganze Register; die Mitgliedschaften lassen sich daraus oben wieder einlesen.',
  },
];

/** Hands a file to the browser's download: a Blob behind a temporary link, nothing sent anywhere. */
function saveFile(fileName: string, mediaType: string, data: BlobPart): void {
  const url = URL.createObjectURL(new Blob([data], { type: mediaType }));
  const link = el('a', { href: url, download: fileName, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: the download starts asynchronously and still reads the Blob.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The export's date (its file name carries the hub's day), else today's. */
const dateOf = (fileName: string) => /\d{4}-\d{2}-\d{2}/.exec(fileName)?.[0] ?? today();

function exportSection(): HTMLElement {
  const status = el('p', { class: 'status', role: 'status' });
  const problem = el('div', { class: 'problem', role: 'alert', hidden: true });
  const buttons: HTMLButtonElement[] = [];
  let busy = false;

  async function run(button: HTMLButtonElement, work: () => Promise<string>): Promise<void> {
    if (busy) return;
    busy = true;
    for (const b of buttons) b.disabled = true;
    problem.hidden = true;
    problem.replaceChildren();
    status.textContent = 'Die Datei wird erstellt …';
    try {
      status.textContent = await work();
    } catch (error) {
      status.textContent = '';
      problem.replaceChildren(
        el(
          'p',
          {},
          `Der Download ist fehlgeschlagen: ${error instanceof ApiProblem ? error.text : 'Unerwarteter Fehler; bitte erneut versuchen.'}`,
        ),
      );
      problem.hidden = false;
    } finally {
      busy = false;
      for (const b of buttons) b.disabled = false;
      button.focus();
    }
  }

  const entry = (label: string, hint: string, work: () => Promise<string>) => {
    const hintId = uid('download-hinweis');
    const button = el('button', { type: 'button', class: 'secondary', 'aria-describedby': hintId }, label);
    buttons.push(button);
    button.addEventListener('click', () => void run(button, work));
    return el('li', {}, button, el('p', { class: 'hint', id: hintId }, hint));
  };

  const exportFile = async (format: ExportFormat) => (await graphql(VerwaltungRegisterExportDocument, { format })).registryExport;

  const list = el(
    'ul',
    { class: 'transfer-downloads' },
    ...DOWNLOADS.map((d) =>
      entry(d.label, d.hint, async () => {
        const file = await exportFile(d.format);
        const fileName = `${d.stem}-${dateOf(file.fileName)}.${d.extension}`;
        const data = file.encoding === 'BASE64' ? bytesOf(file.content) : file.content;
        saveFile(fileName, file.mediaType, data);
        const size = typeof data === 'string' ? new Blob([data]).size : data.length;
        return `Heruntergeladen: ${fileName} (${formatSize(size)}).`;
      }),
    ),
    // The API serves no template: it is the CSV export's header, so the two always agree.
    entry(
      'Leere Vorlage (CSV) herunterladen',
      'Nur die Kopfzeile der Mitgliederliste, zum Ausfüllen in Excel oder LibreOffice. Die Spalten „Name“ und „Herkunft“ füllt nur der Export; beim Einlesen werden sie nicht beachtet.',
      async () => {
        const file = await exportFile('CSV');
        const header = file.content.replace(/^\ufeff/, '').split(/\r?\n/, 1)[0];
        const fileName = 'kommunalnetz-vorlage-mitgliederliste.csv';
        // With a BOM and ";" like the export: what Excel with German settings opens without asking.
        saveFile(fileName, 'text/csv; charset=utf-8', `\ufeff${header}\r\n`);
        return `Heruntergeladen: ${fileName}.`;
      },
    ),
  );

  return el(
    'section',
    { class: 'transfer-export', 'aria-labelledby': 'export-titel' },
    el('h2', { id: 'export-titel' }, 'Register herunterladen'),
    el(
      'p',
      { class: 'lead' },
      'Der Stand des Registers von heute als Datei. Die Dateien enthalten Ansprechpersonen (personenbezogene Daten): bitte nur dienstlich speichern und weitergeben.',
    ),
    list,
    status,
    problem,
  );
}

function transferScreen(): OpenedScreen {
  const element = el(
    'section',
    { class: 'screen transfer', 'aria-labelledby': 'transfer-titel' },
    el('h1', { id: 'transfer-titel' }, 'Import und Export des Registers'),
    el(
      'p',
      { class: 'lead' },
      'Mitgliederlisten der Netzwerk-Geschäftsstellen einlesen und das Register als CSV, Excel-Datei oder Sicherung herunterladen.',
    ),
    importSection(),
    exportSection(),
  );
  // Nothing to reload: the screen shows the last file checked until another is chosen.
  return { element, load: async () => undefined };
}

export const TRANSFER_SCREENS: Screen[] = [
  { id: 'import-export', title: 'Import und Export', allowed: canExchangeRegistry, open: transferScreen },
];
