// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// Who may apply to the Netzwerk Digitale Dörfer RLP. Not a second rule set: a unit is refused
// exactly when its Digitale Dörfer fit rule (rules.ts) has level NONE, and the refusal gives that
// rule's reason, so the fit and the refusal cannot disagree (fit.test.ts checks all units).
import { MunicipalityType, NetworkId } from '../domain';
import { evaluateFit, ruleFor } from './evaluate';
import { FIT_RULES } from './rules';
import { FitLevel } from './types';

const DD_RULES = FIT_RULES.filter((r) => r.network === NetworkId.DIGITALE_DOERFER_RLP);
// The SQL of the reports filters by type alone, which is only right while no Digitale Dörfer rule has a size bound.
if (DD_RULES.some((r) => r.minPopulation !== undefined || r.maxPopulation !== undefined)) {
  throw new Error('Digitale Dörfer RLP fit rules must not depend on population (eligibility is by type).');
}

/** The types that may apply: those whose Digitale Dörfer rule is not NONE. */
export const DIGITALE_DOERFER_ELIGIBLE_TYPES: readonly MunicipalityType[] = DD_RULES.filter((r) => r.level !== FitLevel.NONE).flatMap(
  (r) => r.types,
);

export type Eligibility = { eligible: true } | { eligible: false; message: string; suggestedNetwork: NetworkId | null };

/** Whether a unit may apply; if not, the German reason of its rule and the network that fits instead. */
export function digitaleDoerferEligibility(type: MunicipalityType, population: number | null): Eligibility {
  const rule = ruleFor(NetworkId.DIGITALE_DOERFER_RLP, { type, population });
  if (rule && rule.level !== FitLevel.NONE) return { eligible: true };
  const best = evaluateFit({ type, population }).find(
    (fit) => fit.network.id !== NetworkId.DIGITALE_DOERFER_RLP && fit.level !== FitLevel.NONE,
  );
  return {
    eligible: false,
    message: rule?.message ?? 'Das Netzwerk Digitale Dörfer RLP hat für diese Art von Gebietskörperschaft keine Regel.',
    suggestedNetwork: best?.network.id ?? null,
  };
}
