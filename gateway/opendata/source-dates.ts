// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// When did the figures last change? The catalogue's dct:modified comes from what the API can tell,
// in one cheap query (two root fields, no report is computed):
//
// - Digitale Dörfer RLP: the newest day on which a record (membership or application) was changed
//   (updatedAt, set only when a record's content changes, also for the shipped public members) or
//   took effect (a start, an end, a last confirmation up to today: the figures for today change on
//   such a day without any write). An application's change counts too, although it changes no figure:
//   later than the truth, never earlier. With more records than one page holds: today.
// - IKONE-DS: the day the adapter stored the feed it serves (a new snapshot only when the feed
//   changed) and the feed's asOf (its newest evidence), whichever is later.
// - When the query fails: today. A date later than the truth only makes a harvester fetch again;
//   an earlier one would hide a change.
// What this does not see: a record deleted outright (only demo data is) and a new edition of the
// directory (it comes with a release of the hub, which also changes its records' dates in practice).
import type { ApolloServer } from '@apollo/server';
import { parse } from 'graphql';
import { ANONYMOUS } from '../../common/auth/roles';
import type { BaseContext } from '../../common/context';
import { today as berlinToday } from '../../common/dates';
import { NetworkId } from '../../common/domain';
import type { Logger } from '../../common/logging';
import { MAX_PAGE_SIZE } from '../../common/pagination';

export interface SourceDates {
  /** The day the dates were taken (German calendar day). */
  today: string;
  /** Per network: the newest day its members' records changed or took effect; null: no records at all. */
  members: Record<NetworkId, string | null>;
}

const QUERY = parse(`
  query OpenDataSourceDates($first: Int!) {
    digitaleDoerferMemberships(first: $first) {
      pageInfo { hasNextPage }
      edges { node { updatedAt startedOn endedOn lastConfirmedOn } }
    }
    ikoneDsFeed { dataAsOf snapshot { loadedAt } }
  }
`);

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The latest of these days that is not after today; null when there is none. */
export function newestDay(days: unknown[], today: string): string | null {
  const valid = days.filter((d): d is string => typeof d === 'string' && DAY.test(d) && d <= today);
  return valid.length ? valid.reduce((a, b) => (a > b ? a : b)) : null;
}

/** The German calendar day of an ISO timestamp. */
function dayOf(timestamp: unknown): string | null {
  if (typeof timestamp !== 'string') return null;
  const instant = new Date(timestamp);
  return Number.isNaN(instant.getTime()) ? null : berlinToday(instant);
}

interface Answer {
  digitaleDoerferMemberships?: {
    pageInfo?: { hasNextPage?: unknown };
    edges?: { node?: { updatedAt?: unknown; startedOn?: unknown; endedOn?: unknown; lastConfirmedOn?: unknown } }[];
  };
  ikoneDsFeed?: { dataAsOf?: unknown; snapshot?: { loadedAt?: unknown } | null };
}

/** Reads the dates through the gateway's own schema, as an anonymous caller (what the catalogue describes is public). */
export async function readSourceDates(apollo: ApolloServer<BaseContext>, logger: Logger, requestId: string): Promise<SourceDates> {
  const today = berlinToday();
  const unknown: SourceDates = { today, members: { [NetworkId.DIGITALE_DOERFER_RLP]: today, [NetworkId.IKONE_DS]: today } };
  try {
    const result = await apollo.executeOperation(
      { query: QUERY, variables: { first: MAX_PAGE_SIZE } },
      { contextValue: { requestId, logger, principal: ANONYMOUS } },
    );
    const body = result.body.kind === 'single' ? result.body.singleResult : undefined;
    const data = body?.data as Answer | undefined;
    const memberships = data?.digitaleDoerferMemberships;
    const feed = data?.ikoneDsFeed;
    if (!memberships || !feed || body?.errors?.length) {
      logger.warn(
        { requestId, code: body?.errors?.[0]?.extensions?.code },
        'open-data catalogue: source dates unavailable; dct:modified says today',
      );
      return unknown;
    }
    const records = (memberships.edges ?? []).map((edge) => edge.node ?? {});
    const digitaleDoerfer =
      memberships.pageInfo?.hasNextPage === true
        ? today
        : newestDay(
            records.flatMap((r) => [dayOf(r.updatedAt), r.startedOn, r.endedOn, r.lastConfirmedOn]),
            today,
          );
    const ikoneDs = newestDay([dayOf(feed.snapshot?.loadedAt), feed.dataAsOf], today);
    return { today, members: { [NetworkId.DIGITALE_DOERFER_RLP]: digitaleDoerfer, [NetworkId.IKONE_DS]: ikoneDs } };
  } catch (error) {
    logger.warn(
      { requestId, err: { message: (error as Error).message } },
      'open-data catalogue: source dates unavailable; dct:modified says today',
    );
    return unknown;
  }
}
