// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// The import of a network office's member list (CSV, XLSX) or of the hub's own JSON backup: every
// row is matched to an official key and to the stored memberships, and comes out NEW, CHANGED,
// UNCHANGED, SKIPPED or REJECTED with its reasons. A dry run stops there. Applying writes all rows
// or none, in one transaction, each change on the versioned-change path with its audit event; it is
// refused while any row is REJECTED (fix or delete those rows first), so no name is ever guessed.
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { In } from 'typeorm';
import { today } from '../../../../common/dates';
import {
  DatePrecision,
  DigitaleDoerferRole,
  MembershipStatus,
  MODEL_PROJECT_TERM,
  MUNICIPALITY_TYPE_LABELS,
  MunicipalityType,
  NetworkId,
} from '../../../../common/domain';
import { badInput } from '../../../../common/errors';
import { parseOfficialKey } from '../../../../common/keys';
import { digitaleDoerferEligibility } from '../../../../common/network-fit/eligibility';
import { searchKey } from '../../../../common/text';
import { optionalEmail, optionalPhone, optionalRoleTitle, optionalText, requireText } from '../../../../common/validation';
import type { RegistryContext } from '../../context';
import { recordAudit, snapshot } from '../../shared/audit';
import { changeVersioned } from '../../shared/versioned-change';
import { ContactPerson } from '../membership/entities/ContactPerson';
import { DigitaleDoerferMembership, MembershipSource } from '../membership/entities/DigitaleDoerferMembership';
import { DigitaleDoerferRoleTerm } from '../membership/entities/DigitaleDoerferRoleTerm';
import { writeContactPerson } from '../membership/resolvers/ContactPersonResolver';
import { describeOpen } from '../membership/resolvers/MembershipWorkflowResolver';
import { MEMBERSHIPS, OPEN_STATUSES, ROLE_TERMS } from '../membership/rules';
import { readImportFile, SheetRow, type ImportFormat } from './read-file';
import { BACKUP_FORMAT } from './registry-export';
import {
  COLUMN_HEADERS,
  type ImportColumn,
  MAX_CELL_LENGTH,
  parseNetwork,
  parsePreciseDate,
  parseRoles,
  parseStatus,
  type PreciseDate,
  ROLE_LABELS,
} from './rules';

export type RowOutcome = 'NEW' | 'CHANGED' | 'UNCHANGED' | 'SKIPPED' | 'REJECTED';

export interface RowResult {
  /** Row number in the file (CSV line, XLSX row, position in the backup). */
  line: number;
  outcome: RowOutcome;
  municipalityArs: string | null;
  municipalityName: string | null;
  /** Why a row is rejected or skipped, or what changes. */
  reasons: string[];
  /** For an ambiguous name: the units it could mean ("Name (type, ARS …)"). */
  candidates: string[];
}

export interface ImportReport {
  format: ImportFormat;
  sha256: string;
  dryRun: boolean;
  applied: boolean;
  /** Why nothing was applied although dryRun was false. */
  refusal: string | null;
  rows: RowResult[];
}

/** A membership as a row states it; fields a row leaves empty are null and keep the stored value. */
interface Wanted {
  id: string | null;
  municipalityArs: string;
  status: MembershipStatus;
  /** Dated roles the row names besides the membership (a list's role column); a backup brings none. */
  roles: DigitaleDoerferRole[];
  /** The term of a TRANSFER_POINT role the row names. */
  transferPointTerm: { started: PreciseDate; endedOn: string | null } | null;
  startedOn: string | null;
  startedOnPrecision: DatePrecision | null;
  /** A list does not say whether its start was inferred (null: keep what is stored). */
  startedOnInferred: boolean | null;
  endedOn: string | null;
  /** As the row states it; a list's row without one confirms an active membership on the day of the import. */
  lastConfirmedOn: string | null;
  /** A backup states every field (null is null); a list leaves out what it does not know. */
  exact: boolean;
  note: string | null;
  sources: string[] | null;
  source: MembershipSource;
  letter: Pick<DigitaleDoerferMembership, 'letterDate' | 'signedBy' | 'receivedOn' | 'decidedOn' | 'decisionReason'> | null;
  contact: { name: string; function: string | null; email: string | null; phone: string | null } | null;
}

