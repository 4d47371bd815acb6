// The knowledge base's model: entities, events and their sources as the store gives them out,
// parsed once where they leave it. An entity's attributes are its type's fields of the Record
// (schema.ts) with what merging adds: the span of each role and the history of a status. The
// HTTP API's response schemas are generated from these definitions.
import { z } from 'zod';
import {
  CountryEntity, ENTITY_TYPES, EVENT_FORMATS, EVENT_TYPES, ForumEntity, FullDate, InitiativeEntity, InstrumentEntity,
  INITIATIVE_STATUSES, INSTRUMENT_STATUSES, ISO3, OrganizationEntity, PartialDate, PersonEntity, PlaceEntity, Role, Sector, Span,
  STANCES,
} from './schema.ts';

export const FACT_STATUSES = ['active', 'rejected', 'merged'] as const;
export const FACT_ORIGINS = ['extracted', 'analyst'] as const;
/** Of an entity or event: active; rejected by an analyst (kept, so that new reports of it stay hidden); merged into another entity. */
export const FactStatus = z.enum(FACT_STATUSES);
/** extracted from documents, or added by hand by an analyst. */
export const FactOrigin = z.enum(FACT_ORIGINS);

/** A role with the earliest and latest publication dates of the documents that give it (null when none is dated, or added by hand). */
export const RoleOverTime = Role.extend({
  from: FullDate.nullable().default(null),
  to: FullDate.nullable().default(null),
});

/** A status as one document reported it, dated by its publication. */
const statusStep = <Statuses extends readonly [string, ...string[]]>(statuses: Statuses) =>
  z.object({ status: z.enum(statuses), date: FullDate.nullable() });
export const InstrumentStatusStep = statusStep(INSTRUMENT_STATUSES);
export const InitiativeStatusStep = statusStep(INITIATIVE_STATUSES);

export const CountryAttributes = CountryEntity.pick({ code: true });
export const PersonAttributes = PersonEntity.pick({ country: true }).extend({ roles: z.array(RoleOverTime).default([]) });
export const OrganizationAttributes = OrganizationEntity.pick({ kind: true, country: true });
export const PlaceAttributes = PlaceEntity.pick({ kind: true, country: true, geo: true });
export const InstrumentAttributes = InstrumentEntity.pick({ kind: true, status: true, period: true, parties: true }).extend({
  statusHistory: z.array(InstrumentStatusStep).default([]),
});
export const InitiativeAttributes = InitiativeEntity.pick({ kind: true, status: true, parties: true, part_of: true, places: true }).extend({
  statusHistory: z.array(InitiativeStatusStep).default([]),
});
export const ForumAttributes = ForumEntity.pick({ date: true, place: true });

const entityBase = {
  id: z.string(),
  name: z.string(),
  aliases: z.array(z.string()),
  status: FactStatus,
  mergedInto: z.string().nullable(),
  origin: FactOrigin,
  /** The fields an analyst corrected ("name" among them when the name was). */
  corrected: z.array(z.string()),
  documentCount: z.int(),
  /** Documents with near-duplicates counted once. */
  storyCount: z.int(),
  mentionCount: z.int(),
};

/** An entity of the knowledge base, its attributes typed by its type. */
export const KnowledgeEntity = z.discriminatedUnion('type', [
  z.object({ ...entityBase, type: z.literal('country'), attributes: CountryAttributes }),
  z.object({ ...entityBase, type: z.literal('person'), attributes: PersonAttributes }),
  z.object({ ...entityBase, type: z.literal('organization'), attributes: OrganizationAttributes }),
  z.object({ ...entityBase, type: z.literal('place'), attributes: PlaceAttributes }),
  z.object({ ...entityBase, type: z.literal('instrument'), attributes: InstrumentAttributes }),
  z.object({ ...entityBase, type: z.literal('initiative'), attributes: InitiativeAttributes }),
  z.object({ ...entityBase, type: z.literal('forum'), attributes: ForumAttributes }),
]);

export const DocumentReference = z.object({
  id: z.string(),
  file: z.string().nullable(),
  source: z.string().nullable(),
  outlet: z.string().nullable(),
  title: z.string().nullable(),
  published: FullDate.nullable(),
});

/** A span of a stored document and the sentence around it, as the reader should see it. */
export const SourceSentence = z.object({
  document: DocumentReference,
  span: Span,
  sentence: z.string(),
  extractorVersion: z.string(),
});

