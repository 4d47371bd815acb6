import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotateText } from '../test-article.ts';

function forums(body: string, published: string | null = null) {
  return annotateText(body, published).forums.map((f) => ({ name: f.name, date: f.date, place: f.place }));
}

test('an ordinal forum name with a date and place after it gets both', () => {
  assert.deepEqual(forums('They welcomed the outcomes of the 7th Eastern Economic Forum held in Vladivostok in September.', '2022-10-01'), [
    { name: '7th Eastern Economic Forum', date: '2022-09', place: 'Vladivostok' },
  ]);
});

test('a summit named with an "of the …" complement keeps the complement', () => {
  assert.equal(forums('The accord was signed at the 3rd Summit of the Heads of State of the Gulf region.')[0].name, '3rd Summit of the Heads of State of the Gulf region');
});

test('coded conferences and year-named games are forums; a bare "meeting" is not', () => {
  assert.deepEqual(forums('Both hailed COP28 and the 2026 Asian Games, and the meeting ended.').map((f) => f.name), ['COP28', '2026 Asian Games']);
});

test('a meeting or summit named only by two countries and a generic word is a bilateral meeting, not a forum', () => {
  const names = (body: string) => annotateText(body).forums.map((f) => f.name);
  assert.deepEqual(names('The President will attend the Chile-Peru Presidential Meeting in Lima.'), []);
  assert.deepEqual(names('Chile-Argentina Summit Meeting held in Santiago.'), []);
  assert.deepEqual(names('A Foreign Ministerial visit to Chile is envisaged next year.'), []);
});

test('a numbered trade fair is a forum', () => {
  assert.deepEqual(annotateText('The President was chief guest at the 31st Andean International Trade Fair in La Paz.').forums.map((f) => f.name), ['31st Andean International Trade Fair']);
});

test('a forum name keeps its hyphen-joined words, before the head and in its complement', () => {
  const names = (body: string) => annotateText(body).forums.map((f) => f.name);
  assert.deepEqual(names('The ministers prepared the High-Level Strategic Cooperation Council meeting to be held in Rabat.'), ['High-Level Strategic Cooperation Council meeting']);
  assert.deepEqual(names('Both took part in the 4th Session of the Asia-Pacific Trade Ministers Council in Manila.'), ['4th Session of the Asia-Pacific Trade Ministers Council']);
});

test('an "on" complement belongs to a forum name when it is capitalised, not when it is a topic', () => {
  const names = (body: string) => annotateText(body).forums.map((f) => f.name);
  assert.deepEqual(names('He will speak at the 9th Forum on China-Africa Cooperation next year.'), ['9th Forum on China-Africa Cooperation']);
  assert.deepEqual(names('She attended the Manila Economic Forum on the Future of Asia.'), ['Manila Economic Forum on the Future of Asia']);
  assert.deepEqual(names('They met at the 3rd Regional Summit on trade and climate.'), ['3rd Regional Summit']);
});

test('a city or country after "in" ends a forum name: it is where the forum meets', () => {
  const names = (body: string) => annotateText(body).forums.map((f) => f.name);
  assert.deepEqual(names('They opened the 2nd Session of the Southern African Development Council in Lusaka.'), ['2nd Session of the Southern African Development Council']);
  assert.deepEqual(names('He addressed the 6th Summit of the Conference on Interaction and Confidence Building Measures in Asia.'), ['6th Summit of the Conference on Interaction and Confidence Building Measures in Asia']);
});

test('a session of a body of two countries is a bilateral meeting, not a forum', () => {
  const names = (body: string) => annotateText(body).forums.map((f) => f.name);
  assert.deepEqual(names('Both co-chaired the 4th Session of the Ghana-Nigeria Permanent Joint Commission in Accra.'), []);
  assert.deepEqual(names('He attended the 3rd Summit of the Organization of Turkic States with the leaders of Hungary and Turkmenistan.'), ['3rd Summit of the Organization of Turkic States']);
});

test('an ordinal and a head alone name no forum', () => {
  assert.deepEqual(annotateText('Ghana-Togo Joint Commission: 3rd Session\n\nThe 5th Summit opened in Lome.').forums.map((f) => f.name), []);
});
