// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

/// <reference lib="dom" />
// Screen "Anträge" (inbox of applications of the Netzwerk Digitale Dörfer RLP): open letters
// (RECEIVED) with their fit, recently decided ones, the form "Beitrittsschreiben erfassen", and
// the decisions approve, reject and withdraw, each sent with the record's version. A change that
// comes too late (CONFLICT: someone else changed the record meanwhile) is explained with a
// "Neu laden" button that fetches the record again and leaves everything typed where it was.
// Partners (and coordinators of IKONE-DS) see the lists only.
import { isValidDate, today } from '../../../common/dates';
import type { OpenedScreen, Screen } from './screen';
import { ApiProblem, graphql } from './api';
import {
  VerwaltungAblehnenDocument,
  VerwaltungAntragNeuLadenDocument,
  VerwaltungEignungDocument,
  VerwaltungGenehmigenDocument,
  VerwaltungPosteingangDocument,
  VerwaltungSchreibenErfassenDocument,
  VerwaltungZurueckziehenDocument,
  type VerwaltungAntragEignungFragment,
  type VerwaltungAntragFelderFragment,
  type VerwaltungPosteingangQuery,
} from './generated/operations';
import {
  el,
  field,
  formatDate,
  FIT_LEVEL,
  input,
  MAX_NAME,
  MAX_REASON,
  MEMBERSHIP_STATUS,
  MUNICIPALITY_TYPES,
  normalise,
  textProblem,
  uid,
  type Field,
} from './dom';
import { describeMunicipality, municipalityPicker } from './municipality-picker';
import { canWriteDigitaleDoerfer, type Session } from './session';

type Fit = NonNullable<VerwaltungAntragEignungFragment['networkFit']>[number];

type Membership = VerwaltungAntragFelderFragment;

/** An open application as the inbox lists it, with its municipality's fit. */
type Application = VerwaltungPosteingangQuery['offen']['edges'][number]['node'];

/** A decided one (the table needs no fit). */
type Decided = VerwaltungPosteingangQuery['entschieden']['edges'][number]['node'];

/** How many decided records the screen lists. */
const RECENTLY_DECIDED = 10;

/** The Digitale Dörfer fit of a municipality, in words, for the side of a letter. */
function fitBlock(fits: Fit[] | null, heading: string): HTMLElement {
  const box = el('div', { class: 'fit' }, el('h4', {}, heading));
  const dd = fits?.find((f) => f.network.id === 'DIGITALE_DOERFER_RLP');
  if (!dd) {
    box.append(el('p', {}, 'Die Eignung ist gerade nicht abrufbar.'));
    return box;
  }
  box.classList.add(`fit-${dd.level.toLowerCase()}`);
  box.append(
    el('p', { class: 'fit-level' }, `Netzwerk Digitale Dörfer RLP: ${FIT_LEVEL[dd.level] ?? dd.level}`),
    el('ul', {}, ...dd.reasons.map((r) => el('li', {}, r.message))),
  );
  const other = fits?.find((f) => f.network.id !== 'DIGITALE_DOERFER_RLP' && f.level !== 'NONE');
  if (dd.level === 'NONE' && other)
    box.append(el('p', {}, `Passender ist: ${other.network.shortName} (${FIT_LEVEL[other.level] ?? other.level}).`));
  return box;
}

function problemText(error: unknown): string {
  return error instanceof ApiProblem ? error.text : 'Unerwarteter Fehler; bitte die Seite neu laden.';
}

/** One open application with its decisions. Typed text survives every update of the record. */
class ApplicationCard {
  readonly element: HTMLElement;
  private record: Application;
  private readonly facts = el('dl', { class: 'facts' });
  private readonly state = el('p', { class: 'state' });
  private readonly conflict = el('div', { class: 'conflict', role: 'alert', hidden: true });
  private readonly buttons: HTMLButtonElement[] = [];
  /** True while the record shown is older than the API's (after a CONFLICT, until reloaded). */
  stale = false;

