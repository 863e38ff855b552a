// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

/// <reference lib="dom" />
// The knowledge exchange ("Austausch") of the Netzwerk Digitale Dörfer RLP, in three screens:
// "Treffen" (meetings of both networks, newest first, page by page; record and change a meeting,
// and who attended it, with municipalities picked by name), "Erfahrungsberichte" (filtered by topic
// and municipality; write and change a report) and "Themen und Ansprechpartner" ("Wen fragen?" and
// the managed topics, which coordinators extend). Every change is sent with the version last seen;
// a CONFLICT is explained with "Neu laden", which fetches the record again and keeps whatever was
// typed (fields nobody touched show the fresh values). Only the network's coordinators and the
// ministry write (canWriteDigitaleDoerfer); everyone else reads the lists.
import './knowledge.css';
import { isValidDate } from '../../../common/dates';
import { hasControlCharacter, holdsContactDetails, holdsEmailAddress, holdsSalutation, isSourceUrl } from '../../../common/text-rules';
import { ApiProblem, graphql } from './api';
import { el, field, formatDate, formatPreciseDate, input, normalise, textProblem, uid, type Control, type Field } from './dom';
import {
  VerwaltungBerichtAendernDocument,
  VerwaltungBerichteDocument,
  VerwaltungEinBerichtDocument,
  VerwaltungEinTreffenDocument,
  VerwaltungBerichtSchreibenDocument,
  VerwaltungTeilnahmeSpeichernDocument,
  VerwaltungThemaHinzufuegenDocument,
  VerwaltungThemenDocument,
  VerwaltungTreffenAendernDocument,
  VerwaltungTreffenDocument,
  VerwaltungTreffenErfassenDocument,
  VerwaltungWenFragenDocument,
  type AustauschBerichtFragment,
  type AustauschTreffenFragment,
  type DatePrecision,
  type ExperienceReportInput,
  type ExperienceReportUpdateInput,
  type ExperienceStatus,
  type MeetingFormat,
  type MeetingInput,
  type MeetingUpdateInput,
  type VerwaltungWenFragenQuery,
} from './generated/operations';
import { describeMunicipality, municipalityPicker, type MunicipalityChoice } from './municipality-picker';
import { listWithPage, type OpenedScreen, type Screen } from './screen';
import { canReadContacts, canWriteDigitaleDoerfer, type Session } from './session';

type Meeting = AustauschTreffenFragment;
type Report = AustauschBerichtFragment;
type Match = VerwaltungWenFragenQuery['whomToAsk'][number];
interface Topic {
  id: string;
  name: string;
}

/** Items per page of the lists. */
const PAGE_SIZE = 20;
/** Matches "Wen fragen?" shows. */
const MATCHES = 10;

const NETWORK_NAMES: Record<string, string> = { DIGITALE_DOERFER_RLP: 'Netzwerk Digitale Dörfer RLP', IKONE_DS: 'IKONE-DS' };
/** When each network was founded (common/networks.ts): the API refuses meetings before it. */
const FOUNDED: Record<string, { month: string; label: string }> = {
  DIGITALE_DOERFER_RLP: { month: '2020-12', label: 'im Dezember 2020' },
  IKONE_DS: { month: '2019-04', label: 'im April 2019' },
};
const FORMATS: Record<MeetingFormat, string> = { ONLINE: 'Online', ON_SITE: 'Vor Ort (Präsenz)', HYBRID: 'Hybrid (vor Ort und online)' };
const PRECISIONS: Record<DatePrecision, string> = { DAY: 'Tag bekannt', MONTH: 'Nur Monat bekannt', YEAR: 'Nur Jahr bekannt' };
const REPORT_STATUS: Record<ExperienceStatus, string> = {
  PLANNED: 'Geplant',
  IN_PROGRESS: 'In Umsetzung',
  COMPLETED: 'Abgeschlossen',
  STOPPED: 'Eingestellt',
};

// ——— Checks before sending (the API's rules, common/validation.ts, in German at the field) ———

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Free keywords from "a, b, c": trimmed, inner spaces collapsed, empty ones dropped. */
function parseTags(text: string): string[] {
  return text
    .split(',')
    .map((t) => t.trim().replace(/\s+/g, ' '))
    .filter(Boolean);
}

function tagsProblem(tags: string[]): string | null {
  if (tags.length > 20) return `Höchstens 20 Schlagwörter sind möglich; jetzt sind es ${tags.length}.`;
  for (const tag of tags) {
    if (hasControlCharacter(tag)) return `Das Schlagwort „${tag.slice(0, 50)}“ enthält ein Steuerzeichen (etwa NUL); bitte entfernen.`;
    if (tag.length > 50) return `Ein Schlagwort hat höchstens 50 Zeichen; „${tag.slice(0, 30)}…“ hat ${tag.length}.`;
    if (!/[\p{L}\p{N}]/u.test(tag)) return `Das Schlagwort „${tag}“ enthält weder Buchstaben noch Ziffern.`;
  }
  return null;
}

const sortedKey = (ids: string[]) => [...ids].sort().join(',');

function problemText(error: unknown): string {
  return error instanceof ApiProblem ? error.text : 'Unerwarteter Fehler; bitte die Seite neu laden.';
}

/** The argument an API error names, without a list position ("input.tags[2]" → "input.tags"). */
function argumentOf(error: ApiProblem): string {
  return (error.argument ?? '').replace(/\[\d+\]$/, '');
}

/** The municipalities (ARS) an API refusal names, e.g. those that are not members (extension municipalityArs). */
function refusedArs(error: ApiProblem): string[] {
  const named = error.errors[0]?.extensions?.municipalityArs;
  return Array.isArray(named) ? named.filter((a): a is string => typeof a === 'string') : [];
}

/** Anything that shows an error next to itself: a field, the municipality picker, a group of checkboxes. */
interface ErrorTarget {
  showError(text: string): void;
  clearError(): void;
  focus(): void;
}

function target(f: Field<Control>): ErrorTarget {
  return { showError: (t) => f.showError(t), clearError: () => f.clearError(), focus: () => f.control.focus() };
}

/** Problems found before sending: each shown at its field; the first gets the focus. */
class Problems {
  private readonly found: [ErrorTarget, string][] = [];
  add(at: ErrorTarget, text: string | null): void {
    if (text) this.found.push([at, text]);
  }
  /** Shows them all; true when there were any. */
  show(): boolean {
    for (const [at, text] of this.found) at.showError(text);
    this.found[0]?.[0].focus();
    return this.found.length > 0;
  }
}

/** An API error at the field its argument names, or in the form's result line. */
function showApiError(error: unknown, byArgument: Record<string, ErrorTarget>, result: HTMLElement): void {
  const at = error instanceof ApiProblem ? byArgument[argumentOf(error)] : undefined;
  if (error instanceof ApiProblem && error.kind === 'invalid' && at) {
    at.showError(`Die Schnittstelle hat diese Angabe nicht angenommen: ${error.apiMessage ?? ''}`.trim());
    at.focus();
  } else {
    result.replaceChildren(el('p', { class: 'problem' }, problemText(error)));
  }
}

function select(options: [string, string][], attributes: Record<string, string | boolean> = {}): HTMLSelectElement {
  return el('select', attributes, ...options.map(([value, label]) => el('option', { value }, label)));
}

function facts(...pairs: [string, string | Node][]): HTMLElement {
  return el('dl', { class: 'facts' }, ...pairs.flatMap(([term, value]) => [el('dt', {}, term), el('dd', {}, value)]));
}

/** "Kerzenheim – Ortsgemeinde, Verbandsgemeinde …" */
function municipalityText(m: MunicipalityChoice): string {
  return `${m.name} – ${describeMunicipality(m)}`;
}

function sourceLinks(sources: string[]): Node {
  if (!sources.length) return document.createTextNode('–');
  return el(
    'ul',
    {},
    // Only http(s) URLs (the API checks them too) become links; they leave the Verwaltung only when followed.
    ...sources.map((url) => el('li', {}, isSourceUrl(url) ? el('a', { href: url, rel: 'noopener noreferrer' }, url) : url)),
  );
}

/** The conflict box of a record page: explains, offers "Neu laden", and reports the reload. */
function conflictBox(): {
  element: HTMLElement;
  show(title: string, text: string, reload: () => Promise<string>): void;
  hide(): void;
} {
  const element = el('div', { class: 'conflict', role: 'alert', hidden: true });
  return {
    element,
    show(title, text, reload) {
      const button = el('button', { type: 'button' }, 'Neu laden');
      button.addEventListener('click', () => {
        button.disabled = true;
        reload()
          .then((done) => {
            element.replaceChildren(el('p', {}, done));
            element.setAttribute('tabindex', '-1');
            element.focus();
          })
          .catch((error: unknown) => {
            button.disabled = false;
            element.append(el('p', {}, problemText(error)));
          });
      });
      element.removeAttribute('tabindex');
      element.replaceChildren(
        el('h2', {}, title),
        el('p', {}, `${text} Mit „Neu laden“ sehen Sie den aktuellen Stand; was Sie eingegeben haben, bleibt dabei erhalten.`),
        button,
      );
      element.hidden = false;
      button.focus();
    },
    hide() {
      element.hidden = true;
      element.replaceChildren();
    },
  };
}

// ——— Parts of the forms ———

