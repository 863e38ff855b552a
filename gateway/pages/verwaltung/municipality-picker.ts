// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

/// <reference lib="dom" />
// Picking a municipality by the API's forgiving name search (`municipalities(filter: { name })`:
// "Goellheim", "göllheim" and "GÖLLHEIM" all find Göllheim), never by typing a key. The matches
// are radio buttons — one Tab stop, arrow keys to move, each labelled with name, type,
// Verbandsgemeinde and Landkreis — so that two places of the same name are told apart. Shared by
// every screen that needs a municipality (letters now; attendance, reports, contacts later).
import { ApiProblem, graphql } from './api';
import { el, field, input, MUNICIPALITY_TYPES, uid } from './dom';
import { VerwaltungKommuneSuchenDocument } from './generated/operations';

/** A municipality as the search (operations/picker.graphql) finds it; other screens' data of the same shape fits too. */
export interface MunicipalityChoice {
  ars: string;
  ags: string | null;
  name: string;
  type: string;
  verbandsgemeinde: { name: string } | null;
  district: { name: string; type: string };
}

/** "Ortsgemeinde, Verbandsgemeinde Eisenberg (Pfalz), Landkreis Donnersbergkreis". */
export function describeMunicipality(m: MunicipalityChoice): string {
  const parts = [MUNICIPALITY_TYPES[m.type] ?? m.type];
  if (m.verbandsgemeinde) parts.push(`Verbandsgemeinde ${m.verbandsgemeinde.name}`);
  if (m.district.type === 'LANDKREIS') parts.push(`Landkreis ${m.district.name}`);
  else if (m.type !== 'KREISFREIE_STADT' && m.type !== 'LANDKREIS') parts.push(`Kreisfreie Stadt ${m.district.name}`);
  return parts.join(', ');
}

export interface MunicipalityPicker {
  element: HTMLElement;
  selected(): MunicipalityChoice | null;
  showError(text: string): void;
  clearError(): void;
  focus(): void;
  /** Empties the search and the choice (after the form was sent). */
  reset(): void;
}

export function municipalityPicker(options: {
  label: string;
  hint: string;
  onPick: (m: MunicipalityChoice | null) => void;
}): MunicipalityPicker {
  const id = uid('kommune');
  const search = field(input({ id: `${id}-suche`, type: 'search', autocomplete: 'off', spellcheck: 'false' }), options.label, options.hint);
  const button = el('button', { type: 'button', class: 'secondary' }, 'Suchen');
  const status = el('p', { class: 'hint', role: 'status', id: `${id}-status` });
  const legendId = `${id}-treffer`;
  const results = el(
    'fieldset',
    { class: 'choices', hidden: true, 'aria-describedby': `${id}-status` },
    el('legend', { id: legendId }, 'Gefundene Kommunen'),
  );
  const list = el('div', { class: 'choice-list' });
  results.append(list);
  let found: MunicipalityChoice[] = [];
  let chosen: MunicipalityChoice | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let sequence = 0;

  const choose = (m: MunicipalityChoice | null) => {
    chosen = m;
    options.onPick(m);
  };

  async function run(): Promise<void> {
    const name = search.control.value.trim();
    const mine = ++sequence;
    if (name.length < 2) {
      status.textContent = name ? 'Bitte mindestens zwei Buchstaben eingeben.' : '';
      return;
    }
    status.textContent = 'Suche läuft …';
    try {
      const data = await graphql(VerwaltungKommuneSuchenDocument, { name });
      if (mine !== sequence) return;
      found = data.municipalities.edges.map((e) => e.node);
      render(data.municipalities.totalCount);
    } catch (error) {
      if (mine !== sequence) return;
      status.textContent = error instanceof ApiProblem ? error.text : 'Die Suche ist fehlgeschlagen.';
    }
  }

  function render(total: number): void {
    const keep = chosen && found.some((m) => m.ars === chosen!.ars) ? chosen.ars : null;
    if (!keep && chosen) choose(null);
    list.replaceChildren(
      ...found.map((m) => {
        const radio = el('input', { type: 'radio', name: `${id}-wahl`, id: `${id}-${m.ars}`, value: m.ars, checked: m.ars === keep });
        radio.addEventListener('change', () => {
          if (radio.checked) choose(m);
        });
        return el(
          'div',
          { class: 'choice' },
          radio,
          el('label', { for: radio.id }, el('strong', {}, m.name), ' – ', describeMunicipality(m)),
        );
      }),
    );
    results.hidden = found.length === 0;
    status.textContent =
      found.length === 0
        ? 'Keine Kommune gefunden. Bitte anders schreiben oder einen Teil des Namens eingeben.'
        : total > found.length
          ? `${total} Treffer, die ${found.length} besten sind aufgeführt. Bitte eine Kommune auswählen oder genauer suchen.`
          : `${found.length} Treffer. Bitte eine Kommune auswählen.`;
  }

  search.control.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), 300);
  });
  search.control.addEventListener('keydown', (event) => {
    // Enter searches; it must not send the surrounding form.
    if (event.key === 'Enter') {
      event.preventDefault();
      clearTimeout(timer);
      void run();
    }
  });
  button.addEventListener('click', () => {
    clearTimeout(timer);
    void run();
  });

  const row = el('div', { class: 'search-row' });
  search.wrapper.replaceChild(row, search.control);
  row.append(search.control, button);
  const element = el('div', { class: 'picker' }, search.wrapper, status, results);
  return {
    element,
    selected: () => chosen,
    showError(text) {
      search.showError(text);
      results.setAttribute('aria-describedby', `${id}-status ${search.control.id}-fehler`);
    },
    clearError() {
      search.clearError();
      results.setAttribute('aria-describedby', `${id}-status`);
    },
    focus: () => search.control.focus(),
    reset() {
      clearTimeout(timer);
      sequence += 1;
      search.control.value = '';
      found = [];
      list.replaceChildren();
      results.hidden = true;
      status.textContent = '';
      search.clearError();
      choose(null);
    },
  };
}
