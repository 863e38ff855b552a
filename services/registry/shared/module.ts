// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// The shape every feature module of the registry exports from its index.ts, so that the service
// (database.ts, schema.ts) collects tables and resolvers from the modules instead of listing them.
import type { NonEmptyArray } from 'type-graphql';

export interface RegistryModule {
  /** The module's TypeORM tables. */
  entities: Function[];
  /** The module's type-graphql resolvers. */
  resolvers: NonEmptyArray<Function>;
}
