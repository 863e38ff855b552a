// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

/// <reference lib="dom" />
// The ministry's administration, for MINISTRY_ADMIN only (the API's permissions MANAGE_API_KEYS,
// READ_AUDIT and MANAGE_PERSONAL_DATA belong to that role alone, common/auth/roles.ts):
// - "API-Schlüssel": every key with its state; a new key's secret is shown once in a marked box
//   with a copy button and is removed from the page when the person dismisses it or leaves the
//   screen (it is never stored); revoking asks first. The page cannot know which key the person
//   signed in with (the API's viewer names no key id on purpose) until it sees the createdBy of a
//   key created here: from then on that key has no "Widerrufen". Before, every ministry key asks
//   for an explicit acknowledgement, and the last valid ministry key cannot be revoked here at all.
// - "Änderungsprotokoll": the audit trail, filtered by the API (kind of record, record id, action,
//   who acted, from/to day in German time), page by page; values are shown as the API returns them.
// - "Datenschutz": the DSGVO requests for one Digitale Dörfer membership, chosen by municipality:
//   export (Art. 15), shown readably and offered as a JSON file, and erasure (Art. 17) only after
//   the person has typed the municipality's name.
import './admin.css';
import { addDays, HUB_TIME_ZONE, isValidDate, today } from '../../../common/dates';
import type { OpenedScreen, Screen } from './screen';
import { ApiProblem, graphql } from './api';
import { hasControlCharacter } from '../../../common/text-rules';
import { el, field, formatDate, input, MEMBERSHIP_STATUS, textProblem, uid, type Field } from './dom';
import {
  VerwaltungDatenschutzAuskunftDocument,
  VerwaltungDatenschutzLoeschenDocument,
  VerwaltungDatenschutzMitgliedschaftenDocument,
  VerwaltungProtokollDocument,
  VerwaltungSchluesselAnlegenDocument,
  VerwaltungSchluesselDocument,
  VerwaltungSchluesselWiderrufenDocument,
  type NetworkId,
  type Role,
  type VerwaltungDatenschutzMitgliedschaftenQuery,
  type VerwaltungProtokollQuery,
  type VerwaltungSchluesselFelderFragment,
} from './generated/operations';
import { municipalityPicker, type MunicipalityChoice } from './municipality-picker';
import { signOut, type Session } from './session';

type ApiKey = VerwaltungSchluesselFelderFragment;
type AuditEvent = VerwaltungProtokollQuery['auditTrail']['edges'][number]['node'];
type Membership = NonNullable<VerwaltungDatenschutzMitgliedschaftenQuery['municipality']>['digitaleDoerferHistory'][number];

const isMinistry = (session: Session) => session.role === 'MINISTRY_ADMIN';

const ROLES: Record<Role, string> = {
  PUBLIC: 'Öffentlich',
  PARTNER: 'Partner (nur lesen)',
  COORDINATOR: 'Koordination',
  MINISTRY_ADMIN: 'Ministerium',
};

const NETWORKS: Record<NetworkId, string> = {
  DIGITALE_DOERFER_RLP: 'Netzwerk Digitale Dörfer RLP',
  IKONE_DS: 'IKONE-DS',
};

/** The kinds of record in the audit trail (its `entity`), as the registry writes them. */
const ENTITIES: Record<string, string> = {
  membership: 'Mitgliedschaft',
  contact: 'Ansprechperson',
  role: 'Rolle (Transferstelle, Modellkommune)',
  meeting: 'Netzwerktreffen',
  experienceReport: 'Erfahrungsbericht',
  topic: 'Thema',
  apiKey: 'API-Schlüssel',
  demo: 'Demonstrationsdaten',
};

/** What was done (the audit trail's `action`), in German; an unknown action is shown as it comes. */
const ACTIONS: Record<string, string> = {
  'application.record': 'Beitrittsschreiben erfasst',
  'application.approve': 'Antrag genehmigt',
  'application.reject': 'Antrag abgelehnt',
  'application.withdraw': 'Rücknahme erfasst',
  'membership.confirm': 'Mitgliedschaft bestätigt',
  'membership.end': 'Mitgliedschaft beendet',
  'membership.import': 'Mitgliedschaft importiert',
  'role.import': 'Rolle importiert',
  'role.record': 'Rolle eingetragen',
  'role.end': 'Rolle beendet',
  'contact.add': 'Ansprechperson benannt',
  'contact.change': 'Ansprechperson geändert',
  'contact.remove': 'Ansprechperson entfernt',
  'contact.erase': 'Personenbezogene Daten gelöscht (Art. 17 DSGVO)',
  'meeting.create': 'Netzwerktreffen angelegt',
  'meeting.update': 'Netzwerktreffen geändert',
  'meeting.attendance': 'Teilnahme erfasst',
  'report.create': 'Erfahrungsbericht angelegt',
  'report.update': 'Erfahrungsbericht geändert',
  'topic.add': 'Thema aufgenommen',
  'apiKey.create': 'API-Schlüssel angelegt',
  'apiKey.revoke': 'API-Schlüssel widerrufen',
  'demo.seed': 'Demonstrationsdaten angelegt',
  'demo.remove': 'Demonstrationsdaten entfernt',
};

const ACTOR_KINDS: Record<string, string> = {
  apiKey: 'API-Schlüssel',
  user: 'Person (Anmeldung)',
  system: 'Befehl auf dem Server',
  anonymous: 'ohne Anmeldung',
};

function problemText(error: unknown): string {
  return error instanceof ApiProblem ? error.text : 'Unerwarteter Fehler; bitte die Seite neu laden.';
}

const dateTime = new Intl.DateTimeFormat('de-DE', { dateStyle: 'medium', timeStyle: 'short', timeZone: HUB_TIME_ZONE });

/** 2026-03-03T13:05:00Z → "03.03.2026, 14:05 Uhr" (German time); null → "–". */
function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '–';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : `${dateTime.format(date)} Uhr`;
}

/** A required free text field's problem (too short, then dom.ts's checks of length and control characters), or null. */
function requiredTextProblem(value: string, what: string, min: number, max: number): string | null {
  if (value.length < min) return min === 1 ? `Bitte ${what} angeben.` : `Bitte ${what} angeben (mindestens ${min} Zeichen).`;
  return textProblem(value, max);
}

function table(caption: string, headings: string[], rows: (string | Node)[][], className = ''): HTMLElement {
  const captionId = uid('tabelle');
  return el(
    'div',
    { class: `table-box ${className}`.trim(), tabindex: '0', role: 'region', 'aria-labelledby': captionId },
    el(
      'table',
      {},
      el('caption', { id: captionId }, caption),
      el('thead', {}, el('tr', {}, ...headings.map((h) => el('th', { scope: 'col' }, h)))),
      el(
        'tbody',
        {},
        ...rows.map(([first, ...rest]) => el('tr', {}, el('th', { scope: 'row' }, first), ...rest.map((cell) => el('td', {}, cell)))),
      ),
    ),
  );
}

