// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// Creating and revoking API keys changes who may do what, so both are audited like every other
// change: the event is written in the same transaction as the key (services/registry/shared/audit.ts).
// Used by the GraphQL mutations and by `npm run apikey`. The event names the key — id, name, role,
// network, expiry, creator — never its secret nor the secret's hash.
import type { ApiKey } from '../../../../common/auth/ApiKey';
import type { ApiKeyStore, NewApiKey } from '../../../../common/auth/api-keys';
import type { BaseContext } from '../../../../common/context';
import { recordAudit, snapshot } from '../../shared/audit';

const API_KEY_AUDIT_FIELDS: (keyof ApiKey)[] = ['name', 'role', 'network', 'expiresAt', 'createdBy', 'revokedAt'];

export function createApiKeyAudited(store: ApiKeyStore, ctx: BaseContext, input: NewApiKey): Promise<{ apiKey: ApiKey; secret: string }> {
  return store.transaction(async (keys, manager) => {
    const created = await keys.create(input);
    await recordAudit(manager, ctx, {
      action: 'apiKey.create',
      entity: 'apiKey',
      entityId: created.apiKey.id,
      before: null,
      after: snapshot(created.apiKey, API_KEY_AUDIT_FIELDS),
    });
    return created;
  });
}

/** Revokes a key with its audit event; revoking a revoked key changes nothing and records nothing. Null: no such key. */
export function revokeApiKeyAudited(store: ApiKeyStore, ctx: BaseContext, id: string): Promise<ApiKey | null> {
  return store.transaction(async (keys, manager) => {
    const revoked = await keys.revoke(id);
    if (revoked?.changed) {
      await recordAudit(manager, ctx, {
        action: 'apiKey.revoke',
        entity: 'apiKey',
        entityId: id,
        before: { ...snapshot(revoked.apiKey, API_KEY_AUDIT_FIELDS), revokedAt: null },
        after: snapshot(revoked.apiKey, API_KEY_AUDIT_FIELDS),
      });
    }
    return revoked?.apiKey ?? null;
  });
}
