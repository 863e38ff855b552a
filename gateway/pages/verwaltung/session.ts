// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// Who is signed in, and what the screens may offer them: the API's `viewer` query names the
// caller's role and, for a coordinator, the network, as the hub established them from the key.
// The API checks every change anyway, so this only decides which forms and buttons are shown.
import { ApiProblem, forgetCredential, graphql, setCredential, type Credential } from './api';
import { VerwaltungAnmeldungDocument, type NetworkId, type Role } from './generated/operations';

export type { NetworkId, Role };

export interface Session {
  role: Role;
  /** The network a coordinator coordinates. */
  network: NetworkId | null;
}

/** May change the Digitale Dörfer registry (applications, decisions, contact persons, meetings). */
export function canWriteDigitaleDoerfer(session: Session): boolean {
  return session.role === 'MINISTRY_ADMIN' || (session.role === 'COORDINATOR' && session.network === 'DIGITALE_DOERFER_RLP');
}

/** The role in German, as the page names it. */
export function roleLabel(session: Session): string {
  switch (session.role) {
    case 'MINISTRY_ADMIN':
      return 'Ministerium (Verwaltung aller Daten)';
    case 'COORDINATOR':
      return session.network === 'DIGITALE_DOERFER_RLP'
        ? 'Koordination Netzwerk Digitale Dörfer RLP'
        : session.network === 'IKONE_DS'
          ? 'Koordination IKONE-DS'
          : 'Koordination';
    case 'PARTNER':
      return 'Partner (nur lesen)';
    case 'PUBLIC':
      return 'Öffentlich (nur lesen)';
  }
}

/** May read contact persons (names, e-mail addresses, phone numbers). */
export function canReadContacts(session: Session): boolean {
  return session.role !== 'PUBLIC';
}

/**
 * Checks the credential (an API key, or the identity provider's token) with the API and asks
 * whom it belongs to. It is set only for this call and kept when it is accepted; a refused one is
 * forgotten at once. Throws ApiProblem (unauthenticated for an unknown, revoked or expired one).
 */
export async function signIn(credential: Credential): Promise<Session> {
  setCredential(credential);
  try {
    const { viewer } = await graphql(VerwaltungAnmeldungDocument);
    return { role: viewer.role, network: viewer.role === 'COORDINATOR' ? viewer.network : null };
  } catch (error) {
    forgetCredential();
    throw error instanceof ApiProblem ? error : new ApiProblem('internal', 'Die Anmeldung ist fehlgeschlagen; bitte erneut versuchen.');
  }
}

export function signOut(): void {
  forgetCredential();
}