/** The managed topics as checkboxes; the chosen ones survive a reload of the list. */
class TopicChoice implements ErrorTarget {
  readonly element: HTMLFieldSetElement;
  private readonly grid = el('div', { class: 'choice-grid' });
  private readonly error: HTMLElement;
  private readonly hintId: string;
  private selected = new Set<string>();
  private topics: Topic[] = [];

  constructor(legend: string, hint: string) {
    const id = uid('themen');
    this.hintId = `${id}-hinweis`;
    this.error = el('p', { id: `${id}-fehler`, class: 'field-error', hidden: true });
    this.element = el(
      'fieldset',
      { class: 'topic-choice', 'aria-describedby': this.hintId },
      el('legend', {}, legend),
      el('p', { class: 'hint', id: this.hintId }, hint),
      this.grid,
      this.error,
    );
    this.render();
  }

  setTopics(topics: Topic[]): void {
    this.topics = topics;
    this.render();
  }

  /** The chosen ids, in the order of the list. */
  value(): string[] {
    const known = this.topics.filter((t) => this.selected.has(t.id)).map((t) => t.id);
    return [...known, ...[...this.selected].filter((id) => !known.includes(id))];
  }

  set(ids: string[]): void {
    this.selected = new Set(ids);
    this.render();
  }

  private render(): void {
    if (!this.topics.length) {
      this.grid.replaceChildren(el('p', { class: 'hint' }, 'Die Themen werden geladen …'));
      return;
    }
    this.grid.replaceChildren(
      ...this.topics.map((topic) => {
        const box = el('input', { type: 'checkbox', id: uid('thema'), value: topic.id, checked: this.selected.has(topic.id) });
        box.addEventListener('change', () => {
          if (box.checked) this.selected.add(topic.id);
          else this.selected.delete(topic.id);
        });
        return el('div', { class: 'choice' }, box, el('label', { for: box.id }, topic.name));
      }),
    );
  }

  showError(text: string): void {
    this.error.textContent = text;
    this.error.hidden = false;
    this.element.setAttribute('aria-describedby', `${this.hintId} ${this.error.id}`);
  }

  clearError(): void {
    this.error.textContent = '';
    this.error.hidden = true;
    this.element.setAttribute('aria-describedby', this.hintId);
  }

  focus(): void {
    this.grid.querySelector('input')?.focus();
  }
}

/** The host of a meeting: picked by name, shown with a button that removes it. */
class HostChoice implements ErrorTarget {
  readonly element: HTMLElement;
  private chosen: MunicipalityChoice | null = null;
  private readonly current = el('div', { class: 'chosen-current', 'aria-live': 'polite' });
  private readonly picker = municipalityPicker({
    label: 'Gastgeber suchen',
    hint: 'Die Kommune, die eingeladen hat; Name oder Teil des Namens, Schreibweise und Umlaute sind egal (z. B. „Goellheim“).',
    onPick: (m) => {
      this.picker.clearError();
      if (m) this.set(m);
    },
  });

  constructor() {
    this.element = el('fieldset', {}, el('legend', {}, 'Gastgeber (freiwillig)'), this.current, this.picker.element);
    this.render();
  }

  value(): string {
    return this.chosen?.ars ?? '';
  }

  set(m: MunicipalityChoice | null): void {
    this.chosen = m;
    this.render();
  }

  /** After sending: the search is emptied, the host stays as chosen. */
  resetSearch(): void {
    this.picker.reset();
  }

  private render(): void {
    const m = this.chosen;
    if (!m) {
      this.current.replaceChildren(el('p', {}, 'Kein Gastgeber gewählt.'));
      return;
    }
    const remove = el('button', { type: 'button', class: 'secondary' }, 'Gastgeber entfernen');
    remove.addEventListener('click', () => {
      this.set(null);
      this.picker.focus();
    });
    this.current.replaceChildren(el('p', {}, 'Gastgeber: ', el('strong', {}, m.name), ` – ${describeMunicipality(m)}`), remove);
  }

  showError(text: string): void {
    this.picker.showError(text);
  }
  clearError(): void {
    this.picker.clearError();
  }
  focus(): void {
    this.picker.focus();
  }
}

// ——— Meetings ———

type MeetingValues = Record<
  'heldOn' | 'precision' | 'title' | 'format' | 'host' | 'place' | 'topics' | 'tags' | 'note' | 'sources',
  string
>;

/** The first day of the month or year, as the API stores a date known only to the month or year. */
function firstDay(date: string, precision: string): string {
  if (!isValidDate(date)) return date;
  if (precision === 'MONTH') return `${date.slice(0, 8)}01`;
  if (precision === 'YEAR') return `${date.slice(0, 5)}01-01`;
  return date;
}

function meetingValues(m: Meeting): MeetingValues {
  return {
    heldOn: m.heldOn,
    precision: m.heldOnPrecision,
    title: m.title,
    format: m.format ?? '',
    host: m.host?.ars ?? '',
    place: m.place ?? '',
    topics: sortedKey(m.topics.map((t) => t.id)),
    tags: m.tags.join(', '),
    note: m.note ?? '',
    sources: m.sources.join('\n'),
  };
}

/**
 * "Treffen erfassen" (no record) or "Angaben ändern" (a meeting): all fields the API takes. A
 * change sends only the fields that differ from the record, so that a reload after a conflict
 * never overwrites someone else's change with a value nobody typed.
 */
class MeetingForm {
  readonly element: HTMLFormElement;
  private readonly heldOn = field(input({ type: 'date', required: true }), 'Datum');
  private readonly precision = field(
    select(Object.entries(PRECISIONS) as [string, string][]),
    'Genauigkeit des Datums',
    'Ist nur der Monat oder das Jahr bekannt, genügt ein beliebiger Tag darin; gespeichert wird der erste Tag des Monats oder Jahres.',
  );
  private readonly title = field(
    input({ required: true, autocomplete: 'off' }),
    'Titel',
    'Wie die Einladung oder die Quelle das Treffen nennt, z. B. „Netzwerktreffen Frühjahr: Dorf-Apps im Alltag“; 3 bis 200 Zeichen.',
  );
  private readonly format: Field<HTMLSelectElement>;
  private readonly host = new HostChoice();
  private readonly place = field(
    input({ autocomplete: 'off' }),
    'Ort (freiwillig)',
    'Veranstaltungsort und Ort, z. B. „Bürgerhaus, Göllheim“; 2 bis 200 Zeichen.',
  );
  private readonly topics = new TopicChoice('Themen (freiwillig)', 'Aus der Themenliste, höchstens 10.');
  private readonly tags = field(
    input({ autocomplete: 'off' }),
    'Schlagwörter (freiwillig)',
    'Durch Kommas getrennt, z. B. „LoRaWAN, DorfFunk“; höchstens 20, je bis 50 Zeichen.',
  );
  private readonly note = field(
    el('textarea', { rows: '3' }),
    'Anmerkung (freiwillig)',
    'Was sonst berichtet wird, z. B. „rund 40 Teilnehmende“; bis 2.000 Zeichen, keine E-Mail-Adressen (Treffen sind öffentlich). Zeilenumbrüche werden als Leerzeichen gespeichert.',
  );
  private readonly sources = field(
    el('textarea', { rows: '2', spellcheck: 'false' }),
    'Quellen (freiwillig)',
    'Öffentliche Berichte über das Treffen: je Zeile eine Adresse, die mit http:// oder https:// beginnt; höchstens 10.',
  );
  private readonly submit: HTMLButtonElement;
  private readonly result = el('div', { class: 'form-result', role: 'status' });
  /** The values of the record as last loaded: what the person has not changed. */
  private baseline: MeetingValues | null = null;

