import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotateText } from '../test-article.ts';

function organizations(body: string) {
  return annotateText(body).organizations.map((o) => ({ name: o.name, aliases: o.aliases, kind: o.kind, country: o.country }));
}

test('international organisations come from the vocabulary with their acronyms', () => {
  const names = organizations('They backed cooperation within the Shanghai Cooperation Organisation and the UN.').map((o) => o.name);
  assert.deepEqual(names, ['Shanghai Cooperation Organisation', 'United Nations']);
});

test('a government body is read from its head word with its country and defined acronym', () => {
  const [body] = organizations('The Ghanaian National Petroleum Authority (NPA) issued the licence.');
  assert.equal(body.name, 'Ghanaian National Petroleum Authority');
  assert.deepEqual(body.aliases, ['NPA']);
  assert.equal(body.country, 'GHA');
});

test('a possessive country body keeps the name without the possessive as an alias', () => {
  const [body] = organizations("Nepal's Ministry of Foreign Affairs said the talks went well.");
  assert.equal(body.name, "Nepal's Ministry of Foreign Affairs");
  assert.deepEqual(body.aliases, ['Ministry of Foreign Affairs']);
  assert.equal(body.country, 'NPL');
});

test('the outlet that reports and the source it cites are organisations', () => {
  const found = organizations('The ministers met in Tbilisi, Interpressnews reports, citing the Georgian Foreign Ministry.');
  assert.deepEqual(found.map((o) => [o.name, o.kind]), [['Interpressnews', 'media'], ['Georgian Foreign Ministry', 'government']]);
});

test('an unknown acronym used as a name is an organisation, a defined or common one is not', () => {
  assert.deepEqual(organizations('The report blamed the crash of the SKYLINE jet on fog. GDP rose.').map((o) => o.name), ['SKYLINE']);
});

test('a body\'s name ends with the country that owns it, not with the names after it', () => {
  const names = organizations('Chairman of the Cabinet of Ministers of the Kyrgyz Republic Adylbek Kasymaliev arrived.').map((o) => o.name);
  assert.deepEqual(names, ['Cabinet of Ministers of the Kyrgyz Republic']);
});
