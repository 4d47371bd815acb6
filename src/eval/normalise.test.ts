import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contentWords, jaccard, normaliseName } from './normalise.ts';

test('names are lower-cased and accents are removed', () => {
  assert.equal(normaliseName('Luiz Inácio Lula da Silva'), 'luiz inacio lula da silva');
  assert.equal(normaliseName('Türkiye'), 'turkiye');
  assert.equal(normaliseName('İstanbul'), 'istanbul');
});

test('letters without a combining accent are spelled in plain Latin', () => {
  assert.equal(normaliseName('Əliyev'), 'aliyev');
  assert.equal(normaliseName('Łódź'), 'lodz');
});

test('hyphens and dashes become spaces', () => {
  assert.equal(normaliseName('Kassym-Jomart Tokayev'), 'kassym jomart tokayev');
  assert.equal(normaliseName('Maghreb–Europe Gas Pipeline'), 'maghreb europe gas pipeline');
  assert.equal(normaliseName('Baku—Tbilisi—Ceyhan'), 'baku tbilisi ceyhan');
  assert.equal(normaliseName('2022-2026 programme'), '2022 2026 program');
});

test('other punctuation is dropped without leaving a space', () => {
  assert.equal(normaliseName("Xi'an"), 'xian');
  assert.equal(normaliseName('Antony J. Blinken'), 'antony j blinken');
  assert.equal(normaliseName("Kurmangazy Children's Creativity Center"), 'kurmangazy childrens creativity center');
  assert.equal(normaliseName('Decision (first meeting), 2024!'), 'decision first meeting 2024');
});

test('a leading "the" is dropped but not a "the" inside a word or later in the name', () => {
  assert.equal(normaliseName('The Middle Corridor'), 'middle corridor');
  assert.equal(normaliseName('the Caspian Sea'), 'caspian sea');
  assert.equal(normaliseName('Theodore Roosevelt'), 'theodore roosevelt');
  assert.equal(normaliseName('Bank of the South'), 'bank of the south');
});

test('British spellings are folded, also inside longer words', () => {
  assert.equal(normaliseName('fibre-optic line'), 'fiber optic line');
  assert.equal(normaliseName('cooperation programmes'), 'cooperation programs');
  assert.equal(normaliseName('Children’s Creativity Centre'), 'childrens creativity center');
  assert.equal(normaliseName('Organisation of Turkic States'), 'organization of turkic states');
  assert.equal(normaliseName('International Organisations'), 'international organizations');
});

test('spaces are collapsed and trimmed', () => {
  assert.equal(normaliseName('  Caspian \t Sea \n'), 'caspian sea');
});

test('content words leave out the stop words of the matching rules', () => {
  assert.deepEqual(
    [...contentWords('Agreement on laying fiber-optic communication lines along the Caspian Sea')],
    ['agreement', 'laying', 'fiber', 'optic', 'communication', 'lines', 'caspian', 'sea'],
  );
  assert.deepEqual([...contentWords('a plan of action for and to the people with us between at by in on an')], ['plan', 'action', 'people', 'us']);
});

test('content words are counted once each', () => {
  assert.deepEqual([...contentWords('Ministry of Energy, Ministry of Energy')], ['ministry', 'energy']);
});

test('Jaccard is the shared words over all words', () => {
  assert.equal(jaccard(new Set(['a', 'b']), new Set(['b', 'c'])), 1 / 3);
  assert.equal(jaccard(new Set(['a', 'b']), new Set(['a', 'b'])), 1);
  assert.equal(jaccard(new Set(['a']), new Set(['b'])), 0);
});

test('two empty word sets have Jaccard 0, so they never match', () => {
  assert.equal(jaccard(new Set(), new Set()), 0);
});
