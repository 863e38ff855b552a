// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// End to end through the gateway: real HTTP, both subgraphs, a real PostgreSQL database.
import { startTestHub, TestHub } from '../../testing/hub';

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(async () => {
  await hub?.close();
});

const FIT = 'networkFit { network { id shortName } level alreadyMember howToJoin reasons { code message } }';

describe('look-ups', () => {
  test('Mainz by AGS: kreisfreie Stadt of 224,684 inhabitants, best fit IKONE-DS, not a member', async () => {
    const { data, errors } = await hub.query(
      `{ municipality(key: "07315000") { ars ags name shortName type population areaKm2 sizeClass district { ars } ikoneDs { role } ${FIT} } }`,
    );
    expect(errors).toBeUndefined();
    const mainz = data.municipality;
    expect(mainz).toMatchObject({
      ars: '073150000000',
      ags: '07315000',
      name: 'Mainz, Stadt',
      type: 'KREISFREIE_STADT',
      population: 224684,
      areaKm2: 97.73,
      sizeClass: 'GROSSSTADT',
    });
    expect(mainz.district.ars).toBe('073150000000');
    expect(mainz.ikoneDs).toBeNull();
    expect(mainz.networkFit[0]).toMatchObject({ network: { id: 'IKONE_DS', shortName: 'IKONE-DS' }, level: 'HIGH', alreadyMember: false });
    expect(mainz.networkFit[0].reasons.map((r: { code: string }) => r.code)).toEqual(['GROSSSTADT']);
    expect(mainz.networkFit[0].howToJoin).toContain('https://www.ikone-ds.de');
    expect(mainz.networkFit[1]).toMatchObject({ network: { id: 'DIGITALE_DOERFER_RLP' }, level: 'NONE' });
  });

  test('the same unit by ARS and by AGS', async () => {
    const { data } = await hub.query(
      `{ a: municipality(key: "073150000000") { name } b: municipality(key: "07315000") { name } c: municipality(key: "07 315 000") { name } }`,
    );
    expect(data).toEqual({ a: { name: 'Mainz, Stadt' }, b: { name: 'Mainz, Stadt' }, c: { name: 'Mainz, Stadt' } });
  });

  test('Verbandsgemeinde Göllheim: transfer point with 13 Ortsgemeinden, and a member', async () => {
    const { data, errors } = await hub.query(`{ municipality(key: "073335003000") {
      name type ags population
      digitaleDoerfer { role status startedOn startedOnPrecision sources }
      ortsgemeinden(first: 20) { totalCount edges { node { name type verbandsgemeinde { ars } } } }
      ${FIT} } }`);
    expect(errors).toBeUndefined();
    const vg = data.municipality;
    expect(vg).toMatchObject({ name: 'Göllheim', type: 'VERBANDSGEMEINDE', ags: null, population: 11910 });
    expect(vg.digitaleDoerfer).toMatchObject({
      role: 'TRANSFER_POINT',
      status: 'ACTIVE',
      startedOn: '2020-12-01',
      startedOnPrecision: 'MONTH',
    });
    expect(vg.digitaleDoerfer.sources.length).toBeGreaterThan(0);
    expect(vg.ortsgemeinden.totalCount).toBe(13);
    expect(vg.ortsgemeinden.edges).toHaveLength(13);
    expect(vg.ortsgemeinden.edges.every((e: any) => e.node.verbandsgemeinde.ars === '073335003000')).toBe(true);
    expect(vg.ortsgemeinden.edges.map((e: any) => e.node.name)).toContain('Göllheim');
    const dd = vg.networkFit[0];
    expect(dd).toMatchObject({ network: { id: 'DIGITALE_DOERFER_RLP' }, level: 'MEMBER', alreadyMember: true, howToJoin: null });
    expect(dd.reasons.map((r: any) => r.code)).toEqual(['ALREADY_MEMBER', 'TRANSFER_POINT', 'VERBANDSGEMEINDE']);
  });

  test('Ortsgemeinde Göllheim is told that its Verbandsgemeinde is in the network', async () => {
    const { data } = await hub.query(
      `{ municipality(key: "07333026") { name type verbandsgemeinde { name digitaleDoerfer { status } } digitaleDoerfer { status } ${FIT} } }`,
    );
    const og = data.municipality;
    expect(og).toMatchObject({
      type: 'ORTSGEMEINDE',
      verbandsgemeinde: { name: 'Göllheim', digitaleDoerfer: { status: 'ACTIVE' } },
      digitaleDoerfer: null,
    });
    const dd = og.networkFit.find((f: any) => f.network.id === 'DIGITALE_DOERFER_RLP');
    expect(dd.alreadyMember).toBe(false);
    expect(dd.level).toBe('MEDIUM');
    const notice = dd.reasons.find((r: any) => r.code === 'VERBANDSGEMEINDE_IS_MEMBER');
    expect(notice.message).toContain('Verbandsgemeinde Göllheim');
    expect(dd.howToJoin).toContain('Schillerplatz 3-5, 55126 Mainz');
  });

  test('Katzenelnbogen, a small town, is an IKONE-DS member: membership outranks the size rule', async () => {
    const { data } = await hub.query(
      `{ municipality(key: "071415011068") { name population sizeClass ikoneDs { joinedOn joinedOnPrecision role sources } ${FIT} } }`,
    );
    const k = data.municipality;
    expect(k.population).toBeLessThan(5000);
    expect(k.sizeClass).toBe('LANDGEMEINDE');
    expect(k.ikoneDs).toMatchObject({ joinedOn: '2019-12-01', joinedOnPrecision: 'MONTH', role: 'MEMBER' });
    expect(k.networkFit[0]).toMatchObject({ network: { id: 'IKONE_DS' }, level: 'MEMBER', alreadyMember: true });
    expect(k.networkFit[0].reasons.map((r: any) => r.code)).toEqual(['ALREADY_MEMBER', 'SMALL_TOWN']);
  });

  test('Eisenberg (Pfalz): its transfer-point role ended, its membership is of unknown status; it is not told to apply', async () => {
    const { data } = await hub.query(`{ municipality(key: "073335002000") {
      digitaleDoerfer { role status endedOn lastConfirmedOn }
      digitaleDoerferRoles { role startedOn startedOnPrecision endedOn }
      ${FIT} } }`);
    expect(data.municipality.digitaleDoerfer).toEqual({ role: 'MEMBER', status: 'UNKNOWN', endedOn: null, lastConfirmedOn: '2024-04-11' });
    expect(data.municipality.digitaleDoerferRoles).toEqual([
      { role: 'MODEL_MUNICIPALITY', startedOn: '2015-01-01', startedOnPrecision: 'YEAR', endedOn: '2021-12-31' },
      { role: 'TRANSFER_POINT', startedOn: '2020-12-01', startedOnPrecision: 'MONTH', endedOn: '2023-12-31' },
    ]);
    const dd = data.municipality.networkFit.find((f: any) => f.network.id === 'DIGITALE_DOERFER_RLP');
    expect(dd).toMatchObject({ alreadyMember: false, howToJoin: null });
    expect(dd.reasons[0]).toMatchObject({ code: 'MEMBERSHIP_UNKNOWN' });
    expect(dd.reasons[0].message).toContain('11.4.2024');
    // The whole outreach list, page by page: Eisenberg is on no page.
    const listed: string[] = [];
    for (let after: string | null = null; ;) {
      const page: any = await hub.query(
        `query($after: String) { outreachList(first: 100, after: $after) { edges { node { ars } } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
      listed.push(...page.data.outreachList.edges.map((e: any) => e.node.ars));
      if (!page.data.outreachList.pageInfo.hasNextPage) break;
      after = page.data.outreachList.pageInfo.endCursor;
    }
    expect(listed.length).toBeGreaterThan(1000);
    expect(listed).toContain('073335003026'); // the Ortsgemeinde Göllheim, a neighbour not known as a member
    expect(listed).not.toContain('073335002000');
  });

  test('Otterbach-Otterberg is a transfer point but was no model municipality of the project', async () => {
    const { data } = await hub.query(
      `{ municipality(key: "073355010000") { digitaleDoerfer { role startedOnInferred } digitaleDoerferRoles { role } } }`,
    );
    expect(data.municipality.digitaleDoerfer).toEqual({ role: 'TRANSFER_POINT', startedOnInferred: true });
    expect(data.municipality.digitaleDoerferRoles).toEqual([{ role: 'TRANSFER_POINT' }]);
  });

  test('an unknown but well-formed key is null, without an error', async () => {
    const { data, errors } = await hub.query(`{ a: municipality(key: "079999999999") { name } b: municipality(key: "07999999") { name } }`);
    expect(errors).toBeUndefined();
    expect(data).toEqual({ a: null, b: null });
  });
});

describe('networks and members', () => {
  test('both networks with their published facts', async () => {
    const { data } = await hub.query(`{ networks { id name targetGroup howToJoin website sources } }`);
    expect(data.networks.map((n: any) => n.id)).toEqual(['DIGITALE_DOERFER_RLP', 'IKONE_DS']);
    const dd = data.networks[0];
    expect(dd.howToJoin).toContain('Ministerium des Innern und für Sport, Schillerplatz 3-5, 55126 Mainz');
    expect(dd.howToJoin).toContain('Ansprechpartner');
    expect(dd.targetGroup).toContain('Verbandsgemeinden');
  });

  test('the Digitale Dörfer records are the members public sources name, nothing invented', async () => {
    const { data } = await hub.query(
      `{ digitaleDoerferMemberships(first: 50) { totalCount edges { node { role status sources municipality { name type } } } } }`,
    );
    const nodes = data.digitaleDoerferMemberships.edges.map((e: any) => e.node);
    expect(nodes.every((n: any) => n.sources.length > 0 && n.municipality.type === 'VERBANDSGEMEINDE')).toBe(true);
    // transfer points first
    expect(nodes.slice(0, 3).map((n: any) => [n.municipality.name, n.role])).toEqual([
      ['Betzdorf-Gebhardshain', 'TRANSFER_POINT'],
      ['Göllheim', 'TRANSFER_POINT'],
      ['Otterbach-Otterberg', 'TRANSFER_POINT'],
    ]);
    expect(nodes.map((n: any) => n.municipality.name).sort()).toEqual([
      'Bad Ems-Nassau',
      'Betzdorf-Gebhardshain',
      'Eisenberg (Pfalz)',
      'Göllheim',
      'Herrstein-Rhaunen',
      'Nastätten',
      'Otterbach-Otterberg',
    ]);
    const active = await hub.query(`{ municipalities(filter: { digitaleDoerferStatus: [ACTIVE] }) { totalCount } }`);
    expect(active.data.municipalities.totalCount).toBe(6);
  });

  test('the thirteen publicly named IKONE-DS members, each linked to its official key', async () => {
    const { data } =
      await hub.query(`{ ikoneDsMembers(first: 50) { totalCount edges { node { nameAsReported role municipality { ars name type } } } }
      ikoneDsFeed { snapshot { asOf recordCount linkedCount } unlinkedRecords { nameAsReported } } }`);
    expect(data.ikoneDsMembers.totalCount).toBe(13);
    const byName = Object.fromEntries(data.ikoneDsMembers.edges.map((e: any) => [e.node.nameAsReported, e.node]));
    expect(byName['Bad Kreuznach'].municipality).toMatchObject({ ars: '071330006006', type: 'GROSSE_KREISANGEHOERIGE_STADT' });
    expect(byName['Kaiserslautern']).toMatchObject({ role: 'COORDINATOR', municipality: { ars: '073120000000' } });
    expect(data.ikoneDsFeed.snapshot).toMatchObject({
      recordCount: 13,
      linkedCount: 13,
    });
    expect(data.ikoneDsFeed.unlinkedRecords).toEqual([]);
  });

  test('recommendation for a hypothetical municipality', async () => {
    const { data } =
      await hub.query(`{ mittel: recommendNetworks(profile: { type: VERBANDSFREIE_STADT, population: 45000 }) { network { id } level }
      vg: recommendNetworks(profile: { type: VERBANDSGEMEINDE, population: 15000 }) { network { id } level alreadyMember } }`);
    expect(data.mittel[0]).toEqual({ network: { id: 'IKONE_DS' }, level: 'HIGH' });
    expect(data.vg[0]).toEqual({ network: { id: 'DIGITALE_DOERFER_RLP' }, level: 'HIGH', alreadyMember: false });
  });
});

describe('lists and search', () => {
  test('forgiving name search: Goellheim, göllheim and GÖLLHEIM find both Göllheims', async () => {
    for (const name of ['Goellheim', 'göllheim', 'GÖLLHEIM', 'Gollheim']) {
      const { data } = await hub.query(
        `query($name: String) { municipalities(filter: { name: $name }) { totalCount edges { node { ars type } } } }`,
        { name },
      );
      expect(data.municipalities.totalCount).toBe(2);
      expect(data.municipalities.edges.map((e: any) => e.node.ars).sort()).toEqual(['073335003000', '073335003026']);
    }
  });

  test('Eisenberg gives the Verbandsgemeinde and the town; repeated names give every candidate', async () => {
    const eisenberg = await hub.query(`{ municipalities(filter: { name: "Eisenberg" }) { edges { node { ars type } } } }`);
    expect(eisenberg.data.municipalities.edges.map((e: any) => e.node.ars).sort()).toEqual(['073335002000', '073335002019']);
    const roth = await hub.query(
      `{ municipalities(filter: { name: "Roth", types: [ORTSGEMEINDE] }) { totalCount edges { node { name district { name } } } } }`,
    );
    const exact = roth.data.municipalities.edges.filter((e: any) => e.node.name === 'Roth');
    expect(exact.length).toBeGreaterThan(1);
    // exact matches come before names that only contain "roth"
    expect(roth.data.municipalities.edges[0].node.name).toBe('Roth');
  });

  test('filters combine: Ortsgemeinden of one district between 2,000 and 3,000 inhabitants', async () => {
    const { data } =
      await hub.query(`{ municipalities(first: 100, filter: { districtArs: "073330000000", types: [ORTSGEMEINDE], minPopulation: 2000, maxPopulation: 3000 }) {
      totalCount edges { node { type population district { ars } } } } }`);
    expect(data.municipalities.totalCount).toBeGreaterThan(0);
    for (const { node } of data.municipalities.edges) {
      expect(node).toMatchObject({ type: 'ORTSGEMEINDE', district: { ars: '073330000000' } });
      expect(node.population).toBeGreaterThanOrEqual(2000);
      expect(node.population).toBeLessThanOrEqual(3000);
    }
  });

  test('cursor pagination walks the whole list of Landkreise without gaps or repeats', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const res: any = await hub.query(
        `query($after: String) { municipalities(first: 5, after: $after, filter: { types: [LANDKREIS] }) {
        totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { ars } } } }`,
        { after },
      );
      const conn = res.data.municipalities;
      expect(conn.totalCount).toBe(24);
      expect(conn.pageInfo.hasPreviousPage).toBe(page > 0);
      seen.push(...conn.edges.map((e: any) => e.node.ars));
      if (!conn.pageInfo.hasNextPage) break;
      after = conn.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(24);
    expect(new Set(seen).size).toBe(24);
  });

  test('a page of 100 municipalities joins both subgraphs', async () => {
    const { data, errors } =
      await hub.query(`{ municipalities(first: 100, filter: { types: [KREISFREIE_STADT, GROSSE_KREISANGEHOERIGE_STADT, VERBANDSFREIE_STADT, VERBANDSGEMEINDE] }) {
      edges { node { ars name type population district { name } digitaleDoerfer { role } ikoneDs { role } networkFit { network { id } level alreadyMember } } } } }`);
    expect(errors).toBeUndefined();
    const nodes = data.municipalities.edges.map((e: any) => e.node);
    expect(nodes).toHaveLength(100);
    expect(nodes.every((n: any) => n.networkFit.length === 2)).toBe(true);
    const ikoneMembers = nodes.filter((n: any) => n.ikoneDs);
    expect(ikoneMembers.length).toBeGreaterThan(0);
    for (const n of ikoneMembers)
      expect(n.networkFit[0]).toMatchObject({ network: { id: 'IKONE_DS' }, level: 'MEMBER', alreadyMember: true });
  });
});
