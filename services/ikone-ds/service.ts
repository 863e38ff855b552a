// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

import { SubgraphService } from '../../common/service';
import type { IkoneDsContext } from './context';
import { ikoneDsDatabase } from './database';
import type { FeedSource } from './feed/feed';
import { FeedRefresher, RefreshTiming } from './feed/refresher';
import { FeedSnapshot } from './entities/FeedSnapshot';
import { createLoaders } from './loaders';
import { buildIkoneDsSchema } from './schema';

/** The IKONE-DS adapter subgraph: reads the member feed, links it, extends Municipality, owns the fit. */
export function ikoneDsService(feed: FeedSource, timing: RefreshTiming): SubgraphService<IkoneDsContext> {
  let refresher: FeedRefresher | undefined;
  return {
    name: 'ikone-ds',
    database: ikoneDsDatabase,
    buildSchema: buildIkoneDsSchema,
    prepare: async (dataSource, logger) => {
      refresher = new FeedRefresher(dataSource, feed, logger, timing);
      // A failed first read is not fatal: the last good feed stays in the database and is served.
      await refresher.refresh();
      return () => refresher!.stop();
    },
    registerMetrics: (metrics, dataSource) => {
      metrics.gauge(
        'kommunalnetz_ikone_ds_feed_age_seconds',
        'Age of the IKONE-DS data served, since it was last read from the source.',
        [],
        async (gauge) => {
          const [latest] = await dataSource.getRepository(FeedSnapshot).find({ order: { id: 'DESC' }, take: 1 });
          const since = refresher?.state.lastSuccessAt ?? latest?.loadedAt;
          if (since) gauge.set((Date.now() - since.getTime()) / 1000);
        },
      );
      metrics.gauge(
        'kommunalnetz_ikone_ds_feed_failures',
        'Failed attempts to read the IKONE-DS feed since the last success.',
        [],
        (gauge) => {
          gauge.set(refresher?.state.consecutiveFailures ?? 0);
        },
      );
    },
    createContext: (base, dataSource) => ({
      ...base,
      dataSource,
      loaders: createLoaders(dataSource),
      feedState: refresher!.state,
      refreshFeed: () => refresher!.refresh(),
    }),
  };
}
