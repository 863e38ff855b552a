// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// The registry's feature modules. Each module folder has the same shape: entities/ (its tables,
// also GraphQL types), resolvers/, loaders.ts (its DataLoaders), rules.ts (its rules), further
// files of its own, and index.ts (its entry in this list).
// type-graphql orders the schema's root fields, and with them its types, by when the resolver
// classes are declared, not by the resolver list. These imports declare them in the order the
// published SDL (schema/) has, before the modules' index files would declare them otherwise.
import './admin/resolvers/ApiKeyResolver';
import './membership/resolvers/ContactPersonResolver';
import './admin/resolvers/AuditResolver';
import './directory/resolvers/MunicipalityResolver';
import './reporting/resolvers/ReportResolver';
import './membership/resolvers/MembershipWorkflowResolver';
import './knowledge/resolvers/ExperienceReportResolver';
import './knowledge/resolvers/MeetingResolver';
import './knowledge/resolvers/MunicipalityKnowledgeResolver';
import './knowledge/resolvers/TopicResolver';
import './membership/resolvers/MembershipResolver';
import './directory/resolvers/NetworkResolver';
import './exchange/resolvers/ExchangeResolver';
import './admin/resolvers/ViewerResolver';
import type { RegistryModule } from '../shared/module';
import { adminModule } from './admin';
import { directoryModule } from './directory';
import { exchangeModule } from './exchange';
import { knowledgeModule } from './knowledge';
import { membershipModule } from './membership';
import { reportingModule } from './reporting';

export const REGISTRY_MODULES: readonly RegistryModule[] = [
  directoryModule,
  membershipModule,
  adminModule,
  reportingModule,
  knowledgeModule,
  exchangeModule,
];