  constructor(
    private record: Meeting | null,
    private readonly onSaved: (meeting: Meeting) => Promise<void> | void,
    private readonly onConflict: () => void = () => undefined,
  ) {
    const creating = !record;
    this.format = field(
      select([['', creating ? 'Bitte wählen' : 'Nicht angegeben'], ...(Object.entries(FORMATS) as [string, string][])], {
        required: creating,
      }),
      'Form',
    );
    this.submit = el('button', { type: 'submit' }, creating ? 'Treffen erfassen' : 'Änderungen speichern');
    this.element = el(
      'form',
      { class: 'knowledge-form', novalidate: true, 'aria-label': creating ? 'Treffen erfassen' : 'Angaben des Treffens ändern' },
      el('div', { class: 'field-row' }, this.heldOn.wrapper, this.precision.wrapper),
      this.title.wrapper,
      this.format.wrapper,
      this.place.wrapper,
      this.host.element,
      this.topics.element,
      this.tags.wrapper,
      this.note.wrapper,
      this.sources.wrapper,
      el('div', { class: 'button-row' }, this.submit),
      this.result,
    );
    this.element.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.send();
    });
    if (record) this.fill(record, false);
  }

  setTopics(topics: Topic[]): void {
    this.topics.setTopics(topics);
  }

  private get network(): string {
    return this.record?.network ?? 'DIGITALE_DOERFER_RLP';
  }

  private get targets(): ErrorTarget[] {
    return [this.heldOn, this.precision, this.title, this.format, this.place, this.tags, this.note, this.sources]
      .map(target)
      .concat([this.host, this.topics]);
  }

  /** What the form says now, written as meetingValues writes a record. */
  private read(): MeetingValues {
    const precision = this.precision.control.value;
    return {
      heldOn: firstDay(this.heldOn.control.value, precision),
      precision,
      title: this.title.control.value.trim(),
      format: this.format.control.value,
      host: this.host.value(),
      place: this.place.control.value.trim(),
      topics: sortedKey(this.topics.value()),
      tags: parseTags(this.tags.control.value).join(', '),
      note: normalise(this.note.control.value),
      sources: this.sources.control.value.split(/\s+/).filter(Boolean).join('\n'),
    };
  }

  /**
   * Shows a record. With keepTyped, a field the person changed keeps its text; the others show the
   * record's values (after a conflict, or when the attendance was saved meanwhile).
   */
  fill(record: Meeting, keepTyped: boolean): void {
    const fresh = meetingValues(record);
    const now = this.read();
    const untouched = (key: keyof MeetingValues) => !keepTyped || !this.baseline || now[key] === this.baseline[key];
    if (untouched('heldOn') && untouched('precision')) {
      this.heldOn.control.value = record.heldOn;
      this.precision.control.value = record.heldOnPrecision;
    }
    if (untouched('title')) this.title.control.value = fresh.title;
    if (untouched('format')) this.format.control.value = fresh.format;
    if (untouched('host')) this.host.set(record.host ?? null);
    if (untouched('place')) this.place.control.value = fresh.place;
    if (untouched('topics')) this.topics.set(record.topics.map((t) => t.id));
    if (untouched('tags')) this.tags.control.value = fresh.tags;
    if (untouched('note')) this.note.control.value = fresh.note;
    if (untouched('sources')) this.sources.control.value = fresh.sources;
    this.record = record;
    this.baseline = fresh;
  }

  private clear(): void {
    this.element.reset();
    this.host.set(null);
    this.host.resetSearch();
    this.topics.set([]);
  }

  /** Checks everything before it is sent; true when all is well. */
  private validate(values: MeetingValues): boolean {
    for (const t of this.targets) t.clearError();
    const problems = new Problems();
    const raw = this.heldOn.control.value;
    const founded = FOUNDED[this.network];
    if (!isValidDate(raw)) problems.add(target(this.heldOn), 'Bitte ein gültiges Datum eingeben (TT.MM.JJJJ).');
    else if (founded) {
      const length = values.precision === 'YEAR' ? 4 : 7;
      if (values.heldOn.slice(0, length) < founded.month.slice(0, length)) {
        problems.add(
          target(this.heldOn),
          `Das ${NETWORK_NAMES[this.network]} wurde erst ${founded.label} gegründet; ein Treffen davor lässt sich nicht erfassen.`,
        );
      }
    }
    problems.add(target(this.title), textProblem(values.title, 200, { min: 3, missing: 'Bitte den Titel angeben.' }));
    if (!values.format && (!this.record || this.record.format))
      problems.add(target(this.format), 'Bitte angeben, wie das Treffen stattfand.');
    problems.add(target(this.place), textProblem(values.place, 200, { min: 2 }));
    const topics = this.topics.value();
    if (topics.length > 10) problems.add(this.topics, `Höchstens 10 Themen sind möglich; gewählt sind ${topics.length}.`);
    problems.add(target(this.tags), tagsProblem(parseTags(values.tags)));
    const noteProblem = textProblem(values.note, 2000);
    problems.add(
      target(this.note),
      noteProblem ?? (holdsEmailAddress(values.note) ? 'Bitte keine E-Mail-Adressen angeben: Treffen sind öffentlich einsehbar.' : null),
    );
    const sources = values.sources ? values.sources.split('\n') : [];
    if (sources.length > 10) problems.add(target(this.sources), `Höchstens 10 Quellen sind möglich; jetzt sind es ${sources.length}.`);
    else {
      const wrong = sources.find((url) => url.length < 8 || url.length > 500 || !isSourceUrl(url) || hasControlCharacter(url));
      if (wrong)
        problems.add(
          target(this.sources),
          `„${wrong.slice(0, 60)}“ ist keine Internetadresse: Jede Quelle beginnt mit http:// oder https:// und hat höchstens 500 Zeichen.`,
        );
    }
    return !problems.show();
  }

  private byArgument(): Record<string, ErrorTarget> {
    return {
      'input.heldOn': target(this.heldOn),
      'input.heldOnPrecision': target(this.precision),
      'input.title': target(this.title),
      'input.format': target(this.format),
      'input.hostKey': this.host,
      'input.place': target(this.place),
      'input.topicIds': this.topics,
      'input.tags': target(this.tags),
      'input.note': target(this.note),
      'input.sources': target(this.sources),
    };
  }

  private async send(): Promise<void> {
    this.result.replaceChildren();
    const values = this.read();
    if (!this.validate(values)) return;
    const list = (text: string, separator: string) => (text ? text.split(separator) : []);
    this.submit.disabled = true;
    try {
      let saved: Meeting;
      if (!this.record) {
        const meeting: MeetingInput = {
          heldOn: values.heldOn,
          heldOnPrecision: values.precision as DatePrecision,
          title: values.title,
          format: values.format as MeetingFormat,
          hostKey: values.host || null,
          place: values.place || null,
          topicIds: this.topics.value(),
          tags: list(values.tags, ', '),
          note: values.note || null,
          sources: list(values.sources, '\n'),
        };
        saved = (await graphql(VerwaltungTreffenErfassenDocument, { input: meeting })).createMeeting;
        this.clear();
      } else {
        const before = this.baseline ?? meetingValues(this.record);
        const changed = (key: keyof MeetingValues) => values[key] !== before[key];
        const changes: MeetingUpdateInput = {};
        if (changed('heldOn') || changed('precision')) {
          changes.heldOn = values.heldOn;
          changes.heldOnPrecision = values.precision as DatePrecision;
        }
        if (changed('title')) changes.title = values.title;
        if (changed('format') && values.format) changes.format = values.format as MeetingFormat;
        if (changed('host')) changes.hostKey = values.host || null;
        if (changed('place')) changes.place = values.place || null;
        if (changed('topics')) changes.topicIds = this.topics.value();
        if (changed('tags')) changes.tags = list(values.tags, ', ');
        if (changed('note')) changes.note = values.note || null;
        if (changed('sources')) changes.sources = list(values.sources, '\n');
        if (Object.keys(changes).length === 0) {
          this.result.replaceChildren(el('p', {}, 'Nichts geändert: Alle Angaben sind so gespeichert.'));
          return;
        }
        const data = await graphql(VerwaltungTreffenAendernDocument, { id: this.record.id, version: this.record.version, input: changes });
        saved = data.updateMeeting;
        this.fill(saved, false);
      }
      this.host.resetSearch();
      await this.onSaved(saved);
    } catch (error) {
      if (error instanceof ApiProblem && error.kind === 'conflict' && this.record) this.onConflict();
      else showApiError(error, this.byArgument(), this.result);
    } finally {
      this.submit.disabled = false;
    }
  }
}

/** Who attended a Digitale Dörfer meeting: municipalities picked by name, listed with a removal button each. */
class AttendanceForm {
  readonly element: HTMLElement;
  private chosen: MunicipalityChoice[] = [];
  /** The attendance of the record as last loaded (ARS, sorted). */
  private baseline = '';
  /** Municipalities the API refused as attendees (ARS). */
  private refused = new Set<string>();
  private readonly add = el('button', { type: 'button', class: 'secondary', disabled: true }, 'Zur Teilnahme hinzufügen');
  private readonly picker = municipalityPicker({
    label: 'Teilnehmende Kommune suchen',
    hint: 'Name oder Teil des Namens, z. B. „Goellheim“. Teilnehmen können nur Mitglieder des Netzwerks (laufend oder mit unbekanntem Status).',
    onPick: (m) => {
      this.add.disabled = !m;
    },
  });
  private readonly listHeading = el('h3', { id: uid('teilnahme') });
  private readonly list = el('ul', { class: 'chosen-list' });
  private readonly announcer = el('p', { class: 'hint', role: 'status' });
  private readonly save = el('button', { type: 'submit' }, 'Teilnahme speichern');
  private readonly result = el('div', { class: 'form-result', role: 'status' });

