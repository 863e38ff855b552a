// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// The maps as files: GET /reports/map.svg and /reports/coverage-map.svg (network, stichtag) for
// reports and slides, and /reports/map.geojson (stichtag), the public membership data per unit as
// open data. Parameters are checked as for the report downloads (gateway/reports-csv.ts): a bad one
// gets HTTP 400 and a German sentence. The data come from the public API, anonymously, through the
// gateway: the map operation (gateway/geo/members.ts) and each network's coverage report.
//
// What one request may cost: it is admitted like the other downloads (one request of the caller's
// rate limit). The data of a day are read once and kept, with the files built from them, until the
// data change (the response cache's notification) or for RESPONSE_CACHE_MAX_AGE (60 s), and for at
// most MAX_DAYS days at once; requests for the same day
// meanwhile share them (also while they are being read). Reading a day takes three operations and,
// beyond 100 members of a network, one more per 100 (at most MAX_MAP_PAGES). A client that takes
// gzip gets the file compressed (the GeoJSON: about 210 KB, 42 KB gzipped), compressed once per file
// and day like the file itself.
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import type { ApolloServer } from '@apollo/server';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { CoverageDocument, type CoverageQuery } from '../../client/generated/graphql';
import { ANONYMOUS } from '../../common/auth/roles';
import type { BaseContext } from '../../common/context';
import { today } from '../../common/dates';
import { NetworkId } from '../../common/domain';
import type { PageHandler } from '../../common/http';
import type { Logger } from '../../common/logging';
import { NETWORKS } from '../../common/networks';
import { coverageMapSvg, membershipGeoJson, unitMapSvg, type NetworkMap } from '../geo/documents';
import { MitgliederkarteDocument, type MitgliederkarteQuery } from '../geo/generated/operations';
import { mapGeometry, mapSource } from '../geo/geometry';
import { unitStates } from '../geo/map';
import { MapTooLarge, readMapMembers } from '../geo/members';
import { acceptsGzip } from '../pages/serve';
import { readFreshness, type ReadStamp, type ResponseCache } from '../response-cache';
import { DownloadRefusal, readParameters, refusalFor, sendText, type Parameter } from '../reports-csv';

export const MAP_PATH = '/reports/map.svg';
export const COVERAGE_MAP_PATH = '/reports/coverage-map.svg';
export const MAP_GEOJSON_PATH = '/reports/map.geojson';

/** Days whose data are kept at once. */
export const MAX_DAYS = 8;

export const SVG_CONTENT_TYPE = 'image/svg+xml; charset=utf-8';
export const GEOJSON_CONTENT_TYPE = 'application/geo+json; charset=utf-8';

interface DayData {
  maps: NetworkMap[];
  cacheControl: string;
}

/** A file built from a day's data, and its gzip form once a client asked for it. */
interface BuiltFile {
  plain: Buffer;
  gzipped?: Promise<Buffer>;
}

interface Entry {
  read: ReadStamp;
  data: Promise<DayData>;
  files: Map<string, BuiltFile>;
}

const gzip = promisify(zlib.gzip);

export interface MapDownloadOptions {
  logger: Logger;
  performance: { responseCacheMaxAgeSeconds: number };
  /** The response cache, whose generation says whether the data changed since a day was read. */
  changes?: Pick<ResponseCache, 'generation'>;
}