  constructor(
    record: Application,
    writable: boolean,
    private readonly onDecided: (text: string) => void,
  ) {
    this.record = record;
    const headingId = uid('antrag');
    this.element = el(
      'article',
      { class: 'application', 'aria-labelledby': headingId, 'data-membership-id': record.id },
      el('h3', { id: headingId }, record.municipality.name),
      el('div', { class: 'application-body' }, el('div', {}, this.facts, this.state), fitBlock(record.municipality.networkFit, 'Eignung')),
      this.conflict,
    );
    if (writable) this.element.append(this.decisionForms());
    this.render();
  }

  get id(): string {
    return this.record.id;
  }

  /** New data of the same record: facts and version change, typed text stays. */
  update(record: Membership): void {
    this.record = { ...this.record, ...record };
    this.render();
  }

  private render(): void {
    const r = this.record;
    const m = r.municipality;
    const fact = (term: string, value: string) => [el('dt', {}, term), el('dd', {}, value)];
    this.facts.replaceChildren(
      ...fact('Art', describeMunicipality(m)),
      ...fact('Schlüssel', m.ags ? `AGS ${m.ags}` : `ARS ${m.ars}`),
      ...fact('Schreiben vom', formatDate(r.letterDate)),
      ...fact('Eingegangen am', formatDate(r.receivedOn)),
      ...fact('Unterzeichnet von', r.signedBy ?? '–'),
      ...fact('Stand', MEMBERSHIP_STATUS[r.status] ?? r.status),
    );
    const open = r.status === 'RECEIVED';
    if (open) this.state.textContent = '';
    else {
      const decided = r.decidedOn ? ` am ${formatDate(r.decidedOn)}` : '';
      this.state.textContent = `Dieser Antrag ist inzwischen entschieden (${MEMBERSHIP_STATUS[r.status] ?? r.status}${decided}). Ihre Eingaben stehen unten noch zum Kopieren bereit; senden lässt sich dazu nichts mehr.`;
    }
    for (const button of this.buttons) button.disabled = !open;
  }

