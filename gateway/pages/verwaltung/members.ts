// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

/// <reference lib="dom" />
// Screen "Mitglieder": the membership records of the Netzwerk Digitale Dörfer RLP with filters
// (status, Landkreis, type of unit, with/without contact person, as of a date) and a page per
// municipality: both memberships (Digitale Dörfer with its history and dated roles, IKONE-DS as
// its feed reports it), the contact person for roles that may read it, the meetings attended, and
// — for the network's coordinators and the ministry — "Ansprechperson festlegen/entfernen" and
// "Mitgliedschaft beenden", each sent with the version last seen. A CONFLICT is explained with a
// "Neu laden" that fetches the record again and keeps everything typed, as in the inbox.
// Status, contact person and date are filtered by the API (digitaleDoerferMemberships); Landkreis
// and type on the page, from each record's municipality (the API's list has no such filter), with
// the Landkreise from municipalities(filter: { types }).
import { isValidDate, today } from '../../../common/dates';
import type { OpenedScreen, Screen } from './screen';
import { ApiProblem, graphql, request } from './api';
import {
  el,
  field,
  formatDate,
  formatPreciseDate,
  input,
  MEMBERSHIP_STATUS,
  MUNICIPALITY_TYPES,
  uid,
  type Control,
  type Field,
} from './dom';
import { describeMunicipality, type MunicipalityChoice } from './municipality-picker';
import { canReadContacts, canWriteDigitaleDoerfer, type Session } from './session';

interface Member {
  id: string;
  status: string;
  role: string;
  startedOn: string | null;
  startedOnPrecision: string | null;
  endedOn: string | null;
  lastConfirmedOn: string | null;
  hasContactPerson: boolean;
  municipality: MunicipalityChoice & { district: { ars: string; name: string; type: string } };
}

interface Contact {
  name: string | null;
  function: string | null;
  email: string | null;
  phone: string | null;
  version: number;
}

interface DdRecord {
  id: string;
  status: string;
  role: string;
  version: number;
  source: string;
  startedOn: string | null;
  startedOnPrecision: string | null;
  endedOn: string | null;
  lastConfirmedOn: string | null;
  letterDate: string | null;
  receivedOn: string | null;
  signedBy?: string | null;
  decidedOn: string | null;
  decisionReason: string | null;
  note: string | null;
  hasContactPerson: boolean;
  contactPerson?: Contact | null;
}

interface RoleTerm {
  id: string;
  role: string;
  startedOn: string;
  startedOnPrecision: string;
  endedOn: string | null;
  endedOnPrecision: string | null;
  lastConfirmedOn: string | null;
  note: string | null;
}

interface MunicipalityPage extends MunicipalityChoice {
  population: number | null;
  digitaleDoerfer: DdRecord | null;
  digitaleDoerferHistory: DdRecord[];
  digitaleDoerferRoles: RoleTerm[];
  ikoneDs: {
    role: string;
    joinedOn: string | null;
    joinedOnPrecision: string | null;
    firstNamedOn: string | null;
    firstNamedOnPrecision: string | null;
    lastConfirmedOn: string | null;
    lastConfirmedOnPrecision: string | null;
    note: string | null;
  } | null;
  meetingsAttended: { id: string; title: string; heldOn: string; heldOnPrecision: string; place: string | null }[];
}

const PAGE_SIZE = 100;
/** At most this many pages are fetched for one list (the network has a few hundred records). */
const MAX_PAGES = 20;

const MEMBER_LIST = `query VerwaltungMitglieder($after: String, $status: [MembershipStatus!], $asOf: LocalDate, $hasContactPerson: Boolean) {
  digitaleDoerferMemberships(first: ${PAGE_SIZE}, after: $after, status: $status, asOf: $asOf, hasContactPerson: $hasContactPerson) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node {
      id status role startedOn startedOnPrecision endedOn lastConfirmedOn hasContactPerson
      municipality { ars ags name type verbandsgemeinde { name } district { ars name type } }
    } }
  }
}`;

const DISTRICTS = `query VerwaltungLandkreise {
  municipalities(first: 100, filter: { types: [LANDKREIS, KREISFREIE_STADT] }) { edges { node { ars name type } } }
}`;

const RECORD_FIELDS = `id status role version source startedOn startedOnPrecision endedOn lastConfirmedOn letterDate receivedOn
  decidedOn decisionReason note hasContactPerson`;
