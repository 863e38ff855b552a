// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// Report figures checked against independent counts: the same figures computed here in plain
// TypeScript from the directory CSV and the membership lists the API returns.
import { Role } from '../../../common/auth/roles';
import { DirectoryRow, readDirectory } from '../../../common/directory';
import { GEMEINDE_TYPES, MunicipalityType, NetworkId, sizeClassOf } from '../../../common/domain';
import { DIGITALE_DOERFER_ELIGIBLE_TYPES } from '../../../common/network-fit/eligibility';
import { sqlStatementCount } from '../../../common/postgres';
import { today as todayInGermany } from '../../../common/dates';
import { encodeCursor } from '../../../common/pagination';
import { startTestHub, TestHub } from '../../../testing/hub';

let hub: TestHub;
const rows = readDirectory().rows;
const byArs = new Map(rows.map((r) => [r.ars, r]));
const today = todayInGermany();

beforeAll(async () => {
  hub = await startTestHub({ env: { RATE_LIMIT_MAX: '100000' } });
  const key = (
    await hub.apiKeys.create({
      name: 'reports coordinator',
      role: Role.COORDINATOR,
      network: NetworkId.DIGITALE_DOERFER_RLP,
      createdBy: 'test',
    })
  ).secret;
  // a few more members, one of them a Landkreis and one that left again
  for (const [ags, start, end] of [
    ['07333038', '2022-05-01', null],
    ['07131090', '2023-02-01', null],
    ['07333060', '2021-06-01', '2024-03-31'],
  ] as const) {
    const apply = await hub.query(
      `mutation($i: ApplicationInput!) { recordApplication(input: $i) { membership { id } } }`,
      { i: { municipalityKey: ags, letterDate: '2021-01-01', signedBy: 'Test', receivedOn: '2021-01-02' } },
      { 'x-api-key': key },
    );
    const id = apply.data.recordApplication.membership.id;
    await hub.query(
      `mutation($id: ID!, $on: LocalDate) { approveApplication(membershipId: $id, expectedVersion: 1, startedOn: $on) { id } }`,
      { id, on: start },
      { 'x-api-key': key },
    );
    if (end)
      await hub.query(
        `mutation($id: ID!, $on: LocalDate!) { endMembership(membershipId: $id, expectedVersion: 2, endedOn: $on) { id } }`,
        { id, on: end },
        { 'x-api-key': key },
      );
  }
  const landkreis = await hub.query(
    `mutation($i: ApplicationInput!) { recordApplication(input: $i) { membership { id } } }`,
    { i: { municipalityKey: '073330000000', letterDate: '2022-01-01', signedBy: 'Landrat Test', receivedOn: '2022-01-05' } },
    { 'x-api-key': key },
  );
  await hub.query(
    `mutation($id: ID!) { approveApplication(membershipId: $id, expectedVersion: 1, startedOn: "2022-02-01") { id } }`,
    { id: landkreis.data.recordApplication.membership.id },
    { 'x-api-key': key },
  );
});
afterAll(async () => {
  await hub?.close();
});

/** Members on a date, computed from the API's lists (not from the report queries). */
async function membersOn(network: NetworkId, date: string): Promise<Map<string, string | null>> {
  if (network === NetworkId.DIGITALE_DOERFER_RLP) {
    const { data } = await hub.query(
      `{ digitaleDoerferMemberships(first: 100) { edges { node { status startedOn endedOn lastConfirmedOn municipality { ars } } } } }`,
    );
    const members = new Map<string, string | null>();
    for (const { node } of data.digitaleDoerferMemberships.edges) {
      // From the start (without one: only from today) to the end; of unknown status only up to the last confirmation.
      const started = node.startedOn ? node.startedOn <= date : date >= today;
      const inForce =
        ['ACTIVE', 'ENDED', 'UNKNOWN'].includes(node.status) &&
        started &&
        (!node.endedOn || node.endedOn >= date) &&
        (node.status !== 'UNKNOWN' || node.lastConfirmedOn >= date);
      if (inForce) members.set(node.municipality.ars, node.startedOn);
    }
    return members;
  }
  const { data } = await hub.query(`{ ikoneDsMembers(first: 100) { edges { node { joinedOn countedFrom municipality { ars } } } } }`);
  // From the first dated evidence; a member without any only from today on.
  return new Map(
    data.ikoneDsMembers.edges
      .filter((e: any) => (e.node.countedFrom ? e.node.countedFrom <= date : date >= today))
      .map((e: any) => [e.node.municipality.ars, e.node.joinedOn]),
  );
}