export function mapDownloadPages(apollo: ApolloServer<BaseContext>, options: MapDownloadOptions): Record<string, PageHandler> {
  const keepMs = options.performance.responseCacheMaxAgeSeconds * 1000;
  const freshness = readFreshness(keepMs, options.changes);
  const days = new Map<string, Entry>();

  /** One operation as an anonymous caller; an answer with errors becomes the German refusal of the report downloads. */
  async function run<R>(query: string | TypedDocumentNode<R, never>, variables: Record<string, unknown>, requestId: string) {
    const result = await apollo.executeOperation(
      { query, variables },
      { contextValue: { requestId, logger: options.logger, principal: ANONYMOUS } },
    );
    const body = result.body.kind === 'single' ? result.body.singleResult : undefined;
    if (!body || body.errors || !body.data) throw refusalFor(body?.errors?.[0], requestId, options.logger);
    return { data: body.data as R, cacheControl: result.http.headers.get('cache-control') ?? 'no-store' };
  }

  async function read(asOf: string, requestId: string): Promise<DayData> {
    const policies = new Set<string>();
    const [members, ...coverages] = await Promise.all([
      // the typed string of the operation (documentMode string): Apollo Server parses it
      readMapMembers(asOf, today(), async (variables) => {
        const { data, cacheControl } = await run<MitgliederkarteQuery>(MitgliederkarteDocument.toString(), variables, requestId);
        policies.add(cacheControl);
        return data;
      }),
      ...Object.values(NetworkId).map(async (network) => {
        const { data, cacheControl } = await run<CoverageQuery>(
          CoverageDocument as TypedDocumentNode<CoverageQuery, never>,
          { network, asOf },
          requestId,
        );
        policies.add(cacheControl);
        return data.coverageReport;
      }),
    ]);
    const geometry = mapGeometry();
    const maps = Object.values(NetworkId).map((network, i): NetworkMap => {
      const named = network === NetworkId.DIGITALE_DOERFER_RLP ? members.digitaleDoerfer : members.ikoneDs;
      return { network, name: NETWORKS[network].name, asOf, states: unitStates(network, geometry, named), coverage: coverages[i] };
    });
    for (const map of maps) {
      if (map.states.unplaced.length > 0) {
        options.logger.warn(
          { requestId, network: map.network, ars: map.states.unplaced.map((m) => m.ars) },
          'map: members without a place on the map',
        );
      }
    }
    return { maps, cacheControl: policies.size === 1 ? [...policies][0] : 'no-store' };
  }

  /** The data of a day: kept and shared while fresh; a failed read is not kept. */
  function dayData(asOf: string, requestId: string): Entry {
    for (const [day, entry] of days) if (!freshness.isFresh(entry.read)) days.delete(day);
    let entry = days.get(asOf);
    if (!entry) {
      // stamped before reading: a change during the read makes it stale at once
      entry = { read: freshness.stamp(), data: read(asOf, requestId), files: new Map() };
      if (keepMs > 0) {
        days.set(asOf, entry);
        // the oldest first out
        while (days.size > MAX_DAYS) days.delete(days.keys().next().value!);
        const kept = entry;
        kept.data.catch(() => {
          if (days.get(asOf) === kept) days.delete(asOf);
        });
      }
    }
    return entry;
  }

  function handler(
    name: string,
    extension: string,
    contentType: string,
    parameters: Parameter[],
    build: (data: DayData, network: NetworkId | undefined, asOf: string) => string,
  ): PageHandler {
    return async (req, res, { requestId }) => {
      const params = new URL(req.url ?? '/', 'http://localhost').searchParams;
      const checked = readParameters(parameters, params);
      if ('problem' in checked) return sendText(res, 400, `${checked.problem} Parameter dieser Datei: ${parameters.join(', ')}.`);
      const { network, asOf, dayGiven } = checked.request;
      const compressed = acceptsGzip(req);
      let body: Buffer;
      let cacheControl: string;
      try {
        const entry = dayData(asOf, requestId);
        const data = await entry.data;
        const key = `${name} ${network ?? ''}`;
        let file = entry.files.get(key);
        if (!file) entry.files.set(key, (file = { plain: Buffer.from(build(data, network, asOf), 'utf8') }));
        if (compressed) file.gzipped ??= gzip(file.plain);
        body = compressed ? await file.gzipped! : file.plain;
        cacheControl = data.cacheControl;
      } catch (error) {
        if (error instanceof DownloadRefusal) return sendText(res, error.status, error.message, error.headers);
        if (error instanceof MapTooLarge) {
          return sendText(
            res,
            500,
            'Die Netzwerke haben mehr Mitglieder, als eine Karte dieses Hubs lesen darf; die Daten gibt es über die GraphQL-Schnittstelle.',
          );
        }
        options.logger.error(
          { requestId, err: { message: (error as Error).message, stack: (error as Error).stack } },
          'map download failed',
        );
        return sendText(
          res,
          500,
          `Die Karte konnte gerade nicht erstellt werden; bitte später erneut versuchen (Anfrage-ID ${requestId}).`,
        );
      }
      // only a known network id and a checked day go into the file name
      const fileName = `${name}-${network ?? 'alle'}${dayGiven ? `-${asOf}` : ''}.${extension}`;
      res.writeHead(200, {
        'content-type': contentType,
        'content-disposition': `attachment; filename="${fileName}"`,
        'content-length': String(body.length),
        ...(compressed && { 'content-encoding': 'gzip' }),
        vary: 'accept-encoding',
        'cache-control': cacheControl,
        // an SVG opened on its own is a document of this origin: it may run and load nothing
        'content-security-policy': "default-src 'none'; sandbox",
        'x-content-type-options': 'nosniff',
      });
      res.end(body);
    };
  }

  const mapOf = (data: DayData, network: NetworkId | undefined) => data.maps.find((m) => m.network === network)!;
  return {
    [MAP_PATH]: handler('map', 'svg', SVG_CONTENT_TYPE, ['network', 'stichtag'], (data, network) =>
      unitMapSvg(mapOf(data, network), mapGeometry()),
    ),
    [COVERAGE_MAP_PATH]: handler('coverage-map', 'svg', SVG_CONTENT_TYPE, ['network', 'stichtag'], (data, network) =>
      coverageMapSvg(mapOf(data, network), mapGeometry()),
    ),
    [MAP_GEOJSON_PATH]: handler('map', 'geojson', GEOJSON_CONTENT_TYPE, ['stichtag'], (data, _network, asOf) =>
      membershipGeoJson(mapSource(), asOf, data.maps),
    ),
  };
}