const CONTACT_FIELDS = 'signedBy contactPerson { name function email phone version }';

function pageQuery(withContacts: boolean): string {
  return `query VerwaltungKommune($key: ID!) {
  municipality(key: $key) {
    ars ags name type population verbandsgemeinde { name } district { name type }
    digitaleDoerfer { ${RECORD_FIELDS} ${withContacts ? CONTACT_FIELDS : ''} }
    digitaleDoerferHistory { ${RECORD_FIELDS} }
    digitaleDoerferRoles { id role startedOn startedOnPrecision endedOn endedOnPrecision lastConfirmedOn note }
    ikoneDs { role joinedOn joinedOnPrecision firstNamedOn firstNamedOnPrecision lastConfirmedOn lastConfirmedOnPrecision note }
    meetingsAttended { id title heldOn heldOnPrecision place }
  }
}`;
}

const SET_CONTACT = `mutation VerwaltungAnsprechpersonFestlegen($id: ID!, $version: Int!, $contact: ContactPersonInput!) {
  setContactPerson(membershipId: $id, expectedVersion: $version, contact: $contact) { id hasContactPerson }
}`;
const REMOVE_CONTACT = `mutation VerwaltungAnsprechpersonEntfernen($id: ID!, $version: Int!) {
  removeContactPerson(membershipId: $id, expectedVersion: $version) { id hasContactPerson }
}`;
const END_MEMBERSHIP = `mutation VerwaltungMitgliedschaftBeenden($id: ID!, $version: Int!, $endedOn: LocalDate!, $reason: String) {
  endMembership(membershipId: $id, expectedVersion: $version, endedOn: $endedOn, reason: $reason) { id status endedOn version }
}`;

const DD_ROLES: { [role: string]: string } = {
  TRANSFER_POINT: 'Transferstelle',
  MODEL_MUNICIPALITY: 'Modellkommune des Projekts „Digitale Dörfer“',
  MEMBER: 'Mitglied',
};
const IKONE_ROLES: { [role: string]: string } = { MEMBER: 'Mitgliedsstadt', COORDINATOR: 'Koordination des Netzwerks' };
const SOURCES: { [source: string]: string } = {
  LETTER: 'Beitrittsschreiben',
  PUBLIC_SOURCE: 'Öffentliche Quelle',
  IMPORT: 'Import einer Mitgliederliste',
};

function problemText(error: unknown): string {
  return error instanceof ApiProblem ? error.text : 'Unerwarteter Fehler; bitte die Seite neu laden.';
}

function facts(...pairs: [string, string | Node][]): HTMLElement {
  return el('dl', { class: 'facts' }, ...pairs.flatMap(([term, value]) => [el('dt', {}, term), el('dd', {}, value)]));
}

