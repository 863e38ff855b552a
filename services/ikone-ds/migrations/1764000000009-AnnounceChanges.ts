// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

import { MigrationInterface, QueryRunner } from 'typeorm';
import { dropNotifyChangesSql, notifyChangesSql } from '../../../common/database';

/** Every write to the adapter's tables (feed refreshes) is announced, so the gateway's response cache can drop stale answers. */
export class AnnounceIkoneDsChanges1764000000009 implements MigrationInterface {
  name = 'AnnounceIkoneDsChanges1764000000009';

  async up(q: QueryRunner): Promise<void> {
    await q.query(notifyChangesSql('ikone_ds'));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(dropNotifyChangesSql('ikone_ds'));
  }
}