/** The values of an audit event's before/after (or an export's record), key by key, as the API returns them. */
function values(record: unknown): HTMLElement | string {
  if (record === null || record === undefined) return '–';
  if (typeof record !== 'object' || Array.isArray(record)) return JSON.stringify(record);
  const entries = Object.entries(record as Record<string, unknown>);
  if (entries.length === 0) return el('span', { class: 'hint' }, 'keine Angaben');
  return el(
    'dl',
    { class: 'values' },
    ...entries.map(([key, value]) =>
      el('div', {}, el('dt', {}, key), el('dd', {}, value === null ? '–' : typeof value === 'string' ? value : JSON.stringify(value))),
    ),
  );
}

function roleText(role: Role, network: NetworkId | null): string {
  return network ? `${ROLES[role] ?? role}: ${NETWORKS[network] ?? network}` : (ROLES[role] ?? role);
}

// ---------------------------------------------------------------------------------------------
// API-Schlüssel

function isActive(key: ApiKey, now = Date.now()): boolean {
  return !key.revokedAt && (!key.expiresAt || Date.parse(key.expiresAt) > now);
}

/** The UTC offset of German time at the start of a day ("+01:00", "+02:00"). */
function berlinOffset(day: string): string {
  const name = new Intl.DateTimeFormat('en-GB', { timeZone: HUB_TIME_ZONE, timeZoneName: 'longOffset' })
    .formatToParts(new Date(`${day}T00:00:00Z`))
    .find((part) => part.type === 'timeZoneName')?.value;
  const match = name ? /^GMT([+-]\d{2}:\d{2})$/.exec(name) : null;
  return match ? match[1] : '+00:00';
}

/** A key "valid through" a German day stops working when the next day begins, German time. */
function endOfGermanDay(day: string): string {
  const next = addDays(day, 1);
  return `${next}T00:00:00${berlinOffset(next)}`;
}

