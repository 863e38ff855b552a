// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

import type { ServiceDatabase } from '../../common/database';
import { CreateRegistry1764000000000 } from './migrations/1764000000000-CreateRegistry';
import { ContactPersons1764000000003 } from './migrations/1764000000003-ContactPersons';
import { MembershipWorkflow1764000000004 } from './migrations/1764000000004-MembershipWorkflow';
import { KnowledgeExchange1764000000005 } from './migrations/1764000000005-KnowledgeExchange';
import { AnnounceRegistryChanges1764000000007 } from './migrations/1764000000007-AnnounceChanges';
import { NameSearchIndex1764000000008 } from './migrations/1764000000008-NameSearchIndex';
import { MembershipSource1764000000009 } from './migrations/1764000000009-MembershipSource';
import { RolesApartFromMembership1764000000010 } from './migrations/1764000000010-RolesApartFromMembership';
import { PublicMeetings1764000000011 } from './migrations/1764000000011-PublicMeetings';
import { RoleTermsRecorded1764000000012 } from './migrations/1764000000012-RoleTermsRecorded';
import { REGISTRY_MODULES } from './modules';

export const registryDatabase: ServiceDatabase = {
  schema: 'registry',
  // The modules' tables; ApiKey (admin) lives in the shared schema "auth" (common/auth), managed through the registry's API.
  entities: REGISTRY_MODULES.flatMap((module) => module.entities),
  migrations: [
    CreateRegistry1764000000000,
    ContactPersons1764000000003,
    MembershipWorkflow1764000000004,
    KnowledgeExchange1764000000005,
    AnnounceRegistryChanges1764000000007,
    NameSearchIndex1764000000008,
    MembershipSource1764000000009,
    RolesApartFromMembership1764000000010,
    PublicMeetings1764000000011,
    RoleTermsRecorded1764000000012,
  ],
};
