import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotateText } from '../test-article.ts';

const venues = (text: string) => annotateText(text).places.filter((p) => p.kind === 'other').map((p) => p.name);

test('a capitalised name before a venue head noun is a place, with the country of the city after it', () => {
  const doc = annotateText('The presidents met at Kumsusan Presidential Palace in Pyongyang.');
  const venue = doc.places.find((p) => p.kind === 'other');
  assert.equal(venue?.name, 'Kumsusan Presidential Palace');
  assert.equal(venue?.country, 'PRK');
});

test('a venue head noun that opens the name reads the name after it', () => {
  assert.deepEqual(venues('The treaty was signed at the Palace of the Nations and the leaders later toured the Port of Mombasa.'), ['Palace of the Nations', 'Port of Mombasa']);
});

test('a weekday straight after a venue ends its name', () => {
  assert.deepEqual(venues('Talks were held at Bellevue Palace Tuesday afternoon.'), ['Bellevue Palace']);
});

test('an owner before a possessive is not part of the venue', () => {
  assert.deepEqual(venues("A ceremony took place at Nairobi's Harambee Palace."), ['Harambee Palace']);
});

test('heads that are also surnames or ordinary words need "at" or "in" before them', () => {
  assert.deepEqual(venues('Stuart Hall said the talks went well. They dined in the Jade Room of the hotel.'), ['Jade Room']);
  assert.deepEqual(venues('According to Government House, the visit was a success.'), []);
});

test('a shorter name of a venue takes the fuller name given before', () => {
  assert.deepEqual(venues('They met at Zelenyi Presidential Palace. Dinner followed in Zelenyi Palace.'), ['Zelenyi Presidential Palace', 'Zelenyi Presidential Palace']);
});

test('a city inside a venue name is part of the venue, and the venue may stand inside a body name', () => {
  const doc = annotateText('Exports rose through the Port of Mombasa, said the Authority of Lake Ohrid.');
  assert.deepEqual(doc.places.map((p) => p.name), ['Port of Mombasa', 'Lake Ohrid']);
});

test('a name that a line break interrupts is not read across it', () => {
  assert.deepEqual(venues('The board met near Lake Ohrid.\nBy protecting it, both sides gain.'), ['Lake Ohrid']);
});
