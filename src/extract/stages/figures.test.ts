import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotateText } from '../test-article.ts';

function figures(body: string) {
  return annotateText(body).figures.map((f) => [f.text, f.value, f.unit]);
}

test('a length with a decimal point is read whole, never from the digits after the point', () => {
  assert.deepEqual(figures('The 1.3-kilometre bridge and the 2.5 km approach road cost $1.2 billion.'), [
    ['1.3-kilometre', 1.3, 'km'],
    ['2.5 km', 2.5, 'km'],
    ['$1.2 billion', 1.2e9, 'USD'],
  ]);
});

test('counts of instruments, sums of money and lengths are read as numbers with their units', () => {
  assert.deepEqual(figures('The sides have signed 14 agreements and plan a 5,600-km pipeline worth €2 billion.'), [
    ['14 agreements', 14, 'agreements'],
    ['5,600-km', 5600, 'km'],
    ['€2 billion', 2e9, 'EUR'],
  ]);
});