interface Unit {
  ars: string;
  ags: string | null;
  name: string;
  type: MunicipalityType;
  population: number | null;
  search_key: string;
}

interface Planned {
  result: RowResult;
  wanted: Wanted | null;
  existing: DigitaleDoerferMembership | null;
  /** The columns to set on an existing record. */
  set: Partial<DigitaleDoerferMembership>;
  contactChanged: boolean;
  /** Role terms the row adds (the municipality has none of that role yet). */
  newRoles: DigitaleDoerferRoleTerm[];
}

const TYPE_WORDS: [string, MunicipalityType[]][] = [
  ['verbandsgemeinde', [MunicipalityType.VERBANDSGEMEINDE]],
  ['vg', [MunicipalityType.VERBANDSGEMEINDE]],
  ['ortsgemeinde', [MunicipalityType.ORTSGEMEINDE]],
  ['og', [MunicipalityType.ORTSGEMEINDE]],
  ['landkreis', [MunicipalityType.LANDKREIS]],
  ['kreis', [MunicipalityType.LANDKREIS]],
  [
    'stadt',
    [
      MunicipalityType.KREISFREIE_STADT,
      MunicipalityType.VERBANDSANGEHOERIGE_STADT,
      MunicipalityType.VERBANDSFREIE_STADT,
      MunicipalityType.GROSSE_KREISANGEHOERIGE_STADT,
    ],
  ],
  ['gemeinde', [MunicipalityType.ORTSGEMEINDE, MunicipalityType.VERBANDSFREIE_GEMEINDE]],
];

/**
 * The forgiving name search of the directory (common/text.ts searchKey: case, umlauts and their
 * transliterations do not matter), but exact: the folded name must equal a unit's folded name. A
 * leading kind ("VG Göllheim", "Stadt Mayen") or a trailing ", Stadt" narrows it. Never a guess:
 * several units are ambiguous, none is unknown.
 */
function findUnits(units: Unit[], text: string): Unit[] {
  let key = searchKey(text);
  let types: MunicipalityType[] | null = null;
  for (const [word, kinds] of TYPE_WORDS) {
    if (key.startsWith(`${word} `)) {
      key = key.slice(word.length + 1);
      types = kinds;
      break;
    }
  }
  if (!types && key.endsWith(' stadt')) {
    key = key.slice(0, -' stadt'.length);
    types = TYPE_WORDS.find(([word]) => word === 'stadt')![1];
  }
  return units.filter((u) => u.search_key === key && (!types || types.includes(u.type)));
}

const URL = /https?:\/\/\S+/g;

/** The statuses a member list may state; applications come with their letter through the workflow. */
const LIST_STATUSES: readonly MembershipStatus[] = [MembershipStatus.ACTIVE, MembershipStatus.ENDED, MembershipStatus.UNKNOWN];

/**
 * The last confirmation a row writes: as stated; for a list's active member without one, the day
 * of the import, but only when the record is new or changes its status, so that importing the same
 * list again changes nothing.
 */
function lastConfirmation(wanted: Wanted, newOrStatusChanged: boolean): string | null {
  if (wanted.lastConfirmedOn || wanted.exact) return wanted.lastConfirmedOn;
  return newOrStatusChanged && wanted.status === MembershipStatus.ACTIVE ? today() : null;
}

