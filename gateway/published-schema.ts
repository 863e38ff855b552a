// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// GET /schema.graphql: the public API schema as SDL, for partners who generate types from it
// (graphql-codegen's `schema` pointed at the URL). It is exactly schema/api.graphql, the file that
// `npm run compose` writes next to the supergraph the gateway serves, read once at start — so it is
// there whatever the introspection setting (off in production) and costs no subgraph or database.
// A static string like the other pages: no credentials, no rate limit (SECURITY.md).
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import { projectRoot } from '../common/config';
import { acceptsGzip, COMMON_HEADERS } from './pages/serve';

export const PUBLISHED_SCHEMA_PATH = '/schema.graphql';
/** Written by `npm run compose` (scripts/compose.ts) together with schema/supergraph.graphql. */
export const API_SCHEMA_FILE = path.join(projectRoot, 'schema/api.graphql');
/**
 * Kept by clients and proxies for five minutes, then revalidated with the ETag (a 304 costs a few
 * bytes): a new schema reaches every client within minutes of a deployment.
 */
export const SCHEMA_CACHE_CONTROL = 'public, max-age=300';

/** The opaque tags of an If-None-Match header ("*" matches any); weak comparison, as RFC 9110 asks for it. */
function matchesAny(ifNoneMatch: string | undefined, tags: string[]): boolean {
  if (ifNoneMatch === undefined) return false;
  return ifNoneMatch.split(',').some((candidate) => {
    const tag = candidate.trim().replace(/^W\//, '');
    return tag === '*' || tags.includes(tag);
  });
}

/**
 * The page handler for GET /schema.graphql. The strong ETag is the SHA-256 of the text; the gzip
 * copy (about a quarter of the size) has its own tag, as a strong validator must for different bytes, and
 * either tag revalidates the other (both name the same schema).
 */
export function publishedSchema(file: string = API_SCHEMA_FILE): (req: IncomingMessage, res: ServerResponse) => void {
  if (!fs.existsSync(file)) {
    throw new Error(
      `${path.relative(projectRoot, file)} is missing: run "npm run compose" (it writes the schema files the gateway serves)`,
    );
  }
  const text = fs.readFileSync(file);
  const gzipped = zlib.gzipSync(text, { level: 9 });
  const digest = createHash('sha256').update(text).digest('base64url');
  const etag = `"${digest}"`;
  const gzipEtag = `"${digest}-gzip"`;
  const base = {
    'content-type': 'text/plain; charset=utf-8',
    'content-disposition': 'inline; filename="schema.graphql"',
    'cache-control': SCHEMA_CACHE_CONTROL,
    vary: 'accept-encoding',
    ...COMMON_HEADERS,
  };
  return (req, res) => {
    const gzip = acceptsGzip(req);
    const headers = { ...base, etag: gzip ? gzipEtag : etag };
    if (matchesAny(req.headers['if-none-match'], [etag, gzipEtag])) {
      res.writeHead(304, headers);
      res.end();
    } else if (gzip) {
      res.writeHead(200, { ...headers, 'content-encoding': 'gzip' });
      res.end(gzipped);
    } else {
      res.writeHead(200, headers);
      res.end(text);
    }
  };
}
