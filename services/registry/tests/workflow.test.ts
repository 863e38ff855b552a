// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// The life of a Digitale Dörfer membership through the gateway: apply → approve → contact →
// leave → rejoin, with its effect in both subgraphs, the refusals, and the race of approvals.
import { Client } from 'pg';
import { createCallerKeys, startTestHub, TestCaller, TestHub, withKey, registryState } from '../../../testing/hub';

let hub: TestHub;
let keys: Record<TestCaller, string>;
const as = withKey;

beforeAll(async () => {
  hub = await startTestHub({ env: { RATE_LIMIT_MAX: '100000' } });
  keys = await createCallerKeys(hub, 'workflow');
});
afterAll(async () => {
  await hub?.close();
});

const APPLY = `mutation($input: ApplicationInput!) { recordApplication(input: $input) { notices membership { id status version role
  municipality { name digitaleDoerfer { id status } } } } }`;
const APPROVE = `mutation($id: ID!, $v: Int!, $on: LocalDate) { approveApplication(membershipId: $id, expectedVersion: $v, startedOn: $on) { id status version startedOn decidedOn } }`;
const END = `mutation($id: ID!, $v: Int!, $on: LocalDate!) { endMembership(membershipId: $id, expectedVersion: $v, endedOn: $on, reason: "Austritt per Ratsbeschluss") { status endedOn version } }`;
const FIT = `query($key: ID!) { municipality(key: $key) { digitaleDoerfer { id status version } digitaleDoerferHistory { status startedOn endedOn }
  networkFit { network { id } level alreadyMember } } }`;
const letter = (key: string, extra: object = {}) => ({
  municipalityKey: key,
  letterDate: '2025-03-01',
  signedBy: 'Bürgermeisterin Test',
  receivedOn: '2025-03-05',
  ...extra,
});

const tableState = () => registryState(hub);