function eligible(network: NetworkId, row: DirectoryRow, members: Map<string, unknown>): boolean {
  if (network === NetworkId.DIGITALE_DOERFER_RLP) return DIGITALE_DOERFER_ELIGIBLE_TYPES.includes(row.type);
  return (GEMEINDE_TYPES.includes(row.type) && (row.population ?? 0) >= 20_000) || members.has(row.ars);
}

function expectedCoverage(network: NetworkId, members: Map<string, unknown>) {
  const districts = new Map<string, { members: number; eligible: number; eligiblePopulation: number; populationReached: number }>();
  const bucket = (ars: string) =>
    districts.get(ars) ?? districts.set(ars, { members: 0, eligible: 0, eligiblePopulation: 0, populationReached: 0 }).get(ars)!;
  for (const row of rows) {
    const d = bucket(row.districtArs);
    if (eligible(network, row, members)) {
      d.eligible++;
      if (members.has(row.ars)) d.members++;
    }
    if (!GEMEINDE_TYPES.includes(row.type)) continue;
    const chain = [row, byArs.get(row.parentArs ?? ''), byArs.get(row.districtArs)].filter((r): r is DirectoryRow => !!r);
    const scope = network === NetworkId.DIGITALE_DOERFER_RLP ? chain : [row];
    if (scope.some((r) => eligible(network, r, members))) {
      d.eligiblePopulation += row.population ?? 0;
      if (scope.some((r) => members.has(r.ars))) d.populationReached += row.population ?? 0;
    }
  }
  return districts;
}

const COVERAGE = `query($n: NetworkId!, $d: LocalDate) { coverageReport(network: $n, asOf: $d) {
  state { members eligible eligiblePopulation populationReached coverage populationShare }
  districts { districtArs label members eligible eligiblePopulation populationReached } } }`;

describe.each([NetworkId.DIGITALE_DOERFER_RLP, NetworkId.IKONE_DS])('%s', (network) => {
  test.each([today, '2023-06-30', '2020-06-30'])('coverage on %s matches an independent count', async (date) => {
    const members = await membersOn(network, date);
    const expected = expectedCoverage(network, members);
    const { data, errors } = await hub.query(COVERAGE, { n: network, d: date });
    expect(errors).toBeUndefined();
    const report = data.coverageReport;
    expect(report.districts).toHaveLength(36);
    for (const district of report.districts) {
      const { members: m, eligible: e, eligiblePopulation, populationReached } = expected.get(district.districtArs)!;
      expect({
        ars: district.districtArs,
        m: district.members,
        e: district.eligible,
        ep: district.eligiblePopulation,
        pr: district.populationReached,
      }).toEqual({
        ars: district.districtArs,
        m,
        e,
        ep: eligiblePopulation,
        pr: populationReached,
      });
    }
    const sum = (f: 'members' | 'eligible' | 'eligiblePopulation' | 'populationReached') =>
      [...expected.values()].reduce((a, d) => a + d[f], 0);
    expect(report.state).toMatchObject({
      members: sum('members'),
      eligible: sum('eligible'),
      eligiblePopulation: sum('eligiblePopulation'),
      populationReached: sum('populationReached'),
    });
    expect(report.state.coverage).toBeCloseTo(sum('members') / sum('eligible'), 10);
  });

  test('members by district, type, size class and year match an independent count', async () => {
    const members = await membersOn(network, today);
    const counts = (key: (row: DirectoryRow, joined: string | null) => string) => {
      const result: Record<string, number> = {};
      for (const [ars, joined] of members) {
        const k = key(byArs.get(ars)!, joined as string | null);
        result[k] = (result[k] ?? 0) + 1;
      }
      return result;
    };
    const expected = {
      DISTRICT: counts((r) => r.districtArs),
      MUNICIPALITY_TYPE: counts((r) => r.type),
      SIZE_CLASS: counts((r) => sizeClassOf(r.type, r.population) ?? 'NONE'),
      YEAR_JOINED: counts((_r, joined) => (joined ? joined.slice(0, 4) : 'UNKNOWN')),
    };
    for (const [groupBy, want] of Object.entries(expected)) {
      const { data } = await hub.query(
        `query($n: NetworkId!, $g: ReportDimension!) { membershipReport(network: $n, groupBy: $g) { total rows { key label members } } }`,
        { n: network, g: groupBy },
      );
      const got = Object.fromEntries(data.membershipReport.rows.map((r: any) => [r.key, r.members]));
      expect({ groupBy, got }).toEqual({ groupBy, got: want });
      expect(data.membershipReport.total).toBe(members.size);
    }
  });
});