function table(caption: string, headings: string[], rows: (string | Node)[][]): HTMLElement {
  const captionId = uid('tabelle');
  return el(
    'div',
    { class: 'table-box', tabindex: '0', role: 'region', 'aria-labelledby': captionId },
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

function select(options: [string, string][], attributes: { [name: string]: string | boolean } = {}): HTMLSelectElement {
  return el('select', attributes, ...options.map(([value, label]) => el('option', { value }, label)));
}

/** The screen: the filtered list, and a municipality's page in its place when one is opened. */
function membersScreen(session: Session): OpenedScreen {
  const listView = el('section', { class: 'screen', 'aria-labelledby': 'mitglieder-titel' });
  const pageView = el('div', { hidden: true });
  const element = el('div', {}, listView, pageView);

  // Filters
  const statusBoxes = Object.entries(MEMBERSHIP_STATUS).map(([value, label]) => {
    const box = el('input', { type: 'checkbox', id: uid('status'), value, checked: value === 'ACTIVE' || value === 'UNKNOWN' });
    return { box, wrapper: el('div', { class: 'choice' }, box, el('label', { for: box.id }, label)) };
  });
  const statusSet = el(
    'fieldset',
    { class: 'status-filter' },
    el('legend', {}, 'Status'),
    el('div', { class: 'choice-grid' }, ...statusBoxes.map((s) => s.wrapper)),
  );
  const district = field(select([['', 'Alle Landkreise und kreisfreien Städte']]), 'Landkreis oder kreisfreie Stadt');
  const type = field(select([['', 'Alle Arten'], ...Object.entries(MUNICIPALITY_TYPES)]), 'Art der Kommune');
  const contact = field(
    select([
      ['', 'Mit und ohne'],
      ['true', 'Nur mit Ansprechperson'],
      ['false', 'Nur ohne Ansprechperson'],
    ]),
    'Ansprechperson',
  );
  const asOf = field(
    input({ type: 'date' }),
    'Stichtag',
    'Leer: alle Datensätze mit diesem Status. Mit Datum: die an diesem Tag gültigen Mitgliedschaften.',
  );
  const apply = el('button', { type: 'submit' }, 'Filter anwenden');
  const filterForm = el(
    'form',
    { class: 'filters', novalidate: true, 'aria-labelledby': 'filter-titel' },
    el('h2', { id: 'filter-titel' }, 'Filter'),
    statusSet,
    el('div', { class: 'field-row' }, district.wrapper, type.wrapper, contact.wrapper, asOf.wrapper),
    apply,
  );
  const status = el('p', { class: 'status', role: 'status', tabindex: '-1' });
  const problem = el('div', { class: 'problem', role: 'alert', hidden: true });
  const results = el('div', { 'aria-busy': 'false' });
  listView.append(
    el('h1', { id: 'mitglieder-titel' }, 'Mitglieder im Netzwerk Digitale Dörfer RLP'),
    el(
      'p',
      { class: 'lead' },
      'Mitgliedschaften suchen und filtern. Ein Klick auf den Namen öffnet die Seite der Kommune mit beiden Mitgliedschaften, Rollen, Ansprechperson und besuchten Netzwerktreffen.',
    ),
    filterForm,
    problem,
    el('h2', { id: 'liste-titel' }, 'Mitgliedschaften'),
    status,
    results,
  );

  let districtsLoaded = false;
  async function loadDistricts(): Promise<void> {
    if (districtsLoaded) return;
    const data = await graphql<{ municipalities: { edges: { node: { ars: string; name: string; type: string } }[] } }>(DISTRICTS);
    const nodes = data.municipalities.edges.map((e) => e.node).sort((a, b) => a.name.localeCompare(b.name, 'de'));
    district.control.append(
      ...nodes.map((d) => el('option', { value: d.ars }, `${d.name} (${d.type === 'LANDKREIS' ? 'Landkreis' : 'kreisfreie Stadt'})`)),
    );
    districtsLoaded = true;
  }

  function validate(): boolean {
    asOf.clearError();
    const value = asOf.control.value;
    if (value && !isValidDate(value)) {
      asOf.showError('Bitte ein gültiges Datum eingeben (TT.MM.JJJJ) oder das Feld leeren.');
      asOf.control.focus();
      return false;
    }
    return true;
  }

  async function loadList(): Promise<void> {
    results.setAttribute('aria-busy', 'true');
    try {
      await loadDistricts();
      const statuses = statusBoxes.filter((s) => s.box.checked).map((s) => s.box.value);
      const variables: { [name: string]: unknown } = {
        status: statuses.length ? statuses : null,
        asOf: asOf.control.value || null,
        hasContactPerson: contact.control.value === '' ? null : contact.control.value === 'true',
      };
      const members: Member[] = [];
      let after: string | null = null;
      for (let page = 0; page < MAX_PAGES; page++) {
        const data: {
          digitaleDoerferMemberships: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: Member }[] };
        } = await graphql(MEMBER_LIST, { ...variables, after });
        const list = data.digitaleDoerferMemberships;
        members.push(...list.edges.map((e) => e.node));
        if (!list.pageInfo.hasNextPage || !list.pageInfo.endCursor) break;
        after = list.pageInfo.endCursor;
      }
      const shown = members.filter(
        (m) =>
          (!district.control.value || m.municipality.district.ars === district.control.value) &&
          (!type.control.value || m.municipality.type === type.control.value),
      );
      problem.hidden = true;
      status.textContent =
        shown.length === 0
          ? 'Keine Mitgliedschaft passt zu diesen Filtern.'
          : `${shown.length} ${shown.length === 1 ? 'Mitgliedschaft passt' : 'Mitgliedschaften passen'} zu diesen Filtern.`;
      results.replaceChildren(shown.length ? memberTable(shown) : '');
    } catch (error) {
      problem.replaceChildren(el('p', {}, problemText(error)));
      problem.hidden = false;
    } finally {
      results.setAttribute('aria-busy', 'false');
    }
  }

  function memberTable(members: Member[]): HTMLElement {
    return table(
      'Mitgliedschaften im Netzwerk Digitale Dörfer RLP',
      ['Kommune', 'Art und Lage', 'Status', 'Mitglied seit', 'Beendet am', 'Zuletzt bestätigt', 'Ansprechperson'],
      members.map((m) => {
        const open = el('button', { type: 'button', class: 'link' }, m.municipality.name);
        open.addEventListener('click', () => void openPage(m.municipality.ars));
        return [
          open,
          describeMunicipality(m.municipality),
          `${MEMBERSHIP_STATUS[m.status] ?? m.status}${m.role === 'TRANSFER_POINT' ? ', Transferstelle' : ''}`,
          formatPreciseDate(m.startedOn, m.startedOnPrecision),
          formatDate(m.endedOn),
          formatDate(m.lastConfirmedOn),
          m.hasContactPerson ? 'benannt' : 'keine',
        ];
      }),
    );
  }

  filterForm.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!validate()) return;
    apply.disabled = true;
    void loadList().finally(() => {
      apply.disabled = false;
      status.focus();
    });
  });

  let page: MunicipalityView | null = null;
  async function openPage(ars: string): Promise<void> {
    page = new MunicipalityView(ars, session, () => {
      pageView.hidden = true;
      pageView.replaceChildren();
      listView.hidden = false;
      page = null;
      void loadList();
      (listView.querySelector('h1') as HTMLElement).setAttribute('tabindex', '-1');
      (listView.querySelector('h1') as HTMLElement).focus();
    });
    pageView.replaceChildren(page.element);
    listView.hidden = true;
    pageView.hidden = false;
    await page.load();
    page.focus();
  }

  return {
    element,
    load: () => (page ? page.load() : loadList()),
  };
}

