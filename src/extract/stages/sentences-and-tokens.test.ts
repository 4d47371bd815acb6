import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenise } from './sentences-and-tokens.ts';
import { annotateText } from '../test-article.ts';

function sentenceTexts(text: string): string[] {
  const { sentences } = tokenise(text);
  return sentences.map((s) => text.slice(s.start, s.end));
}

test('a line break ends a sentence even without a full stop', () => {
  assert.deepEqual(sentenceTexts('Ministers meet in Baku\n\nThe talks began. They ended late.'), ['Ministers meet in Baku', 'The talks began.', 'They ended late.']);
});

test('a dot inside a word ("News.Az") does not end the sentence', () => {
  assert.deepEqual(sentenceTexts('The talks went well, News.Az reports.'), ['The talks went well, News.Az reports.']);
});

test('every token is the text at its offsets and carries a part of speech', () => {
  const text = '  “Kazakhstan’s” Deputy Prime Minister\tmet—briefly—Foreign Minister Bayramov.\n';
  const { tokens } = tokenise(text);
  for (const t of tokens) assert.equal(text.slice(t.start, t.end), t.text);
  assert.ok(tokens.find((t) => t.text === 'Bayramov')?.pos === 'PROPN');
});

test('a long run without spaces and a very long line are cut, and offsets still hold', () => {
  const text = `Start. ${'-'.repeat(5_000)} middle ${'word '.repeat(10_000)}end.`;
  const { tokens, sentences } = tokenise(text);
  for (const t of tokens) assert.equal(text.slice(t.start, t.end), t.text);
  assert.ok(sentences.length > 2);
  assert.equal(tokens.at(-1)?.text, '.');
});

test('offsets hold across the other spaces wink keeps between tokens, and each token carries its lower case', () => {
  const text = 'President\u00a0Tokayev met\u2009\u2009the\u202fEmir of Qatar\u205f in DOHA.\r\nThey signed.';
  const { tokens, sentences } = tokenise(text);
  for (const t of tokens) {
    assert.equal(text.slice(t.start, t.end), t.text);
    assert.equal(t.lower, t.text.toLowerCase());
  }
  assert.equal(tokens.find((t) => t.text === 'DOHA')?.lower, 'doha');
  assert.equal(sentences.length, 2);
});

test('a dateline that opens a paragraph is a sentence of its own, marked as the dateline', () => {
  const doc = annotateText('SANTIAGO, Feb 13 (NWA) -- Official talks between Chile and Norway were held on Tuesday.');
  assert.deepEqual(doc.sentences.map((s) => [doc.text.slice(s.start, s.end), s.aside]), [
    ['SANTIAGO, Feb 13 (NWA) --', 'dateline'],
    ['Official talks between Chile and Norway were held on Tuesday.', undefined],
  ]);
  for (const t of doc.tokens) assert.ok(doc.sentences[t.sentence].start <= t.start && t.end <= doc.sentences[t.sentence].end);
});

test('caption lines are caption sentences, the credit included', () => {
  const doc = annotateText('The ministers met in Oslo on Tuesday. Photo by the ministry\'s press office\n\nThe ministers of Chile and Norway met in Oslo on Tuesday.');
  assert.deepEqual(doc.sentences.map((s) => s.aside), ['caption', 'caption', undefined]);
});

test('a one-sentence paragraph in the present tense, or with names and no verb, is a caption; a report is not', () => {
  const doc = annotateText([
    'President Ana Rojas and Prime Minister Ole Hansen shake hands after the signing in Santiago on 14 May 2024.',
    'Foreign Minister Karl Berg with the visiting Trade Minister of Chile, Mr. Pedro Soto, this afternoon.',
    'President Ana Rojas and Prime Minister Ole Hansen signed the agreement in Santiago.',
    'Norway gives Chile a loan of $50 million.',
  ].join('\n\n'));
  assert.deepEqual(doc.sentences.map((s) => s.aside), ['caption', 'caption', undefined, undefined]);
});

test('a word with letters beyond Latin-1 or a combining accent is one token, with its own text', () => {
  const text = 'Presidents Dragan Kovačević and Nguyễn Thị Lan met Şükrü Yılmaz and Jiří Novák in Łódź.';
  const { tokens } = tokenise(text);
  const words = tokens.map((t) => t.text);
  for (const name of ['Kovačević', 'Nguyễn', 'Thị', 'Şükrü', 'Yılmaz', 'Jiří', 'Novák', 'Łódź']) assert.ok(words.includes(name), name);
  for (const t of tokens) assert.equal(text.slice(t.start, t.end), t.text);
  assert.equal(tokens.find((t) => t.text === 'Kovačević')?.pos, 'PROPN');
  const decomposed = 'Minister Dragan Kovac\u030Cevic\u0301 spoke.';
  assert.ok(tokenise(decomposed).tokens.some((t) => t.text === 'Kovac\u030Cevic\u0301'));
});
