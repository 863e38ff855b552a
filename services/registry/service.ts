import { ApiKeyStore } from '../../common/auth/api-keys';
import { SubgraphService } from '../../common/service';
import type { RegistryContext } from './context';
import { registryDatabase } from './database';
import { importDirectory } from './directory-import';
import { createLoaders } from './loaders';
import { buildRegistrySchema } from './schema';

/** The registry subgraph: municipality directory and Digitale Dörfer memberships. */
export const registryService: SubgraphService<RegistryContext> = {
  name: 'registry',
  database: registryDatabase,
  buildSchema: buildRegistrySchema,
  prepare: async (dataSource, logger, databaseUrl) => {
    // The API keys the registry manages live in the shared schema "auth"; make sure it exists.
    await (await ApiKeyStore.open(databaseUrl, logger)).close();
    await importDirectory(dataSource, logger);
  },
  createContext: (base, dataSource) => ({ ...base, dataSource, loaders: createLoaders(dataSource) }),
};
