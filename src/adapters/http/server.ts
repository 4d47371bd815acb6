// The HTTP adapter: a fastify server with the JSON API under /api (described at
// /api/openapi.json, browsable at /api/docs) and, when built, the web app at /.
// What every request meets first: the Host and Origin checks, the security headers, the
// time limits on receiving it, and, once its schema has validated it, the check that its
// values can be used; heavy work runs within bounds: pasted and uploaded inputs are read and
// extracted in a pool of threads (src/adapters/worker-pool/), PDFs printed by one Chromium.
import { existsSync } from 'node:fs';
import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply } from 'fastify';
import fastifyMultipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import { InputError } from '../../read/article.ts';
import type { ArticleWorkers } from '../../ingest/article-workers.ts';
import { ingestGivenInputs } from '../../ingest/ingest-inputs.ts';
import type { IngestQueue } from '../../ingest/ingest-queue.ts';
import { openArticlePool } from '../worker-pool/article-pool.ts';
import { ReviewError, type Store } from '../../store/store.ts';
import { VERSION } from '../../version.ts';
import { answerUntilStoreChanges } from './answers-until-store-changes.ts';
import type { AccountStore } from '../../store/team/team-ports.ts';
import { requireAccounts } from './auth.ts';
import { guardHostAndOrigin } from './host-and-origin.ts';
import { HttpError } from './http-error.ts';
import { refuseUnusableValues } from './request-values.ts';
import { addSecurityHeaders, securityHeaders } from './security-headers.ts';
import { DEFAULT_THROTTLE, FailedTokenThrottle, type ThrottleOptions } from './token-throttle.ts';
import { WorkLimit, type WorkLimitOptions } from './work-limit.ts';
import { documentRoutes, type GivenInputsIngest } from './routes/documents.ts';
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
  /** Host names the server answers to besides its address and this machine's local names (DNS rebinding). */
  allowedHosts?: readonly string[];
  /** The reverse proxy (its address or addresses, comma-separated) whose X-Forwarded-For, -Proto and -Host headers are believed. */
  trustProxy?: string;
  timeouts?: Partial<RequestTimeouts>;
  /** Where pasted and uploaded inputs are read and extracted (the caller closes it); else a pool of the server's own, opened at the first paste or upload. */
  workers?: ArticleWorkers;
  extraction?: Partial<ExtractionLimits>;
  pdf?: Partial<Pick<WorkLimitOptions, 'concurrent' | 'queued'>>;
  throttle?: Partial<ThrottleOptions>;
}

export interface RequestTimeouts {
  /** Until a request's headers are in. */
  headersMs: number;
  /** Until the whole request, body and all, is in: a body sent slowly is cut off. */
  requestMs: number;
  /** How often connections are checked against these limits. */
  checkEveryMs: number;
}

export const DEFAULT_TIMEOUTS: RequestTimeouts = { headersMs: 20_000, requestMs: 60_000, checkEveryMs: 5_000 };

export interface ExtractionLimits {
  /** Threads of the server's own pool. */
  threads: number;
  /** The most one input's reading, or one article's extraction, may take. */
  timeLimitSeconds: number;
  /** Pastes and uploads that may wait for a thread; more are refused with 503. */
  queued: number;
}

export const DEFAULT_EXTRACTION_LIMITS: ExtractionLimits = { threads: 1, timeLimitSeconds: 60, queued: 8 };
/** Briefs printed at once by the one Chromium, and waiting. */
export const DEFAULT_PDF_LIMIT = { concurrent: 2, queued: 8 };

const STATUS_NAMES: { [status: number]: string } = {
  400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 408: 'Request Timeout', 413: 'Payload Too Large', 415: 'Unsupported Media Type', 421: 'Misdirected Request',
  422: 'Unprocessable Entity', 429: 'Too Many Requests', 500: 'Internal Server Error', 501: 'Not Implemented', 502: 'Bad Gateway', 503: 'Service Unavailable',
};

function statusOf(error: FastifyError | Error): number {
  if (error instanceof HttpError) return error.statusCode;
  if (error instanceof ReviewError) return 400;
  if (error instanceof InputError) return 422;
  const status = (error as FastifyError).statusCode;
  return typeof status === 'number' && status >= 400 && status < 600 ? status : 500;
}

function errorBody(statusCode: number, message: string) {
  return { statusCode, error: STATUS_NAMES[statusCode] ?? 'Error', message };
}