  private decisionForms(): HTMLElement {
    const approveOn = field(
      input({ type: 'date', value: today(), required: true }),
      'Mitglied ab',
      'Beginn der Mitgliedschaft; vorgegeben ist heute.',
    );
    const rejectReason = field(el('textarea', { rows: '3', required: true }), 'Grund der Ablehnung', 'Ein oder zwei Sätze; Pflichtangabe.');
    const withdrawReason = field(el('textarea', { rows: '2' }), 'Grund (freiwillig)');
    const group = (legend: string, content: HTMLElement[], label: string, send: () => Promise<void>) => {
      const button = el('button', { type: 'submit' }, label);
      this.buttons.push(button);
      const form = el('form', { class: 'decision', novalidate: true }, el('fieldset', {}, el('legend', {}, legend), ...content, button));
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        void send();
      });
      return form;
    };
    return el(
      'div',
      { class: 'decisions' },
      group('Genehmigen', [approveOn.wrapper], 'Antrag genehmigen', () =>
        this.decide(
          approveOn,
          () => {
            const value = approveOn.control.value;
            if (!isValidDate(value)) return 'Bitte ein gültiges Datum eingeben (TT.MM.JJJJ).';
            if (this.record.receivedOn && value < this.record.receivedOn)
              return 'Die Mitgliedschaft kann nicht vor dem Eingang des Schreibens beginnen.';
            return null;
          },
          async (id, version) =>
            (await graphql(VerwaltungGenehmigenDocument, { id, version, startedOn: approveOn.control.value })).approveApplication,
          'genehmigt',
        ),
      ),
      group('Ablehnen', [rejectReason.wrapper], 'Antrag ablehnen', () =>
        this.decide(
          rejectReason,
          () => {
            const reason = normalise(rejectReason.control.value);
            return textProblem(reason, MAX_REASON) ?? (reason.length < 3 ? 'Bitte einen Grund angeben (mindestens drei Zeichen).' : null);
          },
          async (id, version) =>
            (await graphql(VerwaltungAblehnenDocument, { id, version, reason: normalise(rejectReason.control.value) })).rejectApplication,
          'abgelehnt',
        ),
      ),
      group('Rücknahme durch die Kommune', [withdrawReason.wrapper], 'Rücknahme erfassen', () =>
        this.decide(
          withdrawReason,
          () => textProblem(normalise(withdrawReason.control.value), MAX_REASON),
          async (id, version) =>
            (await graphql(VerwaltungZurueckziehenDocument, { id, version, reason: normalise(withdrawReason.control.value) || null }))
              .withdrawApplication,
          'als zurückgezogen erfasst',
        ),
      ),
    );
  }

  private async decide(
    target: Field<HTMLInputElement | HTMLTextAreaElement>,
    check: () => string | null,
    /** Sends the decision for this record and version; answers with the record as it now is. */
    send: (id: string, version: number) => Promise<Membership>,
    done: string,
  ): Promise<void> {
    target.clearError();
    const invalid = check();
    if (invalid) {
      target.showError(invalid);
      target.control.focus();
      return;
    }
    try {
      this.update(await send(this.record.id, this.record.version));
      this.onDecided(`Der Antrag von ${this.record.municipality.name} wurde ${done}.`);
    } catch (error) {
      if (error instanceof ApiProblem && error.kind === 'conflict') {
        this.showConflict();
      } else if (error instanceof ApiProblem && error.kind === 'invalid') {
        target.showError(`Die Schnittstelle hat die Angabe nicht angenommen: ${error.apiMessage ?? ''}`.trim());
        target.control.focus();
      } else {
        target.showError(problemText(error));
      }
    }
  }

  private showConflict(): void {
    this.stale = true;
    const reload = el('button', { type: 'button' }, 'Neu laden');
    const message = el(
      'p',
      {},
      `Jemand anderes hat den Antrag von ${this.record.municipality.name} inzwischen geändert oder entschieden. Ihre Änderung wurde deshalb nicht gespeichert. ` +
        'Mit „Neu laden“ sehen Sie den aktuellen Stand; was Sie eingegeben haben, bleibt dabei erhalten.',
    );
    reload.addEventListener('click', () => void this.reload(reload));
    this.conflict.replaceChildren(el('h4', {}, 'Der Antrag wurde inzwischen geändert'), message, reload);
    this.conflict.hidden = false;
    reload.focus();
  }

  private async reload(button: HTMLButtonElement): Promise<void> {
    button.disabled = true;
    try {
      const data = await graphql(VerwaltungAntragNeuLadenDocument, { key: this.record.municipality.ars });
      const fresh = data.municipality?.digitaleDoerferHistory.find((h) => h.id === this.record.id);
      if (!fresh) throw new ApiProblem('not-found', 'Der Antrag ist nicht mehr vorhanden.');
      this.update(fresh);
      this.stale = false;
      this.conflict.replaceChildren(
        el(
          'p',
          {},
          `Neu geladen: Stand ${MEMBERSHIP_STATUS[fresh.status] ?? fresh.status}. Bitte Ihre Eingaben prüfen und, falls noch möglich, erneut senden.`,
        ),
      );
      this.conflict.setAttribute('tabindex', '-1');
      this.conflict.focus();
    } catch (error) {
      button.disabled = false;
      this.conflict.append(el('p', {}, problemText(error)));
    }
  }
}

