import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotateText } from '../test-article.ts';

test('countries are found by name, adjective and possessive, and not inside a company name', () => {
  const doc = annotateText("Armenia's exports to Georgian ports grew, Armenian officials said, as Armenia Airways added flights.");
  assert.deepEqual(doc.countries.filter((c) => !c.insideName).map((c) => [c.code, c.form]), [['ARM', 'name'], ['GEO', 'adjective'], ['ARM', 'adjective']]);
  assert.equal(doc.countries.some((c) => c.insideName), true);
});

test('a city is a place after a locative preposition, with its country and coordinates', () => {
  const [place] = annotateText('The ministers met in Samarkand on Friday.').places;
  assert.equal(place.name, 'Samarkand');
  assert.equal(place.country, 'UZB');
  assert.equal(place.kind, 'city');
  assert.ok(place.geo && Math.abs(place.geo.lat - 39.65) < 0.2);
});

test('a city name that is an ordinary word is not a place, and a capital needs no preposition', () => {
  const doc = annotateText('Victoria said the Union would act. Talks between Ankara and Baku continue.');
  assert.deepEqual(doc.places.map((p) => p.name), ['Ankara', 'Baku']);
});

test('seas and regions come from the vocabulary', () => {
  assert.deepEqual(annotateText('Security in the Black Sea and the South Caucasus was discussed.').places.map((p) => [p.name, p.kind]), [['Black Sea', 'sea'], ['South Caucasus', 'region']]);
});

test('a dateline in capitals keeps the article\'s spelling in a name\'s case', () => {
  const doc = annotateText('NUR-SULTAN, May 3.\nThe ministers met.');
  assert.deepEqual(doc.places.map((p) => [p.name, p.country]), [['Nur-Sultan', 'KAZ']]);
});

test('a place glued to a word by a hyphen ("Trans-Caspian") is no place', () => {
  assert.deepEqual(annotateText('They praised the Trans-Caspian route.').places, []);
});

test('a city name may hold lower-case particles and accented letters', () => {
  const doc = annotateText('The leaders met in Ciudad del Este after a stop in São Tomé.');
  assert.deepEqual(doc.places.map((p) => p.name), ['Ciudad del Este', 'São Tomé']);
});

test('a weekday glued to a city ends the name instead of hiding the city', () => {
  const doc = annotateText('The ministers met in Accra Tuesday and flew to Ouagadougou Friday.');
  assert.deepEqual(doc.places.map((p) => p.name), ['Accra', 'Ouagadougou']);
});

test('cities listed after a located one are places too', () => {
  const doc = annotateText('The railway will link the ports of Antofagasta, Arica and Tocopilla.');
  assert.deepEqual(doc.places.map((p) => p.name), ['Antofagasta', 'Arica', 'Tocopilla']);
});

test('a wire credit after a dateline city is not read as a listed city', () => {
  const doc = annotateText('Arica, MINA – The ministers met.');
  assert.deepEqual(doc.places.map((p) => p.name), ['Arica']);
});

test('a shorter and a fuller name of one city give one name', () => {
  const doc = annotateText('The talks in Washington DC ended. Officials in Washington said more would follow.');
  assert.deepEqual(doc.places.map((p) => p.name), ['Washington DC', 'Washington DC']);
});

test('a sea or ocean written short at the head of another name is no place', () => {
  assert.deepEqual(annotateText('Athletes came to the Pacific Games and the Caspian Energy Forum.').places, []);
  assert.deepEqual(annotateText('Ships crossed the Caspian to Baku.').places.map((p) => p.name), ['Caspian Sea', 'Baku']);
});

test('a name before a lower-case subdivision word is a region, with the country that owns it', () => {
  const doc = annotateText('Fighting broke out in the Wolaita region of Ethiopia and spread to Kivu province.');
  assert.deepEqual(doc.places.map((p) => [p.name, p.kind, p.country]), [['Wolaita region', 'region', 'ETH'], ['Kivu province', 'region', undefined]]);
});

test('a subdivision word after a longer capitalised name or a capitalised head makes no region', () => {
  assert.deepEqual(annotateText('They ratified the Upper Flight Information region deal and the Kivu Region accord.').places, []);
});

test('a state or province after a locative preposition or a place is a region of a country the article names', () => {
  const doc = annotateText('India and Japan will build a plant in Tamil Nadu. The Mexican president flew to Ensenada, Baja California, with Canada\'s premier.');
  assert.deepEqual(doc.places.filter((p) => p.kind === 'region').map((p) => [p.name, p.country]), [['Tamil Nadu', 'IND'], ['Baja California', 'MEX']]);
});

test('a province ISO writes in the local language is found by its English name', () => {
  const doc = annotateText('Indonesia will open a smelter in East Kalimantan.');
  assert.deepEqual(doc.places.map((p) => [p.name, p.kind, p.country]), [['East Kalimantan', 'region', 'IDN']]);
});

test('a state name is no place without its country in the article, as a person\'s name or inside a longer name', () => {
  const doc = annotateText('Talks in Punjab resumed. Australia thanked Victoria Marsh, and the Queensland Cricket Association met in Hobart.');
  assert.deepEqual(doc.places.filter((p) => p.kind === 'region').map((p) => p.name), []);
});

test('a country before a currency sign or word names the currency, not the country', () => {
  const codes = (body: string) => annotateText(body).countries.map((c) => c.code);
  assert.deepEqual(codes('Ghana and Peru agreed to raise trade to US $ 2 billion, with a loan of US$ 300 million.'), ['GHA', 'PER']);
  assert.deepEqual(codes('Chile will lend Bolivia 40 million Canadian dollars and 2 billion Chinese yuan.'), ['CHL', 'BOL']);
  assert.deepEqual(codes('The US won the bid, and US officials met Canadian ministers.'), ['USA', 'USA', 'CAN']);
});
