// Team mode's own routes: sessions, accounts and their tokens, deletion of documents,
// feeds on a schedule, and the inputs that failed.
import type { FastifyInstance } from 'fastify';
import { checkFetchableUrl } from '../../../read/public-address.ts';
import { parseInterval } from '../../../ingest/poll-feeds.ts';
import { isRole, ROLES } from '../../../team/accounts.ts';
import type { Store } from '../../../store/store.ts';
import { authenticate, sessionCookie, sessionSecret } from '../auth.ts';
import { HttpError } from '../http-error.ts';
import { databaseId, errorResponse } from '../schemas.ts';
import type { FailedTokenThrottle } from '../token-throttle.ts';

/** A web session lasts a working week. */
const SESSION_TTL_SECONDS = 5 * 24 * 60 * 60;

const accountSchema = { type: 'object', properties: { id: { type: 'integer' }, name: { type: 'string' }, role: { type: 'string', enum: [...ROLES] } }, required: ['name', 'role'] } as const;

function actorOf(request: { account?: { name: string } }): string {
  return request.account?.name ?? 'analyst';
}

export async function teamRoutes(api: FastifyInstance, store: Store, throttle: FailedTokenThrottle): Promise<void> {
  api.post<{ Body: { token: string } }>('/session', {
    config: { permission: 'none' },
    schema: {
      tags: ['accounts'],
      summary: 'Open a web session with an API token; the session cookie is HttpOnly (and Secure over https) and the token is not kept in the browser. Wrong tokens are throttled by client address (429)',
      body: { type: 'object', properties: { token: { type: 'string', minLength: 1, maxLength: 200 } }, required: ['token'], additionalProperties: false },
      response: { 200: accountSchema, 401: errorResponse, 429: errorResponse },
    },
  }, async (request, reply) => {
    const account = await authenticate(store.accounts, throttle, request, request.body.token);
    if (!account) throw new HttpError(401, 'that token is not valid (revoked, or never made)');
    const { token } = await store.accounts.issueToken(account.id, { kind: 'session', label: 'web session', ttlSeconds: SESSION_TTL_SECONDS });
    void reply.header('set-cookie', sessionCookie(request, token, SESSION_TTL_SECONDS));
    return { id: account.id, name: account.name, role: account.role };
  });

  api.delete('/session', {
    config: { permission: 'read' },
    schema: { tags: ['accounts'], summary: 'Close the web session of the cookie; an API token sent with the request is not revoked (DELETE /api/tokens/ID does that)', response: { 204: { type: 'null' } } },
  }, async (request, reply) => {
    const secret = sessionSecret(request);
    if (secret) await store.accounts.revokeSession(secret);
    return reply.header('set-cookie', sessionCookie(request, '', 0)).status(204).send();
  });

  api.get('/me', {
    config: { permission: 'read' },
    schema: { tags: ['accounts'], summary: 'The account of the request (single-user mode: none)', response: { 200: { anyOf: [accountSchema, { type: 'null' }] } } },
  }, async (request) => (request.account ? { id: request.account.id, name: request.account.name, role: request.account.role } : null));

  api.get('/accounts', {
    config: { permission: 'administer' },
    schema: { tags: ['accounts'], summary: 'Accounts and their tokens (never the secrets)', response: { 200: { type: 'array', items: { type: 'object', additionalProperties: true } } } },
  }, async () => store.accounts.listAccounts());

  api.post<{ Body: { name: string; role: string } }>('/accounts', {
    config: { permission: 'administer' },
    schema: {
      tags: ['accounts'],
      summary: 'Make an account and its first API token; the token is in this answer and nowhere else, ever',
      body: { type: 'object', properties: { name: { type: 'string', minLength: 1, maxLength: 200 }, role: { type: 'string', enum: [...ROLES] } }, required: ['name', 'role'], additionalProperties: false },
      response: { 201: { type: 'object', properties: { account: accountSchema, token: { type: 'string' } }, required: ['account', 'token'] }, 400: errorResponse, 403: errorResponse },
    },
  }, async (request, reply) => {
    const { name, role } = request.body;
    if (!isRole(role)) throw new HttpError(400, `no role "${role}"`);
    if (await store.accounts.findAccount(name)) throw new HttpError(400, `an account named "${name}" exists already`);
    const account = await store.accounts.createAccount(name, role);
    const { token } = await store.accounts.issueToken(account.id, { kind: 'api', label: `made by ${actorOf(request)}` });
    return reply.status(201).send({ account, token });
  });

  api.delete<{ Params: { id: number } }>('/tokens/:id', {
    config: { permission: 'administer' },
    schema: {
      tags: ['accounts'],
      summary: 'Revoke a token or session: it stops working at once',
      params: { type: 'object', properties: { id: databaseId }, required: ['id'] },
      response: { 204: { type: 'null' }, 404: errorResponse },
    },
  }, async (request, reply) => {
    if (!(await store.accounts.revokeToken(request.params.id))) throw new HttpError(404, `no live token ${request.params.id}`);
    return reply.status(204).send();
  });

  api.delete<{ Params: { id: string } }>('/documents/:id', {
    config: { permission: 'administer' },
    schema: {
      tags: ['documents'],
      summary: 'Delete a document and the facts only it supports (audit-logged)',
      params: { type: 'object', properties: { id: { type: 'string', minLength: 1 } }, required: ['id'] },
      response: { 200: { type: 'object', additionalProperties: true }, 404: errorResponse },
    },
  }, async (request) => {
    const summary = await store.deleteDocuments([request.params.id], actorOf(request));
    if (summary.documents.length === 0) throw new HttpError(404, `no document "${request.params.id}"`);
    return summary;
  });

  api.get('/feeds', {
    schema: { tags: ['documents'], summary: 'Feeds polled on a schedule, with their last poll and error state', response: { 200: { type: 'array', items: { type: 'object', additionalProperties: true } } } },
  }, async () => store.feeds.listFeeds());

  api.post<{ Body: { url: string; every: string } }>('/feeds', {
    schema: {
      tags: ['documents'],
      summary: 'Poll a feed on a schedule (every: 15m, 1h, 1d). Only http(s) feeds at public addresses are fetched: an address of the server\'s machine or private network is refused (400), or fails when polled if its name leads there',
      body: { type: 'object', properties: { url: { type: 'string', pattern: '^https?://' }, every: { type: 'string', default: '15m' } }, required: ['url'], additionalProperties: false },
      response: { 200: { type: 'object', additionalProperties: true }, 400: errorResponse },
    },
  }, async (request) => {
    let seconds: number;
    try {
      checkFetchableUrl(request.body.url);
      seconds = parseInterval(request.body.every);
    } catch (error) {
      throw new HttpError(400, (error as Error).message);
    }
    return store.feeds.addFeed(request.body.url, seconds);
  });

  api.get('/failures', {
    schema: { tags: ['documents'], summary: 'Inputs that could not be ingested, with their reasons', response: { 200: { type: 'array', items: { type: 'object', additionalProperties: true } } } },
  }, async () => store.listFailures());
}