/** The form "Beitrittsschreiben erfassen". */
function letterForm(onRecorded: (text: string, notices: string[]) => Promise<void>): HTMLElement {
  const fitBox = el(
    'div',
    { class: 'fit-side', 'aria-live': 'polite' },
    el('p', { class: 'hint' }, 'Nach der Auswahl einer Kommune steht hier, ob sie aufgenommen werden kann.'),
  );
  let fitSequence = 0;
  const picker = municipalityPicker({
    label: 'Kommune',
    hint: 'Name oder Teil des Namens; Schreibweise und Umlaute sind egal (z. B. „Goellheim“).',
    onPick: (m) => {
      picker.clearError();
      const mine = ++fitSequence;
      if (!m) {
        fitBox.replaceChildren();
        return;
      }
      fitBox.replaceChildren(el('p', {}, 'Eignung wird abgerufen …'));
      graphql(VerwaltungEignungDocument, { key: m.ars })
        .then((data) => {
          if (mine !== fitSequence) return;
          const current = data.municipality?.digitaleDoerfer;
          fitBox.replaceChildren(fitBlock(data.municipality?.networkFit ?? null, `Eignung von ${m.name}`));
          if (current) fitBox.append(el('p', {}, `Aktueller Stand im Register: ${MEMBERSHIP_STATUS[current.status] ?? current.status}.`));
        })
        .catch((error) => {
          if (mine === fitSequence) fitBox.replaceChildren(el('p', {}, problemText(error)));
        });
    },
  });
  const letterDate = field(input({ type: 'date', required: true }), 'Datum des Schreibens');
  const receivedOn = field(
    input({ type: 'date', required: true, value: today() }),
    'Eingegangen am',
    'Tag, an dem das Ministerium das Schreiben erhalten hat.',
  );
  const signedBy = field(
    input({ required: true, autocomplete: 'off' }),
    'Unterzeichnet von',
    'Bürgermeisterin/Bürgermeister, bei Landkreisen Landrätin/Landrat, z. B. „Ortsbürgermeister Max Muster“.',
  );
  const contactName = field(input({ autocomplete: 'off' }), 'Name');
  const contactFunction = field(
    input({ autocomplete: 'off' }),
    'Funktion',
    'Eine Amtsbezeichnung, z. B. „Digitalisierungsbeauftragte“ – keine E-Mail-Adresse oder Telefonnummer.',
  );
  const contactEmail = field(input({ type: 'email', autocomplete: 'off' }), 'E-Mail-Adresse');
  const contactPhone = field(input({ type: 'tel', autocomplete: 'off' }), 'Telefon');
  const contactFields = [contactName, contactFunction, contactEmail, contactPhone];
  const allFields = [letterDate, receivedOn, signedBy, ...contactFields];
  const submit = el('button', { type: 'submit' }, 'Schreiben erfassen');
  const result = el('div', { class: 'form-result', role: 'status' });
  const form = el(
    'form',
    { class: 'letter-form', novalidate: true, 'aria-labelledby': 'erfassen-titel' },
    el('div', { class: 'letter-grid' }, el('div', {}, picker.element), fitBox),
    el('div', { class: 'field-row' }, letterDate.wrapper, receivedOn.wrapper),
    signedBy.wrapper,
    el(
      'fieldset',
      { class: 'contact' },
      el('legend', {}, 'Ansprechperson (freiwillig, wenn das Schreiben eine nennt)'),
      ...contactFields.map((f) => f.wrapper),
    ),
    submit,
    result,
  );

  const byArgument: Record<string, Field<HTMLInputElement>> = {
    'input.letterDate': letterDate,
    'input.receivedOn': receivedOn,
    'input.signedBy': signedBy,
    'input.contact.name': contactName,
    'input.contact.function': contactFunction,
    'input.contact.email': contactEmail,
    'input.contact.phone': contactPhone,
  };

  /** Checks everything before it is sent; shows each problem at its field. Returns the first field in error. */
  function validate(): HTMLElement | null {
    picker.clearError();
    for (const f of allFields) f.clearError();
    const problems: [{ showError(t: string): void }, string, HTMLElement][] = [];
    const chosen = picker.selected();
    const pickerInput = picker.element.querySelector('input') as HTMLElement;
    if (!chosen) problems.push([picker, 'Bitte die Kommune suchen und in der Liste auswählen.', pickerInput]);
    const day = today();
    if (!isValidDate(letterDate.control.value)) problems.push([letterDate, 'Bitte das Datum des Schreibens eingeben.', letterDate.control]);
    if (!isValidDate(receivedOn.control.value)) problems.push([receivedOn, 'Bitte das Eingangsdatum eingeben.', receivedOn.control]);
    else if (receivedOn.control.value > day)
      problems.push([receivedOn, 'Das Eingangsdatum darf nicht in der Zukunft liegen.', receivedOn.control]);
    else if (isValidDate(letterDate.control.value) && letterDate.control.value > receivedOn.control.value) {
      problems.push([receivedOn, 'Das Schreiben kann nicht vor seinem Datum eingegangen sein.', receivedOn.control]);
    }
    // Free text: printable and not longer than the API takes (a NUL or 201 characters are refused here).
    for (const f of [signedBy, contactName, contactFunction]) {
      const problem = textProblem(f.control.value.trim(), MAX_NAME);
      if (problem) problems.push([f, problem, f.control]);
    }
    const textInError = (f: Field<HTMLInputElement>) => problems.some(([target]) => target === f);
    if (!textInError(signedBy) && signedBy.control.value.trim().length < 2)
      problems.push([signedBy, 'Bitte angeben, wer das Schreiben unterzeichnet hat.', signedBy.control]);
    const anyContact = contactFields.some((f) => f.control.value.trim());
    if (anyContact && !textInError(contactName) && contactName.control.value.trim().length < 2) {
      problems.push([contactName, 'Für eine Ansprechperson bitte den Namen angeben (mindestens zwei Zeichen).', contactName.control]);
    }
    const email = contactEmail.control.value.trim();
    if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))
      problems.push([contactEmail, 'Bitte eine vollständige E-Mail-Adresse angeben, z. B. name@gemeinde.de.', contactEmail.control]);
    const phone = contactPhone.control.value.trim();
    if (phone && !/^[\d\s+()/-]+$/.test(phone))
      problems.push([contactPhone, 'Eine Telefonnummer besteht aus Ziffern, Leerzeichen und + ( ) / -.', contactPhone.control]);
    for (const [target, text] of problems) target.showError(text);
    return problems[0]?.[2] ?? null;
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void (async () => {
      result.replaceChildren();
      const firstProblem = validate();
      if (firstProblem) {
        firstProblem.focus();
        return;
      }
      const chosen = picker.selected()!;
      const contact = contactName.control.value.trim()
        ? {
            name: contactName.control.value.trim(),
            function: contactFunction.control.value.trim() || null,
            email: contactEmail.control.value.trim() || null,
            phone: contactPhone.control.value.trim() || null,
          }
        : null;
      submit.disabled = true;
      try {
        const data = await graphql(VerwaltungSchreibenErfassenDocument, {
          input: {
            municipalityKey: chosen.ars,
            letterDate: letterDate.control.value,
            receivedOn: receivedOn.control.value,
            signedBy: signedBy.control.value.trim(),
            contact,
          },
        });
        form.reset();
        picker.reset();
        receivedOn.control.value = today();
        await onRecorded(
          `Das Beitrittsschreiben von ${data.recordApplication.membership.municipality.name} ist erfasst und steht unter „Offene Anträge“.`,
          data.recordApplication.notices,
        );
      } catch (error) {
        if (!(error instanceof ApiProblem)) throw error;
        const argument = error.argument ?? '';
        if (error.kind === 'conflict') {
          picker.showError(
            `${chosen.name} hat bereits einen offenen Antrag, eine laufende Mitgliedschaft oder eine Mitgliedschaft mit unbekanntem Status; ein neues Schreiben kann erst danach erfasst werden.`,
          );
          picker.focus();
        } else if (argument === 'input.municipalityKey' || error.kind === 'not-found') {
          // The eligibility rules speak German: their reason is shown as the API gives it.
          const reason =
            error.errors[0]?.extensions?.reason === 'NOT_ELIGIBLE' && error.apiMessage
              ? error.apiMessage
              : 'Diese Kommune kann so nicht erfasst werden.';
          picker.showError(`Abgelehnt: ${reason}`);
          picker.focus();
        } else if (byArgument[argument]) {
          byArgument[argument].showError(`Die Schnittstelle hat diese Angabe nicht angenommen: ${error.apiMessage ?? ''}`.trim());
          byArgument[argument].control.focus();
        } else {
          result.replaceChildren(el('p', { class: 'problem' }, error.text));
        }
      } finally {
        submit.disabled = false;
      }
    })();
  });
  return form;
}

