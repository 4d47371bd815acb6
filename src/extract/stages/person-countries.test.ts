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

test('a person accompanying someone of known country is of that country, not of the other side', () => {
  const body = 'Ghana and Togo signed a border accord. President Amina Diallo of Ghana travelled to Togo on Monday, accompanied by Prime Minister Kwame Asante and four ministers.';
  assert.deepEqual(countries(body), { 'Amina Diallo': 'GHA', 'Kwame Asante': 'GHA' });
});

test('heads of state, or of government, of two different titles paired in a sentence are the two sides', () => {
  const body = 'Talks between Qatar and Turkey were presided over by His Highness the Amir Sheikh Khalid bin Saud and President of Turkey Mehmet Aydin. Qatar and Turkey signed six agreements.';
  assert.deepEqual(countries(body), { 'Khalid bin Saud': 'QAT', 'Mehmet Aydin': 'TUR' });
});

test('"the two leaders" is a guess that does not give the speaker a side', () => {
  const body = 'Ghana and Togo agreed to a ceasefire, said Prime Minister Ali Osman. The accord follows a meeting attended by Osman, Ghanaian President Amina Diallo and Togo\'s President Faure Mensah. "Ghana and Togo have agreed," said Osman at a joint press conference with the two leaders.';
  assert.equal(countries(body)['Ali Osman'], undefined);
});

test('in a sentence naming more people, two names joined by "and" are the pair', () => {
  const body = 'Prime Minister Kofi Mensah of Togo arrived in Accra on Monday. Head of Government Yaw Boateng and Kofi Mensah co-chaired the session of the Ghana-Togo commission, held under the guidance of President Amina Diallo and President Faure Gnassingbe. Ghana and Togo signed three accords.';
  assert.deepEqual(countries(body)['Yaw Boateng'], 'GHA');
});

test('one who travels to one of the two countries comes from the other', () => {
  const body = 'The Philippines and Vietnam signed four accords during President Ana Reyes\'s official trip to Vietnam. President Reyes left for Hanoi on Monday. The Philippines and Vietnam will meet again in 2026.';
  assert.equal(countries(body)['Ana Reyes'], 'PHL');
});

test('one who travels to a third country is given neither side', () => {
  const body = 'The Philippines and Vietnam signed four accords on Monday. President Ana Reyes left for Laos on Tuesday. The Philippines and Vietnam will meet again in 2026.';
  assert.equal(countries(body)['Ana Reyes'], undefined);
});
