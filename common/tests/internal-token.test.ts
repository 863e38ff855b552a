// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// The gateway's tokens to the subgraphs: only a token signed with the shared secret, for this
// subgraph, unexpired and not seen before, is accepted; anything else is refused with a reason.
import { createHmac } from 'node:crypto';
import { GatewayTokenVerifier, InvalidGatewayTokenError, gatewaySigningKey, signGatewayToken } from '../auth/internal-token';
import { ANONYMOUS, Role } from '../auth/roles';

const secret = gatewaySigningKey('s'.repeat(40));
const partner = { kind: 'apiKey' as const, id: 'key-1', role: Role.PARTNER, network: null };

function resign(token: string, change: (claims: any) => void, header?: object): string {
  const [h, p] = token.split('.');
  const claims = JSON.parse(Buffer.from(p, 'base64url').toString());
  change(claims);
  const head = header ? Buffer.from(JSON.stringify(header)).toString('base64url') : h;
  const input = `${head}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}`;
  return `${input}.${createHmac('sha256', secret).update(input).digest('base64url')}`;
}

test('a genuine token gives the caller once; its replay is refused', async () => {
  const verifier = new GatewayTokenVerifier(secret, 'registry');
  const token = await signGatewayToken(secret, 'registry', partner, 'req-1');
  await expect(verifier.verify(token)).resolves.toEqual({ kind: 'apiKey', id: 'key-1', role: Role.PARTNER, network: null });
  await expect(verifier.verify(token)).rejects.toThrow('replayed');
  const anonymous = await signGatewayToken(secret, 'registry', ANONYMOUS, 'req-2');
  await expect(verifier.verify(anonymous)).resolves.toMatchObject({ kind: 'anonymous', id: null, role: Role.PUBLIC });
});

test.each([
  ['missing', async () => undefined, 'no gateway token'],
  ['another secret', () => signGatewayToken(gatewaySigningKey('x'.repeat(40)), 'registry', partner, 'r'), 'signature'],
  ['another subgraph', () => signGatewayToken(secret, 'ikone-ds', partner, 'r'), 'audience'],
  ['expired', async () => resign(await signGatewayToken(secret, 'registry', partner, 'r'), (c) => (c.exp = c.iat - 1)), 'expired'],
  [
    'another algorithm',
    async () => resign(await signGatewayToken(secret, 'registry', partner, 'r'), () => undefined, { alg: 'none' }),
    'malformed',
  ],
  [
    'a role of no hub',
    async () => resign(await signGatewayToken(secret, 'registry', partner, 'r'), (c) => (c.role = 'ROOT')),
    'valid role',
  ],
  [
    'one valid for 100 years',
    async () => resign(await signGatewayToken(secret, 'registry', partner, 'r'), (c) => (c.exp = c.iat + 100 * 365 * 86_400)),
    'lifetime',
  ],
  [
    'one a second longer than the gateway signs',
    async () => resign(await signGatewayToken(secret, 'registry', partner, 'r'), (c) => (c.exp = c.iat + 61)),
    'lifetime',
  ],
  ['one without iat', async () => resign(await signGatewayToken(secret, 'registry', partner, 'r'), (c) => delete c.iat), 'lifetime'],
  [
    'one issued an hour ahead',
    async () => resign(await signGatewayToken(secret, 'registry', partner, 'r'), (c) => ((c.iat += 3_600), (c.exp += 3_600))),
    'lifetime',
  ],
  ['garbage', async () => 'a.b.c', 'malformed'],
  [
    'a changed payload',
    async () => {
      const [h, , sig] = (await signGatewayToken(secret, 'registry', partner, 'r')).split('.');
      return `${h}.${Buffer.from(JSON.stringify({ role: Role.MINISTRY_ADMIN })).toString('base64url')}.${sig}`;
    },
    'signature',
  ],
])('refused: %s', async (_, make, reason) => {
  const verifier = new GatewayTokenVerifier(secret, 'registry');
  const attempt = verifier.verify(await make());
  await expect(attempt).rejects.toBeInstanceOf(InvalidGatewayTokenError);
  await expect(attempt).rejects.toThrow(reason);
});

test('tokens within the lifetime bound are accepted, with some clock difference between gateway and subgraph', async () => {
  const verifier = new GatewayTokenVerifier(secret, 'registry');
  const signed = await signGatewayToken(secret, 'registry', partner, 'r');
  const [, payload] = signed.split('.');
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
  expect(claims.exp - claims.iat).toBe(60); // what the gateway signs today, and the bound
  await expect(verifier.verify(resign(signed, (c) => (c.jti = 'full-ttl')))).resolves.toMatchObject({ role: Role.PARTNER });
  // the gateway's clock 20 s ahead of the subgraph's
  await expect(verifier.verify(resign(signed, (c) => ((c.jti = 'ahead'), (c.iat += 20), (c.exp += 20))))).resolves.toMatchObject({
    role: Role.PARTNER,
  });
  await expect(verifier.verify(resign(signed, (c) => ((c.jti = 'short'), (c.exp = c.iat + 5))))).resolves.toMatchObject({
    role: Role.PARTNER,
  });
});