/** The screen: returns its element and a function that loads (or reloads) the lists. */
function inboxScreen(session: Session): OpenedScreen {
  const writable = canWriteDigitaleDoerfer(session);
  const status = el('p', { class: 'status', role: 'status', tabindex: '-1' });
  const problem = el('div', { class: 'problem', role: 'alert', hidden: true });
  const openList = el('div', { class: 'applications', 'aria-busy': 'true' });
  const openCount = el('p', { class: 'hint' });
  const decided = el('div', { class: 'decided' });
  const cards = new Map<string, ApplicationCard>();

  const element = el(
    'section',
    { class: 'screen', 'aria-labelledby': 'antraege-titel' },
    el('h1', { id: 'antraege-titel' }, 'Anträge auf Mitgliedschaft im Netzwerk Digitale Dörfer RLP'),
    el(
      'p',
      { class: 'lead' },
      writable
        ? 'Beitrittsschreiben erfassen, offene Anträge genehmigen, ablehnen oder als zurückgezogen erfassen.'
        : 'Sie können die Anträge lesen. Erfassen und entscheiden dürfen die Koordination des Netzwerks Digitale Dörfer RLP und das Ministerium.',
    ),
    status,
    problem,
  );
  const announce = (text: string) => {
    status.textContent = text;
    status.focus();
  };

  if (writable) {
    element.append(
      el('h2', { id: 'erfassen-titel' }, 'Beitrittsschreiben erfassen'),
      letterForm(async (text, notices) => {
        await load();
        announce([text, ...notices].join(' '));
      }),
    );
  }
  element.append(el('h2', {}, 'Offene Anträge'), openCount, openList, el('h2', {}, 'Kürzlich entschieden'), decided);

  async function load(): Promise<void> {
    openList.setAttribute('aria-busy', 'true');
    try {
      const data = await graphql(VerwaltungPosteingangDocument);
      problem.hidden = true;
      const open = data.offen.edges.map((e) => e.node);
      const seen = new Set<string>();
      const shown: HTMLElement[] = [];
      for (const record of open) {
        seen.add(record.id);
        let card = cards.get(record.id);
        if (card) card.update(record);
        else {
          card = new ApplicationCard(record, writable, (text) => void load().then(() => announce(text)));
          cards.set(record.id, card);
        }
        shown.push(card.element);
      }
      // A card whose record changed elsewhere stays until reloaded: nothing typed is lost.
      for (const [id, card] of cards) {
        if (seen.has(id)) continue;
        if (card.stale) shown.push(card.element);
        else cards.delete(id);
      }
      openList.replaceChildren(...shown);
      openCount.textContent =
        data.offen.totalCount === 0
          ? 'Zurzeit ist kein Antrag offen.'
          : `${data.offen.totalCount} ${data.offen.totalCount === 1 ? 'Antrag ist' : 'Anträge sind'} offen.`;
      decided.replaceChildren(decidedTable(data.entschieden.edges.map((e) => e.node)));
    } catch (error) {
      problem.replaceChildren(el('p', {}, problemText(error)));
      problem.hidden = false;
    } finally {
      openList.setAttribute('aria-busy', 'false');
    }
  }
  return { element, load };
}

