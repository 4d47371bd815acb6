import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sentenceAround } from './source-sentence.ts';

const BODY = 'The ministers met in Baku. Murat Nurtleu praised the "Digital Silk Road" project! Was it signed?\nA new paragraph starts here.';

function spanOf(words: string): { start: number; end: number } {
  const start = BODY.indexOf(words);
  return { start, end: start + words.length };
}

test('a mention is shown with the whole sentence around it', () => {
  assert.equal(sentenceAround(BODY, spanOf('Nurtleu')), 'Murat Nurtleu praised the "Digital Silk Road" project!');
  assert.equal(sentenceAround(BODY, spanOf('Baku')), 'The ministers met in Baku.');
  assert.equal(sentenceAround(BODY, spanOf('signed')), 'Was it signed?');
});

test('a span that is a sentence comes back as itself, and a line break ends a sentence', () => {
  assert.equal(sentenceAround(BODY, spanOf('The ministers met in Baku.')), 'The ministers met in Baku.');
  assert.equal(sentenceAround(BODY, spanOf('new paragraph')), 'A new paragraph starts here.');
});

test('a span across two sentences shows both', () => {
  assert.equal(sentenceAround(BODY, spanOf('Baku. Murat')), 'The ministers met in Baku. Murat Nurtleu praised the "Digital Silk Road" project!');
});

test('a sentence without an end in sight is cut around the span and marked as cut', () => {
  const body = `${'word '.repeat(300)}Nurtleu ${'word '.repeat(300)}`;
  const start = body.indexOf('Nurtleu');
  const shown = sentenceAround(body, { start, end: start + 7 });
  assert.ok(shown.startsWith('…') && shown.endsWith('…'));
  assert.ok(shown.includes('Nurtleu'));
  assert.ok(shown.length < 900);
});
