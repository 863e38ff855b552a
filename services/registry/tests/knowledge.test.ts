// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// The knowledge exchange end to end through the gateway: topics, meetings with attendance,
// experience reports, "whom can we ask", refusals that change nothing, batching and the demo data.
import { Role } from '../../../common/auth/roles';
import { sqlStatementCount } from '../../../common/postgres';
import { NetworkId } from '../../../common/domain';
import { startTestHub, TestHub, hubSql } from '../../../testing/hub';
import { removeDemoKnowledge, seedDemoKnowledge } from '../modules/knowledge/demo-knowledge';
import { sizeBandOf, sizeBandSql } from '../modules/knowledge/ranking';

const VG_GOELLHEIM = '073335003000'; // transfer point, 11,910 inhabitants, Donnersbergkreis
const VG_BRUCHMUEHLBACH = '073355001000'; // 10,546, Landkreis Kaiserslautern
const VG_HAUENSTEIN = '073405002000'; // 8,149, Südwestpfalz
const VG_KIRCHHEIMBOLANDEN = '073335004000'; // 19,616, Donnersbergkreis
const OG_GOELLHEIM_AGS = '07333026'; // Ortsgemeinde Göllheim, 3,789
const OG_GOELLHEIM = '073335003026';
const VG_WEILERBACH = '073355009000'; // 14,225, Landkreis Kaiserslautern; not a member

let hub: TestHub;
const keys: Record<string, string> = {};
const asKey = (label: string) => ({ 'x-api-key': keys[label] });

/** Runs an operation that must succeed and returns its data. */
async function ok(query: string, variables: Record<string, unknown> = {}, as = 'coordinator') {
  const { data, errors } = await hub.query(query, variables, asKey(as));
  expect(errors).toBeUndefined();
  return data;
}

/** Runs an operation that must fail and returns the first error's code and message. */
async function refused(query: string, variables: Record<string, unknown> = {}, as: string | null = 'coordinator') {
  const { errors } = await hub.query(query, variables, as ? asKey(as) : {});
  expect(errors).toBeDefined();
  return { code: errors![0].extensions!.code as string, message: errors![0].message, extensions: errors![0].extensions! };
}

const sql = <T = any>(text: string, values: unknown[] = []) => hubSql<T>(hub, text, values);

/** Everything the knowledge exchange stores, and the size of the audit trail. */
async function knowledgeState() {
  return {
    topics: await sql(`SELECT * FROM registry.topic ORDER BY id`),
    meetings: await sql(`SELECT * FROM registry.meeting ORDER BY id`),
    attendance: await sql(`SELECT * FROM registry.meeting_attendance ORDER BY meeting_id, municipality_ars`),
    reports: await sql(`SELECT * FROM registry.experience_report ORDER BY id`),
    auditEvents: (await sql(`SELECT count(*)::int AS n FROM registry.audit_event`))[0].n,
  };
}

const APPLY = `mutation($key: ID!) { recordApplication(input: { municipalityKey: $key, letterDate: "2025-01-10", signedBy: "Bürgermeisterin", receivedOn: "2025-01-15" }) { membership { id version } } }`;
const APPROVE = `mutation($id: ID!, $v: Int!) { approveApplication(membershipId: $id, expectedVersion: $v, startedOn: "2025-02-01") { status } }`;

async function makeMember(key: string) {
  const { membership } = (await ok(APPLY, { key })).recordApplication;
  expect((await ok(APPROVE, { id: membership.id, v: membership.version })).approveApplication.status).toBe('ACTIVE');
}

const MEETING_FIELDS = 'id heldOn title format version tags isDemo host { ars name } attendees { ars name } topics { id name }';
const CREATE_MEETING = `mutation($input: MeetingInput!) { createMeeting(input: $input) { ${MEETING_FIELDS} } }`;
const UPDATE_MEETING = `mutation($id: ID!, $v: Int!, $input: MeetingUpdateInput!) { updateMeeting(id: $id, expectedVersion: $v, input: $input) { ${MEETING_FIELDS} } }`;
const ATTENDANCE = `mutation($id: ID!, $v: Int!, $keys: [ID!]!) { setMeetingAttendance(meetingId: $id, expectedVersion: $v, municipalityKeys: $keys) { ${MEETING_FIELDS} } }`;
const REPORT_FIELDS = 'id title project status result contactFunction tags version municipality { ars name } topics { id }';
const CREATE_REPORT = `mutation($input: ExperienceReportInput!) { createExperienceReport(input: $input) { ${REPORT_FIELDS} } }`;
const UPDATE_REPORT = `mutation($id: ID!, $v: Int!, $input: ExperienceReportUpdateInput!) { updateExperienceReport(id: $id, expectedVersion: $v, input: $input) { ${REPORT_FIELDS} } }`;
const WHOM = `query($topic: String!, $for: ID, $first: Int) { whomToAsk(topic: $topic, forMunicipality: $for, first: $first) { score reasons report { id title municipality { ars } } } }`;