  constructor(
    private record: Meeting,
    private readonly onSaved: (meeting: Meeting) => Promise<void> | void,
    private readonly onConflict: () => void,
  ) {
    this.add.addEventListener('click', () => this.addChosen());
    this.list.setAttribute('aria-labelledby', this.listHeading.id);
    const form = el(
      'form',
      { class: 'knowledge-form', novalidate: true, 'aria-label': 'Teilnahme erfassen' },
      this.picker.element,
      el('div', { class: 'button-row' }, this.add),
      this.announcer,
      this.listHeading,
      this.list,
      el('div', { class: 'button-row' }, this.save),
      this.result,
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.send();
    });
    this.element = form;
    this.fill(record, false);
  }

  /** Shows the record's attendance; with keepTyped, a list the person changed stays as it is. */
  fill(record: Meeting, keepTyped: boolean): void {
    const fresh = sortedKey(record.attendees.map((a) => a.ars));
    if (!keepTyped || sortedKey(this.chosen.map((m) => m.ars)) === this.baseline) {
      this.chosen = [...record.attendees];
      this.refused.clear();
    }
    this.baseline = fresh;
    this.record = record;
    this.render();
  }

  private addChosen(): void {
    const m = this.picker.selected();
    if (!m) return;
    this.picker.clearError();
    if (this.chosen.some((c) => c.ars === m.ars)) {
      this.announcer.textContent = `${m.name} steht schon in der Liste.`;
    } else {
      this.chosen.push(m);
      this.announcer.textContent = `${m.name} hinzugefügt; ${this.countText()} ausgewählt. Gespeichert wird mit „Teilnahme speichern“.`;
    }
    this.picker.reset();
    this.render();
    this.picker.focus();
  }

  private countText(): string {
    return this.chosen.length === 1 ? 'eine Kommune' : `${this.chosen.length} Kommunen`;
  }

  private render(): void {
    this.listHeading.textContent = `Ausgewählt: ${this.chosen.length === 0 ? 'keine Kommune' : this.countText()}`;
    this.list.replaceChildren(
      ...this.chosen.map((m, index) => {
        const remove = el('button', { type: 'button', class: 'secondary' }, `${m.name} entfernen`);
        remove.addEventListener('click', () => {
          this.chosen.splice(index, 1);
          this.refused.delete(m.ars);
          this.announcer.textContent = `${m.name} entfernt; ${this.chosen.length === 0 ? 'keine Kommune' : this.countText()} ausgewählt.`;
          this.render();
          // The focus goes to the next removal button, or back to the search.
          const next = this.list.querySelectorAll('button')[Math.min(index, this.chosen.length - 1)];
          if (next) next.focus();
          else this.picker.focus();
        });
        const refused = this.refused.has(m.ars);
        return el(
          'li',
          refused ? { class: 'refused' } : {},
          el(
            'span',
            {},
            el('strong', {}, m.name),
            ` – ${describeMunicipality(m)}`,
            ...(refused ? [' ', el('span', { class: 'refusal' }, '(kein Mitglied)')] : []),
          ),
          remove,
        );
      }),
    );
    if (!this.chosen.length) this.list.append(el('li', {}, 'Noch keine Kommune ausgewählt.'));
  }

  private async send(): Promise<void> {
    this.result.replaceChildren();
    this.picker.clearError();
    this.save.disabled = true;
    try {
      const data = await graphql(VerwaltungTeilnahmeSpeichernDocument, {
        id: this.record.id,
        version: this.record.version,
        keys: this.chosen.map((m) => m.ars),
      });
      this.fill(data.setMeetingAttendance, false);
      this.announcer.textContent = '';
      await this.onSaved(data.setMeetingAttendance);
    } catch (error) {
      if (error instanceof ApiProblem && error.kind === 'conflict') this.onConflict();
      else if (error instanceof ApiProblem && error.kind === 'invalid' && argumentOf(error) === 'municipalityKeys') {
        const refused = refusedArs(error);
        this.refused = new Set(refused);
        this.render();
        const names = this.chosen.filter((m) => this.refused.has(m.ars)).map((m) => m.name);
        this.picker.showError(
          names.length
            ? `Nicht gespeichert: ${names.join(', ')} ${names.length === 1 ? 'ist' : 'sind'} kein Mitglied des Netzwerks Digitale Dörfer RLP (weder laufend noch mit unbekanntem Status) und ${names.length === 1 ? 'kann' : 'können'} deshalb nicht als Teilnahme erfasst werden. Bitte aus der Liste entfernen.`
            : `Die Schnittstelle hat die Teilnahme nicht angenommen: ${error.apiMessage ?? ''}`.trim(),
        );
        this.picker.focus();
      } else showApiError(error, {}, this.result);
    } finally {
      this.save.disabled = false;
    }
  }
}

/** One meeting again, as stored now (null: it no longer exists). */
async function findMeeting(id: string): Promise<Meeting | null> {
  return (await graphql(VerwaltungEinTreffenDocument, { id })).meeting ?? null;
}

function meetingDate(m: Meeting): string {
  const date = formatPreciseDate(m.heldOn, m.heldOnPrecision);
  return m.heldOnPrecision === 'DAY' ? date : `${date} (${m.heldOnPrecision === 'MONTH' ? 'nur Monat bekannt' : 'nur Jahr bekannt'})`;
}

function attendanceText(m: Meeting): string {
  if (m.network !== 'DIGITALE_DOERFER_RLP') return 'Für Treffen von IKONE-DS führt das Register keine Teilnahme.';
  const n = m.attendees.length;
  if (n === 0) return 'Keine Teilnahme erfasst.';
  return `${n === 1 ? 'Eine Kommune' : `${n} Kommunen`}: ${m.attendees.map((a) => a.name).join(', ')}`;
}

function meetingFacts(m: Meeting): HTMLElement {
  const pairs: [string, string | Node][] = [
    ['Datum', meetingDate(m)],
    ['Netzwerk', NETWORK_NAMES[m.network] ?? m.network],
    ['Form', m.format ? FORMATS[m.format] : 'nicht angegeben'],
    ['Ort', m.place ?? '–'],
  ];
  if (m.host) pairs.push(['Gastgeber', municipalityText(m.host)]);
  pairs.push(['Themen', m.topics.map((t) => t.name).join(', ') || '–']);
  if (m.tags.length) pairs.push(['Schlagwörter', m.tags.join(', ')]);
  pairs.push(['Teilnahme', attendanceText(m)], ['Anmerkung', m.note ?? '–'], ['Quellen', sourceLinks(m.sources)]);
  return facts(...pairs);
}

/** May this person change this meeting? IKONE-DS meetings (from public sources): the ministry only. */
function mayChangeMeeting(session: Session, m: Meeting): boolean {
  return canWriteDigitaleDoerfer(session) && (m.network === 'DIGITALE_DOERFER_RLP' || session.role === 'MINISTRY_ADMIN');
}

/** A meeting's page: its facts, "Angaben ändern" and "Teilnahme". The forms are built once: typed text survives every reload. */
class MeetingView {
  private readonly heading = el('h1', { id: uid('treffen'), tabindex: '-1' });
  readonly element = el('section', { class: 'screen', 'aria-labelledby': this.heading.id });
  private readonly status = el('p', { class: 'status', role: 'status', tabindex: '-1' });
  private readonly conflict = conflictBox();
  private readonly summary = el('div', {});
  private readonly form: MeetingForm;
  private readonly attendance: AttendanceForm | null = null;

  constructor(
    private record: Meeting,
    topics: Topic[],
    back: () => void,
  ) {
    const backButton = el('button', { type: 'button', class: 'secondary' }, 'Zurück zur Liste der Treffen');
    backButton.addEventListener('click', back);
    const conflict = () => this.showConflict();
    this.form = new MeetingForm(record, (saved) => this.saved(saved, 'form'), conflict);
    this.form.setTopics(topics);
    this.element.append(
      backButton,
      this.heading,
      this.status,
      this.conflict.element,
      el('h2', {}, 'Aktueller Stand'),
      this.summary,
      el('h2', {}, 'Angaben ändern'),
      this.form.element,
      el('h2', {}, 'Teilnahme'),
    );
    if (record.network === 'DIGITALE_DOERFER_RLP') {
      this.attendance = new AttendanceForm(record, (saved) => this.saved(saved, 'attendance'), conflict);
      this.element.append(
        el(
          'p',
          { class: 'hint' },
          'Welche Mitgliedskommunen dabei waren. Die Liste ersetzt die bisher gespeicherte; eine leere Liste löscht die Teilnahme.',
        ),
        this.attendance.element,
      );
    } else {
      this.element.append(el('p', {}, attendanceText(record)));
    }
    this.render();
  }

  get id(): string {
    return this.record.id;
  }

  focus(): void {
    this.heading.focus();
  }

  announce(text: string): void {
    this.status.textContent = text;
    this.status.focus();
  }

  setTopics(topics: Topic[]): void {
    this.form.setTopics(topics);
  }

  private render(): void {
    this.heading.textContent = `Treffen: ${this.record.title}`;
    document.title = `${this.record.title} – Treffen – Verwaltung – KommunalNetz Hub`;
    this.summary.replaceChildren(meetingFacts(this.record));
  }

  /** After one form saved: the other keeps what was typed there, with the new version. */
  private saved(meeting: Meeting, by: 'form' | 'attendance'): void {
    this.record = meeting;
    if (by === 'form') this.attendance?.fill(meeting, true);
    else this.form.fill(meeting, true);
    this.conflict.hide();
    this.render();
    this.announce(
      by === 'form'
        ? `Die Angaben des Treffens „${meeting.title}“ sind gespeichert.`
        : `Die Teilnahme am Treffen „${meeting.title}“ ist gespeichert: ${attendanceText(meeting)}`,
    );
  }

  private showConflict(): void {
    this.conflict.show(
      'Das Treffen wurde inzwischen geändert',
      `Jemand anderes hat das Treffen „${this.record.title}“ inzwischen geändert. Ihre Änderung wurde deshalb nicht gespeichert.`,
      async () => {
        await this.load();
        return 'Neu geladen: Oben steht der aktuelle Stand. Ihre Eingaben sind erhalten; bitte prüfen und erneut speichern.';
      },
    );
  }

  /** Fetches the meeting again; the forms keep what was typed. */
  async load(): Promise<void> {
    const fresh = await findMeeting(this.record.id);
    if (!fresh) throw new ApiProblem('not-found', 'Das Treffen ist nicht mehr vorhanden.');
    this.record = fresh;
    this.form.fill(fresh, true);
    this.attendance?.fill(fresh, true);
    this.render();
  }
}

