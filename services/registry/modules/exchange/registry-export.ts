// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// The registry as a whole, for the ministry: every municipality with a membership in either network
// (Digitale Dörfer records and role terms, IKONE-DS membership from the adapter's read model),
// the meetings with their attendance and the experience reports. Contact persons and signers are
// in it only for callers allowed to read contacts (common/auth/roles.ts). The JSON form is the
// backup that the import reads back (member-import.ts); CSV holds the member list in the columns
// of the import template; XLSX holds the member list, the meetings and the reports as sheets.
import ExcelJS from 'exceljs';
import type { EntityManager } from 'typeorm';
import { can, Permission } from '../../../../common/auth/roles';
import type { BaseContext } from '../../../../common/context';
import { today } from '../../../../common/dates';
import { DigitaleDoerferRole, NetworkId } from '../../../../common/domain';
import { COLUMN_HEADERS, formatPreciseDate, ROLE_LABELS } from './rules';

/** The marker of the hub's own backup file. */
export const BACKUP_FORMAT = 'kommunalnetz-hub-backup';

export type ExportFormat = 'CSV' | 'XLSX' | 'JSON';

export interface ExportFile {
  fileName: string;
  mediaType: string;
  /** true: content is base64 (XLSX); false: UTF-8 text. */
  base64: boolean;
  content: string;
}

async function registryDocument(manager: EntityManager, ctx: BaseContext) {
  const contacts = can(ctx.principal, Permission.READ_CONTACTS);
  const memberships: Record<string, unknown>[] = await manager.query(
    `SELECT m.id, m.municipality_ars AS ars, m.status, to_char(m.started_on, 'YYYY-MM-DD') AS "startedOn",
            m.started_on_precision AS "startedOnPrecision", m.started_on_inferred AS "startedOnInferred",
            to_char(m.ended_on, 'YYYY-MM-DD') AS "endedOn", to_char(m.last_confirmed_on, 'YYYY-MM-DD') AS "lastConfirmedOn",
            m.note, m.sources, m.source,
            to_char(m.letter_date, 'YYYY-MM-DD') AS "letterDate", ${contacts ? 'm.signed_by' : 'NULL'} AS "signedBy",
            to_char(m.received_on, 'YYYY-MM-DD') AS "receivedOn", to_char(m.decided_on, 'YYYY-MM-DD') AS "decidedOn",
            m.decision_reason AS "decisionReason", m.is_demo AS "isDemo",
            ${contacts ? `(SELECT json_build_object('name', c.name, 'function', c.function, 'email', c.email, 'phone', c.phone) FROM registry.contact_person c WHERE c.membership_id = m.id)` : 'NULL'} AS "contactPerson"
       FROM registry.digitale_doerfer_membership m ORDER BY m.municipality_ars, m.started_on NULLS FIRST, m.id`,
  );
  const roles: Record<string, any>[] = await manager.query(
    `SELECT r.id, r.municipality_ars AS ars, r.role, to_char(r.started_on, 'YYYY-MM-DD') AS "startedOn",
            r.started_on_precision AS "startedOnPrecision", to_char(r.ended_on, 'YYYY-MM-DD') AS "endedOn",
            r.ended_on_precision AS "endedOnPrecision", to_char(r.last_confirmed_on, 'YYYY-MM-DD') AS "lastConfirmedOn",
            r.note, r.sources, r.source
       FROM registry.digitale_doerfer_role r ORDER BY r.municipality_ars, r.started_on, r.role`,
  );
  const ikone: { ars: string; joinedOn: string | null }[] = await manager.query(
    `SELECT ars, to_char(joined_on, 'YYYY-MM-DD') AS "joinedOn" FROM ikone_ds.member_keys ORDER BY ars`,
  );
  const arsList = [...new Set([...memberships, ...roles, ...ikone].map((m) => m.ars as string))].sort();
  const units: { ars: string; name: string; type: string }[] = await manager.query(
    `SELECT ars, name, type FROM registry.municipality WHERE ars = ANY($1) ORDER BY ars`,
    [arsList],
  );
  const meetings = await manager.query(
    `SELECT m.id, m.network, to_char(m.held_on, 'YYYY-MM-DD') AS "heldOn", m.held_on_precision AS "heldOnPrecision", m.title, m.format,
            m.host_ars AS "hostArs", m.place, m.topic_ids AS "topicIds", m.tags, m.note, m.sources, m.is_demo AS "isDemo",
            ARRAY(SELECT a.municipality_ars FROM registry.meeting_attendance a WHERE a.meeting_id = m.id ORDER BY 1) AS attendees
       FROM registry.meeting m ORDER BY m.held_on, m.id`,
  );
  const reports = await manager.query(
    `SELECT r.id, r.municipality_ars AS ars, r.title, r.project, r.topic_ids AS "topicIds", r.tags, r.status, r.result,
            ${contacts ? 'r.contact_function' : 'NULL'} AS "contactFunction", r.is_demo AS "isDemo"
       FROM registry.experience_report r ORDER BY r.municipality_ars, r.id`,
  );
  return {
    format: BACKUP_FORMAT,
    version: 1,
    exportedOn: today(),
    contactPersonsIncluded: contacts,
    municipalities: units.map((u) => ({
      ars: u.ars,
      name: u.name,
      type: u.type,
      digitaleDoerfer: memberships.filter((m) => m.ars === u.ars).map(({ ars: _ars, ...m }) => m),
      digitaleDoerferRoles: roles.filter((r) => r.ars === u.ars).map(({ ars: _ars, ...r }) => r),
      ikoneDs: ikone.find((m) => m.ars === u.ars) ?? null,
    })),
    meetings,
    experienceReports: reports,
  };
}

