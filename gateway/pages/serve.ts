// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// Serves the browser pages (GraphQL playground, membership dashboard, Verwaltung) and their assets from the
// bundle that `npm run build:pages` (scripts/build-pages.js) writes to dist/pages/. Everything a
// page loads comes from the gateway itself: no CDN, no third-party fonts, no analytics.
import fs from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { projectRoot, type OidcSignIn } from '../../common/config';

/** Where scripts/build-pages.js writes the bundle (inside dist/, so the Docker image has it too). */
export const PAGES_DIR = path.join(projectRoot, 'dist/pages');

/** URL prefix of the bundled scripts, styles, workers and fonts. */
export const ASSETS_PATH = '/assets/';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/** Headers on every page and asset: no MIME sniffing, no framing, no referrer to other sites. */
export const COMMON_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

/** Directives every page shares: only this origin, nothing inline, no plugins, no framing. */
const BASE_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "connect-src 'self'",
  "img-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
];

/**
 * Content-Security-Policy of each page. The dashboard needs nothing beyond its own files. GraphiQL
 * needs two more things, each as narrow as it works (checked in gateway/tests/pages.test.ts, which
 * fails on any violation):
 * - style-src 'unsafe-inline': Monaco (the editor) and GraphiQL's panes and dialogs set style
 *   attributes and style elements at run time, hundreds of them; scripts stay 'self' only.
 * - font-src data: GraphiQL's stylesheet carries its fonts (Fira Code, Roboto) as data: URLs.
 * Monaco's language workers are our own files under /assets/ (worker-src 'self'), not blob: URLs.
 * Monaco's colour picker and iPad keyboard button would want data: images; neither matters for
 * GraphQL, so img-src stays 'self'.
 */
export const CONTENT_SECURITY_POLICY = {
  dashboard: [...BASE_POLICY, "style-src 'self'"].join('; '),
  /** The Verwaltung: the dashboard's policy (its own files only), and no form posts anywhere. */
  verwaltung: [...BASE_POLICY.filter((d) => !d.startsWith('form-action')), "form-action 'none'", "style-src 'self'"].join('; '),
  playground: [...BASE_POLICY, "style-src 'self' 'unsafe-inline'", "font-src 'self' data:", "worker-src 'self'"].join('; '),
};

/**
 * The Verwaltung's policy when people sign in at the identity provider: the page also fetches the
 * provider's token endpoint (and nothing else of it; the sign-in page itself is a navigation).
 */
export function verwaltungPolicy(signIn: OidcSignIn | null | undefined): string {
  if (!signIn) return CONTENT_SECURITY_POLICY.verwaltung;
  const tokenOrigin = new URL(signIn.tokenUrl).origin;
  return CONTENT_SECURITY_POLICY.verwaltung.replace("connect-src 'self'", `connect-src 'self' ${tokenOrigin}`);
}

/** Where the Verwaltung asks whether and how people sign in at the identity provider. */
export const SIGN_IN_CONFIG_PATH = '/verwaltung/anmeldedienst';

/** GET SIGN_IN_CONFIG_PATH: the public OpenID Connect settings of the sign-in (no secret: a public client), or 404. */
function signInConfig(signIn: OidcSignIn | null | undefined): Handler {
  const body = signIn
    ? JSON.stringify(signIn)
    : JSON.stringify({ error: 'Die Anmeldung über einen Identitätsdienst ist nicht eingerichtet.' });
  return (_req, res) => {
    res.writeHead(signIn ? 200 : 404, {
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'no-cache',
      ...COMMON_HEADERS,
    });
    res.end(body);
  };
}

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.ttf': 'font/ttf',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

function notBuilt(name: string): Handler {
  return (_req, res) => {
    res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', ...COMMON_HEADERS });
    res.end(
      `Die Seite ${name} ist nicht gebaut: bitte "npm run build:pages" ausführen (npm run build und npm test tun das auch).\n` +
        `The ${name} page has not been built: run "npm run build:pages" (npm run build and npm test do it too).\n`,
    );
  };
}

function page(file: string, policy: string): Handler {
  const html = fs.readFileSync(file);
  return (_req, res) => {
    // Revalidated on every visit: the HTML names the current (content-hashed) asset files.
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-cache',
      'content-security-policy': policy,
      'x-frame-options': 'DENY',
      ...COMMON_HEADERS,
    });
    res.end(html);
  };
}

/** Does the client take gzip? (Accept-Encoding "gzip, deflate, br" yes; "gzip;q=0" no.) */
export function acceptsGzip(req: IncomingMessage): boolean {
  const header = req.headers['accept-encoding'];
  if (typeof header !== 'string') return false;
  return header.split(',').some((part) => {
    const [name, ...parameters] = part.split(';').map((p) => p.trim().toLowerCase());
    const q = parameters.find((p) => p.startsWith('q='));
    return name === 'gzip' && (q === undefined || Number(q.slice(2)) > 0);
  });
}

function asset(file: string): Handler {
  // The build leaves a gzip copy next to scripts, styles and fonts (scripts/build-pages.js). Only it
  // is kept in memory (2.3 MB instead of 7.5 for the plain files): every browser takes gzip, and the
  // rare client that does not gets the plain file streamed from disk.
  const gzipped = fs.existsSync(`${file}.gz`) ? fs.readFileSync(`${file}.gz`) : undefined;
  const body = gzipped ? undefined : fs.readFileSync(file);
  const plainLength = gzipped ? fs.statSync(file).size : undefined;
  const type = CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream';
  return (req, res) => {
    // File names carry a hash of their content (esbuild's [hash]), so they never change.
    const headers = { 'content-type': type, 'cache-control': 'public, max-age=31536000, immutable', ...COMMON_HEADERS };
    if (gzipped && acceptsGzip(req)) {
      res.writeHead(200, { ...headers, 'content-encoding': 'gzip', vary: 'accept-encoding' });
      res.end(gzipped);
    } else if (body) {
      res.writeHead(200, headers);
      res.end(body);
    } else {
      res.writeHead(200, { ...headers, vary: 'accept-encoding', 'content-length': plainLength });
      // A file gone since the start (a rebuild underneath a running gateway) ends the answer short.
      fs.createReadStream(file)
        .on('error', () => res.destroy())
        .pipe(res);
    }
  };
}

/**
 * GET routes for the `pages` option of the HTTP front: /playground, /dashboard, /verwaltung (and
 * its sign-in settings) and one per asset file. Pages and gzip copies are read once, at start
 * (2–3 MB). Without a bundle, the pages answer 503 with the command that builds it, and the
 * gateway still serves GraphQL.
 */
export function browserPages(dir: string = PAGES_DIR, signIn: OidcSignIn | null = null): Record<string, Handler> {
  const pages: Record<string, Handler> = {};
  for (const name of ['playground', 'dashboard', 'verwaltung'] as const) {
    const file = path.join(dir, `${name}.html`);
    const policy = name === 'verwaltung' ? verwaltungPolicy(signIn) : CONTENT_SECURITY_POLICY[name];
    pages[`/${name}`] = fs.existsSync(file) ? page(file, policy) : notBuilt(name);
  }
  pages[SIGN_IN_CONFIG_PATH] = signInConfig(signIn);
  const assets = path.join(dir, 'assets');
  if (fs.existsSync(assets)) {
    for (const entry of fs.readdirSync(assets, { withFileTypes: true })) {
      if (entry.isFile() && !entry.name.endsWith('.gz')) pages[ASSETS_PATH + entry.name] = asset(path.join(assets, entry.name));
    }
  }
  return pages;
}