test('the outreach list: eligible, in neither network, largest first, with the fit', async () => {
  const dd = await membersOn(NetworkId.DIGITALE_DOERFER_RLP, today);
  const ikone = await membersOn(NetworkId.IKONE_DS, today);
  // members of unknown status are no outreach targets either
  const listed = await hub.query(`{ digitaleDoerferMemberships(status: [UNKNOWN]) { edges { node { municipality { ars } } } } }`);
  const unknownStatus = new Set(listed.data.digitaleDoerferMemberships.edges.map((e: any) => e.node.municipality.ars));
  expect(unknownStatus.size).toBe(1);
  const expected = rows
    .filter((r) => DIGITALE_DOERFER_ELIGIBLE_TYPES.includes(r.type) || (GEMEINDE_TYPES.includes(r.type) && (r.population ?? 0) >= 20_000))
    .filter((r) => !dd.has(r.ars) && !ikone.has(r.ars) && !unknownStatus.has(r.ars))
    .sort((a, b) => (b.population ?? 0) - (a.population ?? 0) || a.ars.localeCompare(b.ars));
  const { data } = await hub.query(
    `{ outreachList(first: 5) { totalCount edges { node { ars name networkFit { network { id } level } } } } }`,
  );
  expect(data.outreachList.totalCount).toBe(expected.length);
  expect(data.outreachList.edges.map((e: any) => e.node.ars)).toEqual(expected.slice(0, 5).map((r) => r.ars));
  expect(data.outreachList.edges[0].node.networkFit[0].level).not.toBe('MEMBER');
  expect(expected.some((r) => r.type === MunicipalityType.KREISFREIE_STADT)).toBe(true);
});

test('each report is one SQL statement (plus the page for the outreach list, or the note), whatever the size', async () => {
  const total = () => Object.values(sqlStatementCount).reduce((a, b) => a + b, 0);
  for (const query of [
    `{ coverageReport(network: DIGITALE_DOERFER_RLP) { districts { members } } }`,
    `{ membershipReport(network: IKONE_DS, groupBy: DISTRICT) { rows { members } } }`,
  ]) {
    await hub.query(query);
    const before = total();
    // A fresh answer: the warm-up's answer sits in the gateway's response cache.
    await hub.query(query, undefined, { 'cache-control': 'no-cache' });
    expect(total() - before).toBe(1);
  }
  // The note names the members left out for want of evidence: one more statement, only when asked for.
  const withNote = `{ coverageReport(network: IKONE_DS, asOf: "2020-06-01") { note } }`;
  const before = total();
  await hub.query(withNote, undefined, { 'cache-control': 'no-cache' });
  expect(total() - before).toBe(2);
});

