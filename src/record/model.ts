// The ontology as data (data/model/*.yaml, after FollowTheMoney's schema files): what each
// entity type, kind, status, event type and stance is and means, read and checked once.
//
// The names are also written as `as const` tuples (./model-names.ts), so that the Record's zod
// schema and the code that tests a status or a type keep literal types (a misspelt 'in forse'
// does not compile).
// TypeScript cannot read YAML, so the tuple and the file are held together at load time instead:
// each file must describe exactly its tuple's names, or loading fails naming the file and the
// names that differ.
import { z } from 'zod';
import { loadDataFile } from '../vocabulary/data-file.ts';
import {
  ENTITY_TYPES, EVENT_FORMATS, EVENT_TYPES, INITIATIVE_KINDS, INITIATIVE_STATUSES, INSTRUMENT_KINDS, INSTRUMENT_STATUSES,
  ORGANIZATION_KINDS, PLACE_KINDS, STANCES,
} from './model-names.ts';

type Names = readonly [string, ...string[]];

const Meaning = z.string().min(1);
const CameoCode = z.string().regex(/^\d{2,4}$/, 'a CAMEO code of 2 to 4 digits');
/** What a status reads as in a list: reached, on its way, ended without effect, or not reported. */
export const STATUS_TONES = ['done', 'moving', 'stopped', 'unknown'] as const;
export type StatusTone = (typeof STATUS_TONES)[number];

/** A list of entries, one for each of `names` and no other. */
function describing<Entry extends z.ZodType<{ name: string }>>(names: Names, entry: Entry) {
  return z.array(entry).superRefine((entries, context) => {
    const listed = entries.map((e) => e.name);
    const twice = listed.filter((name, index) => listed.indexOf(name) !== index);
    const missing = names.filter((name) => !listed.includes(name));
    if (twice.length > 0) context.addIssue({ code: 'custom', message: `described more than once: ${twice.join(', ')}` });
    if (missing.length > 0) context.addIssue({ code: 'custom', message: `not described (src/record/model-names.ts lists them): ${missing.join(', ')}` });
  });
}

/** Statuses whose `order` values are all different, so that any two compare. */
function inTotalOrder<Entry extends z.ZodType<{ name: string; order: number }[]>>(list: Entry) {
  return list.refine((entries) => new Set(entries.map((e) => e.order)).size === entries.length, 'two statuses share an order');
}

function named<T extends Names>(names: T) {
  return z.object({ name: z.enum(names), meaning: Meaning }).strict();
}

const EntityTypesFile = z.object({ entity_types: describing(ENTITY_TYPES, named(ENTITY_TYPES)) }).strict();

const KindsFile = z.object({
  organization: describing(ORGANIZATION_KINDS, named(ORGANIZATION_KINDS)),
  place: describing(PLACE_KINDS, named(PLACE_KINDS)),
  instrument: describing(INSTRUMENT_KINDS, named(INSTRUMENT_KINDS)),
  initiative: describing(INITIATIVE_KINDS, named(INITIATIVE_KINDS)),
}).strict();

/** The shape of data/model/instrument-statuses.yaml. */
export const InstrumentStatusesFile = z.object({
  unreported: z.enum(INSTRUMENT_STATUSES),
  lapsed: z.enum(INSTRUMENT_STATUSES),
  statuses: inTotalOrder(describing(INSTRUMENT_STATUSES, z.object({
    name: z.enum(INSTRUMENT_STATUSES),
    order: z.int().nonnegative(),
    open: z.boolean(),
    agreed: z.boolean(),
    tone: z.enum(STATUS_TONES),
    meaning: Meaning,
  }).strict())),
}).strict();

const InitiativeStatusesFile = z.object({
  unreported: z.enum(INITIATIVE_STATUSES),
  statuses: inTotalOrder(describing(INITIATIVE_STATUSES, z.object({
    name: z.enum(INITIATIVE_STATUSES),
    order: z.int().nonnegative(),
    tone: z.enum(STATUS_TONES),
    meaning: Meaning,
  }).strict())),
}).strict();