/** A CSV/XLSX row as a wanted membership, or the reasons it cannot be one. */
function fromSheetRow(row: SheetRow, units: Unit[], result: RowResult): Wanted | null {
  const c = row.cells;
  const reasons = result.reasons;
  for (const [column, value] of Object.entries(c)) {
    if (value && value.length > MAX_CELL_LENGTH) reasons.push(`${column}: longer than ${MAX_CELL_LENGTH} characters.`);
  }
  let unit: Unit | null = null;
  if (!c.municipality) reasons.push('The municipality is missing.');
  else if (/^[\d\s]+$/.test(c.municipality)) {
    try {
      const key = parseOfficialKey(c.municipality, 'Kommune');
      unit = units.find((u) => (key.kind === 'ARS' ? u.ars : u.ags) === key.value) ?? null;
      if (!unit) reasons.push(`No municipality in Rheinland-Pfalz has the ${key.kind} ${key.value}.`);
    } catch (error) {
      reasons.push((error as Error).message);
    }
  } else {
    const found = findUnits(units, c.municipality);
    if (found.length === 1) unit = found[0];
    else if (found.length === 0) reasons.push(`No municipality in Rheinland-Pfalz is named "${c.municipality}"; give its ARS or AGS.`);
    else {
      reasons.push(`"${c.municipality}" names ${found.length} units; give the ARS (or write "VG …", "Stadt …").`);
      result.candidates = found.map((u) => `${u.name} (${MUNICIPALITY_TYPE_LABELS[u.type]}, ARS ${u.ars})`);
    }
  }
  if (unit) {
    result.municipalityArs = unit.ars;
    result.municipalityName = unit.name;
  }
  const network = c.network ? parseNetwork(c.network) : NetworkId.DIGITALE_DOERFER_RLP;
  if (!network) reasons.push(`Unknown network "${c.network}" (Digitale Dörfer RLP or IKONE-DS).`);
  if (network === NetworkId.IKONE_DS) {
    result.outcome = 'SKIPPED';
    result.reasons = ['IKONE-DS members come from the network’s feed (services/ikone-ds), not from this import.'];
    return null;
  }
  if (unit) {
    const eligibility = digitaleDoerferEligibility(unit.type, unit.population);
    if (!eligibility.eligible) reasons.push(eligibility.message);
  }
  const status = c.status ? parseStatus(c.status) : null;
  const STATUS_WORDS = 'aktiv, beendet or unbekannt';
  if (!status) reasons.push(c.status ? `Unknown status "${c.status}" (${STATUS_WORDS}).` : `The status is missing (${STATUS_WORDS}).`);
  else if (!LIST_STATUSES.includes(status)) {
    // An exported list names applications too: they are left as they are, so the list imports back.
    result.outcome = 'SKIPPED';
    result.reasons = [
      `A list imports members (${STATUS_WORDS}); applications (${status}) are recorded with their letter, so this row is left as it is.`,
    ];
    return null;
  }
  const day = (column: ImportColumn, value: string | undefined, precise: boolean): PreciseDate | null => {
    if (!value) return null;
    const date = parsePreciseDate(value);
    if (!date) reasons.push(`"${COLUMN_HEADERS[column]}" is not a date: "${value}" (2021-04-19, 19.04.2021, 04/2021 or 2021).`);
    else if (precise && date.precision !== DatePrecision.DAY) reasons.push(`"${COLUMN_HEADERS[column]}" must be a day: "${value}".`);
    else if (date.date > today()) reasons.push(`"${COLUMN_HEADERS[column]}" lies in the future.`);
    else return date;
    return null;
  };
  const started = day('startedOn', c.startedOn, false);
  const ended = day('endedOn', c.endedOn, true);
  const confirmed = day('lastConfirmedOn', c.lastConfirmedOn, true);
  if (status === MembershipStatus.ENDED && !c.endedOn) reasons.push('An ended membership needs "Beendet am".');
  if (status !== MembershipStatus.ENDED && c.endedOn) reasons.push('Only an ended membership has "Beendet am".');
  if (status === MembershipStatus.UNKNOWN && !c.lastConfirmedOn) reasons.push('A membership of unknown status needs "Zuletzt bestätigt".');
  if (started && ended && ended.date < started.date) reasons.push('"Beendet am" lies before "Mitglied seit".');
  if (started && confirmed && confirmed.date < started.date) reasons.push('"Zuletzt bestätigt" lies before "Mitglied seit".');
  const roles = c.role ? parseRoles(c.role) : [];
  if (!roles) reasons.push(`Unknown role "${c.role}" (Mitglied, Transferstelle, Modellkommune).`);
  // A transfer point's term runs from "Rolle seit" to "Rolle bis", by default with the membership.
  const roleStarted = day('roleStartedOn', c.roleStartedOn, false) ?? started;
  const roleEnded = day('roleEndedOn', c.roleEndedOn, true) ?? ended;
  if ((c.roleStartedOn || c.roleEndedOn) && !roles?.includes(DigitaleDoerferRole.TRANSFER_POINT)) {
    reasons.push('"Rolle seit" and "Rolle bis" belong to the role Transferstelle.');
  }
  if (roles?.includes(DigitaleDoerferRole.TRANSFER_POINT) && !roleStarted) {
    reasons.push('A transfer point needs "Rolle seit" or "Mitglied seit": the role is recorded from that date.');
  }
  if (roleStarted && roleEnded && roleEnded.date < roleStarted.date) reasons.push('"Rolle bis" lies before "Rolle seit".');
  const sources = c.remark ? (c.remark.match(URL) ?? []) : [];
  const note = c.remark ? c.remark.replace(URL, '').replace(/\s+/g, ' ').trim() || null : null;
  let contact: Wanted['contact'] = null;
  if (c.contactName || c.contactEmail || c.contactPhone || c.contactFunction) {
    try {
      contact = {
        name: requireText(c.contactName ?? '', 'Ansprechperson', 2, 200),
        function: optionalRoleTitle(c.contactFunction, 'Ansprechperson Funktion', 200),
        email: optionalEmail(c.contactEmail, 'Ansprechperson E-Mail'),
        phone: optionalPhone(c.contactPhone, 'Ansprechperson Telefon'),
      };
    } catch (error) {
      reasons.push((error as Error).message);
    }
    // As in setContactPerson: only a current member names one.
    if (status !== MembershipStatus.ACTIVE) reasons.push('A contact person is named only for an active membership.');
  }
  if (reasons.length || !unit || !status || !roles) return null;
  return {
    id: null,
    municipalityArs: unit.ars,
    status,
    roles,
    transferPointTerm: roleStarted && { started: roleStarted, endedOn: roleEnded?.date ?? null },
    startedOn: started?.date ?? null,
    startedOnPrecision: started?.precision ?? null,
    startedOnInferred: null,
    endedOn: ended?.date ?? null,
    lastConfirmedOn: confirmed?.date ?? null,
    exact: false,
    note,
    sources: c.remark ? sources : null,
    source: MembershipSource.IMPORT,
    letter: null,
    contact,
  };
}

