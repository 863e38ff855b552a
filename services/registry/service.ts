// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

import { migrateAuthSchema } from '../../common/auth/api-keys';
import { SubgraphService } from '../../common/service';
import { createLoaders, RegistryContext } from './context';
import { registryDatabase } from './database';
import { importDirectory } from './modules/directory/directory-import';
import { buildRegistrySchema } from './schema';

/** The registry subgraph: its feature modules (modules/) behind one schema, one database schema and one context. */
export const registryService: SubgraphService<RegistryContext> = {
  name: 'registry',
  database: registryDatabase,
  buildSchema: buildRegistrySchema,
  prepare: async (dataSource, logger, databaseUrl) => {
    // The API keys the registry manages live in the schema "auth", which the registry owns.
    await migrateAuthSchema(databaseUrl, logger);
    await importDirectory(dataSource, logger);
  },
  // A mutation's answer must show the state after its change, so nothing is read ahead before it.
  createContext: (base, dataSource) => ({
    ...base,
    dataSource,
    loaders: createLoaders(dataSource, () => base.operation?.type === 'query'),
  }),
};