function meetingsScreen(session: Session): OpenedScreen {
  const writable = canWriteDigitaleDoerfer(session);
  const listView = el('section', { class: 'screen', 'aria-labelledby': 'treffen-titel' });
  const views = listWithPage(listView);
  const element = views.element;
  const heading = el('h1', { id: 'treffen-titel', tabindex: '-1' }, 'Netzwerktreffen');
  const status = el('p', { class: 'status', role: 'status', tabindex: '-1' });
  const problem = el('div', { class: 'problem', role: 'alert', hidden: true });
  const count = el('p', { class: 'hint' });
  const list = el('div', { class: 'record-list', 'aria-busy': 'false' });
  const more = el('button', { type: 'button', class: 'secondary', hidden: true }, 'Weitere Treffen laden');
  let topics: Topic[] = [];
  let after: string | null = null;
  let view: MeetingView | null = null;

  // Filters the API offers: network and period.
  const network = field(
    select([
      ['', 'Beide Netzwerke'],
      ['DIGITALE_DOERFER_RLP', NETWORK_NAMES.DIGITALE_DOERFER_RLP],
      ['IKONE_DS', NETWORK_NAMES.IKONE_DS],
    ]),
    'Netzwerk',
  );
  const from = field(input({ type: 'date' }), 'Von', 'Leer: ohne Anfang.');
  const to = field(input({ type: 'date' }), 'Bis', 'Leer: ohne Ende.');
  const apply = el('button', { type: 'submit' }, 'Treffen anzeigen');
  const filters = el(
    'form',
    { class: 'filters', novalidate: true, 'aria-label': 'Treffen filtern' },
    el('div', { class: 'field-row' }, network.wrapper, from.wrapper, to.wrapper),
    apply,
  );

  const announce = (text: string) => {
    status.textContent = text;
    status.focus();
  };

  const createForm = writable
    ? new MeetingForm(null, async (meeting) => {
        await openMeeting(meeting);
        view?.announce(
          meeting.network === 'DIGITALE_DOERFER_RLP'
            ? `Das Treffen „${meeting.title}“ ist erfasst. Tragen Sie jetzt unter „Teilnahme“ ein, welche Kommunen dabei waren.`
            : `Das Treffen „${meeting.title}“ ist erfasst.`,
        );
      })
    : null;

  listView.append(
    heading,
    el(
      'p',
      { class: 'lead' },
      writable
        ? 'Netzwerktreffen und Veranstaltungen beider Netzwerke, die neuesten zuerst. Treffen des Netzwerks Digitale Dörfer RLP erfassen, ändern und die Teilnahme der Mitgliedskommunen eintragen.'
        : 'Netzwerktreffen und Veranstaltungen beider Netzwerke, die neuesten zuerst. Erfassen und ändern dürfen die Koordination des Netzwerks Digitale Dörfer RLP und das Ministerium.',
    ),
    status,
    problem,
  );
  if (createForm) listView.append(el('h2', {}, 'Treffen erfassen'), createForm.element);
  listView.append(el('h2', {}, 'Alle Treffen'), filters, count, list, el('div', { class: 'more-row' }, more));

  function card(m: Meeting): HTMLElement {
    const headingId = uid('treffen');
    const article = el(
      'article',
      { class: 'record-card', 'aria-labelledby': headingId, 'data-meeting-id': m.id },
      el('h3', { id: headingId }, m.title),
      meetingFacts(m),
    );
    if (mayChangeMeeting(session, m)) {
      const edit = el('button', { type: 'button', 'aria-describedby': headingId }, 'Bearbeiten');
      edit.addEventListener('click', () => void openMeeting(m));
      article.append(edit);
    }
    return article;
  }

  function filterVariables(): { network: 'DIGITALE_DOERFER_RLP' | 'IKONE_DS' | null; from: string | null; to: string | null } | null {
    from.clearError();
    to.clearError();
    const problems = new Problems();
    if (from.control.value && !isValidDate(from.control.value))
      problems.add(target(from), 'Bitte ein gültiges Datum eingeben oder das Feld leeren.');
    if (to.control.value && !isValidDate(to.control.value))
      problems.add(target(to), 'Bitte ein gültiges Datum eingeben oder das Feld leeren.');
    else if (from.control.value && to.control.value && from.control.value > to.control.value)
      problems.add(target(to), '„Bis“ darf nicht vor „Von“ liegen.');
    if (problems.show()) return null;
    return {
      network: (network.control.value || null) as 'DIGITALE_DOERFER_RLP' | 'IKONE_DS' | null,
      from: from.control.value || null,
      to: to.control.value || null,
    };
  }

  /** The first page (again), or the next one after the shown. */
  async function loadList(next = false): Promise<boolean> {
    const variables = filterVariables();
    if (!variables) return false;
    list.setAttribute('aria-busy', 'true');
    try {
      const data = await graphql(VerwaltungTreffenDocument, { first: PAGE_SIZE, after: next ? after : null, ...variables });
      const page = data.meetings;
      problem.hidden = true;
      const cards = page.edges.map((e) => card(e.node));
      if (next) list.append(...cards);
      else list.replaceChildren(...cards);
      after = page.pageInfo.endCursor;
      more.hidden = !page.pageInfo.hasNextPage;
      const shown = list.children.length;
      count.textContent =
        page.totalCount === 0
          ? 'Kein Treffen passt zu dieser Auswahl.'
          : `${page.totalCount} Treffen, ${shown === page.totalCount ? 'alle' : `die neuesten ${shown}`} sind aufgeführt.`;
      return true;
    } catch (error) {
      problem.replaceChildren(el('p', {}, problemText(error)));
      problem.hidden = false;
      return false;
    } finally {
      list.setAttribute('aria-busy', 'false');
    }
  }

  filters.addEventListener('submit', (event) => {
    event.preventDefault();
    apply.disabled = true;
    void loadList().then((done) => {
      apply.disabled = false;
      if (done) announce(count.textContent ?? '');
    });
  });
  more.addEventListener('click', () => {
    const before = list.children.length;
    more.disabled = true;
    void loadList(true).then(() => {
      more.disabled = false;
      // The first of the added meetings gets the focus; the button may have gone.
      const first = list.children[before]?.querySelector('h3');
      if (first) {
        first.setAttribute('tabindex', '-1');
        (first as HTMLElement).focus();
      }
    });
  });

  async function loadTopics(): Promise<void> {
    topics = (await graphql(VerwaltungThemenDocument)).topics;
    createForm?.setTopics(topics);
    view?.setTopics(topics);
  }

  async function openMeeting(m: Meeting): Promise<void> {
    view = new MeetingView(m, topics, () => {
      views.back();
      view = null;
      document.title = 'Treffen – Verwaltung – KommunalNetz Hub';
      void loadList();
      heading.focus();
    });
    views.show(view.element);
    view.focus();
  }

  async function load(): Promise<void> {
    try {
      await loadTopics();
    } catch (error) {
      problem.replaceChildren(el('p', {}, problemText(error)));
      problem.hidden = false;
    }
    if (view) await view.load().catch((error: unknown) => view?.announce(problemText(error)));
    else await loadList();
  }

  return { element, load };
}

// ——— Experience reports ———

type ReportValues = Record<'title' | 'project' | 'topics' | 'tags' | 'status' | 'result' | 'contactFunction', string>;

function reportValues(r: Report): ReportValues {
  return {
    title: r.title,
    project: r.project,
    topics: sortedKey(r.topics.map((t) => t.id)),
    tags: r.tags.join(', '),
    status: r.status,
    result: r.result ?? '',
    contactFunction: r.contactFunction ?? '',
  };
}

/** "Erfahrungsbericht schreiben" (no record) or "Bericht ändern"; a change sends only what differs from the record. */
class ReportForm {
  readonly element: HTMLFormElement;
  private readonly picker = municipalityPicker({
    label: 'Kommune',
    hint: 'Die Mitgliedskommune, von der der Bericht stammt; Name oder Teil des Namens, z. B. „Kerzenheim“.',
    onPick: () => this.picker.clearError(),
  });
  private readonly title = field(
    input({ required: true, autocomplete: 'off' }),
    'Titel',
    'Kurz und sprechend, z. B. „Dorf-App in zwölf Ortsgemeinden“; 3 bis 200 Zeichen.',
  );
  private readonly project = field(
    el('textarea', { rows: '5', required: true }),
    'Vorhaben',
    'Was getan wurde oder geplant ist; 3 bis 5.000 Zeichen. Keine Namen oder E-Mail-Adressen: Erfahrungsberichte sind öffentlich. Zeilenumbrüche werden als Leerzeichen gespeichert.',
  );
  private readonly topics = new TopicChoice(
    'Themen',
    'Mindestens eines, höchstens 10 aus der Themenliste. Fehlt ein Thema, lässt es sich unter „Themen und Ansprechpartner“ hinzufügen.',
  );
  private readonly tags = field(
    input({ autocomplete: 'off' }),
    'Schlagwörter (freiwillig)',
    'Durch Kommas getrennt, z. B. „LoRaWAN, Sensorik“; „Wen fragen?“ findet auch sie. Höchstens 20, je bis 50 Zeichen.',
  );
  private readonly status: Field<HTMLSelectElement>;
  private readonly result = field(
    el('textarea', { rows: '4' }),
    'Ergebnis (freiwillig)',
    'Was daraus wurde, was sich bewährt hat; bei abgeschlossenen oder eingestellten Vorhaben sehr hilfreich. Bis 5.000 Zeichen, keine E-Mail-Adressen.',
  );
  private readonly contactFunction = field(
    input({ autocomplete: 'off' }),
    'Ansprechpartner (Funktion, freiwillig)',
    'Eine Funktion oder Stelle, z. B. „Digitalisierungsbeauftragte der Verbandsgemeinde“ – kein Name, keine E-Mail-Adresse, keine Telefonnummer. Die Ansprechperson wird bei der Mitgliedschaft geführt.',
  );
  private readonly submit: HTMLButtonElement;
  private readonly outcome = el('div', { class: 'form-result', role: 'status' });
  private baseline: ReportValues | null = null;