/** The memberships of a backup (registry-export.ts), each checked like an API input. */
function fromBackup(backup: unknown, units: Unit[], argument: string): { line: number; wanted: Wanted | null; result: RowResult }[] {
  const doc = backup as { format?: unknown; municipalities?: unknown };
  if (doc?.format !== BACKUP_FORMAT || !Array.isArray(doc.municipalities)) {
    throw badInput(`A JSON file must be a backup of this hub ("format": "${BACKUP_FORMAT}").`, { argument, reason: 'MALFORMED_FILE' });
  }
  const out: { line: number; wanted: Wanted | null; result: RowResult }[] = [];
  for (const entry of doc.municipalities as { ars?: unknown; digitaleDoerfer?: unknown }[]) {
    for (const m of Array.isArray(entry?.digitaleDoerfer) ? (entry.digitaleDoerfer as Record<string, unknown>[]) : []) {
      const line = out.length + 1;
      const result: RowResult = { line, outcome: 'REJECTED', municipalityArs: null, municipalityName: null, reasons: [], candidates: [] };
      const unit = units.find((u) => u.ars === entry.ars);
      const text = (v: unknown) => (typeof v === 'string' ? v : null);
      const contact = m.contactPerson as Record<string, unknown> | null | undefined;
      try {
        if (!unit) throw new Error(`No municipality has the ARS ${String(entry.ars)}.`);
        result.municipalityArs = unit.ars;
        result.municipalityName = unit.name;
        const status = parseStatus(text(m.status) ?? '');
        const source = Object.values(MembershipSource).find((s) => s === m.source);
        const precision = Object.values(DatePrecision).find((p) => p === m.startedOnPrecision) ?? null;
        if (!status || !source || typeof m.id !== 'string' || !/^[0-9a-f-]{36}$/.test(m.id)) {
          throw new Error('The record lacks a valid id, status or source.');
        }
        const dates = ['startedOn', 'endedOn', 'lastConfirmedOn', 'letterDate', 'receivedOn', 'decidedOn'] as const;
        for (const field of dates) {
          const v = m[field];
          if (v !== null && v !== undefined && (typeof v !== 'string' || parsePreciseDate(v)?.precision !== DatePrecision.DAY)) {
            throw new Error(`${field} is not a date.`);
          }
        }
        out.push({
          line,
          result,
          wanted: {
            id: m.id,
            municipalityArs: unit.ars,
            status,
            roles: [],
            transferPointTerm: null,
            exact: true,
            startedOn: text(m.startedOn),
            startedOnPrecision: precision,
            startedOnInferred: m.startedOnInferred === true,
            endedOn: text(m.endedOn),
            lastConfirmedOn: text(m.lastConfirmedOn),
            note: optionalText(text(m.note), 'note', 2000),
            sources: Array.isArray(m.sources) ? m.sources.filter((s): s is string => typeof s === 'string') : [],
            source,
            letter: {
              letterDate: text(m.letterDate),
              signedBy: optionalText(text(m.signedBy), 'signedBy', 200),
              receivedOn: text(m.receivedOn),
              decidedOn: text(m.decidedOn),
              decisionReason: optionalText(text(m.decisionReason), 'decisionReason', 2000),
            },
            contact: contact
              ? {
                  name: requireText(text(contact.name) ?? '', 'contactPerson.name', 2, 200),
                  function: optionalRoleTitle(text(contact.function), 'contactPerson.function', 200),
                  email: optionalEmail(text(contact.email), 'contactPerson.email'),
                  phone: optionalPhone(text(contact.phone), 'contactPerson.phone'),
                }
              : null,
          },
        });
      } catch (error) {
        result.reasons.push((error as Error).message);
        out.push({ line, result, wanted: null });
      }
    }
  }
  return out;
}