/** A municipality's page with its forms. The forms are built once: typed text survives every reload. */
class MunicipalityView {
  readonly element = el('section', { class: 'screen municipality-page' });
  private readonly heading = el('h1', { tabindex: '-1' }, 'Kommune wird geladen …');
  private readonly summary = el('p', { class: 'lead' });
  private readonly status = el('p', { class: 'status', role: 'status', tabindex: '-1' });
  private readonly problem = el('div', { class: 'problem', role: 'alert', hidden: true });
  private readonly conflict = el('div', { class: 'conflict', role: 'alert', hidden: true });
  private readonly content = el('div', {});
  private readonly actions = el('div', { class: 'actions', hidden: true });
  private data: MunicipalityPage | null = null;
  private readonly writable: boolean;
  private readonly contactForm: ContactForm | null = null;
  private readonly endForm: EndForm | null = null;

  constructor(
    private readonly key: string,
    private readonly session: Session,
    back: () => void,
  ) {
    this.writable = canWriteDigitaleDoerfer(session);
    const backButton = el('button', { type: 'button', class: 'secondary' }, 'Zurück zur Mitgliederliste');
    backButton.addEventListener('click', back);
    this.element.append(backButton, this.heading, this.summary, this.status, this.problem, this.conflict, this.content, this.actions);
    if (this.writable) {
      this.contactForm = new ContactForm(this);
      this.endForm = new EndForm(this);
      this.actions.append(
        el('h2', {}, 'Ansprechperson festlegen oder entfernen'),
        this.contactForm.element,
        el('h2', {}, 'Mitgliedschaft beenden'),
        this.endForm.element,
      );
    }
  }

  get record(): DdRecord | null {
    return this.data?.digitaleDoerfer ?? null;
  }

  get name(): string {
    return this.data?.name ?? '';
  }

  focus(): void {
    this.heading.focus();
  }

  announce(text: string): void {
    this.status.textContent = text;
    this.status.focus();
  }

