// A pair of countries: the dashboard's data and its timeline.
import type { FastifyInstance } from 'fastify';
import { dyadReport } from '../../../query/dyad-report.ts';
import type { KnowledgeReader } from '../../../store/store.ts';
import { dyadReport as dyadReportSchema, errorResponse, fullDate, iso3, knowledgeEvent, pageLimit, pageOffset, partialDate, writtenAsParsed } from '../schemas.ts';

const dyadParams = { type: 'object', properties: { a: iso3, b: iso3 }, required: ['a', 'b'] } as const;

export async function dyadRoutes(api: FastifyInstance, store: KnowledgeReader): Promise<void> {
  api.get<{ Params: { a: string; b: string }; Querystring: { asOf?: string } }>('/dyads/:a/:b', {
    config: { cacheUntilStoreChanges: true },
    ...writtenAsParsed,
    schema: {
      tags: ['dyads'],
      summary: 'Everything the dashboard shows for a pair of countries, as of a date (default today)',
      params: dyadParams,
      querystring: { type: 'object', properties: { asOf: fullDate }, additionalProperties: false },
      response: { 200: dyadReportSchema, 400: errorResponse },
    },
  }, async (request) => dyadReport(store, [request.params.a.toUpperCase(), request.params.b.toUpperCase()], { asOf: request.query.asOf }));

  api.get<{ Params: { a: string; b: string }; Querystring: { from?: string; to?: string; limit?: number; offset?: number } }>('/dyads/:a/:b/timeline', {
    config: { cacheUntilStoreChanges: true },
    ...writtenAsParsed,
    schema: {
      tags: ['dyads'],
      summary: 'The events between two countries, oldest first, a page at a time (limit, offset)',
      params: dyadParams,
      querystring: {
        type: 'object',
        properties: {
          from: partialDate,
          to: partialDate,
          limit: pageLimit(5000, 500),
          offset: pageOffset,
        },
        additionalProperties: false,
      },
      response: { 200: { type: 'array', items: knowledgeEvent }, 400: errorResponse },
    },
  }, async (request) => store.timeline(request.params.a.toUpperCase(), request.params.b.toUpperCase(), request.query));
}