export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  // Secrets never reach the log: requests are logged without their credentials.
  const logger = options.logger
    ? { redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'], ...(typeof options.logger === 'object' ? { stream: options.logger.stream } : {}) }
    : false;
  const timeouts = { ...DEFAULT_TIMEOUTS, ...options.timeouts };
  const app = Fastify({
    logger,
    bodyLimit: options.bodyLimit ?? DEFAULT_BODY_LIMIT,
    requestTimeout: timeouts.requestMs,
    http: { headersTimeout: Math.min(timeouts.headersMs, timeouts.requestMs), connectionsCheckingInterval: timeouts.checkEveryMs },
    ...(options.trustProxy ? { trustProxy: options.trustProxy } : {}),
    // Errors met before a route is found (a malformed address) answer in the API's own shape, with the headers hooks would add.
    frameworkErrors: (error, _request, reply: FastifyReply) => {
      const statusCode = typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 400;
      void reply.headers(securityHeaders(undefined)).status(statusCode).send(errorBody(statusCode, error.message));
    },
  });

  guardHostAndOrigin(app, options.allowedHosts ?? []);
  addSecurityHeaders(app);
  refuseUnusableValues(app);
  const throttle = new FailedTokenThrottle({ ...DEFAULT_THROTTLE, ...options.throttle });
  const extraction = { ...DEFAULT_EXTRACTION_LIMITS, ...options.extraction };
  let ownWorkers: ArticleWorkers | undefined;
  const workers = () => options.workers ?? (ownWorkers ??= openArticlePool({ threads: extraction.threads, timeLimitSeconds: extraction.timeLimitSeconds }));
  app.addHook('onClose', async () => ownWorkers?.close());
  const extractionLimit = new WorkLimit({
    what: 'pastes and uploads to extract', concurrent: options.workers?.parallelism ?? extraction.threads, queued: extraction.queued, retryAfterSeconds: 10,
  });
  const ingest: GivenInputsIngest = (inputs) => extractionLimit.run(() => ingestGivenInputs(options.store, inputs, { workers: workers() }));
  const pdfLimit = new WorkLimit({ what: 'PDF briefs', ...DEFAULT_PDF_LIMIT, ...options.pdf, retryAfterSeconds: 10 });

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
    if (statusCode >= 500 && !(error instanceof HttpError)) app.log.error(error);
    const message = statusCode >= 500 && !(error instanceof HttpError) ? 'the server failed to answer; see its log' : error.message;
    if (error instanceof HttpError && error.retryAfterSeconds !== undefined) void reply.header('retry-after', String(error.retryAfterSeconds));
    void reply.status(statusCode).send(errorBody(statusCode, message));
  });
  app.setNotFoundHandler((request, reply) => {
    void reply.status(404).send(errorBody(404, `no route ${request.method} ${request.url.split('?')[0]}`));
  });

  await app.register(async (api) => {
    if (options.accounts) requireAccounts(api, options.accounts, throttle);
    answerUntilStoreChanges(api, options.store);
    api.get('/openapi.json', { config: { permission: 'none' }, schema: { hide: true } }, async () => app.swagger());
    api.get('/health', { config: { permission: 'none' }, schema: { tags: ['documents'], summary: 'Whether the server and its store answer' } }, async () => ({ ok: true, version: VERSION, counts: await options.store.counts() }));
    await documentRoutes(api, options.store, ingest, options.ingestQueue);
    await jobRoutes(api, options.ingestQueue);
    await knowledgeRoutes(api, options.store);
    await dyadRoutes(api, options.store);
    await reviewRoutes(api, options.store);
    await reportRoutes(api, options.store, pdfLimit);
    await teamRoutes(api, options.store, throttle);
  }, { prefix: '/api' });

  if (options.webRoot && existsSync(options.webRoot)) {
    // The build writes each script and style sheet beside itself in brotli and gzip (web/vite-plugin-precompress.ts).
    await app.register(fastifyStatic, { root: options.webRoot, prefix: '/', wildcard: false, preCompressed: true });
    // The web app routes in the browser: every page that is not a file is its index.
    app.get('/*', async (request, reply) => {
      if (request.url.startsWith('/api/')) throw new HttpError(404, `no route ${request.method} ${request.url.split('?')[0]}`);
      return reply.sendFile('index.html');
    });
  }
  return app;
}