type Document = Awaited<ReturnType<typeof registryDocument>>;

const MEMBER_HEADERS = ['Kommune', 'Name', ...Object.values(COLUMN_HEADERS).slice(1), 'Herkunft'];

/** One row per membership of either network; "Kommune" is the ARS, so the list imports back exactly. */
function memberRows(doc: Document): string[][] {
  const rows: string[][] = [];
  for (const u of doc.municipalities) {
    // The list's role cell names the unit's roles; "Rolle seit/bis" are the transfer point's term.
    const roles = u.digitaleDoerferRoles as Record<string, any>[];
    const roleCell = roles.map((r) => ROLE_LABELS[r.role as DigitaleDoerferRole]).join(', ') || 'Mitglied';
    const transferPoint = roles.find((r) => r.role === DigitaleDoerferRole.TRANSFER_POINT);
    for (const m of u.digitaleDoerfer as Record<string, any>[]) {
      const remark = [m.note, ...(m.sources as string[])].filter(Boolean).join(' ');
      const c = m.contactPerson as Record<string, string | null> | null;
      rows.push([
        u.ars,
        u.name,
        NetworkId.DIGITALE_DOERFER_RLP,
        m.status,
        formatPreciseDate(m.startedOn, m.startedOnPrecision),
        roleCell,
        m.endedOn ?? '',
        m.lastConfirmedOn ?? '',
        transferPoint ? formatPreciseDate(transferPoint.startedOn, transferPoint.startedOnPrecision) : '',
        transferPoint?.endedOn ?? '',
        remark,
        c?.name ?? '',
        c?.function ?? '',
        c?.email ?? '',
        c?.phone ?? '',
        m.source,
      ]);
    }
    if (u.ikoneDs)
      rows.push([
        u.ars,
        u.name,
        NetworkId.IKONE_DS,
        'ACTIVE',
        u.ikoneDs.joinedOn ?? '',
        'Mitglied',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        'FEED',
      ]);
  }
  return rows;
}

/** A CSV field: quoted when needed, and never read as a formula by a spreadsheet (leading = + - @). */
function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[";\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export async function exportRegistry(manager: EntityManager, ctx: BaseContext, format: ExportFormat): Promise<ExportFile> {
  const doc = await registryDocument(manager, ctx);
  const stem = `kommunalnetz-register-${doc.exportedOn}`;
  if (format === 'JSON') {
    return { fileName: `${stem}.json`, mediaType: 'application/json', base64: false, content: `${JSON.stringify(doc, null, 2)}\n` };
  }
  if (format === 'CSV') {
    // ";" and a BOM: what Excel with German settings opens without asking.
    const lines = [MEMBER_HEADERS, ...memberRows(doc)].map((row) => row.map(csvField).join(';'));
    return { fileName: `${stem}.csv`, mediaType: 'text/csv; charset=utf-8', base64: false, content: `\ufeff${lines.join('\r\n')}\r\n` };
  }
  const workbook = new ExcelJS.Workbook();
  const sheet = (name: string, headers: string[], rows: unknown[][]) => {
    const ws = workbook.addWorksheet(name);
    ws.addRow(headers).font = { bold: true };
    // Text cells only: a value that starts with "=" stays text, never a formula.
    for (const row of rows) ws.addRow(row.map((v) => (v === null || v === undefined ? '' : Array.isArray(v) ? v.join(', ') : String(v))));
  };
  sheet('Mitgliedschaften', MEMBER_HEADERS, memberRows(doc));
  sheet(
    'Treffen',
    [
      'Id',
      'Netzwerk',
      'Datum',
      'Titel',
      'Format',
      'Gastgeber (ARS)',
      'Ort',
      'Themen',
      'Schlagwörter',
      'Teilnehmende (ARS)',
      'Bemerkung',
      'Quellen',
      'Demo',
    ],
    doc.meetings.map((m: any) => [
      m.id,
      m.network,
      formatPreciseDate(m.heldOn, m.heldOnPrecision),
      m.title,
      m.format,
      m.hostArs,
      m.place,
      m.topicIds,
      m.tags,
      m.attendees,
      m.note,
      m.sources,
      m.isDemo,
    ]),
  );
  sheet(
    'Erfahrungsberichte',
    ['Id', 'Kommune (ARS)', 'Titel', 'Projekt', 'Themen', 'Schlagwörter', 'Stand', 'Ergebnis', 'Funktion der Ansprechperson', 'Demo'],
    doc.experienceReports.map((r: any) => [
      r.id,
      r.ars,
      r.title,
      r.project,
      r.topicIds,
      r.tags,
      r.status,
      r.result,
      r.contactFunction,
      r.isDemo,
    ]),
  );
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  return {
    fileName: `${stem}.xlsx`,
    mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    base64: true,
    content: buffer.toString('base64'),
  };
}