function report(municipalityKey: string, title: string, status: string, topicIds = ['dorf-app'], tags: string[] = []) {
  return { municipalityKey, title, project: `${title}: was wir gemacht haben.`, topicIds, tags, status };
}

beforeAll(async () => {
  hub = await startTestHub();
  for (const [label, role, network] of [
    ['admin', Role.MINISTRY_ADMIN, null],
    ['partner', Role.PARTNER, null],
    ['coordinator', Role.COORDINATOR, NetworkId.DIGITALE_DOERFER_RLP],
    ['ikoneCoordinator', Role.COORDINATOR, NetworkId.IKONE_DS],
  ] as const) {
    keys[label] = (await hub.apiKeys.create({ name: `test ${label}`, role, network, createdBy: 'test' })).secret;
  }
  for (const key of [VG_BRUCHMUEHLBACH, VG_HAUENSTEIN, VG_KIRCHHEIMBOLANDEN, OG_GOELLHEIM_AGS]) await makeMember(key);
});
afterAll(async () => {
  await hub?.close();
});

describe('topics', () => {
  test('a seeded vocabulary, searched forgivingly: case, umlauts and transliterations do not matter', async () => {
    const all = (await ok('{ topics { id name } }', {}, 'partner')).topics;
    expect(all.length).toBeGreaterThanOrEqual(15);
    expect(all.map((t: any) => t.id)).toEqual(expect.arrayContaining(['dorf-app', 'buergerbeteiligung-online', 'open-data']));
    const search = async (text: string) => (await hub.query('query($s: String) { topics(search: $s) { name } }', { s: text })).data.topics;
    for (const text of ['buergerbeteiligung', 'Bürgerbeteiligung', 'BURGERBETEILIGUNG', 'online buerger']) {
      expect(await search(text)).toEqual([{ name: 'Bürgerbeteiligung online' }]);
    }
    expect(await search('oeffentliches wlan')).toEqual([{ name: 'Öffentliches WLAN' }]);
    expect(await search('telemedizin')).toEqual([{ name: 'Digitale Gesundheit / Telemedizin' }]);
    expect(await search('kuenstliche intelligenz')).toEqual([{ name: 'Künstliche Intelligenz in der Verwaltung' }]);
    expect(await search('quantencomputer')).toEqual([]);
    expect((await hub.query('{ topics(search: "--") { id } }')).errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  });

  test('coordinators add topics; a topic of the same (folded) name is a CONFLICT; others are refused', async () => {
    const ADD = 'mutation($name: String!, $id: ID) { addTopic(name: $name, id: $id) { id name } }';
    expect((await ok(ADD, { name: 'Digitale Friedhofsverwaltung' })).addTopic).toEqual({
      id: 'digitale-friedhofsverwaltung',
      name: 'Digitale Friedhofsverwaltung',
    });
    expect((await refused(ADD, { name: 'digitale  friedhofsverwaltung' })).code).toBe('CONFLICT');
    expect((await refused(ADD, { name: 'Anderer Name', id: 'dorf-app' })).code).toBe('CONFLICT');
    expect((await refused(ADD, { name: 'Schlechter Slug', id: 'Nicht OK' })).code).toBe('BAD_USER_INPUT');
    expect((await refused(ADD, { name: 'Anonym' }, null)).code).toBe('UNAUTHENTICATED');
    expect((await refused(ADD, { name: 'Partner' }, 'partner')).code).toBe('FORBIDDEN');
    const audit = await ok('{ auditTrail(entity: "topic") { edges { node { action entityId } } } }', {}, 'admin');
    expect(audit.auditTrail.edges.map((e: any) => e.node)).toEqual([{ action: 'topic.add', entityId: 'digitale-friedhofsverwaltung' }]);
  });
});

describe('meetings and attendance', () => {
  let spring: any;
  let summer: any;

  test('a coordinator records meetings and who attended (ARS or AGS), with versions and audit events', async () => {
    spring = (
      await ok(CREATE_MEETING, {
        input: {
          heldOn: '2025-03-10',
          title: 'Netzwerktreffen Frühjahr',
          format: 'ONLINE',
          topicIds: ['dorf-app'],
          tags: ['DorfFunk', ' dorffunk '],
        },
      })
    ).createMeeting;
    expect(spring).toMatchObject({ version: 1, host: null, attendees: [], tags: ['DorfFunk'], isDemo: false });
    expect(spring.topics).toEqual([{ id: 'dorf-app', name: 'Dorf-App / DorfFunk' }]);
    summer = (
      await ok(CREATE_MEETING, {
        input: {
          heldOn: '2025-06-20',
          title: 'Sommertreffen',
          format: 'ON_SITE',
          hostKey: VG_GOELLHEIM,
          topicIds: ['smart-village', 'open-data'],
        },
      })
    ).createMeeting;
    expect(summer.host).toEqual({ ars: VG_GOELLHEIM, name: 'Göllheim' });

    const attended = (
      await ok(ATTENDANCE, { id: spring.id, v: 1, keys: [VG_GOELLHEIM, VG_BRUCHMUEHLBACH, OG_GOELLHEIM_AGS, OG_GOELLHEIM] })
    ).setMeetingAttendance;
    expect(attended.version).toBe(2);
    expect(attended.attendees.map((m: any) => m.ars)).toEqual([VG_BRUCHMUEHLBACH, VG_GOELLHEIM, OG_GOELLHEIM]);
    summer = (await ok(ATTENDANCE, { id: summer.id, v: 1, keys: [VG_GOELLHEIM, VG_HAUENSTEIN] })).setMeetingAttendance;

    const changed = (
      await ok(UPDATE_MEETING, { id: spring.id, v: 2, input: { title: 'Netzwerktreffen Frühjahr 2025', hostKey: VG_BRUCHMUEHLBACH } })
    ).updateMeeting;
    expect(changed).toMatchObject({
      version: 3,
      title: 'Netzwerktreffen Frühjahr 2025',
      host: { ars: VG_BRUCHMUEHLBACH },
      format: 'ONLINE',
    });
    expect(changed.attendees).toHaveLength(3);
    spring = changed;

    const audit = await ok(
      'query($id: ID!) { auditTrail(entity: "meeting", entityId: $id) { edges { node { action before after } } } }',
      { id: spring.id },
      'admin',
    );
    const events = audit.auditTrail.edges.map((e: any) => e.node);
    expect(events.map((e: any) => e.action)).toEqual(['meeting.update', 'meeting.attendance', 'meeting.create']);
    expect(events[1].after.attendees).toEqual([VG_BRUCHMUEHLBACH, OG_GOELLHEIM, VG_GOELLHEIM].sort());
    expect(events[0].before.title).toBe('Netzwerktreffen Frühjahr');
  });

  test('one meeting or report by its id: null for an unknown id, BAD_USER_INPUT for a malformed one', async () => {
    const one = await hub.query(`query($id: ID!) { meeting(id: $id) { id title version } }`, { id: spring.id });
    expect(one.data.meeting).toEqual({ id: spring.id, title: spring.title, version: spring.version });
    const unknown = await hub.query(
      `{ meeting(id: "00000000-0000-4000-8000-000000000000") { id } experienceReport(id: "00000000-0000-4000-8000-000000000000") { id } }`,
    );
    expect(unknown).toMatchObject({ data: { meeting: null, experienceReport: null } });
    expect(unknown.errors).toBeUndefined();
    const malformed = await hub.query(`{ experienceReport(id: "42") { id } }`);
    expect(malformed.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'id' });
  });

  test('attendance history per municipality, newest first; meetings by period, newest first', async () => {
    const history = await ok(
      `{ vg: municipality(key: "${VG_GOELLHEIM}") { meetingsAttended { title } }
         og: municipality(key: "${OG_GOELLHEIM_AGS}") { meetingsAttended { title } }
         other: municipality(key: "${VG_WEILERBACH}") { meetingsAttended { title } } }`,
    );
    expect(history.vg.meetingsAttended.map((m: any) => m.title)).toEqual(['Sommertreffen', 'Netzwerktreffen Frühjahr 2025']);
    expect(history.og.meetingsAttended.map((m: any) => m.title)).toEqual(['Netzwerktreffen Frühjahr 2025']);
    expect(history.other.meetingsAttended).toEqual([]);

    // From 2025 on: the meetings public sources report (data/public-meetings.ts) are older.
    const all = (await ok('{ meetings(from: "2025-01-01") { totalCount edges { node { title } } } }', {}, 'partner')).meetings;
    expect(all.totalCount).toBe(2);
    expect(all.edges.map((e: any) => e.node.title)).toEqual(['Sommertreffen', 'Netzwerktreffen Frühjahr 2025']);
    const late = (await hub.query('{ meetings(from: "2025-04-01", to: "2025-12-31") { totalCount edges { node { title } } } }')).data
      .meetings;
    expect(late).toEqual({ totalCount: 1, edges: [{ node: { title: 'Sommertreffen' } }] });
    const first = (await hub.query('{ meetings(first: 1) { pageInfo { hasNextPage endCursor } edges { node { title } } } }')).data.meetings;
    expect(first.pageInfo.hasNextPage).toBe(true);
    const next = (
      await hub.query('query($a: String) { meetings(first: 1, after: $a) { edges { node { title } } } }', { a: first.pageInfo.endCursor })
    ).data.meetings;
    expect(next.edges[0].node.title).toBe('Netzwerktreffen Frühjahr 2025');
    expect((await refused('{ meetings(from: "2025-05-01", to: "2025-01-01") { totalCount } }')).code).toBe('BAD_USER_INPUT');
  });

  test('refusals change nothing: anonymous, partner, other network, non-member, unknown topic or key, stale version', async () => {
    const before = await knowledgeState();
    const input = { heldOn: '2025-09-01', title: 'Herbsttreffen', format: 'HYBRID' };
    expect((await refused(CREATE_MEETING, { input }, null)).code).toBe('UNAUTHENTICATED');
    expect((await refused(CREATE_MEETING, { input }, 'partner')).code).toBe('FORBIDDEN');
    expect((await refused(CREATE_MEETING, { input }, 'ikoneCoordinator')).code).toBe('FORBIDDEN');
    expect((await refused(ATTENDANCE, { id: spring.id, v: 3, keys: [VG_GOELLHEIM] }, 'partner')).code).toBe('FORBIDDEN');

    const unknownTopic = await refused(CREATE_MEETING, { input: { ...input, topicIds: ['dorf-app', 'quantencomputer'] } });
    expect(unknownTopic).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(unknownTopic.message).toContain('quantencomputer');
    expect((await refused(CREATE_MEETING, { input: { ...input, heldOn: '2019-05-01' } })).code).toBe('BAD_USER_INPUT');
    expect((await refused(CREATE_MEETING, { input: { ...input, title: 'x' } })).code).toBe('BAD_USER_INPUT');
    expect((await refused(CREATE_MEETING, { input: { ...input, hostKey: '079999999999' } })).code).toBe('NOT_FOUND');
    expect((await refused(CREATE_MEETING, { input: { ...input, hostKey: 'Göllheim' } })).code).toBe('BAD_USER_INPUT');

    const outsider = await refused(ATTENDANCE, { id: spring.id, v: 3, keys: [VG_GOELLHEIM, VG_WEILERBACH] });
    expect(outsider.code).toBe('BAD_USER_INPUT');
    expect(outsider.message).toContain('Weilerbach');
    // Through the gateway, so that a form can mark the refused one.
    expect(outsider.extensions.municipalityArs).toEqual([VG_WEILERBACH]);
    expect((await refused(ATTENDANCE, { id: spring.id, v: 3, keys: ['079999999999'] })).code).toBe('NOT_FOUND');
    expect((await refused(ATTENDANCE, { id: '00000000-0000-0000-0000-000000000000', v: 1, keys: [] })).code).toBe('NOT_FOUND');
    expect((await refused(ATTENDANCE, { id: 'not-a-uuid', v: 1, keys: [] })).code).toBe('BAD_USER_INPUT');

    const stale = await refused(ATTENDANCE, { id: spring.id, v: 2, keys: [VG_GOELLHEIM] });
    expect(stale.code).toBe('CONFLICT');
    expect((await refused(UPDATE_MEETING, { id: spring.id, v: 1, input: { title: 'Zu spät' } })).code).toBe('CONFLICT');
    expect((await refused(UPDATE_MEETING, { id: spring.id, v: 3, input: {} })).code).toBe('BAD_USER_INPUT');
    expect((await refused(UPDATE_MEETING, { id: spring.id, v: 3, input: { title: null } })).code).toBe('BAD_USER_INPUT');
    expect(await knowledgeState()).toEqual(before);
  });
});

