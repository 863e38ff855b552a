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
}
registerEnumType(MembershipStatus, {
  name: 'MembershipStatus',
  description:
    'Where a membership stands: an application is RECEIVED, then ACTIVE, REJECTED or WITHDRAWN; an ACTIVE membership or role can be ENDED.',
  valuesConfig: {
    RECEIVED: { description: 'The letter of application was received and is not yet decided.' },
    ACTIVE: { description: 'Member now.' },
    REJECTED: { description: 'The application was rejected.' },
    WITHDRAWN: { description: 'The applicant withdrew the application.' },
    ENDED: { description: 'The membership, or the role it records, ended (see endedOn and note).' },
  },
});

/** Role of a member in the Netzwerk Digitale Dörfer RLP. */
export enum MembershipRole {
  MEMBER = 'MEMBER',
  TRANSFER_POINT = 'TRANSFER_POINT',
}
registerEnumType(MembershipRole, {
  name: 'MembershipRole',
  description: 'Role of a municipality in the Netzwerk Digitale Dörfer RLP.',
  valuesConfig: {
    MEMBER: { description: 'Ordinary member.' },
    TRANSFER_POINT: {
      description:
        'Transferstelle: a model Verbandsgemeinde of the project "Digitale Dörfer" that passes on its experience and coordinates the network.',
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
  description: 'How exact a date is. MONTH and YEAR dates are stored as the first day of that month or year.',
});