  constructor(
    private record: Report | null,
    private readonly onSaved: (report: Report) => Promise<void> | void,
    private readonly onConflict: () => void = () => undefined,
  ) {
    const creating = !record;
    this.status = field(
      select([...(creating ? [['', 'Bitte wählen'] as [string, string]] : []), ...(Object.entries(REPORT_STATUS) as [string, string][])], {
        required: true,
      }),
      'Stand des Vorhabens',
    );
    this.submit = el('button', { type: 'submit' }, creating ? 'Bericht speichern' : 'Änderungen speichern');
    this.element = el(
      'form',
      { class: 'knowledge-form', novalidate: true, 'aria-label': creating ? 'Erfahrungsbericht schreiben' : 'Erfahrungsbericht ändern' },
      ...(creating ? [this.picker.element] : []),
      this.title.wrapper,
      this.project.wrapper,
      this.topics.element,
      this.tags.wrapper,
      this.status.wrapper,
      this.result.wrapper,
      this.contactFunction.wrapper,
      el('div', { class: 'button-row' }, this.submit),
      this.outcome,
    );
    this.element.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.send();
    });
    if (record) this.fill(record, false);
  }

  setTopics(topics: Topic[]): void {
    this.topics.setTopics(topics);
  }

  private read(): ReportValues {
    return {
      title: this.title.control.value.trim(),
      project: normalise(this.project.control.value),
      topics: sortedKey(this.topics.value()),
      tags: parseTags(this.tags.control.value).join(', '),
      status: this.status.control.value,
      result: normalise(this.result.control.value),
      contactFunction: this.contactFunction.control.value.trim(),
    };
  }

  /** Shows a record; with keepTyped, fields the person changed keep their text. */
  fill(record: Report, keepTyped: boolean): void {
    const fresh = reportValues(record);
    const now = this.read();
    const untouched = (key: keyof ReportValues) => !keepTyped || !this.baseline || now[key] === this.baseline[key];
    if (untouched('title')) this.title.control.value = fresh.title;
    if (untouched('project')) this.project.control.value = fresh.project;
    if (untouched('topics')) this.topics.set(record.topics.map((t) => t.id));
    if (untouched('tags')) this.tags.control.value = fresh.tags;
    if (untouched('status')) this.status.control.value = fresh.status;
    if (untouched('result')) this.result.control.value = fresh.result;
    if (untouched('contactFunction')) this.contactFunction.control.value = fresh.contactFunction;
    this.record = record;
    this.baseline = fresh;
  }

  private get targets(): ErrorTarget[] {
    return [this.title, this.project, this.tags, this.status, this.result, this.contactFunction]
      .map(target)
      .concat([this.picker, this.topics]);
  }

  private validate(values: ReportValues): boolean {
    for (const t of this.targets) t.clearError();
    const problems = new Problems();
    if (!this.record && !this.picker.selected()) problems.add(this.picker, 'Bitte die Kommune suchen und in der Liste auswählen.');
    problems.add(target(this.title), textProblem(values.title, 200, { min: 3, missing: 'Bitte den Titel angeben.' }));
    const noEmail = (text: string) =>
      holdsEmailAddress(text) ? 'Bitte keine E-Mail-Adressen angeben: Erfahrungsberichte sind öffentlich.' : null;
    problems.add(
      target(this.project),
      textProblem(values.project, 5000, { min: 3, missing: 'Bitte das Vorhaben beschreiben.' }) ?? noEmail(values.project),
    );
    const topics = this.topics.value();
    if (topics.length === 0) problems.add(this.topics, 'Bitte mindestens ein Thema wählen.');
    else if (topics.length > 10) problems.add(this.topics, `Höchstens 10 Themen sind möglich; gewählt sind ${topics.length}.`);
    problems.add(target(this.tags), tagsProblem(parseTags(values.tags)));
    if (!values.status) problems.add(target(this.status), 'Bitte angeben, wie weit das Vorhaben ist.');
    problems.add(target(this.result), textProblem(values.result, 5000) ?? noEmail(values.result));
    problems.add(
      target(this.contactFunction),
      textProblem(values.contactFunction, 200) ??
        (holdsContactDetails(values.contactFunction) || holdsSalutation(values.contactFunction)
          ? 'Bitte nur eine Funktion oder Stelle nennen, z. B. „Digitalisierungsbeauftragte der Verbandsgemeinde“ – keinen Namen mit Anrede, keine E-Mail-Adresse und keine Telefonnummer.'
          : null),
    );
    return !problems.show();
  }

  private async send(): Promise<void> {
    this.outcome.replaceChildren();
    const values = this.read();
    if (!this.validate(values)) return;
    const byArgument: Record<string, ErrorTarget> = {
      'input.title': target(this.title),
      'input.project': target(this.project),
      'input.topicIds': this.topics,
      'input.tags': target(this.tags),
      'input.status': target(this.status),
      'input.result': target(this.result),
      'input.contactFunction': target(this.contactFunction),
    };
    const chosen = this.picker.selected();
    this.submit.disabled = true;
    try {
      let saved: Report;
      if (!this.record) {
        const report: ExperienceReportInput = {
          municipalityKey: chosen!.ars,
          title: values.title,
          project: values.project,
          topicIds: this.topics.value(),
          tags: parseTags(values.tags),
          status: values.status as ExperienceStatus,
          result: values.result || null,
          contactFunction: values.contactFunction || null,
        };
        saved = (await graphql(VerwaltungBerichtSchreibenDocument, { input: report })).createExperienceReport;
        this.element.reset();
        this.topics.set([]);
        this.picker.reset();
      } else {
        const before = this.baseline ?? reportValues(this.record);
        const changed = (key: keyof ReportValues) => values[key] !== before[key];
        const changes: ExperienceReportUpdateInput = {};
        if (changed('title')) changes.title = values.title;
        if (changed('project')) changes.project = values.project;
        if (changed('topics')) changes.topicIds = this.topics.value();
        if (changed('tags')) changes.tags = parseTags(values.tags);
        if (changed('status')) changes.status = values.status as ExperienceStatus;
        if (changed('result')) changes.result = values.result || null;
        if (changed('contactFunction')) changes.contactFunction = values.contactFunction || null;
        if (Object.keys(changes).length === 0) {
          this.outcome.replaceChildren(el('p', {}, 'Nichts geändert: Alle Angaben sind so gespeichert.'));
          return;
        }
        const data = await graphql(VerwaltungBerichtAendernDocument, { id: this.record.id, version: this.record.version, input: changes });
        saved = data.updateExperienceReport;
        this.fill(saved, false);
      }
      await this.onSaved(saved);
    } catch (error) {
      if (error instanceof ApiProblem && error.kind === 'conflict' && this.record) this.onConflict();
      else if (
        error instanceof ApiProblem &&
        !this.record &&
        (argumentOf(error) === 'input.municipalityKey' || error.kind === 'not-found')
      ) {
        this.picker.showError(
          refusedArs(error).length
            ? `Abgelehnt: ${chosen?.name ?? 'Diese Kommune'} ist kein Mitglied des Netzwerks Digitale Dörfer RLP (weder laufend noch mit unbekanntem Status). Erfahrungsberichte gibt es nur von Mitgliedern.`
            : 'Abgelehnt: Diese Kommune lässt sich so nicht wählen; bitte erneut suchen.',
        );
        this.picker.focus();
      } else showApiError(error, byArgument, this.outcome);
    } finally {
      this.submit.disabled = false;
    }
  }
}

function reportFacts(r: Report): HTMLElement {
  const pairs: [string, string | Node][] = [
    ['Kommune', municipalityText(r.municipality)],
    ['Stand', REPORT_STATUS[r.status] ?? r.status],
    ['Themen', r.topics.map((t) => t.name).join(', ') || '–'],
  ];
  if (r.tags.length) pairs.push(['Schlagwörter', r.tags.join(', ')]);
  pairs.push(
    ['Vorhaben', r.project],
    ['Ergebnis', r.result ?? '–'],
    ['Ansprechpartner (Funktion)', r.contactFunction ?? '–'],
    ['Erfasst am', formatDate(r.createdAt.slice(0, 10))],
  );
  if (r.updatedAt.slice(0, 19) !== r.createdAt.slice(0, 19)) pairs.push(['Zuletzt geändert', formatDate(r.updatedAt.slice(0, 10))]);
  return facts(...pairs);
}

/** One report again, as stored now (null: it no longer exists). */
async function findReport(report: Report): Promise<Report | null> {
  return (await graphql(VerwaltungEinBerichtDocument, { id: report.id })).experienceReport ?? null;
}

/** A report's page with "Bericht ändern"; the form keeps what was typed through every reload. */
class ReportView {
  private readonly heading = el('h1', { id: uid('bericht'), tabindex: '-1' });
  readonly element = el('section', { class: 'screen', 'aria-labelledby': this.heading.id });
  private readonly status = el('p', { class: 'status', role: 'status', tabindex: '-1' });
  private readonly conflict = conflictBox();
  private readonly summary = el('div', {});
  private readonly form: ReportForm;

