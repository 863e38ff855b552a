// The Digitale Dörfer memberships that public sources name: the transfer-point (Transferstelle)
// Verbandsgemeinden. Sources are listed in NETWORKS.md beside this file. No other member is named
// publicly, so no other member is recorded here.
import { DatePrecision, MembershipRole, MembershipStatus } from '../../../common/domain';

export interface KnownMembership {
  /** Fixed id, so that loading the facts again updates instead of duplicating. */
  id: string;
  municipalityArs: string;
  role: MembershipRole;
  status: MembershipStatus;
  startedOn: string;
  startedOnPrecision: DatePrecision;
  endedOn: string | null;
  note: string;
  sources: string[];
}

const MDI_NETWORK_PAGE =
  'https://mdi.rlp.de/de/unsere-themen/staedte-und-gemeinden/foerderung/kommunalentwicklung/netzwerk-digitale-doerfer-rlp/';
const DIGITALE_DOERFER_PARTICIPANTS = 'https://www.digitale-doerfer.de/teilnehmer/';
const EA_FIVE_YEARS = 'https://ea-rlp.de/rheinland-pfalz-vernetzt-land-und-leute-fuenf-jahre-digitale-doerfer';
const NETWORK_2024 = 'https://digitaledoerfer-vernetzt.de/2024/04/22/der-laendliche-raum-ist-voller-zukunftspotenzial/';
const HANDOVER_2024 =
  'https://eisenberg-aktuell.de/amtliche-meldung/netzwerk-digitale-doerfer-der-staffelstab-geht-ueber-an-die-vg-otterbach-otterberg';

export const KNOWN_MEMBERSHIPS: readonly KnownMembership[] = [
  {
    id: '5f1c0a52-0d6e-4b8e-9a51-000000000001',
    municipalityArs: '071325009000', // Verbandsgemeinde Betzdorf-Gebhardshain
    role: MembershipRole.TRANSFER_POINT,
    status: MembershipStatus.ACTIVE,
    startedOn: '2020-12-01',
    startedOnPrecision: DatePrecision.MONTH,
    endedOn: null,
    note: 'Modellverbandsgemeinde des Projekts „Digitale Dörfer“ seit 2015; Transferstelle seit Gründung des Netzwerks im Dezember 2020; 2024 weiterhin koordinierend.',
    sources: [DIGITALE_DOERFER_PARTICIPANTS, MDI_NETWORK_PAGE, EA_FIVE_YEARS, NETWORK_2024],
  },
  {
    id: '5f1c0a52-0d6e-4b8e-9a51-000000000002',
    municipalityArs: '073335003000', // Verbandsgemeinde Göllheim
    role: MembershipRole.TRANSFER_POINT,
    status: MembershipStatus.ACTIVE,
    startedOn: '2020-12-01',
    startedOnPrecision: DatePrecision.MONTH,
    endedOn: null,
    note: 'Modellverbandsgemeinde des Projekts „Digitale Dörfer“ seit 2015; Transferstelle seit Gründung des Netzwerks im Dezember 2020; 2024 weiterhin koordinierend.',
    sources: [DIGITALE_DOERFER_PARTICIPANTS, MDI_NETWORK_PAGE, EA_FIVE_YEARS, NETWORK_2024],
  },
  {
    id: '5f1c0a52-0d6e-4b8e-9a51-000000000003',
    municipalityArs: '073335002000', // Verbandsgemeinde Eisenberg (Pfalz)
    role: MembershipRole.TRANSFER_POINT,
    status: MembershipStatus.ENDED,
    startedOn: '2020-12-01',
    startedOnPrecision: DatePrecision.MONTH,
    endedOn: '2023-12-31',
    note: 'Modellverbandsgemeinde des Projekts „Digitale Dörfer“ seit 2015; Transferstelle von Dezember 2020 bis Ende 2023, Übergabe an die VG Otterbach-Otterberg am 11.04.2024. Ob die VG seither einfaches Mitglied ist, ist nicht veröffentlicht.',
    sources: [DIGITALE_DOERFER_PARTICIPANTS, MDI_NETWORK_PAGE, EA_FIVE_YEARS, HANDOVER_2024],
  },
  {
    id: '5f1c0a52-0d6e-4b8e-9a51-000000000004',
    municipalityArs: '073355010000', // Verbandsgemeinde Otterbach-Otterberg
    role: MembershipRole.TRANSFER_POINT,
    status: MembershipStatus.ACTIVE,
    startedOn: '2024-01-01',
    startedOnPrecision: DatePrecision.DAY,
    endedOn: null,
    note: 'Koordinierende Verbandsgemeinde (Transferstelle) seit 1. Januar 2024, Nachfolge der VG Eisenberg (Pfalz).',
    sources: [NETWORK_2024, HANDOVER_2024],
  },
];
