// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

/// <reference lib="dom" />
// Screen "Mitglieder": the members of both networks with filters — network, status, Landkreis,
// type of unit, with/without contact person, as of a date (Stichtag) — and a page per
// municipality: both memberships (Digitale Dörfer with its history and dated roles, IKONE-DS as
// its feed reports it), the contact person for roles that may read it, the meetings attended and
// the experience reports, and — for the network's coordinators and the ministry — "Mitgliedschaft
// bestätigen", "Ansprechperson festlegen/entfernen", "Mitgliedschaft beenden", "Rolle eintragen"
// and "Rolle beenden", each change sent with the version last seen. A CONFLICT is explained with
// a "Neu laden" that fetches the record again and keeps everything typed, as in the inbox.
// Digitale Dörfer: every filter is the API's (digitaleDoerferMemberships), page by page with its
// totalCount ("Weitere Mitgliedschaften laden"); the Landkreise come from municipalities(filter:
// { types }). IKONE-DS (ikoneDsMembers, read only: the registry keeps no status or contact person
// for it, and its list is small): fetched whole, Landkreis, type and date filtered on the page,
// the date by countedFrom, as the reports count.
import { ikoneDsMemberCountsOn, isValidDate, today } from '../../../common/dates';
import { listWithPage, type OpenedScreen, type Screen } from './screen';
import { ApiProblem, graphql, request } from './api';
import {
  el,
  field,
  formatDate,
  formatPreciseDate,
  input,
  MEMBERSHIP_STATUS,
  MUNICIPALITY_TYPES,
  MAX_NAME,
  MAX_REASON,
  normalise,
  textProblem,
  uid,
  type Control,
  type Field,
} from './dom';
import {
  VerwaltungAnsprechpersonEntfernenDocument,
  VerwaltungAnsprechpersonFestlegenDocument,
  VerwaltungIkoneMitgliederDocument,
  VerwaltungKommuneBerichteDocument,
  VerwaltungKommuneDocument,
  VerwaltungLandkreiseDocument,
  VerwaltungMitgliederDocument,
  VerwaltungMitgliedschaftBeendenDocument,
  VerwaltungMitgliedschaftBestaetigenDocument,
  VerwaltungRolleBeendenDocument,
  VerwaltungRolleEintragenDocument,
  type DatePrecision,
  type DigitaleDoerferRole,
  type MembershipStatus,
  type MunicipalityType,
  type NetworkId,
  type VerwaltungIkoneMitgliederQuery,
  type VerwaltungKommuneBerichteQuery,
  type VerwaltungKommuneQuery,
  type VerwaltungMitgliederQuery,
  type VerwaltungMitgliederQueryVariables,
} from './generated/operations';
import { describeMunicipality } from './municipality-picker';
import { canReadContacts, canWriteDigitaleDoerfer, type Session } from './session';

type Member = VerwaltungMitgliederQuery['digitaleDoerferMemberships']['edges'][number]['node'];
type IkoneMember = VerwaltungIkoneMitgliederQuery['ikoneDsMembers']['edges'][number]['node'];
type MunicipalityPage = NonNullable<VerwaltungKommuneQuery['municipality']>;
type DdRecord = NonNullable<MunicipalityPage['digitaleDoerfer']>;
type Report = VerwaltungKommuneBerichteQuery['experienceReports']['edges'][number]['node'];
type RoleTerm = MunicipalityPage['digitaleDoerferRoles'][number];

/** At most this many pages of 100 are fetched of the IKONE-DS list (it has a few dozen members). */
const MAX_PAGES = 20;

/** How many Digitale Dörfer records one page of the list shows (the API gives at most 100). */
const PAGE_SIZES = ['20', '50', '100'];
const DEFAULT_PAGE_SIZE = '50';

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
  RECORDED: 'Eingetragen in der Verwaltung',
};
const REPORT_STATUS: { [status: string]: string } = {
  PLANNED: 'Geplant',
  IN_PROGRESS: 'In Umsetzung',
  COMPLETED: 'Abgeschlossen',
  STOPPED: 'Eingestellt',
};
const NETWORKS: [NetworkId, string][] = [
  ['DIGITALE_DOERFER_RLP', 'Netzwerk Digitale Dörfer RLP'],
  ['IKONE_DS', 'IKONE-DS (Interkommunales Netzwerk Digitale Stadt)'],
];

function problemText(error: unknown): string {
  return error instanceof ApiProblem ? error.text : 'Unerwarteter Fehler; bitte die Seite neu laden.';
}

/**
 * The date in a date field, or a German error. Browsers leave the value empty for a date that
 * does not exist (30.02.2025) and flag it as bad input; `optional` allows an empty field.
 */
function dateProblem(control: HTMLInputElement, optional = false): string | null {
  const value = control.value;
  if (control.validity.badInput || (value && !isValidDate(value)))
    return 'Dieses Datum gibt es nicht. Bitte ein gültiges Datum eingeben (TT.MM.JJJJ).';
  if (!value && !optional) return 'Bitte ein Datum eingeben (TT.MM.JJJJ).';
  return null;
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
      el('tbody', {}, ...rows.map(tableRow)),
    ),
  );
}

/** A row of a table: its first cell names it (th scope=row). */
function tableRow([first, ...rest]: (string | Node)[]): HTMLTableRowElement {
  return el('tr', {}, el('th', { scope: 'row' }, first), ...rest.map((cell) => el('td', {}, cell)));
}