  constructor(
    private record: Report,
    topics: Topic[],
    back: () => void,
  ) {
    const backButton = el('button', { type: 'button', class: 'secondary' }, 'Zurück zu den Erfahrungsberichten');
    backButton.addEventListener('click', back);
    this.form = new ReportForm(
      record,
      (saved) => {
        this.record = saved;
        this.conflict.hide();
        this.render();
        this.announce(`Der Erfahrungsbericht „${saved.title}“ ist gespeichert.`);
      },
      () =>
        this.conflict.show(
          'Der Erfahrungsbericht wurde inzwischen geändert',
          `Jemand anderes hat den Bericht „${this.record.title}“ inzwischen geändert. Ihre Änderung wurde deshalb nicht gespeichert.`,
          async () => {
            await this.load();
            return 'Neu geladen: Oben steht der aktuelle Stand. Ihre Eingaben sind erhalten; bitte prüfen und erneut speichern.';
          },
        ),
    );
    this.form.setTopics(topics);
    this.element.append(
      backButton,
      this.heading,
      this.status,
      this.conflict.element,
      el('h2', {}, 'Aktueller Stand'),
      this.summary,
      el('h2', {}, 'Bericht ändern'),
      el('p', { class: 'hint' }, 'Die Kommune eines Berichts bleibt; alles andere lässt sich ändern.'),
      this.form.element,
    );
    this.render();
  }

  focus(): void {
    this.heading.focus();
  }

  announce(text: string): void {
    this.status.textContent = text;
    this.status.focus();
  }

  setTopics(topics: Topic[]): void {
    this.form.setTopics(topics);
  }

  private render(): void {
    this.heading.textContent = `Erfahrungsbericht: ${this.record.title}`;
    document.title = `${this.record.title} – Erfahrungsberichte – Verwaltung – KommunalNetz Hub`;
    this.summary.replaceChildren(reportFacts(this.record));
  }

  async load(): Promise<void> {
    const fresh = await findReport(this.record);
    if (!fresh) throw new ApiProblem('not-found', 'Der Erfahrungsbericht ist nicht mehr vorhanden.');
    this.record = fresh;
    this.form.fill(fresh, true);
    this.render();
  }
}

function reportsScreen(session: Session): OpenedScreen {
  const writable = canWriteDigitaleDoerfer(session);
  const listView = el('section', { class: 'screen', 'aria-labelledby': 'berichte-titel' });
  const views = listWithPage(listView);
  const element = views.element;
  const heading = el('h1', { id: 'berichte-titel', tabindex: '-1' }, 'Erfahrungsberichte');
  const status = el('p', { class: 'status', role: 'status', tabindex: '-1' });
  const problem = el('div', { class: 'problem', role: 'alert', hidden: true });
  const count = el('p', { class: 'hint' });
  const list = el('div', { class: 'record-list', 'aria-busy': 'false' });
  const more = el('button', { type: 'button', class: 'secondary', hidden: true }, 'Weitere Berichte laden');
  let topics: Topic[] = [];
  let after: string | null = null;
  let view: ReportView | null = null;

  // Filters the API offers: a topic and a municipality.
  const topicFilter = field(select([['', 'Alle Themen']]), 'Thema');
  const municipalityFilter = municipalityPicker({
    label: 'Kommune (freiwillig)',
    hint: 'Nur Berichte dieser Kommune: Name oder Teil des Namens suchen und auswählen.',
    onPick: () => undefined,
  });
  const apply = el('button', { type: 'submit' }, 'Berichte anzeigen');
  const reset = el('button', { type: 'button', class: 'secondary' }, 'Filter zurücksetzen');
  const filters = el(
    'form',
    { class: 'filters', novalidate: true, 'aria-label': 'Erfahrungsberichte filtern' },
    topicFilter.wrapper,
    municipalityFilter.element,
    el('div', { class: 'button-row' }, apply, reset),
  );

  const announce = (text: string) => {
    status.textContent = text;
    status.focus();
  };

  const createForm = writable
    ? new ReportForm(null, async (report) => {
        await loadList();
        announce(`Der Erfahrungsbericht „${report.title}“ von ${report.municipality.name} ist gespeichert.`);
      })
    : null;

  listView.append(
    heading,
    el(
      'p',
      { class: 'lead' },
      writable
        ? 'Was Mitgliedskommunen ausprobiert haben und was daraus wurde, die neuesten zuerst. Berichte schreiben und ändern; „Wen fragen?“ findet sie nach Thema und Schlagwort.'
        : 'Was Mitgliedskommunen ausprobiert haben und was daraus wurde, die neuesten zuerst. Schreiben und ändern dürfen die Koordination des Netzwerks Digitale Dörfer RLP und das Ministerium.',
    ),
    status,
    problem,
  );
  if (createForm) listView.append(el('h2', {}, 'Erfahrungsbericht schreiben'), createForm.element);
  listView.append(el('h2', {}, 'Alle Erfahrungsberichte'), filters, count, list, el('div', { class: 'more-row' }, more));

  function card(r: Report): HTMLElement {
    const headingId = uid('bericht');
    const article = el(
      'article',
      { class: 'record-card', 'aria-labelledby': headingId, 'data-report-id': r.id },
      el('h3', { id: headingId }, r.title),
      reportFacts(r),
    );
    if (writable) {
      const edit = el('button', { type: 'button', 'aria-describedby': headingId }, 'Bearbeiten');
      edit.addEventListener('click', () => openReport(r));
      article.append(edit);
    }
    return article;
  }

  async function loadList(next = false): Promise<boolean> {
    list.setAttribute('aria-busy', 'true');
    try {
      const data = await graphql(VerwaltungBerichteDocument, {
        first: PAGE_SIZE,
        after: next ? after : null,
        topicId: topicFilter.control.value || null,
        municipalityKey: municipalityFilter.selected()?.ars ?? null,
      });
      const page = data.experienceReports;
      problem.hidden = true;
      const cards = page.edges.map((e) => card(e.node));
      if (next) list.append(...cards);
      else list.replaceChildren(...cards);
      after = page.pageInfo.endCursor;
      more.hidden = !page.pageInfo.hasNextPage;
      const shown = list.children.length;
      count.textContent =
        page.totalCount === 0
          ? 'Kein Erfahrungsbericht passt zu dieser Auswahl.'
          : `${page.totalCount} ${page.totalCount === 1 ? 'Erfahrungsbericht' : 'Erfahrungsberichte'}, ${shown === page.totalCount ? 'alle' : `die neuesten ${shown}`} sind aufgeführt.`;
      return true;
    } catch (error) {
      problem.replaceChildren(el('p', {}, problemText(error)));
      problem.hidden = false;
      return false;
    } finally {
      list.setAttribute('aria-busy', 'false');
    }
  }

  filters.addEventListener('submit', (event) => {
    event.preventDefault();
    apply.disabled = true;
    void loadList().then((done) => {
      apply.disabled = false;
      if (done) announce(count.textContent ?? '');
    });
  });
  reset.addEventListener('click', () => {
    topicFilter.control.value = '';
    municipalityFilter.reset();
    void loadList().then((done) => {
      if (done) announce(count.textContent ?? '');
    });
  });
  more.addEventListener('click', () => {
    const before = list.children.length;
    more.disabled = true;
    void loadList(true).then(() => {
      more.disabled = false;
      const first = list.children[before]?.querySelector('h3');
      if (first) {
        first.setAttribute('tabindex', '-1');
        (first as HTMLElement).focus();
      }
    });
  });

  async function loadTopics(): Promise<void> {
    topics = (await graphql(VerwaltungThemenDocument)).topics;
    createForm?.setTopics(topics);
    view?.setTopics(topics);
    const chosen = topicFilter.control.value;
    topicFilter.control.replaceChildren(
      el('option', { value: '' }, 'Alle Themen'),
      ...topics.map((t) => el('option', { value: t.id }, t.name)),
    );
    topicFilter.control.value = topics.some((t) => t.id === chosen) ? chosen : '';
  }

  function openReport(r: Report): void {
    view = new ReportView(r, topics, () => {
      views.back();
      view = null;
      document.title = 'Erfahrungsberichte – Verwaltung – KommunalNetz Hub';
      void loadList();
      heading.focus();
    });
    views.show(view.element);
    view.focus();
  }

  async function load(): Promise<void> {
    try {
      await loadTopics();
    } catch (error) {
      problem.replaceChildren(el('p', {}, problemText(error)));
      problem.hidden = false;
    }
    if (view) await view.load().catch((error: unknown) => view?.announce(problemText(error)));
    else await loadList();
  }

  return { element, load };
}

// ——— "Wen fragen?" and the topics ———

function matchCard(match: Match, position: number, session: Session): HTMLElement {
  const r = match.report;
  const m = r.municipality;
  const headingId = uid('antwort');
  const dd = m.digitaleDoerfer;
  let contact: string | Node;
  if (!dd?.hasContactPerson) contact = 'Keine Ansprechperson benannt.';
  else if (!canReadContacts(session) || !dd.contactPerson?.name)
    contact = 'Eine Ansprechperson ist benannt; Ihre Rolle darf sie nicht sehen.';
  else {
    const c = dd.contactPerson;
    const parts: (string | Node)[] = [c.name ?? ''];
    if (c.function) parts.push(`, ${c.function}`);
    if (c.email) parts.push(', ', el('a', { href: `mailto:${c.email}` }, c.email));
    if (c.phone) parts.push(`, Telefon ${c.phone}`);
    contact = el('span', {}, ...parts);
  }
  return el(
    'article',
    { class: 'record-card', 'aria-labelledby': headingId },
    el('h3', { id: headingId }, `${position}. ${m.name}: ${r.title}`),
    facts(
      ['Kommune', municipalityText(m)],
      ['Warum', el('ul', { class: 'reasons' }, ...match.reasons.map((reason) => el('li', {}, reason)))],
      ['Stand', REPORT_STATUS[r.status] ?? r.status],
      ['Vorhaben', r.project],
      ['Ergebnis', r.result ?? '–'],
      ['Ansprechpartner (Funktion)', r.contactFunction ?? '–'],
      ['Ansprechperson der Kommune', contact],
    ),
  );
}

