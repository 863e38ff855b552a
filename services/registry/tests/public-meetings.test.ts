// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// The meetings and events public sources report (data/public-meetings.ts): the shipped data keeps
// the rules the API keeps, loads once (again: no change), a coordinator's change survives a reload,
// the fields come out through the gateway, IKONE-DS meetings carry no attendance, and the demo
// clean-up leaves them.
import { Role } from '../../../common/auth/roles';
import { DatePrecision, NetworkId } from '../../../common/domain';
import { normalizeTags, requireNoEmail } from '../../../common/validation';
import { startTestHub, TestHub, hubSql } from '../../../testing/hub';
import { PUBLIC_MEETINGS } from '../data/public-meetings';
import { INITIAL_TOPICS } from '../migrations/1764000000005-KnowledgeExchange';
import { removeDemoKnowledge, seedDemoKnowledge } from '../modules/knowledge/demo-knowledge';
import { upsertPublicMeetings } from '../modules/knowledge/public-meetings';
import { normalizeSources } from '../../../common/validation';
import { requireMeetingDate } from '../modules/knowledge/rules';

const VG_GOELLHEIM = '073335003000'; // transfer point: an ACTIVE member from the known memberships
const VG_BETZDORF = '071325009000'; // transfer point
const DD_IDS = PUBLIC_MEETINGS.filter((m) => m.network === NetworkId.DIGITALE_DOERFER_RLP).map((m) => m.id);
const IKONE_IDS = PUBLIC_MEETINGS.filter((m) => m.network === NetworkId.IKONE_DS).map((m) => m.id);
const FORUM_2023 = PUBLIC_MEETINGS.find((m) => m.title === 'Netzwerkforum in Göllheim')!;
const DIGITALTAG = PUBLIC_MEETINGS.find((m) => m.heldOn === '2021-06-18')!;
const FACHTAGUNG = PUBLIC_MEETINGS.find((m) => m.heldOn === '2023-07-27')!;

let hub: TestHub;
const keys: Record<string, string> = {};
const asKey = (label: string) => ({ 'x-api-key': keys[label], 'cache-control': 'no-cache' });

const sql = <T = any>(text: string, values: unknown[] = []) => hubSql<T>(hub, text, values);

/** The meeting table, attendance and audit trail as they stand. */
async function state() {
  return {
    meetings: await sql(`SELECT * FROM registry.meeting ORDER BY id`),
    attendance: await sql(`SELECT * FROM registry.meeting_attendance ORDER BY meeting_id, municipality_ars`),
    auditEvents: (await sql(`SELECT count(*)::int AS n FROM registry.audit_event`))[0].n,
  };
}

/** The loader as the directory import calls it (a query function), here on the registry's own connection. */
const load = () => upsertPublicMeetings((text, params) => hub.registry.dataSource.query(text, params));

async function ok(query: string, variables: Record<string, unknown> = {}, as = 'coordinator') {
  const { data, errors } = await hub.query(query, variables, asKey(as));
  expect(errors).toBeUndefined();
  return data;
}

async function refused(query: string, variables: Record<string, unknown> = {}, as = 'coordinator') {
  const { errors } = await hub.query(query, variables, asKey(as));
  expect(errors).toBeDefined();
  return { code: errors![0].extensions!.code as string, message: errors![0].message };
}

const FIELDS = `id network heldOn heldOnPrecision title format place note sources tags topics { id } host { ars } attendees { ars } isDemo version`;
const UPDATE = `mutation($id: ID!, $v: Int!, $input: MeetingUpdateInput!) { updateMeeting(id: $id, expectedVersion: $v, input: $input) { ${FIELDS} } }`;
const CREATE = `mutation($input: MeetingInput!) { createMeeting(input: $input) { ${FIELDS} } }`;
const ATTENDANCE = `mutation($id: ID!, $v: Int!, $keys: [ID!]!) { setMeetingAttendance(meetingId: $id, expectedVersion: $v, municipalityKeys: $keys) { id } }`;

