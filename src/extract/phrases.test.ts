import assert from 'node:assert/strict';
import { test } from 'node:test';
import { HeadIndex, contentWords } from './phrases.ts';
import { tokenise } from './stages/sentences-and-tokens.ts';

const heads = new HeadIndex<string>([['agreement', 'agreement'], ['memorandum of understanding', 'memorandum'], ['memorandum', 'memo'], ['plan', 'plan']]);

function headAt(text: string, word: string): [string, string, boolean] | undefined {
  const { tokens } = tokenise(text);
  const i = tokens.findIndex((t) => t.text === word);
  const match = heads.matchAt(tokens, i, tokens.length);
  return match && [match.value, text.slice(tokens[match.from].start, tokens[match.to - 1].end), match.plural];
}

test('a head index finds the longest head at a token, in any case, its last word maybe plural', () => {
  assert.deepEqual(headAt('They signed a Memorandum of Understanding.', 'Memorandum'), ['memorandum', 'Memorandum of Understanding', false]);
  assert.deepEqual(headAt('Two memoranda were signed.', 'memoranda'), ['memo', 'memoranda', true]);
  assert.deepEqual(headAt('The agreements were signed.', 'agreements'), ['agreement', 'agreements', true]);
  assert.deepEqual(headAt('A plan, then 3 plans.', 'plans'), ['plan', 'plans', true]);
});

test('a head index finds nothing at a word, number or sign that heads nothing, nor past its limit', () => {
  assert.equal(headAt('They met in Baku.', 'met'), undefined);
  assert.equal(headAt('They signed 12 documents.', '12'), undefined);
  assert.equal(headAt('They signed (an agreement).', '('), undefined);
  const { tokens } = tokenise('a memorandum of understanding');
  assert.equal(heads.matchAt(tokens, 1, 3)?.value, 'memo');
});

test('a head with a hyphenated word matches it whether the tokeniser splits it at the hyphen or not', () => {
  const hyphenated = new HeadIndex<string>([['fiber-optic line', 'cable']]);
  const { tokens } = tokenise('They laid a fiber-optic line.');
  const at = tokens.findIndex((t) => t.lower.startsWith('fiber'));
  const match = hyphenated.matchAt(tokens, at, tokens.length);
  assert.equal(match && 'They laid a fiber-optic line.'.slice(tokens[match.from].start, tokens[match.to - 1].end), 'fiber-optic line');
});

test('a name\'s content words are its letters and digits, split at spaces, hyphens and slashes, accents dropped, less the stop words', () => {
  assert.deepEqual([...contentWords('The Baku-Tbilisi/Ceyhan Pipeline of the U.S.')], ['baku', 'tbilisi', 'ceyhan', 'pipeline', 'us']);
  assert.deepEqual([...contentWords('Agreement on\tTrade, and 2030 Agenda (MoU)')], ['agreement', 'ontrade', '2030', 'agenda', 'mou']);
  assert.deepEqual([...contentWords('Société Générale \u2013 Côte d\'Ivoire')], ['societe', 'generale', 'cote', 'divoire']);
});
