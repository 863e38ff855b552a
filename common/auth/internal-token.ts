// Gateway-to-subgraph trust. The gateway signs, for every subgraph request, a short-lived token
// that says who the caller is; a subgraph answers nothing (not even _service or _entities) without
// a valid one. Tokens are bound to one subgraph (audience) and used once (jti).
import { randomUUID } from 'node:crypto';
import { errors as joseErrors, jwtVerify, SignJWT } from 'jose';
import { NetworkId } from '../domain';
import { Principal, Role } from './roles';

export const GATEWAY_TOKEN_HEADER = 'x-hub-gateway-token';
const ISSUER = 'kommunalnetz-gateway';
const TOKEN_TTL_SECONDS = 60;

const audienceOf = (subgraph: string) => `kommunalnetz-subgraph:${subgraph}`;

export class InvalidGatewayTokenError extends Error {}

export async function signGatewayToken(secret: Uint8Array, subgraph: string, principal: Principal, requestId: string): Promise<string> {
  return new SignJWT({ kind: principal.kind, role: principal.role, network: principal.network, rid: requestId })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(ISSUER)
    .setAudience(audienceOf(subgraph))
    .setSubject(principal.id ?? 'anonymous')
    .setJti(randomUUID())
    .setIssuedAt()
    .setExpirationTime(`${TOKEN_TTL_SECONDS}s`)
    .sign(secret);
}

/** Verifies gateway tokens for one subgraph and remembers used token ids until they expire. */
export class GatewayTokenVerifier {
  private readonly used = new Map<string, number>();

  constructor(
    private readonly secret: Uint8Array,
    private readonly subgraph: string,
  ) {}

  async verify(token: string | undefined): Promise<Principal> {
    if (!token) throw new InvalidGatewayTokenError('no gateway token');
    let payload;
    try {
      ({ payload } = await jwtVerify(token, this.secret, { issuer: ISSUER, audience: audienceOf(this.subgraph), algorithms: ['HS256'] }));
    } catch (error) {
      const reason = error instanceof joseErrors.JOSEError ? error.code : 'malformed';
      throw new InvalidGatewayTokenError(`gateway token refused (${reason})`);
    }
    const now = Math.floor(Date.now() / 1000);
    for (const [jti, exp] of this.used) if (exp < now) this.used.delete(jti);
    if (!payload.jti || !payload.exp || this.used.has(payload.jti)) throw new InvalidGatewayTokenError('gateway token replayed');
    this.used.set(payload.jti, payload.exp);
    const role = payload.role as Role;
    if (!Object.values(Role).includes(role)) throw new InvalidGatewayTokenError('gateway token without a valid role');
    const network = (payload.network ?? null) as NetworkId | null;
    return {
      kind: payload.kind as Principal['kind'],
      id: payload.sub === 'anonymous' ? null : (payload.sub ?? null),
      role,
      network,
    };
  }
}

export function secretBytes(secret: string): Uint8Array {
  return new TextEncoder().encode(secret);
}
