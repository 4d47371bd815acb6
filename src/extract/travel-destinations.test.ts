import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotateText } from './test-article.ts';
import { travelDestinations } from './travel-destinations.ts';

function destinations(body: string): Record<string, string[]> {
  const doc = annotateText(body);
  return Object.fromEntries([...travelDestinations(doc)].map(([person, codes]) => [doc.persons[person].name, [...codes]]));
}

test('a visit, a departure or an arrival sends the person named before it to the country or city after it', () => {
  assert.deepEqual(destinations('President Amina Diallo jetted out of the country for Ghana on Thursday.'), { 'Amina Diallo': ['GHA'] });
  assert.deepEqual(destinations('Foreign Minister Luis Vega visited Chile last week.'), { 'Luis Vega': ['CHL'] });
  assert.deepEqual(destinations('Prime Minister Kaja Tamm arrived in Riga on Monday.'), { 'Kaja Tamm': ['LVA'] });
});

test('"his visit" is the subject\'s, except in a relative clause about the person named last', () => {
  assert.deepEqual(destinations('Prime Minister Ana Soto met President Luis Vega during her two-day official visit to Peru.'), { 'Ana Soto': ['PER'] });
  assert.deepEqual(destinations('Prime Minister Ana Soto met President Luis Vega, who was on his working visit to Chile.'), { 'Luis Vega': ['CHL'] });
});

test('an invitation to visit sends its addressee, and a later cue takes the destination from an earlier one', () => {
  assert.deepEqual(destinations('President Ana Soto thanked President Luis Vega for accepting his invitation to visit Chile.'), { 'Luis Vega': ['CHL'] });
  assert.deepEqual(destinations('President Ana Soto invited Luis Vega for a state visit following her visit to Peru in 2010.'), { 'Ana Soto': ['PER'] });
});

test('a nationality after "visiting" is no destination', () => {
  assert.deepEqual(destinations("President Ana Soto received visiting Peru's Foreign Minister Luis Vega."), {});
});

test('the person named after "the visit of" or "a trip by" is the traveller', () => {
  assert.deepEqual(destinations('Chile and Peru signed two accords during the visit of President Ana Soto to Lima.'), { 'Ana Soto': ['PER'] });
  assert.deepEqual(destinations('Foreign Minister Luis Vega welcomed the first trip by Prime Minister Kaja Tamm to Chile.'), { 'Kaja Tamm': ['CHL'] });
});

test('a visit from a person that a country received or hosted sends them to that country', () => {
  assert.deepEqual(destinations('Last year, Chile also received a visit from President Luis Vega.'), { 'Luis Vega': ['CHL'] });
  assert.deepEqual(destinations('Ghana hosted the state visit by Prime Minister Kaja Tamm in May.'), { 'Kaja Tamm': ['GHA'] });
});

test('a visit coordinated after a meeting ("A met B and visited X") is the subject\'s, not the one met', () => {
  assert.deepEqual(destinations('Prime Minister Ana Soto met President Luis Vega and visited a port in Lima.'), { 'Ana Soto': ['PER'] });
  assert.deepEqual(destinations('The minister met President Luis Vega and visited a port in Lima.'), {});
});