const sameList = (a: string[], b: string[]) => a.length === b.length && a.every((v, i) => v === b[i]);

/** Reads the file and plans every row against the database as `manager` sees it. */
async function plan(manager: EntityManager, bytes: Buffer, argument: string): Promise<{ report: ImportReport; planned: Planned[] }> {
  const file = await readImportFile(bytes, argument);
  const units: Unit[] = await manager.query(`SELECT ars, ags, name, type, population, search_key FROM registry.municipality`);
  const rows =
    file.rows !== null
      ? file.rows.map((row) => {
          const result: RowResult = {
            line: row.line,
            outcome: 'REJECTED',
            municipalityArs: null,
            municipalityName: null,
            reasons: [],
            candidates: [],
          };
          return { line: row.line, result, wanted: fromSheetRow(row, units, result) };
        })
      : fromBackup(file.backup, units, argument);
  const arsList = [...new Set(rows.flatMap((r) => (r.wanted ? [r.wanted.municipalityArs] : [])))];
  const stored = arsList.length ? await manager.getRepository(DigitaleDoerferMembership).findBy({ municipalityArs: In(arsList) }) : [];
  const contacts = stored.length ? await manager.getRepository(ContactPerson).findBy({ membershipId: In(stored.map((m) => m.id)) }) : [];
  const seen = new Map<string, number>();
  const planned: Planned[] = [];
  for (const { wanted, result } of rows) {
    const entry: Planned = { result, wanted, existing: null, set: {}, contactChanged: false, newRoles: [] };
    planned.push(entry);
    if (!wanted) continue;
    // One record per municipality and start (or per id in a backup); a second row for it is a duplicate.
    const key = wanted.id ?? `${wanted.municipalityArs}|${wanted.startedOn ?? ''}`;
    const openKey = OPEN_STATUSES.includes(wanted.status) ? `${wanted.municipalityArs}|open` : null;
    const earlier = seen.get(key) ?? (openKey ? seen.get(openKey) : undefined);
    if (earlier !== undefined) {
      result.reasons.push(
        `Duplicate of row ${earlier}: the same municipality ${openKey && !seen.has(key) ? 'is active twice' : 'and start'}.`,
      );
      entry.wanted = null;
      continue;
    }
    seen.set(key, result.line);
    if (openKey) seen.set(openKey, result.line);
    const existing = wanted.id
      ? stored.find((m) => m.id === wanted.id)
      : stored.find((m) => m.municipalityArs === wanted.municipalityArs && m.startedOn === wanted.startedOn);
    if (!existing) {
      const open = stored.find((m) => m.municipalityArs === wanted.municipalityArs && OPEN_STATUSES.includes(m.status));
      if (open && OPEN_STATUSES.includes(wanted.status)) {
        result.reasons.push(`${result.municipalityName} already has ${describeOpen(open)}; the import does not replace it.`);
        entry.wanted = null;
        continue;
      }
      result.outcome = 'NEW';
      continue;
    }
    entry.existing = existing;
    const set: Partial<DigitaleDoerferMembership> = {};
    const compare = <K extends keyof DigitaleDoerferMembership>(
      field: K,
      value: DigitaleDoerferMembership[K] | null,
      keepWhenNull: boolean,
    ) => {
      if (value === null && keepWhenNull) return;
      const now = existing[field];
      const equal = Array.isArray(now) ? sameList(now as string[], value as string[]) : now === value;
      if (!equal) set[field] = value as DigitaleDoerferMembership[K];
    };
    compare('status', wanted.status, false);
    compare('startedOn', wanted.startedOn, false);
    compare('startedOnPrecision', wanted.startedOnPrecision, false);
    compare('startedOnInferred', wanted.startedOnInferred, true);
    compare('lastConfirmedOn', lastConfirmation(wanted, !!set.status), !wanted.exact);
    compare('endedOn', wanted.endedOn, false);
    compare('note', wanted.note, true);
    compare('sources', wanted.sources, true);
    if (wanted.letter) {
      for (const field of Object.keys(wanted.letter) as (keyof NonNullable<Wanted['letter']>)[])
        compare(field, wanted.letter[field], false);
    }
    const contact = contacts.find((p) => p.membershipId === existing.id);
    entry.contactChanged =
      !!wanted.contact && (!contact || (['name', 'function', 'email', 'phone'] as const).some((f) => contact[f] !== wanted.contact![f]));
    entry.set = set;
    const changed = [...Object.keys(set), ...(entry.contactChanged ? ['contactPerson'] : [])];
    result.outcome = changed.length ? 'CHANGED' : 'UNCHANGED';
    if (changed.length) result.reasons.push(`Changes ${changed.join(', ')}.`);
  }
  await planRoles(manager, planned, arsList);
  const report: ImportReport = {
    format: file.format,
    sha256: file.sha256,
    dryRun: true,
    applied: false,
    refusal: null,
    rows: rows.map((r) => r.result),
  };
  return { report, planned };
}

