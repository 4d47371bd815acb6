import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countryOf, KnowledgeEntity, knowledgeJsonSchema, KnowledgeEvent, parseKnowledge, rolesOf, statusHistoryOf } from './knowledge.ts';

const stored = {
  id: 'person:ana-silva', name: 'Ana Silva', aliases: [], status: 'active', mergedInto: null, origin: 'analyst', corrected: [],
  documentCount: 0, storyCount: 0, mentionCount: 0,
};

test("an entity's attributes are its type's: a hand-added person's roles are undated, and her country comes from them", () => {
  const person = parseKnowledge(KnowledgeEntity, 'entity person:ana-silva', { ...stored, type: 'person', attributes: { roles: [{ title: 'Foreign Minister', country: 'CHL' }] } });
  assert.deepEqual(rolesOf(person), [{ title: 'Foreign Minister', country: 'CHL', from: null, to: null }]);
  assert.equal(countryOf(person), 'CHL');
  assert.deepEqual(statusHistoryOf(person), []);
});

test('an instrument keeps its status history, and a status outside the model is refused with the entity named', () => {
  const plan = { ...stored, id: 'instrument:plan', type: 'instrument', attributes: { kind: 'action plan', status: 'signed', parties: ['CHL', 'PER'], statusHistory: [{ status: 'signed', date: '2024-05-02' }] } };
  assert.deepEqual(statusHistoryOf(parseKnowledge(KnowledgeEntity, 'entity instrument:plan', plan)), [{ status: 'signed', date: '2024-05-02' }]);
  assert.throws(
    () => parseKnowledge(KnowledgeEntity, 'entity instrument:plan', { ...plan, attributes: { ...plan.attributes, status: 'shelved' } }),
    /the knowledge base's entity instrument:plan does not fit the model:[^]*status/,
  );
});

test("the HTTP API's schema of an event is the model's: every field it gives out is described, none is left loose", () => {
  const schema = knowledgeJsonSchema(KnowledgeEvent) as { properties: { [field: string]: unknown }; required: string[]; additionalProperties: boolean };
  assert.deepEqual(Object.keys(schema.properties).sort(), Object.keys(KnowledgeEvent.shape).sort());
  assert.ok(schema.required.includes('targets') && schema.required.includes('sources'));
  assert.equal(schema.additionalProperties, false);
  assert.equal('$schema' in schema, false, 'nested in the OpenAPI document, it names no dialect of its own');
});
