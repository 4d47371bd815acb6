// Documents: the stored articles, and ingest of pasted text or uploaded files — read and
// extracted off the request thread and stored at once, or, in team mode, queued for the workers.
import type { FastifyInstance } from 'fastify';
import type { GivenInput, IngestedArticle } from '../../../ingest/ingest-inputs.ts';
import { articleJob, type IngestJob, type IngestQueue, jobInput } from '../../../ingest/ingest-queue.ts';
import type { KnowledgeReader } from '../../../store/store.ts';
import { documentSummary, errorResponse, ingestResult, pageLimit, pageOffset, pastedArticleBody, storedDocument } from '../schemas.ts';
import { HttpError } from '../http-error.ts';
import { queuedJobs, queuedReply } from './jobs.ts';

interface PastedArticle {
  text: string;
  title?: string;
  outlet?: string;
  source?: string;
  published?: string;
}

/** Reads, extracts and stores inputs given as bytes, answering each article's outcome in the inputs' order. */
export type GivenInputsIngest = (inputs: GivenInput[]) => Promise<IngestedArticle[]>;

/**
 * What became of each article. An input that fails, fails alone, and is answered as failed
 * beside the others; when nothing at all could be ingested, the request is refused (422)
 * with the reasons.
 */
function ingestReport(ingested: readonly IngestedArticle[]) {
  const failed = ingested.filter((article) => article.outcome === 'failed');
  if (ingested.length > 0 && failed.length === ingested.length) throw new HttpError(422, failed.map(({ input, reason }) => `${input}: ${reason}`).join('; '));
  return {
    results: ingested.map(({ outcome, documentId, input, reason, title, record }) => ({
      outcome,
      ...(documentId ? { documentId } : {}),
      input,
      ...(reason ? { reason } : {}),
      title: title ?? null,
      entities: record?.entities.length ?? 0,
      events: (record?.events ?? []).map((event) => ({ type: event.type, date: event.date })),
    })),
  };
}

/** An uploaded file's name as an input's name: no control characters (a terminal would run them), at most 200 characters. */
function inputName(filename: string | undefined): string {
  const name = (filename ?? '').replace(/[\u0000-\u001f\u007f-\u009f]/g, '').replace(/[\uD800-\uDFFF]/gu, '').slice(0, 200).trim();
  return name || 'upload';
}

export async function documentRoutes(api: FastifyInstance, store: KnowledgeReader, ingest: GivenInputsIngest, queue?: IngestQueue): Promise<void> {
  api.get<{ Querystring: { limit?: number; offset?: number } }>('/documents', {
    config: { cacheUntilStoreChanges: true },
    schema: {
      tags: ['documents'],
      summary: 'Stored documents, newest first',
      querystring: { type: 'object', properties: { limit: pageLimit(500, 50), offset: pageOffset }, additionalProperties: false },
      response: { 200: { type: 'object', properties: { total: { type: 'integer' }, documents: { type: 'array', items: documentSummary } }, required: ['total', 'documents'] }, 400: errorResponse },
    },
  }, async (request) => store.listDocuments(request.query));

  api.get<{ Params: { id: string } }>('/documents/:id', {
    config: { cacheUntilStoreChanges: true },
    schema: {
      tags: ['documents'],
      summary: 'One document with its text (plain text: show it as text, never as HTML)',
      params: { type: 'object', properties: { id: { type: 'string', minLength: 1 } }, required: ['id'] },
      response: { 200: storedDocument, 404: errorResponse },
    },
  }, async (request) => {
    const document = await store.getDocument(request.params.id);
    if (!document) throw new HttpError(404, `no document "${request.params.id}"`);
    return document;
  });

  api.post<{ Body: PastedArticle }>('/documents', {
    schema: {
      tags: ['documents'],
      summary: 'Ingest a pasted article: extract its facts and store them (team mode: queue it for the workers, 202)',
      body: pastedArticleBody,
      response: { 200: ingestResult, 202: queuedJobs, 400: errorResponse, 413: errorResponse, 422: errorResponse, 503: errorResponse },
    },
  }, async (request, reply) => {
    const { text, ...given } = request.body;
    const input = `pasted-${new Date().toISOString()}`;
    const bytes = Buffer.from(text, 'utf8');
    if (queue) return queuedReply(reply, await queue.enqueue([articleJob(input, bytes, given)]), [input]);
    return ingestReport(await ingest([{ input, bytes, given }]));
  });

  api.post('/documents/upload', {
    schema: {
      tags: ['documents'],
      summary: 'Ingest uploaded files (multipart/form-data): text, HTML, RSS/Atom feeds, PDF (team mode: queue them for the workers, 202)',
      consumes: ['multipart/form-data'],
      response: { 200: ingestResult, 202: queuedJobs, 400: errorResponse, 413: errorResponse, 415: errorResponse, 422: errorResponse, 503: errorResponse },
    },
  }, async (request, reply) => {
    if (!request.isMultipart()) throw new HttpError(415, 'send the files as multipart/form-data');
    const files: { input: string; bytes: Buffer }[] = [];
    for await (const part of request.files()) files.push({ input: inputName(part.filename), bytes: await part.toBuffer() });
    if (files.length === 0) throw new HttpError(400, 'no file in the upload');
    if (queue) {
      const jobs: IngestJob[] = files.map(({ input, bytes }) => articleJob(input, bytes));
      return queuedReply(reply, await queue.enqueue(jobs), jobs.map(jobInput));
    }
    return ingestReport(await ingest(files));
  });
}