/**
 * The role terms the rows add: a role the municipality has no term of yet (from public sources, an
 * earlier import or an earlier row). A transfer point's term runs with the row's membership; a
 * model municipality's is the project's (2015–2021).
 */
async function planRoles(manager: EntityManager, planned: Planned[], arsList: string[]): Promise<void> {
  const terms = arsList.length ? await manager.getRepository(DigitaleDoerferRoleTerm).findBy({ municipalityArs: In(arsList) }) : [];
  const held = new Set(terms.map((t) => `${t.municipalityArs}|${t.role}`));
  for (const entry of planned) {
    const { wanted, result } = entry;
    if (!wanted || result.outcome === 'REJECTED' || result.outcome === 'SKIPPED') continue;
    for (const role of wanted.roles) {
      if (held.has(`${wanted.municipalityArs}|${role}`)) continue;
      held.add(`${wanted.municipalityArs}|${role}`);
      const term =
        role === DigitaleDoerferRole.MODEL_MUNICIPALITY
          ? { ...MODEL_PROJECT_TERM }
          : {
              startedOn: wanted.transferPointTerm!.started.date,
              startedOnPrecision: wanted.transferPointTerm!.started.precision,
              endedOn: wanted.transferPointTerm!.endedOn,
              endedOnPrecision: wanted.transferPointTerm!.endedOn ? DatePrecision.DAY : null,
            };
      entry.newRoles.push(
        manager.getRepository(DigitaleDoerferRoleTerm).create({
          id: randomUUID(),
          municipalityArs: wanted.municipalityArs,
          role,
          ...term,
          lastConfirmedOn: wanted.lastConfirmedOn,
          note: wanted.note,
          sources: wanted.sources ?? [],
          source: MembershipSource.IMPORT,
          version: 1,
        }),
      );
      result.reasons.push(`Adds the role ${ROLE_LABELS[role]} (from ${term.startedOn}${term.endedOn ? ` to ${term.endedOn}` : ''}).`);
      if (result.outcome === 'UNCHANGED') result.outcome = 'CHANGED';
    }
  }
}

