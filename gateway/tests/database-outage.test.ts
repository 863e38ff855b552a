// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// PostgreSQL goes away and comes back: requests during the outage fail fast with
// SERVICE_UNAVAILABLE, the processes stay up, they recover by themselves, and no acknowledged
// write is lost. The line to the database is cut with a TCP proxy (the shared server stays up).
import { Role } from '../../common/auth/roles';
import { startTestHub, TestHub } from '../../testing/hub';

let hub: TestHub;
let admin: string;
beforeAll(async () => {
  hub = await startTestHub({ databaseProxy: true, env: { RATE_LIMIT_MAX: '100000' } });
  admin = (await hub.apiKeys.create({ name: 'outage admin', role: Role.MINISTRY_ADMIN, createdBy: 'test' })).secret;
});
afterAll(async () => {
  await hub?.close();
});

const READ = `{ municipality(key: "07315000") { name } ikoneDsMembers { totalCount } }`;
const GOELLHEIM = '5f1c0a52-0d6e-4b8e-9a51-000000000002';

test('fail fast during the outage, recover without a restart, keep acknowledged writes', async () => {
  const write = await hub.query(
    `mutation($id: ID!) { setContactPerson(membershipId: $id, expectedVersion: 0, contact: { name: "Vor dem Ausfall", email: "vorher@example.org" }) { id } }`,
    { id: GOELLHEIM },
    { 'x-api-key': admin },
  );
  expect(write.errors).toBeUndefined();
  expect((await hub.query(READ)).data.municipality.name).toBe('Mainz, Stadt');

  hub.databaseProxy!.cut();
  const started = Date.now();
  // A fresh answer (not the one the response cache may still hold for a moment) needs the database.
  const during = await hub.query(READ, undefined, { 'cache-control': 'no-cache' });
  expect(Date.now() - started).toBeLessThan(8_000);
  const codes = (during.errors ?? []).map((e) => e.extensions?.code);
  expect(codes.length).toBeGreaterThan(0);
  expect({ codes: new Set(codes), errors: during.errors }).toEqual({ codes: new Set(['SERVICE_UNAVAILABLE']), errors: during.errors });
  expect(JSON.stringify(during.errors)).not.toMatch(/ECONNRESET|terminated|127\.0\.0\.1/);
  // the processes are up; readiness says the database is missing
  expect((await fetch(new URL('/health/live', hub.registry.url))).status).toBe(200);
  expect((await fetch(new URL('/health/ready', hub.registry.url))).status).toBe(503);

  hub.databaseProxy!.restore();
  let recovered = false;
  for (let i = 0; i < 50 && !recovered; i++) {
    const { data, errors } = await hub.query(READ, undefined, { 'cache-control': 'no-cache' });
    recovered = !errors && data.municipality.name === 'Mainz, Stadt' && data.ikoneDsMembers.totalCount === 13;
    if (!recovered) await new Promise((r) => setTimeout(r, 200));
  }
  expect(recovered).toBe(true);
  expect((await fetch(new URL('/health/ready', hub.registry.url))).status).toBe(200);
  const after = await hub.query(`{ municipality(key: "073335003000") { digitaleDoerfer { contactPerson { email } } } }`, undefined, {
    'x-api-key': admin,
  });
  expect(after.data.municipality.digitaleDoerfer.contactPerson.email).toBe('vorher@example.org');
});
