// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// Domain vocabulary shared by both subgraphs. GraphQL enums that appear in both subgraphs must be
// identical for composition, so they are defined once, here. Enum values equal their names because
// the gateway sends enum values by name in entity representations.
import { registerEnumType } from 'type-graphql';

/** Kinds of territorial units in Rhineland-Palatinate's official municipality directory. */
export enum MunicipalityType {
  LANDKREIS = 'LANDKREIS',
  KREISFREIE_STADT = 'KREISFREIE_STADT',
  VERBANDSGEMEINDE = 'VERBANDSGEMEINDE',
  ORTSGEMEINDE = 'ORTSGEMEINDE',
  VERBANDSANGEHOERIGE_STADT = 'VERBANDSANGEHOERIGE_STADT',
  VERBANDSFREIE_GEMEINDE = 'VERBANDSFREIE_GEMEINDE',
  VERBANDSFREIE_STADT = 'VERBANDSFREIE_STADT',
  GROSSE_KREISANGEHOERIGE_STADT = 'GROSSE_KREISANGEHOERIGE_STADT',
}
registerEnumType(MunicipalityType, {
  name: 'MunicipalityType',
  description: 'Kind of territorial unit, as in the official municipality directory (Gemeindeverzeichnis) of Rhineland-Palatinate.',
  valuesConfig: {
    LANDKREIS: { description: 'Landkreis: rural district, groups Verbandsgemeinden and verbandsfreie Gemeinden.' },
    KREISFREIE_STADT: { description: 'Kreisfreie Stadt: city that belongs to no Landkreis and is a district of its own.' },
    VERBANDSGEMEINDE: {
      description: 'Verbandsgemeinde: association of Ortsgemeinden that runs their joint administration. Has an ARS but no AGS.',
    },
    ORTSGEMEINDE: { description: 'Ortsgemeinde: municipality that belongs to a Verbandsgemeinde.' },
    VERBANDSANGEHOERIGE_STADT: {
      description: 'Town (Stadt) that belongs to a Verbandsgemeinde; legally an Ortsgemeinde with town status.',
    },
    VERBANDSFREIE_GEMEINDE: { description: 'Verbandsfreie Gemeinde: municipality in a Landkreis that belongs to no Verbandsgemeinde.' },
    VERBANDSFREIE_STADT: { description: 'Verbandsfreie Stadt: town in a Landkreis that belongs to no Verbandsgemeinde.' },
    GROSSE_KREISANGEHOERIGE_STADT: {
      description: 'Große kreisangehörige Stadt: large town within a Landkreis with extra duties (§ 6 GemO RLP).',
    },
  },
});

/** The German names of the kinds of unit, for labels and sentences: the one table of them. */
export const MUNICIPALITY_TYPE_LABELS: Readonly<Record<MunicipalityType, string>> = {
  LANDKREIS: 'Landkreis',
  KREISFREIE_STADT: 'kreisfreie Stadt',
  VERBANDSGEMEINDE: 'Verbandsgemeinde',
  ORTSGEMEINDE: 'Ortsgemeinde',
  VERBANDSANGEHOERIGE_STADT: 'verbandsangehörige Stadt',
  VERBANDSFREIE_GEMEINDE: 'verbandsfreie Gemeinde',
  VERBANDSFREIE_STADT: 'verbandsfreie Stadt',
  GROSSE_KREISANGEHOERIGE_STADT: 'große kreisangehörige Stadt',
};

/** How the directory file names the kinds, mapped to the enum: as above, but a verbandsangehörige Stadt is just "Stadt" there. */
export const DIRECTORY_TYPE_LABELS: Readonly<Record<string, MunicipalityType>> = Object.fromEntries(
  Object.values(MunicipalityType).map((type) => [
    type === MunicipalityType.VERBANDSANGEHOERIGE_STADT ? 'Stadt' : MUNICIPALITY_TYPE_LABELS[type],
    type,
  ]),
);

/** Types that are Gemeinden (municipalities proper), as opposed to Landkreise and Verbandsgemeinden. */
export const GEMEINDE_TYPES: readonly MunicipalityType[] = [
  MunicipalityType.KREISFREIE_STADT,
  MunicipalityType.ORTSGEMEINDE,
  MunicipalityType.VERBANDSANGEHOERIGE_STADT,
  MunicipalityType.VERBANDSFREIE_GEMEINDE,
  MunicipalityType.VERBANDSFREIE_STADT,
  MunicipalityType.GROSSE_KREISANGEHOERIGE_STADT,
];

/** Types with town status (Stadtrecht). */
export const TOWN_TYPES: readonly MunicipalityType[] = [
  MunicipalityType.KREISFREIE_STADT,
  MunicipalityType.VERBANDSANGEHOERIGE_STADT,
  MunicipalityType.VERBANDSFREIE_STADT,
  MunicipalityType.GROSSE_KREISANGEHOERIGE_STADT,
];

/** Size classes of German official statistics, by inhabitants. */
export enum SizeClass {
  GROSSSTADT = 'GROSSSTADT',
  MITTELSTADT = 'MITTELSTADT',
  KLEINSTADT = 'KLEINSTADT',
  LANDGEMEINDE = 'LANDGEMEINDE',
}
registerEnumType(SizeClass, {
  name: 'SizeClass',
  description: 'Size class of a Gemeinde by inhabitants (German official statistics).',
  valuesConfig: {
    GROSSSTADT: { description: 'Großstadt: 100,000 inhabitants or more.' },
    MITTELSTADT: { description: 'Mittelstadt: 20,000 to 99,999 inhabitants.' },
    KLEINSTADT: { description: 'Kleinstadt: 5,000 to 19,999 inhabitants.' },
    LANDGEMEINDE: { description: 'Landgemeinde: fewer than 5,000 inhabitants.' },
  },
});

