// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// Loads the meetings and events that public sources report (data/public-meetings.ts) into the
// registry, so that meetings have real content without the demo data. Called by the directory
// import, in its transaction, next to the known memberships.
import { PUBLIC_MEETINGS } from '../../data/public-meetings';

/**
 * Adds the publicly reported meetings that are missing, by their fixed ids; a meeting that exists
 * is left as it is, so later changes by the coordinators are never overwritten. Not demo rows
 * (is_demo false): removing the demo knowledge leaves them. No audit events (shipped facts, like
 * the known memberships, not a change by anyone).
 */
export async function upsertPublicMeetings(query: (sql: string, params: unknown[]) => Promise<unknown>): Promise<void> {
  for (const m of PUBLIC_MEETINGS) {
    await query(
      `INSERT INTO registry.meeting
         (id, network, held_on, held_on_precision, title, format, host_ars, place, topic_ids, tags, note, sources, is_demo, version)
       VALUES ($1, $2, $3, $4, $5, $6, NULL, $7, $8, $9, $10, $11, false, 1)
       ON CONFLICT (id) DO NOTHING`,
      [m.id, m.network, m.heldOn, m.heldOnPrecision, m.title, m.format, m.place, m.topicIds, m.tags, m.note, m.sources],
    );
  }
}
