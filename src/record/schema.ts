// The Record of SPEC.md, defined once. Types, validation and docs/record.schema.json
// are all derived from these zod schemas.
import { z } from 'zod';
import {
  ENTITY_TYPES, EVENT_FORMATS, EVENT_TYPES, INITIATIVE_KINDS, INITIATIVE_STATUSES, INSTRUMENT_KINDS, INSTRUMENT_STATUSES,
  ORGANIZATION_KINDS, PLACE_KINDS, STANCES,
} from './model-names.ts';
import { SECTOR_NAMES } from './sectors.ts';

// The vocabularies' names; what they mean is data (data/model/*.yaml), read by ./model.ts.
export {
  ENTITY_TYPES, EVENT_FORMATS, EVENT_TYPES, INITIATIVE_KINDS, INITIATIVE_STATUSES, INSTRUMENT_KINDS, INSTRUMENT_STATUSES,
  ORGANIZATION_KINDS, PLACE_KINDS, STANCES,
};

export const RECORD_SCHEMA_ID = 'bilat.record/1';

export const ISO3 = z.string().regex(/^[A-Z]{3}$/, 'ISO 3166-1 alpha-3 code');
export const FullDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');
export const PartialDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'YYYY, YYYY-MM or YYYY-MM-DD');

export const Span = z
  .object({
    start: z.int().nonnegative(),
    end: z.int().nonnegative(),
  })
  .refine((s) => s.end >= s.start, 'a span ends at or after its start')
  .describe('Character offsets into the document body, end exclusive');

export const Document = z.object({
  id: z.string(),
  file: z.string().optional().describe('The input it was read from'),
  source: z.string().optional().describe("The header's or page's address"),
  outlet: z.string().optional(),
  title: z.string().optional(),
  published: FullDate.nullable(),
  language: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

const entityBase = {
  id: z.string(),
  name: z.string().min(1),
  aliases: z.array(z.string()),
  mentions: z.array(Span),
  confidence: z.number().min(0).max(1).optional().describe('How sure extraction is, 0 to 1'),
};

export const Role = z.object({
  title: z.string().min(1),
  country: ISO3.optional(),
  organization: z.string().optional(),
});

export const Period = z.object({ start: PartialDate.optional(), end: PartialDate.optional() });

export const CountryEntity = z.object({ ...entityBase, type: z.literal('country'), code: ISO3 });
export const PersonEntity = z.object({
  ...entityBase,
  type: z.literal('person'),
  country: ISO3.optional(),
  roles: z.array(Role),
});
export const OrganizationEntity = z.object({
  ...entityBase,
  type: z.literal('organization'),
  kind: z.enum(ORGANIZATION_KINDS).optional(),
  country: ISO3.optional(),
});
export const PlaceEntity = z.object({
  ...entityBase,
  type: z.literal('place'),
  kind: z.enum(PLACE_KINDS).optional(),
  country: ISO3.optional(),
  geo: z.object({ lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180) }).optional(),
});
export const InstrumentEntity = z.object({
  ...entityBase,
  type: z.literal('instrument'),
  kind: z.enum(INSTRUMENT_KINDS),
  status: z.enum(INSTRUMENT_STATUSES),
  period: Period.optional(),
  parties: z.array(ISO3),
});
export const InitiativeEntity = z.object({
  ...entityBase,
  type: z.literal('initiative'),
  kind: z.enum(INITIATIVE_KINDS),
  status: z.enum(INITIATIVE_STATUSES),
  parties: z.array(ISO3),
  part_of: z.string().optional().describe('Entity id of the larger initiative'),
  places: z.array(z.string()).optional().describe('Entity ids of places'),
});
export const ForumEntity = z.object({
  ...entityBase,
  type: z.literal('forum'),
  date: PartialDate.optional(),
  place: z.string().optional().describe('Entity id of a place'),
});

export const Entity = z.discriminatedUnion('type', [
  CountryEntity, PersonEntity, OrganizationEntity, PlaceEntity, InstrumentEntity, InitiativeEntity, ForumEntity,
]);

export const Sector = z.enum(SECTOR_NAMES);

export const Event = z.object({
  id: z.string(),
  type: z.enum(EVENT_TYPES),
  date: PartialDate.nullable(),
  date_text: z.string().optional().describe('The words the date was read from'),
  participants: z.array(z.string()).describe('Entity ids'),
  place: z.string().optional(),
  instruments: z.array(z.string()).optional(),
  initiatives: z.array(z.string()).optional(),
  forum: z.string().optional().describe('Entity id of the forum the event belongs to'),
  format: z.array(z.enum(EVENT_FORMATS)).optional(),
  sectors: z.array(Sector),
  stance: z.enum(STANCES).optional(),
  targets: z.array(z.string()).optional().describe('Entity ids of whom a statement is directed at (CAMEO\'s target): the country praised, the person thanked'),
  cameo: z.string().regex(/^\d{2,4}$/).optional(),
  confidence: z.number().min(0).max(1).optional(),
  evidence: z.array(Span).min(1),
});

export const Figure = z
  .object({
    id: z.string(),
    value: z.number(),
    unit: z.string().describe('What is counted or measured: "agreements", "USD", "km"'),
    text: z.string(),
    evidence: z.array(Span).min(1),
  })
  .describe('A quoted figure ("a legal framework of 165 agreements"), kept as a number, not as items');

export const Record = z.object({
  schema: z.literal(RECORD_SCHEMA_ID),
  extractor: z.object({ name: z.string(), version: z.string() }).optional(),
  document: Document,
  entities: z.array(Entity),
  events: z.array(Event),
  figures: z.array(Figure).optional(),
});

export type Span = z.infer<typeof Span>;
export type Document = z.infer<typeof Document>;
export type Role = z.infer<typeof Role>;
export type Period = z.infer<typeof Period>;
export type Entity = z.infer<typeof Entity>;
export type EntityType = Entity['type'];
export type CountryEntity = z.infer<typeof CountryEntity>;
export type PersonEntity = z.infer<typeof PersonEntity>;
export type OrganizationEntity = z.infer<typeof OrganizationEntity>;
export type PlaceEntity = z.infer<typeof PlaceEntity>;
export type InstrumentEntity = z.infer<typeof InstrumentEntity>;
export type InitiativeEntity = z.infer<typeof InitiativeEntity>;
export type ForumEntity = z.infer<typeof ForumEntity>;
export type Event = z.infer<typeof Event>;
export type EventType = Event['type'];
export type Figure = z.infer<typeof Figure>;
export type Record = z.infer<typeof Record>;
export type Sector = z.infer<typeof Sector>;
export type InstrumentKind = (typeof INSTRUMENT_KINDS)[number];
export type InstrumentStatus = (typeof INSTRUMENT_STATUSES)[number];
export type InitiativeKind = (typeof INITIATIVE_KINDS)[number];
export type InitiativeStatus = (typeof INITIATIVE_STATUSES)[number];
export type EventFormat = (typeof EVENT_FORMATS)[number];
export type Stance = (typeof STANCES)[number];

/** Validates a record; throws an error listing every problem with its path. */
export function assertValidRecord(value: unknown): Record {
  const result = Record.safeParse(value);
  if (result.success) return result.data;
  const problems = result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
  throw new Error(`invalid record:\n  ${problems.join('\n  ')}`);
}

export function recordJsonSchema(): object {
  return z.toJSONSchema(Record, { target: 'draft-2020-12', io: 'output' });
}