  async load(): Promise<void> {
    try {
      const { data, errors } = await request<{ municipality: MunicipalityPage | null }>(pageQuery(canReadContacts(this.session)), {
        key: this.key,
      });
      if (!data?.municipality) throw new ApiProblem('not-found', 'Diese Kommune ist nicht im Verzeichnis.');
      this.data = data.municipality;
      this.problem.hidden = !errors.length;
      if (errors.length) {
        this.problem.replaceChildren(
          el('p', {}, 'Ein Teil der Angaben ist gerade nicht abrufbar (z. B. die Mitgliedschaft in IKONE-DS); der Rest ist aktuell.'),
        );
      }
      this.render();
    } catch (error) {
      this.problem.replaceChildren(el('p', {}, problemText(error)));
      this.problem.hidden = false;
    }
  }

  /** After a CONFLICT: explained, with "Neu laden" that keeps every typed value. */
  showConflict(subject: { title: string; phrase: string }): void {
    const reload = el('button', { type: 'button' }, 'Neu laden');
    reload.addEventListener('click', () => {
      reload.disabled = true;
      void this.load().then(() => {
        const state = this.record ? `Stand ${MEMBERSHIP_STATUS[this.record.status] ?? this.record.status}` : 'aktueller Stand';
        this.conflict.replaceChildren(
          el('p', {}, `Neu geladen: ${state}. Bitte Ihre Eingaben prüfen und, falls noch passend, erneut senden.`),
        );
        this.conflict.setAttribute('tabindex', '-1');
        this.conflict.focus();
      });
    });
    this.conflict.replaceChildren(
      el('h2', {}, `${subject.title} wurde inzwischen geändert`),
      el(
        'p',
        {},
        `Jemand anderes hat ${subject.phrase} von ${this.name} inzwischen geändert. Ihre Änderung wurde deshalb nicht gespeichert. ` +
          'Mit „Neu laden“ sehen Sie den aktuellen Stand; was Sie eingegeben haben, bleibt dabei erhalten.',
      ),
      reload,
    );
    this.conflict.hidden = false;
    reload.focus();
  }

  clearConflict(): void {
    this.conflict.hidden = true;
    this.conflict.replaceChildren();
  }

