// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// Who may see and change what, through the real gateway and subgraphs: API keys, people's JWTs,
// the gateway's token to the subgraphs, field-level rules and the logs.
import { createHmac } from 'node:crypto';
import { exportSPKI, generateKeyPair, SignJWT } from 'jose';
import { Client } from 'pg';
import { parseApiKey } from '../../common/auth/api-key-check';
import { GATEWAY_TOKEN_HEADER, gatewaySigningKey, signGatewayToken } from '../../common/auth/internal-token';
import { ANONYMOUS, Role } from '../../common/auth/roles';
import { NetworkId } from '../../common/domain';
import { postGraphQL, startTestHub, TestHub } from '../../testing/hub';
import { KEY_AS_BEARER_MESSAGE, UNKNOWN_KEY_MESSAGE } from '../authenticate';

const ISSUER = 'https://idp.example.rlp.de';
const AUDIENCE = 'kommunalnetz-hub';
const GOELLHEIM_MEMBERSHIP = '5f1c0a52-0d6e-4b8e-9a51-000000000002';
const CONTACT = {
  name: 'Erika Mustermann-Test',
  function: 'Digitalisierungsbeauftragte',
  email: 'erika.test@vg-goellheim.example',
  phone: '+49 6351 0000-99',
};
const CONTACT_QUERY = `{ municipality(key: "073335003000") { name digitaleDoerfer { id role hasContactPerson contactPerson { name function email phone } } } }`;
// $v: the contact's version the client saw (0 while none is named).
const SET_CONTACT = `mutation($id: ID!, $c: ContactPersonInput!, $v: Int = 0) { setContactPerson(membershipId: $id, contact: $c, expectedVersion: $v) { id hasContactPerson } }`;

let hub: TestHub;
let idp: Awaited<ReturnType<typeof generateKeyPair>>;
let otherKey: Awaited<ReturnType<typeof generateKeyPair>>;
const logLines: string[] = [];
const keys: Record<string, string> = {};

const MAX_LIFETIME_S = 3_600;
const nowSeconds = () => Math.floor(Date.now() / 1000);

/** A token of the test identity provider; issuedAt: epoch seconds, or null for no "iat"; expiresIn: '5m' or epoch seconds. */
async function jwt(
  claims: Record<string, unknown>,
  options: { key?: any; audience?: string; expiresIn?: string | number; issuedAt?: number | null; alg?: string } = {},
) {
  const token = new SignJWT(claims)
    .setProtectedHeader({ alg: options.alg ?? 'RS256' })
    .setIssuer(ISSUER)
    .setAudience(options.audience ?? AUDIENCE)
    .setSubject('person-4711');
  if (options.issuedAt !== null) token.setIssuedAt(options.issuedAt);
  return token.setExpirationTime(options.expiresIn ?? '5m').sign(options.key ?? idp.privateKey);
}

const asKey = (key: string) => ({ 'x-api-key': key });
const asBearer = (token: string) => ({ authorization: `Bearer ${token}` });

async function contactRow() {
  const client = new Client({ connectionString: hub.databaseUrl });
  await client.connect();
  const { rows } = await client.query('SELECT name, email, phone FROM registry.contact_person');
  await client.end();
  return rows;
}

beforeAll(async () => {
  idp = await generateKeyPair('RS256');
  otherKey = await generateKeyPair('RS256');
  hub = await startTestHub({
    jwt: { publicKeyPem: await exportSPKI(idp.publicKey), issuer: ISSUER, audience: AUDIENCE, maxLifetimeSeconds: MAX_LIFETIME_S },
    logLines,
    // This file sends many refused credentials from one address on purpose; their throttling is tested elsewhere.
    env: { AUTH_FAILURE_MAX: '1000' },
  });
  for (const [label, role, network] of [
    ['admin', Role.MINISTRY_ADMIN, null],
    ['partner', Role.PARTNER, null],
    ['ddCoordinator', Role.COORDINATOR, NetworkId.DIGITALE_DOERFER_RLP],
    ['ikoneCoordinator', Role.COORDINATOR, NetworkId.IKONE_DS],
  ] as const) {
    keys[label] = (await hub.apiKeys.create({ name: `test ${label}`, role, network, createdBy: 'test' })).secret;
  }
  const set = await hub.query(SET_CONTACT, { id: GOELLHEIM_MEMBERSHIP, c: CONTACT }, asKey(keys.admin));
  expect(set.errors).toBeUndefined();
});
afterAll(async () => {
  await hub?.close();
});

