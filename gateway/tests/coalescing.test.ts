// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// Request coalescing in the tuned gateway: identical queries in flight at the same time share one
// execution (gateway/operation-coalescing.ts), identical query fetches one subgraph answer
// (gateway/subgraph-fetcher.ts, coalescingFetcher) — but only among callers with
// the same rights, and never across a change, so every caller still reads what it may and its own
// writes. Through the real gateway, subgraphs and PostgreSQL.
import { createCallerKeys, startTestHub, TestHub, withKey } from '../../testing/hub';

const VG_KIRCHHEIMBOLANDEN = '073335004000';
const FRESH = { 'cache-control': 'no-cache' };

describe('identical queries in flight at once', () => {
  let hub: TestHub;
  const logLines: string[] = [];
  let adminKey: string;
  let coordinatorKey: string;
  /** Requests the registry answered for an operation of this name (the gateway names its fetches after it). */
  const registryRequests = (operation: string) => logLines.filter((l) => l.includes(`"operationName":"${operation}__registry__`)).length;

  beforeAll(async () => {
    hub = await startTestHub({ logLines });
    ({ admin: adminKey, dd: coordinatorKey } = await createCallerKeys(hub, 'coalescing'));
  });
  afterAll(async () => {
    await hub?.close();
  });

  test('share one subgraph answer: fewer registry requests than clients, every client the full, right answer', async () => {
    const PAGE = `query Seite { municipalities(first: 50) { edges { node { ars name district { name } digitaleDoerfer { status } networkFit { network { id } level } } } } }`;
    const alone = await hub.query(PAGE, {}, FRESH);
    expect(alone.errors).toBeUndefined();
    const before = registryRequests('Seite');
    const answers = await Promise.all(Array.from({ length: 30 }, () => hub.query(PAGE, {}, FRESH)));
    for (const answer of answers) expect([answer.errors, answer.data]).toEqual([undefined, alone.data]);
    expect(registryRequests('Seite') - before).toBeLessThan(30);
    expect(registryRequests('Seite') - before).toBeGreaterThan(0);
  });

  test('identical whole queries share one execution; every caller gets the answer with the cache headers of its own identity', async () => {
    const PAGE = `query Seitenweise { municipalities(first: 30) { edges { node { ars name networkFit { level } } } } }`;
    const sharedAnswers = async () =>
      Number(
        /^kommunalnetz_gateway_shared_answers\{service="gateway"\} (\d+)$/m.exec(
          await (await fetch(new URL('/metrics', hub.gatewayUrl))).text(),
        )?.[1],
      );
    const before = await sharedAnswers();
    expect(before).toBeGreaterThanOrEqual(0);
    const answers = await Promise.all(
      Array.from({ length: 30 }, (_, i) => hub.query(PAGE, {}, i % 3 === 2 ? { ...FRESH, ...withKey(adminKey) } : FRESH)),
    );
    answers.forEach((answer, i) => {
      expect([answer.errors, answer.data]).toEqual([undefined, answers[0].data]);
      // Public answers may be kept by shared caches; the ministry's never (gateway/cache-hints.ts).
      expect(answer.headers.get('cache-control')).toMatch(i % 3 === 2 ? /^no-store$/ : /^public, max-age=\d+$/);
    });
    expect(answers[0].data.municipalities.edges).toHaveLength(30);
    expect((await sharedAnswers()) - before).toBeGreaterThan(0);
  });

  test('callers with different rights never share: the public gets no contact person, the ministry gets no refusal', async () => {
    const CONTACT = `query Kontakt { municipality(key: "073335003000") { name digitaleDoerfer { id contactPerson { name } } } }`;
    const { id } = (await hub.query(CONTACT, {}, withKey(adminKey))).data.municipality.digitaleDoerfer;
    const named = await hub.query(
      `mutation ($id: ID!) { setContactPerson(membershipId: $id, expectedVersion: 0, contact: { name: "Erika Muster", function: "Digitalisierungsbeauftragte" }) { id } }`,
      { id },
      withKey(adminKey),
    );
    expect(named.errors).toBeUndefined();
    for (let round = 0; round < 3; round++) {
      const answers = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          i % 2 === 0 ? hub.query(CONTACT, {}, FRESH) : hub.query(CONTACT, {}, { ...FRESH, ...withKey(adminKey) }),
        ),
      );
      answers.forEach((answer, i) => {
        if (i % 2 === 0) {
          expect(answer.errors?.map((e) => e.extensions?.code)).toContain('FORBIDDEN');
          expect(JSON.stringify(answer)).not.toContain('Erika Muster');
        } else {
          expect(answer.errors).toBeUndefined();
          expect(answer.data.municipality.digitaleDoerfer.contactPerson).toEqual({ name: 'Erika Muster' });
        }
        expect(answer.data?.municipality?.name).toBe('Göllheim');
      });
    }
  });

  test('never across a change: a query sent after a mutation was answered reads it, while identical queries keep running', async () => {
    const STATUS = `query Stand { municipality(key: "${VG_KIRCHHEIMBOLANDEN}") { digitaleDoerfer { status } } }`;
    let running = true;
    // identical public queries, always several in flight
    const background = Promise.all(
      Array.from({ length: 8 }, async () => {
        while (running) await hub.query(STATUS, {}, FRESH);
      }),
    );
    try {
      expect((await hub.query(STATUS, {}, FRESH)).data.municipality.digitaleDoerfer).toBeNull();
      const recorded = await hub.query(
        `mutation { recordApplication(input: { municipalityKey: "${VG_KIRCHHEIMBOLANDEN}", letterDate: "2025-01-10", signedBy: "Bürgermeister Muster", receivedOn: "2025-01-15" }) { membership { id version status } } }`,
        {},
        withKey(coordinatorKey),
      );
      expect(recorded.errors).toBeUndefined();
      const applied = recorded.data.recordApplication.membership.status;
      expect((await hub.query(STATUS, {}, FRESH)).data.municipality.digitaleDoerfer).toEqual({ status: applied });
      const { id, version } = recorded.data.recordApplication.membership;
      const approved = await hub.query(
        `mutation ($id: ID!, $version: Int!) { approveApplication(membershipId: $id, expectedVersion: $version, startedOn: "2025-02-01") { status } }`,
        { id, version },
        withKey(coordinatorKey),
      );
      expect(approved.errors).toBeUndefined();
      expect((await hub.query(STATUS, {}, FRESH)).data.municipality.digitaleDoerfer).toEqual({
        status: approved.data.approveApplication.status,
      });
    } finally {
      running = false;
      await background;
    }
  });
});
