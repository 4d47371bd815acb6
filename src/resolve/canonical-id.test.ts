import { test } from 'node:test';
import assert from 'node:assert/strict';
import { canonicalEntityId } from './canonical-id.ts';
import type { Entity } from '../record/schema.ts';

const base = { aliases: [], mentions: [] };

test('a country is known by its code, anything else by its type and folded name', () => {
  assert.equal(canonicalEntityId({ ...base, id: 'country:AZE', type: 'country', code: 'AZE', name: 'Azerbaijan' }), 'country:AZE');
  const person = (name: string): Entity => ({ ...base, id: 'person:x', type: 'person', name, roles: [] });
  assert.equal(canonicalEntityId(person('Murat Nurtleu')), 'person:murat-nurtleu');
  assert.equal(canonicalEntityId(person('Mevlüt Çavuşoğlu')), canonicalEntityId(person('Mevlut Cavusoglu')));
  assert.equal(
    canonicalEntityId({ ...base, id: 'org:x', type: 'organization', name: 'Organization of Turkic States' }),
    'org:organization-of-turkic-states',
  );
});

test('an id keeps every letter of the name, its diacritics folded, in whatever script it is written', () => {
  const person = (name: string): Entity => ({ ...base, id: 'person:x', type: 'person', name, roles: [] });
  assert.equal(canonicalEntityId(person('Aleksandar Martinović')), 'person:aleksandar-martinovic');
  assert.equal(canonicalEntityId(person('Đorđe Đurić')), 'person:dorde-duric');
  assert.equal(canonicalEntityId(person('Сергей Лавров')), 'person:сергеи-лавров');
  assert.equal(canonicalEntityId(person('Łukasz Ślęzak')), 'person:lukasz-slezak');
});

test('long names are cut, and two that share a long beginning still get different ids', () => {
  const instrument = (name: string): Entity => ({ ...base, id: 'instrument:x', type: 'instrument', name, kind: 'agreement', status: 'signed', parties: [] });
  const shared = 'Agreement on cooperation in the field of compulsory medical insurance between the governments';
  const first = canonicalEntityId(instrument(`${shared} of Azerbaijan and Kazakhstan`));
  const second = canonicalEntityId(instrument(`${shared} of Azerbaijan and Uzbekistan`));
  assert.ok(first.length <= 'instrument:'.length + 60);
  assert.notEqual(first, second);
  assert.equal(first, canonicalEntityId(instrument(`${shared} of Azerbaijan and Kazakhstan`)));
});