describe('reading', () => {
  test('anonymous clients read public data, and get null plus FORBIDDEN for personal data', async () => {
    const { data, errors } = await hub.query(CONTACT_QUERY);
    const dd = data.municipality.digitaleDoerfer;
    expect(data.municipality.name).toBe('Göllheim');
    expect(dd).toMatchObject({ role: 'TRANSFER_POINT', hasContactPerson: true });
    expect(dd.contactPerson).toEqual({ name: null, function: null, email: null, phone: null });
    expect(errors!.map((e) => e.extensions!.code)).toEqual(['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']);
    expect(errors!.map((e) => e.path!.at(-1)).sort()).toEqual(['email', 'function', 'name', 'phone']);
    expect(errors!.find((e) => e.path!.at(-1) === 'email')!.message).toBe(
      'The role PUBLIC (no credentials sent) may not read ContactPerson.email; it needs the role PARTNER, COORDINATOR or MINISTRY_ADMIN. ' +
        'Send an API key with one of these roles in the header x-api-key.',
    );
  });

  test('a partner key reads the contact person', async () => {
    const { data, errors } = await hub.query(CONTACT_QUERY, undefined, asKey(keys.partner));
    expect(errors).toBeUndefined();
    expect(data.municipality.digitaleDoerfer.contactPerson).toEqual(CONTACT);
  });

  test('a person with a valid token of the identity provider reads it too', async () => {
    const token = await jwt({ role: 'PARTNER' });
    const { data, errors } = await hub.query(CONTACT_QUERY, undefined, asBearer(token));
    expect(errors).toBeUndefined();
    expect(data.municipality.digitaleDoerfer.contactPerson.email).toBe(CONTACT.email);
  });
});