function decidedTable(records: Decided[]): HTMLElement {
  const recent = records
    .filter((r) => r.decidedOn)
    .sort((a, b) => (b.decidedOn! < a.decidedOn! ? -1 : b.decidedOn! > a.decidedOn! ? 1 : 0))
    .slice(0, RECENTLY_DECIDED);
  if (recent.length === 0) return el('p', {}, 'Noch keine Entscheidung erfasst.');
  const captionId = uid('entschieden');
  return el(
    'div',
    { class: 'table-box', tabindex: '0', role: 'region', 'aria-labelledby': captionId },
    el(
      'table',
      {},
      el('caption', { id: captionId }, recent.length === 1 ? 'Die letzte Entscheidung' : `Die letzten ${recent.length} Entscheidungen`),
      el(
        'thead',
        {},
        el(
          'tr',
          {},
          ...['Kommune', 'Art', 'Entscheidung', 'Entschieden am', 'Mitglied ab', 'Grund'].map((h) => el('th', { scope: 'col' }, h)),
        ),
      ),
      el(
        'tbody',
        {},
        ...recent.map((r) =>
          el(
            'tr',
            {},
            el('th', { scope: 'row' }, r.municipality.name),
            el('td', {}, MUNICIPALITY_TYPES[r.municipality.type] ?? r.municipality.type),
            el('td', {}, MEMBERSHIP_STATUS[r.status] ?? r.status),
            el('td', {}, formatDate(r.decidedOn)),
            el('td', {}, r.status === 'ACTIVE' ? formatDate(r.startedOn) : '–'),
            el('td', {}, r.decisionReason ?? '–'),
          ),
        ),
      ),
    ),
  );
}

export const INBOX_SCREENS: Screen[] = [{ id: 'antraege', title: 'Anträge', allowed: () => true, open: inboxScreen }];
