// Review: the queue of facts worth a look, an analyst's decisions, and the audit log.
import type { FastifyInstance } from 'fastify';
import { decide } from '../../../review/review.ts';
import type { EntityType, EventType } from '../../../record/schema.ts';
import type { KnowledgeReader, ReviewAction, ReviewLedger } from '../../../store/store.ts';
import { auditEntry, errorResponse, pageLimit, reviewActionBody, reviewItem } from '../schemas.ts';
import { HttpError } from '../http-error.ts';

/** The review action as the API takes it: flat, with the subject's id. */
interface ReviewBody {
  action: ReviewAction['action'];
  id?: string;
  fields?: { [field: string]: unknown };
  into?: string;
  documents?: string[];
  entity?: { type: EntityType; name: string; aliases?: string[]; attributes?: { [field: string]: unknown } };
  event?: { type: EventType; date?: string | null; participants: string[] };
  note?: string;
}

function required<T>(value: T | undefined, what: string, action: string): T {
  if (value === undefined) throw new HttpError(400, `"${action}" needs ${what}`);
  return value;
}

function reviewAction(body: ReviewBody): ReviewAction {
  const { action, note } = body;
  const subject = () => ({ kind: 'entity' as const, id: required(body.id, '"id"', action) });
  switch (action) {
    case 'accept':
    case 'reject':
      return { action, subject: subject(), note };
    case 'correct':
      return { action, subject: subject(), fields: required(body.fields, '"fields"', action), note };
    case 'merge':
      return { action, subject: subject(), into: required(body.into, '"into"', action), note };
    case 'split':
      return { action, subject: subject(), documents: required(body.documents, '"documents"', action), note };
    case 'add-entity': {
      const entity = required(body.entity, '"entity"', action);
      return { action, entity: { type: entity.type, name: entity.name, aliases: entity.aliases ?? [], attributes: entity.attributes ?? {} }, note };
    }
    case 'add-event': {
      const event = required(body.event, '"event"', action);
      return { action, event: { type: event.type, date: event.date ?? null, participants: event.participants }, note };
    }
  }
}

export async function reviewRoutes(api: FastifyInstance, store: ReviewLedger & KnowledgeReader): Promise<void> {
  api.get<{ Querystring: { limit?: number } }>('/review', {
    schema: {
      tags: ['review'],
      summary: 'Facts whose sources disagree or are thin, that no analyst has decided on',
      querystring: { type: 'object', properties: { limit: pageLimit(500, 50) }, additionalProperties: false },
      response: { 200: { type: 'array', items: reviewItem }, 400: errorResponse },
    },
  }, async (request) => store.reviewQueue({ limit: request.query.limit }));

  api.post<{ Body: ReviewBody }>('/review', {
    schema: {
      tags: ['review'],
      summary: "Apply an analyst's decision (accept, reject, correct, merge, split, add-entity, add-event); it is kept in the audit log",
      headers: { type: 'object', properties: { 'x-bilat-analyst': { type: 'string', minLength: 1 } } },
      body: reviewActionBody,
      response: { 200: auditEntry, 400: errorResponse },
    },
  }, async (request) => {
    // In team mode the account decides; a single user may name themselves.
    const analyst = request.account?.name ?? request.headers['x-bilat-analyst'];
    return decide(store, reviewAction(request.body), typeof analyst === 'string' ? analyst : 'analyst');
  });

  api.get<{ Querystring: { kind?: 'entity' | 'event'; id?: string; limit?: number } }>('/audit', {
    schema: {
      tags: ['review'],
      summary: 'The audit log, newest first; of one fact when kind and id are given',
      querystring: {
        type: 'object',
        properties: { kind: { type: 'string', enum: ['entity', 'event'] }, id: { type: 'string', minLength: 1 }, limit: pageLimit(1000, 100) },
        additionalProperties: false,
      },
      response: { 200: { type: 'array', items: auditEntry }, 400: errorResponse },
    },
  }, async (request) => {
    const { kind, id, limit } = request.query;
    if (Boolean(kind) !== Boolean(id)) throw new HttpError(400, 'give both kind and id of the fact, or neither');
    return store.auditLog({ ...(kind && id ? { subject: { kind, id } } : {}), limit });
  });
}
