// JSON Schemas of the HTTP API's requests and responses, from which fastify validates
// requests, serialises responses and writes /api/openapi.json. Entities, events and their
// sources are the knowledge model's (src/record/knowledge.ts), generated from it.
import { DocumentReference, KnowledgeEntity, KnowledgeEvent, knowledgeJsonSchema, SourceSentence } from '../../record/knowledge.ts';
import { ENTITY_TYPES, EVENT_TYPES } from '../../record/schema.ts';

const looseObject = (properties: object, required: string[] = []) => ({ type: 'object', properties, required, additionalProperties: true }) as const;
const nullable = (type: string) => ({ type: [type, 'null'] }) as const;

export const errorResponse = {
  type: 'object',
  properties: {
    statusCode: { type: 'integer' },
    error: { type: 'string' },
    message: { type: 'string' },
  },
  required: ['statusCode', 'error', 'message'],
} as const;

export const iso3 = { type: 'string', pattern: '^[A-Za-z]{3}$', description: 'ISO 3166-1 alpha-3 code' } as const;
export const partialDate = { type: 'string', pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$', description: 'YYYY, YYYY-MM or YYYY-MM-DD' } as const;
export const fullDate = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD' } as const;

/** The largest integer a PostgreSQL integer column or a LIMIT/OFFSET is given. */
const LARGEST_INTEGER = 2_147_483_647;
/** A row's id in the store. */
export const databaseId = { type: 'integer', minimum: 1, maximum: LARGEST_INTEGER } as const;
/** How many rows to skip; past the last, a page is empty. */
export const pageOffset = { type: 'integer', minimum: 0, maximum: LARGEST_INTEGER, default: 0 } as const;
/** How many rows a page holds, at most `maximum`. */
export const pageLimit = (maximum: number, byDefault: number) => ({ type: 'integer', minimum: 1, maximum, default: byDefault }) as const;

export const documentReference = knowledgeJsonSchema(DocumentReference);

/**
 * Route options for answers made of the knowledge model: parsed by it as they left the store,
 * they are written as they are, where fastify's compiled serialiser would try each entity
 * type's schema in turn (20 times slower on a page of entities).
 */
export const writtenAsParsed = { serializerCompiler: () => (data: unknown) => JSON.stringify(data) } as const;

export const documentSummary = looseObject({
  ...documentReference.properties, ingestedAt: { type: 'string' }, storyId: nullable('integer'), entityCount: { type: 'integer' }, eventCount: { type: 'integer' },
}, ['id', 'entityCount', 'eventCount']);

export const storedDocument = looseObject({
  ...documentSummary.properties, body: { type: 'string' }, language: { type: 'string' }, sha256: { type: 'string' },
  extractorVersion: { type: 'string' }, storyDocuments: { type: 'array', items: documentReference },
}, ['id', 'body']);

export const entitySummary = knowledgeJsonSchema(KnowledgeEntity);
const sourceSentence = knowledgeJsonSchema(SourceSentence);
export const knowledgeEvent = knowledgeJsonSchema(KnowledgeEvent);

export const entityPage = looseObject({
  entity: entitySummary,
  mentions: { type: 'array', items: sourceSentence },
  events: { type: 'array', items: knowledgeEvent },
}, ['entity', 'mentions', 'events']);

export const searchResults = looseObject({
  documents: { type: 'array', items: looseObject({ document: documentReference, rank: { type: 'number' }, snippet: { type: 'string' } }) },
  entities: { type: 'array', items: looseObject({ entity: entitySummary, rank: { type: 'number' } }) },
}, ['documents', 'entities']);

export const dyadReport = looseObject({
  countries: { type: 'array', items: { type: 'string' } },
  asOf: { type: 'string' },
  summary: { type: 'object', additionalProperties: true },
  timeline: { type: 'array', items: knowledgeEvent },
  instruments: { type: 'array', items: { type: 'object', additionalProperties: true } },
  initiatives: { type: 'array', items: { type: 'object', additionalProperties: true } },
  people: { type: 'object', additionalProperties: true },
  sectors: { type: 'array', items: { type: 'object', additionalProperties: true } },
  tone: { type: 'array', items: { type: 'object', additionalProperties: true } },
  places: { type: 'array', items: { type: 'object', additionalProperties: true } },
  figures: { type: 'array', items: { type: 'object', additionalProperties: true } },
}, ['countries', 'asOf', 'summary', 'timeline', 'instruments', 'initiatives', 'people']);

const subject = looseObject({ kind: { type: 'string', enum: ['entity', 'event'] }, id: { type: 'string' } }, ['kind', 'id']);

export const reviewItem = looseObject({
  subject, type: { type: 'string' }, label: { type: 'string' }, reasons: { type: 'array', items: { type: 'string' } },
  related: { type: 'array', items: { type: 'string' } }, documentCount: { type: 'integer' },
}, ['subject', 'label', 'reasons']);

export const auditEntry = looseObject({
  id: { type: 'integer' }, at: { type: 'string' }, actor: { type: 'string' }, action: { type: 'string' }, subject,
  before: {}, after: {}, note: nullable('string'),
}, ['id', 'at', 'actor', 'action', 'subject']);

/** An analyst's decision, as POST /api/review takes it (see src/store/store.ts ReviewAction). */
export const reviewActionBody = {
  type: 'object',
  required: ['action'],
  properties: {
    action: { type: 'string', enum: ['accept', 'reject', 'correct', 'merge', 'split', 'add-entity', 'add-event'] },
    id: { type: 'string', minLength: 1, description: 'The entity or event decided on (all but the add actions)' },
    fields: { type: 'object', additionalProperties: true, description: 'correct: the fields and their new values' },
    into: { type: 'string', description: 'merge: the entity it is' },
    documents: { type: 'array', items: { type: 'string' }, description: 'split: the documents whose mentions become a new entity' },
    entity: looseObject({ type: { type: 'string', enum: [...ENTITY_TYPES] }, name: { type: 'string', minLength: 1 }, aliases: { type: 'array', items: { type: 'string' } }, attributes: { type: 'object', additionalProperties: true } }, ['type', 'name']),
    event: looseObject({ type: { type: 'string', enum: [...EVENT_TYPES] }, date: { anyOf: [partialDate, { type: 'null' }] }, participants: { type: 'array', items: { type: 'string' }, minItems: 1 } }, ['type', 'participants']),
    note: { type: 'string' },
  },
  additionalProperties: false,
} as const;

export const pastedArticleBody = {
  type: 'object',
  required: ['text'],
  properties: {
    text: { type: 'string', minLength: 1, description: 'The article: plain text (optionally with "key: value" header lines) or an HTML page' },
    title: { type: 'string' },
    outlet: { type: 'string' },
    source: { type: 'string', description: 'Its address' },
    published: fullDate,
  },
  additionalProperties: false,
} as const;

export const ingestResult = looseObject({
  results: {
    type: 'array',
    items: looseObject({
      outcome: { type: 'string', enum: ['new', 'duplicate', 'near-duplicate', 'failed'] },
      documentId: { type: 'string', description: 'The stored document (all but failed)' },
      input: { type: 'string', description: 'The input the article was read from: the file name, "pasted-…", "NAME#N" for a feed\'s Nth item' },
      reason: { type: 'string', description: 'failed: why, for the person who sent it' },
      title: nullable('string'),
      entities: { type: 'integer' },
      events: { type: 'array', items: looseObject({ type: { type: 'string' }, date: nullable('string') }) },
    }, ['outcome', 'input']),
  },
}, ['results']);
