import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../pipeline.ts';
import { article } from '../test-article.ts';

test('the outlet\'s country is a layer of the document when the article names that country too', () => {
  const body = 'President Kassym-Jomart Tokayev received the Foreign Minister of Hungary in Astana, Kazakhstan.';
  assert.equal(annotate({ ...article(body), outlet: 'Kazinform (Kazakhstan)' }).outletCountry, 'KAZ');
  assert.equal(annotate({ ...article('The Foreign Minister of Hungary arrived in Budapest.'), outlet: 'Kazinform (Kazakhstan)' }).outletCountry, undefined);
  assert.equal(annotate({ ...article(body), outlet: 'Acme Energy Company (Kazakhstan)' }).outletCountry, undefined);
});
