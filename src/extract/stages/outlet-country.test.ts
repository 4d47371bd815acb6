import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../pipeline.ts';
import { article } from '../test-article.ts';
import { documentDyad } from '../countries-in.ts';

test('the outlet\'s country is a layer of the document when the article names that country too', () => {
  const body = 'President Kassym-Jomart Tokayev received the Foreign Minister of Hungary in Astana, Kazakhstan.';
  assert.equal(annotate({ ...article(body), outlet: 'Kazinform (Kazakhstan)' }).outletCountry, 'KAZ');
  assert.equal(annotate({ ...article('The Foreign Minister of Hungary arrived in Budapest.'), outlet: 'Kazinform (Kazakhstan)' }).outletCountry, undefined);
  assert.equal(annotate({ ...article(body), outlet: 'Acme Energy Company (Kazakhstan)' }).outletCountry, undefined);
});

test('a government\'s own readout speaks for its country in the pair even when the text never names it, without giving it to those it meets', () => {
  const body = 'The Foreign Minister paid an official visit to Namibia and held talks with President Netumbo Nandi-Ndaitwah.';
  const readout = annotate({ ...article(body), outlet: 'Ministry of Foreign Affairs, Ghana' });
  assert.deepEqual(documentDyad(readout), ['NAM', 'GHA']);
  assert.equal(readout.persons.find((p) => p.name === 'Netumbo Nandi-Ndaitwah')?.country, undefined);
  assert.deepEqual(documentDyad(annotate({ ...article(body), outlet: 'Daily Graphic (Ghana)' })), ['NAM']);
});