beforeAll(async () => {
  hub = await startTestHub({ env: { RATE_LIMIT_MAX: '100000' } });
  for (const [label, role, network] of [
    ['admin', Role.MINISTRY_ADMIN, null],
    ['coordinator', Role.COORDINATOR, NetworkId.DIGITALE_DOERFER_RLP],
    ['ikoneCoordinator', Role.COORDINATOR, NetworkId.IKONE_DS],
  ] as const) {
    keys[label] = (await hub.apiKeys.create({ name: `test ${label}`, role, network, createdBy: 'test' })).secret;
  }
});
afterAll(async () => {
  await hub?.close();
});

describe('the shipped data', () => {
  test('the meetings of networks.md section 3.5: 7 of Digitale Dörfer RLP, 6 of IKONE-DS, with fixed, distinct ids', () => {
    expect(DD_IDS).toHaveLength(7);
    expect(IKONE_IDS).toHaveLength(6);
    const ids = PUBLIC_MEETINGS.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(FORUM_2023).toMatchObject({ heldOn: '2023-01-01', heldOnPrecision: DatePrecision.YEAR, place: 'Göllheim' });
  });

  test('every meeting keeps the rules a coordinator’s input must keep, and names at least one public source', () => {
    const topicIds = new Set(INITIAL_TOPICS.map((t) => t.id));
    for (const m of PUBLIC_MEETINGS) {
      expect(Number.isNaN(Date.parse(`${m.heldOn}T00:00:00Z`))).toBe(false);
      expect(new Date(`${m.heldOn}T00:00:00Z`).toISOString().slice(0, 10)).toBe(m.heldOn); // a real calendar day
      expect(() => requireMeetingDate(m.heldOn, m.heldOnPrecision, m.network, m.title)).not.toThrow();
      expect(m.title.length).toBeGreaterThanOrEqual(3);
      expect(m.title.length).toBeLessThanOrEqual(200);
      expect(m.title).toBe(m.title.trim());
      expect(normalizeTags(m.tags, 'tags').tags).toEqual(m.tags);
      for (const id of m.topicIds) expect(topicIds).toContain(id);
      expect(m.sources.length).toBeGreaterThan(0);
      expect(normalizeSources(m.sources, 'sources')).toEqual(m.sources);
      for (const url of m.sources) expect(url).toMatch(/^https:\/\//);
      if (m.note !== null) {
        expect(requireNoEmail(m.note, 'note')).toBe(m.note);
        expect(m.note.length).toBeLessThanOrEqual(2000);
      }
      if (m.place !== null) expect(m.place.length).toBeGreaterThanOrEqual(2);
      expect([null, 'ONLINE', 'ON_SITE', 'HYBRID']).toContain(m.format);
    }
  });
});

describe('loading', () => {
  test('loads every meeting as shipped, not as demo data and without attendance; loading again changes nothing', async () => {
    await load();
    const rows = await sql(
      `SELECT id, network, to_char(held_on, 'YYYY-MM-DD') AS "heldOn", held_on_precision AS "heldOnPrecision", title, format, place,
              topic_ids AS "topicIds", tags, note, sources, host_ars, is_demo, version
         FROM registry.meeting WHERE id = ANY($1) ORDER BY id`,
      [PUBLIC_MEETINGS.map((m) => m.id)],
    );
    expect(rows.map(({ host_ars: _h, is_demo: _d, version: _v, ...m }) => m)).toEqual(
      [...PUBLIC_MEETINGS].sort((a, b) => a.id.localeCompare(b.id)).map((m) => ({ ...m })),
    );
    expect(rows.every((r) => r.host_ars === null && r.is_demo === false && r.version === 1)).toBe(true);
    expect(await sql(`SELECT * FROM registry.meeting_attendance WHERE meeting_id = ANY($1)`, [PUBLIC_MEETINGS.map((m) => m.id)])).toEqual(
      [],
    );

    const before = await state();
    await load();
    await load();
    expect(await state()).toEqual(before);
  });

  test('a coordinator’s change of a shipped meeting survives a reload', async () => {
    const [{ version }] = await sql(`SELECT version FROM registry.meeting WHERE id = $1`, [DIGITALTAG.id]);
    const changed = (
      await ok(UPDATE, {
        id: DIGITALTAG.id,
        v: version,
        input: { format: 'ONLINE', place: 'Videokonferenz', note: 'Von der Koordination ergänzt.', tags: ['Digitaltag'] },
      })
    ).updateMeeting;
    expect(changed).toMatchObject({
      format: 'ONLINE',
      place: 'Videokonferenz',
      note: 'Von der Koordination ergänzt.',
      version: version + 1,
    });
    const after = await state();
    await load();
    expect(await state()).toEqual(after);
  });

  test('the demo knowledge comes and goes without touching the shipped meetings', async () => {
    const before = await state();
    await hub.registry.dataSource.transaction((manager) => seedDemoKnowledge(manager, [VG_GOELLHEIM, VG_BETZDORF]));
    const seeded = await sql(`SELECT id, network, held_on_precision, is_demo FROM registry.meeting WHERE is_demo`);
    expect(seeded).toHaveLength(3);
    expect(seeded.every((m) => m.network === 'DIGITALE_DOERFER_RLP' && m.held_on_precision === 'DAY')).toBe(true);
    await hub.registry.dataSource.transaction((manager) => removeDemoKnowledge(manager));
    expect(await state()).toEqual(before);
    expect((await sql(`SELECT count(*)::int AS n FROM registry.meeting WHERE id = ANY($1)`, [PUBLIC_MEETINGS.map((m) => m.id)]))[0].n).toBe(
      PUBLIC_MEETINGS.length,
    );
  });
});

describe('through the gateway', () => {
  test('the fields of a sourced meeting, and meetings by network', async () => {
    const ikone = (await ok(`{ meetings(network: IKONE_DS, first: 50) { totalCount edges { node { ${FIELDS} } } } }`, {}, 'admin'))
      .meetings;
    expect(ikone.totalCount).toBe(IKONE_IDS.length);
    const fachtagung = ikone.edges.map((e: any) => e.node).find((n: any) => n.id === FACHTAGUNG.id);
    expect(fachtagung).toEqual({
      id: FACHTAGUNG.id,
      network: 'IKONE_DS',
      heldOn: '2023-07-27',
      heldOnPrecision: 'DAY',
      title: FACHTAGUNG.title,
      format: 'ON_SITE',
      place: FACHTAGUNG.place,
      note: FACHTAGUNG.note,
      sources: FACHTAGUNG.sources,
      tags: FACHTAGUNG.tags,
      topics: FACHTAGUNG.topicIds.map((id) => ({ id })),
      host: null,
      attendees: [],
      isDemo: false,
      version: 1,
    });
    // Newest first.
    expect(ikone.edges.map((e: any) => e.node.heldOn)).toEqual(
      PUBLIC_MEETINGS.filter((m) => m.network === NetworkId.IKONE_DS)
        .map((m) => m.heldOn)
        .sort()
        .reverse(),
    );

    const dd = (await hub.query(`{ meetings(network: DIGITALE_DOERFER_RLP, first: 50) { edges { node { id network } } } }`)).data.meetings;
    expect(dd.edges.map((e: any) => e.node.id)).toEqual(expect.arrayContaining(DD_IDS));
    expect(dd.edges.every((e: any) => e.node.network === 'DIGITALE_DOERFER_RLP')).toBe(true);
  });

  test('a period includes a meeting known only to its year when the year reaches into it', async () => {
    const period = (
      await hub.query(
        `{ meetings(network: DIGITALE_DOERFER_RLP, from: "2023-06-01", to: "2023-12-31") { edges { node { title heldOn heldOnPrecision } } } }`,
      )
    ).data.meetings;
    expect(period.edges.map((e: any) => e.node)).toEqual([
      { title: 'Jahresabschlussveranstaltung 2023', heldOn: '2023-12-12', heldOnPrecision: 'DAY' },
      { title: 'Netzwerkforum in Göllheim', heldOn: '2023-01-01', heldOnPrecision: 'YEAR' },
    ]);
    const before = (await hub.query(`{ meetings(network: DIGITALE_DOERFER_RLP, to: "2022-12-31") { totalCount } }`)).data.meetings;
    expect(before.totalCount).toBe(4);
  });
});

describe('rules by network', () => {
  test('IKONE-DS meetings: no attendance is kept (even for admins); only ministry admins change them', async () => {
    const before = await state();
    const [{ version }] = await sql(`SELECT version FROM registry.meeting WHERE id = $1`, [FACHTAGUNG.id]);
    for (const as of ['admin', 'coordinator']) {
      const noAttendance = await refused(ATTENDANCE, { id: FACHTAGUNG.id, v: version, keys: [] }, as);
      expect(noAttendance.code).toBe('BAD_USER_INPUT');
      expect(noAttendance.message).toContain('IKONE-DS');
    }
    expect((await refused(UPDATE, { id: FACHTAGUNG.id, v: version, input: { title: 'Umbenannt' } }, 'coordinator')).code).toBe('FORBIDDEN');
    expect((await refused(UPDATE, { id: FACHTAGUNG.id, v: version, input: { title: 'Umbenannt' } }, 'ikoneCoordinator')).code).toBe(
      'FORBIDDEN',
    );
    expect(await state()).toEqual(before);

    const changed = (
      await ok(UPDATE, { id: FACHTAGUNG.id, v: version, input: { heldOn: '2023-07-01', heldOnPrecision: 'MONTH' } }, 'admin')
    ).updateMeeting;
    expect(changed).toMatchObject({ heldOn: '2023-07-01', heldOnPrecision: 'MONTH', network: 'IKONE_DS', version: version + 1 });
  });

  test('Digitale Dörfer meetings: attendance of members as before; dates to the month or year; sources are URLs', async () => {
    const [{ version }] = await sql(`SELECT version FROM registry.meeting WHERE id = $1`, [FORUM_2023.id]);
    await ok(ATTENDANCE, { id: FORUM_2023.id, v: version, keys: [VG_GOELLHEIM] });
    // Not a member: refused by the membership rule, as for any Digitale Dörfer meeting.
    expect((await refused(ATTENDANCE, { id: FORUM_2023.id, v: version + 1, keys: ['073355009000'] })).code).toBe('BAD_USER_INPUT');

    const input = { heldOn: '2024-05-01', heldOnPrecision: 'MONTH', title: 'Austauschtreffen Mai', format: 'ONLINE' };
    const created = (await ok(CREATE, { input: { ...input, sources: ['https://digitaledoerfer-vernetzt.de/'] } })).createMeeting;
    expect(created).toMatchObject({
      network: 'DIGITALE_DOERFER_RLP',
      heldOn: '2024-05-01',
      heldOnPrecision: 'MONTH',
      place: null,
      note: null,
    });
    expect((await ok(CREATE, { input: { ...input, heldOn: '2020-01-01', heldOnPrecision: 'YEAR' } })).createMeeting.heldOn).toBe(
      '2020-01-01',
    );

    const before = await state();
    expect((await refused(CREATE, { input: { ...input, heldOn: '2024-05-17' } })).code).toBe('BAD_USER_INPUT');
    expect((await refused(CREATE, { input: { ...input, heldOn: '2024-05-01', heldOnPrecision: 'YEAR' } })).code).toBe('BAD_USER_INPUT');
    expect((await refused(CREATE, { input: { ...input, heldOn: '2020-11-01' } })).code).toBe('BAD_USER_INPUT'); // before December 2020
    expect((await refused(CREATE, { input: { ...input, sources: ['ftp://example.org/x'] } })).code).toBe('BAD_USER_INPUT');
    expect((await refused(CREATE, { input: { ...input, note: 'Fragen an max@example.org' } })).code).toBe('BAD_USER_INPUT');
    expect((await refused(UPDATE, { id: created.id, v: 1, input: { heldOnPrecision: 'YEAR' } })).code).toBe('BAD_USER_INPUT');
    expect(await state()).toEqual(before);
  });
});