  private render(): void {
    const m = this.data!;
    document.title = `${m.name} – Mitglieder – Verwaltung – KommunalNetz Hub`;
    this.heading.textContent = m.name;
    this.summary.textContent = `${describeMunicipality(m)}; ${m.ags ? `AGS ${m.ags}` : `ARS ${m.ars}`}${
      m.population !== null ? `; ${m.population.toLocaleString('de-DE')} Einwohnerinnen und Einwohner` : ''
    }.`;
    const dd = m.digitaleDoerfer;
    const sections: HTMLElement[] = [];

    sections.push(el('h2', {}, 'Netzwerk Digitale Dörfer RLP'));
    if (!dd) sections.push(el('p', {}, 'Die Kommune hat sich nie beworben und ist kein Mitglied.'));
    else {
      sections.push(
        facts(
          ['Status', `${MEMBERSHIP_STATUS[dd.status] ?? dd.status}${dd.role === 'TRANSFER_POINT' ? ' – Transferstelle' : ''}`],
          ['Mitglied seit', `${formatPreciseDate(dd.startedOn, dd.startedOnPrecision)}`],
          ['Beendet am', formatDate(dd.endedOn)],
          ['Zuletzt bestätigt', formatDate(dd.lastConfirmedOn)],
          ['Quelle', SOURCES[dd.source] ?? dd.source],
          ...(dd.letterDate ? ([['Schreiben vom', formatDate(dd.letterDate)]] as [string, string][]) : []),
          ...(dd.decisionReason ? ([['Grund', dd.decisionReason]] as [string, string][]) : []),
          ...(dd.note ? ([['Anmerkung', dd.note]] as [string, string][]) : []),
        ),
      );
    }

    sections.push(el('h3', {}, 'Ansprechperson'));
    if (!dd) sections.push(el('p', {}, 'Ohne Mitgliedschaft gibt es keine Ansprechperson.'));
    else if (!dd.hasContactPerson) sections.push(el('p', {}, 'Keine Ansprechperson benannt.'));
    else if (!canReadContacts(this.session) || !dd.contactPerson?.name)
      sections.push(el('p', {}, 'Eine Ansprechperson ist benannt; Ihre Rolle darf sie nicht sehen.'));
    else {
      const c = dd.contactPerson;
      sections.push(
        facts(['Name', c.name ?? '–'], ['Funktion', c.function ?? '–'], ['E-Mail-Adresse', c.email ?? '–'], ['Telefon', c.phone ?? '–']),
      );
    }

    sections.push(el('h3', {}, 'Verlauf'));
    sections.push(
      m.digitaleDoerferHistory.length
        ? table(
            `Alle Datensätze von ${m.name}, älteste zuerst`,
            ['Status', 'Eingegangen am', 'Entschieden am', 'Mitglied seit', 'Beendet am', 'Grund'],
            m.digitaleDoerferHistory.map((h) => [
              MEMBERSHIP_STATUS[h.status] ?? h.status,
              formatDate(h.receivedOn),
              formatDate(h.decidedOn),
              formatPreciseDate(h.startedOn, h.startedOnPrecision),
              formatDate(h.endedOn),
              h.decisionReason ?? '–',
            ]),
          )
        : el('p', {}, 'Kein Datensatz.'),
    );

    sections.push(el('h3', {}, 'Rollen im Netzwerk'));
    sections.push(
      m.digitaleDoerferRoles.length
        ? table(
            `Rollen von ${m.name}`,
            ['Rolle', 'Von', 'Bis', 'Zuletzt bestätigt', 'Anmerkung'],
            m.digitaleDoerferRoles.map((r) => [
              DD_ROLES[r.role] ?? r.role,
              formatPreciseDate(r.startedOn, r.startedOnPrecision),
              r.endedOn ? formatPreciseDate(r.endedOn, r.endedOnPrecision) : 'laufend',
              formatDate(r.lastConfirmedOn),
              r.note ?? '–',
            ]),
          )
        : el('p', {}, 'Keine besondere Rolle (Transferstelle oder Modellkommune).'),
    );

    sections.push(el('h2', {}, 'IKONE-DS'));
    const ikone = m.ikoneDs;
    sections.push(
      ikone
        ? facts(
            ['Rolle', IKONE_ROLES[ikone.role] ?? ikone.role],
            [
              'Beigetreten',
              ikone.joinedOn
                ? formatPreciseDate(ikone.joinedOn, ikone.joinedOnPrecision)
                : ikone.firstNamedOn
                  ? `nicht veröffentlicht; erstmals genannt ${formatPreciseDate(ikone.firstNamedOn, ikone.firstNamedOnPrecision)}`
                  : 'nicht veröffentlicht',
            ],
            ['Zuletzt bestätigt', formatPreciseDate(ikone.lastConfirmedOn, ikone.lastConfirmedOnPrecision)],
            ['Anmerkung', ikone.note ?? '–'],
          )
        : el('p', {}, 'Kein Mitglied von IKONE-DS (laut der Quelle des Netzwerks).'),
    );

    sections.push(el('h2', {}, 'Besuchte Netzwerktreffen'));
    sections.push(
      m.meetingsAttended.length
        ? table(
            `Netzwerktreffen, an denen ${m.name} teilgenommen hat, neueste zuerst`,
            ['Treffen', 'Datum', 'Ort'],
            m.meetingsAttended.map((t) => [t.title, formatPreciseDate(t.heldOn, t.heldOnPrecision), t.place ?? '–']),
          )
        : el('p', {}, 'Keine Teilnahme erfasst.'),
    );
    this.content.replaceChildren(...sections);

    // The forms only where the record allows the change.
    const contactPossible = !!dd && (dd.status === 'ACTIVE' || dd.status === 'RECEIVED');
    const endPossible = !!dd && (dd.status === 'ACTIVE' || dd.status === 'UNKNOWN');
    this.actions.hidden = !this.writable || (!contactPossible && !endPossible);
    this.contactForm?.update(contactPossible ? dd : null);
    this.endForm?.update(endPossible ? dd : null);
  }
}

/** Shows an API error at the field it concerns, or in the form's result line. */
function showApiError(error: unknown, byArgument: { [argument: string]: Field<Control> }, result: HTMLElement): void {
  const argument = error instanceof ApiProblem ? (error.argument ?? '') : '';
  const target = byArgument[argument];
  if (error instanceof ApiProblem && error.kind === 'invalid' && target) {
    target.showError(`Die Schnittstelle hat diese Angabe nicht angenommen: ${error.apiMessage ?? ''}`.trim());
    target.control.focus();
  } else {
    result.replaceChildren(el('p', { class: 'problem' }, problemText(error)));
  }
}

