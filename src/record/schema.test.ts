import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { assertValidRecord, Record, recordJsonSchema, RECORD_SCHEMA_ID } from './schema.ts';
import { SECTOR_NAMES } from './sectors.ts';

const minimal = {
  schema: RECORD_SCHEMA_ID,
  document: { id: 'doc-1', published: null, language: 'en', sha256: 'a'.repeat(64) },
  entities: [{ id: 'country:AZE', type: 'country', code: 'AZE', name: 'Azerbaijan', aliases: [], mentions: [{ start: 0, end: 10 }] }],
  events: [],
};

test('docs/record.schema.json is the JSON Schema generated from the zod Record (run npm run schema after changing it)', () => {
  const checkedIn = JSON.parse(readFileSync(new URL('../../docs/record.schema.json', import.meta.url), 'utf8'));
  assert.deepEqual(checkedIn, JSON.parse(JSON.stringify(recordJsonSchema())));
});

test('a minimal record validates', () => {
  assert.equal(Record.safeParse(minimal).success, true);
});

test('an invalid record is refused with the path of each problem', () => {
  const bad = structuredClone(minimal) as { entities: { code: string; mentions: { start: number; end: number }[] }[] };
  bad.entities[0].code = 'az';
  bad.entities[0].mentions[0] = { start: 5, end: 2 };
  assert.throws(() => assertValidRecord(bad), (error: Error) => error.message.includes('entities.0.code') && error.message.includes('entities.0.mentions.0'));
});

test('an event needs at least one evidence span and dates are partial ISO dates', () => {
  const event = { id: 'e1', type: 'meeting', date: '2025-03', participants: [], sectors: ['trade'], evidence: [] };
  assert.equal(Record.safeParse({ ...minimal, events: [event] }).success, false);
  assert.equal(Record.safeParse({ ...minimal, events: [{ ...event, evidence: [{ start: 0, end: 4 }] }] }).success, true);
  assert.equal(Record.safeParse({ ...minimal, events: [{ ...event, date: 'March 2025', evidence: [{ start: 0, end: 4 }] }] }).success, false);
});

test('sectors come from the one taxonomy of SPEC.md', () => {
  assert.deepEqual(SECTOR_NAMES, [
    'political', 'security', 'economic', 'trade', 'investment', 'transport', 'logistics', 'energy', 'oil and gas',
    'green energy', 'communications', 'digital', 'agriculture', 'industry', 'environment', 'health', 'education',
    'science', 'culture', 'humanitarian', 'sports', 'tourism', 'legal', 'consular',
  ]);
  const event = { id: 'e1', type: 'meeting', date: null, participants: [], sectors: ['space tourism'], evidence: [{ start: 0, end: 1 }] };
  assert.equal(Record.safeParse({ ...minimal, events: [event] }).success, false);
});
