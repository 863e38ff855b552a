// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// Member counts the networks' public sources reported, without names (../shared/data/networks.md
// section 3.3). The registry knows only some members by name; these figures say how many there are.
// Copied as published: a date keeps its precision (day, month or year). Left out: figures without
// a date ("ca. 50" on an undated MdI page), without a number ("mehr als 60", 27 Mar 2025) and
// counts that are not sizes (11 joined in 2023; event participants).
import { DatePrecision, NetworkId } from './domain';

export interface ReportedSizeFacts {
  network: NetworkId;
  members: number;
  /** As the source gives it: YYYY-MM-DD, YYYY-MM or YYYY, per `precision`. */
  reportedOn: string;
  precision: DatePrecision;
  /** German: what exactly was reported, where the bare figure would say too much. */
  remark: string | null;
  source: string;
  reportedBy: string;
}

/** Per network, oldest first; ties in date keep the order of networks.md. */
export const REPORTED_SIZES: readonly ReportedSizeFacts[] = [
  {
    network: NetworkId.DIGITALE_DOERFER_RLP,
    members: 20,
    reportedOn: '2021-04-19',
    precision: DatePrecision.DAY,
    remark: 'Auftakt des Netzwerks („über 20“ / „20 Kommunen“)',
    source: 'https://mdi.rlp.de/service/pressemitteilungen/detail/lewentz-miellen-erhaelt-91000-euro-fuer-fussgaengerbruecke-kopie-1',
    reportedBy: 'Ministerium des Innern und für Sport Rheinland-Pfalz',
  },
  {
    network: NetworkId.DIGITALE_DOERFER_RLP,
    members: 26,
    reportedOn: '2022',
    precision: DatePrecision.YEAR,
    remark: 'bei der Förderentscheidung 2022/23',
    source: 'https://www.eisenberg-aktuell.de/der-interkommunale-austausch-im-netzwerk-digitale-doerfer-rlp-wird-weiter-gefoerdert/',
    reportedBy: 'Eisenberg aktuell',
  },
  {
    network: NetworkId.DIGITALE_DOERFER_RLP,
    members: 39,
    reportedOn: '2022',
    precision: DatePrecision.YEAR,
    remark: 'undatierte Pressemitteilung zur Aufnahme der VG Bad Ems-Nassau, vor Oktober 2022',
    source: 'https://mdi.rlp.de/service/pressemitteilungen/detail/lewentz-vg-bad-ems-nassau-nun-in-netzwerk-digitale-doerfer',
    reportedBy: 'Ministerium des Innern und für Sport Rheinland-Pfalz',
  },
  {
    network: NetworkId.DIGITALE_DOERFER_RLP,
    members: 56,
    reportedOn: '2024-04-11',
    precision: DatePrecision.DAY,
    remark: null,
    source:
      'https://eisenberg-aktuell.de/amtliche-meldung/netzwerk-digitale-doerfer-der-staffelstab-geht-ueber-an-die-vg-otterbach-otterberg',
    reportedBy: 'Eisenberg aktuell',
  },
  {
    network: NetworkId.DIGITALE_DOERFER_RLP,
    members: 60,
    reportedOn: '2024-04-22',
    precision: DatePrecision.DAY,
    remark: null,
    source: 'https://digitaledoerfer-vernetzt.de/2024/04/22/der-laendliche-raum-ist-voller-zukunftspotenzial/',
    reportedBy: 'Netzwerk Digitale Dörfer RLP',
  },
  {
    network: NetworkId.DIGITALE_DOERFER_RLP,
    members: 61,
    reportedOn: '2025-04',
    precision: DatePrecision.MONTH,
    remark: 'eine 62. Verbandsgemeinde hatte sich angemeldet',
    source:
      'https://www.rhein-zeitung.de/lokales/kreis-altenkirchen/wie-in-betzdorf-digitalisierung-zum-anfassen-entsteht_arid-4032825.html',
    reportedBy: 'Rhein-Zeitung',
  },
  {
    network: NetworkId.IKONE_DS,
    members: 5,
    reportedOn: '2019-04-17',
    precision: DatePrecision.DAY,
    remark: '4 geförderte Städte und Kaiserslautern',
    source:
      'https://www.sueddeutsche.de/news/service/internet---mainz-staedte-arbeiten-bei-digitalisierung-zusammen-neues-netzwerk-dpa.urn-newsml-dpa-com-20090101-190417-99-865806',
    reportedBy: 'dpa',
  },
  {
    network: NetworkId.IKONE_DS,
    members: 8,
    reportedOn: '2019-12',
    precision: DatePrecision.MONTH,
    remark: 'einschließlich Kaiserslautern',
    source: 'https://mdi.rlp.de/service/pressemitteilungen/detail/katzenelnbogen-bereits-achte-teilnehmer-stadt-im-netzwerk',
    reportedBy: 'Ministerium des Innern und für Sport Rheinland-Pfalz',
  },
  {
    network: NetworkId.IKONE_DS,
    members: 10,
    reportedOn: '2020-08',
    precision: DatePrecision.MONTH,
    remark: 'Landau in der Pfalz als zehntes Mitglied',
    source: 'https://www.derneuekaemmerer.de/digitalisierung/digitale-verwaltung/zusammen-die-digitalisierung-voranbringen-11873/',
    reportedBy: 'Der Neue Kämmerer',
  },
  {
    network: NetworkId.IKONE_DS,
    members: 14,
    reportedOn: '2020-12',
    precision: DatePrecision.MONTH,
    remark: 'ungefähr Dezember 2020; gemeldet von der Entwicklungsagentur, nicht vom Netzwerk selbst',
    source: 'https://ea-rlp.de/zwei-neue-netzwerke-unterstuetzen-bei-der-digitalisierung',
    reportedBy: 'Entwicklungsagentur Rheinland-Pfalz',
  },
];