function keysScreen(): OpenedScreen {
  const status = el('p', { class: 'status', role: 'status', tabindex: '-1' });
  const problem = el('div', { class: 'problem', role: 'alert', hidden: true });
  const activeList = el('div', { 'aria-busy': 'true' });
  const pastList = el('div', {});
  const secretBox = el('section', { class: 'secret-box', hidden: true, tabindex: '-1', 'aria-labelledby': 'geheimnis-titel' });
  let keys: ApiKey[] = [];
  /** The id of the key this person is signed in with, once a key created here names it (createdBy). */
  let ownKeyId: string | null = null;

  const element = el(
    'section',
    { class: 'screen', 'aria-labelledby': 'schluessel-titel' },
    el('h1', { id: 'schluessel-titel' }, 'API-Schlüssel'),
    el(
      'p',
      { class: 'lead' },
      'Schlüssel für Partnerportale, die Koordination der Netzwerke und das Ministerium anlegen und widerrufen. ' +
        'Der Hub speichert von einem Schlüssel nur einen Prüfwert: Den Schlüssel selbst sehen Sie ein einziges Mal, direkt nach dem Anlegen.',
    ),
    status,
    problem,
  );
  const announce = (text: string) => {
    status.textContent = text;
    status.focus();
  };

  // --- the secret, shown once ---
  let watcher: MutationObserver | null = null;
  function forgetSecret(): void {
    watcher?.disconnect();
    watcher = null;
    secretBox.replaceChildren();
    secretBox.hidden = true;
  }
  function showSecret(created: ApiKey, secret: string): void {
    forgetSecret();
    const code = el('code', { class: 'secret', id: 'neuer-schluessel' }, secret);
    const copied = el('p', { class: 'hint', role: 'status' });
    const copy = el('button', { type: 'button' }, 'Schlüssel kopieren');
    const dismiss = el('button', { type: 'button', class: 'secondary' }, 'Gespeichert – Schlüssel ausblenden');
    copy.addEventListener('click', () => {
      const text = code.textContent ?? '';
      const select = () => window.getSelection()?.selectAllChildren(code);
      if (!navigator.clipboard) {
        select();
        copied.textContent =
          'Kopieren ist in diesem Browser nicht möglich. Der Schlüssel ist markiert: bitte mit Strg+C (Mac: Cmd+C) kopieren.';
        return;
      }
      navigator.clipboard.writeText(text).then(
        () => {
          copied.textContent = 'Der Schlüssel ist in der Zwischenablage.';
        },
        () => {
          select();
          copied.textContent = 'Kopieren wurde nicht erlaubt. Der Schlüssel ist markiert: bitte mit Strg+C (Mac: Cmd+C) kopieren.';
        },
      );
    });
    dismiss.addEventListener('click', () => {
      forgetSecret();
      announce(`Der Schlüssel „${created.name}“ ist ausgeblendet und aus der Seite entfernt.`);
    });
    secretBox.replaceChildren(
      el('h2', { id: 'geheimnis-titel' }, 'Neuer Schlüssel – nur jetzt sichtbar'),
      el('p', {}, `Schlüssel „${created.name}“ (${roleText(created.role, created.network)}), Kennung ${created.id}:`),
      el('p', { class: 'secret-line' }, code),
      el(
        'p',
        { class: 'secret-note' },
        'Dieser Schlüssel wird nur dieses eine Mal angezeigt und lässt sich nicht wieder abrufen; auch der Hub kennt ihn nicht. ' +
          'Bitte jetzt kopieren und auf sicherem Weg an die berechtigte Stelle geben (nicht in einer unverschlüsselten E-Mail). ' +
          'Sobald Sie diesen Hinweis ausblenden oder den Bereich verlassen, ist er aus der Seite entfernt. Geht er verloren: widerrufen und einen neuen anlegen.',
      ),
      el('div', { class: 'button-row' }, copy, dismiss),
      copied,
    );
    secretBox.hidden = false;
    // Leaving the screen (another screen, signing out) detaches it: the secret goes with it.
    watcher = new MutationObserver(() => {
      if (!secretBox.isConnected) forgetSecret();
    });
    watcher.observe(document.body, { childList: true, subtree: true });
    secretBox.focus();
  }

  // --- the form "Neuen Schlüssel anlegen" ---
  const name = field(
    input({ autocomplete: 'off', spellcheck: 'false' }),
    'Bezeichnung',
    'Wofür der Schlüssel ist, z. B. „Partnerportal Landkreis Kusel“; 1 bis 100 Zeichen.',
  );
  const roleChoices: [Role, string][] = [
    ['PARTNER', 'Partner – liest öffentliche Daten und Ansprechpersonen'],
    ['COORDINATOR', 'Koordination eines Netzwerks – darf die Daten dieses Netzwerks ändern'],
    ['MINISTRY_ADMIN', 'Ministerium – darf alles, auch Schlüssel verwalten und personenbezogene Daten löschen'],
  ];
  const roleGroup = uid('rolle');
  const roleRadios = roleChoices.map(([value, label]) => {
    const radio = el('input', { type: 'radio', name: roleGroup, id: `${roleGroup}-${value}`, value, checked: value === 'PARTNER' });
    return { radio, wrapper: el('div', { class: 'choice' }, radio, el('label', { for: radio.id }, label)) };
  });
  const roleSet = el('fieldset', {}, el('legend', {}, 'Rolle'), el('div', { class: 'choice-list' }, ...roleRadios.map((r) => r.wrapper)));
  const network = field(
    el(
      'select',
      {},
      el('option', { value: '' }, 'Bitte wählen'),
      ...Object.entries(NETWORKS).map(([value, label]) => el('option', { value }, label)),
    ),
    'Netzwerk der Koordination',
  );
  network.wrapper.hidden = true;
  const expires = field(
    input({ type: 'date', min: today() }),
    'Gültig bis einschließlich (freiwillig)',
    'Leer lassen für einen Schlüssel ohne Ablauf. Der Schlüssel gilt bis zum Ende dieses Tages (deutsche Zeit).',
  );
  const submit = el('button', { type: 'submit' }, 'Schlüssel anlegen');
  const formResult = el('div', { role: 'status' });
  const form = el(
    'form',
    { class: 'key-form', novalidate: true, 'aria-labelledby': 'anlegen-titel' },
    name.wrapper,
    roleSet,
    network.wrapper,
    expires.wrapper,
    submit,
    formResult,
  );
  const chosenRole = () => (roleRadios.find((r) => r.radio.checked)?.radio.value ?? 'PARTNER') as Role;
  for (const { radio } of roleRadios) {
    radio.addEventListener('change', () => {
      network.wrapper.hidden = chosenRole() !== 'COORDINATOR';
      if (network.wrapper.hidden) network.clearError();
    });
  }
  const fields = [name, network, expires] as Field<HTMLInputElement | HTMLSelectElement>[];

  function validate(): HTMLElement | null {
    for (const f of fields) f.clearError();
    const problems: [Field<HTMLInputElement | HTMLSelectElement>, string][] = [];
    const nameProblem = requiredTextProblem(name.control.value.trim(), 'eine Bezeichnung', 1, 100);
    if (nameProblem) problems.push([name, nameProblem]);
    if (chosenRole() === 'COORDINATOR' && !network.control.value)
      problems.push([network, 'Ein Schlüssel der Koordination gilt für genau ein Netzwerk: bitte eines wählen.']);
    const day = expires.control.value;
    if (expires.control.validity.badInput || (day && !isValidDate(day)))
      problems.push([expires, 'Bitte ein vollständiges, gültiges Datum eingeben (TT.MM.JJJJ) oder das Feld leeren.']);
    else if (day && day < today())
      problems.push([expires, 'Das Datum liegt in der Vergangenheit; ein Schlüssel muss mindestens heute gelten.']);
    for (const [target, text] of problems) target.showError(text);
    return problems[0]?.[0].control ?? null;
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void (async () => {
      formResult.replaceChildren();
      const first = validate();
      if (first) {
        first.focus();
        return;
      }
      const role = chosenRole();
      submit.disabled = true;
      try {
        const { createApiKey } = await graphql(VerwaltungSchluesselAnlegenDocument, {
          input: {
            name: name.control.value.trim(),
            role,
            network: role === 'COORDINATOR' ? (network.control.value as NetworkId) : null,
            expiresAt: expires.control.value ? endOfGermanDay(expires.control.value) : null,
          },
        });
        // The API records who created a key: the key this person is signed in with.
        if (createApiKey.apiKey.createdBy) ownKeyId = createApiKey.apiKey.createdBy;
        form.reset();
        network.wrapper.hidden = true;
        await load();
        showSecret(createApiKey.apiKey, createApiKey.secret);
      } catch (error) {
        if (!(error instanceof ApiProblem)) throw error;
        const argument = (error.argument ?? '').split('.').at(-1);
        const target = argument === 'name' ? name : argument === 'network' ? network : argument === 'expiresAt' ? expires : null;
        if (target && error.kind === 'invalid') {
          target.showError(`Die Schnittstelle hat diese Angabe nicht angenommen: ${error.apiMessage ?? ''}`.trim());
          target.control.focus();
        } else {
          formResult.replaceChildren(el('p', { class: 'problem' }, error.text));
        }
      } finally {
        submit.disabled = false;
      }
    })();
  });

  // --- revoking, with a confirmation ---
  const dialogTitle = uid('widerruf-titel');
  const dialogText = uid('widerruf-text');
  const dialogQuestion = el('p', { id: dialogText });
  const dialogWarning = el('div', { class: 'warning' });
  const dialogError = el('p', { class: 'field-error', role: 'alert', hidden: true });
  const confirmButton = el('button', { type: 'submit', class: 'danger' }, 'Ja, widerrufen');
  const cancelButton = el('button', { type: 'button', class: 'secondary', autofocus: true }, 'Abbrechen');
  const dialogForm = el(
    'form',
    { method: 'dialog', novalidate: true },
    el('h2', { id: dialogTitle }, 'Schlüssel widerrufen?'),
    dialogQuestion,
    el(
      'p',
      {},
      'Der Schlüssel funktioniert danach sofort nicht mehr; das lässt sich nicht rückgängig machen. Wer ihn benutzt, braucht einen neuen.',
    ),
    dialogWarning,
    dialogError,
    el('div', { class: 'button-row' }, cancelButton, confirmButton),
  );
  const dialog = el('dialog', { class: 'confirm-dialog', 'aria-labelledby': dialogTitle, 'aria-describedby': dialogText }, dialogForm);
  let revoking: { key: ApiKey; opener: HTMLElement; acknowledged: HTMLInputElement | null } | null = null;

  function askRevoke(key: ApiKey, opener: HTMLElement): void {
    dialogQuestion.textContent = `Wirklich den Schlüssel „${key.name}“ (Kennung ${key.id}, ${roleText(key.role, key.network)}) widerrufen?`;
    dialogError.hidden = true;
    dialogError.textContent = '';
    let acknowledged: HTMLInputElement | null = null;
    if (key.role === 'MINISTRY_ADMIN') {
      acknowledged = el('input', { type: 'checkbox', id: uid('bestaetigung') });
      dialogWarning.replaceChildren(
        el('p', {}, el('strong', {}, 'Achtung: ein Schlüssel des Ministeriums. ')),
        el(
          'p',
          {},
          'Sind Sie selbst mit diesem Schlüssel angemeldet, sperren Sie sich damit aus: Die Verwaltung nimmt ihn sofort nicht mehr an, ' +
            'und ein neuer Schlüssel lässt sich dann nur mit einem anderen Ministeriumsschlüssel oder auf dem Server („npm run apikey“) anlegen.',
        ),
        el(
          'div',
          { class: 'choice' },
          acknowledged,
          el(
            'label',
            { for: acknowledged.id },
            'Ich habe geprüft, dass ich nicht mit diesem Schlüssel angemeldet bin, oder nehme das in Kauf.',
          ),
        ),
      );
      dialogWarning.hidden = false;
    } else {
      dialogWarning.replaceChildren();
      dialogWarning.hidden = true;
    }
    confirmButton.disabled = false;
    revoking = { key, opener, acknowledged };
    dialog.showModal();
  }

  function closeDialog(): void {
    const opener = revoking?.opener;
    revoking = null;
    if (dialog.open) dialog.close();
    if (opener?.isConnected) opener.focus();
  }
  cancelButton.addEventListener('click', closeDialog);
  dialog.addEventListener('cancel', (event) => {
    event.preventDefault();
    closeDialog();
  });
  dialogForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const current = revoking;
    if (!current) return;
    if (current.acknowledged && !current.acknowledged.checked) {
      dialogError.textContent = 'Bitte zuerst bestätigen, dass Sie den Schlüssel des Ministeriums wirklich widerrufen wollen.';
      dialogError.hidden = false;
      current.acknowledged.setAttribute('aria-invalid', 'true');
      current.acknowledged.setAttribute('aria-describedby', dialogError.id || (dialogError.id = uid('fehler')));
      current.acknowledged.focus();
      return;
    }
    confirmButton.disabled = true;
    void (async () => {
      try {
        const { revokeApiKey } = await graphql(VerwaltungSchluesselWiderrufenDocument, { id: current.key.id });
        revoking = null;
        dialog.close();
        const when = formatDateTime(revokeApiKey.revokedAt);
        try {
          await load(true);
          announce(`Der Schlüssel „${revokeApiKey.name}“ ist widerrufen (${when}) und wird ab sofort abgelehnt.`);
        } catch (error) {
          if (error instanceof ApiProblem && error.kind === 'unauthenticated') signedOutByRevocation(revokeApiKey.name);
          else showProblem(error);
        }
      } catch (error) {
        confirmButton.disabled = false;
        dialogError.textContent = problemText(error);
        dialogError.hidden = false;
      }
    })();
  });

  /** The person revoked the key they are signed in with: nothing more works until they sign in anew. */
  function signedOutByRevocation(keyName: string): void {
    signOut();
    const again = el('button', { type: 'button' }, 'Zur Anmeldung');
    again.addEventListener('click', () => window.location.assign('/verwaltung'));
    problem.replaceChildren(
      el(
        'p',
        {},
        `Der Schlüssel „${keyName}“ ist widerrufen. Sie waren mit ihm angemeldet: Die Verwaltung nimmt ihn nicht mehr an und hat ihn aus diesem Tab entfernt. Bitte mit einem anderen Schlüssel neu anmelden.`,
      ),
      again,
    );
    problem.hidden = false;
    again.focus();
  }

  function showProblem(error: unknown): void {
    problem.replaceChildren(el('p', {}, problemText(error)));
    problem.hidden = false;
  }

  // --- the lists ---
  function creatorText(createdBy: string | null): string {
    if (!createdBy) return '';
    const creator = keys.find((k) => k.id === createdBy);
    if (creator) return `von „${creator.name}“`;
    return createdBy === 'cli' || createdBy.startsWith('cli:') ? 'auf dem Server' : `von ${createdBy}`;
  }

  function created(key: ApiKey): HTMLElement {
    const by = creatorText(key.createdBy);
    return el('span', {}, formatDateTime(key.createdAt), ...(by ? [el('br'), el('span', { class: 'hint' }, by)] : []));
  }

  function render(): void {
    const now = Date.now();
    const active = keys.filter((k) => isActive(k, now));
    const past = keys.filter((k) => !isActive(k, now));
    const activeMinistry = active.filter((k) => k.role === 'MINISTRY_ADMIN');
    activeList.replaceChildren(
      active.length === 0
        ? el('p', {}, 'Es gibt keinen gültigen Schlüssel.')
        : table(
            `${active.length} gültige ${active.length === 1 ? 'Schlüssel' : 'Schlüssel'}`,
            ['Bezeichnung', 'Kennung', 'Rolle', 'Angelegt', 'Gültig bis', 'Zuletzt benutzt', 'Widerrufen'],
            active.map((key) => {
              let action: Node | string;
              if (key.id === ownKeyId) action = 'Mit diesem Schlüssel sind Sie angemeldet.';
              else if (key.role === 'MINISTRY_ADMIN' && activeMinistry.length === 1)
                action = 'Einziger gültiger Ministeriumsschlüssel: kann hier nicht widerrufen werden.';
              else {
                const button = el(
                  'button',
                  { type: 'button', class: 'secondary', 'aria-label': `Schlüssel „${key.name}“ widerrufen` },
                  'Widerrufen',
                );
                button.addEventListener('click', () => askRevoke(key, button));
                action = button;
              }
              return [
                key.name,
                el('code', {}, key.id),
                roleText(key.role, key.network),
                created(key),
                key.expiresAt ? formatDateTime(key.expiresAt) : 'unbefristet',
                key.lastUsedAt ? formatDateTime(key.lastUsedAt) : 'noch nie',
                action,
              ];
            }),
            'keys-table',
          ),
    );
    pastList.replaceChildren(
      past.length === 0
        ? el('p', {}, 'Noch kein Schlüssel ist widerrufen oder abgelaufen.')
        : table(
            `${past.length} widerrufene oder abgelaufene ${past.length === 1 ? 'Schlüssel' : 'Schlüssel'}`,
            ['Bezeichnung', 'Kennung', 'Rolle', 'Angelegt', 'Ungültig seit', 'Zuletzt benutzt'],
            past.map((key) => [
              key.name,
              el('code', {}, key.id),
              roleText(key.role, key.network),
              created(key),
              key.revokedAt ? `widerrufen am ${formatDateTime(key.revokedAt)}` : `abgelaufen am ${formatDateTime(key.expiresAt)}`,
              key.lastUsedAt ? formatDateTime(key.lastUsedAt) : 'noch nie',
            ]),
            'keys-table',
          ),
    );
  }

  /** Loads the keys; `rethrow` lets the caller tell a revoked own key from other problems. */
  async function load(rethrow = false): Promise<void> {
    activeList.setAttribute('aria-busy', 'true');
    try {
      keys = (await graphql(VerwaltungSchluesselDocument)).apiKeys;
      problem.hidden = true;
      render();
    } catch (error) {
      if (rethrow) throw error;
      showProblem(error);
    } finally {
      activeList.setAttribute('aria-busy', 'false');
    }
  }

  element.append(
    el('h2', { id: 'anlegen-titel' }, 'Neuen Schlüssel anlegen'),
    form,
    secretBox,
    el('h2', {}, 'Gültige Schlüssel'),
    activeList,
    el('h2', {}, 'Widerrufene und abgelaufene Schlüssel'),
    pastList,
    dialog,
  );
  return { element, load: () => load() };
}

