// Documents: the stored articles, and ingest of pasted text or uploaded files — here and at
// once, or, in team mode, queued for the workers.
import type { FastifyInstance } from 'fastify';
import type { Article } from '../../../ingest/article.ts';
import { readArticlesFromBytes } from '../../../ingest/read-inputs.ts';
import { type IngestedArticle, ingestArticles } from '../../../knowledge-base/ingest-articles.ts';
import { articleJob, type IngestJob, type IngestQueue, jobInput, withGivenMetadata } from '../../../knowledge-base/ingest-queue.ts';
import type { Store } from '../../../store/store.ts';
import { documentSummary, errorResponse, ingestResult, pastedArticleBody, storedDocument } from '../schemas.ts';
import { HttpError } from '../http-error.ts';
import { queuedJobs, queuedReply } from './jobs.ts';

interface PastedArticle {
  text: string;
  title?: string;
  outlet?: string;
  source?: string;
  published?: string;
}

function ingestReport(results: readonly IngestedArticle[]) {
  return {
    results: results.map(({ article, outcome, documentId, record }) => ({
      outcome,
      documentId,
      title: article.title ?? null,
      entities: record?.entities.length ?? 0,
      events: (record?.events ?? []).map((event) => ({ type: event.type, date: event.date })),
    })),
  };
}

export async function documentRoutes(api: FastifyInstance, store: Store, queue?: IngestQueue): Promise<void> {
  api.get<{ Querystring: { limit?: number; offset?: number } }>('/documents', {
    schema: {
      tags: ['documents'],
      summary: 'Stored documents, newest first',
      querystring: { type: 'object', properties: { limit: { type: 'integer', minimum: 1, maximum: 500, default: 50 }, offset: { type: 'integer', minimum: 0, default: 0 } }, additionalProperties: false },
      response: { 200: { type: 'object', properties: { total: { type: 'integer' }, documents: { type: 'array', items: documentSummary } }, required: ['total', 'documents'] }, 400: errorResponse },
    },
  }, async (request) => store.listDocuments(request.query));

  api.get<{ Params: { id: string } }>('/documents/:id', {
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
      response: { 200: ingestResult, 202: queuedJobs, 400: errorResponse, 413: errorResponse, 422: errorResponse },
    },
  }, async (request, reply) => {
    const { text, ...given } = request.body;
    const input = `pasted-${new Date().toISOString()}`;
    const bytes = Buffer.from(text, 'utf8');
    if (queue) return queuedReply(reply, await queue.enqueue([articleJob(input, bytes, given)]), [input]);
    const articles = await readArticlesFromBytes(bytes, input);
    return ingestReport(await ingestArticles(store, articles.map((article) => withGivenMetadata(article, given))));
  });

  api.post('/documents/upload', {
    schema: {
      tags: ['documents'],
      summary: 'Ingest uploaded files (multipart/form-data): text, HTML, RSS/Atom feeds, PDF (team mode: queue them for the workers, 202)',
      consumes: ['multipart/form-data'],
      response: { 200: ingestResult, 202: queuedJobs, 400: errorResponse, 413: errorResponse, 415: errorResponse, 422: errorResponse },
    },
  }, async (request, reply) => {
    if (!request.isMultipart()) throw new HttpError(415, 'send the files as multipart/form-data');
    const articles: Article[] = [];
    const jobs: IngestJob[] = [];
    for await (const part of request.files()) {
      const bytes = await part.toBuffer();
      const input = part.filename || 'upload';
      if (queue) jobs.push(articleJob(input, bytes));
      else articles.push(...(await readArticlesFromBytes(bytes, input)));
    }
    if (queue && jobs.length > 0) return queuedReply(reply, await queue.enqueue(jobs), jobs.map(jobInput));
    if (articles.length === 0) throw new HttpError(400, 'no file in the upload');
    return ingestReport(await ingestArticles(store, articles));
  });
}
