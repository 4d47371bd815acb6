import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractRecord } from '../pipeline.ts';
import { article } from '../test-article.ts';
import { normaliseTypography } from './normalise-text.ts';

/** Wraps every paragraph line at a width, as plain-text feeds do: greedily, between words. */
function hardWrap(text: string, width: number): string {
  return text.split('\n').map((line) => {
    const lines: string[] = [];
    let current = '';
    for (const word of line.split(' ')) {
      if (current && current.length + 1 + word.length > width) {
        lines.push(current);
        current = word;
      } else current = current ? `${current} ${word}` : word;
    }
    return [...lines, current].join('\n');
  }).join('\n');
}

/** A record without its offsets, the body's hash and the ids made from it: what the reader learns from the text. */
function withoutSpans(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutSpans);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).filter(([key]) => !['mentions', 'evidence', 'sha256', 'id'].includes(key)).map(([key, v]) => [key, withoutSpans(v)]));
}

const ARTICLE = [
  'OSLO, Norway, May 10. Norwegian Foreign Minister Karl Berg and his Chilean counterpart Ana Rojas signed a Memorandum of Understanding on Cooperation in the Field of Renewable Energy in Oslo on Tuesday, the Ministry of Foreign Affairs of Norway said.',
  '',
  'The two ministers also agreed to hold the first meeting of the Joint Commission on Trade and Investment between Norway and Chile in Santiago in September.',
  '',
  'The following documents were signed during the visit:',
  '- Agreement between the Government of the Kingdom of Norway and the Government of the Republic of Chile on the Avoidance of Double Taxation;',
  '- Memorandum of Understanding between the Ministry of Education of Norway and the Ministry of Education of Chile on academic exchanges.',
  '',
  'Berg said that Norway and Chile share a commitment to free trade, to the protection of the oceans and to the fight against climate change.',
].join('\n');

test('one article hard-wrapped and unwrapped gives the same record, but for its offsets', () => {
  const wrapped = hardWrap(ARTICLE, 64);
  assert.ok(wrapped.split('\n').length > ARTICLE.split('\n').length + 6);
  const plain = extractRecord(article(ARTICLE, '2024-05-10'));
  const fromWrapped = extractRecord(article(wrapped, '2024-05-10'));
  assert.ok(plain.events.length > 0 && plain.entities.some((e) => e.type === 'instrument'));
  assert.deepEqual(withoutSpans(fromWrapped), withoutSpans(plain));
});

test('typography becomes ASCII one character for one', () => {
  const text = '\u201CTreaty\u201D \u2013 Kazakhstan\u2019s\u00A0minister';
  assert.equal(normaliseTypography(text), '"Treaty" - Kazakhstan\'s minister');
});
