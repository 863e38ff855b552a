// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// The network-fit rules, as data, in one place. For each network exactly one rule matches a
// municipality's type and population (a test checks this against the whole directory); membership facts then override or add to
// it (see evaluate.ts). The rules follow the target groups the networks state themselves
// (common/networks.ts), not only the founding texts.
import { GEMEINDE_TYPES, MunicipalityType, NetworkId } from '../domain';
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
  // IKONE-DS: "Austauschplattform für Groß- und Mittelstädte". The size classes decide, for every
  // Gemeinde (a verbandsfreie Gemeinde of 20,396 like Haßloch is a Mittelstadt), not town status.
  {
    network: NetworkId.IKONE_DS,
    code: FitReasonCode.GROSSSTADT,
    level: FitLevel.HIGH,
    types: GEMEINDE_TYPES,
    minPopulation: 100_000,
    message: 'Großstadt (ab 100.000 Einwohnern): IKONE-DS ist die Austauschplattform der Groß- und Mittelstädte.',
  },
  {
    network: NetworkId.IKONE_DS,
    code: FitReasonCode.MITTELSTADT,
    level: FitLevel.HIGH,
    types: GEMEINDE_TYPES,
    minPopulation: 20_000,
    maxPopulation: 99_999,
    message: 'Mittelstadt (20.000 bis 99.999 Einwohner): IKONE-DS ist die Austauschplattform der Groß- und Mittelstädte.',
  },
  // Mayen and Lahnstein: Digitale Dörfer RLP does not take große kreisangehörige Städte (below), and
  // IKONE-DS is open to all cities of the state since 2020 (../shared/data/networks.md 3.4), so it is
  // their network (MEDIUM), not a single-case exception (LOW).
  {
    network: NetworkId.IKONE_DS,
    code: FitReasonCode.LARGE_TOWN_UNDER_20000,
    level: FitLevel.MEDIUM,
    types: [GROSSE_KREISANGEHOERIGE_STADT],
    maxPopulation: 19_999,
    message:
      'Große kreisangehörige Stadt unter 20.000 Einwohnern: IKONE-DS richtet sich an Groß- und Mittelstädte, steht aber seit 2020 allen Städten in Rheinland-Pfalz offen.',
  },
  {
    network: NetworkId.IKONE_DS,
    code: FitReasonCode.SMALL_TOWN,
    level: FitLevel.LOW,
    types: [KREISFREIE_STADT, VERBANDSANGEHOERIGE_STADT, VERBANDSFREIE_STADT],
    maxPopulation: 19_999,
    message:
      'Stadt unter 20.000 Einwohnern: IKONE-DS richtet sich an Groß- und Mittelstädte, hat aber im Einzelfall auch kleinere Städte aufgenommen (z. B. Katzenelnbogen).',
  },
  {
    network: NetworkId.IKONE_DS,
    code: FitReasonCode.NOT_A_TOWN,
    level: FitLevel.NONE,
    types: [ORTSGEMEINDE, VERBANDSFREIE_GEMEINDE],
    maxPopulation: 19_999,
    message: 'Gemeinde ohne Stadtrecht und unter 20.000 Einwohnern: IKONE-DS ist das Netzwerk der Groß- und Mittelstädte.',
  },
  {
    network: NetworkId.IKONE_DS,
    code: FitReasonCode.NOT_A_GEMEINDE,
    level: FitLevel.NONE,
    types: [LANDKREIS, VERBANDSGEMEINDE],
    message: 'Landkreis oder Verbandsgemeinde: IKONE-DS ist das Netzwerk der Groß- und Mittelstädte.',
  },
  // Netzwerk Digitale Dörfer RLP: "Verbandsgemeinden und interessierte Ortsgemeinden";
  // the ministry later reported the members as "überwiegend Verbandsgemeinden und Landkreise".
  // Eligibility is this table: a rule of level NONE is a refusal (eligibility.ts), every other level admits.
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
      'Ortsgemeinde oder verbandsangehörige Stadt: Interessierte Ortsgemeinden, auch Städte in einer Verbandsgemeinde, können dem Netzwerk Digitale Dörfer RLP mit einem Schreiben der Bürgermeisterin oder des Bürgermeisters beitreten.',
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
  // Große kreisangehörige Städte (whatever their size, Mayen and Lahnstein included) are towns with
  // the extra duties of § 6 GemO; the founding text puts towns of that kind with IKONE-DS, which has
  // been open to all cities since 2020. So the hub refuses them here, as it refuses kreisfreie Städte.
  {
    network: NetworkId.DIGITALE_DOERFER_RLP,
    code: FitReasonCode.LARGE_TOWN,
    level: FitLevel.NONE,
    types: [GROSSE_KREISANGEHOERIGE_STADT],
    message:
      'Große kreisangehörige Stadt: Das Netzwerk Digitale Dörfer RLP richtet sich an Verbands- und Ortsgemeinden und nimmt auch verbandsfreie Gemeinden und Städte sowie Landkreise auf, aber keine großen kreisangehörigen Städte; ihnen steht IKONE-DS offen.',
  },
  {
    network: NetworkId.DIGITALE_DOERFER_RLP,
    code: FitReasonCode.KREISFREIE_STADT,
    level: FitLevel.NONE,
    types: [KREISFREIE_STADT],
    message:
      'Kreisfreie Stadt: Das Netzwerk Digitale Dörfer RLP richtet sich an Verbands- und Ortsgemeinden und nimmt keine kreisfreien Städte auf; ihnen steht IKONE-DS offen.',
  },
];

/** Sentences for the facts that override or add to the rules ({name} and {date} are filled in). */
export const FACT_MESSAGES: Readonly<Partial<Record<FitReasonCode, string>>> = {
  [FitReasonCode.ALREADY_MEMBER]: 'Bereits Mitglied{since}. Eine bestehende Mitgliedschaft geht den Größenregeln vor.',
  [FitReasonCode.TRANSFER_POINT]:
    'Transferstelle des Netzwerks: gibt die Erfahrungen aus dem Projekt „Digitale Dörfer“ an andere Kommunen weiter.',
  [FitReasonCode.COORDINATOR]: 'Koordiniert das Netzwerk.',
  [FitReasonCode.APPLICATION_PENDING]: 'Ein Beitrittsschreiben liegt dem Ministerium vor; über den Beitritt ist noch nicht entschieden.',
  [FitReasonCode.FORMER_MEMBER]: 'War bis {date} Mitglied des Netzwerks.',
  [FitReasonCode.MEMBERSHIP_UNKNOWN]:
    'Zuletzt am {date} als Mitglied belegt; ob die Mitgliedschaft fortbesteht, ist nicht bekannt. Ein neuer Beitritt ist daher nicht nötig: das Netzwerk oder das Ministerium kann die Mitgliedschaft bestätigen.',
  [FitReasonCode.VERBANDSGEMEINDE_IS_MEMBER]:
    'Die Verbandsgemeinde {name}, zu der die Gemeinde gehört, ist bereits Mitglied des Netzwerks. Ein eigener Beitritt der Ortsgemeinde ist trotzdem möglich.',
};
