// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// The page at GET /: what the hub is and how to query it, with links to the playground, the
// dashboard and the Verwaltung (gateway/pages). Self-contained: no external scripts, styles or
// fonts, so opening it sends nothing to third parties.
import type { IncomingMessage, ServerResponse } from 'node:http';

const EXAMPLE = `curl -s http://localhost:4000/graphql \\
  -H 'content-type: application/json' \\
  -d '{"query":"{ municipality(key: \\"07315000\\") { name type population networkFit { network { shortName } level alreadyMember } } }"}'`;

const PAGE = `<!doctype html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>KommunalNetz Hub</title>
<style>
  body { font-family: system-ui, sans-serif; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5; color: #1a1a1a; }
  code, pre { background: #f2f2f2; border-radius: 4px; }
  pre { padding: 0.75rem; overflow-x: auto; }
</style>
</head>
<body>
<main>
<h1>KommunalNetz Hub</h1>
<p>Eine GraphQL-Schnittstelle für die beiden kommunalen Digitalisierungsnetzwerke in Rheinland-Pfalz:
das <strong>Netzwerk Digitale Dörfer RLP</strong> und <strong>IKONE-DS</strong> (Interkommunales Netzwerk Digitale Stadt).
Welches Netzwerk passt zu einer Kommune, und wer ist schon wo?</p>
<p lang="en">One GraphQL API for Rhineland-Palatinate's two municipal digitalisation networks.
Send queries as JSON (<code>POST</code>, <code>content-type: application/json</code>) to <code>/graphql</code>.</p>
<h2>Ausprobieren / Try it</h2>
<ul>
<li><a href="/playground">GraphQL-Playground</a>: Abfragen im Browser schreiben und ausführen, mit Beispielen und optionalem API-Schlüssel.
<span lang="en">Write and run queries in the browser, with examples and an optional API key.</span></li>
<li><a href="/dashboard">Mitgliederbericht</a>: Abdeckung je Landkreis und Mitglieder nach Beitrittsjahr, für beide Netzwerke.
<span lang="en">Membership dashboard: coverage per district and members by year of joining.</span></li>
<li><a href="/verwaltung">Verwaltung</a>: für die Koordination der Netzwerke und das Ministerium – Anträge und Mitglieder pflegen, mit API-Schlüssel.
<span lang="en">Staff interface for the network offices and the ministry (API key required).</span></li>
<li><a href="/schema.graphql">Schema</a>: das Schema der Schnittstelle als Text (SDL), z.&nbsp;B. für graphql-codegen.
<span lang="en">The API schema as SDL, e.g. for graphql-codegen.</span></li>
</ul>
<h2>Beispiel / Example</h2>
<pre><code>${EXAMPLE.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</code></pre>
<p>Gesundheit / health: <a href="/health/live">/health/live</a>, <a href="/health/ready">/health/ready</a></p>
</main>
</body>
</html>`;

export function startPage(_req: IncomingMessage, res: ServerResponse): void {
  res.writeHead(200, {
    'content-type': 'text/html; charset=utf-8',
    'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'",
  });
  res.end(PAGE);
}