test('a member of unknown status may attend: Eisenberg (Pfalz), whose transfer-point role ended with 2023', async () => {
  const EISENBERG = '073335002000';
  const { meetings } = await ok('{ meetings(from: "2025-06-20", to: "2025-06-20") { edges { node { id version } } } }');
  const [summer] = meetings.edges.map((e: any) => e.node);
  const attended = (await ok(ATTENDANCE, { id: summer.id, v: summer.version, keys: [VG_GOELLHEIM, VG_HAUENSTEIN, EISENBERG] }))
    .setMeetingAttendance;
  expect(attended.attendees.map((m: any) => m.ars)).toContain(EISENBERG);
});

describe('experience reports and whom to ask', () => {
  const ids: Record<string, string> = {};

  test('a coordinator records reports of members; only functions, never people, as whom to ask', async () => {
    const goellheim = (
      await ok(CREATE_REPORT, {
        input: { ...report(VG_GOELLHEIM, 'Dorf-App Göllheim', 'PLANNED'), contactFunction: 'Digitalisierungsbeauftragte der VG' },
      })
    ).createExperienceReport;
    expect(goellheim).toMatchObject({
      version: 1,
      contactFunction: 'Digitalisierungsbeauftragte der VG',
      municipality: { name: 'Göllheim' },
    });
    ids.goellheim = goellheim.id;
    ids.bruchmuehlbach = (
      await ok(CREATE_REPORT, { input: report(VG_BRUCHMUEHLBACH, 'Dorf-App Bruchmühlbach', 'COMPLETED') })
    ).createExperienceReport.id;
    ids.kirchheimbolanden = (
      await ok(CREATE_REPORT, { input: report(VG_KIRCHHEIMBOLANDEN, 'Dorf-App Kibo', 'COMPLETED') })
    ).createExperienceReport.id;
    ids.hauenstein = (
      await ok(CREATE_REPORT, { input: report(VG_HAUENSTEIN, 'Dorf-App Hauenstein', 'IN_PROGRESS') })
    ).createExperienceReport.id;
    ids.ortsgemeinde = (
      await ok(CREATE_REPORT, { input: report(OG_GOELLHEIM_AGS, 'DorfFunk im Ort', 'COMPLETED') })
    ).createExperienceReport.id;
    ids.sensors = (
      await ok(CREATE_REPORT, {
        input: report(VG_KIRCHHEIMBOLANDEN, 'Pegelsensoren', 'IN_PROGRESS', ['smart-village'], ['LoRaWAN', 'Hochwasser']),
      })
    ).createExperienceReport.id;

    const updated = (await ok(UPDATE_REPORT, { id: ids.hauenstein, v: 1, input: { result: 'Läuft gut an.', tags: ['Vereine'] } }))
      .updateExperienceReport;
    expect(updated).toMatchObject({ version: 2, result: 'Läuft gut an.', tags: ['Vereine'], status: 'IN_PROGRESS' });
    const cleared = (await ok(UPDATE_REPORT, { id: ids.hauenstein, v: 2, input: { result: null } })).updateExperienceReport;
    expect(cleared).toMatchObject({ version: 3, result: null });

    const list = await ok(
      `query($topic: ID, $m: ID) { experienceReports(topicId: $topic, municipalityKey: $m) { totalCount edges { node { title topics { id } } } } }`,
      { topic: 'smart-village' },
      'partner',
    );
    expect(list.experienceReports.edges.map((e: any) => e.node.title)).toEqual(['Pegelsensoren']);
    const byMunicipality = await ok(`query($m: ID) { experienceReports(municipalityKey: $m) { edges { node { title } } } }`, {
      m: VG_KIRCHHEIMBOLANDEN,
    });
    expect(byMunicipality.experienceReports.edges.map((e: any) => e.node.title)).toEqual(['Pegelsensoren', 'Dorf-App Kibo']);
    expect((await ok('{ experienceReports { totalCount } }')).experienceReports.totalCount).toBe(6);
  });

  test('refusals change nothing: non-member, unknown topic, personal data, stale version, no credentials', async () => {
    const before = await knowledgeState();
    const outsider = await refused(CREATE_REPORT, { input: report(VG_WEILERBACH, 'Nicht Mitglied', 'PLANNED') });
    expect(outsider.code).toBe('BAD_USER_INPUT');
    expect(outsider.message).toContain('Weilerbach');
    const unknownTopic = await refused(CREATE_REPORT, { input: report(VG_GOELLHEIM, 'Unbekannt', 'PLANNED', ['quantencomputer']) });
    expect(unknownTopic.code).toBe('BAD_USER_INPUT');
    expect((await refused(CREATE_REPORT, { input: report(VG_GOELLHEIM, 'Ohne Thema', 'PLANNED', []) })).code).toBe('BAD_USER_INPUT');
    for (const contactFunction of ['erika@vg-goellheim.example', 'Frau Mustermann', 'Bauamt, Tel. 06351 12345', 'Hr. Müller (Bauamt)']) {
      const personal = await refused(CREATE_REPORT, { input: { ...report(VG_GOELLHEIM, 'Personenbezug', 'PLANNED'), contactFunction } });
      expect(personal.code).toBe('BAD_USER_INPUT');
    }
    const withEmail = { ...report(VG_GOELLHEIM, 'Mail im Text', 'PLANNED'), project: 'Fragen an max@example.org' };
    expect((await refused(CREATE_REPORT, { input: withEmail })).code).toBe('BAD_USER_INPUT');
    expect((await refused(CREATE_REPORT, { input: report('079999999999', 'Unbekannt', 'PLANNED') })).code).toBe('NOT_FOUND');
    expect((await refused(CREATE_REPORT, { input: report(VG_GOELLHEIM, 'Anonym', 'PLANNED') }, null)).code).toBe('UNAUTHENTICATED');
    expect((await refused(CREATE_REPORT, { input: report(VG_GOELLHEIM, 'Partner', 'PLANNED') }, 'partner')).code).toBe('FORBIDDEN');
    expect((await refused(UPDATE_REPORT, { id: ids.hauenstein, v: 1, input: { status: 'COMPLETED' } })).code).toBe('CONFLICT');
    expect((await refused(UPDATE_REPORT, { id: ids.hauenstein, v: 3, input: { topicIds: ['nope'] } })).code).toBe('BAD_USER_INPUT');
    expect((await refused(UPDATE_REPORT, { id: '00000000-0000-0000-0000-000000000000', v: 1, input: { status: 'COMPLETED' } })).code).toBe(
      'NOT_FOUND',
    );
    expect((await refused('{ experienceReports(topicId: "nope") { totalCount } }')).code).toBe('NOT_FOUND');
    expect(await knowledgeState()).toEqual(before);
  });

  test('whomToAsk: transfer points first, then municipalities like the asking one, then completed projects, newest first', async () => {
    const ranked = (await ok(WHOM, { topic: 'DORF APP', for: VG_WEILERBACH })).whomToAsk;
    expect(ranked.map((m: any) => m.report.id)).toEqual([
      ids.goellheim,
      ids.bruchmuehlbach,
      ids.hauenstein,
      ids.kirchheimbolanden,
      ids.ortsgemeinde,
    ]);
    expect(ranked.map((m: any) => m.score)).toEqual([116, 58, 53, 38, 6]);
    expect(ranked[0].reasons).toEqual([
      'Thema „Dorf-App / DorfFunk“',
      'Transferstelle des Netzwerks',
      'gleicher Gemeindetyp (Verbandsgemeinde)',
      'gleiche Größenklasse (Verbandsgemeinde mit weniger als 15.000 Einwohnern)',
      'in der Nähe (gleicher ehemaliger Regierungsbezirk Rheinhessen-Pfalz)',
    ]);
    expect(ranked[1].reasons).toEqual(
      expect.arrayContaining(['gleicher Landkreis', 'Projekt abgeschlossen', 'gleicher Gemeindetyp (Verbandsgemeinde)']),
    );
    expect(ranked[1].reasons).not.toContain('Transferstelle des Netzwerks');

    // Without an asking municipality: the transfer point, then completed projects (newest first), then running ones.
    const plain = (await ok(WHOM, { topic: 'dorffunk' })).whomToAsk;
    expect(plain.map((m: any) => m.report.id)).toEqual([
      ids.goellheim,
      ids.ortsgemeinde,
      ids.kirchheimbolanden,
      ids.bruchmuehlbach,
      ids.hauenstein,
    ]);
    expect((await ok(WHOM, { topic: 'dorf-app', first: 2 })).whomToAsk).toHaveLength(2);

    // The asking municipality's own reports are left out; an Ortsgemeinde asks by AGS.
    const own = (await ok(WHOM, { topic: 'Dorf-App', for: OG_GOELLHEIM_AGS })).whomToAsk;
    expect(own.map((m: any) => m.report.id)).not.toContain(ids.ortsgemeinde);
    expect(own[0].report.id).toBe(ids.goellheim);
    expect(own[1].reasons).toContain('gleicher Landkreis');

    // Free tags are searched too, forgivingly.
    const tagged = (await hub.query(WHOM, { topic: 'lorawan' })).data.whomToAsk;
    expect(tagged).toEqual([
      {
        score: 1,
        reasons: ['Schlagwort „LoRaWAN“', 'Projekt in Umsetzung'],
        report: { id: ids.sensors, title: 'Pegelsensoren', municipality: { ars: VG_KIRCHHEIMBOLANDEN } },
      },
    ]);
    expect((await ok(WHOM, { topic: 'quantencomputer' })).whomToAsk).toEqual([]);
    expect((await refused(WHOM, { topic: '  ' })).code).toBe('BAD_USER_INPUT');
    expect((await refused(WHOM, { topic: 'dorf', first: 51 })).code).toBe('BAD_USER_INPUT');
    expect((await refused(WHOM, { topic: 'dorf', for: '079999999999' })).code).toBe('NOT_FOUND');
  });

  test('whom to ask in person: the member’s contact person, through its membership, for partners only', async () => {
    const GOELLHEIM_MEMBERSHIP = '5f1c0a52-0d6e-4b8e-9a51-000000000002';
    const contact = { name: 'Erika Test', function: 'Digitalisierungsbeauftragte', email: 'erika.test@vg-goellheim.example' };
    await ok(
      `mutation($id: ID!, $c: ContactPersonInput!) { setContactPerson(membershipId: $id, contact: $c, expectedVersion: 0) { id } }`,
      {
        id: GOELLHEIM_MEMBERSHIP,
        c: contact,
      },
    );
    const query = `{ whomToAsk(topic: "dorf app", first: 1) { report { contactFunction municipality { digitaleDoerfer { contactPerson { function email } } } } } }`;
    const anonymous = await hub.query(query);
    expect(anonymous.data.whomToAsk[0].report.municipality.digitaleDoerfer.contactPerson).toEqual({ function: null, email: null });
    expect(anonymous.errors![0].extensions!.code).toBe('FORBIDDEN');
    const partner = await ok(query, {}, 'partner');
    expect(partner.whomToAsk[0].report).toEqual({
      contactFunction: 'Digitalisierungsbeauftragte der VG',
      municipality: { digitaleDoerfer: { contactPerson: { function: contact.function, email: contact.email } } },
    });
  });
});