function select(options: [string, string][], attributes: { [name: string]: string | boolean } = {}): HTMLSelectElement {
  return el('select', attributes, ...options.map(([value, label]) => el('option', { value }, label)));
}

/** Every page of a list (at most MAX_PAGES), in the API's order. */
async function allPages<T>(
  fetchPage: (after: string | null) => Promise<{ pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: T }[] }>,
): Promise<T[]> {
  const nodes: T[] = [];
  let after: string | null = null;
  for (let page = 0; page < MAX_PAGES; page++) {
    const list = await fetchPage(after);
    nodes.push(...list.edges.map((e) => e.node));
    if (!list.pageInfo.hasNextPage || !list.pageInfo.endCursor) break;
    after = list.pageInfo.endCursor;
  }
  return nodes;
}

/** The screen: the filtered list, and a municipality's page in its place when one is opened. */
function membersScreen(session: Session): OpenedScreen {
  const listView = el('section', { class: 'screen', 'aria-labelledby': 'mitglieder-titel' });
  const views = listWithPage(listView);
  const element = views.element;

  // Filters
  const network = field(select(NETWORKS), 'Netzwerk');
  const ikoneHint = el(
    'p',
    { class: 'hint', hidden: true },
    'IKONE-DS führt seine Mitglieder selbst; die Verwaltung zeigt sie, wie die Liste des Netzwerks sie meldet (nur lesen). Status und Ansprechperson gibt es im Register nur für das Netzwerk Digitale Dörfer RLP.',
  );
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
    'Leer: alle Datensätze (bei Digitale Dörfer mit dem gewählten Status). Mit Datum: die Mitgliedschaften, die an diesem Tag bestanden, so wie die Berichte sie zählen.',
  );
  const pageSize = field(select(PAGE_SIZES.map((n) => [n, n])), 'Einträge je Seite');
  pageSize.control.value = DEFAULT_PAGE_SIZE;
  const apply = el('button', { type: 'submit' }, 'Filter anwenden');
  const filterForm = el(
    'form',
    { class: 'filters', novalidate: true, 'aria-labelledby': 'filter-titel' },
    el('h2', { id: 'filter-titel' }, 'Filter'),
    network.wrapper,
    ikoneHint,
    statusSet,
    el('div', { class: 'field-row' }, district.wrapper, type.wrapper, contact.wrapper, asOf.wrapper, pageSize.wrapper),
    apply,
  );
  // Status, contact person and pages exist for Digitale Dörfer only; their choice is kept while hidden.
  network.control.addEventListener('change', () => {
    const ikone = network.control.value === 'IKONE_DS';
    statusSet.hidden = ikone;
    contact.wrapper.hidden = ikone;
    pageSize.wrapper.hidden = ikone;
    ikoneHint.hidden = !ikone;
  });
  const status = el('p', { class: 'status', role: 'status', tabindex: '-1' });
  const problem = el('div', { class: 'problem', role: 'alert', hidden: true });
  const results = el('div', { 'aria-busy': 'false' });
  const more = el('button', { type: 'button', class: 'secondary load-more', hidden: true }, 'Weitere Mitgliedschaften laden');
  listView.append(
    el('h1', { id: 'mitglieder-titel' }, 'Mitglieder der Netzwerke'),
    el(
      'p',
      { class: 'lead' },
      'Mitgliedschaften im Netzwerk Digitale Dörfer RLP und in IKONE-DS suchen und filtern. Ein Klick auf den Namen öffnet die Seite der Kommune mit beiden Mitgliedschaften, Rollen, Ansprechperson, besuchten Netzwerktreffen und Erfahrungsberichten.',
    ),
    filterForm,
    problem,
    el('h2', { id: 'liste-titel' }, 'Mitgliedschaften'),
    status,
    results,
    more,
  );

  let districtsLoaded = false;
  async function loadDistricts(): Promise<void> {
    if (districtsLoaded) return;
    const data = await graphql(VerwaltungLandkreiseDocument);
    const nodes = data.municipalities.edges.map((e) => e.node).sort((a, b) => a.name.localeCompare(b.name, 'de'));
    district.control.append(
      ...nodes.map((d) => el('option', { value: d.ars }, `${d.name} (${d.type === 'LANDKREIS' ? 'Landkreis' : 'kreisfreie Stadt'})`)),
    );
    districtsLoaded = true;
  }

  function validate(): boolean {
    asOf.clearError();
    const invalid = dateProblem(asOf.control, true);
    if (invalid) {
      asOf.showError(`${invalid} Oder das Feld leeren.`);
      asOf.control.focus();
      return false;
    }
    return true;
  }

  /** IKONE-DS: Landkreis and type filtered on the page, from each row's municipality. */
  function placeFits(m: { type: string; district: { ars: string } } | null): boolean {
    if (!m) return !district.control.value && !type.control.value;
    return (!district.control.value || m.district.ars === district.control.value) && (!type.control.value || m.type === type.control.value);
  }

  /** The Digitale Dörfer list shown: the filters it was asked with, its rows so far and where the next page starts. */
  let shown: {
    variables: VerwaltungMitgliederQueryVariables;
    stichtag: string;
    total: number;
    rows: number;
    next: string | null;
    body: HTMLElement;
  } | null = null;

  /** "N Mitgliedschaften passen zu diesen Filtern", and how many of them the page shows. */
  function describeShown(total: number, rows: number, stichtag: string): string {
    if (total === 0) return `Keine Mitgliedschaft passt zu diesen Filtern${stichtag}.`;
    const matches = `${total} ${total === 1 ? 'Mitgliedschaft passt' : 'Mitgliedschaften passen'} zu diesen Filtern${stichtag}.`;
    return rows < total ? `${matches} Angezeigt sind die ersten ${rows}.` : matches;
  }

  async function loadList(): Promise<void> {
    results.setAttribute('aria-busy', 'true');
    try {
      await loadDistricts();
      const day = asOf.control.value || null;
      const stichtag = day ? ` (Stichtag ${formatDate(day)})` : '';
      if (network.control.value === 'IKONE_DS') {
        const members = await allPages(async (after) => (await graphql(VerwaltungIkoneMitgliederDocument, { after })).ikoneDsMembers);
        const rows = members.filter((m) => placeFits(m.municipality) && (!day || ikoneDsMemberCountsOn(m.countedFrom, day, today())));
        shown = null;
        problem.hidden = true;
        status.textContent = describeShown(rows.length, rows.length, stichtag);
        results.replaceChildren(rows.length ? ikoneTable(rows) : '');
        more.hidden = true;
        return;
      }
      const statuses = statusBoxes.filter((s) => s.box.checked).map((s) => s.box.value as MembershipStatus);
      const variables: VerwaltungMitgliederQueryVariables = {
        first: Number(pageSize.control.value),
        status: statuses.length ? statuses : null,
        asOf: day,
        hasContactPerson: contact.control.value === '' ? null : contact.control.value === 'true',
        districtArs: district.control.value || null,
        types: type.control.value ? [type.control.value as MunicipalityType] : null,
      };
      const list = (await graphql(VerwaltungMitgliederDocument, { ...variables, after: null })).digitaleDoerferMemberships;
      const members = list.edges.map((e) => e.node);
      const tableElement = members.length ? memberTable(members) : null;
      shown = {
        variables,
        stichtag,
        total: list.totalCount,
        rows: members.length,
        next: list.pageInfo.hasNextPage ? list.pageInfo.endCursor : null,
        body: tableElement?.querySelector('tbody') ?? el('tbody'),
      };
      problem.hidden = true;
      status.textContent = describeShown(shown.total, shown.rows, stichtag);
      results.replaceChildren(tableElement ?? '');
      more.hidden = !shown.next;
    } catch (error) {
      problem.replaceChildren(el('p', {}, problemText(error)));
      problem.hidden = false;
    } finally {
      results.setAttribute('aria-busy', 'false');
    }
  }

  /** The next page of the list shown, with the filters it was asked with; the focus goes to its first row. */
  async function loadMore(): Promise<void> {
    const list = shown;
    if (!list?.next) return;
    more.disabled = true;
    results.setAttribute('aria-busy', 'true');
    try {
      const page = (await graphql(VerwaltungMitgliederDocument, { ...list.variables, after: list.next })).digitaleDoerferMemberships;
      const rows = page.edges.map((e) => memberRow(e.node));
      list.body.append(...rows);
      list.rows += rows.length;
      list.total = page.totalCount;
      list.next = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      problem.hidden = true;
      status.textContent = describeShown(list.total, list.rows, list.stichtag);
      more.hidden = !list.next;
      rows[0]?.querySelector('button')?.focus();
    } catch (error) {
      problem.replaceChildren(el('p', {}, problemText(error)));
      problem.hidden = false;
    } finally {
      more.disabled = false;
      results.setAttribute('aria-busy', 'false');
    }
  }
  more.addEventListener('click', () => void loadMore());

  function openButton(name: string, ars: string): HTMLElement {
    const open = el('button', { type: 'button', class: 'link' }, name);
    open.addEventListener('click', () => void openPage(ars));
    return open;
  }

  function memberRow(m: Member): HTMLTableRowElement {
    return tableRow([
      openButton(m.municipality.name, m.municipality.ars),
      describeMunicipality(m.municipality),
      `${MEMBERSHIP_STATUS[m.status] ?? m.status}${m.role === 'TRANSFER_POINT' ? ', Transferstelle' : ''}`,
      formatPreciseDate(m.startedOn, m.startedOnPrecision),
      formatDate(m.endedOn),
      formatDate(m.lastConfirmedOn),
      m.hasContactPerson ? 'benannt' : 'keine',
    ]);
  }

  function memberTable(members: Member[]): HTMLElement {
    const box = table(
      'Mitgliedschaften im Netzwerk Digitale Dörfer RLP',
      ['Kommune', 'Art und Lage', 'Status', 'Mitglied seit', 'Beendet am', 'Zuletzt bestätigt', 'Ansprechperson'],
      [],
    );
    box.querySelector('tbody')!.append(...members.map(memberRow));
    return box;
  }

  function ikoneTable(members: IkoneMember[]): HTMLElement {
    return table(
      'Mitglieder von IKONE-DS, laut der Liste des Netzwerks',
      ['Kommune', 'Art und Lage', 'Rolle', 'Beigetreten', 'Erstmals genannt', 'Zuletzt bestätigt'],
      members.map((m) => [
        m.municipality ? openButton(m.municipality.name, m.municipality.ars) : m.nameAsReported,
        m.municipality ? describeMunicipality(m.municipality) : '–',
        IKONE_ROLES[m.role] ?? m.role,
        m.joinedOn ? formatPreciseDate(m.joinedOn, m.joinedOnPrecision) : 'nicht veröffentlicht',
        m.firstNamedOn ? formatPreciseDate(m.firstNamedOn, m.firstNamedOnPrecision) : '–',
        m.lastConfirmedOn ? formatPreciseDate(m.lastConfirmedOn, m.lastConfirmedOnPrecision) : '–',
      ]),
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
      views.back();
      page = null;
      void loadList();
      (listView.querySelector('h1') as HTMLElement).setAttribute('tabindex', '-1');
      (listView.querySelector('h1') as HTMLElement).focus();
    });
    views.show(page.element);
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
  private readonly roleActions = el('div', { class: 'actions', hidden: true });
  private data: MunicipalityPage | null = null;
  /** The experience reports, or null when they could not be read. */
  private reports: Report[] | null = null;
  private readonly writable: boolean;
  private readonly confirmForm: ConfirmForm | null = null;
  private readonly contactForm: ContactForm | null = null;
  private readonly endForm: EndForm | null = null;
  private readonly roleForm: RoleForm | null = null;
  private readonly endRoleForm: EndRoleForm | null = null;

  constructor(
    private readonly key: string,
    private readonly session: Session,
    back: () => void,
  ) {
    this.writable = canWriteDigitaleDoerfer(session);
    const backButton = el('button', { type: 'button', class: 'secondary' }, 'Zurück zur Mitgliederliste');
    backButton.addEventListener('click', back);
    this.element.append(
      backButton,
      this.heading,
      this.summary,
      this.status,
      this.problem,
      this.conflict,
      this.content,
      this.actions,
      this.roleActions,
    );
    if (this.writable) {
      this.confirmForm = new ConfirmForm(this);
      this.contactForm = new ContactForm(this);
      this.endForm = new EndForm(this);
      this.actions.append(
        el('h2', {}, 'Mitgliedschaft bestätigen'),
        this.confirmForm.element,
        el('h2', {}, 'Ansprechperson festlegen oder entfernen'),
        this.contactForm.element,
        el('h2', {}, 'Mitgliedschaft beenden'),
        this.endForm.element,
      );
      // A role is not a membership: it can be recorded without one (a Modellkommune before the network).
      this.roleForm = new RoleForm(this);
      this.endRoleForm = new EndRoleForm(this);
      this.roleActions.append(
        el('h2', {}, 'Rolle eintragen'),
        this.roleForm.element,
        el('h2', {}, 'Rolle beenden'),
        this.endRoleForm.element,
      );
    }
  }

  get ars(): string {
    return this.data?.ars ?? this.key;
  }

  /** The roles as last loaded. */
  get roles(): RoleTerm[] {
    return this.data?.digitaleDoerferRoles ?? [];
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
      // The reports beside the page, in a request of their own: without them the page still shows.
      const [{ data, errors }, reports] = await Promise.all([
        request(VerwaltungKommuneDocument, { key: this.key, withContacts: canReadContacts(this.session) }),
        graphql(VerwaltungKommuneBerichteDocument, { key: this.key }).then(
          (r) => r.experienceReports.edges.map((e) => e.node),
          () => null,
        ),
      ]);
      if (!data?.municipality) throw new ApiProblem('not-found', 'Diese Kommune ist nicht im Verzeichnis.');
      this.data = data.municipality;
      this.reports = reports;
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
  showConflict(subject: { title: string; phrase: string; state?: () => string }): void {
    const reload = el('button', { type: 'button' }, 'Neu laden');
    reload.addEventListener('click', () => {
      reload.disabled = true;
      void this.load().then(() => {
        const state =
          subject.state?.() ?? (this.record ? `Stand ${MEMBERSHIP_STATUS[this.record.status] ?? this.record.status}` : 'aktueller Stand');
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
          ['Rolle im Netzwerk', DD_ROLES[dd.role] ?? dd.role],
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
            ['Rolle', 'Von', 'Bis', 'Zuletzt bestätigt', 'Herkunft', 'Anmerkung', 'Quellen'],
            m.digitaleDoerferRoles.map((r) => [
              DD_ROLES[r.role] ?? r.role,
              formatPreciseDate(r.startedOn, r.startedOnPrecision),
              r.endedOn ? formatPreciseDate(r.endedOn, r.endedOnPrecision) : 'laufend',
              formatDate(r.lastConfirmedOn),
              SOURCES[r.source] ?? r.source,
              r.note ?? '–',
              sourceLinks(r.sources),
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

    sections.push(el('h2', {}, 'Erfahrungsberichte'));
    const reports = this.reports;
    sections.push(
      reports === null
        ? el('p', {}, 'Die Erfahrungsberichte sind gerade nicht abrufbar; bitte später neu laden.')
        : reports.length
          ? table(
              `Erfahrungsberichte von ${m.name}, neueste zuerst`,
              ['Titel', 'Stand', 'Erfasst am'],
              reports.map((r) => [r.title, REPORT_STATUS[r.status] ?? r.status, formatDate(today(new Date(r.createdAt)))]),
            )
          : el('p', {}, 'Kein Erfahrungsbericht erfasst.'),
    );
    this.content.replaceChildren(...sections);

    // The forms only where the record allows the change (as the API's rules do).
    const current = dd && (dd.status === 'ACTIVE' || dd.status === 'UNKNOWN') ? dd : null;
    const contactPossible = !!dd && (dd.status === 'ACTIVE' || dd.status === 'RECEIVED');
    this.actions.hidden = !this.writable || (!contactPossible && !current);
    this.confirmForm?.update(current);
    this.contactForm?.update(contactPossible ? dd : null);
    this.endForm?.update(current);
    this.roleActions.hidden = !this.writable;
    this.endRoleForm?.update(m.digitaleDoerferRoles.filter((r) => !r.endedOn));
  }
}

/** A role term's public sources as links (they open the source's own site; the page itself fetches nothing from it). */
function sourceLinks(sources: string[]): Node | string {
  if (!sources.length) return '–';
  return el(
    'ul',
    { class: 'source-list' },
    ...sources.map((url) => el('li', {}, URL_PATTERN.test(url) ? el('a', { href: url, rel: 'noreferrer' }, url) : url)),
  );
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
    const name = this.name.control.value.trim();
    const nameProblem = textProblem(name, MAX_NAME);
    if (nameProblem) problems.push([this.name, nameProblem]);
    else if (name.length < 2) problems.push([this.name, 'Bitte den Namen angeben (mindestens zwei Zeichen).']);
    const fnProblem = textProblem(this.fn.control.value.trim(), MAX_NAME);
    if (fnProblem) problems.push([this.fn, fnProblem]);
    const email = this.email.control.value.trim();
    if (email && (email.length > 254 || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)))
      problems.push([this.email, 'Bitte eine vollständige E-Mail-Adresse angeben, z. B. name@gemeinde.de.']);
    const phone = this.phone.control.value.trim();
    if (phone && !/^[\d +()/-]{5,40}$/.test(phone))
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
      await graphql(VerwaltungAnsprechpersonFestlegenDocument, {
        id: record.id,
        version: record.contactPerson?.version ?? 0,
        contact: { name: this.name.control.value.trim(), function: value(this.fn), email: value(this.email), phone: value(this.phone) },
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
      await graphql(VerwaltungAnsprechpersonEntfernenDocument, { id: record.id, version: record.contactPerson.version });
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
    const invalid = dateProblem(this.endedOn.control);
    if (invalid) return invalid;
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
    const reason = normalise(this.reason.control.value);
    const reasonProblem = textProblem(reason, MAX_REASON);
    if (reasonProblem) {
      this.reason.showError(reasonProblem);
      this.reason.control.focus();
      return;
    }
    this.submit.disabled = true;
    try {
      await graphql(VerwaltungMitgliedschaftBeendenDocument, {
        id: record.id,
        version: record.version,
        endedOn: this.endedOn.control.value,
        reason: reason || null,
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

/**
 * "Mitgliedschaft bestätigen": the member confirmed its membership on a day (a letter, a call).
 * One of unknown status is a member again from then on; an active one gets newer evidence
 * (lastConfirmedOn), which the reports count up to.
 */
class ConfirmForm {
  readonly element: HTMLElement;
  private readonly explanation = el('p', { class: 'hint' });
  private readonly confirmedOn = field(
    input({ type: 'date', required: true, value: today() }),
    'Bestätigt am',
    'Tag, an dem die Kommune ihre Mitgliedschaft bestätigt hat, z. B. das Datum ihres Schreibens; vorgegeben ist heute.',
  );
  private readonly submit = el('button', { type: 'submit' }, 'Mitgliedschaft bestätigen');
  private readonly result = el('div', { class: 'form-result' });
  private readonly unavailable = el(
    'p',
    { hidden: true },
    'Nur eine laufende Mitgliedschaft oder eine mit unbekanntem Status lässt sich bestätigen.',
  );
  private record: DdRecord | null = null;

  constructor(private readonly page: MunicipalityView) {
    const form = el(
      'form',
      { class: 'confirm-form', novalidate: true, 'aria-label': 'Mitgliedschaft bestätigen' },
      this.explanation,
      this.confirmedOn.wrapper,
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
    const last = record?.lastConfirmedOn ? formatDate(record.lastConfirmedOn) : null;
    this.explanation.textContent =
      record?.status === 'UNKNOWN'
        ? `Der Status ist unbekannt: ${last ? `Keine Quelle bestätigt die Mitgliedschaft nach dem ${last}` : 'Keine Quelle bestätigt die Mitgliedschaft mit Datum'}, keine meldet ein Ende. Hat die Kommune bestätigt, dass sie Mitglied ist, ist sie mit dieser Angabe wieder Mitglied (genehmigt).`
        : `Hält fest, dass die Kommune ihre Mitgliedschaft an diesem Tag bestätigt hat${last ? ` (zuletzt bestätigt am ${last})` : ''}.`;
  }

  private validate(): string | null {
    const value = this.confirmedOn.control.value;
    const r = this.record!;
    const invalid = dateProblem(this.confirmedOn.control);
    if (invalid) return invalid;
    if (value > today()) return 'Eine Bestätigung kann nicht in der Zukunft liegen.';
    if (r.startedOn && value < r.startedOn)
      return `Die Mitgliedschaft begann am ${formatPreciseDate(r.startedOn, r.startedOnPrecision)}; eine Bestätigung kann nicht davor liegen.`;
    if (r.lastConfirmedOn && value < r.lastConfirmedOn)
      return `Die Mitgliedschaft wurde zuletzt am ${formatDate(r.lastConfirmedOn)} bestätigt; eine neue Bestätigung kann nicht davor liegen.`;
    return null;
  }

  private async send(): Promise<void> {
    this.result.replaceChildren();
    this.confirmedOn.clearError();
    const record = this.record;
    if (!record) return;
    const invalid = this.validate();
    if (invalid) {
      this.confirmedOn.showError(invalid);
      this.confirmedOn.control.focus();
      return;
    }
    const on = this.confirmedOn.control.value;
    this.submit.disabled = true;
    try {
      const { confirmMembership } = await graphql(VerwaltungMitgliedschaftBestaetigenDocument, {
        id: record.id,
        version: record.version,
        confirmedOn: on,
      });
      this.page.clearConflict();
      await this.page.load();
      this.page.announce(
        `Die Mitgliedschaft von ${this.page.name} ist als am ${formatDate(on)} bestätigt erfasst. Stand: ${MEMBERSHIP_STATUS[confirmMembership.status] ?? confirmMembership.status}.`,
      );
    } catch (error) {
      if (error instanceof ApiProblem && error.kind === 'conflict')
        this.page.showConflict({ title: 'Die Mitgliedschaft', phrase: 'die Mitgliedschaft' });
      else showApiError(error, { confirmedOn: this.confirmedOn }, this.result);
    } finally {
      this.submit.disabled = !this.record;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Roles (Transferstelle, Modellkommune): recorded and ended apart from the membership

/** Transfer points exist since the network's founding (common/networks.ts: December 2020). */
const NETWORK_FOUNDED = '2020-12';
/** The project "Digitale Dörfer" (common/domain.ts, MODEL_PROJECT_TERM): a model municipality's term lies within it. */
const MODEL_PROJECT = { from: '2015-01-01', to: '2021-12-31' };
/** What the API takes as sources (common/validation.ts, normalizeSources): at most 10 http(s) URLs of 8 to 500 characters. */
const MAX_SOURCES = 10;
const URL_PATTERN = /^https?:\/\/[^\s/$.?#][^\s]*$/i;
const MAX_URL = 500;

const PRECISIONS: [DatePrecision, string][] = [
  ['DAY', 'Tag (genaues Datum)'],
  ['MONTH', 'Monat'],
  ['YEAR', 'Jahr'],
];

/** "seit Januar 2025", "von 2016 bis 2021". */
function describeTerm(term: Pick<RoleTerm, 'startedOn' | 'startedOnPrecision' | 'endedOn' | 'endedOnPrecision'>): string {
  const from = formatPreciseDate(term.startedOn, term.startedOnPrecision);
  return term.endedOn ? `von ${from} bis ${formatPreciseDate(term.endedOn, term.endedOnPrecision)}` : `seit ${from}`;
}

/** A term of the same role that overlaps [startedOn, endedOn] (as the API checks it), or undefined. */
function overlapping(terms: RoleTerm[], role: string, startedOn: string, endedOn: string | null): RoleTerm | undefined {
  return terms.find((t) => t.role === role && (!endedOn || t.startedOn <= endedOn) && (!t.endedOn || t.endedOn >= startedOn));
}

/** The URLs of a text field, one a line (empty lines left out, duplicates dropped), or a German error. */
function parseSources(text: string): { urls: string[] } | { problem: string } {
  const urls: string[] = [];
  const lines = text.split(/\r\n|\r|\n/);
  for (const [i, raw] of lines.entries()) {
    const line = raw.trim();
    if (!line) continue;
    const problem = textProblem(line, MAX_URL);
    if (problem) return { problem: `Zeile ${i + 1}: ${problem}` };
    if (line.length < 8 || !URL_PATTERN.test(line))
      return {
        problem: `Zeile ${i + 1} ist keine Internetadresse: Bitte vollständige Adressen angeben, die mit http:// oder https:// beginnen, eine je Zeile.`,
      };
    if (!urls.includes(line)) urls.push(line);
  }
  if (urls.length > MAX_SOURCES) return { problem: `Bitte höchstens ${MAX_SOURCES} Quellen angeben (jetzt ${urls.length}).` };
  return { urls };
}

/**
 * "Rolle eintragen": a municipality held a role from a day, month or year on (and, for a term
 * that is over, until its last day), with a note and public sources. Checked on the page as the
 * API checks it, overlaps with the roles shown included; an overlap recorded meanwhile comes back
 * as CONFLICT, is explained at "Beginn" and keeps everything typed.
 */
class RoleForm {
  readonly element: HTMLElement;
  private readonly role = field(
    select([
      ['TRANSFER_POINT', DD_ROLES.TRANSFER_POINT],
      ['MODEL_MUNICIPALITY', DD_ROLES.MODEL_MUNICIPALITY],
    ]),
    'Rolle',
    'Transferstellen gibt es seit der Gründung des Netzwerks im Dezember 2020; Modellkommunen gab es im Projekt „Digitale Dörfer“ von 2015 bis 2021.',
  );
  private readonly startedOn = field(input({ type: 'date', required: true }), 'Beginn');
  private readonly precision = field(
    select(PRECISIONS),
    'Genauigkeit des Beginns',
    'Ist nur der Monat oder das Jahr bekannt, beim Beginn den Ersten des Monats oder den 1. Januar eingeben.',
  );
  private readonly endedOn = field(
    input({ type: 'date' }),
    'Ende (freiwillig)',
    'Nur für eine Rolle, die schon vorbei ist: ihr letzter Tag. Eine laufende Rolle bleibt ohne Ende und wird später mit „Rolle beenden“ beendet.',
  );
  private readonly note = field(
    el('textarea', { rows: '3' }),
    'Notiz (freiwillig)',
    'Worauf die Angabe beruht, z. B. „Laut Schreiben der Verbandsgemeinde vom 12. Januar 2025“. Höchstens 2.000 Zeichen.',
  );
  private readonly sources = field(
    el('textarea', { rows: '3', spellcheck: 'false' }),
    'Quellen (freiwillig)',
    `Öffentliche Quellen als Internetadressen (beginnend mit http:// oder https://), eine je Zeile, höchstens ${MAX_SOURCES}.`,
  );
  private readonly submit = el('button', { type: 'submit' }, 'Rolle eintragen');
  private readonly result = el('div', { class: 'form-result' });

  constructor(private readonly page: MunicipalityView) {
    const form = el(
      'form',
      { class: 'role-form', novalidate: true, 'aria-label': 'Rolle eintragen' },
      this.role.wrapper,
      el('div', { class: 'field-row' }, this.startedOn.wrapper, this.precision.wrapper),
      this.endedOn.wrapper,
      this.note.wrapper,
      this.sources.wrapper,
      this.submit,
      this.result,
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.send();
    });
    this.element = form;
  }

  private get fields(): Field<Control>[] {
    return [this.role, this.startedOn, this.precision, this.endedOn, this.note, this.sources];
  }

  /** The overlap with a role shown, in German, for the field "Beginn". */
  private overlapText(term: RoleTerm): string {
    return (
      `${this.page.name} ist in diesem Zeitraum bereits ${DD_ROLES[term.role] ?? term.role} (${describeTerm(term)}). ` +
      'Zwei Zeiträume derselben Rolle dürfen sich nicht überschneiden: Bitte zuerst jene Rolle beenden oder einen Zeitraum außerhalb wählen. Es wurde nichts gespeichert.'
    );
  }

  /** Checks every field; returns what to send, or null after showing each problem at its field. */
  private validate(): {
    role: DigitaleDoerferRole;
    startedOn: string;
    precision: DatePrecision;
    endedOn: string | null;
    note: string;
    sources: string[];
  } | null {
    for (const f of this.fields) f.clearError();
    const problems: [Field<Control>, string][] = [];
    const role = this.role.control.value as DigitaleDoerferRole;
    const precision = this.precision.control.value as DatePrecision;
    const start = this.startedOn.control.value;
    const end = this.endedOn.control.value || null;
    const startProblem = dateProblem(this.startedOn.control);
    const endProblem = dateProblem(this.endedOn.control, true);
    if (startProblem) problems.push([this.startedOn, startProblem]);
    else if (start > today()) problems.push([this.startedOn, 'Der Beginn kann nicht in der Zukunft liegen.']);
    else if (precision === 'MONTH' && !start.endsWith('-01'))
      problems.push([
        this.startedOn,
        `Bei der Genauigkeit „Monat“ bitte den Ersten des Monats eingeben (hier: ${formatDate(`${start.slice(0, 8)}01`)}).`,
      ]);
    else if (precision === 'YEAR' && !start.endsWith('-01-01'))
      problems.push([
        this.startedOn,
        `Bei der Genauigkeit „Jahr“ bitte den 1. Januar eingeben (hier: ${formatDate(`${start.slice(0, 4)}-01-01`)}).`,
      ]);
    else if (role === 'TRANSFER_POINT' && start.slice(0, 7) < NETWORK_FOUNDED)
      problems.push([
        this.startedOn,
        'Transferstellen gibt es seit der Gründung des Netzwerks im Dezember 2020; der Beginn kann nicht davor liegen.',
      ]);
    else if (role === 'MODEL_MUNICIPALITY' && start < MODEL_PROJECT.from)
      problems.push([
        this.startedOn,
        'Das Projekt „Digitale Dörfer“ lief von 2015 bis 2021; die Rolle als Modellkommune beginnt nicht vor 2015.',
      ]);
    if (endProblem) problems.push([this.endedOn, endProblem]);
    else if (end && end > today())
      problems.push([this.endedOn, 'Das Ende kann nicht in der Zukunft liegen. Eine Rolle, die noch besteht, bitte ohne Ende eintragen.']);
    else if (end && !startProblem && end < start) problems.push([this.endedOn, 'Das Ende kann nicht vor dem Beginn liegen.']);
    else if (role === 'MODEL_MUNICIPALITY' && !startProblem && (end ?? start) > MODEL_PROJECT.to)
      problems.push([
        end ? this.endedOn : this.startedOn,
        'Das Projekt „Digitale Dörfer“ lief von 2015 bis 2021; die Rolle als Modellkommune endet spätestens am 31. Dezember 2021.',
      ]);
    if (!problems.length) {
      const other = overlapping(this.page.roles, role, start, end);
      if (other) problems.push([this.startedOn, this.overlapText(other)]);
    }
    const note = normalise(this.note.control.value);
    const noteProblem = textProblem(note, MAX_REASON);
    if (noteProblem) problems.push([this.note, noteProblem]);
    const sources = parseSources(this.sources.control.value);
    if ('problem' in sources) problems.push([this.sources, sources.problem]);
    for (const [target, text] of problems) target.showError(text);
    if (problems.length || 'problem' in sources) {
      problems[0]?.[0].control.focus();
      return null;
    }
    return { role, startedOn: start, precision, endedOn: end, note, sources: sources.urls };
  }

  private async send(): Promise<void> {
    this.result.replaceChildren();
    const values = this.validate();
    if (!values) return;
    this.submit.disabled = true;
    try {
      const { recordRoleTerm: term } = await graphql(VerwaltungRolleEintragenDocument, {
        input: {
          municipalityKey: this.page.ars,
          role: values.role,
          startedOn: values.startedOn,
          startedOnPrecision: values.precision,
          endedOn: values.endedOn,
          note: values.note || null,
          sources: values.sources,
        },
      });
      for (const f of [this.startedOn, this.endedOn, this.note, this.sources]) f.control.value = '';
      this.precision.control.value = 'DAY';
      this.page.clearConflict();
      await this.page.load();
      const record = this.page.record;
      this.page.announce(
        `Die Rolle „${DD_ROLES[term.role] ?? term.role}“ von ${this.page.name} ist eingetragen (${describeTerm(term)}).` +
          (record ? ` Rolle im Netzwerk jetzt: ${DD_ROLES[record.role] ?? record.role}.` : ''),
      );
    } catch (error) {
      if (error instanceof ApiProblem && error.kind === 'conflict') {
        // Someone recorded an overlapping term meanwhile: show it, explain it at "Beginn", keep what was typed.
        await this.page.load();
        const other = overlapping(this.page.roles, values.role, values.startedOn, values.endedOn);
        this.startedOn.showError(
          other
            ? this.overlapText(other)
            : 'Für diese Rolle wurde inzwischen ein Zeitraum eingetragen, der sich mit diesem überschneidet. Es wurde nichts gespeichert; die Seite zeigt jetzt den aktuellen Stand.',
        );
        this.startedOn.control.focus();
      } else if (error instanceof ApiProblem && error.errors[0]?.extensions?.reason === 'NOT_ELIGIBLE' && error.apiMessage) {
        this.result.replaceChildren(el('p', { class: 'problem' }, `Abgelehnt: ${error.apiMessage}`));
      } else
        showApiError(
          error,
          {
            'input.role': this.role,
            'input.startedOn': this.startedOn,
            'input.startedOnPrecision': this.precision,
            'input.endedOn': this.endedOn,
            'input.note': this.note,
            'input.sources': this.sources,
          },
          this.result,
        );
    } finally {
      this.submit.disabled = false;
    }
  }
}

/** "Rolle beenden": a role that still lasts ends on its last day, sent with the version last seen. */
class EndRoleForm {
  readonly element: HTMLElement;
  private readonly form: HTMLFormElement;
  private readonly term = field(select([]), 'Laufende Rolle');
  private readonly endedOn = field(
    input({ type: 'date', required: true, value: today() }),
    'Letzter Tag der Rolle',
    'Vom Tag danach an hat die Kommune diese Rolle nicht mehr; die Mitgliedschaft bleibt, wie sie ist.',
  );
  private readonly submit = el('button', { type: 'submit' }, 'Rolle beenden');
  private readonly result = el('div', { class: 'form-result' });
  private readonly unavailable = el('p', { hidden: true }, 'Keine Rolle läuft noch; es gibt nichts zu beenden.');
  private terms: RoleTerm[] = [];

  constructor(private readonly page: MunicipalityView) {
    this.form = el(
      'form',
      { class: 'end-role-form', novalidate: true, 'aria-label': 'Rolle beenden' },
      this.term.wrapper,
      this.endedOn.wrapper,
      this.submit,
      this.result,
    );
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.send();
    });
    this.element = el('div', {}, this.unavailable, this.form);
  }

  /** The lasting terms; the one chosen stays chosen while it lasts. */
  update(terms: RoleTerm[]): void {
    this.terms = terms;
    const chosen = this.term.control.value;
    this.term.control.replaceChildren(
      ...terms.map((t) => el('option', { value: t.id }, `${DD_ROLES[t.role] ?? t.role}, ${describeTerm(t)}`)),
    );
    if (terms.some((t) => t.id === chosen)) this.term.control.value = chosen;
    this.form.hidden = terms.length === 0;
    this.unavailable.hidden = terms.length > 0;
  }

  private async send(): Promise<void> {
    this.result.replaceChildren();
    this.endedOn.clearError();
    const term = this.terms.find((t) => t.id === this.term.control.value);
    if (!term) return;
    const value = this.endedOn.control.value;
    const invalid =
      dateProblem(this.endedOn.control) ??
      (value > today()
        ? 'Der letzte Tag kann nicht in der Zukunft liegen.'
        : value < term.startedOn
          ? `Die Rolle begann ${formatPreciseDate(term.startedOn, term.startedOnPrecision)}; sie kann nicht davor enden.`
          : null);
    if (invalid) {
      this.endedOn.showError(invalid);
      this.endedOn.control.focus();
      return;
    }
    this.submit.disabled = true;
    try {
      await graphql(VerwaltungRolleBeendenDocument, { id: term.id, version: term.version, endedOn: value });
      this.page.clearConflict();
      await this.page.load();
      const record = this.page.record;
      this.page.announce(
        `Die Rolle „${DD_ROLES[term.role] ?? term.role}“ von ${this.page.name} endet am ${formatDate(value)}.` +
          (record ? ` Rolle im Netzwerk jetzt: ${DD_ROLES[record.role] ?? record.role}.` : ''),
      );
    } catch (error) {
      if (error instanceof ApiProblem && error.kind === 'conflict')
        this.page.showConflict({
          title: 'Die Rolle',
          phrase: 'die Rolle',
          state: () => {
            const now = this.page.roles.find((t) => t.id === term.id);
            return now?.endedOn
              ? `Die Rolle ist beendet (letzter Tag: ${formatPreciseDate(now.endedOn, now.endedOnPrecision)})`
              : 'Die Rolle läuft noch';
          },
        });
      else showApiError(error, { endedOn: this.endedOn }, this.result);
    } finally {
      this.submit.disabled = false;
    }
  }
}

export const MEMBER_SCREENS: Screen[] = [{ id: 'mitglieder', title: 'Mitglieder', allowed: () => true, open: membersScreen }];
