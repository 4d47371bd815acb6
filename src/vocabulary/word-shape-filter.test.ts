import assert from 'node:assert/strict';
import { test } from 'node:test';
import { WordShapeFilter } from './word-shape-filter.ts';

const words = ['agreement', 'memorandum', 'plan', 'plans', '7', "'s"];
const filter = new WordShapeFilter(words);

test('every word of the set may be in it', () => {
  for (const word of words) assert.equal(filter.mayContain(word), true, word);
});

test('a word whose first character and length no word shares is turned away', () => {
  assert.equal(filter.mayContain('the'), false);
  assert.equal(filter.mayContain('agree'), false);
  assert.equal(filter.mayContain('Agreement'), false);
  assert.equal(filter.mayContain('8'), false);
});

test('a word that shares a shape with one of the set may be in it, as may words beyond ASCII, long words and added ones', () => {
  assert.equal(filter.mayContain('alignment'), true);
  assert.equal(filter.mayContain('énergie'), true);
  assert.equal(filter.mayContain('x'.repeat(40)), true);
  assert.equal(filter.mayContain(''), true);
  const grown = new WordShapeFilter();
  assert.equal(grown.mayContain('pipeline'), false);
  grown.add('pipeline');
  assert.equal(grown.mayContain('pipeline'), true);
});