describe('batching', () => {
  function total(): number {
    return Object.values(sqlStatementCount).reduce((a, b) => a + b, 0);
  }

  const PAGE = `query($first: Int!) { meetings(first: $first) { edges { node {
    title host { name digitaleDoerfer { status } } topics { name }
    attendees { name meetingsAttended { title } }
  } } } }`;

  async function statementsFor(first: number): Promise<number> {
    const before = total();
    const { data, errors } = await hub.query(PAGE, { first });
    expect(errors).toBeUndefined();
    expect(data.meetings.edges).toHaveLength(first);
    return total() - before;
  }

  test('a page of 10 meetings with host, topics and attendees costs the same SQL statements as a page of 2', async () => {
    const members = [VG_GOELLHEIM, VG_BRUCHMUEHLBACH, VG_HAUENSTEIN, VG_KIRCHHEIMBOLANDEN, OG_GOELLHEIM];
    for (let i = 0; i < 10; i++) {
      const created = (
        await ok(CREATE_MEETING, {
          input: {
            heldOn: `2025-10-${String(i + 1).padStart(2, '0')}`,
            title: `Treffen ${i + 1}`,
            format: 'ON_SITE',
            hostKey: members[i % members.length],
            topicIds: [['dorf-app', 'open-data', 'coworking'][i % 3]],
          },
        })
      ).createMeeting;
      await ok(ATTENDANCE, { id: created.id, v: 1, keys: members.filter((_, j) => j !== i % members.length) });
    }
    await statementsFor(1); // warm-up
    const two = await statementsFor(2);
    const ten = await statementsFor(10);
    expect(two).toBeGreaterThan(0);
    expect(ten).toBe(two);
    expect(ten).toBeLessThan(12);
  });

  test('whomToAsk and the report list with municipalities and topics do not grow with the number of results', async () => {
    const LIST = `query($first: Int!) { experienceReports(first: $first) { edges { node { title municipality { name digitaleDoerfer { role } } topics { name } } } } }`;
    const count = async (query: string, variables: Record<string, unknown>) => {
      const before = total();
      expect((await hub.query(query, variables)).errors).toBeUndefined();
      return total() - before;
    };
    await count(LIST, { first: 1 });
    expect(await count(LIST, { first: 6 })).toBe(await count(LIST, { first: 2 }));
    const WHOM_FULL = `query($first: Int!) { whomToAsk(topic: "dorf app", forMunicipality: "${VG_WEILERBACH}", first: $first) { score report { title municipality { name } topics { name } } } }`;
    expect(await count(WHOM_FULL, { first: 5 })).toBe(await count(WHOM_FULL, { first: 2 }));
  });
});

