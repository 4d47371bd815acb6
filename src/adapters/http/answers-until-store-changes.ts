// Answers that only the knowledge base's content decides (a pair's report, a brief, entity and
// event pages, search) are kept until the store's revision moves, and tagged with it: a client
// that sends the tag back gets 304 without a query, another client the kept answer. They are
// kept gzipped and sent so to clients that accept it, as browsers do: a pair's report on 10,000
// documents is 358 KB of JSON, 48 KB gzipped.
import { promisify } from 'node:util';
import { gunzip, gzip } from 'node:zlib';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { KnowledgeReader } from '../../store/store.ts';
import { VERSION } from '../../version.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The route's GET answers depend on nothing but the store, the URL and today's date. */
    cacheUntilStoreChanges?: boolean;
  }
}

/** Clients keep an answer but ask each time whether it still holds; per account, never in a shared cache. */
const CACHE_CONTROL = 'private, no-cache';
/** Headers a kept answer is sent again with; the server's own headers are added to every answer anyway. */
const KEPT_HEADERS = ['content-type', 'content-disposition', 'content-security-policy'] as const;
// Memory is bounded by gzipped bytes; the count only bounds the map. Both must hold what
// visitors go round on a busy store, or each answer is dropped before they come back to it and
// read again: on 10,000 documents, the 848 pages of 128 pairs and their people that the load
// bench asks came to over 100 MB, about 13 MB gzipped (at 64 MB uncompressed, none was kept).
const MAX_ANSWERS = 20_000;
const MAX_BYTES = 64 * 1024 * 1024;

const gzipped = promisify(gzip);
const gunzipped = promisify(gunzip);

interface KeptAnswer {
  etag: string;
  gzipped: Buffer;
  headers: { [name: string]: string };
}

/**
 * The tag of an answer: the code that wrote it, the store it read and the day (answers "as of
 * today" change at midnight). Weak, as it stands for the answer gzipped or not.
 */
function entityTag(revision: number): string {
  return `W/"${VERSION}-${revision}-${new Date().toISOString().slice(0, 10)}"`;
}

/** Whether the request's Accept-Encoding allows gzip (by name or by "*", with a weight above 0). */
function acceptsGzip(request: FastifyRequest): boolean {
  const header = request.headers['accept-encoding'];
  if (!header) return false;
  return header.split(',').some((part) => {
    const [name, ...parameters] = part.toLowerCase().split(';');
    const coding = name.trim();
    const weight = parameters.map((parameter) => /^\s*q=([\d.]+)\s*$/.exec(parameter)?.[1]).find((value) => value !== undefined);
    return (coding === 'gzip' || coding === 'x-gzip' || coding === '*') && (weight === undefined || Number(weight) > 0);
  });
}

/** If-None-Match compares tags weakly: W/"x" and "x" are the same tag. */
function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const opaque = etag.replace(/^W\//, '');
  return ifNoneMatch.trim() === '*' || ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === opaque);
}

function isCached(request: FastifyRequest): boolean {
  return (request.method === 'GET' || request.method === 'HEAD') && request.routeOptions.config.cacheUntilStoreChanges === true;
}

export function answerUntilStoreChanges(api: FastifyInstance, store: Pick<KnowledgeReader, 'revision'>): void {
  /** By URL, the least recently used first. */
  const kept = new Map<string, KeptAnswer>();
  let keptBytes = 0;
  const answering = new WeakMap<FastifyRequest, { etag: string; revision: number }>();

  const forget = (url: string) => {
    const answer = kept.get(url);
    if (!answer) return;
    kept.delete(url);
    keptBytes -= answer.gzipped.length;
  };
  const keep = (url: string, answer: KeptAnswer) => {
    forget(url);
    const size = answer.gzipped.length;
    if (size > MAX_BYTES / 8) return;
    kept.set(url, answer);
    keptBytes += size;
    for (const oldest of kept.keys()) {
      if (kept.size <= MAX_ANSWERS && keptBytes <= MAX_BYTES) break;
      forget(oldest);
    }
  };
  const sendTagged = (reply: FastifyReply, etag: string) => reply.header('etag', etag).header('cache-control', CACHE_CONTROL).header('vary', 'accept-encoding');

  api.addHook('preHandler', async (request, reply) => {
    if (!isCached(request)) return;
    const revision = await store.revision();
    const etag = entityTag(revision);
    if (matches(request.headers['if-none-match'], etag)) return sendTagged(reply, etag).code(304).send();
    const answer = kept.get(request.url);
    if (answer?.etag === etag) {
      kept.delete(request.url);
      kept.set(request.url, answer);
      sendTagged(reply.headers(answer.headers), etag);
      if (acceptsGzip(request)) return reply.header('content-encoding', 'gzip').send(answer.gzipped);
      return reply.send(await gunzipped(answer.gzipped));
    }
    answering.set(request, { etag, revision });
  });

  api.addHook('onSend', async (request, reply, payload) => {
    const answered = answering.get(request);
    if (!answered) return payload;
    answering.delete(request);
    if (reply.statusCode !== 200 || !(typeof payload === 'string' || Buffer.isBuffer(payload))) return payload;
    // The store changed while this was read: the answer may mix two revisions, so it is neither tagged nor kept.
    if ((await store.revision()) !== answered.revision) return payload;
    sendTagged(reply, answered.etag);
    const headers: { [name: string]: string } = {};
    for (const name of KEPT_HEADERS) {
      const value = reply.getHeader(name);
      if (value !== undefined) headers[name] = String(value);
    }
    const compressed = await gzipped(payload);
    keep(request.url, { etag: answered.etag, gzipped: compressed, headers });
    if (!acceptsGzip(request)) return payload;
    reply.header('content-encoding', 'gzip');
    return compressed;
  });
}