// ---------------------------------------------------------------------------------------------
// Änderungsprotokoll

const PAGE_SIZES = ['20', '50', '100'];

/** A day of a date field: empty, a real day, or a German error (the browser leaves an impossible day empty and flags it). */
function dayProblem(control: HTMLInputElement): string | null {
  if (control.validity.badInput || (control.value && !isValidDate(control.value)))
    return 'Dieses Datum gibt es nicht. Bitte ein gültiges Datum eingeben (TT.MM.JJJJ) oder das Feld leeren.';
  return null;
}

/** The filters of auditTrail, as sent. */
interface AuditFilters {
  entity: string | null;
  entityId: string | null;
  action: string | null;
  actorId: string | null;
  since: string | null;
  until: string | null;
  first: number;
}

function auditScreen(): OpenedScreen {
  const status = el('p', { class: 'status', role: 'status', tabindex: '-1' });
  const problem = el('div', { class: 'problem', role: 'alert', hidden: true });
  const results = el('div', { 'aria-busy': 'false' });
  const entity = field(
    el(
      'select',
      {},
      el('option', { value: '' }, 'Alle'),
      ...Object.entries(ENTITIES).map(([value, label]) => el('option', { value }, label)),
    ),
    'Art des Datensatzes',
  );
  const entityId = field(
    input({ autocomplete: 'off', spellcheck: 'false' }),
    'Kennung des Datensatzes (freiwillig)',
    'Z. B. die Kennung einer Mitgliedschaft oder eines API-Schlüssels; leer: alle.',
  );
  const action = field(
    el(
      'select',
      {},
      el('option', { value: '' }, 'Alle'),
      ...Object.entries(ACTIONS).map(([value, label]) => el('option', { value }, `${label} (${value})`)),
    ),
    'Aktion',
  );
  const actorId = field(
    input({ autocomplete: 'off', spellcheck: 'false' }),
    'Wer: Kennung (freiwillig)',
    'Die Kennung eines API-Schlüssels oder einer angemeldeten Person, wie in der Spalte „Wer“; leer: alle.',
  );
  const since = field(input({ type: 'date' }), 'Von (Tag, freiwillig)', 'Einträge ab diesem Tag, deutsche Zeit.');
  const until = field(
    input({ type: 'date' }),
    'Bis einschließlich (Tag, freiwillig)',
    'Einträge bis zum Ende dieses Tages, deutsche Zeit.',
  );
  const pageSize = field(el('select', {}, ...PAGE_SIZES.map((n) => el('option', { value: n }, n))), 'Einträge je Seite');
  const apply = el('button', { type: 'submit' }, 'Filter anwenden');
  const clear = el('button', { type: 'button', class: 'secondary' }, 'Filter zurücksetzen');
  const filterForm = el(
    'form',
    { class: 'filters', novalidate: true, role: 'search', 'aria-labelledby': 'protokoll-filter-titel' },
    el('h2', { id: 'protokoll-filter-titel' }, 'Filter'),
    el('div', { class: 'field-row' }, entity.wrapper, action.wrapper),
    el('div', { class: 'field-row' }, entityId.wrapper, actorId.wrapper),
    el('div', { class: 'field-row' }, since.wrapper, until.wrapper, pageSize.wrapper),
    el('div', { class: 'button-row' }, apply, clear),
  );
  const filterFields = [entityId, actorId, since, until];
  const newer = el('button', { type: 'button', class: 'secondary' }, 'Neuere Einträge');
  const older = el('button', { type: 'button', class: 'secondary' }, 'Ältere Einträge');
  const pager = el('nav', { class: 'button-row pager', 'aria-label': 'Seiten des Änderungsprotokolls', hidden: true }, newer, older);

  const element = el(
    'section',
    { class: 'screen', 'aria-labelledby': 'protokoll-titel' },
    el('h1', { id: 'protokoll-titel' }, 'Änderungsprotokoll'),
    el(
      'p',
      { class: 'lead' },
      'Jede Änderung im Register und an den API-Schlüsseln: wer, wann, was, vorher und nachher – die neuesten zuerst. ' +
        'Personenbezogene Angaben stehen hier so, wie die Schnittstelle sie liefert; nach einer Löschung auf Antrag (Art. 17 DSGVO) fehlen sie, und der Eintrag ist gekennzeichnet.',
    ),
    filterForm,
    problem,
    el('h2', { id: 'eintraege-titel' }, 'Einträge'),
    status,
    results,
    pager,
  );

  /** The filters the shown pages were asked with (changed only by "Filter anwenden"). */
  let applied: AuditFilters = { entity: null, entityId: null, action: null, actorId: null, since: null, until: null, first: 20 };
  /** `after` of each page up to the shown one: [null] is the first page. */
  let cursors: (string | null)[] = [null];
  let nextCursor: string | null = null;

  /** Checks every filter, shows each problem at its field; true when all may be sent. */
  function validate(): boolean {
    for (const f of filterFields) f.clearError();
    const problems: [Field<HTMLInputElement>, string][] = [];
    const id = entityId.control.value.trim();
    const idProblem = id ? requiredTextProblem(id, 'eine Kennung', 1, 100) : null;
    if (idProblem) problems.push([entityId, idProblem]);
    const actor = actorId.control.value.trim();
    const actorProblem = actor ? requiredTextProblem(actor, 'eine Kennung', 1, 200) : null;
    if (actorProblem) problems.push([actorId, actorProblem]);
    const sinceProblem = dayProblem(since.control);
    const untilProblem = dayProblem(until.control);
    if (sinceProblem) problems.push([since, sinceProblem]);
    else if (since.control.value > today())
      problems.push([since, 'Der Tag liegt in der Zukunft; dafür gibt es noch keine Einträge. Bitte einen Tag bis heute wählen.']);
    if (untilProblem) problems.push([until, untilProblem]);
    else if (!sinceProblem && since.control.value && until.control.value && until.control.value < since.control.value)
      problems.push([until, `„Bis“ kann nicht vor „Von“ (${formatDate(since.control.value)}) liegen.`]);
    for (const [target, text] of problems) target.showError(text);
    problems[0]?.[0].control.focus();
    return problems.length === 0;
  }

  async function loadPage(): Promise<void> {
    results.setAttribute('aria-busy', 'true');
    try {
      const { auditTrail } = await graphql(VerwaltungProtokollDocument, { ...applied, after: cursors.at(-1) ?? null });
      problem.hidden = true;
      const events = auditTrail.edges.map((e) => e.node);
      nextCursor = auditTrail.pageInfo.hasNextPage ? auditTrail.pageInfo.endCursor : null;
      const start = (cursors.length - 1) * applied.first;
      const pages = Math.max(1, Math.ceil(auditTrail.totalCount / applied.first));
      status.textContent =
        auditTrail.totalCount === 0
          ? 'Kein Eintrag passt zu diesen Filtern.'
          : `${auditTrail.totalCount} ${auditTrail.totalCount === 1 ? 'Eintrag' : 'Einträge'}; Seite ${cursors.length} von ${pages} ` +
            `(Einträge ${start + 1} bis ${start + events.length}).`;
      results.replaceChildren(events.length ? eventTable(events) : '');
      newer.disabled = cursors.length === 1;
      older.disabled = nextCursor === null;
      pager.hidden = auditTrail.totalCount <= applied.first;
    } catch (error) {
      problem.replaceChildren(el('p', {}, problemText(error)));
      problem.hidden = false;
    } finally {
      results.setAttribute('aria-busy', 'false');
    }
  }

  function eventTable(events: AuditEvent[]): HTMLElement {
    return table(
      'Einträge des Änderungsprotokolls, die neuesten zuerst',
      ['Zeitpunkt', 'Aktion', 'Datensatz', 'Wer', 'Vorher', 'Nachher'],
      events.map((e) => {
        // Already showing only this record (or actor): the button would change nothing.
        const showsOnly = applied.entityId === e.entityId && applied.entity === e.entity;
        const showsActor = !e.actorId || applied.actorId === e.actorId;
        const onlyActor = el(
          'button',
          { type: 'button', class: 'link', 'aria-label': `Nur diese Kennung: ${e.actorId ?? ''}` },
          'Nur diese Kennung',
        );
        onlyActor.addEventListener('click', () => {
          actorId.control.value = e.actorId ?? '';
          void applyFilters();
        });
        const only = el(
          'button',
          { type: 'button', class: 'link', 'aria-label': `Nur Einträge zu ${ENTITIES[e.entity] ?? e.entity} ${e.entityId} zeigen` },
          'Nur dieser Datensatz',
        );
        only.addEventListener('click', () => {
          entity.control.value = ENTITIES[e.entity] ? e.entity : '';
          entityId.control.value = e.entityId;
          void applyFilters();
        });
        const erased = e.personalDataErasedAt
          ? [el('p', { class: 'erased' }, `Personenbezogene Angaben auf Antrag gelöscht am ${formatDateTime(e.personalDataErasedAt)}.`)]
          : [];
        return [
          el('span', {}, formatDateTime(e.at), el('br'), el('span', { class: 'hint' }, `Nr. ${e.id}`)),
          el('span', {}, ACTIONS[e.action] ?? e.action, el('br'), el('code', {}, e.action)),
          el(
            'span',
            {},
            ENTITIES[e.entity] ?? e.entity,
            el('br'),
            el('code', { class: 'record-id' }, e.entityId),
            ...(showsOnly ? [] : [el('br'), only]),
          ),
          el(
            'span',
            {},
            ROLES[e.actorRole] ?? e.actorRole,
            el('br'),
            el('span', { class: 'hint' }, `${ACTOR_KINDS[e.actorKind] ?? e.actorKind}${e.actorId ? ` ${e.actorId}` : ''}`),
            ...(e.requestId ? [el('br'), el('span', { class: 'hint' }, `Anfrage ${e.requestId}`)] : []),
            ...(showsActor ? [] : [el('br'), onlyActor]),
          ),
          el('div', {}, values(e.before), ...erased),
          values(e.after),
        ];
      }),
      'audit-table',
    );
  }

  async function applyFilters(): Promise<void> {
    if (!validate()) return;
    applied = {
      entity: entity.control.value || null,
      entityId: entityId.control.value.trim() || null,
      action: action.control.value || null,
      actorId: actorId.control.value.trim() || null,
      since: since.control.value || null,
      until: until.control.value || null,
      first: Number(pageSize.control.value),
    };
    cursors = [null];
    apply.disabled = true;
    try {
      await loadPage();
    } finally {
      apply.disabled = false;
      status.focus();
    }
  }

  filterForm.addEventListener('submit', (event) => {
    event.preventDefault();
    void applyFilters();
  });
  clear.addEventListener('click', () => {
    filterForm.reset();
    for (const f of filterFields) f.clearError();
    void applyFilters();
  });
  older.addEventListener('click', () => {
    if (!nextCursor) return;
    cursors.push(nextCursor);
    void loadPage().then(() => status.focus());
  });
  newer.addEventListener('click', () => {
    if (cursors.length === 1) return;
    cursors.pop();
    void loadPage().then(() => status.focus());
  });

  return { element, load: loadPage };
}