test('apply → approve → change contact → leave → rejoin, visible in both subgraphs and in the audit trail', async () => {
  // Kerzenheim, an Ortsgemeinde in the VG Eisenberg (Pfalz)
  const applied = await hub.query(
    APPLY,
    { input: letter('07333038', { contact: { name: 'Max Beispiel', email: 'max@kerzenheim.example', phone: '06351 1234' } }) },
    as(keys.dd),
  );
  expect(applied.errors).toBeUndefined();
  const { membership } = applied.data.recordApplication;
  expect(membership).toMatchObject({ status: 'RECEIVED', version: 1, role: 'MEMBER' });
  // The answer reads after the change: the look-up before it read nothing ahead (only queries do).
  expect(membership.municipality.digitaleDoerfer).toEqual({ id: membership.id, status: 'RECEIVED' });

  let fit = await hub.query(FIT, { key: '07333038' });
  const dd = () => fit.data.municipality.networkFit.find((f: any) => f.network.id === 'DIGITALE_DOERFER_RLP');
  expect(dd()).toMatchObject({ alreadyMember: false });

  const approved = await hub.query(APPROVE, { id: membership.id, v: 1, on: '2025-04-01' }, as(keys.dd));
  expect(approved.data.approveApplication).toMatchObject({ status: 'ACTIVE', version: 2, startedOn: '2025-04-01' });
  fit = await hub.query(FIT, { key: '07333038' });
  expect(dd()).toMatchObject({ level: 'MEMBER', alreadyMember: true });

  const change = await hub.query(
    `mutation($id: ID!) { setContactPerson(membershipId: $id, expectedVersion: 1, contact: { name: "Maxi Beispiel", email: "maxi@kerzenheim.example" }) { contactPerson { name version } } }`,
    { id: membership.id },
    as(keys.dd),
  );
  expect(change.data.setContactPerson.contactPerson).toEqual({ name: 'Maxi Beispiel', version: 2 });

  const ended = await hub.query(END, { id: membership.id, v: 2, on: '2026-06-30' }, as(keys.dd));
  expect(ended.data.endMembership).toMatchObject({ status: 'ENDED', endedOn: '2026-06-30', version: 3 });
  fit = await hub.query(FIT, { key: '07333038' });
  expect(dd()).toMatchObject({ alreadyMember: false });

  const rejoined = await hub.query(
    APPLY,
    { input: letter('07333038', { letterDate: '2026-09-01', receivedOn: '2026-09-03' }) },
    as(keys.dd),
  );
  expect(rejoined.errors).toBeUndefined();
  const second = rejoined.data.recordApplication.membership;
  await hub.query(APPROVE, { id: second.id, v: 1, on: '2026-10-01' }, as(keys.dd));
  fit = await hub.query(FIT, { key: '07333038' });
  expect(fit.data.municipality.digitaleDoerfer).toMatchObject({ id: second.id, status: 'ACTIVE' });
  expect(fit.data.municipality.digitaleDoerferHistory.map((h: any) => [h.status, h.startedOn, h.endedOn])).toEqual([
    ['ENDED', '2025-04-01', '2026-06-30'],
    ['ACTIVE', '2026-10-01', null],
  ]);

  // reports for past dates: in force on 2025-12-31, gap on 2026-08-01, back on 2026-11-01
  const asOf = async (date: string) =>
    (
      await hub.query(
        `query($d: LocalDate) { digitaleDoerferMemberships(asOf: $d, first: 100) { edges { node { municipality { ars } } } } }`,
        { d: date },
      )
    ).data.digitaleDoerferMemberships.edges.map((e: any) => e.node.municipality.ars);
  expect(await asOf('2025-12-31')).toContain('073335002038');
  expect(await asOf('2026-08-01')).not.toContain('073335002038');
  expect(await asOf('2026-11-01')).toContain('073335002038');

  const trail = await hub.query(
    `query($id: ID!) { auditTrail(entityId: $id, first: 50) { edges { node { action actorRole before after } } } }`,
    { id: membership.id },
    as(keys.admin),
  );
  expect(trail.data.auditTrail.edges.map((e: any) => e.node.action).reverse()).toEqual([
    'application.record',
    'contact.add',
    'application.approve',
    'contact.change',
    'membership.end',
  ]);
  const approval = trail.data.auditTrail.edges.find((e: any) => e.node.action === 'application.approve').node;
  expect(approval).toMatchObject({ actorRole: 'COORDINATOR', before: { status: 'RECEIVED' }, after: { status: 'ACTIVE' } });
  expect((await hub.query(`{ auditTrail { totalCount } }`, undefined, as(keys.dd))).errors![0].extensions!.code).toBe('FORBIDDEN');
});

test('an Ortsgemeinde whose Verbandsgemeinde is a member may apply and is told so', async () => {
  const { data, errors } = await hub.query(APPLY, { input: letter('07333012') }, as(keys.dd)); // Bubenheim, VG Göllheim
  expect(errors).toBeUndefined();
  expect(data.recordApplication.notices[0]).toContain('Verbandsgemeinde Göllheim');
});

