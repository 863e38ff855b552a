// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

import { MigrationInterface, QueryRunner } from 'typeorm';
import { dropNotifyChangesSql, notifyChangesSql } from '../../../common/database';

/** Every write to the registry's tables is announced, so the gateway's response cache can drop stale answers. */
export class AnnounceRegistryChanges1764000000007 implements MigrationInterface {
  name = 'AnnounceRegistryChanges1764000000007';

  async up(q: QueryRunner): Promise<void> {
    await q.query(notifyChangesSql('registry'));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(dropNotifyChangesSql('registry'));
  }
}
