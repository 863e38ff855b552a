// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// Exchange: importing the networks' member lists and exporting the whole registry, for the ministry.
import type { RegistryModule } from '../../shared/module';
import { ExchangeResolver } from './resolvers/ExchangeResolver';

export const exchangeModule: RegistryModule = {
  entities: [],
  resolvers: [ExchangeResolver],
};