/** Last day of the period a date of this precision names: only then was the figure surely published. */
export function surelyPublishedBy(size: ReportedSizeFacts): string {
  const [year, month] = size.reportedOn.split('-').map(Number);
  if (size.precision === DatePrecision.DAY) return size.reportedOn;
  if (size.precision === DatePrecision.YEAR) return `${year}-12-31`;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${size.reportedOn}-${String(last).padStart(2, '0')}`;
}

export function reportedSizes(network: NetworkId): ReportedSizeFacts[] {
  return REPORTED_SIZES.filter((s) => s.network === network);
}

/** The newest size reported on or before asOf (a period counts from its last day); null before the first. */
export function latestReportedSize(network: NetworkId, asOf: string): ReportedSizeFacts | null {
  return (
    reportedSizes(network)
      .filter((s) => surelyPublishedBy(s) <= asOf)
      .at(-1) ?? null
  );
}

const MONTHS = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];

/** German date in the source's precision: "19.04.2021", "April 2025", "2022". */
export function formatReportedOn(size: ReportedSizeFacts): string {
  const [year, month, day] = size.reportedOn.split('-');
  if (size.precision === DatePrecision.YEAR) return year;
  if (size.precision === DatePrecision.MONTH) return `${MONTHS[Number(month) - 1]} ${year}`;
  return `${day}.${month}.${year}`;
}

export interface MemberCompleteness {
  knownMembers: number;
  latestReportedSize: ReportedSizeFacts | null;
  complete: boolean;
  note: string;
}

/**
 * What a member figure counts. Complete = the registry knows at least as many members as the
 * network last reported; with no report yet nothing shows completeness, so it is not claimed.
 */
export function memberCompleteness(network: NetworkId, asOf: string, knownMembers: number): MemberCompleteness {
  const latest = latestReportedSize(network, asOf);
  const complete = latest !== null && knownMembers >= latest.members;
  const known = `Bekannte Mitglieder in diesem Register: ${knownMembers}`;
  const note = !latest
    ? `${known}; bis zu diesem Tag ist keine Mitgliederzahl des Netzwerks veröffentlicht, Abdeckung und erreichte Bevölkerung sind daher Untergrenzen.`
    : `${known} — gemeldet sind ${latest.members} (${formatReportedOn(latest)}, laut ${latest.reportedBy}, Quelle: ${latest.source}).` +
      (complete ? '' : ' Abdeckung und erreichte Bevölkerung sind daher Untergrenzen.');
  return { knownMembers, latestReportedSize: latest, complete, note };
}
