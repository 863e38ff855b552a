// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// GET /opendata/catalog.ttl and /opendata/catalog.jsonld (the same graph; /opendata/catalog picks
// one by the Accept header), GET /opendata/reported-sizes.csv, and the map downloads
// (/reports/map.svg, /reports/coverage-map.svg, /reports/map.geojson: map-downloads.ts). Public and cheap: the catalogue
// is built from static facts plus the dates of one small query (gateway/opendata/source-dates.ts),
// which is kept as long as public answers may be cached (RESPONSE_CACHE_MAX_AGE, 60 s); the
// serialised documents are kept with it, per base URL (a handful at most, see base-url.ts).
import type { ServerResponse } from 'node:http';
import type { ApolloServer } from '@apollo/server';
import type { OpenDataConfig } from '../../common/config';
import type { BaseContext } from '../../common/context';
import { today } from '../../common/dates';
import { NETWORKS } from '../../common/networks';
import type { PageHandler } from '../../common/http';
import type { Logger } from '../../common/logging';
import { REPORTED_SIZES, surelyPublishedBy } from '../../common/reported-sizes';
import { catalogBaseUrl } from './base-url';
import { buildCatalog, CATALOG_PATH, REPORTED_SIZES_PATH } from './catalog';
import { toJsonLd, toTurtle } from './rdf';
import { mapDownloadPages } from './map-downloads';
import { readFreshness, type ReadStamp, type ResponseCache } from '../response-cache';
import { readSourceDates, type SourceDates } from './source-dates';

/** What the open-data pages need of the gateway's options. */
export interface OpenDataOptions {
  /** The publisher and contact, PUBLIC_BASE_URL; unset: the defaults of common/config.ts. */
  openData?: OpenDataConfig & { publicBaseUrl?: string };
  /** The gateway's bind address (HOST). */
  host: string;
  logger: Logger;
  performance: { responseCacheMaxAgeSeconds: number };
  /** The response cache, whose generation says whether the data changed since they were read. */
  changes?: Pick<ResponseCache, 'generation'>;
}

const DEFAULTS: OpenDataConfig = {
  publisherName: 'KommunalNetz Hub',
  publisherUrl: undefined,
  contact: undefined,
  contributorId: undefined,
};

const SERIALISATIONS = {
  turtle: { contentType: 'text/turtle; charset=utf-8', write: toTurtle },
  jsonld: { contentType: 'application/ld+json', write: async (quads: Parameters<typeof toJsonLd>[0]) => toJsonLd(quads) },
} as const;
type Serialisation = keyof typeof SERIALISATIONS;

/** JSON-LD when the client asks for it (or for JSON) by name; Turtle otherwise. */
function negotiate(accept: string | undefined): Serialisation {
  return /application\/(ld\+)?json/i.test(accept ?? '') ? 'jsonld' : 'turtle';
}

const PRECISION = { DAY: 'Tag', MONTH: 'Monat', YEAR: 'Jahr' } as const;

/** One CSV cell in the form of the report downloads: quoted when needed, never a spreadsheet formula. */
function cell(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[";\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The reported sizes (common/reported-sizes.ts) as CSV: UTF-8 with BOM, ";", CRLF, like /reports/*.csv. */
export function reportedSizesCsv(today: string): string {
  const header = [
    'Netzwerk',
    'Gemeldete Mitglieder',
    'Gemeldet am',
    'Genauigkeit',
    'Spätestens veröffentlicht am',
    'Anmerkung',
    'Gemeldet von',
    'Quelle',
  ];
  const rows = REPORTED_SIZES.filter((s) => surelyPublishedBy(s) <= today).map((s) => [
    NETWORKS[s.network].shortName,
    s.members,
    s.reportedOn,
    PRECISION[s.precision],
    surelyPublishedBy(s),
    s.remark,
    s.reportedBy,
    s.source,
  ]);
  return '\ufeff' + [header, ...rows].map((row) => row.map(cell).join(';')).join('\r\n') + '\r\n';
}

export function openDataPages(apollo: ApolloServer<BaseContext>, options: OpenDataOptions): Record<string, PageHandler> {
  const settings = { ...DEFAULTS, ...options.openData };
  const maxAgeMs = options.performance.responseCacheMaxAgeSeconds * 1000;
  const cacheControl = maxAgeMs > 0 ? `public, max-age=${options.performance.responseCacheMaxAgeSeconds}` : 'no-store';
  // The dates of the last query, shared by concurrent requests while it runs, with the documents built from them.
  interface Entry {
    dates: Promise<SourceDates>;
    read: ReadStamp;
    documents: Map<string, Promise<string>>;
  }
  let current: Entry | undefined;
  const freshness = readFreshness(maxAgeMs, options.changes);
  let warnedFallback = false;

  function currentEntry(requestId: string): Entry {
    if (!current || !freshness.isFresh(current.read)) {
      current = { read: freshness.stamp(), dates: readSourceDates(apollo, options.logger, requestId), documents: new Map() };
    }
    return current;
  }

  const catalog =
    (fixed?: Serialisation): PageHandler =>
    async (req, res, { requestId }) => {
      const serialisation = fixed ?? negotiate(req.headers.accept);
      const { base, from } = catalogBaseUrl(req, { publicBaseUrl: settings.publicBaseUrl, bindHost: options.host });
      if (from === 'fallback' && !warnedFallback) {
        warnedFallback = true;
        options.logger.warn(
          { base },
          "open-data catalogue: PUBLIC_BASE_URL is not set and the request did not come to a loopback address; its links use the gateway's own address; set PUBLIC_BASE_URL to the hub's public address",
        );
      }
      const entry = currentEntry(requestId);
      const key = `${serialisation} ${base}`;
      let body = entry.documents.get(key);
      if (!body) {
        body = entry.dates.then((dates) => SERIALISATIONS[serialisation].write(buildCatalog({ base, settings, dates }).quads));
        entry.documents.set(key, body);
      }
      send(res, SERIALISATIONS[serialisation].contentType, await body, fixed ? {} : { vary: 'Accept' });
    };

  function send(res: ServerResponse, contentType: string, body: string, extra: Record<string, string> = {}): void {
    res.writeHead(200, {
      'content-type': contentType,
      'cache-control': cacheControl,
      'x-content-type-options': 'nosniff',
      ...extra,
    });
    res.end(body);
  }

  return {
    [CATALOG_PATH]: catalog(),
    [`${CATALOG_PATH}.ttl`]: catalog('turtle'),
    [`${CATALOG_PATH}.jsonld`]: catalog('jsonld'),
    [REPORTED_SIZES_PATH]: async (_req, res) => {
      send(res, 'text/csv; charset=utf-8', reportedSizesCsv(today()), {
        'content-disposition': 'attachment; filename="gemeldete-mitgliederzahlen.csv"',
      });
    },
    // the maps as SVG and the membership data per unit as GeoJSON (listed in the catalogue)
    ...mapDownloadPages(apollo, options),
  };
}
