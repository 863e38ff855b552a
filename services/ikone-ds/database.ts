// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

import type { ServiceDatabase } from '../../common/database';
import { FeedSnapshot } from './entities/FeedSnapshot';
import { IkoneDsMembership } from './entities/IkoneDsMembership';
import { UnlinkedFeedRecord } from './entities/UnlinkedFeedRecord';
import { CreateIkoneDs1764000000001 } from './migrations/1764000000001-CreateIkoneDs';
import { PublishMemberKeys1764000000006 } from './migrations/1764000000006-PublishMemberKeys';
import { AnnounceIkoneDsChanges1764000000009 } from './migrations/1764000000009-AnnounceChanges';
import { RedactFeedSources1764000001100 } from './migrations/1764000001100-RedactFeedSources';
import { EvidenceDates1764000001200 } from './migrations/1764000001200-EvidenceDates';

export const ikoneDsDatabase: ServiceDatabase = {
  schema: 'ikone_ds',
  entities: [IkoneDsMembership, FeedSnapshot, UnlinkedFeedRecord],
  migrations: [
    CreateIkoneDs1764000000001,
    PublishMemberKeys1764000000006,
    AnnounceIkoneDsChanges1764000000009,
    RedactFeedSources1764000001100,
    EvidenceDates1764000001200,
  ],
};
