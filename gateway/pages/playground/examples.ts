// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// The example operations the playground opens with, one tab each, described in German and English
// in GraphQL comments. The first tab is the one a visitor runs first (and the browser test runs).
// Each is self-contained text a visitor can read and change; only the report's field lists come
// from the typed operations (client/operations/reports.graphql), so that the playground shows
// the same figures as the dashboard, the CSV files and the partner client.
import { Kind, print, type DocumentNode } from 'graphql';
import { CoverageReportFieldsFragmentDoc, MembershipReportFieldsFragmentDoc } from '../../../client/generated/graphql';

/** A fragment's fields as a selection set written inline, one level in (no fragment for a visitor to look up). */
function fields(fragment: DocumentNode): string {
  const [definition] = fragment.definitions;
  if (definition.kind !== Kind.FRAGMENT_DEFINITION) throw new Error('expected a fragment');
  return print(definition.selectionSet).replace(/\n/g, '\n  ');
}

export interface Example {
  /** Operation name; GraphiQL names the tab after it. */
  name: string;
  query: string;
  variables?: string;
}

export const EXAMPLES: Example[] = [
  {
    name: 'NetzwerkFuerMainz',
    query: `# Welches Netzwerk passt zu Mainz? Nachschlagen per AGS
# (eine 12-stellige ARS geht genauso). Ausführen: ▶ oder
# Strg+Enter. Weitere Beispiele in den anderen Tabs.
#
# Which network fits Mainz? Look-up by AGS (a 12-digit
# ARS works the same way). Run: ▶ or Ctrl+Enter. More
# examples in the other tabs.
query NetzwerkFuerMainz {
  municipality(key: "07315000") {
    name
    type
    population
    sizeClass
    networkFit {
      network {
        shortName
      }
      level
      alreadyMember
      reasons {
        code
        message
      }
    }
  }
}
`,
  },
  {
    name: 'ZehnKommunen',
    query: `# Föderierte Liste: die ersten zehn Einheiten des
# Gemeindeverzeichnisses. Name, Typ und Einwohner kommen
# aus dem Register, ikoneDs und networkFit aus dem
# IKONE-DS-Adapter; das Gateway fügt beides zusammen.
# Nächste Seite: after: "<endCursor>".
#
# Federated list: the first ten units of the directory.
# Name, type and population come from the registry,
# ikoneDs and networkFit from the IKONE-DS adapter; the
# gateway joins them. Next page: after: "<endCursor>".
query ZehnKommunen {
  municipalities(first: 10) {
    totalCount
    edges {
      node {
        ars
        name
        type
        population
        ikoneDs {
          role
          joinedOn
        }
        networkFit {
          network {
            id
          }
          level
          alreadyMember
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
`,
  },
  {
    name: 'WenFragenDorfApp',
    query: `# Wen können wir zum Thema Dorf-App fragen?
# Erfahrungsberichte mit passendem Thema oder Schlagwort,
# Transferstellen zuerst; mit forMunicipality: "<AGS>"
# zählen ähnliche Kommunen mehr.
#
# Whom can we ask about village apps? Experience reports
# whose topics or keywords match, transfer points first;
# with forMunicipality: "<AGS>", similar municipalities
# rank higher.
query WenFragenDorfApp {
  whomToAsk(topic: "Dorf-App") {
    score
    reasons
    report {
      title
      status
      contactFunction
      municipality {
        name
        type
      }
    }
  }
}
`,
  },
  {
    name: 'Mitgliederbericht',
    query: `# Mitgliederbericht: Abdeckung der Digitalen Dörfer RLP
# je Landkreis und kreisfreier Stadt (Anteile 0 bis 1)
# und IKONE-DS-Mitglieder nach Beitrittsjahr. Stichtag
# heute; asOf: "2024-12-31" für einen anderen Tag.
# Dieselben Zahlen zeigt /dashboard.
#
# Membership report: coverage of Digitale Dörfer RLP per
# district (shares 0 to 1) and IKONE-DS members by year
# of joining. As of today; asOf: "2024-12-31" for another
# day. /dashboard shows the same numbers.
query Mitgliederbericht {
  coverageReport(network: DIGITALE_DOERFER_RLP) ${fields(CoverageReportFieldsFragmentDoc)}
  membershipReport(network: IKONE_DS, groupBy: YEAR_JOINED) ${fields(MembershipReportFieldsFragmentDoc)}
}
`,
  },
];
