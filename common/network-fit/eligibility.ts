// Who may apply to the Netzwerk Digitale Dörfer RLP, as data beside the fit rules. The founding
// text names Verbandsgemeinden and Ortsgemeinden; the ministry later reported Landkreise among the
// members (services/registry/data/NETWORKS.md). Kreisfreie Städte and große kreisangehörige Städte
// are the target group of IKONE-DS.
import { MunicipalityType, NetworkId } from '../domain';
import { NETWORKS } from '../networks';
import { evaluateFit } from './evaluate';

export const DIGITALE_DOERFER_ELIGIBLE_TYPES: readonly MunicipalityType[] = [
  MunicipalityType.VERBANDSGEMEINDE,
  MunicipalityType.ORTSGEMEINDE,
  MunicipalityType.VERBANDSANGEHOERIGE_STADT,
  MunicipalityType.VERBANDSFREIE_GEMEINDE,
  MunicipalityType.VERBANDSFREIE_STADT,
  MunicipalityType.LANDKREIS,
];

export type Eligibility = { eligible: true } | { eligible: false; message: string; suggestedNetwork: NetworkId | null };

/** Whether a unit may apply; if not, a German sentence that names the network that fits instead. */
export function digitaleDoerferEligibility(type: MunicipalityType, population: number | null): Eligibility {
  if (DIGITALE_DOERFER_ELIGIBLE_TYPES.includes(type)) return { eligible: true };
  const best = evaluateFit({ type, population }).find((fit) => fit.network.id !== NetworkId.DIGITALE_DOERFER_RLP && fit.level !== 'NONE');
  const instead = best ? ` Passend ist ${NETWORKS[best.network.id].shortName}: ${best.reasons[best.reasons.length - 1].message}` : '';
  return {
    eligible: false,
    message: `Das Netzwerk Digitale Dörfer RLP nimmt Verbandsgemeinden, Ortsgemeinden, verbandsfreie Gemeinden und Landkreise auf.${instead}`,
    suggestedNetwork: best?.network.id ?? null,
  };
}
