// The network-fit rules, as data, in one place. For each network exactly one rule matches a
// municipality's type and population (a test checks this against the whole directory); membership facts then override or add to
// it (see evaluate.ts). The rules follow the target groups the networks state themselves
// (common/networks.ts), not only the founding texts.
import { MunicipalityType, NetworkId, TOWN_TYPES } from '../domain';
import { FitLevel, FitReasonCode } from './types';

export interface FitRule {
  network: NetworkId;
  code: FitReasonCode;
  level: FitLevel;
  /** Municipality types the rule is about. */
  types: readonly MunicipalityType[];
  minPopulation?: number;
  maxPopulation?: number;
  /** The reason, in German. */
  message: string;
}

const {
  LANDKREIS,
  KREISFREIE_STADT,
  VERBANDSGEMEINDE,
  ORTSGEMEINDE,
  VERBANDSANGEHOERIGE_STADT,
  VERBANDSFREIE_GEMEINDE,
  VERBANDSFREIE_STADT,
  GROSSE_KREISANGEHOERIGE_STADT,
} = MunicipalityType;

export const FIT_RULES: readonly FitRule[] = [
  // IKONE-DS: "Austauschplattform für Groß- und Mittelstädte"
  {
    network: NetworkId.IKONE_DS,
    code: FitReasonCode.GROSSSTADT,
    level: FitLevel.HIGH,
    types: TOWN_TYPES,
    minPopulation: 100_000,
    message: 'Großstadt (ab 100.000 Einwohnern): IKONE-DS ist die Austauschplattform der Groß- und Mittelstädte.',
  },
  {
    network: NetworkId.IKONE_DS,
    code: FitReasonCode.MITTELSTADT,
    level: FitLevel.HIGH,
    types: TOWN_TYPES,
    minPopulation: 20_000,
    maxPopulation: 99_999,
    message: 'Mittelstadt (20.000 bis 99.999 Einwohner): IKONE-DS ist die Austauschplattform der Groß- und Mittelstädte.',
  },
  {
    network: NetworkId.IKONE_DS,
    code: FitReasonCode.SMALL_TOWN,
    level: FitLevel.LOW,
    types: TOWN_TYPES,
    maxPopulation: 19_999,
    message:
      'Stadt unter 20.000 Einwohnern: IKONE-DS richtet sich an Groß- und Mittelstädte, hat aber im Einzelfall auch kleinere Städte aufgenommen (z. B. Katzenelnbogen).',
  },
  {
    network: NetworkId.IKONE_DS,
    code: FitReasonCode.NOT_A_TOWN,
    level: FitLevel.NONE,
    types: [LANDKREIS, VERBANDSGEMEINDE, ORTSGEMEINDE, VERBANDSFREIE_GEMEINDE],
    message: 'Keine Stadt: IKONE-DS ist ein Netzwerk der Groß- und Mittelstädte.',
  },
  // Netzwerk Digitale Dörfer RLP: "Verbandsgemeinden und interessierte Ortsgemeinden";
  // the ministry later reported the members as "überwiegend Verbandsgemeinden und Landkreise".
  {
    network: NetworkId.DIGITALE_DOERFER_RLP,
    code: FitReasonCode.VERBANDSGEMEINDE,
    level: FitLevel.HIGH,
    types: [VERBANDSGEMEINDE],
    message:
      'Verbandsgemeinde: Das Netzwerk Digitale Dörfer RLP orientiert sich an den Bedürfnissen von Verbandsgemeinden und interessierten Ortsgemeinden.',
  },
  {
    network: NetworkId.DIGITALE_DOERFER_RLP,
    code: FitReasonCode.ORTSGEMEINDE,
    level: FitLevel.MEDIUM,
    types: [ORTSGEMEINDE, VERBANDSANGEHOERIGE_STADT],
    message:
      'Ortsgemeinde: Interessierte Ortsgemeinden können dem Netzwerk Digitale Dörfer RLP mit einem Schreiben der Bürgermeisterin oder des Bürgermeisters beitreten.',
  },
  {
    network: NetworkId.DIGITALE_DOERFER_RLP,
    code: FitReasonCode.LANDKREIS,
    level: FitLevel.MEDIUM,
    types: [LANDKREIS],
    message: 'Landkreis: Laut Ministerium des Innern sind die Mitglieder des Netzwerks überwiegend Verbandsgemeinden und Landkreise.',
  },
  {
    network: NetworkId.DIGITALE_DOERFER_RLP,
    code: FitReasonCode.VERBANDSFREIE_GEMEINDE,
    level: FitLevel.MEDIUM,
    types: [VERBANDSFREIE_GEMEINDE, VERBANDSFREIE_STADT],
    message:
      'Verbandsfreie Gemeinde oder Stadt: Das Netzwerk gibt die Erfahrungen der Modellverbandsgemeinden an interessierte Kommunen in Rheinland-Pfalz weiter.',
  },
  {
    network: NetworkId.DIGITALE_DOERFER_RLP,
    code: FitReasonCode.LARGE_TOWN,
    level: FitLevel.LOW,
    types: [GROSSE_KREISANGEHOERIGE_STADT],
    message:
      'Große kreisangehörige Stadt: Das Netzwerk Digitale Dörfer RLP richtet sich vor allem an Verbands- und Ortsgemeinden; für Städte gibt es IKONE-DS.',
  },
  {
    network: NetworkId.DIGITALE_DOERFER_RLP,
    code: FitReasonCode.KREISFREIE_STADT,
    level: FitLevel.NONE,
    types: [KREISFREIE_STADT],
    message: 'Kreisfreie Stadt: Das Netzwerk Digitale Dörfer RLP richtet sich an Verbands- und Ortsgemeinden; für Städte gibt es IKONE-DS.',
  },
];

/** Sentences for the facts that override or add to the rules ({name} and {date} are filled in). */
export const FACT_MESSAGES: Readonly<Partial<Record<FitReasonCode, string>>> = {
  [FitReasonCode.ALREADY_MEMBER]: 'Bereits Mitglied{since}. Eine bestehende Mitgliedschaft geht den Größenregeln vor.',
  [FitReasonCode.TRANSFER_POINT]:
    'Transferstelle des Netzwerks: gibt die Erfahrungen aus dem Projekt „Digitale Dörfer“ an andere Kommunen weiter.',
  [FitReasonCode.COORDINATOR]: 'Koordiniert das Netzwerk.',
  [FitReasonCode.APPLICATION_PENDING]: 'Ein Beitrittsschreiben liegt dem Ministerium vor und ist noch nicht entschieden.',
  [FitReasonCode.FORMER_MEMBER]: 'War bis {date} Mitglied oder Transferstelle des Netzwerks.',
  [FitReasonCode.VERBANDSGEMEINDE_IS_MEMBER]:
    'Die Verbandsgemeinde {name}, zu der die Gemeinde gehört, ist bereits Mitglied des Netzwerks. Ein eigener Beitritt der Ortsgemeinde ist trotzdem möglich.',
};
