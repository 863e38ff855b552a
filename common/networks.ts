// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// The sourced facts about the two networks (see services/registry/data/NETWORKS.md for the sources).
// Both subgraphs read them from here: the registry serves them as `Network`, the IKONE-DS adapter
// uses the joining procedure in its network-fit answers.
import { MunicipalityType, NetworkId } from './domain';
import { reportedSizes, type ReportedSizeFacts } from './reported-sizes';

export interface NetworkFacts {
  id: NetworkId;
  name: string;
  shortName: string;
  description: string;
  targetGroup: string;
  howToJoin: string;
  /** The joining procedure where it differs for a kind of unit (who signs the letter). */
  howToJoinByType?: Partial<Record<MunicipalityType, string>>;
  founded: string;
  coordinatedBy: string;
  website: string;
  sources: string[];
  /** Member counts reported without names (common/reported-sizes.ts), oldest first. */
  reportedSizes: ReportedSizeFacts[];
}

// The founding text names the Bürgermeisterin or the Bürgermeister; for a Landkreis, who the
// ministry reports among the members, the Landrätin or the Landrat signs (networks.md 3.4).
const DD_LETTER_TAIL =
  'an das Ministerium des Innern und für Sport, Schillerplatz 3-5, 55126 Mainz. Das Benennen einer Ansprechpartnerin bzw. eines Ansprechpartners, die/der sich aktiv an den (digitalen) Treffen beteiligt, ist wünschenswert.';

export const NETWORKS: Readonly<Record<NetworkId, NetworkFacts>> = {
  [NetworkId.DIGITALE_DOERFER_RLP]: {
    id: NetworkId.DIGITALE_DOERFER_RLP,
    name: 'Netzwerk Digitale Dörfer RLP',
    shortName: 'Digitale Dörfer RLP',
    description:
      'Interkommunale Austauschplattform zu Fragen der Digitalisierung: Die Erfahrungen der Modellverbandsgemeinden des Projekts „Digitale Dörfer“ werden an interessierte Kommunen weitergegeben; die Mitglieder lernen voneinander und tauschen Wissen und Erfahrungen aus.',
    targetGroup:
      'Verbandsgemeinden und interessierte Ortsgemeinden (Gründungstext); laut Ministerium sind die rund 50 Mitglieder überwiegend Verbandsgemeinden und Landkreise.',
    howToJoin: `Für den Beitritt genügt ein Schreiben der Bürgermeisterin oder des Bürgermeisters (bei einem Landkreis der Landrätin oder des Landrats) ${DD_LETTER_TAIL}`,
    howToJoinByType: Object.fromEntries(
      Object.values(MunicipalityType).map((type) => [
        type,
        type === MunicipalityType.LANDKREIS
          ? `Für den Beitritt genügt ein Schreiben der Landrätin oder des Landrats ${DD_LETTER_TAIL}`
          : `Für den Beitritt genügt ein Schreiben der Bürgermeisterin oder des Bürgermeisters ${DD_LETTER_TAIL}`,
      ]),
    ),
    founded: '2020-12',
    coordinatedBy:
      'Transferstellen: die Verbandsgemeinden Betzdorf-Gebhardshain und Göllheim, bis Ende 2023 Eisenberg (Pfalz), seit 2024 Otterbach-Otterberg',
    website: 'https://digitaledoerfer-vernetzt.de',
    sources: [
      'https://mdi.rlp.de/de/unsere-themen/staedte-und-gemeinden/foerderung/kommunalentwicklung/netzwerk-digitale-doerfer-rlp/',
      'https://mdi.rlp.de/themen/staedte-und-gemeinden/kommunale-foerderung/kommunalentwicklung/digitalisierung-in-der-kommunalentwicklung/digitale-doerfer',
      'https://ea-rlp.de/zwei-neue-netzwerke-unterstuetzen-bei-der-digitalisierung',
    ],
    reportedSizes: reportedSizes(NetworkId.DIGITALE_DOERFER_RLP),
  },
  [NetworkId.IKONE_DS]: {
    id: NetworkId.IKONE_DS,
    name: 'Interkommunales Netzwerk Digitale Stadt',
    shortName: 'IKONE-DS',
    description:
      'Austauschplattform der Groß- und Mittelstädte in Rheinland-Pfalz zu Digitalisierungsprojekten der Städte, um Insellösungen zu vermeiden; jede Mitgliedsstadt erhielt 60.750 Euro vom Land.',
    targetGroup: 'Groß- und Mittelstädte; im Einzelfall auch kleinere Städte (z. B. Katzenelnbogen).',
    // Only what is published (../shared/data/networks.md 3.4): no application procedure is.
    howToJoin:
      'Kontakt über die Website des Netzwerks, https://www.ikone-ds.de. Bisher wurden Städte mit einem Förderbescheid des Ministeriums des Innern und für Sport in das Netzwerk aufgenommen; ein weiteres Beitrittsverfahren ist nicht veröffentlicht.',
    founded: '2019-04',
    coordinatedBy: 'KL.digital GmbH (Stadt Kaiserslautern)',
    website: 'https://www.ikone-ds.de',
    sources: [
      'https://www.volksfreund.de/region/rheinland-pfalz/staedte-arbeiten-bei-digitalisierung-zusammen-neues-netzwerk_aid-38179647',
      'https://mdi.rlp.de/service/pressemitteilungen/detail/katzenelnbogen-bereits-achte-teilnehmer-stadt-im-netzwerk',
      'https://www.derneuekaemmerer.de/digitalisierung/digitale-verwaltung/zusammen-die-digitalisierung-voranbringen-11873/',
    ],
    reportedSizes: reportedSizes(NetworkId.IKONE_DS),
  },
};

/** How a unit of this type joins the network. */
export function howToJoinFor(network: NetworkId, type: MunicipalityType): string {
  return NETWORKS[network].howToJoinByType?.[type] ?? NETWORKS[network].howToJoin;
}