test('the size bands in SQL agree with sizeBandOf (and so with sizeClassOf) for every unit of the directory', async () => {
  const rows = await sql(`SELECT m.ars, m.type, m.population, ${sizeBandSql('m')} AS band FROM registry.municipality m`);
  expect(rows).toHaveLength(2453);
  const disagreeing = rows.filter((r) => sizeBandOf(r.type, r.population) !== r.band);
  expect(disagreeing).toEqual([]);
  expect(new Set(rows.map((r) => r.band))).toEqual(
    new Set([
      'GROSSSTADT',
      'MITTELSTADT',
      'KLEINSTADT',
      'LANDGEMEINDE',
      'VG_KLEIN',
      'VG_MITTEL',
      'VG_GROSS',
      'LK_KLEIN',
      'LK_MITTEL',
      'LK_GROSS',
    ]),
  );
});

test('demo knowledge: 3 meetings and 4 reports among the given members, all marked; removed again without touching real records', async () => {
  const real = await knowledgeState();
  const members = [VG_BRUCHMUEHLBACH, VG_HAUENSTEIN, OG_GOELLHEIM];
  await hub.registry.dataSource.transaction((manager) => seedDemoKnowledge(manager, members));
  await hub.registry.dataSource.transaction((manager) => seedDemoKnowledge(manager, members)); // replaces, no duplicates
  const meetings = await sql(`SELECT id, title, host_ars FROM registry.meeting WHERE is_demo`);
  const reports = await sql(`SELECT title, municipality_ars, tags, tag_keys FROM registry.experience_report WHERE is_demo`);
  expect(meetings).toHaveLength(3);
  expect(reports).toHaveLength(4);
  expect([...meetings, ...reports].every((r) => r.title.startsWith('[DEMO] '))).toBe(true);
  const attendance = await sql(`SELECT municipality_ars FROM registry.meeting_attendance WHERE meeting_id = ANY($1)`, [
    meetings.map((m) => m.id),
  ]);
  expect(attendance.length).toBeGreaterThan(0);
  expect(attendance.every((a) => members.includes(a.municipality_ars))).toBe(true);
  expect(reports.every((r) => members.includes(r.municipality_ars))).toBe(true);
  // Demo reports are found like real ones.
  const found = (await ok(WHOM, { topic: 'hochwasser' })).whomToAsk.map((m: any) => m.report.title);
  expect(found).toContain('[DEMO] Pegelsensoren am Dorfbach');

  await hub.registry.dataSource.transaction((manager) => removeDemoKnowledge(manager));
  expect(await knowledgeState()).toEqual(real);
});
