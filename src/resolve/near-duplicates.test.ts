import assert from 'node:assert/strict';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { expandInputs, readInput } from '../read/read-inputs.ts';
import type { Article } from '../read/article.ts';
import { ARTICLE_FOLDERS, EXAMPLES, TEST_ARTICLES } from '../../test/support/synthetic-articles.ts';
import {
  NEAR_DUPLICATE_THRESHOLD, bandKeys, documentFingerprint, estimatedSimilarity, wordShingles,
} from './near-duplicates.ts';

async function corpusBody(name: string): Promise<string> {
  const [article] = await readInput(name.startsWith('seed-') ? join(EXAMPLES, name) : join(TEST_ARTICLES, name));
  return article.body;
}

function sharedBandKeys(a: string, b: string): string[] {
  const keysOfB = new Set(bandKeys(documentFingerprint(b)));
  return bandKeys(documentFingerprint(a)).filter((key) => keysOfB.has(key));
}

function exactJaccard(a: string, b: string): number {
  const shinglesA = wordShingles(a);
  const shinglesB = wordShingles(b);
  let shared = 0;
  for (const shingle of shinglesA) if (shinglesB.has(shingle)) shared++;
  return shared / (shinglesA.size + shinglesB.size - shared);
}

function similarity(a: string, b: string): number {
  return estimatedSimilarity(documentFingerprint(a), documentFingerprint(b));
}

function paragraphs(body: string): string[] {
  return body.split(/\n\s*\n/);
}

describe('near-duplicate documents', () => {
  let readout: string;
  before(async () => {
    readout = await corpusBody('seed-001.txt');
  });

  it('finds the same story under another headline and lead paragraph', () => {
    const [, ...rest] = paragraphs(readout);
    const republished = [
      'Baku and Astana pledge deeper ties as prime ministers meet',
      'BAKU, March 3 (Caspian News) - The heads of government of Azerbaijan and Kazakhstan held talks in the Azerbaijani capital on Monday, officials said.',
      ...rest,
    ].join('\n\n');
    assert.ok(similarity(readout, republished) >= 0.8, `similarity ${similarity(readout, republished)}`);
    assert.ok(sharedBandKeys(readout, republished).length > 0);
  });

  it('finds the same readout with a few sentences reworded', () => {
    const reworded = readout
      .replace('The sides reaffirmed their commitment to strengthening', 'Both sides confirmed they were committed to strengthening')
      .replace('The PMs praised the strong economic and trade ties', 'The prime ministers welcomed the solid trade and economic links')
      .replace('Finally, both leaders discussed prospects', 'At the end, the two heads of government considered prospects')
      .replace('They also noted positive growth in mutual tourism.', 'Tourism between the two countries is growing, they noted.');
    assert.notEqual(reworded, readout);
    assert.ok(exactJaccard(readout, reworded) < 0.95, 'the rewording changes shingles');
    assert.ok(similarity(readout, reworded) >= NEAR_DUPLICATE_THRESHOLD, `similarity ${similarity(readout, reworded)}`);
    assert.ok(sharedBandKeys(readout, reworded).length > 0);
  });

  it('finds the same story cut short after two thirds, as a shortened wire copy', () => {
    const shortened = paragraphs(readout).slice(0, 12).join('\n\n');
    assert.ok(similarity(readout, shortened) >= NEAR_DUPLICATE_THRESHOLD, `similarity ${similarity(readout, shortened)}`);
    assert.ok(sharedBandKeys(readout, shortened).length > 0);
  });

  it('treats case, typographic quotes, dashes, diacritics and punctuation as the same text', () => {
    const retyped = readout.toUpperCase().replaceAll("'", '’').replaceAll('-', '–').replaceAll('Baku', 'Bakü').replaceAll(',', ' ,');
    assert.equal(documentFingerprint(retyped), documentFingerprint(readout));
  });

  it('tells apart two different articles on the same country pair', async () => {
    const presidents = await corpusBody('kazakhstan-azerbaijan-presidents.txt');
    const ministers = await corpusBody('seed-000.txt');
    assert.ok(similarity(presidents, ministers) < NEAR_DUPLICATE_THRESHOLD);
    assert.ok(similarity(readout, ministers) < NEAR_DUPLICATE_THRESHOLD);
    assert.deepEqual(sharedBandKeys(presidents, ministers), []);
    assert.deepEqual(sharedBandKeys(readout, ministers), []);
  });

  it('estimates the Jaccard similarity of shingles within a few hundredths', () => {
    const other = paragraphs(readout);
    const halfReplaced = [...other.slice(0, 8), 'The talks touched on water, railways and a new air link between the capitals.', ...other.slice(12)].join('\n\n');
    const exact = exactJaccard(readout, halfReplaced);
    assert.ok(exact > 0.3 && exact < 0.9, `exact ${exact}`);
    assert.ok(Math.abs(similarity(readout, halfReplaced) - exact) <= 0.12, `estimate ${similarity(readout, halfReplaced)}, exact ${exact}`);
  });
});