function topicsScreen(session: Session): OpenedScreen {
  const writable = canWriteDigitaleDoerfer(session);
  const status = el('p', { class: 'status', role: 'status', tabindex: '-1' });
  const problem = el('div', { class: 'problem', role: 'alert', hidden: true });
  let topics: Topic[] = [];

  // "Wen fragen?": the API's inputs of whomToAsk — a topic or keyword, and optionally who asks.
  const suggestions = el('datalist', { id: uid('themenvorschlaege') });
  const question = field(
    input({ required: true, autocomplete: 'off', list: suggestions.id }),
    'Thema oder Stichwort',
    'Worum es gehen soll, z. B. „Dorf-App“, „Bürgerbeteiligung“ oder „LoRaWAN“; die Themen der Liste werden beim Tippen vorgeschlagen. Schreibweise und Umlaute sind egal.',
  );
  const asking = municipalityPicker({
    label: 'Fragende Kommune (freiwillig)',
    hint: 'Wer fragt: Ähnliche Kommunen (gleiche Art, Größe, gleicher Landkreis) stehen dann weiter oben; ihre eigenen Berichte fehlen.',
    onPick: () => undefined,
  });
  const ask = el('button', { type: 'submit' }, 'Wen fragen?');
  const answerStatus = el('p', { role: 'status', class: 'hint' });
  const answers = el('div', { class: 'record-list', 'aria-busy': 'false' });
  const askForm = el(
    'form',
    { class: 'knowledge-form', novalidate: true, 'aria-label': 'Wen fragen?' },
    question.wrapper,
    suggestions,
    asking.element,
    el('div', { class: 'button-row' }, ask),
  );
  askForm.addEventListener('submit', (event) => {
    event.preventDefault();
    void sendQuestion();
  });

  async function sendQuestion(): Promise<void> {
    question.clearError();
    asking.clearError();
    const text = question.control.value.trim();
    const invalid =
      textProblem(text, 100, { missing: 'Bitte ein Thema oder Stichwort eingeben.' }) ??
      (/[\p{L}\p{N}]/u.test(text) ? null : 'Bitte mindestens einen Buchstaben oder eine Ziffer eingeben.');
    if (invalid) {
      question.showError(invalid);
      question.control.focus();
      return;
    }
    const from = asking.selected();
    ask.disabled = true;
    answers.setAttribute('aria-busy', 'true');
    answerStatus.textContent = 'Suche läuft …';
    try {
      const data = await graphql(VerwaltungWenFragenDocument, {
        topic: text,
        forMunicipality: from?.ars ?? null,
        first: MATCHES,
        withContacts: canReadContacts(session),
      });
      const matches = data.whomToAsk;
      answers.replaceChildren(...matches.map((match, i) => matchCard(match, i + 1, session)));
      const forWhom = from ? ` für ${from.name}` : '';
      answerStatus.textContent = matches.length
        ? `${matches.length === 1 ? 'Ein Erfahrungsbericht passt' : `${matches.length} Erfahrungsberichte passen`} zu „${text}“${forWhom}, der passendste zuerst.`
        : `Zu „${text}“ hat noch kein Mitglied einen Erfahrungsbericht geschrieben${from ? ` (die eigenen Berichte von ${from.name} zählen nicht)` : ''}. Vielleicht hilft ein anderes Stichwort.`;
    } catch (error) {
      answerStatus.textContent = '';
      if (error instanceof ApiProblem && argumentOf(error) === 'forMunicipality') asking.showError(error.text);
      else if (error instanceof ApiProblem && argumentOf(error) === 'topic')
        question.showError(`Die Schnittstelle hat diese Angabe nicht angenommen: ${error.apiMessage ?? ''}`.trim());
      else answers.replaceChildren(el('p', { class: 'problem' }, problemText(error)));
    } finally {
      ask.disabled = false;
      answers.setAttribute('aria-busy', 'false');
    }
  }

  // The topics, and "Thema hinzufügen" for those who may.
  const topicCount = el('p', { class: 'hint' });
  const topicTable = el('div', {});
  const name = field(
    input({ required: true, autocomplete: 'off' }),
    'Name des Themas',
    'Auf Deutsch, 2 bis 100 Zeichen, z. B. „Digitale Friedhofsverwaltung“.',
  );
  const slug = field(
    input({ autocomplete: 'off', spellcheck: 'false' }),
    'Kennung (freiwillig)',
    'Kleinbuchstaben, Ziffern und einzelne Bindestriche, höchstens 60 Zeichen, z. B. „friedhofsverwaltung“. Leer: Sie wird aus dem Namen gebildet.',
  );
  const addButton = el('button', { type: 'submit' }, 'Thema hinzufügen');
  const addResult = el('div', { class: 'form-result', role: 'status' });
  const addForm = el(
    'form',
    { class: 'knowledge-form', novalidate: true, 'aria-label': 'Thema hinzufügen' },
    name.wrapper,
    slug.wrapper,
    el('div', { class: 'button-row' }, addButton),
    addResult,
  );
  addForm.addEventListener('submit', (event) => {
    event.preventDefault();
    void sendTopic();
  });

  async function sendTopic(): Promise<void> {
    name.clearError();
    slug.clearError();
    addResult.replaceChildren();
    const value = name.control.value.trim().replace(/\s+/g, ' ');
    const id = slug.control.value.trim();
    const problems = new Problems();
    problems.add(
      target(name),
      textProblem(value, 100, { min: 2, missing: 'Bitte den Namen des Themas angeben.' }) ??
        (/[\p{L}\p{N}]/u.test(value) ? null : 'Der Name braucht mindestens einen Buchstaben oder eine Ziffer.'),
    );
    if (id && (id.length > 60 || !SLUG.test(id)))
      problems.add(
        target(slug),
        'Die Kennung besteht aus Kleinbuchstaben (ohne Umlaute), Ziffern und einzelnen Bindestrichen, höchstens 60 Zeichen.',
      );
    if (problems.show()) return;
    addButton.disabled = true;
    try {
      const { addTopic } = await graphql(VerwaltungThemaHinzufuegenDocument, { name: value, id: id || null });
      addForm.reset();
      await loadTopics();
      status.textContent = `Das Thema „${addTopic.name}“ ist hinzugefügt (Kennung ${addTopic.id}); es steht jetzt bei Treffen und Erfahrungsberichten zur Wahl.`;
      status.focus();
    } catch (error) {
      if (error instanceof ApiProblem && error.kind === 'conflict') {
        name.showError(
          'Dieses Thema gibt es schon: Ein Thema mit gleichem Namen (Groß- und Kleinschreibung und Umlaute zählen nicht) oder gleicher Kennung steht in der Liste.',
        );
        name.control.focus();
      } else showApiError(error, { name: target(name), id: target(slug) }, addResult);
    } finally {
      addButton.disabled = false;
    }
  }

  const element = el(
    'section',
    { class: 'screen', 'aria-labelledby': 'themen-titel' },
    el('h1', { id: 'themen-titel' }, 'Themen und Ansprechpartner'),
    el(
      'p',
      { class: 'lead' },
      'Wen fragen? Zu einem Thema die Mitgliedskommunen finden, die damit Erfahrung haben – Transferstellen und ähnliche Kommunen zuerst. Darunter die Themenliste des Wissensaustauschs.',
    ),
    status,
    problem,
    el('h2', {}, 'Wen fragen?'),
    askForm,
    answerStatus,
    answers,
    el('h2', {}, 'Themen'),
    topicCount,
    topicTable,
  );
  if (writable) element.append(el('h2', {}, 'Thema hinzufügen'), addForm);

  async function loadTopics(): Promise<void> {
    topics = (await graphql(VerwaltungThemenDocument)).topics;
    suggestions.replaceChildren(...topics.map((t) => el('option', { value: t.name })));
    topicCount.textContent = `${topics.length} Themen, nach Namen geordnet.`;
    const captionId = uid('themen');
    topicTable.replaceChildren(
      el(
        'div',
        { class: 'table-box', tabindex: '0', role: 'region', 'aria-labelledby': captionId },
        el(
          'table',
          {},
          el('caption', { id: captionId }, 'Themen des Wissensaustauschs'),
          el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Thema'), el('th', { scope: 'col' }, 'Kennung'))),
          el('tbody', {}, ...topics.map((t) => el('tr', {}, el('th', { scope: 'row' }, t.name), el('td', {}, t.id)))),
        ),
      ),
    );
  }

  async function load(): Promise<void> {
    try {
      await loadTopics();
      problem.hidden = true;
    } catch (error) {
      problem.replaceChildren(el('p', {}, problemText(error)));
      problem.hidden = false;
    }
  }

  return { element, load };
}

export const KNOWLEDGE_SCREENS: Screen[] = [
  { id: 'treffen', title: 'Treffen', allowed: () => true, open: meetingsScreen },
  { id: 'erfahrungsberichte', title: 'Erfahrungsberichte', allowed: () => true, open: reportsScreen },
  { id: 'themen', title: 'Themen und Ansprechpartner', allowed: () => true, open: topicsScreen },
];