// ---------------------------------------------------------------------------------------------
// Datenschutz (DSGVO)

/** What the API's export holds (services/registry/modules/admin/personal-data.ts); read defensively, it is a JSON object. */
interface PersonalData {
  membershipId?: string;
  contactPerson?: Record<string, unknown> | null;
  signedBy?: string | null;
  history?: { at?: string; entity?: string; action?: string; before?: unknown; after?: unknown }[];
}

const CONTACT_FIELDS: Record<string, string> = {
  name: 'Name',
  function: 'Funktion',
  email: 'E-Mail-Adresse',
  phone: 'Telefon',
  updated_at: 'Zuletzt geändert',
  updatedAt: 'Zuletzt geändert',
};

/** One Digitale Dörfer record in words, to tell a municipality's records apart. */
function describeMembership(m: Membership): string {
  const parts = [MEMBERSHIP_STATUS[m.status] ?? m.status];
  if (m.startedOn) parts.push(`Beginn ${formatDate(m.startedOn)}`);
  if (m.endedOn) parts.push(`Ende ${formatDate(m.endedOn)}`);
  if (m.letterDate) parts.push(`Schreiben vom ${formatDate(m.letterDate)}`);
  else if (m.decidedOn) parts.push(`entschieden am ${formatDate(m.decidedOn)}`);
  parts.push(m.hasContactPerson ? 'Ansprechperson benannt' : 'keine Ansprechperson benannt');
  return parts.join(', ');
}

