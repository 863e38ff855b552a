// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

/// <reference lib="dom" />
// The playground: GraphiQL 5 (React, Monaco) bundled by scripts/build-pages.js, talking to this
// gateway's /graphql only. Written without JSX so that the project's one TypeScript configuration
// checks it like every other file.
import './workers/setup';
import { createElement, type ComponentProps } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';
import './playground.css';
import { credentialHeaders, credentialNotice, type CredentialKind } from './credentials';
import { EXAMPLES } from './examples';

type Fetcher = ComponentProps<typeof GraphiQL>['fetcher'];

const kindField = document.getElementById('credential-kind') as HTMLSelectElement;
const valueField = document.getElementById('credential-value') as HTMLInputElement;
const notice = document.getElementById('credential-notice') as HTMLElement;

function currentCredential(): Record<string, string> {
  return credentialHeaders(kindField.value as CredentialKind, valueField.value);
}

function updateNotice(): void {
  notice.textContent = credentialNotice(kindField.value as CredentialKind, valueField.value);
}
kindField.addEventListener('change', updateNotice);
valueField.addEventListener('input', updateNotice);
// The form only holds the credential; Enter in the field must not reload the page.
document.getElementById('credential-form')?.addEventListener('submit', (event) => event.preventDefault());
updateNotice();

/**
 * Same origin, JSON over POST (Apollo's CSRF protection wants the content type). Headers typed in
 * GraphiQL's header editor go along; the credential field wins over them.
 */
const fetcher: Fetcher = async (params, options) => {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { ...(options?.headers ?? {}), ...currentCredential(), 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(params),
  });
  const text = await response.text();
  try {
    return JSON.parse(text);
  } catch {
    throw new Error(`HTTP ${response.status}: ${text.slice(0, 300)}`);
  }
};

const container = document.getElementById('graphiql');
if (!container) throw new Error('#graphiql missing in playground.html');
createRoot(container).render(
  createElement(
    GraphiQL,
    {
      fetcher,
      defaultTabs: EXAMPLES.map((example) => ({ query: example.query, variables: example.variables })),
      // Credentials belong in the field above, which is never stored; keep GraphiQL from writing
      // headers typed into its editor to localStorage as well.
      shouldPersistHeaders: false,
      // The page around GraphiQL is light; one theme keeps the contrast checked in one place.
      forcedTheme: 'light',
    },
    // Our own element and colour: GraphiQL's logo text is too light for AA contrast.
    createElement(GraphiQL.Logo, null, createElement('span', { className: 'hub-logo' }, 'KommunalNetz Hub')),
  ),
);