test('a date in the future or long ago is BAD_USER_INPUT', async () => {
  for (const date of ['2999-01-01', '1800-01-01']) {
    const { errors } = await hub.query(`query($d: LocalDate) { coverageReport(network: IKONE_DS, asOf: $d) { state { members } } }`, {
      d: date,
    });
    expect(errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  }
});

test('the README figure: IKONE-DS today, 13 members among 25 eligible units (Haßloch, a Mittelstadt, among them)', async () => {
  const { data } = await hub.query(`{ coverageReport(network: IKONE_DS) { state { members eligible } } }`);
  expect(data.coverageReport.state).toEqual({ members: 13, eligible: 25 });
});

describe('reported network sizes: what the member figures count', () => {
  const FIGURES = `knownMembers complete note latestReportedSize { members reportedOn reportedOnPrecision source reportedBy }`;

  test('each network lists the sizes its sources reported, oldest first, with date precision and source', async () => {
    const { data } = await hub.query(
      `{ networks { id reportedSizes { members reportedOn reportedOnPrecision remark source reportedBy } } }`,
    );
    const byId = Object.fromEntries(data.networks.map((n: { id: string; reportedSizes: unknown[] }) => [n.id, n.reportedSizes]));
    expect(byId.DIGITALE_DOERFER_RLP.map((s: { members: number; reportedOn: string }) => [s.members, s.reportedOn])).toEqual([
      [20, '2021-04-19'],
      [26, '2022'],
      [39, '2022'],
      [56, '2024-04-11'],
      [60, '2024-04-22'],
      [61, '2025-04'],
    ]);
    expect(byId.IKONE_DS.at(-1)).toEqual({
      members: 14,
      reportedOn: '2020-12',
      reportedOnPrecision: 'MONTH',
      remark: expect.stringContaining('Entwicklungsagentur'),
      source: 'https://ea-rlp.de/zwei-neue-netzwerke-unterstuetzen-bei-der-digitalisierung',
      reportedBy: 'Entwicklungsagentur Rheinland-Pfalz',
    });
    for (const size of [...byId.DIGITALE_DOERFER_RLP, ...byId.IKONE_DS]) expect(size.source).toMatch(/^https:\/\//);
  });

  // A month or a year counts from its last day: only then is the figure surely published.
  test.each([
    [NetworkId.DIGITALE_DOERFER_RLP, '2021-04-18', null],
    [NetworkId.DIGITALE_DOERFER_RLP, '2021-04-19', 20],
    [NetworkId.DIGITALE_DOERFER_RLP, '2022-06-30', 20],
    [NetworkId.DIGITALE_DOERFER_RLP, '2022-12-31', 39],
    [NetworkId.DIGITALE_DOERFER_RLP, '2024-04-21', 56],
    [NetworkId.DIGITALE_DOERFER_RLP, '2024-04-22', 60],
    [NetworkId.DIGITALE_DOERFER_RLP, '2025-04-29', 60],
    [NetworkId.DIGITALE_DOERFER_RLP, '2025-04-30', 61],
    [NetworkId.DIGITALE_DOERFER_RLP, today, 61],
    [NetworkId.IKONE_DS, '2019-04-16', null],
    [NetworkId.IKONE_DS, '2019-04-17', 5],
    [NetworkId.IKONE_DS, '2019-12-31', 8],
    [NetworkId.IKONE_DS, '2020-12-30', 10],
    [NetworkId.IKONE_DS, '2020-12-31', 14],
    [NetworkId.IKONE_DS, today, 14],
  ])("%s on %s: the newest reported size is %p; known members are the report's own count", async (network, asOf, reported) => {
    const { data } = await hub.query(
      `query($n: NetworkId!, $d: LocalDate) {
         coverageReport(network: $n, asOf: $d) { ${FIGURES} }
         membershipReport(network: $n, groupBy: YEAR_JOINED, asOf: $d) { total ${FIGURES} }
       }`,
      { n: network, d: asOf },
    );
    const { total, ...membership } = data.membershipReport;
    expect(data.coverageReport).toEqual(membership);
    expect(membership.knownMembers).toBe(total);
    expect(membership.knownMembers).toBe((await membersOn(network, asOf)).size);
    expect(membership.latestReportedSize?.members ?? null).toBe(reported);
    expect(membership.complete).toBe(reported !== null && total >= reported);
    expect(membership.note).toContain(`Bekannte Mitglieder in diesem Register: ${total}`);
    if (reported !== null) expect(membership.note).toContain(`gemeldet sind ${reported} (`);
    if (!membership.complete) expect(membership.note).toContain('Untergrenzen');
  });

  test('today Digitale Dörfer RLP is incomplete: the registry knows far fewer than the 61 reported in April 2025', async () => {
    const { data } = await hub.query(`{ coverageReport(network: DIGITALE_DOERFER_RLP) { ${FIGURES} } }`);
    expect(data.coverageReport.complete).toBe(false);
    expect(data.coverageReport.knownMembers).toBeLessThan(61);
    expect(data.coverageReport.note).toBe(
      `Bekannte Mitglieder in diesem Register: ${data.coverageReport.knownMembers} — gemeldet sind 61 (April 2025, laut Rhein-Zeitung, Quelle: ${data.coverageReport.latestReportedSize.source}). Abdeckung und erreichte Bevölkerung sind daher Untergrenzen.` +
        ' Eisenberg (Pfalz) ist nicht mitgezählt: zuletzt am 11.04.2024 als Mitglied belegt, ob die Mitgliedschaft fortbesteht, ist nicht bekannt.',
    );
  });

  test('Trier, without a joining date, counts from the first source that names it (31.08.2020), and the note says so before', async () => {
    const figures = async (asOf: string) =>
      (
        await hub.query(`query($d: LocalDate) { membershipReport(network: IKONE_DS, groupBy: DISTRICT, asOf: $d) { ${FIGURES} } }`, {
          d: asOf,
        })
      ).data.membershipReport;
    const [before, named] = [await figures('2020-08-30'), await figures('2020-08-31')];
    expect(named.knownMembers - before.knownMembers).toBe(1);
    expect(before.note).toContain('Trier ist nicht mitgezählt: Beitrittsdatum unbekannt, erst ab dem 31.08.2020 als Mitglied belegt.');
    expect(before.note).toContain('Ingelheim am Rhein ist nicht mitgezählt: keine datierte Quelle belegt die Mitgliedschaft');
    expect(named.note).not.toContain('Trier');
  });

  test('a member of unknown status counts up to its last confirmation, and the note names it only after that', async () => {
    const figures = async (asOf: string) =>
      (await hub.query(`query($d: LocalDate) { coverageReport(network: DIGITALE_DOERFER_RLP, asOf: $d) { ${FIGURES} } }`, { d: asOf })).data
        .coverageReport;
    const [confirmed, dayAfter] = [await figures('2024-04-11'), await figures('2024-04-12')];
    expect(confirmed.knownMembers - dayAfter.knownMembers).toBe(1);
    expect(confirmed.note).not.toContain('ist nicht mitgezählt');
    expect(dayAfter.note).toContain('Eisenberg (Pfalz) ist nicht mitgezählt: zuletzt am 11.04.2024 als Mitglied belegt');
  });
});

test('the outreach list claims "in no network" only where the registry is complete, and says why not', async () => {
  const { data } = await hub.query(`{ outreachList(first: 1) { totalCount complete note } }`);
  expect(data.outreachList.complete).toBe(false);
  expect(data.outreachList.note).toMatch(/^Nicht als Mitglied bekannt/);
  const dd = (await membersOn(NetworkId.DIGITALE_DOERFER_RLP, today)).size;
  expect(data.outreachList.note).toContain(
    `Digitale Dörfer RLP: das Register kennt ${dd} von 61 gemeldeten Mitgliedern (April 2025, Quelle: https://`,
  );
  // past the end of the list the answer still says it
  const past = await hub.query(`{ outreachList(first: 1, after: "${encodeCursor(100000)}") { totalCount complete note } }`);
  expect(past.data.outreachList).toEqual(data.outreachList);
});
