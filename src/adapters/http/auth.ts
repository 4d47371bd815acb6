// Who is asking, in team mode: an API token ("Authorization: Bearer …") or a web session
// (the bilat_session cookie, made by POST /api/session). Reading needs a viewer, changing
// anything an analyst, accounts and deletion an admin. The embedded single-user mode has
// no accounts and asks for nothing. Wrong tokens are throttled by client address.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { mayDo, type Permission } from '../../team/accounts.ts';
import type { Account, AccountStore } from '../../store/team/team-ports.ts';
import { HttpError } from './http-error.ts';
import type { FailedTokenThrottle } from './token-throttle.ts';

export const SESSION_COOKIE = 'bilat_session';

declare module 'fastify' {
  interface FastifyRequest {
    /** The account making the request; undefined in single-user mode. */
    account?: Account;
  }
  interface FastifyContextConfig {
    /** What the route needs; by default read for GET and HEAD, write for the rest. */
    permission?: Permission | 'none';
  }
}

function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return undefined;
}

/** The web session's secret, from its cookie. */
export function sessionSecret(request: FastifyRequest): string | undefined {
  return cookieValue(request.headers.cookie, SESSION_COOKIE);
}

/** The secret a request carries: a bearer token first, else the session cookie. */
export function requestSecret(request: FastifyRequest): string | undefined {
  const authorization = request.headers.authorization;
  if (authorization?.startsWith('Bearer ')) return authorization.slice('Bearer '.length).trim();
  return sessionSecret(request);
}

/** The Set-Cookie value of a web session (empty and expired to close it); Secure when the request came over https. */
export function sessionCookie(request: FastifyRequest, secret: string, maxAgeSeconds: number): string {
  const secure = request.protocol === 'https' ? '; Secure' : '';
  return `${SESSION_COOKIE}=${encodeURIComponent(secret)}; HttpOnly; SameSite=Strict; Path=/; Max-Age=${maxAgeSeconds}${secure}`;
}

/** The account a secret belongs to, counting a wrong one against the client's address (429 once it has sent too many). */
export async function authenticate(accounts: AccountStore, throttle: FailedTokenThrottle, request: FastifyRequest, secret: string): Promise<Account | undefined> {
  throttle.check(request.ip);
  const account = await accounts.authenticate(secret);
  if (!account) throttle.recordFailure(request.ip);
  return account;
}

function permissionNeeded(request: FastifyRequest): Permission | 'none' {
  const configured = request.routeOptions.config?.permission;
  if (configured) return configured;
  return request.method === 'GET' || request.method === 'HEAD' ? 'read' : 'write';
}

/** Makes every /api route ask for an account with the right role. */
export function requireAccounts(api: FastifyInstance, accounts: AccountStore, throttle: FailedTokenThrottle): void {
  api.addHook('onRequest', async (request: FastifyRequest, _reply: FastifyReply) => {
    const needed = permissionNeeded(request);
    if (needed === 'none') return;
    const secret = requestSecret(request);
    const account = secret ? await authenticate(accounts, throttle, request, secret) : undefined;
    if (!account) throw new HttpError(401, secret ? 'that token or session is not valid (revoked or expired)' : 'sign in: send an API token as "Authorization: Bearer …", or open a session');
    if (!mayDo(account.role, needed)) throw new HttpError(403, `a ${account.role} may not do this; it needs ${needed === 'write' ? 'an analyst' : 'an admin'}`);
    request.account = account;
  });
}