describe('different reports', () => {
  let corpus: Article[];
  before(async () => {
    corpus = [];
    for (const file of await expandInputs([...ARTICLE_FOLDERS])) corpus.push(...(await readInput(file)));
  });

  it('has every pair of the seeds and the test articles below the threshold, none sharing a band', () => {
    assert.ok(corpus.length >= 6);
    const fingerprints = corpus.map((article) => documentFingerprint(article.body));
    const keySets = fingerprints.map((fingerprint) => new Set(bandKeys(fingerprint)));
    for (let i = 0; i < corpus.length; i++) {
      for (let j = i + 1; j < corpus.length; j++) {
        const pair = `${corpus[i].file} and ${corpus[j].file}`;
        assert.ok(estimatedSimilarity(fingerprints[i], fingerprints[j]) < NEAR_DUPLICATE_THRESHOLD, pair);
        assert.ok(![...keySets[i]].some((key) => keySets[j].has(key)), `${pair} share a band key`);
      }
    }
  });
});

describe('fingerprints', () => {
  const sentence = 'Azerbaijan and Kazakhstan signed an action plan for 2025–2026 in Astana.';

  it('are the same text in every run and process: the hash family is fixed', () => {
    assert.equal(documentFingerprint(sentence), documentFingerprint(sentence));
    // Computed once in another process; a change here makes every stored fingerprint stale.
    assert.equal(bandKeys(documentFingerprint(sentence))[0], '00:Ai-CyTnbQCEFBDGL');
  });

  it('are 640 base64url characters with 40 distinct short band keys', () => {
    const fingerprint = documentFingerprint(sentence);
    assert.match(fingerprint, /^[A-Za-z0-9_-]{640}$/);
    const keys = bandKeys(fingerprint);
    assert.equal(keys.length, 40);
    assert.equal(new Set(keys).size, 40);
    for (const key of keys) assert.ok(key.length <= 20, key);
  });

  it('work for a text shorter than a shingle: the same words match, others do not', () => {
    assert.deepEqual([...wordShingles('Talks held.')], ['talks held']);
    const short = documentFingerprint('Talks held.');
    assert.equal(estimatedSimilarity(short, documentFingerprint('TALKS HELD')), 1);
    assert.equal(bandKeys(short).length, 40);
    assert.equal(estimatedSimilarity(short, documentFingerprint('Talks postponed.')), 0);
    assert.ok(estimatedSimilarity(short, documentFingerprint(sentence)) < NEAR_DUPLICATE_THRESHOLD);
  });

  it('of a text without words have no band keys and resemble nothing, not even each other', () => {
    const empty = documentFingerprint('');
    assert.equal(documentFingerprint(' — … \n'), empty);
    assert.deepEqual(bandKeys(empty), []);
    assert.equal(estimatedSimilarity(empty, empty), 0);
    assert.equal(estimatedSimilarity(empty, documentFingerprint(sentence)), 0);
  });

  it('that are malformed are refused with a message saying what to do', () => {
    assert.throws(() => estimatedSimilarity('not a fingerprint', documentFingerprint(sentence)), /expected 640 base64url characters.*recompute it/);
  });
});
