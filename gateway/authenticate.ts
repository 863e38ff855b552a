// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// Who is calling the hub: an API key (header x-api-key), a person's bearer JWT from the state's
// identity provider, or nobody (anonymous, role PUBLIC). A credential that is sent but wrong is
// refused with 401 — it never falls back to anonymous.
import { createPublicKey, KeyObject } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { createRemoteJWKSet, errors as joseErrors, JWTVerifyGetKey, jwtVerify } from 'jose';
import type { ApiKeyChecker } from '../common/auth/api-key-check';
import { ANONYMOUS, Principal, Role } from '../common/auth/roles';
import type { JwtConfig } from '../common/config';
import { NetworkId } from '../common/domain';
import { ErrorCode } from '../common/errors';
import { HttpError } from '../common/http';

export const API_KEY_HEADER = 'x-api-key';
/** Asymmetric algorithms only: a token signed with a shared secret (HS256) or unsigned (none) is refused. */
const JWT_ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'];
const PERSON_ROLES: readonly Role[] = [Role.PARTNER, Role.COORDINATOR, Role.MINISTRY_ADMIN];
/** How far the identity provider's clock may run ahead of ours when "exp" is compared with now. */
const CLOCK_SKEW_SECONDS = 60;

const refuse = (message: string) => new HttpError(401, ErrorCode.UNAUTHENTICATED, message, { 'www-authenticate': 'Bearer' });

/** Where to get a key: PARTNERS.md, "Get a key". */
const NEW_KEY = 'Ask the ministry for a new key.';
/** One message for every key whose secret was not sent: it reveals nothing about which keys exist. */
export const UNKNOWN_KEY_MESSAGE =
  'The API key is unknown: no key of this hub matches it. A key reads knh_<16 hex digits>_<43 characters>; check that it was copied completely, or ask the ministry for a key.';
export const KEY_AS_BEARER_MESSAGE =
  'This is an API key of the hub, not a bearer token: send it in the header x-api-key ("x-api-key: knh_…") instead of Authorization.';
/** A date and time in messages: ISO 8601 in UTC, to the second. */
const when = (at: Date) => at.toISOString().replace(/\.\d{3}Z$/, 'Z');
/** The shape of a JWT (three base64url parts, a JSON header): a token sent where a key belongs. */
const LOOKS_LIKE_JWT = /^eyJ[\w-]*\.[\w-]*\.[\w-]*$/;

export type Authenticate = (req: IncomingMessage) => Promise<Principal>;

export function createAuthenticator(apiKeys: ApiKeyChecker, jwt: JwtConfig | null): Authenticate {
  const key: KeyObject | JWTVerifyGetKey | null = jwt
    ? jwt.publicKeyPem
      ? createPublicKey(jwt.publicKeyPem)
      : createRemoteJWKSet(new URL(jwt.jwksUrl!), { timeoutDuration: 5_000 })
    : null;

  async function fromJwt(token: string): Promise<Principal> {
    if (!jwt || !key) {
      throw refuse(
        'This hub accepts no bearer tokens: no identity provider is configured. Partner portals send their API key in the header x-api-key.',
      );
    }
    let payload;
    try {
      ({ payload } = await jwtVerify(token, key as KeyObject, {
        issuer: jwt.issuer,
        audience: jwt.audience,
        algorithms: JWT_ALGORITHMS,
        // iat and exp both: without them the token's lifetime cannot be bounded.
        requiredClaims: ['iat', 'exp', 'sub'],
      }));
    } catch (error) {
      // The identity provider's keys could not be fetched: the hub's problem, not a wrong credential
      // (it must not count against the caller's address as a refused credential).
      if (error instanceof joseErrors.JWKSTimeout || (error instanceof Error && !(error instanceof joseErrors.JOSEError))) {
        throw new HttpError(503, ErrorCode.SERVICE_UNAVAILABLE, 'Bearer tokens cannot be checked at the moment; please try again shortly.');
      }
      if (error instanceof joseErrors.JWTExpired) throw refuse('The bearer token has expired; get a new one from the identity provider.');
      if (error instanceof joseErrors.JWTClaimValidationFailed && (error.claim === 'iat' || error.claim === 'exp')) {
        throw refuse('The bearer token needs numeric "iat" and "exp" claims: the hub accepts only tokens of limited lifetime.');
      }
      throw refuse(
        "The bearer token is invalid: its signature, issuer, audience or algorithm does not match this hub's identity provider. Get a new token from it.",
      );
    }
    // A stolen long-lived token would stay usable for its whole life: refuse any that lives longer
    // than the configured maximum, counted from its issue time and from now.
    const { iat, exp } = payload as { iat: number; exp: number };
    const now = Math.floor(Date.now() / 1000);
    if (exp - iat > jwt.maxLifetimeSeconds || exp - now > jwt.maxLifetimeSeconds + CLOCK_SKEW_SECONDS) {
      throw refuse(
        `The bearer token is valid for too long: this hub accepts at most ${jwt.maxLifetimeSeconds} seconds from "iat" to "exp".`,
      );
    }
    const role = payload.role as Role;
    if (!PERSON_ROLES.includes(role)) {
      throw refuse(`The bearer token carries no role of this hub: its claim "role" must be ${PERSON_ROLES.join(', ')}.`);
    }
    const network = (payload.network ?? null) as NetworkId | null;
    if (role === Role.COORDINATOR && !Object.values(NetworkId).includes(network as NetworkId)) {
      throw refuse(`A coordinator token needs the network it coordinates: claim "network", one of ${Object.values(NetworkId).join(', ')}.`);
    }
    return { kind: 'user', id: payload.sub!, role, network: role === Role.COORDINATOR ? network : null };
  }

  async function fromApiKey(presented: string): Promise<Principal> {
    // Credentials in the wrong place, recognised by their form alone (nothing is looked up).
    if (/^bearer\s/i.test(presented)) throw refuse('Send the API key alone in the header x-api-key, without "Bearer ".');
    if (LOOKS_LIKE_JWT.test(presented)) {
      throw refuse('This looks like a bearer token, not an API key: send it as "Authorization: Bearer <token>" instead of x-api-key.');
    }
    const result = await apiKeys.check(presented);
    switch (result.status) {
      case 'valid':
        return result.principal;
      case 'revoked':
        throw refuse(`This API key was revoked on ${when(result.at)} and no longer works. ${NEW_KEY}`);
      case 'expired':
        throw refuse(`This API key expired on ${when(result.at)} and no longer works. ${NEW_KEY}`);
      case 'unknown':
        throw refuse(UNKNOWN_KEY_MESSAGE);
    }
  }

  return async (req) => {
    const apiKey = req.headers[API_KEY_HEADER];
    const authorization = req.headers.authorization;
    if (apiKey !== undefined && authorization !== undefined) {
      throw refuse('Send either an API key (header x-api-key) or a bearer token (header Authorization), not both.');
    }
    if (apiKey !== undefined) return fromApiKey(typeof apiKey === 'string' ? apiKey : '');
    if (authorization !== undefined) {
      // An API key in the wrong header: said without looking the key up, so it reveals nothing.
      if (/^(bearer\s+)?knh_/i.test(authorization)) throw refuse(KEY_AS_BEARER_MESSAGE);
      const match = /^Bearer ([A-Za-z0-9_.-]+)$/.exec(authorization);
      if (!match) throw refuse('The Authorization header must read "Bearer <token>" (API keys go in the header x-api-key).');
      return fromJwt(match[1]);
    }
    return ANONYMOUS;
  };
}