describe('viewer: who is calling, for every role, never a key id or secret', () => {
  const VIEWER = '{ viewer { role network } }';

  test('anonymous, partner key, coordinator keys, admin key and a JWT, each answered for itself (never from the cache)', async () => {
    // Anonymous first: a cached PUBLIC answer must not reach the callers after it.
    for (let round = 0; round < 2; round++) {
      const anonymous = await postGraphQL(hub.gatewayUrl, { query: VIEWER });
      expect(anonymous.errors).toBeUndefined();
      expect(anonymous.data).toEqual({ viewer: { role: 'PUBLIC', network: null } });
      expect(anonymous.headers.get('cache-control')).toBe('no-store');
      const cases: [Record<string, string>, unknown][] = [
        [asKey(keys.partner), { role: 'PARTNER', network: null }],
        [asKey(keys.ddCoordinator), { role: 'COORDINATOR', network: 'DIGITALE_DOERFER_RLP' }],
        [asKey(keys.ikoneCoordinator), { role: 'COORDINATOR', network: 'IKONE_DS' }],
        [asKey(keys.admin), { role: 'MINISTRY_ADMIN', network: null }],
        [
          asBearer(await jwt({ role: 'COORDINATOR', network: 'DIGITALE_DOERFER_RLP' })),
          { role: 'COORDINATOR', network: 'DIGITALE_DOERFER_RLP' },
        ],
      ];
      for (const [headers, viewer] of cases) {
        const response = await postGraphQL(hub.gatewayUrl, { query: VIEWER }, headers);
        expect(response.errors).toBeUndefined();
        expect(response.data).toEqual({ viewer });
        expect(response.headers.get('cache-control')).toBe('no-store');
      }
    }
  });

  test('the type has no field that could carry a key id, subject or secret', async () => {
    const { data } = await hub.query('{ __type(name: "Viewer") { fields { name } } }');
    expect(data.__type.fields.map((f: { name: string }) => f.name)).toEqual(['role', 'network']);
    const response = await postGraphQL(hub.gatewayUrl, { query: '{ viewer { id } }' }, asKey(keys.admin));
    expect(response.errors![0].extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});

describe('refused credentials get 401 UNAUTHENTICATED, never a silent fallback to anonymous', () => {
  async function expectRefused(headers: Record<string, string>, message?: string) {
    const response = await postGraphQL(hub.gatewayUrl, { query: '{ networks { id } }' }, headers);
    expect(response.status).toBe(401);
    expect(response.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    if (message) expect(response.errors![0].message).toContain(message);
    expect(response.data).toBeUndefined();
  }

  test('an unknown or malformed API key: one message that says what a key looks like', async () => {
    await expectRefused(asKey('knh_0000000000000000_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'), UNKNOWN_KEY_MESSAGE);
    await expectRefused(asKey(keys.partner.slice(0, -1) + (keys.partner.endsWith('A') ? 'B' : 'A')), UNKNOWN_KEY_MESSAGE);
    await expectRefused(asKey("' OR 1=1 --"), UNKNOWN_KEY_MESSAGE);
    expect(UNKNOWN_KEY_MESSAGE).toContain('knh_<16 hex digits>_<43 characters>');
  });

  test('a revoked key: its holder is told it was revoked, and when', async () => {
    const { apiKey, secret } = await hub.apiKeys.create({ name: 'to revoke', role: Role.PARTNER, createdBy: 'test' });
    expect((await hub.query('{ networks { id } }', undefined, asKey(secret))).status).toBe(200);
    await hub.apiKeys.revoke(apiKey.id);
    const [{ revoked_at }] = await hub.apiKeys.dataSource.query(`SELECT revoked_at FROM auth.api_key WHERE id = $1`, [apiKey.id]);
    const at = (revoked_at as Date).toISOString().replace(/\.\d{3}Z$/, 'Z');
    await expectRefused(asKey(secret), `This API key was revoked on ${at} and no longer works. Ask the ministry for a new key.`);
  });

  test('an expired key', async () => {
    const { apiKey, secret } = await hub.apiKeys.create({
      name: 'to expire',
      role: Role.PARTNER,
      createdBy: 'test',
      expiresAt: new Date(Date.now() + 60_000),
    });
    await hub.apiKeys.dataSource.query(`UPDATE auth.api_key SET expires_at = '2026-01-31T23:00:00Z' WHERE id = $1`, [apiKey.id]);
    await expectRefused(asKey(secret), 'This API key expired on 2026-01-31T23:00:00Z and no longer works. Ask the ministry for a new key.');
  });

  test('without the secret, a revoked, an expired and a valid key all read as unknown: same status, message and headers', async () => {
    const revoked = await hub.apiKeys.create({ name: 'revoked, probed', role: Role.PARTNER, createdBy: 'test' });
    await hub.apiKeys.revoke(revoked.apiKey.id);
    const expired = await hub.apiKeys.create({ name: 'expired, probed', role: Role.PARTNER, createdBy: 'test' });
    await hub.apiKeys.dataSource.query(`UPDATE auth.api_key SET expires_at = now() - interval '1 day' WHERE id = $1`, [expired.apiKey.id]);
    // The id is the visible part of a key; a guesser who has it (from a log, say) still learns nothing.
    const wrongSecret = (secret: string) => `knh_${parseApiKey(secret)!.id}_${'A'.repeat(43)}`;
    const probes = [
      'knh_0123456789abcdef_' + 'B'.repeat(43),
      'not a key at all',
      wrongSecret(revoked.secret),
      wrongSecret(expired.secret),
      wrongSecret(keys.admin),
    ];
    const answers = [];
    for (const probe of probes) {
      const response = await fetch(hub.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...asKey(probe) },
        body: JSON.stringify({ query: '{ networks { id } }' }),
      });
      const headers: Record<string, string> = {};
      response.headers.forEach((value, name) => {
        if (!['date', 'x-request-id'].includes(name)) headers[name] = value;
      });
      answers.push({ status: response.status, headers, body: await response.text() });
    }
    expect(answers[0].status).toBe(401);
    expect(JSON.parse(answers[0].body).errors[0].message).toBe(UNKNOWN_KEY_MESSAGE);
    for (const answer of answers.slice(1)) expect(answer).toEqual(answers[0]);
  });

  test('an API key sent as a bearer token gets a hint to use x-api-key, without being looked up', async () => {
    const before = await hub.apiKeys.dataSource.query(`SELECT id, last_used_at FROM auth.api_key ORDER BY id`);
    await expectRefused(asBearer(keys.partner), KEY_AS_BEARER_MESSAGE);
    await expectRefused({ authorization: keys.partner }, KEY_AS_BEARER_MESSAGE);
    // a made-up key gets the very same answer: the hint is about the form, not about the key
    await expectRefused(asBearer('knh_0123456789abcdef_' + 'C'.repeat(43)), KEY_AS_BEARER_MESSAGE);
    expect(KEY_AS_BEARER_MESSAGE).toContain('x-api-key');
    expect(await hub.apiKeys.dataSource.query(`SELECT id, last_used_at FROM auth.api_key ORDER BY id`)).toEqual(before);
  });

  test('credentials in the wrong header or form get a hint', async () => {
    await expectRefused(asKey(`Bearer ${keys.partner}`), 'without "Bearer "');
    await expectRefused(asKey(await jwt({ role: 'PARTNER' })), '"Authorization: Bearer <token>" instead of x-api-key');
    await expectRefused({ ...asKey(keys.partner), ...asBearer(await jwt({ role: 'PARTNER' })) }, 'not both');
    await expectRefused({ authorization: 'Basic dXNlcjpwYXNz' }, 'must read "Bearer <token>"');
  });

  test('JWTs: wrong signing key, expired, alg none, other audience, HS256 with the public key, no role', async () => {
    await expectRefused(asBearer(await jwt({ role: 'PARTNER' }, { key: otherKey.privateKey })));
    await expectRefused(asBearer(await jwt({ role: 'PARTNER' }, { expiresIn: '-1m' })));
    const header = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
    const payload = Buffer.from(
      JSON.stringify({ iss: ISSUER, aud: AUDIENCE, sub: 'x', role: 'MINISTRY_ADMIN', exp: Math.floor(Date.now() / 1000) + 300 }),
    ).toString('base64url');
    await expectRefused(asBearer(`${header}.${payload}.`));
    await expectRefused(asBearer(await jwt({ role: 'PARTNER' }, { audience: 'another-service' })));
    const publicPem = new TextEncoder().encode(await exportSPKI(idp.publicKey));
    await expectRefused(asBearer(await jwt({ role: 'MINISTRY_ADMIN' }, { key: publicPem, alg: 'HS256' })));
    await expectRefused(asBearer(await jwt({})), 'claim "role" must be PARTNER, COORDINATOR, MINISTRY_ADMIN');
    await expectRefused(asBearer(await jwt({ role: 'COORDINATOR' })), 'one of DIGITALE_DOERFER_RLP, IKONE_DS');
    await expectRefused({ authorization: 'Basic dXNlcjpwYXNz' });
  });

  test('JWTs valid for longer than AUTH_JWT_MAX_LIFETIME_S, or without "iat", are refused', async () => {
    const now = nowSeconds();
    const hundredYears = now + 100 * 365 * 86_400;
    await expectRefused(asBearer(await jwt({ role: 'MINISTRY_ADMIN' }, { expiresIn: hundredYears })), 'valid for too long');
    await expectRefused(asBearer(await jwt({ role: 'PARTNER' }, { issuedAt: null })), '"iat"');
    // issued long ago, still unexpired: the lifetime counts from "iat"
    await expectRefused(asBearer(await jwt({ role: 'PARTNER' }, { issuedAt: now - 7_200, expiresIn: now + 600 })), 'valid for too long');
    // a short lifetime claimed from an "iat" far ahead: "exp" is still too far from now
    const ahead = now + 86_400;
    await expectRefused(asBearer(await jwt({ role: 'PARTNER' }, { issuedAt: ahead, expiresIn: ahead + 600 })), 'valid for too long');
  });

  test('JWTs within the maximum lifetime are accepted, up to the bound itself', async () => {
    const now = nowSeconds();
    for (const token of [
      await jwt({ role: 'PARTNER' }, { issuedAt: now, expiresIn: now + MAX_LIFETIME_S }),
      await jwt({ role: 'PARTNER' }, { issuedAt: now - 3_000, expiresIn: now + 600 }),
    ]) {
      const response = await hub.query('{ networks { id } }', undefined, asBearer(token));
      expect(response.status).toBe(200);
      expect(response.errors).toBeUndefined();
    }
  });
});

describe('subgraphs answer only the gateway', () => {
  const subgraphs = () =>
    [
      ['registry', hub.registry.url],
      ['ikone-ds', hub.ikoneDs.url],
    ] as const;
  const probes = [
    '{ __schema { types { name } } }',
    '{ _service { sdl } }',
    '{ _entities(representations: [{ __typename: "Municipality", ars: "073335003000" }]) { __typename } }',
  ];

  test.each(probes)('without the gateway token: %s is refused', async (query) => {
    for (const [, url] of subgraphs()) {
      const response = await postGraphQL(url, { query });
      expect(response.status).toBe(401);
      expect(response.data).toBeUndefined();
      expect(response.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    }
  });

  test('a forged token, a token for the other subgraph and a replayed token are refused', async () => {
    const query = { query: '{ _service { sdl } }' };
    const forged = await signGatewayToken(gatewaySigningKey('x'.repeat(40)), 'registry', ANONYMOUS, 'r1');
    expect((await postGraphQL(hub.registry.url, query, { [GATEWAY_TOKEN_HEADER]: forged })).status).toBe(401);
    const secret = gatewaySigningKey(hub.internalSecret);
    const forIkone = await signGatewayToken(secret, 'ikone-ds', ANONYMOUS, 'r2');
    expect((await postGraphQL(hub.registry.url, query, { [GATEWAY_TOKEN_HEADER]: forIkone })).status).toBe(401);
    const genuine = await signGatewayToken(secret, 'registry', ANONYMOUS, 'r3');
    const first = await postGraphQL(hub.registry.url, query, { [GATEWAY_TOKEN_HEADER]: genuine });
    expect(first.status).toBe(200);
    expect(first.data._service.sdl).toContain('type Municipality');
    const replay = await postGraphQL(hub.registry.url, query, { [GATEWAY_TOKEN_HEADER]: genuine });
    expect(replay.status).toBe(401);
  });

  test('a genuinely signed token valid for longer than the gateway signs (or without iat) is refused', async () => {
    const secret = gatewaySigningKey(hub.internalSecret);
    const resign = (token: string, change: (claims: any) => void) => {
      const [header, payload] = token.split('.');
      const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
      change(claims);
      const input = `${header}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}`;
      return `${input}.${createHmac('sha256', secret).update(input).digest('base64url')}`;
    };
    const query = { query: '{ _service { sdl } }' };
    const genuine = await signGatewayToken(secret, 'registry', ANONYMOUS, 'r5');
    for (const token of [
      resign(genuine, (c) => (c.exp = c.iat + 100 * 365 * 86_400)),
      resign(genuine, (c) => ((c.jti = 'no-iat'), delete c.iat)),
    ]) {
      const response = await postGraphQL(hub.registry.url, query, { [GATEWAY_TOKEN_HEADER]: token });
      expect(response.status).toBe(401);
      expect(response.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    }
    // the same token re-signed unchanged passes: the refusals above are the lifetime rule
    expect((await postGraphQL(hub.registry.url, query, { [GATEWAY_TOKEN_HEADER]: resign(genuine, () => undefined) })).status).toBe(200);
  });

  test('a genuine token carries the caller: an anonymous one does not read contacts through _entities', async () => {
    const token = await signGatewayToken(gatewaySigningKey(hub.internalSecret), 'registry', ANONYMOUS, 'r4');
    const { data, errors } = await postGraphQL(
      hub.registry.url,
      {
        query:
          '{ _entities(representations: [{ __typename: "Municipality", ars: "073335003000" }]) { ... on Municipality { digitaleDoerfer { contactPerson { email } } } } }',
      },
      { [GATEWAY_TOKEN_HEADER]: token },
    );
    expect(data._entities[0].digitaleDoerfer.contactPerson.email).toBeNull();
    expect(errors![0].extensions!.code).toBe('FORBIDDEN');
  });
});

describe('writing', () => {
  const change = { ...CONTACT, email: 'neu.test@vg-goellheim.example' };

  test('anonymous: UNAUTHENTICATED; partner and the other network’s coordinator: FORBIDDEN; nothing changes', async () => {
    const before = await contactRow();
    const anonymous = await hub.query(SET_CONTACT, { id: GOELLHEIM_MEMBERSHIP, c: change });
    expect(anonymous.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    expect(anonymous.errors![0].message).toBe(
      'To run the mutation setContactPerson, send credentials with the role COORDINATOR of DIGITALE_DOERFER_RLP or MINISTRY_ADMIN: ' +
        'an API key in the header x-api-key, or a person\'s token as "Authorization: Bearer <token>".',
    );
    for (const [key, role] of [
      [keys.partner, 'PARTNER'],
      [keys.ikoneCoordinator, 'COORDINATOR of IKONE_DS'],
    ]) {
      const refused = await hub.query(SET_CONTACT, { id: GOELLHEIM_MEMBERSHIP, c: change }, asKey(key));
      expect(refused.errors![0].extensions!.code).toBe('FORBIDDEN');
      expect(refused.errors![0].message).toBe(
        `The role ${role} may not run the mutation setContactPerson; it needs the role COORDINATOR of DIGITALE_DOERFER_RLP or MINISTRY_ADMIN. ` +
          'Use credentials with one of these roles (the ministry issues API keys).',
      );
    }
    const ikoneToken = await jwt({ role: 'COORDINATOR', network: 'IKONE_DS' });
    expect((await hub.query(SET_CONTACT, { id: GOELLHEIM_MEMBERSHIP, c: change }, asBearer(ikoneToken))).errors![0].extensions!.code).toBe(
      'FORBIDDEN',
    );
    expect(await contactRow()).toEqual(before);
  });

  test('invalid input changes nothing', async () => {
    const before = await contactRow();
    for (const bad of [
      { ...change, email: 'not-an-email' },
      { ...change, phone: 'call me' },
      { ...change, name: 'x' },
      { ...change, name: 'Eve\u0000' },
    ]) {
      const { errors } = await hub.query(SET_CONTACT, { id: GOELLHEIM_MEMBERSHIP, c: bad }, asKey(keys.ddCoordinator));
      expect(errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    }
    const unknown = await hub.query(SET_CONTACT, { id: '00000000-0000-0000-0000-000000000000', c: change }, asKey(keys.ddCoordinator));
    expect(unknown.errors![0].extensions!.code).toBe('NOT_FOUND');
    // Eisenberg (Pfalz): a membership of unknown status names no contact person
    const notActive = await hub.query(SET_CONTACT, { id: '5f1c0a52-0d6e-4b8e-9a51-000000000003', c: change }, asKey(keys.ddCoordinator));
    expect(notActive.errors![0].extensions!.code).toBe('CONFLICT');
    expect(await contactRow()).toEqual(before);
  });

  test('the network’s coordinator changes the contact (API key and JWT)', async () => {
    const viaKey = await hub.query(SET_CONTACT, { id: GOELLHEIM_MEMBERSHIP, c: change, v: 1 }, asKey(keys.ddCoordinator));
    expect(viaKey.errors).toBeUndefined();
    expect((await contactRow())[0].email).toBe(change.email);
    const token = await jwt({ role: 'COORDINATOR', network: 'DIGITALE_DOERFER_RLP' });
    const viaJwt = await hub.query(SET_CONTACT, { id: GOELLHEIM_MEMBERSHIP, c: CONTACT, v: 2 }, asBearer(token));
    expect(viaJwt.errors).toBeUndefined();
    expect((await contactRow())[0].email).toBe(CONTACT.email);
  });
});

describe('API keys through the API', () => {
  test('a ministry admin creates, lists and revokes; the secret is shown once; others are refused', async () => {
    const create = `mutation { createApiKey(input: { name: "Portal Westerwald", role: PARTNER }) { secret apiKey { id name role createdBy revokedAt } } }`;
    expect((await hub.query(create)).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    expect((await hub.query(create, undefined, asKey(keys.partner))).errors![0].extensions!.code).toBe('FORBIDDEN');
    const created = await hub.query(create, undefined, asKey(keys.admin));
    expect(created.errors).toBeUndefined();
    const { secret, apiKey } = created.data.createApiKey;
    expect(secret).toMatch(/^knh_[0-9a-f]{16}_/);
    expect(apiKey).toMatchObject({ name: 'Portal Westerwald', role: 'PARTNER', revokedAt: null });
    expect((await hub.query(CONTACT_QUERY, undefined, asKey(secret))).errors).toBeUndefined();

    const list = await hub.query('{ apiKeys { id name lastUsedAt } }', undefined, asKey(keys.admin));
    expect(JSON.stringify(list.data)).not.toContain(parseApiKey(secret)!.secret);
    expect(list.data.apiKeys.find((k: any) => k.id === apiKey.id).lastUsedAt).not.toBeNull();
    const notAdmin = (await hub.query('{ apiKeys { id } }', undefined, asKey(keys.ddCoordinator))).errors![0];
    expect(notAdmin.extensions!.code).toBe('FORBIDDEN');
    expect(notAdmin.message).toContain(
      'The role COORDINATOR of DIGITALE_DOERFER_RLP may not read Query.apiKeys; it needs the role MINISTRY_ADMIN.',
    );

    const revoke = await hub.query(`mutation($id: ID!) { revokeApiKey(id: $id) { revokedAt } }`, { id: apiKey.id }, asKey(keys.admin));
    expect(revoke.data.revokeApiKey.revokedAt).not.toBeNull();
    expect((await postGraphQL(hub.gatewayUrl, { query: '{ networks { id } }' }, asKey(secret))).status).toBe(401);
    const missing = await hub.query(`mutation { revokeApiKey(id: "ffffffffffffffff") { id } }`, undefined, asKey(keys.admin));
    expect(missing.errors![0].extensions!.code).toBe('NOT_FOUND');
  });

  test('bad key input is BAD_USER_INPUT', async () => {
    for (const input of [
      '{ name: "x", role: COORDINATOR }',
      '{ name: "x", role: PARTNER, network: IKONE_DS }',
      '{ name: "", role: PARTNER }',
      '{ name: "x", role: PUBLIC }',
      '{ name: "x", role: PARTNER, expiresAt: "2000-01-01T00:00:00Z" }',
    ]) {
      const { errors } = await hub.query(`mutation { createApiKey(input: ${input}) { secret } }`, undefined, asKey(keys.admin));
      expect(errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    }
  });
});

test('no log line holds a secret, a token or a contact person’s data', () => {
  const all = logLines.join('\n');
  expect(logLines.length).toBeGreaterThan(20);
  for (const secret of [
    ...Object.values(keys).map((k) => parseApiKey(k)!.secret),
    hub.internalSecret,
    CONTACT.name,
    CONTACT.email,
    CONTACT.phone,
    'neu.test@vg-goellheim.example',
  ]) {
    expect(all).not.toContain(secret);
  }
  expect(all).not.toMatch(/eyJ[A-Za-z0-9_-]{10,}\.eyJ/); // no JWT
});