class ContactForm {
  readonly element: HTMLElement;
  private readonly name = field(input({ autocomplete: 'off', required: true }), 'Name');
  private readonly fn = field(
    input({ autocomplete: 'off' }),
    'Funktion',
    'Eine Amtsbezeichnung, z. B. „Digitalisierungsbeauftragte“ – keine E-Mail-Adresse oder Telefonnummer.',
  );
  private readonly email = field(input({ type: 'email', autocomplete: 'off' }), 'E-Mail-Adresse');
  private readonly phone = field(input({ type: 'tel', autocomplete: 'off' }), 'Telefon');
  private readonly save = el('button', { type: 'submit' }, 'Ansprechperson speichern');
  private readonly remove = el('button', { type: 'button', class: 'secondary' }, 'Ansprechperson entfernen');
  private readonly result = el('div', { class: 'form-result' });
  private readonly unavailable = el(
    'p',
    { hidden: true },
    'Eine Ansprechperson lässt sich nur für offene Anträge und laufende Mitgliedschaften festlegen.',
  );
  private record: DdRecord | null = null;
  /** The record whose contact is in the fields: a new record fills them, a reload of the same keeps them. */
  private filledFor: string | null = null;

  constructor(private readonly page: MunicipalityView) {
    const form = el(
      'form',
      { class: 'contact-form', novalidate: true, 'aria-label': 'Ansprechperson festlegen' },
      el(
        'fieldset',
        {},
        el('legend', {}, 'Ansprechperson'),
        this.name.wrapper,
        this.fn.wrapper,
        this.email.wrapper,
        this.phone.wrapper,
        el('div', { class: 'button-row' }, this.save, this.remove),
      ),
      this.result,
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.send();
    });
    this.remove.addEventListener('click', () => void this.sendRemove());
    this.element = el('div', {}, this.unavailable, form);
  }

  update(record: DdRecord | null): void {
    this.record = record;
    this.unavailable.hidden = !!record;
    this.save.disabled = !record;
    this.remove.hidden = !record?.hasContactPerson;
    if (record && this.filledFor !== record.id) {
      const c = record.contactPerson;
      this.name.control.value = c?.name ?? '';
      this.fn.control.value = c?.function ?? '';
      this.email.control.value = c?.email ?? '';
      this.phone.control.value = c?.phone ?? '';
      this.filledFor = record.id;
    }
  }

  private get fields() {
    return [this.name, this.fn, this.email, this.phone];
  }

  private validate(): HTMLElement | null {
    for (const f of this.fields) f.clearError();
    const problems: [Field<Control>, string][] = [];
    if (this.name.control.value.trim().length < 2) problems.push([this.name, 'Bitte den Namen angeben (mindestens zwei Zeichen).']);
    const email = this.email.control.value.trim();
    if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))
      problems.push([this.email, 'Bitte eine vollständige E-Mail-Adresse angeben, z. B. name@gemeinde.de.']);
    const phone = this.phone.control.value.trim();
    if (phone && !/^[\d\s+()/-]+$/.test(phone))
      problems.push([this.phone, 'Eine Telefonnummer besteht aus Ziffern, Leerzeichen und + ( ) / -.']);
    for (const [target, text] of problems) target.showError(text);
    return problems[0]?.[0].control ?? null;
  }

  private async send(): Promise<void> {
    this.result.replaceChildren();
    const record = this.record;
    if (!record) return;
    const invalid = this.validate();
    if (invalid) {
      invalid.focus();
      return;
    }
    const value = (f: Field<Control>) => f.control.value.trim() || null;
    this.save.disabled = true;
    try {
      await graphql(SET_CONTACT, {
        id: record.id,
        version: record.contactPerson?.version ?? 0,
        contact: { name: value(this.name), function: value(this.fn), email: value(this.email), phone: value(this.phone) },
      });
      this.page.clearConflict();
      await this.page.load();
      this.page.announce(`Die Ansprechperson von ${this.page.name} ist gespeichert.`);
    } catch (error) {
      if (error instanceof ApiProblem && error.kind === 'conflict')
        this.page.showConflict({ title: 'Die Ansprechperson', phrase: 'die Ansprechperson' });
      else
        showApiError(
          error,
          { 'contact.name': this.name, 'contact.function': this.fn, 'contact.email': this.email, 'contact.phone': this.phone },
          this.result,
        );
    } finally {
      this.save.disabled = !this.record;
    }
  }

  private async sendRemove(): Promise<void> {
    this.result.replaceChildren();
    const record = this.record;
    if (!record?.contactPerson) return;
    this.remove.disabled = true;
    try {
      await graphql(REMOVE_CONTACT, { id: record.id, version: record.contactPerson.version });
      for (const f of this.fields) f.control.value = '';
      this.page.clearConflict();
      await this.page.load();
      this.page.announce(`Die Ansprechperson von ${this.page.name} ist entfernt.`);
    } catch (error) {
      if (error instanceof ApiProblem && error.kind === 'conflict')
        this.page.showConflict({ title: 'Die Ansprechperson', phrase: 'die Ansprechperson' });
      else showApiError(error, {}, this.result);
    } finally {
      this.remove.disabled = false;
    }
  }
}

