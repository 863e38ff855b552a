// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// `npm run seed:demo`: invented data is added marked as such, and removed again completely;
// the real, sourced records are never touched.
import { createLogger } from '../../common/logging';
import { startTestHub, TestHub } from '../../testing/hub';
import { removeDemo, seedDemo } from '../seed-demo';

let hub: TestHub;
const logger = createLogger('test', 'silent');
beforeAll(async () => {
  hub = await startTestHub({ env: { RATE_LIMIT_MAX: '100000' } });
});
afterAll(async () => {
  await hub?.close();
});

const OVERVIEW = `{
  digitaleDoerferMemberships(first: 100) { totalCount edges { node { isDemo note role municipality { name } } } }
  meetings(first: 50) { totalCount edges { node { title attendees { name } } } }
  experienceReports(first: 50) { totalCount edges { node { title } } }
  whomToAsk(topic: "Dorf-App") { report { title } }
}`;

// The seed writes straight to the database; the gateway hears of it by notification a moment later,
// so the checks ask for fresh answers instead of racing the response cache.
const overview = async () => (await hub.query(OVERVIEW, undefined, { 'cache-control': 'no-cache' })).data;

test('seed marks every invented record; remove takes all of them out and leaves the real ones', async () => {
  const before = await overview();
  expect(before.digitaleDoerferMemberships.totalCount).toBe(7);
  // the shipped, sourced meetings are real, none of them demo
  expect(before.meetings.totalCount).toBe(13);
  expect(before.meetings.edges.some((e: any) => e.node.title.startsWith('[DEMO]'))).toBe(false);

  const added = await seedDemo(hub.registry.dataSource, logger);
  expect(added).toBeGreaterThan(3);
  expect(await seedDemo(hub.registry.dataSource, logger)).toBe(0); // once only

  const seeded = await overview();
  const demo = seeded.digitaleDoerferMemberships.edges.map((e: any) => e.node).filter((n: any) => n.isDemo);
  expect(demo).toHaveLength(added);
  expect(demo.every((n: any) => n.note.startsWith('[DEMO]'))).toBe(true);
  expect(seeded.meetings.totalCount).toBeGreaterThan(before.meetings.totalCount);
  const demoMeetings = seeded.meetings.edges.filter((e: any) => e.node.title.startsWith('[DEMO] '));
  expect(demoMeetings.length).toBe(seeded.meetings.totalCount - before.meetings.totalCount);
  expect(seeded.experienceReports.edges.every((e: any) => e.node.title.startsWith('[DEMO] '))).toBe(true);
  expect(seeded.whomToAsk.length).toBeGreaterThan(0);
  // the real records are unchanged
  const real = (data: any) => data.digitaleDoerferMemberships.edges.map((e: any) => e.node).filter((n: any) => !n.isDemo);
  expect(real(seeded)).toEqual(real(before));

  expect(await removeDemo(hub.registry.dataSource, logger)).toBe(added);
  const after = await overview();
  expect(after).toEqual(before);
});