/** An entity an event refers to, by id, with what a reader needs to name it. */
export const EventParticipant = z.object({ id: z.string(), type: z.enum(ENTITY_TYPES), name: z.string() });

export const EventSource = z.object({
  document: DocumentReference,
  evidence: z.array(Span),
  /** The evidence spans' sentences, in order. */
  sentences: z.array(z.string()),
  extractorVersion: z.string(),
});

export const KnowledgeEvent = z.object({
  id: z.string(),
  type: z.enum(EVENT_TYPES),
  date: PartialDate.nullable(),
  dateText: z.string().nullable(),
  participants: z.array(EventParticipant),
  /** Whom a statement is directed at: the country praised, the person thanked. */
  targets: z.array(EventParticipant),
  instruments: z.array(EventParticipant),
  initiatives: z.array(EventParticipant),
  place: EventParticipant.nullable(),
  forum: EventParticipant.nullable(),
  /** The countries it involves: its participants' and targets', and those of their people and organizations. */
  countries: z.array(ISO3),
  format: z.array(z.enum(EVENT_FORMATS)),
  sectors: z.array(Sector),
  stance: z.enum(STANCES).nullable(),
  cameo: z.string().nullable(),
  status: FactStatus,
  origin: FactOrigin,
  /** The fields an analyst corrected. */
  corrected: z.array(z.string()),
  sources: z.array(EventSource),
});

export type FactStatus = z.infer<typeof FactStatus>;
export type FactOrigin = z.infer<typeof FactOrigin>;
export type RoleOverTime = z.infer<typeof RoleOverTime>;
export type InstrumentStatusStep = z.infer<typeof InstrumentStatusStep>;
export type InitiativeStatusStep = z.infer<typeof InitiativeStatusStep>;
export type KnowledgeEntity = z.infer<typeof KnowledgeEntity>;
/** An entity of one type. */
export type EntityOf<Type extends KnowledgeEntity['type']> = Extract<KnowledgeEntity, { type: Type }>;
/** The attributes of an entity of one type. */
export type AttributesOf<Type extends KnowledgeEntity['type']> = EntityOf<Type>['attributes'];
export type DocumentReference = z.infer<typeof DocumentReference>;
export type SourceSentence = z.infer<typeof SourceSentence>;
export type EventParticipant = z.infer<typeof EventParticipant>;
export type EventSource = z.infer<typeof EventSource>;
export type KnowledgeEvent = z.infer<typeof KnowledgeEvent>;

/** A person's roles over time; none for other entities. */
export function rolesOf(entity: KnowledgeEntity): RoleOverTime[] {
  return entity.type === 'person' ? entity.attributes.roles : [];
}

/** An instrument's or initiative's statuses as reported, oldest first; none for other entities. */
export function statusHistoryOf(entity: KnowledgeEntity): (InstrumentStatusStep | InitiativeStatusStep)[] {
  return entity.type === 'instrument' || entity.type === 'initiative' ? entity.attributes.statusHistory : [];
}

/** The country an entity is of: a country's own code; a person's country, else that of their first role that has one; an organization's or place's country. */
export function countryOf(entity: KnowledgeEntity): string | undefined {
  switch (entity.type) {
    case 'country':
      return entity.attributes.code;
    case 'person':
      return entity.attributes.country ?? entity.attributes.roles.find((role) => role.country)?.country;
    case 'organization':
    case 'place':
      return entity.attributes.country;
    default:
      return undefined;
  }
}

/** A value leaving the store, checked against its model; a stored value the model does not allow is a defect named by `what`. */
export function parseKnowledge<Schema extends z.ZodType>(schema: Schema, what: string, value: unknown): z.output<Schema> {
  const result = schema.safeParse(value);
  if (!result.success) throw new Error(`the knowledge base's ${what} does not fit the model: ${z.prettifyError(result.error)}`);
  return result.data;
}

/** JSON Schema (draft-07, as the HTTP API's OpenAPI document takes it) of a knowledge type, to be nested in others. */
export function knowledgeJsonSchema(schema: z.ZodType): z.core.JSONSchema.BaseSchema {
  const { $schema: _dialect, ...nested } = z.toJSONSchema(schema, { target: 'draft-7', io: 'output', unrepresentable: 'any' });
  return nested;
}