describe('refusals change nothing', () => {
  test.each([
    [
      'a kreisfreie Stadt: not eligible, IKONE-DS fits',
      () => hub.query(APPLY, { input: letter('07315000') }, as(keys.dd)),
      'BAD_USER_INPUT',
      'IKONE-DS',
    ],
    ['a duplicate application', () => hub.query(APPLY, { input: letter('073335003000') }, as(keys.dd)), 'CONFLICT', 'active membership'],
    ['an unknown municipality', () => hub.query(APPLY, { input: letter('07999999') }, as(keys.dd)), 'NOT_FOUND', ''],
    [
      'an invalid e-mail',
      () => hub.query(APPLY, { input: letter('07333060', { contact: { name: 'Eva', email: 'eva@' } }) }, as(keys.dd)),
      'BAD_USER_INPUT',
      'e-mail',
    ],
    [
      'letter after receipt',
      () => hub.query(APPLY, { input: letter('07333060', { letterDate: '2025-04-01' }) }, as(keys.dd)),
      'BAD_USER_INPUT',
      'letterDate',
    ],
    [
      'received in the future',
      () => hub.query(APPLY, { input: letter('07333060', { receivedOn: '2099-01-01' }) }, as(keys.dd)),
      'BAD_USER_INPUT',
      'future',
    ],
    ['the other network’s coordinator', () => hub.query(APPLY, { input: letter('07333060') }, as(keys.ikone)), 'FORBIDDEN', ''],
    ['a partner', () => hub.query(APPLY, { input: letter('07333060') }, as(keys.partner)), 'FORBIDDEN', ''],
    ['an anonymous caller', () => hub.query(APPLY, { input: letter('07333060') }), 'UNAUTHENTICATED', ''],
    [
      'approving a decided membership',
      () => hub.query(APPROVE, { id: '5f1c0a52-0d6e-4b8e-9a51-000000000002', v: 1 }, as(keys.dd)),
      'CONFLICT',
      'decided',
    ],
  ])('%s', async (_label, send, code, text) => {
    const before = await tableState();
    const { errors } = await send();
    expect(errors![0].extensions!.code).toBe(code);
    expect(errors![0].message).toContain(text);
    expect(await tableState()).toBe(before);
  });

  test('a stale version is CONFLICT and changes nothing', async () => {
    const { data } = await hub.query(APPLY, { input: letter('07333060') }, as(keys.dd));
    const id = data.recordApplication.membership.id;
    await hub.query(
      `mutation($id: ID!) { rejectApplication(membershipId: $id, expectedVersion: 1, reason: "Schreiben unvollständig") { version } }`,
      { id },
      as(keys.dd),
    );
    const before = await tableState();
    const stale = await hub.query(
      `mutation($id: ID!) { withdrawApplication(membershipId: $id, expectedVersion: 1) { version } }`,
      { id },
      as(keys.dd),
    );
    expect(stale.errors![0].extensions!.code).toBe('CONFLICT');
    expect(await tableState()).toBe(before);
  });
});

test('many concurrent approvals of one application yield exactly one membership', async () => {
  const { data } = await hub.query(APPLY, { input: letter('07333017') }, as(keys.dd));
  const id = data.recordApplication.membership.id;
  const results = await Promise.all(Array.from({ length: 12 }, () => hub.query(APPROVE, { id, v: 1 }, as(keys.dd))));
  const ok = results.filter((r) => !r.errors);
  expect(ok).toHaveLength(1);
  expect(results.filter((r) => r.errors?.[0].extensions?.code === 'CONFLICT')).toHaveLength(11);
  const client = new Client({ connectionString: hub.databaseUrl });
  await client.connect();
  const { rows } = await client.query(
    `SELECT count(*)::int AS n FROM registry.digitale_doerfer_membership WHERE municipality_ars = '073335003017' AND status = 'ACTIVE'`,
  );
  const { rows: events } = await client.query(
    `SELECT count(*)::int AS n FROM registry.audit_event WHERE entity_id = $1 AND action = 'application.approve'`,
    [id],
  );
  await client.end();
  expect(rows[0].n).toBe(1);
  expect(events[0].n).toBe(1);
});

test('many concurrent applications of one municipality yield exactly one open application', async () => {
  const results = await Promise.all(Array.from({ length: 8 }, () => hub.query(APPLY, { input: letter('07333018') }, as(keys.dd))));
  expect(results.filter((r) => !r.errors)).toHaveLength(1);
  expect(results.filter((r) => r.errors?.[0].extensions?.code === 'CONFLICT')).toHaveLength(7);
});

