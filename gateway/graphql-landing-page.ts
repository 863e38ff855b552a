// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// The page a browser gets at GET /graphql — the URL `npm start` prints. Apollo Server would answer
// a browser there with its CSRF refusal in JSON; instead a person sees, in German, what the address
// is for and where to go: the playground, the published schema and the documentation.
//
// A page, not a redirect to /playground: the address in the browser's bar stays the API's own (the
// one a developer copies into a client), and the page explains how programs call it, which a
// redirect would hide. Which requests get the page decides common/http.ts (isBrowserVisit): only
// those that Apollo would refuse as a possible CSRF anyway, so every other request is unchanged.
//
// Self-contained like the start page: no scripts, no external files; the one inline stylesheet is
// allowed by its hash only.
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { COMMON_HEADERS } from './pages/serve';
import { PUBLISHED_SCHEMA_PATH } from './published-schema';

/** The hub's look (gateway/pages/hub.css and the start page): link colour, visible focus, code boxes. */
const STYLE = `
  *, *::before, *::after { box-sizing: border-box; }
  body { font-family: system-ui, sans-serif; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5; color: #1a1a1a; }
  a { color: #0b5cad; }
  :focus-visible { outline: 3px solid #0b5cad; outline-offset: 2px; }
  code, pre { background: #f2f2f2; border-radius: 4px; }
  pre { padding: 0.75rem; overflow-x: auto; }
  li { margin-bottom: 0.5rem; }
`;

const EXAMPLE = `curl -s http://localhost:4000/graphql \\
  -H 'content-type: application/json' \\
  -d '{"query":"{ municipality(key: \\"07315000\\") { name networkFit { network { shortName } level } } }"}'`;

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const PAGE = `<!doctype html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>GraphQL-Schnittstelle – KommunalNetz Hub</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>GraphQL-Schnittstelle des KommunalNetz Hub</h1>
<p>Diese Adresse (<code>/graphql</code>) ist die Schnittstelle für Programme. Sie erwartet GraphQL-Abfragen
als JSON per <code>POST</code> mit <code>content-type: application/json</code>. Im Browser geht es hier weiter:</p>
<ul>
<li><a href="/playground">GraphQL-Playground</a>: Abfragen im Browser schreiben und ausführen, mit Beispielen,
Schema-Dokumentation und optionalem API-Schlüssel.</li>
<li><a href="${PUBLISHED_SCHEMA_PATH}">Schema der Schnittstelle</a> (<code>${PUBLISHED_SCHEMA_PATH}</code>): alle Typen und
Felder mit ihren Beschreibungen, als Text im GraphQL-Format; daraus erzeugen Partnerportale ihre Typen, z.&nbsp;B. mit graphql-codegen.</li>
<li><a href="/">Startseite und Dokumentation</a>: was der Hub beantwortet, ein Beispiel und die weiteren Seiten
(<a href="/dashboard">Mitgliederbericht</a>). Die Anleitung für Partnerportale (Schlüssel, Typen, Seiten, Fehler) steht in
<code>PARTNERS.md</code>, Rollen und Grenzen in <code>SECURITY.md</code> im Quellcode des Hubs.</li>
</ul>
<h2>Beispiel</h2>
<pre tabindex="0" role="region" aria-label="Beispiel mit curl"><code>${escapeHtml(EXAMPLE)}</code></pre>
<p>Öffentliche Daten brauchen keinen Schlüssel. Ansprechpersonen und Änderungen brauchen einen API-Schlüssel
(Header <code>x-api-key</code>) oder das Token einer Person (<code>Authorization: Bearer …</code>).
Abfragen per <code>GET</code> (<code>/graphql?query=…</code>) brauchen den Header
<code>apollo-require-preflight: true</code>; ohne ihn lehnt der Hub sie als mögliche
Cross-Site-Request-Forgery ab.</p>
</main>
</body>
</html>`;

/** The stylesheet's hash for the Content-Security-Policy: nothing inline runs or applies but this. */
const STYLE_HASH = `'sha256-${createHash('sha256').update(STYLE).digest('base64')}'`;

/** As strict as the other pages: nothing from anywhere, no scripts at all, no framing, no forms. */
export const LANDING_PAGE_POLICY = [
  "default-src 'none'",
  `style-src ${STYLE_HASH}`,
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export function graphqlLandingPage(_req: IncomingMessage, res: ServerResponse): void {
  res.writeHead(200, {
    'content-type': 'text/html; charset=utf-8',
    // The same URL answers programs in JSON: no cache may keep this page for them.
    'cache-control': 'no-store',
    'content-security-policy': LANDING_PAGE_POLICY,
    'x-frame-options': 'DENY',
    ...COMMON_HEADERS,
  });
  res.end(PAGE);
}
