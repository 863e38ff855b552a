// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// Vocabulary of the network fit, shared by the rules (common) and the adapter's API.
import { registerEnumType } from 'type-graphql';
import type { SharedNetworkFacts } from '../network-type';

/** How well a network fits a municipality. */
export enum FitLevel {
  MEMBER = 'MEMBER',
  HIGH = 'HIGH',
  MEDIUM = 'MEDIUM',
  LOW = 'LOW',
  NONE = 'NONE',
}
registerEnumType(FitLevel, {
  name: 'FitLevel',
  description: 'How well a network fits a municipality, best first.',
  valuesConfig: {
    MEMBER: { description: 'Already a member; a membership outranks the size and type rules.' },
    HIGH: { description: 'The municipality is in the network’s stated target group.' },
    MEDIUM: { description: 'The network is open to the municipality, which is not its first target group.' },
    LOW: { description: 'Possible in single cases only; the municipality may apply.' },
    NONE: {
      description: 'Not a target group of the network; for Digitale Dörfer RLP this is the one case in which an application is refused.',
    },
  },
});

export const FIT_LEVEL_ORDER: readonly FitLevel[] = [FitLevel.MEMBER, FitLevel.HIGH, FitLevel.MEDIUM, FitLevel.LOW, FitLevel.NONE];

/** The German names of the fit levels, for downloads and pages: the one table of them. */
export const FIT_LEVEL_LABELS: Readonly<Record<FitLevel, string>> = {
  MEMBER: 'bereits Mitglied',
  HIGH: 'hoch',
  MEDIUM: 'mittel',
  LOW: 'gering',
  NONE: 'keine',
};

/** Machine-readable reason codes; each comes with a German sentence. */
export enum FitReasonCode {
  GROSSSTADT = 'GROSSSTADT',
  MITTELSTADT = 'MITTELSTADT',
  LARGE_TOWN_UNDER_20000 = 'LARGE_TOWN_UNDER_20000',
  SMALL_TOWN = 'SMALL_TOWN',
  NOT_A_TOWN = 'NOT_A_TOWN',
  NOT_A_GEMEINDE = 'NOT_A_GEMEINDE',
  VERBANDSGEMEINDE = 'VERBANDSGEMEINDE',
  ORTSGEMEINDE = 'ORTSGEMEINDE',
  LANDKREIS = 'LANDKREIS',
  VERBANDSFREIE_GEMEINDE = 'VERBANDSFREIE_GEMEINDE',
  LARGE_TOWN = 'LARGE_TOWN',
  KREISFREIE_STADT = 'KREISFREIE_STADT',
  ALREADY_MEMBER = 'ALREADY_MEMBER',
  TRANSFER_POINT = 'TRANSFER_POINT',
  COORDINATOR = 'COORDINATOR',
  APPLICATION_PENDING = 'APPLICATION_PENDING',
  FORMER_MEMBER = 'FORMER_MEMBER',
  MEMBERSHIP_UNKNOWN = 'MEMBERSHIP_UNKNOWN',
  VERBANDSGEMEINDE_IS_MEMBER = 'VERBANDSGEMEINDE_IS_MEMBER',
}
registerEnumType(FitReasonCode, {
  name: 'FitReasonCode',
  description: 'Why a network fits or does not fit. Size and type codes come from the fit rules; the others from membership facts.',
});

/** One reason, as the rules produce it. */
export interface FitReasonResult {
  code: FitReasonCode;
  message: string;
}

/** How well one network fits, as the rules produce it (the adapter serves it as NetworkFit). */
export interface NetworkFitResult {
  /** The network's constant facts, which the adapter serves beside the fit. */
  network: SharedNetworkFacts;
  level: FitLevel;
  reasons: FitReasonResult[];
  alreadyMember: boolean;
  howToJoin: string | null;
}