/**
 * Plans the file and, unless `dryRun`, applies it in one transaction. The table is locked against
 * other writers for that transaction, so what was planned is what is written.
 */
export async function importMembers(ctx: RegistryContext, bytes: Buffer, dryRun: boolean, argument = 'content'): Promise<ImportReport> {
  return ctx.dataSource.transaction(async (manager) => {
    if (!dryRun) await manager.query(`LOCK TABLE registry.digitale_doerfer_membership IN SHARE ROW EXCLUSIVE MODE`);
    const { report, planned } = await plan(manager, bytes, argument);
    report.dryRun = dryRun;
    if (dryRun) return report;
    const rejected = report.rows.filter((r) => r.outcome === 'REJECTED').length;
    if (rejected) {
      report.refusal = `Nothing was imported: ${rejected} row(s) are rejected. Fix or delete them and import again.`;
      return report;
    }
    for (const entry of planned) await applyRow(manager, ctx, entry, report.sha256);
    report.applied = true;
    return report;
  });
}

const AUDITED = [...MEMBERSHIPS.auditFields, 'source', 'note', 'sources'] as (keyof DigitaleDoerferMembership)[];
async function applyRow(manager: EntityManager, ctx: RegistryContext, entry: Planned, sha256: string): Promise<void> {
  const { wanted, existing, result } = entry;
  if (!wanted || (result.outcome !== 'NEW' && result.outcome !== 'CHANGED')) return;
  let id: string;
  if (!existing) {
    const repository = manager.getRepository(DigitaleDoerferMembership);
    const record = repository.create({
      id: wanted.id ?? randomUUID(),
      municipalityArs: wanted.municipalityArs,
      status: wanted.status,
      startedOn: wanted.startedOn,
      startedOnPrecision: wanted.startedOnPrecision,
      startedOnInferred: wanted.startedOnInferred ?? false,
      endedOn: wanted.endedOn,
      lastConfirmedOn: lastConfirmation(wanted, true),
      note: wanted.note,
      sources: wanted.sources ?? [],
      source: wanted.source,
      ...(wanted.letter ?? {}),
      version: 1,
      isDemo: false,
    });
    await repository.insert(record);
    await recordAudit(manager, ctx, {
      action: 'membership.import',
      entity: 'membership',
      entityId: record.id,
      before: null,
      after: { ...snapshot(record, AUDITED), importFile: sha256 },
    });
    id = record.id;
  } else {
    id = existing.id;
    if (Object.keys(entry.set).length) {
      await changeVersioned(manager, ctx, MEMBERSHIPS, id, existing.version, (row) => ({
        action: 'membership.import',
        set: entry.set,
        audit: {
          before: snapshot(row, AUDITED),
          after: { ...snapshot({ ...row, ...entry.set, version: row.version + 1 }, AUDITED), importFile: sha256 },
        },
      }));
    }
  }
  for (const term of entry.newRoles) {
    await manager.getRepository(DigitaleDoerferRoleTerm).insert(term);
    await recordAudit(manager, ctx, {
      action: 'role.import',
      entity: 'role',
      entityId: term.id,
      before: null,
      after: { ...snapshot(term, ROLE_TERMS.auditFields), importFile: sha256 },
    });
  }
  if (wanted.contact && (!existing || entry.contactChanged)) {
    const current = await manager.getRepository(ContactPerson).findOneBy({ membershipId: id });
    await writeContactPerson(manager, ctx, id, wanted.contact, current?.version ?? 0);
  }
}
