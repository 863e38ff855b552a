// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// Directory: the official municipality directory (Municipality, imported from data/) and the two
// networks' published facts (Network); finding a municipality by ARS or AGS.
import type { RegistryModule } from '../../shared/module';
import { Municipality } from './entities/Municipality';
import { MunicipalityResolver, resolveMunicipalityReference } from './resolvers/MunicipalityResolver';
import { NetworkResolver, resolveNetworkReference } from './resolvers/NetworkResolver';

export const directoryModule: RegistryModule = {
  entities: [Municipality],
  resolvers: [MunicipalityResolver, NetworkResolver],
};

/** Entity reference resolvers: the gateway asks for municipalities by ARS and networks by id. */
export const directoryReferenceResolvers = { Municipality: resolveMunicipalityReference, Network: resolveNetworkReference };