describe('fit, howToJoin and recordApplication agree (issue 13)', () => {
  const ANSWER = `query($key: ID!) { municipality(key: $key) { name sizeClass
    networkFit { network { id } level alreadyMember howToJoin reasons { code message } } } }`;
  const fitOf = (m: any, network: string) => m.networkFit.find((f: any) => f.network.id === network);

  test.each([
    ['Mayen', '07137068'],
    ['Lahnstein', '07141075'],
  ])('%s (große kreisangehörige Stadt under 20,000): refused by Digitale Dörfer with its fit reason, IKONE-DS open', async (name, key) => {
    const { data } = await hub.query(ANSWER, { key });
    const m = data.municipality;
    expect(m.name).toContain(name);
    const dd = fitOf(m, 'DIGITALE_DOERFER_RLP');
    const ikone = fitOf(m, 'IKONE_DS');
    expect(dd).toMatchObject({ level: 'NONE', howToJoin: null, reasons: [{ code: 'LARGE_TOWN' }] });
    expect(ikone).toMatchObject({ level: 'MEDIUM', reasons: [{ code: 'LARGE_TOWN_UNDER_20000' }] });
    expect(ikone.howToJoin).toContain('https://www.ikone-ds.de');
    const before = await tableState();
    const { errors } = await hub.query(APPLY, { input: letter(key) }, as(keys.dd));
    expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'NOT_ELIGIBLE', suggestedNetwork: 'IKONE_DS' });
    // the refusal is the fit's reason, word for word: one sentence with one colon
    expect(errors![0].message).toBe(dd.reasons[0].message);
    expect(errors![0].message.match(/:/g)).toHaveLength(1);
    expect(await tableState()).toBe(before);
  });

  test('Haßloch (verbandsfreie Gemeinde, 20,396): a Mittelstadt for IKONE-DS, and it may apply to Digitale Dörfer', async () => {
    const { data } = await hub.query(ANSWER, { key: '07332025' });
    const m = data.municipality;
    expect(m.sizeClass).toBe('MITTELSTADT');
    expect(fitOf(m, 'IKONE_DS')).toMatchObject({ level: 'HIGH', reasons: [{ code: 'MITTELSTADT' }] });
    expect(fitOf(m, 'DIGITALE_DOERFER_RLP')).toMatchObject({ level: 'MEDIUM', reasons: [{ code: 'VERBANDSFREIE_GEMEINDE' }] });
    const { errors } = await hub.query(APPLY, { input: letter('07332025') }, as(keys.dd));
    expect(errors).toBeUndefined();
  });

  test('a Landkreis (Mayen-Koblenz) is told that the Landrätin or the Landrat signs, and may apply', async () => {
    const { data } = await hub.query(ANSWER, { key: '071370000000' });
    const dd = fitOf(data.municipality, 'DIGITALE_DOERFER_RLP');
    expect(dd.level).toBe('MEDIUM');
    expect(dd.howToJoin).toContain('Schreiben der Landrätin oder des Landrats an das Ministerium des Innern');
    expect(dd.howToJoin).not.toContain('Bürgermeister');
    expect(fitOf(data.municipality, 'IKONE_DS')).toMatchObject({ level: 'NONE', howToJoin: null, reasons: [{ code: 'NOT_A_GEMEINDE' }] });
    const { errors } = await hub.query(APPLY, { input: letter('071370000000', { signedBy: 'Landrat Test' }) }, as(keys.dd));
    expect(errors).toBeUndefined();
  });
});