class EndForm {
  readonly element: HTMLElement;
  private readonly endedOn = field(input({ type: 'date', required: true, value: today() }), 'Letzter Tag der Mitgliedschaft');
  private readonly reason = field(el('textarea', { rows: '3' }), 'Grund (freiwillig)', 'Zum Beispiel aus dem Schreiben der Kommune.');
  private readonly submit = el('button', { type: 'submit' }, 'Mitgliedschaft beenden');
  private readonly result = el('div', { class: 'form-result' });
  private readonly unavailable = el(
    'p',
    { hidden: true },
    'Nur eine laufende Mitgliedschaft oder eine mit unbekanntem Status lässt sich beenden.',
  );
  private record: DdRecord | null = null;

  constructor(private readonly page: MunicipalityView) {
    const form = el(
      'form',
      { class: 'end-form', novalidate: true, 'aria-label': 'Mitgliedschaft beenden' },
      el(
        'p',
        { class: 'hint' },
        'Die Kommune verlässt das Netzwerk. Sie kann sich später erneut bewerben; der Verlauf behält beide Datensätze.',
      ),
      this.endedOn.wrapper,
      this.reason.wrapper,
      this.submit,
      this.result,
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.send();
    });
    this.element = el('div', {}, this.unavailable, form);
  }

  update(record: DdRecord | null): void {
    this.record = record;
    this.unavailable.hidden = !!record;
    this.submit.disabled = !record;
  }

  private validate(): string | null {
    const value = this.endedOn.control.value;
    const r = this.record!;
    if (!isValidDate(value)) return 'Bitte ein gültiges Datum eingeben (TT.MM.JJJJ).';
    if (r.startedOn && value < r.startedOn) return `Die Mitgliedschaft kann nicht vor ihrem Beginn (${formatDate(r.startedOn)}) enden.`;
    if (r.lastConfirmedOn && value < r.lastConfirmedOn)
      return `Die Mitgliedschaft wurde zuletzt am ${formatDate(r.lastConfirmedOn)} bestätigt; sie kann nicht davor enden.`;
    return null;
  }

  private async send(): Promise<void> {
    this.result.replaceChildren();
    this.endedOn.clearError();
    this.reason.clearError();
    const record = this.record;
    if (!record) return;
    const invalid = this.validate();
    if (invalid) {
      this.endedOn.showError(invalid);
      this.endedOn.control.focus();
      return;
    }
    this.submit.disabled = true;
    try {
      await graphql(END_MEMBERSHIP, {
        id: record.id,
        version: record.version,
        endedOn: this.endedOn.control.value,
        reason: this.reason.control.value.trim() || null,
      });
      this.reason.control.value = '';
      this.page.clearConflict();
      await this.page.load();
      this.page.announce(`Die Mitgliedschaft von ${this.page.name} endet am ${formatDate(this.endedOn.control.value)}.`);
    } catch (error) {
      if (error instanceof ApiProblem && error.kind === 'conflict')
        this.page.showConflict({ title: 'Die Mitgliedschaft', phrase: 'die Mitgliedschaft' });
      else showApiError(error, { endedOn: this.endedOn, reason: this.reason }, this.result);
    } finally {
      this.submit.disabled = !this.record;
    }
  }
}

export const MEMBER_SCREENS: Screen[] = [{ id: 'mitglieder', title: 'Mitglieder', allowed: () => true, open: membersScreen }];
