import assert from 'node:assert/strict';
import { test } from 'node:test';
import { slug, uniqueSpans } from './build-record.ts';

test('a slug keeps lower-case letters and digits, with one hyphen for each other run and none at the ends', () => {
  assert.equal(slug('Memorandum of Understanding (MoU)'), 'memorandum-of-understanding-mou');
  assert.equal(slug('  --Baku--Tbilisi--Kars 2.0  '), 'baku-tbilisi-kars-2-0');
  assert.equal(slug('!!!'), 'x');
  assert.equal(slug(''), 'x');
  assert.equal(slug('A'.repeat(60)), 'a'.repeat(48));
});

test('a slug spells letters with diacritics without them, as plain ASCII names are spelt', () => {
  assert.equal(slug('Türkiye–Kazakhstan'), 'turkiye-kazakhstan');
  assert.equal(slug('São Tomé\tand Príncipe'), 'sao-tome-and-principe');
});

test('unique spans are in text order, each place once, the first of equal spans kept', () => {
  const first = { start: 5, end: 9 };
  const again = { start: 5, end: 9 };
  const longer = { start: 5, end: 12 };
  const earlier = { start: 1, end: 3 };
  const spans = uniqueSpans([first, longer, again, earlier, { start: 1, end: 3 }]);
  assert.deepEqual(spans, [earlier, first, longer]);
  assert.equal(spans[1], first);
  assert.equal(spans[0], earlier);
});
