// Entities, events and search across the knowledge base.
import type { FastifyInstance } from 'fastify';
import { ENTITY_TYPES, type EntityType } from '../../../record/schema.ts';
import type { KnowledgeReader } from '../../../store/store.ts';
import { entityPage, entitySummary, errorResponse, iso3, knowledgeEvent, pageLimit, searchResults, writtenAsParsed } from '../schemas.ts';
import { HttpError } from '../http-error.ts';

export async function knowledgeRoutes(api: FastifyInstance, store: KnowledgeReader): Promise<void> {
  api.get<{ Querystring: { type?: EntityType; a?: string; b?: string; limit?: number } }>('/entities', {
    config: { cacheUntilStoreChanges: true },
    ...writtenAsParsed,
    schema: {
      tags: ['knowledge'],
      summary: 'Entities, the most reported first; of one type, or taking part in a pair of countries\' relations',
      querystring: {
        type: 'object',
        properties: { type: { type: 'string', enum: [...ENTITY_TYPES] }, a: iso3, b: iso3, limit: pageLimit(5000, 500) },
        additionalProperties: false,
      },
      response: { 200: { type: 'array', items: entitySummary }, 400: errorResponse },
    },
  }, async (request) => {
    const { type, a, b, limit = 500 } = request.query;
    if (Boolean(a) !== Boolean(b)) throw new HttpError(400, 'give both countries of the pair, a and b, or neither');
    const entities = await store.listEntities({ ...(type ? { type } : {}), ...(a && b ? { dyad: [a.toUpperCase(), b.toUpperCase()] as const } : {}) });
    return entities.slice(0, limit);
  });

  api.get<{ Params: { id: string } }>('/entities/:id', {
    config: { cacheUntilStoreChanges: true },
    ...writtenAsParsed,
    schema: {
      tags: ['knowledge'],
      summary: 'One entity: every fact with its source sentences, and its events',
      params: { type: 'object', properties: { id: { type: 'string', minLength: 1 } }, required: ['id'] },
      response: { 200: entityPage, 404: errorResponse },
    },
  }, async (request) => {
    const page = await store.getEntity(request.params.id);
    if (!page) throw new HttpError(404, `no entity "${request.params.id}"`);
    return page;
  });

  api.get<{ Params: { id: string } }>('/events/:id', {
    config: { cacheUntilStoreChanges: true },
    ...writtenAsParsed,
    schema: {
      tags: ['knowledge'],
      summary: 'One event with its participants and sources',
      params: { type: 'object', properties: { id: { type: 'string', minLength: 1 } }, required: ['id'] },
      response: { 200: knowledgeEvent, 404: errorResponse },
    },
  }, async (request) => {
    const event = await store.getEvent(request.params.id);
    if (!event) throw new HttpError(404, `no event "${request.params.id}"`);
    return event;
  });

  api.get<{ Querystring: { q: string; limit?: number } }>('/search', {
    config: { cacheUntilStoreChanges: true },
    ...writtenAsParsed,
    schema: {
      tags: ['knowledge'],
      summary: 'Full-text search over documents and entities, ranked ("quoted phrases", OR and -word work)',
      querystring: { type: 'object', properties: { q: { type: 'string', minLength: 1, maxLength: 1000 }, limit: pageLimit(100, 20) }, required: ['q'], additionalProperties: false },
      response: { 200: searchResults, 400: errorResponse },
    },
  }, async (request) => store.search(request.query.q, { limit: request.query.limit }));
}
