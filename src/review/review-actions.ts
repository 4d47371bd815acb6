// An analyst's decisions on the knowledge base, checked against the Record's own schemas
// before the store applies them: which fields of an entity or event may be corrected, and
// what values they may take.
import { z } from 'zod';
import { Entity, Event, type EntityType } from '../record/schema.ts';
import { type EventFields, ReviewError } from '../store/store.ts';

const ENTITY_FIXED_FIELDS = ['id', 'type', 'aliases', 'mentions', 'confidence'];
/** Record fields of an event that an analyst may correct, and the store's name for each. */
const EVENT_CORRECTABLE_FIELDS: { [recordField: string]: keyof EventFields } = {
  type: 'type', date: 'date', date_text: 'dateText', format: 'format', sectors: 'sectors', stance: 'stance', cameo: 'cameo',
};

function entitySchema(type: EntityType) {
  const schema = Entity.options.find((option) => option.shape.type.value === type);
  if (!schema) throw new ReviewError(`unknown entity type "${type}"`);
  return schema;
}

function describeIssue(error: z.ZodError): string {
  return error.issues.map((issue) => issue.message).join('; ');
}

/** The fields of an entity of `type` an analyst may correct: its name and its type's own fields. */
export function correctableEntityFields(type: EntityType): string[] {
  return Object.keys(entitySchema(type).shape).filter((field) => !ENTITY_FIXED_FIELDS.includes(field));
}

export function correctableEventFields(): string[] {
  return Object.keys(EVENT_CORRECTABLE_FIELDS);
}

/** Checks each corrected field of an entity against its type's schema; returns the corrections to store. */
export function checkEntityCorrection(type: EntityType, fields: { [field: string]: unknown }): { [field: string]: unknown } {
  const schema = entitySchema(type);
  const allowed = correctableEntityFields(type);
  if (Object.keys(fields).length === 0) throw new ReviewError('nothing to correct: give FIELD=VALUE');
  for (const [field, value] of Object.entries(fields)) {
    if (!allowed.includes(field)) throw new ReviewError(`a ${type} has no field "${field}" to correct; it has ${allowed.join(', ')}`);
    const result = (schema.shape as { [field: string]: z.ZodType })[field].safeParse(value);
    if (!result.success) throw new ReviewError(`${field}: ${describeIssue(result.error)}`);
  }
  return fields;
}

/** Checks each corrected field of an event against the Record's Event schema; returns them under the store's names. */
export function checkEventCorrection(fields: { [field: string]: unknown }): EventFields {
  if (Object.keys(fields).length === 0) throw new ReviewError('nothing to correct: give FIELD=VALUE');
  const corrections: { [field: string]: unknown } = {};
  for (const [field, value] of Object.entries(fields)) {
    const stored = EVENT_CORRECTABLE_FIELDS[field];
    if (!stored) throw new ReviewError(`an event has no field "${field}" to correct; it has ${correctableEventFields().join(', ')}`);
    const result = (Event.shape as { [field: string]: z.ZodType })[field].safeParse(value);
    if (!result.success) throw new ReviewError(`${field}: ${describeIssue(result.error)}`);
    corrections[stored] = value;
  }
  return corrections as EventFields;
}

/** Checks a hand-added entity as the Record would (a country needs its code, an instrument its kind and status, …). */
export function checkNewEntity(type: EntityType, name: string, attributes: { [field: string]: unknown }): void {
  const result = entitySchema(type).safeParse({ ...attributes, id: 'new', type, name, aliases: [], mentions: [] });
  if (!result.success) throw new ReviewError(`the new ${type}: ${describeIssue(result.error)}`);
}
