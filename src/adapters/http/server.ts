// The HTTP adapter: a fastify server with the JSON API under /api (described at
// /api/openapi.json, browsable at /api/docs) and, when built, the web app at /.
import { existsSync } from 'node:fs';
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import fastifyMultipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import { InputError } from '../../ingest/article.ts';
import type { IngestQueue } from '../../knowledge-base/ingest-queue.ts';
import { ReviewError, type Store } from '../../store/store.ts';
import { VERSION } from '../../version.ts';
import type { AccountStore } from '../../store/account-store.ts';
import { requireAccounts } from './auth.ts';
import { HttpError } from './http-error.ts';
import { documentRoutes } from './routes/documents.ts';
import { dyadRoutes } from './routes/dyads.ts';
import { jobRoutes } from './routes/jobs.ts';
import { knowledgeRoutes } from './routes/knowledge.ts';
import { reportRoutes } from './routes/reports.ts';
import { reviewRoutes } from './routes/review.ts';
import { teamRoutes } from './routes/team.ts';

/** Pasted articles and uploads above this are refused with 413. */
export const DEFAULT_BODY_LIMIT = 5 * 1024 * 1024;

export interface ServerOptions {
  store: Store;
  /** The built web app's folder; the API alone when absent. */
  webRoot?: string;
  bodyLimit?: number;
  /** Log each request (off in tests), to standard output or to the stream given. */
  logger?: boolean | { stream: NodeJS.WritableStream };
  /** Team mode: pasted and uploaded articles are queued for the workers (202) instead of ingested here. */
  ingestQueue?: IngestQueue;
  /** Team mode: every request needs an account with the role for it. Single-user mode without. */
  accounts?: AccountStore;
}

const STATUS_NAMES: { [status: number]: string } = {
  400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 413: 'Payload Too Large', 415: 'Unsupported Media Type', 422: 'Unprocessable Entity', 500: 'Internal Server Error', 501: 'Not Implemented', 502: 'Bad Gateway',
};

function statusOf(error: FastifyError | Error): number {
  if (error instanceof HttpError) return error.statusCode;
  if (error instanceof ReviewError) return 400;
  if (error instanceof InputError) return 422;
  const status = (error as FastifyError).statusCode;
  return typeof status === 'number' && status >= 400 && status < 600 ? status : 500;
}

export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  // Secrets never reach the log: requests are logged without their credentials.
  const logger = options.logger
    ? { redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'], ...(typeof options.logger === 'object' ? { stream: options.logger.stream } : {}) }
    : false;
  const app = Fastify({ logger, bodyLimit: options.bodyLimit ?? DEFAULT_BODY_LIMIT });

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.0.3',
      info: { title: 'bilat API', version: VERSION, description: 'A sourced, queryable record of relations between countries, read from diplomatic news and official readouts.' },
      tags: [
        { name: 'documents', description: 'Stored articles; ingest by paste or upload' },
        { name: 'knowledge', description: 'Entities, events and search' },
        { name: 'dyads', description: 'What is known about a pair of countries' },
        { name: 'review', description: "Analysts' decisions and the audit log" },
        { name: 'accounts', description: 'Team mode: sessions, accounts and tokens (Authorization: Bearer TOKEN)' },
      ],
    },
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });
  await app.register(fastifyMultipart, { limits: { fileSize: options.bodyLimit ?? DEFAULT_BODY_LIMIT, files: 20 } });

  app.setErrorHandler((error: FastifyError, _request, reply) => {
    const statusCode = statusOf(error);
    if (statusCode >= 500) app.log.error(error);
    const message = statusCode >= 500 && !(error instanceof HttpError) ? 'the server failed to answer; see its log' : error.message;
    void reply.status(statusCode).send({ statusCode, error: STATUS_NAMES[statusCode] ?? 'Error', message });
  });
  app.setNotFoundHandler((request, reply) => {
    void reply.status(404).send({ statusCode: 404, error: 'Not Found', message: `no route ${request.method} ${request.url.split('?')[0]}` });
  });

  await app.register(async (api) => {
    if (options.accounts) requireAccounts(api, options.accounts);
    api.get('/openapi.json', { config: { permission: 'none' }, schema: { hide: true } }, async () => app.swagger());
    api.get('/health', { config: { permission: 'none' }, schema: { tags: ['documents'], summary: 'Whether the server and its store answer' } }, async () => ({ ok: true, version: VERSION, counts: await options.store.counts() }));
    await documentRoutes(api, options.store, options.ingestQueue);
    await jobRoutes(api, options.ingestQueue);
    await knowledgeRoutes(api, options.store);
    await dyadRoutes(api, options.store);
    await reviewRoutes(api, options.store);
    await reportRoutes(api, options.store);
    await teamRoutes(api, options.store);
  }, { prefix: '/api' });

  if (options.webRoot && existsSync(options.webRoot)) {
    await app.register(fastifyStatic, { root: options.webRoot, prefix: '/', wildcard: false });
    // The web app routes in the browser: every page that is not a file is its index.
    app.get('/*', async (request, reply) => {
      if (request.url.startsWith('/api/')) throw new HttpError(404, `no route ${request.method} ${request.url.split('?')[0]}`);
      return reply.sendFile('index.html');
    });
  }
  return app;
}
