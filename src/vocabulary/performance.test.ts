// Hang guard, not a benchmark: each matcher must scan about 1 MB of text in linear time.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { lookupCity, loadCities } from './cities.ts';
import { findGazetteerMentions, loadGazetteer } from './gazetteer.ts';
import { tokenize } from './phrase-matcher.ts';
import { findTitleMentions, loadTitles } from './titles.ts';

const SENTENCES = [
  'Azerbaijani Foreign Minister met his Kazakh counterpart in Baku on Monday to discuss the Middle Corridor.',
  'The Organization of Turkic States and the Shanghai Cooperation Organisation (SCO) issued a joint statement.',
  'Deputy Prime Minister and Minister of Foreign Affairs of the Republic of Uzbekistan visited Astana.',
  'The U.S. Secretary of State and the UK Foreign Secretary discussed the Black Sea and the Indo-Pacific.',
  'Trade between Brazil and China reached $157 billion, the Brazilian president said on Wednesday.',
  'His Excellency the Ambassador Extraordinary and Plenipotentiary presented his credentials to the Emir of Qatar.',
  'Ministers of Energy signed a memorandum on a cable along the Caspian seabed, the ministry said.',
  'a long lower-case sentence with no names at all, only words such as union, mobile, turkey and china.',
];

function megabyteOfText(seed: string): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < 1_000_000; i++) {
    const sentence = `${SENTENCES[i % SENTENCES.length]} (${seed} ${i})`;
    parts.push(sentence);
    length += sentence.length + 1;
  }
  return parts.join('\n');
}

function timed(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

describe('vocabulary matchers on 1 MB of text', () => {
  before(() => {
    loadGazetteer();
    loadTitles();
    loadCities();
  });

  it('tokenizes 1 MB in under 2 seconds', () => {
    assert.ok(timed(() => tokenize(megabyteOfText('tokens'))) < 2000);
  });

  it('finds countries, places and organisations in 1 MB in under 2 seconds', () => {
    const text = megabyteOfText('gazetteer');
    let count = 0;
    assert.ok(timed(() => (count = findGazetteerMentions(text).length)) < 2000);
    assert.ok(count > 10_000);
  });

  it('finds titles in 1 MB in under 2 seconds', () => {
    const text = megabyteOfText('titles');
    let count = 0;
    assert.ok(timed(() => (count = findTitleMentions(text).length)) < 2000);
    assert.ok(count > 5_000);
  });

  it('looks up every word of 1 MB as a city in under 2 seconds', () => {
    const words = tokenize(megabyteOfText('cities')).map((token) => token.text);
    assert.ok(timed(() => words.forEach((word) => lookupCity(word))) < 2000);
  });
});
