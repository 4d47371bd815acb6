import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotateText } from '../test-article.ts';

function countries(body: string): Record<string, string | undefined> {
  return Object.fromEntries(annotateText(body).persons.map((p) => [p.name, p.country]));
}

test('a person met by someone of one side of the article is of the other side', () => {
  const body = 'Ghana and Togo signed a border accord. President Amina Diallo held talks with Prime Minister Kofi Mensah of Togo in Lome.';
  assert.deepEqual(countries(body), { 'Amina Diallo': 'GHA', 'Kofi Mensah': 'TGO' });
});

test('the other side is not given to a person the text sends to that country', () => {
  const body = 'President Amina Diallo arrived in Ghana on Thursday. Ghana and Togo signed a border accord. President Diallo held talks with Prime Minister Kofi Mensah of Togo.';
  assert.deepEqual(countries(body), { 'Amina Diallo': undefined, 'Kofi Mensah': 'TGO' });
});