describe('role terms: recorded and ended apart from membership (issue 15)', () => {
  const NASTAETTEN = '071415007000'; // Verbandsgemeinde Nastätten, an active member since 2021
  const RECORD = `mutation($input: RoleTermInput!) { recordRoleTerm(input: $input) { id role startedOn startedOnPrecision endedOn source version } }`;
  const END_TERM = `mutation($id: ID!, $v: Int!, $on: LocalDate!) { endRoleTerm(roleTermId: $id, expectedVersion: $v, endedOn: $on) { id endedOn endedOnPrecision version } }`;
  const ROLES = `query($key: ID!) { municipality(key: $key) { digitaleDoerfer { role status } digitaleDoerferRoles { id role startedOn endedOn source version } } }`;
  const TRAIL = `query($id: ID!) { auditTrail(entity: "role", entityId: $id, first: 5) { edges { node { action before after } } } }`;

  test('a Verbandsgemeinde becomes a transfer point and hands the role on; its membership stays, the audit trail has both', async () => {
    const recorded = await hub.query(
      RECORD,
      {
        input: {
          municipalityKey: NASTAETTEN,
          role: 'TRANSFER_POINT',
          startedOn: '2025-01-01',
          startedOnPrecision: 'MONTH',
          note: 'Laut Koordination',
        },
      },
      as(keys.dd),
    );
    expect(recorded.errors).toBeUndefined();
    const term = recorded.data.recordRoleTerm;
    expect(term).toMatchObject({
      role: 'TRANSFER_POINT',
      startedOn: '2025-01-01',
      startedOnPrecision: 'MONTH',
      endedOn: null,
      source: 'RECORDED',
      version: 1,
    });
    let state = (await hub.query(ROLES, { key: NASTAETTEN })).data.municipality;
    expect(state.digitaleDoerfer).toEqual({ role: 'TRANSFER_POINT', status: 'ACTIVE' });

    // A second, overlapping term of the same role is refused; a stale version too.
    const overlapping = await hub.query(
      RECORD,
      { input: { municipalityKey: NASTAETTEN, role: 'TRANSFER_POINT', startedOn: '2025-06-01' } },
      as(keys.dd),
    );
    expect(overlapping.errors![0].extensions!.code).toBe('CONFLICT');
    expect(overlapping.errors![0].message).toContain('already holds this role from 2025-01-01 on');
    const stale = await hub.query(END_TERM, { id: term.id, v: 7, on: '2025-12-31' }, as(keys.dd));
    expect(stale.errors![0].extensions!.code).toBe('CONFLICT');

    const ended = await hub.query(END_TERM, { id: term.id, v: 1, on: '2025-12-31' }, as(keys.dd));
    expect(ended.errors).toBeUndefined();
    expect(ended.data.endRoleTerm).toEqual({ id: term.id, endedOn: '2025-12-31', endedOnPrecision: 'DAY', version: 2 });
    state = (await hub.query(ROLES, { key: NASTAETTEN })).data.municipality;
    expect(state.digitaleDoerfer).toEqual({ role: 'MEMBER', status: 'ACTIVE' });
    expect(state.digitaleDoerferRoles).toContainEqual({
      id: term.id,
      role: 'TRANSFER_POINT',
      startedOn: '2025-01-01',
      endedOn: '2025-12-31',
      source: 'RECORDED',
      version: 2,
    });
    const again = await hub.query(END_TERM, { id: term.id, v: 2, on: '2025-12-31' }, as(keys.dd));
    expect(again.errors![0]).toMatchObject({ message: 'This role term ended on 2025-12-31 already.', extensions: { code: 'CONFLICT' } });

    const trail = await hub.query(TRAIL, { id: term.id }, as(keys.admin));
    const events = trail.data.auditTrail.edges.map((e: any) => e.node);
    expect(events.map((e: any) => e.action)).toEqual(['role.end', 'role.record']);
    expect(events[0].before).toMatchObject({ endedOn: null, version: 1 });
    expect(events[0].after).toMatchObject({ endedOn: '2025-12-31', version: 2 });
  });

  test.each([
    ['a partner', { municipalityKey: NASTAETTEN, role: 'TRANSFER_POINT', startedOn: '2024-01-01' }, 'partner', 'FORBIDDEN', null],
    [
      'a start in the future',
      { municipalityKey: NASTAETTEN, role: 'TRANSFER_POINT', startedOn: '2099-01-01' },
      'dd',
      'BAD_USER_INPUT',
      'input.startedOn',
    ],
    [
      'a MONTH start not on the first day',
      { municipalityKey: NASTAETTEN, role: 'TRANSFER_POINT', startedOn: '2024-03-15', startedOnPrecision: 'MONTH' },
      'dd',
      'BAD_USER_INPUT',
      'input.startedOn',
    ],
    [
      'a transfer point before the network',
      { municipalityKey: NASTAETTEN, role: 'TRANSFER_POINT', startedOn: '2019-05-01' },
      'dd',
      'BAD_USER_INPUT',
      'input.startedOn',
    ],
    [
      'a model municipality after the project',
      { municipalityKey: NASTAETTEN, role: 'MODEL_MUNICIPALITY', startedOn: '2022-01-01' },
      'dd',
      'BAD_USER_INPUT',
      'input.startedOn',
    ],
    [
      'an end before the start',
      { municipalityKey: NASTAETTEN, role: 'TRANSFER_POINT', startedOn: '2024-05-01', endedOn: '2024-04-30' },
      'dd',
      'BAD_USER_INPUT',
      'input.endedOn',
    ],
    [
      'a city for IKONE-DS (Mainz)',
      { municipalityKey: '07315000', role: 'TRANSFER_POINT', startedOn: '2024-01-01' },
      'dd',
      'BAD_USER_INPUT',
      'input.municipalityKey',
    ],
    ['an unknown municipality', { municipalityKey: '07999999', role: 'TRANSFER_POINT', startedOn: '2024-01-01' }, 'dd', 'NOT_FOUND', null],
    [
      'a source that is no URL',
      { municipalityKey: NASTAETTEN, role: 'TRANSFER_POINT', startedOn: '2024-01-01', sources: ['javascript:alert(1)'] },
      'dd',
      'BAD_USER_INPUT',
      'input.sources',
    ],
    [
      'a note with a NUL',
      { municipalityKey: NASTAETTEN, role: 'TRANSFER_POINT', startedOn: '2024-01-01', note: 'a\u0000b' },
      'dd',
      'BAD_USER_INPUT',
      'input.note',
    ],
  ] as const)('recordRoleTerm refuses %s and changes nothing', async (_case, input, caller, code, argument) => {
    const before = await tableState();
    const answer = await hub.query(RECORD, { input }, as(keys[caller as TestCaller]));
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code, ...(argument ? { argument } : {}) });
    expect(await tableState()).toBe(before);
  });
});

