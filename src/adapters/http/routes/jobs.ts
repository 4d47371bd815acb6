// Ingest jobs, in team mode: what POST /documents and /documents/upload answer when they
// queue the articles for the workers (202), and where to follow each job.
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { IngestQueue } from '../../../ingest/ingest-queue.ts';
import { errorResponse } from '../schemas.ts';
import { HttpError } from '../http-error.ts';

const articleReport = {
  type: 'object',
  properties: {
    input: { type: 'string' },
    outcome: { type: 'string', enum: ['new', 'duplicate', 'near-duplicate', 'failed'] },
    documentId: { type: 'string' },
    reason: { type: 'string' },
  },
  required: ['input', 'outcome'],
} as const;

export const jobStatus = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    input: { type: 'string', description: 'The file name, "pasted-…", or the address the job reads' },
    state: { type: 'string', enum: ['queued', 'active', 'retrying', 'done', 'failed'] },
    attempts: { type: 'integer' },
    reason: { type: 'string', description: 'retrying: why the last attempt failed; failed: why it failed for good' },
    articles: { type: 'array', items: articleReport, description: 'done: what became of each article of the input' },
  },
  required: ['id', 'input', 'state', 'attempts'],
} as const;

export const queuedJobs = {
  type: 'object',
  properties: {
    jobs: {
      type: 'array',
      items: {
        type: 'object',
        properties: { id: { type: 'string' }, input: { type: 'string' }, href: { type: 'string', description: 'Where to follow it' } },
        required: ['id', 'input', 'href'],
      },
    },
  },
  required: ['jobs'],
} as const;

/** Answers 202 Accepted with the queued jobs, in the order of their inputs. */
export function queuedReply(reply: FastifyReply, ids: readonly string[], inputs: readonly string[]) {
  void reply.code(202);
  return { jobs: ids.map((id, index) => ({ id, input: inputs[index], href: `/api/jobs/${id}` })) };
}

export async function jobRoutes(api: FastifyInstance, queue: IngestQueue | undefined): Promise<void> {
  api.get<{ Params: { id: string } }>('/jobs/:id', {
    schema: {
      tags: ['documents'],
      summary: 'An ingest job queued in team mode: queued, active, retrying, done (with its documents) or failed (with why)',
      params: { type: 'object', properties: { id: { type: 'string', minLength: 1 } }, required: ['id'] },
      response: { 200: jobStatus, 404: errorResponse },
    },
  }, async (request) => {
    if (!queue) throw new HttpError(404, `no job "${request.params.id}": this server ingests what it is sent at once, without a queue (team mode queues it, on PostgreSQL)`);
    const status = await queue.jobStatus(request.params.id);
    if (!status) throw new HttpError(404, `no job "${request.params.id}"`);
    return status;
  });
}
