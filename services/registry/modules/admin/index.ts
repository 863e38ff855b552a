// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// Administration: who is calling (viewer, public) and, for ministry admins, the audit trail (read),
// the DSGVO requests on personal data (export, erasure, retention) and the API keys (stored in the
// shared schema "auth", common/auth).
import { ApiKey } from '../../../../common/auth/ApiKey';
import type { RegistryModule } from '../../shared/module';
import { AuditEvent } from './entities/AuditEvent';
import { ApiKeyResolver } from './resolvers/ApiKeyResolver';
import { AuditResolver } from './resolvers/AuditResolver';
import { ViewerResolver } from './resolvers/ViewerResolver';

export const adminModule: RegistryModule = {
  entities: [AuditEvent, ApiKey],
  resolvers: [AuditResolver, ApiKeyResolver, ViewerResolver],
};