describe('digitaleDoerferMemberships by Landkreis and type (issue 15)', () => {
  const LIST = `query($district: ID, $types: [MunicipalityType!], $status: [MembershipStatus!]) {
    digitaleDoerferMemberships(districtArs: $district, types: $types, status: $status, first: 100) { totalCount edges { node { municipality { name type district { ars } } } } } }`;

  test('the Verbandsgemeinden of the Donnersbergkreis; the filters combine with status', async () => {
    const answer = await hub.query(LIST, { district: '073330000000', types: ['VERBANDSGEMEINDE'] });
    expect(answer.errors).toBeUndefined();
    const nodes = answer.data.digitaleDoerferMemberships.edges.map((e: any) => e.node.municipality);
    expect(nodes.length).toBeGreaterThanOrEqual(2);
    expect(nodes.map((m: any) => m.name)).toEqual(expect.arrayContaining(['Göllheim', 'Eisenberg (Pfalz)']));
    for (const m of nodes) expect(m).toMatchObject({ type: 'VERBANDSGEMEINDE', district: { ars: '073330000000' } });
    const unknownOnly = await hub.query(LIST, { district: '073330000000', types: ['VERBANDSGEMEINDE'], status: ['UNKNOWN'] });
    expect(unknownOnly.data.digitaleDoerferMemberships.edges.map((e: any) => e.node.municipality.name)).toEqual(['Eisenberg (Pfalz)']);
    // Empty lists match nothing (as in municipalities' filter), never an error.
    const none = await hub.query(LIST, { types: [], status: [] });
    expect(none.errors).toBeUndefined();
    expect(none.data.digitaleDoerferMemberships.totalCount).toBe(0);
  });

  test('a malformed Landkreis key is BAD_USER_INPUT naming districtArs', async () => {
    const answer = await hub.query(LIST, { district: '07333' });
    expect(answer.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'districtArs' });
  });
});
