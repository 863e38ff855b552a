import { SubgraphService } from '../../common/service';
import type { IkoneDsContext } from './context';
import { ikoneDsDatabase } from './database';
import { describeSource, FeedSource, ingestFeed } from './feed/feed';
import { createLoaders } from './loaders';
import { buildIkoneDsSchema } from './schema';

/** The IKONE-DS adapter subgraph: reads the member feed, links it, extends Municipality, owns the fit. */
export function ikoneDsService(feed: FeedSource): SubgraphService<IkoneDsContext> {
  return {
    name: 'ikone-ds',
    database: ikoneDsDatabase,
    buildSchema: buildIkoneDsSchema,
    prepare: async (dataSource, logger) => {
      try {
        await ingestFeed(dataSource, feed, logger);
      } catch (error) {
        // The last good feed stays in the database and is served; the error is reported, not fatal.
        logger.error(
          { source: describeSource(feed), err: { message: (error as Error).message } },
          'IKONE-DS feed not loaded; serving the stored one',
        );
      }
    },
    createContext: (base, dataSource) => ({ ...base, dataSource, loaders: createLoaders(dataSource) }),
  };
}
