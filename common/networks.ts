// The sourced facts about the two networks (see services/registry/data/NETWORKS.md for the sources).
// Both subgraphs read them from here: the registry serves them as `Network`, the IKONE-DS adapter
// uses the joining procedure in its network-fit answers.
import { NetworkId } from './domain';

export interface NetworkFacts {
  id: NetworkId;
  name: string;
  shortName: string;
  description: string;
  targetGroup: string;
  howToJoin: string;
  founded: string;
  coordinatedBy: string;
  website: string;
  sources: string[];
}

export const NETWORKS: Readonly<Record<NetworkId, NetworkFacts>> = {
  [NetworkId.DIGITALE_DOERFER_RLP]: {
    id: NetworkId.DIGITALE_DOERFER_RLP,
    name: 'Netzwerk Digitale Dörfer RLP',
    shortName: 'Digitale Dörfer RLP',
    description:
      'Interkommunale Austauschplattform zu Fragen der Digitalisierung: Die Erfahrungen der Modellverbandsgemeinden des Projekts „Digitale Dörfer“ werden an interessierte Kommunen weitergegeben; die Mitglieder lernen voneinander und tauschen Wissen und Erfahrungen aus.',
    targetGroup:
      'Verbandsgemeinden und interessierte Ortsgemeinden (Gründungstext); laut Ministerium sind die rund 50 Mitglieder überwiegend Verbandsgemeinden und Landkreise.',
    howToJoin:
      'Für den Beitritt genügt ein Schreiben der Bürgermeisterin oder des Bürgermeisters an das Ministerium des Innern und für Sport, Schillerplatz 3-5, 55126 Mainz. Das Benennen einer Ansprechpartnerin bzw. eines Ansprechpartners, die/der sich aktiv an den (digitalen) Treffen beteiligt, ist wünschenswert.',
    founded: '2020-12',
    coordinatedBy:
      'Transferstellen: die Verbandsgemeinden Betzdorf-Gebhardshain und Göllheim, bis Ende 2023 Eisenberg (Pfalz), seit 2024 Otterbach-Otterberg',
    website: 'https://digitaledoerfer-vernetzt.de',
    sources: [
      'https://mdi.rlp.de/de/unsere-themen/staedte-und-gemeinden/foerderung/kommunalentwicklung/netzwerk-digitale-doerfer-rlp/',
      'https://mdi.rlp.de/themen/staedte-und-gemeinden/kommunale-foerderung/kommunalentwicklung/digitalisierung-in-der-kommunalentwicklung/digitale-doerfer',
      'https://ea-rlp.de/zwei-neue-netzwerke-unterstuetzen-bei-der-digitalisierung',
    ],
  },
  [NetworkId.IKONE_DS]: {
    id: NetworkId.IKONE_DS,
    name: 'Interkommunales Netzwerk Digitale Stadt',
    shortName: 'IKONE-DS',
    description:
      'Austauschplattform der Groß- und Mittelstädte in Rheinland-Pfalz zu Digitalisierungsprojekten der Städte, um Insellösungen zu vermeiden; jede Mitgliedsstadt erhielt 60.750 Euro vom Land.',
    targetGroup: 'Groß- und Mittelstädte; im Einzelfall auch kleinere Städte (z. B. Katzenelnbogen).',
    howToJoin:
      'Die Aufnahme erfolgt durch das Ministerium des Innern und für Sport Rheinland-Pfalz; koordiniert wird das Netzwerk von der KL.digital GmbH (Stadt Kaiserslautern).',
    founded: '2019-04',
    coordinatedBy: 'KL.digital GmbH (Stadt Kaiserslautern)',
    website: 'https://www.ikone-ds.de',
    sources: [
      'https://www.volksfreund.de/region/rheinland-pfalz/staedte-arbeiten-bei-digitalisierung-zusammen-neues-netzwerk_aid-38179647',
      'https://mdi.rlp.de/service/pressemitteilungen/detail/katzenelnbogen-bereits-achte-teilnehmer-stadt-im-netzwerk',
      'https://www.derneuekaemmerer.de/digitalisierung/digitale-verwaltung/zusammen-die-digitalisierung-voranbringen-11873/',
    ],
  },
};