const EventTypesFile = z.object({
  event_types: describing(EVENT_TYPES, z.object({
    name: z.enum(EVENT_TYPES),
    cameo: CameoCode.optional(),
    contact: z.boolean(),
    spoken: z.boolean(),
    meaning: Meaning,
  }).strict()),
  entity_fields: z.array(z.object({ field: z.string().min(1), role: z.string().min(1), meaning: Meaning }).strict()).min(1),
  formats: describing(EVENT_FORMATS, named(EVENT_FORMATS)),
}).strict();

const StancesFile = z.object({
  stances: describing(STANCES, z.object({ name: z.enum(STANCES), cameo: CameoCode.optional(), meaning: Meaning }).strict()),
}).strict();

/** Reads data/model/NAME and checks it against its schema; the error names the file and each problem's place in it. */
function loadModelFile<Schema extends z.ZodType>(name: string, schema: Schema): z.infer<Schema> {
  const result = schema.safeParse(loadDataFile<unknown>(`model/${name}`));
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${issue.path.join('.') || '(top)'}: ${issue.message}`);
  throw new Error(`data/model/${name} does not describe the model:\n  ${problems.join('\n  ')}`);
}

type EventTypeName = (typeof EVENT_TYPES)[number];
type StanceName = (typeof STANCES)[number];

export const ENTITY_TYPE_MODEL = loadModelFile('entity-types.yaml', EntityTypesFile).entity_types;
export const KIND_MODEL = loadModelFile('kinds.yaml', KindsFile);

const byOrder = <Entry extends { order: number }>(entries: readonly Entry[]) => [...entries].sort((a, b) => a.order - b.order);

const instrumentStatuses = loadModelFile('instrument-statuses.yaml', InstrumentStatusesFile);
/** Instrument statuses in lifecycle order, each with what it means. */
export const INSTRUMENT_STATUS_MODEL = { ...instrumentStatuses, statuses: byOrder(instrumentStatuses.statuses) };

const initiativeStatuses = loadModelFile('initiative-statuses.yaml', InitiativeStatusesFile);
/** Initiative statuses in lifecycle order, each with what it means. */
export const INITIATIVE_STATUS_MODEL = { ...initiativeStatuses, statuses: byOrder(initiativeStatuses.statuses) };

/** Instruments still to be acted on: not in force, not expired. */
export const OPEN_INSTRUMENT_STATUSES: ReadonlySet<string> = new Set(INSTRUMENT_STATUS_MODEL.statuses.filter((s) => s.open).map((s) => s.name));
/** Statuses of texts agreed on: the end of their period makes them expired. */
export const AGREED_INSTRUMENT_STATUSES: ReadonlySet<string> = new Set(INSTRUMENT_STATUS_MODEL.statuses.filter((s) => s.agreed).map((s) => s.name));

const eventTypes = loadModelFile('event-types.yaml', EventTypesFile);
export const EVENT_TYPE_MODEL = eventTypes.event_types;
/** The Event fields that hold ids of other entities, and the role the knowledge base links each under. */
export const EVENT_ENTITY_FIELDS = eventTypes.entity_fields;
export const EVENT_FORMAT_MODEL = eventTypes.formats;
/** Bilateral contacts between the sides' people (meetings, visits, calls). */
export const CONTACT_EVENT_TYPES: ReadonlySet<string> = new Set(EVENT_TYPE_MODEL.filter((t) => t.contact).map((t) => t.name));
/** What a side said rather than did. */
export const SPOKEN_EVENT_TYPES: ReadonlySet<string> = new Set(EVENT_TYPE_MODEL.filter((t) => t.spoken).map((t) => t.name));

export const STANCE_MODEL = loadModelFile('stances.yaml', StancesFile).stances;

const CAMEO_OF_TYPE = new Map(EVENT_TYPE_MODEL.map((t) => [t.name, t.cameo]));
const CAMEO_OF_STANCE = new Map(STANCE_MODEL.map((s) => [s.name, s.cameo]));

/** An event's CAMEO code: its stance's when it has one, else its type's; undefined where neither has one. */
export function cameoCodeOf(type: EventTypeName, stance?: StanceName): string | undefined {
  return stance ? CAMEO_OF_STANCE.get(stance) : CAMEO_OF_TYPE.get(type);
}
