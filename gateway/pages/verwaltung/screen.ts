// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// What a screen of the Verwaltung is: each feature module (inbox.ts, members.ts, …) exports its
// screens in this shape, and main.ts lists them in the navigation for the roles they allow.
import { el } from './dom';
import type { Session } from './session';

/** An opened screen: its element, kept while signed in, and how to (re)load its data. */
export interface OpenedScreen {
  element: HTMLElement;
  /** Called each time the screen is shown; reloads what may have changed elsewhere. */
  load(): Promise<void>;
}

export interface Screen {
  /** Stable identifier (data-screen of its navigation button). */
  id: string;
  /** Its name in the navigation and the page title. */
  title: string;
  /** Who sees it at all; the API checks every change anyway. */
  allowed(session: Session): boolean;
  open(session: Session): OpenedScreen;
}

/** A screen's list and, in its place while one is open, a record's page (a municipality, a meeting, a report). */
export interface ListWithPage {
  element: HTMLElement;
  /** Shows a record's page instead of the list. */
  show(page: HTMLElement): void;
  /** Back to the list; the page is dropped. */
  back(): void;
}

export function listWithPage(listView: HTMLElement): ListWithPage {
  const pageView = el('div', { hidden: true });
  return {
    element: el('div', {}, listView, pageView),
    show(page) {
      pageView.replaceChildren(page);
      listView.hidden = true;
      pageView.hidden = false;
    },
    back() {
      pageView.hidden = true;
      pageView.replaceChildren();
      listView.hidden = false;
    },
  };
}
