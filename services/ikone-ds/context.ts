// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

import type { DataSource } from 'typeorm';
import type { BaseContext } from '../../common/context';
import type { IkoneDsLoaders } from './loaders';
import type { FeedState } from './feed/refresher';

export interface IkoneDsContext extends BaseContext {
  dataSource: DataSource;
  loaders: IkoneDsLoaders;
  feedState: FeedState;
  /** Reads the feed now (one attempt; failures are recorded in feedState). */
  refreshFeed: () => Promise<void>;
}
