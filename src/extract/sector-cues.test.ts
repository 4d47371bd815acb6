import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sectorsIn } from './sector-cues.ts';

test('cues are whole words: "important" is no import', () => {
  assert.deepEqual(sectorsIn('This is an important day.'), []);
  assert.deepEqual(sectorsIn('Imports rose.'), ['trade']);
});

test('a stem cue matches its word family', () => {
  assert.deepEqual(sectorsIn('They praised the digitalization of customs.'), ['digital', 'trade']);
});

test('the longest cue wins across sectors', () => {
  assert.deepEqual(sectorsIn('They discussed food security.'), ['agriculture']);
});

test('a sub-sector counts for its sector too, and a cue may stand for two sectors', () => {
  assert.deepEqual(sectorsIn('The gas pipeline was discussed.').sort(), ['energy', 'oil and gas']);
  assert.deepEqual(sectorsIn('Shipbuilding was named a promising area.').sort(), ['industry', 'transport']);
});

test('ignored phrases and cues inside excluded spans count for nothing', () => {
  assert.deepEqual(sectorsIn('He was welcomed with military honours.'), []);
  const text = 'The Asian Infrastructure Investment Bank joined.';
  assert.deepEqual(sectorsIn(text, 100, [{ start: 104, end: 141 }]), []);
});
