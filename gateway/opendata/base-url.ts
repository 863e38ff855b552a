// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// The base of the catalogue's absolute links (dataset IRIs, download URLs). A client chooses the
// Host header freely, so it is never trusted as it is: a forged one must not put links to another
// site into an answer that caches (the hub's, a proxy's, a harvester's) keep and hand to others.
//
// 1. PUBLIC_BASE_URL when set (production: the address behind which the hub is public). The
//    request's headers then play no part at all.
// 2. Otherwise the Host header only when it names this very server from the same machine: a
//    loopback name (localhost, 127.0.0.1, [::1]) or the configured bind address (HOST), with the
//    port the request came in on. That is what a developer's `npm start` and the tests see.
// 3. Otherwise the gateway's own loopback address (http://127.0.0.1:<port>): never another site.
//    A warning in the log says to set PUBLIC_BASE_URL.
// X-Forwarded-Host and X-Forwarded-Proto are never read: behind a proxy, PUBLIC_BASE_URL is the answer.
import type { IncomingMessage } from 'node:http';
import { reachableHost } from '../../common/config';

export interface BaseUrlSource {
  /** PUBLIC_BASE_URL (no trailing slash). */
  publicBaseUrl?: string;
  /** The address the gateway binds to (HOST). */
  bindHost: string;
}

export interface BaseUrl {
  base: string;
  /** How it was found: configured, from an accepted Host header, or the fallback. */
  from: 'config' | 'host' | 'fallback';
}

const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '[::1]'];

export function catalogBaseUrl(req: IncomingMessage, source: BaseUrlSource): BaseUrl {
  if (source.publicBaseUrl) return { base: source.publicBaseUrl, from: 'config' };
  const port = req.socket.localPort ?? 80;
  const local = reachableHost(source.bindHost).toLowerCase();
  const hostHeader = req.headers.host;
  if (typeof hostHeader === 'string' && hostHeader.length <= 300) {
    let url: URL | undefined;
    try {
      url = new URL(`http://${hostHeader}`);
    } catch {
      url = undefined;
    }
    const plainHost = url && !url.username && !url.password && url.pathname === '/' && !url.search && !url.hash;
    const sameServer = url && [...LOOPBACK_NAMES, local].includes(url.hostname) && Number(url.port || 80) === port;
    if (url && plainHost && sameServer) return { base: `http://${url.host}`, from: 'host' };
  }
  return { base: `http://${local}:${port}`, from: 'fallback' };
}
