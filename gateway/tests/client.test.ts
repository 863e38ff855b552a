// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// The typed operations in client/operations, as a partner portal would send them.
import { print } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import {
  CoverageDocument,
  MembershipReportDocument,
  MitgliederberichtDocument,
  OutreachDocument,
  MunicipalityByKeysDocument,
  MunicipalityFitDocument,
  NetworkMembersDocument,
  RecommendNetworksDocument,
  SearchMunicipalitiesDocument,
} from '../../client/generated/graphql';
import { postGraphQL, startTestHub, TestHub } from '../../testing/hub';

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(async () => {
  await hub?.close();
});

async function run<R, V>(document: TypedDocumentNode<R, V>, variables: V): Promise<R> {
  const { data, errors } = await postGraphQL<R>(hub.gatewayUrl, { query: print(document), variables });
  expect(errors).toBeUndefined();
  return data!;
}

test('MunicipalityFit', async () => {
  const { municipality } = await run(MunicipalityFitDocument, { key: '07333026' });
  expect(municipality?.verbandsgemeinde?.name).toBe('Göllheim');
  expect(municipality?.networkFit?.map((f) => f.network.id)).toEqual(['DIGITALE_DOERFER_RLP', 'IKONE_DS']);
});

test('MunicipalityByKeys answers many keys in the order asked, ARS and AGS mixed, null for an unknown key', async () => {
  // Mainz by AGS, Göllheim (a Verbandsgemeinde: ARS only), an unknown AGS, Mainz again by ARS
  const { municipalitiesByKeys } = await run(MunicipalityByKeysDocument, {
    keys: ['07315000', '073335003000', '07999999', '07 315 0000 000'],
  });
  expect(municipalitiesByKeys.map((m) => m && [m.id, m.ars, m.name, m.type])).toEqual([
    ['073150000000', '073150000000', 'Mainz, Stadt', 'KREISFREIE_STADT'],
    ['073335003000', '073335003000', 'Göllheim', 'VERBANDSGEMEINDE'],
    null,
    ['073150000000', '073150000000', 'Mainz, Stadt', 'KREISFREIE_STADT'],
  ]);
  expect(municipalitiesByKeys[0]?.population).toBe(224684);
  expect(municipalitiesByKeys[0]?.networkFit?.map((f) => [f.network.id, f.level])).toEqual([
    ['IKONE_DS', 'HIGH'],
    ['DIGITALE_DOERFER_RLP', 'NONE'],
  ]);
});

test('SearchMunicipalities pages through results', async () => {
  const first = await run(SearchMunicipalitiesDocument, { name: 'bach', first: 10 });
  expect(first.municipalities.totalCount).toBeGreaterThan(10);
  const second = await run(SearchMunicipalitiesDocument, { name: 'bach', first: 10, after: first.municipalities.pageInfo.endCursor });
  expect(second.municipalities.edges[0].node.ars).not.toBe(first.municipalities.edges[0].node.ars);
});

test('NetworkMembers and RecommendNetworks', async () => {
  const members = await run(NetworkMembersDocument, {});
  expect(members.networks).toHaveLength(2);
  expect(members.ikoneDsMembers.totalCount).toBe(13);
  const fits = await run(RecommendNetworksDocument, { profile: { type: 'ORTSGEMEINDE', population: 900 } });
  expect(fits.recommendNetworks[0].network.id).toBe('DIGITALE_DOERFER_RLP');
});

test('Coverage, MembershipReport and Outreach', async () => {
  const coverage = await run(CoverageDocument, { network: 'IKONE_DS' });
  expect(coverage.coverageReport.state.members).toBe(13);
  const report = await run(MembershipReportDocument, { network: 'DIGITALE_DOERFER_RLP', groupBy: 'YEAR_JOINED' });
  expect(report.membershipReport.rows.map((r) => r.key)).toEqual(['2020', '2021', '2022', '2024']);
  const outreach = await run(OutreachDocument, { first: 3 });
  expect(outreach.outreachList.edges).toHaveLength(3);
  expect(outreach.outreachList.pageInfo.hasNextPage).toBe(true);
});

test('Mitgliederbericht (the dashboard) and Outreach on a past date', async () => {
  const report = await run(MitgliederberichtDocument, { asOf: '2024-12-31' });
  expect(report.networks.map((n) => n.id)).toEqual(['DIGITALE_DOERFER_RLP', 'IKONE_DS']);
  for (const id of ['DIGITALE_DOERFER_RLP', 'IKONE_DS'] as const) {
    expect([report[`${id}_coverage`].network, report[`${id}_coverage`].asOf]).toEqual([id, '2024-12-31']);
    expect(report[`${id}_years`].network).toBe(id);
  }
  const outreach = await run(OutreachDocument, { first: 1, asOf: '2024-12-31' });
  expect(outreach.outreachList.edges[0].node.networkFit?.[0].network.shortName).toBeTruthy();
});