/** The German names of the size classes. */
export const SIZE_CLASS_LABELS: Readonly<Record<SizeClass, string>> = {
  GROSSSTADT: 'Großstadt',
  MITTELSTADT: 'Mittelstadt',
  KLEINSTADT: 'Kleinstadt',
  LANDGEMEINDE: 'Landgemeinde',
};

/** Lower bounds of the size classes, largest first. */
export const SIZE_CLASS_THRESHOLDS: ReadonlyArray<{ sizeClass: SizeClass; minPopulation: number }> = [
  { sizeClass: SizeClass.GROSSSTADT, minPopulation: 100_000 },
  { sizeClass: SizeClass.MITTELSTADT, minPopulation: 20_000 },
  { sizeClass: SizeClass.KLEINSTADT, minPopulation: 5_000 },
  { sizeClass: SizeClass.LANDGEMEINDE, minPopulation: 0 },
];

/** Size class of a Gemeinde; null for Landkreise and Verbandsgemeinden, whose population is a sum. */
export function sizeClassOf(type: MunicipalityType, population: number | null | undefined): SizeClass | null {
  if (population === null || population === undefined || !GEMEINDE_TYPES.includes(type)) return null;
  return SIZE_CLASS_THRESHOLDS.find((t) => population >= t.minPopulation)!.sizeClass;
}

/** The two networks the hub links. */
export enum NetworkId {
  DIGITALE_DOERFER_RLP = 'DIGITALE_DOERFER_RLP',
  IKONE_DS = 'IKONE_DS',
}
registerEnumType(NetworkId, {
  name: 'NetworkId',
  description: 'Identifier of a municipal digitalisation network in Rhineland-Palatinate.',
  valuesConfig: {
    DIGITALE_DOERFER_RLP: { description: 'Netzwerk Digitale Dörfer RLP: Verbandsgemeinden and interested Ortsgemeinden.' },
    IKONE_DS: { description: 'IKONE-DS, Interkommunales Netzwerk Digitale Stadt: large and medium-sized cities.' },
  },
});

/** Status of a Digitale Dörfer membership record. */
export enum MembershipStatus {
  RECEIVED = 'RECEIVED',
  ACTIVE = 'ACTIVE',
  REJECTED = 'REJECTED',
  WITHDRAWN = 'WITHDRAWN',
  ENDED = 'ENDED',
  UNKNOWN = 'UNKNOWN',
}
registerEnumType(MembershipStatus, {
  name: 'MembershipStatus',
  description:
    'Where a membership stands: an application is RECEIVED, then ACTIVE, REJECTED or WITHDRAWN; an ACTIVE membership can be ENDED; where the sources stop, a membership is UNKNOWN.',
  valuesConfig: {
    RECEIVED: { description: 'The letter of application was received and is not yet decided.' },
    ACTIVE: { description: 'Member now.' },
    REJECTED: { description: 'The application was rejected.' },
    WITHDRAWN: { description: 'The applicant withdrew the application.' },
    ENDED: { description: 'The membership ended (see endedOn and decisionReason).' },
    UNKNOWN: {
      description:
        'Was a member until at least lastConfirmedOn; no later source confirms it and none says it ended. Counted as a member up to lastConfirmedOn, never told to apply, not an outreach target, and still takes part in meetings and reports.',
    },
  },
});

/** The role a membership record shows: MEMBER, or TRANSFER_POINT while a transfer-point term is current. */
export enum MembershipRole {
  MEMBER = 'MEMBER',
  TRANSFER_POINT = 'TRANSFER_POINT',
}
registerEnumType(MembershipRole, {
  name: 'MembershipRole',
  description:
    'Role of a member in the Netzwerk Digitale Dörfer RLP today, derived from its dated roles (Municipality.digitaleDoerferRoles).',
  valuesConfig: {
    MEMBER: { description: 'Member without a current role of its own.' },
    TRANSFER_POINT: { description: 'Member that is a Transferstelle now (a current TRANSFER_POINT term).' },
  },
});

/** Dated roles around the Netzwerk Digitale Dörfer RLP, kept apart from membership: a role can end while the membership goes on. */
export enum DigitaleDoerferRole {
  TRANSFER_POINT = 'TRANSFER_POINT',
  MODEL_MUNICIPALITY = 'MODEL_MUNICIPALITY',
}
registerEnumType(DigitaleDoerferRole, {
  name: 'DigitaleDoerferRole',
  description: 'A dated role of a municipality in or before the Netzwerk Digitale Dörfer RLP; not a membership.',
  valuesConfig: {
    TRANSFER_POINT: {
      description: 'Transferstelle: coordinates the network and passes on experience (since the network’s founding in December 2020).',
    },
    MODEL_MUNICIPALITY: {
      description:
        'Model municipality (Modellkommune) of the project "Digitale Dörfer" (2015–2021, with Fraunhofer IESE and the Entwicklungsagentur RLP), which preceded the network.',
    },
  },
});

/** How exact a reported date is; sources often name only a month or a year. */
export enum DatePrecision {
  DAY = 'DAY',
  MONTH = 'MONTH',
  YEAR = 'YEAR',
}
registerEnumType(DatePrecision, {
  name: 'DatePrecision',
  description:
    'How exact a date is. A start of MONTH or YEAR precision is stored as the first day of that month or year, an end (of a role term) as its last day.',
});

/** The term of the project "Digitale Dörfer" (2015–2021), which every MODEL_MUNICIPALITY role has. */
export const MODEL_PROJECT_TERM = {
  startedOn: '2015-01-01',
  startedOnPrecision: DatePrecision.YEAR,
  endedOn: '2021-12-31',
  endedOnPrecision: DatePrecision.YEAR,
} as const;
