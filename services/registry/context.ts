// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

import type { DataSource } from 'typeorm';
import type { BaseContext } from '../../common/context';
import { createDirectoryLoaders } from './modules/directory/loaders';
import { createKnowledgeLoaders } from './modules/knowledge/loaders';
import { createMembershipLoaders } from './modules/membership/loaders';

/**
 * The DataLoaders of all modules, new for every request. `readAhead`: whether a loader may fetch
 * what the answer will most likely ask for next in the same statement (queries only).
 */
export function createLoaders(dataSource: DataSource, readAhead: () => boolean = () => false) {
  const membership = createMembershipLoaders(dataSource);
  const directory = createDirectoryLoaders(dataSource, () => (readAhead() ? membership.withCurrentMembership : undefined));
  return { ...directory, ...membership, ...createKnowledgeLoaders(dataSource, directory) };
}

export type RegistryLoaders = ReturnType<typeof createLoaders>;

export interface RegistryContext extends BaseContext {
  dataSource: DataSource;
  loaders: RegistryLoaders;
}
