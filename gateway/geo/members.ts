// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// The named members of both networks on a Stichtag, read through the public API with the typed
// operation Mitgliederkarte (gateway/geo/operations/map.graphql), page by page. The same code runs
// in the dashboard (over fetch) and in the gateway's map downloads (apollo.executeOperation).
// Who counts on a day is the reports' rule, so that the map and the figures beside it agree:
// - Digitale Dörfer RLP: digitaleDoerferMemberships(asOf) lists exactly the memberships the
//   reports count; a member is a transfer point on the day when a transfer-point term covers it.
// - IKONE-DS: the feed's members from the day they count (countedFrom); one without any dated
//   evidence counts only today (as in the registry's reports, services/registry/modules/reporting).
import { ikoneDsMemberCountsOn, termCoversDay } from '../../common/dates';
import type { MitgliederkarteQuery, MitgliederkarteQueryVariables } from './generated/operations';
import type { MapMember } from './map';

/** Pages of 100 one map may read (Digitale Dörfer and IKONE-DS together): 2,000 members, far more than both networks have. */
export const MAX_MAP_PAGES = 20;

export class MapTooLarge extends Error {}

export interface MapMembers {
  /** The Stichtag. */
  asOf: string;
  digitaleDoerfer: MapMember[];
  ikoneDs: MapMember[];
  /** Requests it took. */
  pages: number;
}

type Municipality = NonNullable<MitgliederkarteQuery['ikoneDsMembers']>['edges'][number]['node']['municipality'];

function member(municipality: NonNullable<Municipality>, leading: boolean): MapMember {
  return {
    ars: municipality.ars,
    name: municipality.shortName,
    type: municipality.type,
    verbandsgemeindeArs: municipality.verbandsgemeinde?.ars ?? null,
    leading,
  };
}

/**
 * Reads every page for the day `asOf` (`today`: the German calendar day, for members without dated
 * evidence). `run` sends one request and returns its data (or throws).
 */
export async function readMapMembers(
  asOf: string,
  today: string,
  run: (variables: MitgliederkarteQueryVariables) => Promise<MitgliederkarteQuery>,
): Promise<MapMembers> {
  const result: MapMembers = { asOf, digitaleDoerfer: [], ikoneDs: [], pages: 0 };
  let variables: MitgliederkarteQueryVariables | null = { asOf, dd: true, ikoneDs: true };
  while (variables) {
    if (result.pages >= MAX_MAP_PAGES) throw new MapTooLarge(`more than ${MAX_MAP_PAGES} pages of members`);
    const data = await run(variables);
    result.pages++;
    const dd: MitgliederkarteQuery['digitaleDoerferMemberships'] = variables.dd ? data.digitaleDoerferMemberships : undefined;
    const ikone: MitgliederkarteQuery['ikoneDsMembers'] = variables.ikoneDs ? data.ikoneDsMembers : undefined;
    if ((variables.dd && !dd) || (variables.ikoneDs && !ikone)) throw new Error('the answer lacks a list it was asked for');
    for (const { node } of dd?.edges ?? []) {
      const transferPoint = node.municipality.digitaleDoerferRoles.some((t) => t.role === 'TRANSFER_POINT' && termCoversDay(t, asOf));
      result.digitaleDoerfer.push(member(node.municipality, transferPoint));
    }
    for (const { node } of ikone?.edges ?? []) {
      // a record the registry could not resolve (it is down) has no place: the whole answer failed then
      if (ikoneDsMemberCountsOn(node.countedFrom, asOf, today) && node.municipality)
        result.ikoneDs.push(member(node.municipality, node.role === 'COORDINATOR'));
    }
    const moreDd: boolean = Boolean(dd?.pageInfo.hasNextPage && dd.pageInfo.endCursor);
    const moreIkone: boolean = Boolean(ikone?.pageInfo.hasNextPage && ikone.pageInfo.endCursor);
    variables =
      moreDd || moreIkone
        ? {
            asOf,
            dd: moreDd,
            ikoneDs: moreIkone,
            ddAfter: moreDd ? dd!.pageInfo.endCursor : null,
            ikoneDsAfter: moreIkone ? ikone!.pageInfo.endCursor : null,
          }
        : null;
  }
  return result;
}
