// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

/// <reference lib="dom" />
// The Verwaltung (/verwaltung): a German web interface for the people who keep the registry —
// the coordinators of the networks and the ministry — on the public GraphQL API with their own
// API key. This module signs in and out and shows the screens the role may use; each feature is a
// module of its own that exports its screens (screen.ts), reached by the navigation "Bereiche der
// Verwaltung", and all of them talk to the API through api.ts.
import './verwaltung.css';
import { ApiProblem } from './api';
import { el, field, input } from './dom';
import { completeSignIn, signInSettings, SignInProblem, startSignIn, type SignInSettings } from './identity-provider';
import { ADMIN_SCREENS } from './admin';
import { INBOX_SCREENS } from './inbox';
import { KNOWLEDGE_SCREENS } from './knowledge';
import { MEMBER_SCREENS } from './members';
import type { OpenedScreen, Screen } from './screen';
import { roleLabel, signIn, signOut, type Session } from './session';
import { TRANSFER_SCREENS } from './transfer';

const view = document.getElementById('ansicht')!;
const sessionBar = document.getElementById('sitzung')!;
const main = document.getElementById('inhalt')!;
const screenNav = document.getElementById('bereiche')!;

/** The screens, in the order of the navigation. */
const SCREENS: Screen[] = [...INBOX_SCREENS, ...MEMBER_SCREENS, ...KNOWLEDGE_SCREENS, ...TRANSFER_SCREENS, ...ADMIN_SCREENS];

/** The identity provider's settings, where one is configured (read once at start). */
let identityProvider: SignInSettings | null = null;

function showSignIn(message?: string): void {
  sessionBar.hidden = true;
  sessionBar.replaceChildren();
  screenNav.hidden = true;
  screenNav.replaceChildren();
  document.title = 'Anmeldung – Verwaltung – KommunalNetz Hub';
  const key = field(
    input({ type: 'password', autocomplete: 'off', spellcheck: 'false', required: true, id: 'api-schluessel' }),
    'API-Schlüssel',
    'Beginnt mit „knh_“. Sie erhalten ihn vom Ministerium. Der Schlüssel bleibt nur in diesem Browser-Tab und ist nach „Abmelden“ oder dem Schließen des Tabs vergessen.',
  );
  const submit = el('button', { type: 'submit' }, 'Anmelden');
  const form = el('form', { class: 'signin', novalidate: true, 'aria-labelledby': 'anmeldung-titel' }, key.wrapper, submit);
  const status = el('p', { class: 'status', role: 'status' }, message ?? '');
  const viaProvider: HTMLElement[] = [];
  if (identityProvider) {
    const settings = identityProvider;
    const button = el('button', { type: 'button', id: 'anmeldung-idp' }, 'Mit dem Landeskonto anmelden');
    button.addEventListener('click', () => {
      button.disabled = true;
      startSignIn(settings).catch(() => {
        button.disabled = false;
        status.textContent = 'Die Anmeldung über den Identitätsdienst konnte nicht beginnen; bitte erneut versuchen.';
      });
    });
    viaProvider.push(
      el('h2', {}, 'Mit dem Landeskonto'),
      el('p', {}, 'Sie werden zum Identitätsdienst des Landes geleitet und kehren danach hierher zurück.'),
      button,
      el('h2', {}, 'Mit einem API-Schlüssel'),
    );
  }
  view.replaceChildren(
    el(
      'section',
      { class: 'screen' },
      el('h1', { id: 'anmeldung-titel' }, 'Anmeldung zur Verwaltung'),
      el(
        'p',
        { class: 'lead' },
        'Hier pflegen die Koordination der Netzwerke und das Ministerium das Register: Beitrittsschreiben, Entscheidungen und mehr. Bitte melden Sie sich an.',
      ),
      status,
      ...viaProvider,
      form,
    ),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    key.clearError();
    const value = key.control.value.trim();
    if (!value) {
      key.showError('Bitte den API-Schlüssel eingeben.');
      key.control.focus();
      return;
    }
    if (!/^knh_\S+$/.test(value)) {
      key.showError('Ein API-Schlüssel des Hubs beginnt mit „knh_“. Bitte den ganzen Schlüssel einfügen.');
      key.control.focus();
      return;
    }
    submit.disabled = true;
    signIn({ kind: 'api-key', value })
      .then((session) => {
        // The key now lives in api.ts only; nothing of it stays in the page.
        key.control.value = '';
        showWorkspace(session);
      })
      .catch((error: unknown) => {
        submit.disabled = false;
        key.showError(error instanceof ApiProblem ? error.text : 'Die Anmeldung ist fehlgeschlagen; bitte erneut versuchen.');
        key.control.focus();
      });
  });
  key.control.focus();
}

function showWorkspace(session: Session): void {
  const signOutButton = el('button', { type: 'button', class: 'secondary' }, 'Abmelden');
  signOutButton.addEventListener('click', () => {
    signOut();
    showSignIn('Sie sind abgemeldet. Der API-Schlüssel ist aus diesem Tab entfernt.');
  });
  sessionBar.replaceChildren(el('p', {}, 'Angemeldet als: ', el('strong', { id: 'rolle' }, roleLabel(session))), signOutButton);
  sessionBar.hidden = false;

  // Each screen is opened once per sign-in and kept: going back to it keeps what was typed there.
  const screens = SCREENS.filter((s) => s.allowed(session));
  const opened = new Map<string, OpenedScreen>();
  const buttons = screens.map((screen) => {
    const button = el('button', { type: 'button', class: 'nav-item', 'data-screen': screen.id }, screen.title);
    button.addEventListener('click', () => show(screen));
    return button;
  });
  screenNav.replaceChildren(el('ul', {}, ...buttons.map((b) => el('li', {}, b))));
  screenNav.hidden = false;

  function show(screen: Screen): void {
    document.title = `${screen.title} – Verwaltung – KommunalNetz Hub`;
    for (const button of buttons) {
      if (button.dataset.screen === screen.id) button.setAttribute('aria-current', 'page');
      else button.removeAttribute('aria-current');
    }
    let current = opened.get(screen.id);
    if (!current) {
      current = screen.open(session);
      opened.set(screen.id, current);
    }
    view.replaceChildren(current.element);
    main.focus();
    void current.load();
  }
  show(screens[0]);
}

/** At start: back from the identity provider, or the sign-in page. */
async function start(): Promise<void> {
  identityProvider = await signInSettings();
  let token: string | null;
  try {
    token = await completeSignIn(identityProvider);
  } catch (error) {
    showSignIn(error instanceof SignInProblem ? error.message : 'Die Anmeldung ist fehlgeschlagen; bitte erneut versuchen.');
    return;
  }
  if (!token) return showSignIn();
  try {
    showWorkspace(await signIn({ kind: 'bearer-token', value: token }));
  } catch (error) {
    showSignIn(error instanceof ApiProblem ? error.text : 'Die Anmeldung ist fehlgeschlagen; bitte erneut versuchen.');
  }
}

void start();
