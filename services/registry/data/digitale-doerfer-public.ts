// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// What public sources say about the Netzwerk Digitale Dörfer RLP's members and roles, as shipped
// data (sources and their limits in NETWORKS.md beside this file). A membership and a role are
// separate facts: Eisenberg (Pfalz) handed on its transfer-point role at the end of 2023, and no
// source says that its membership ended, so that membership is UNKNOWN since its last evidence.
// Dates that no source prints are marked inferred and the note says from what.
import { DatePrecision, DigitaleDoerferRole, MembershipStatus, MODEL_PROJECT_TERM } from '../../../common/domain';

export interface PublicMembership {
  /** Fixed id, so that loading the facts again updates instead of duplicating. */
  id: string;
  municipalityArs: string;
  status: MembershipStatus.ACTIVE | MembershipStatus.UNKNOWN;
  /** MONTH and YEAR dates on the first day of the period. */
  startedOn: string;
  startedOnPrecision: DatePrecision;
  startedOnInferred: boolean;
  /** The newest dated evidence; null when every source is undated. */
  lastConfirmedOn: string | null;
  note: string;
  sources: string[];
}

export interface PublicRoleTerm {
  id: string;
  municipalityArs: string;
  role: DigitaleDoerferRole;
  startedOn: string;
  startedOnPrecision: DatePrecision;
  /** The last day of the term (of its month or year for MONTH/YEAR precision). */
  endedOn: string | null;
  endedOnPrecision: DatePrecision | null;
  lastConfirmedOn: string | null;
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
const YEAR_REVIEW_2023 =
  'https://digitaledoerfer-vernetzt.de/2023/12/21/jahresruckblick-und-ausblick-was-das-netzwerk-digitale-dorfer-2023-bewegt-hat-und-wie-es-2024-weiter-geht/';
const BETZDORF_2025 = 'https://vg-bg.de/buergernah/aktuelles/pressemitteilungen/netzwerk-digitale-doerfer-rlp-2025-2026';

const BETZDORF = '071325009000'; // Verbandsgemeinde Betzdorf-Gebhardshain
const GOELLHEIM = '073335003000'; // Verbandsgemeinde Göllheim (not the Ortsgemeinde Göllheim)
const EISENBERG = '073335002000'; // Verbandsgemeinde Eisenberg (Pfalz) (not the Stadt)
const OTTERBACH_OTTERBERG = '073355010000'; // Verbandsgemeinde Otterbach-Otterberg

export const PUBLIC_MEMBERSHIPS: readonly PublicMembership[] = [
  {
    id: '5f1c0a52-0d6e-4b8e-9a51-000000000001',
    municipalityArs: BETZDORF,
    status: MembershipStatus.ACTIVE,
    startedOn: '2020-12-01',
    startedOnPrecision: DatePrecision.MONTH,
    startedOnInferred: false,
    lastConfirmedOn: '2024-04-22',
    note: 'Mitglied seit Gründung des Netzwerks im Dezember 2020; nennt sich 2025/2026 federführende Verbandsgemeinde (Seite ohne Datum).',
    sources: [MDI_NETWORK_PAGE, NETWORK_2024, BETZDORF_2025],
  },
  {
    id: '5f1c0a52-0d6e-4b8e-9a51-000000000002',
    municipalityArs: GOELLHEIM,
    status: MembershipStatus.ACTIVE,
    startedOn: '2020-12-01',
    startedOnPrecision: DatePrecision.MONTH,
    startedOnInferred: false,
    lastConfirmedOn: '2024-04-22',
    note: 'Mitglied seit Gründung des Netzwerks im Dezember 2020; 2024 weiterhin koordinierend.',
    sources: [MDI_NETWORK_PAGE, NETWORK_2024],
  },
  {
    id: '5f1c0a52-0d6e-4b8e-9a51-000000000003',
    municipalityArs: EISENBERG,
    status: MembershipStatus.UNKNOWN,
    startedOn: '2020-12-01',
    startedOnPrecision: DatePrecision.MONTH,
    startedOnInferred: false,
    lastConfirmedOn: '2024-04-11',
    note: 'Mitglied seit Gründung des Netzwerks im Dezember 2020. Die Quellen berichten nur die Übergabe der Transferstelle (Ende 2023, Übergabe am 11.04.2024), keinen Austritt: ob die Mitgliedschaft fortbesteht, ist nicht bekannt.',
    sources: [MDI_NETWORK_PAGE, HANDOVER_2024],
  },
  {
    id: '5f1c0a52-0d6e-4b8e-9a51-000000000004',
    municipalityArs: OTTERBACH_OTTERBERG,
    status: MembershipStatus.ACTIVE,
    startedOn: '2024-01-01',
    startedOnPrecision: DatePrecision.DAY,
    startedOnInferred: true,
    lastConfirmedOn: '2024-04-22',
    note: 'Mitglied spätestens seit der Übernahme der Transferstelle am 1. Januar 2024; der Beitritt selbst ist nicht veröffentlicht.',
    sources: [YEAR_REVIEW_2023, NETWORK_2024, HANDOVER_2024],
  },
  {
    id: '5f1c0a52-0d6e-4b8e-9a51-000000000005',
    municipalityArs: '071345005000', // Nationalparkverbandsgemeinde Herrstein-Rhaunen
    status: MembershipStatus.ACTIVE,
    startedOn: '2021-04-19',
    startedOnPrecision: DatePrecision.DAY,
    startedOnInferred: true,
    lastConfirmedOn: '2021-04-19',
    note: 'Eines der 20 Mitglieder beim Auftakt am 19.04.2021, also spätestens seit diesem Tag Mitglied; die eigene Seite der VG (ohne Datum) nennt die Mitgliedschaft.',
    sources: ['https://www.vg-hr.de/zukunftsorientiert/digitalisierung/netzwerk-digitale-doerfer-rlp/'],
  },
  {
    id: '5f1c0a52-0d6e-4b8e-9a51-000000000006',
    municipalityArs: '071415007000', // Verbandsgemeinde Nastätten
    status: MembershipStatus.ACTIVE,
    startedOn: '2021-01-01',
    startedOnPrecision: DatePrecision.YEAR,
    startedOnInferred: true,
    lastConfirmedOn: null,
    note: 'Jahr erschlossen: der (undatierte) Bericht sagt, die VG habe sich „zu Jahresbeginn“ beworben, das Ministerium habe über die Aufnahme entschieden und das erste Treffen sei wegen der Pandemie online gewesen.',
    sources: ['https://ben-kurier.de/tag/netzwerk/'],
  },
  {
    id: '5f1c0a52-0d6e-4b8e-9a51-000000000007',
    municipalityArs: '071415010000', // Verbandsgemeinde Bad Ems-Nassau
    status: MembershipStatus.ACTIVE,
    startedOn: '2022-01-01',
    startedOnPrecision: DatePrecision.YEAR,
    startedOnInferred: true,
    lastConfirmedOn: null,
    note: 'Jahr erschlossen: die undatierte Pressemitteilung des Innenministeriums (Minister Lewentz, Netzwerk damals mit 39 Mitgliedern) meldet die VG „ab sofort“ als Mitglied.',
    sources: ['https://mdi.rlp.de/service/pressemitteilungen/detail/lewentz-vg-bad-ems-nassau-nun-in-netzwerk-digitale-doerfer'],
  },
];

const MODEL_MUNICIPALITY_NOTE =
  'Modellkommune des Projekts „Digitale Dörfer“ (2015–2021, mit Fraunhofer IESE und der Entwicklungsagentur RLP), aus dem das Netzwerk hervorging.';
const modelMunicipality = (id: string, ars: string): PublicRoleTerm => ({
  id,
  municipalityArs: ars,
  role: DigitaleDoerferRole.MODEL_MUNICIPALITY,
  ...MODEL_PROJECT_TERM,
  lastConfirmedOn: null,
  note: MODEL_MUNICIPALITY_NOTE,
  sources: [DIGITALE_DOERFER_PARTICIPANTS, EA_FIVE_YEARS],
});

export const PUBLIC_ROLE_TERMS: readonly PublicRoleTerm[] = [
  modelMunicipality('6a2d1b63-1e7f-4c9f-8b62-000000000001', BETZDORF),
  modelMunicipality('6a2d1b63-1e7f-4c9f-8b62-000000000002', GOELLHEIM),
  modelMunicipality('6a2d1b63-1e7f-4c9f-8b62-000000000003', EISENBERG),
  {
    id: '6a2d1b63-1e7f-4c9f-8b62-000000000011',
    municipalityArs: BETZDORF,
    role: DigitaleDoerferRole.TRANSFER_POINT,
    startedOn: '2020-12-01',
    startedOnPrecision: DatePrecision.MONTH,
    endedOn: null,
    endedOnPrecision: null,
    lastConfirmedOn: '2024-04-22',
    note: 'Transferstelle seit Gründung des Netzwerks im Dezember 2020; 2024 weiterhin koordinierend, 2025/2026 federführend (Seite der VG ohne Datum).',
    sources: [MDI_NETWORK_PAGE, NETWORK_2024, BETZDORF_2025],
  },
  {
    id: '6a2d1b63-1e7f-4c9f-8b62-000000000012',
    municipalityArs: GOELLHEIM,
    role: DigitaleDoerferRole.TRANSFER_POINT,
    startedOn: '2020-12-01',
    startedOnPrecision: DatePrecision.MONTH,
    endedOn: null,
    endedOnPrecision: null,
    lastConfirmedOn: '2024-04-22',
    note: 'Transferstelle seit Gründung des Netzwerks im Dezember 2020; 2024 weiterhin koordinierend.',
    sources: [MDI_NETWORK_PAGE, NETWORK_2024],
  },
  {
    id: '6a2d1b63-1e7f-4c9f-8b62-000000000013',
    municipalityArs: EISENBERG,
    role: DigitaleDoerferRole.TRANSFER_POINT,
    startedOn: '2020-12-01',
    startedOnPrecision: DatePrecision.MONTH,
    endedOn: '2023-12-31',
    endedOnPrecision: DatePrecision.DAY,
    lastConfirmedOn: '2024-04-11',
    note: 'Transferstelle von Dezember 2020 bis Ende 2023; Übergabe an die VG Otterbach-Otterberg am 11.04.2024.',
    sources: [MDI_NETWORK_PAGE, HANDOVER_2024],
  },
  {
    id: '6a2d1b63-1e7f-4c9f-8b62-000000000014',
    municipalityArs: OTTERBACH_OTTERBERG,
    role: DigitaleDoerferRole.TRANSFER_POINT,
    startedOn: '2024-01-01',
    startedOnPrecision: DatePrecision.DAY,
    endedOn: null,
    endedOnPrecision: null,
    lastConfirmedOn: '2024-04-22',
    note: 'Koordinierende Verbandsgemeinde (Transferstelle) seit 1. Januar 2024, Nachfolge der VG Eisenberg (Pfalz); keine Modellkommune des Projekts „Digitale Dörfer“.',
    sources: [YEAR_REVIEW_2023, NETWORK_2024, HANDOVER_2024],
  },
];