/** A file name without characters file systems dislike: "Bad Dürkheim, Stadt" → "Bad-Duerkheim-Stadt". */
function fileNamePart(text: string): string {
  const ascii = text
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/Ä/g, 'Ae')
    .replace(/Ö/g, 'Oe')
    .replace(/Ü/g, 'Ue')
    .replace(/ß/g, 'ss');
  return (
    ascii
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'Kommune'
  );
}

function privacyScreen(): OpenedScreen {
  const status = el('p', { class: 'status', role: 'status', tabindex: '-1' });
  const problem = el('div', { class: 'problem', role: 'alert', hidden: true });
  let municipality: { ars: string; name: string } | null = null;
  let memberships: Membership[] = [];
  let loadSequence = 0;

  const membershipError = el('p', { id: uid('mitgliedschaft-fehler'), class: 'field-error', hidden: true });
  const membershipList = el('div', { class: 'choice-list' });
  const membershipSet = el(
    'fieldset',
    { class: 'choices', hidden: true },
    el('legend', {}, 'Mitgliedschaft im Netzwerk Digitale Dörfer RLP'),
    membershipList,
    membershipError,
  );
  const membershipStatus = el('p', { class: 'hint', role: 'status' });
  const picker = municipalityPicker({
    label: 'Kommune',
    hint: 'Name oder Teil des Namens; Schreibweise und Umlaute sind egal (z. B. „Goellheim“).',
    onPick: (m) => void chooseMunicipality(m),
  });

  const exportButton = el('button', { type: 'button' }, 'Auskunft abrufen');
  const exportResult = el('div', { class: 'export-result', 'aria-live': 'polite' });
  const prepareErase = el('button', { type: 'button', class: 'secondary' }, 'Löschung vorbereiten …');
  const confirmName = field(input({ autocomplete: 'off', spellcheck: 'false' }), 'Name der Kommune zur Bestätigung');
  const eraseButton = el('button', { type: 'submit', class: 'danger' }, 'Endgültig löschen');
  const cancelErase = el('button', { type: 'button', class: 'secondary' }, 'Abbrechen');
  const confirmIntro = el('p', {});
  const confirmTitle = uid('loeschen-bestaetigen');
  const confirmForm = el(
    'form',
    { class: 'confirm-erase', novalidate: true, hidden: true, 'aria-labelledby': confirmTitle },
    el('h3', { id: confirmTitle, tabindex: '-1' }, 'Löschung bestätigen'),
    confirmIntro,
    confirmName.wrapper,
    el('div', { class: 'button-row' }, eraseButton, cancelErase),
  );
  const eraseResult = el('div', { role: 'status' });
  let downloadUrl: string | null = null;

  const element = el(
    'section',
    { class: 'screen', 'aria-labelledby': 'datenschutz-titel' },
    el('h1', { id: 'datenschutz-titel' }, 'Datenschutz: Auskunft und Löschung'),
    el(
      'p',
      { class: 'lead' },
      'Auskunft (Art. 15 DSGVO) und Löschung (Art. 17 DSGVO) der personenbezogenen Daten zu einer Mitgliedschaft im Netzwerk Digitale Dörfer RLP: ' +
        'die Ansprechperson und wer das Beitrittsschreiben unterzeichnet hat – aktuell und in allen Einträgen des Änderungsprotokolls.',
    ),
    status,
    problem,
    el('h2', {}, '1. Kommune und Mitgliedschaft wählen'),
    picker.element,
    membershipStatus,
    membershipSet,
    el('h2', {}, '2. Auskunft (Art. 15 DSGVO)'),
    el(
      'p',
      { class: 'hint' },
      'Zeigt alle gespeicherten Angaben zu den Personen dieser Mitgliedschaft und bietet sie als JSON-Datei zum Herunterladen an.',
    ),
    exportButton,
    exportResult,
    el('h2', {}, '3. Löschen (Art. 17 DSGVO)'),
    el(
      'p',
      { class: 'hint' },
      'Löscht die Ansprechperson und „Unterzeichnet von“ der Mitgliedschaft und entfernt ihre Werte aus allen Einträgen des Änderungsprotokolls; ' +
        'die Einträge selbst (wer wann was geändert hat) bleiben. Das lässt sich nicht rückgängig machen – falls die Person eine Auskunft verlangt hat, diese vorher herunterladen.',
    ),
    prepareErase,
    confirmForm,
    eraseResult,
  );

  function selectedMembership(): Membership | null {
    const checked = membershipList.querySelector<HTMLInputElement>('input:checked');
    return memberships.find((m) => m.id === checked?.value) ?? null;
  }

  function clearMembershipError(): void {
    membershipError.hidden = true;
    membershipError.textContent = '';
    membershipSet.removeAttribute('aria-describedby');
  }

  /** Removes the shown export (personal data) and its file from the page. */
  function clearExport(): void {
    if (downloadUrl) URL.revokeObjectURL(downloadUrl);
    downloadUrl = null;
    exportResult.replaceChildren();
  }

  function closeConfirmation(): void {
    confirmForm.hidden = true;
    confirmName.control.value = '';
    confirmName.clearError();
  }

  async function chooseMunicipality(m: MunicipalityChoice | null): Promise<void> {
    const mine = ++loadSequence;
    municipality = m ? { ars: m.ars, name: m.name } : null;
    memberships = [];
    membershipList.replaceChildren();
    membershipSet.hidden = true;
    clearMembershipError();
    clearExport();
    closeConfirmation();
    eraseResult.replaceChildren();
    membershipStatus.textContent = m ? 'Mitgliedschaften werden abgerufen …' : '';
    if (!m) return;
    await loadMemberships(mine);
  }

  async function loadMemberships(mine = loadSequence, keep: string | null = null): Promise<void> {
    if (!municipality) return;
    try {
      const data = await graphql(VerwaltungDatenschutzMitgliedschaftenDocument, { key: municipality.ars });
      if (mine !== loadSequence) return;
      memberships = [...(data.municipality?.digitaleDoerferHistory ?? [])].reverse(); // newest first
      const group = uid('mitgliedschaft');
      membershipList.replaceChildren(
        ...memberships.map((m, index) => {
          const radio = el('input', {
            type: 'radio',
            name: group,
            id: `${group}-${index}`,
            value: m.id,
            checked: keep ? m.id === keep : memberships.length === 1,
          });
          radio.addEventListener('change', () => {
            clearMembershipError();
            clearExport();
            closeConfirmation();
            eraseResult.replaceChildren();
          });
          return el('div', { class: 'choice' }, radio, el('label', { for: radio.id }, describeMembership(m)));
        }),
      );
      membershipSet.hidden = memberships.length === 0;
      membershipStatus.textContent =
        memberships.length === 0
          ? `${municipality.name} hat keine Mitgliedschaft im Netzwerk Digitale Dörfer RLP; dazu sind keine Ansprechpersonen gespeichert.`
          : memberships.length === 1
            ? `${municipality.name}: eine Mitgliedschaft, sie ist ausgewählt.`
            : `${municipality.name}: ${memberships.length} Datensätze, der neueste zuerst. Bitte einen wählen.`;
    } catch (error) {
      if (mine === loadSequence) membershipStatus.textContent = problemText(error);
    }
  }

  /** The chosen municipality and membership, or null after showing what is missing. */
  function chosen(): { place: { ars: string; name: string }; membership: Membership } | null {
    picker.clearError();
    clearMembershipError();
    if (!municipality) {
      picker.showError('Bitte zuerst eine Kommune suchen und auswählen.');
      picker.focus();
      return null;
    }
    const membership = selectedMembership();
    if (!membership) {
      membershipError.textContent = memberships.length
        ? 'Bitte eine Mitgliedschaft auswählen.'
        : 'Diese Kommune hat keine Mitgliedschaft im Netzwerk Digitale Dörfer RLP.';
      membershipError.hidden = false;
      if (memberships.length) {
        membershipSet.setAttribute('aria-describedby', membershipError.id);
        membershipList.querySelector<HTMLInputElement>('input')?.focus();
      } else {
        picker.showError(membershipError.textContent);
        membershipError.hidden = true;
        picker.focus();
      }
      return null;
    }
    return { place: municipality, membership };
  }

  exportButton.addEventListener('click', () => {
    const choice = chosen();
    if (!choice) return;
    exportButton.disabled = true;
    clearExport();
    void (async () => {
      try {
        const data = await graphql(VerwaltungDatenschutzAuskunftDocument, { membershipId: choice.membership.id });
        showExport(choice.place, choice.membership, data.exportContactPersonData as PersonalData);
      } catch (error) {
        exportResult.replaceChildren(
          el(
            'p',
            { class: error instanceof ApiProblem && error.kind === 'not-found' ? 'status' : 'problem' },
            error instanceof ApiProblem && error.kind === 'not-found'
              ? `Zu dieser Mitgliedschaft von ${choice.place.name} sind keine personenbezogenen Daten gespeichert – weder aktuell noch im Änderungsprotokoll.`
              : problemText(error),
          ),
        );
      } finally {
        exportButton.disabled = false;
      }
    })();
  });

  function showExport(place: { ars: string; name: string }, membership: Membership, data: PersonalData): void {
    const contact = data.contactPerson ?? null;
    const history = Array.isArray(data.history) ? data.history : [];
    const file = {
      art: 'Auskunft nach Art. 15 DSGVO',
      erstelltAm: new Date().toISOString(),
      kommune: { ars: place.ars, name: place.name },
      mitgliedschaft: membership.id,
      daten: data,
    };
    downloadUrl = URL.createObjectURL(new Blob([JSON.stringify(file, null, 2)], { type: 'application/json' }));
    const download = el(
      'a',
      { href: downloadUrl, download: `auskunft-art15-${fileNamePart(place.name)}-${today()}.json`, class: 'download' },
      'Auskunft als JSON-Datei herunterladen',
    );
    const headingId = uid('auskunft');
    exportResult.replaceChildren(
      el(
        'section',
        { class: 'export', 'aria-labelledby': headingId },
        el('h3', { id: headingId, tabindex: '-1' }, `Auskunft: ${place.name}`),
        el('p', { class: 'hint' }, `Mitgliedschaft ${membership.id}, abgerufen am ${formatDateTime(file.erstelltAm)}.`),
        el('h4', {}, 'Ansprechperson (aktuell)'),
        contact
          ? el(
              'dl',
              { class: 'facts' },
              ...Object.entries(contact).flatMap(([key, value]) => [
                el('dt', {}, CONTACT_FIELDS[key] ?? key),
                el(
                  'dd',
                  {},
                  value === null || value === undefined ? '–' : key.startsWith('updated') ? formatDateTime(String(value)) : String(value),
                ),
              ]),
            )
          : el('p', {}, 'Keine Ansprechperson gespeichert.'),
        el('h4', {}, 'Unterzeichnet von (Beitrittsschreiben)'),
        el('p', {}, data.signedBy ?? 'Nicht gespeichert.'),
        el('h4', {}, 'Im Änderungsprotokoll'),
        history.length
          ? table(
              `${history.length} ${history.length === 1 ? 'Eintrag' : 'Einträge'} mit personenbezogenen Angaben`,
              ['Zeitpunkt', 'Datensatz', 'Aktion', 'Vorher', 'Nachher'],
              history.map((h) => [
                formatDateTime(h.at),
                ENTITIES[h.entity ?? ''] ?? h.entity ?? '–',
                ACTIONS[h.action ?? ''] ?? h.action ?? '–',
                values(h.before),
                values(h.after),
              ]),
            )
          : el('p', {}, 'Kein Eintrag des Änderungsprotokolls enthält personenbezogene Angaben dieser Mitgliedschaft.'),
        el('p', {}, download),
      ),
    );
    exportResult.querySelector<HTMLElement>('h3')?.focus();
  }

  prepareErase.addEventListener('click', () => {
    const choice = chosen();
    if (!choice) return;
    eraseResult.replaceChildren();
    confirmIntro.textContent =
      `Sie löschen die personenbezogenen Daten der gewählten Mitgliedschaft von ${choice.place.name} (${describeMembership(choice.membership)}) ` +
      `endgültig. Zur Bestätigung bitte den Namen der Kommune genau so eingeben, wie er hier steht: „${choice.place.name}“.`;
    confirmName.control.value = '';
    confirmName.clearError();
    confirmForm.hidden = false;
    confirmName.control.focus();
  });

  cancelErase.addEventListener('click', () => {
    closeConfirmation();
    announce('Die Löschung ist abgebrochen; es wurde nichts gelöscht.');
    prepareErase.focus();
  });

  const announce = (text: string) => {
    status.textContent = text;
  };

  const comparable = (text: string) => text.trim().replace(/\s+/g, ' ').toLocaleLowerCase('de-DE');

  confirmForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const choice = chosen();
    if (!choice) return;
    confirmName.clearError();
    const typed = confirmName.control.value;
    if (!typed.trim()) {
      confirmName.showError(`Bitte zur Bestätigung „${choice.place.name}“ eingeben.`);
      confirmName.control.focus();
      return;
    }
    if (hasControlCharacter(typed) || comparable(typed) !== comparable(choice.place.name)) {
      confirmName.showError(`Der eingegebene Name stimmt nicht mit „${choice.place.name}“ überein. Es wurde nichts gelöscht.`);
      confirmName.control.focus();
      return;
    }
    eraseButton.disabled = true;
    void (async () => {
      try {
        const { eraseContactPersonData: result } = await graphql(VerwaltungDatenschutzLoeschenDocument, {
          membershipId: choice.membership.id,
        });
        closeConfirmation();
        clearExport();
        const headingId = uid('geloescht');
        eraseResult.replaceChildren(
          el(
            'section',
            { class: 'erase-result', 'aria-labelledby': headingId },
            el('h3', { id: headingId, tabindex: '-1' }, `Gelöscht: personenbezogene Daten der Mitgliedschaft von ${choice.place.name}`),
            el(
              'ul',
              {},
              el('li', {}, result.contactRemoved ? 'Die Ansprechperson ist gelöscht.' : 'Eine Ansprechperson war nicht gespeichert.'),
              el('li', {}, '„Unterzeichnet von“ ist leer.'),
              el(
                'li',
                {},
                result.auditEventsScrubbed === 0
                  ? 'Im Änderungsprotokoll standen keine personenbezogenen Angaben dazu.'
                  : `Aus ${result.auditEventsScrubbed} ${result.auditEventsScrubbed === 1 ? 'Eintrag' : 'Einträgen'} des Änderungsprotokolls sind die personenbezogenen Angaben entfernt; die Einträge selbst bleiben.`,
              ),
            ),
            el('p', { class: 'hint' }, 'Die Löschung selbst ist im Änderungsprotokoll vermerkt (ohne personenbezogene Angaben).'),
          ),
        );
        await loadMemberships(loadSequence, choice.membership.id);
        eraseResult.querySelector<HTMLElement>('h3')?.focus();
      } catch (error) {
        confirmName.showError(problemText(error));
        confirmName.control.focus();
      } finally {
        eraseButton.disabled = false;
      }
    })();
  });

  return {
    element,
    load: async () => {
      // The records may have changed on other screens (a contact named, a membership ended).
      if (municipality) await loadMemberships(loadSequence, selectedMembership()?.id ?? null);
    },
  };
}

export const ADMIN_SCREENS: Screen[] = [
  { id: 'schluessel', title: 'API-Schlüssel', allowed: isMinistry, open: keysScreen },
  { id: 'protokoll', title: 'Änderungsprotokoll', allowed: isMinistry, open: auditScreen },
  { id: 'datenschutz', title: 'Datenschutz', allowed: isMinistry, open: privacyScreen },
];
