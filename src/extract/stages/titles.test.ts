import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotateText } from '../test-article.ts';

function roles(body: string): { [name: string]: { written: (string | undefined)[]; country?: string } } {
  return Object.fromEntries(annotateText(body).persons.map((p) => [p.name, { written: p.roles.map((r) => r.written), ...(p.country ? { country: p.country } : {}) }]));
}

test('a portfolio the vocabulary does not list is read as capitalised English words up to the name', () => {
  assert.deepEqual(roles('The Minister for Fisheries and Ocean Economy Tiago Mendes arrived.'), { 'Tiago Mendes': { written: ['Minister for Fisheries and Ocean Economy'] } });
  assert.deepEqual(roles('The Minister of Energy and Mineral Industries Kwame Asante spoke.'), { 'Kwame Asante': { written: ['Minister of Energy and Mineral Industries'] } });
});

test('a run of English words that reaches the verb holds the name too', () => {
  assert.deepEqual(roles('Minister of Tourism Mark Rose said the season was good.'), { 'Mark Rose': { written: ['Minister of Tourism'] } });
});

test('a country after the title is its nationality, never part of the portfolio', () => {
  assert.deepEqual(roles('Minister of Foreign Affairs of Georgia Nino Beridze met the press.'), { 'Nino Beridze': { written: ['Minister of Foreign Affairs'], country: 'GEO' } });
});

test('an ambassador keeps the country of accreditation in the title, and it is not the nationality', () => {
  assert.deepEqual(roles('Ambassador to Chile Jonas Berg presented his credentials.'), { 'Jonas Berg': { written: ['Ambassador to Chile'] } });
});

test('an aide\'s title names the office served, which is not the aide\'s role', () => {
  assert.deepEqual(roles('Adviser to the President Ana Lopes joined the talks.'), { 'Ana Lopes': { written: ['Adviser to the President'] } });
});

test('"Acting" is part of the title as written', () => {
  assert.deepEqual(roles('Acting Prime Minister Somchai Rattana chaired the meeting.'), { 'Somchai Rattana': { written: ['Acting Prime Minister'] } });
});

test('a dash joins two offices of one person', () => {
  const found = roles('The talks were opened by Deputy Prime Minister - Minister of Foreign Affairs Erlan Dosov.');
  assert.deepEqual(found['Erlan Dosov']?.written.sort(), ['Deputy Prime Minister', 'Minister of Foreign Affairs']);
});

test('a remit after the title\'s country is part of the title as written', () => {
  assert.deepEqual(roles('On Monday, the Special Envoy of the President of the Republic of Peru for Regional Affairs Tupac Quispe came.'), {
    'Tupac Quispe': { written: ['Special Envoy of the President for Regional Affairs'], country: 'PER' },
  });
});

test('the country of accreditation after the title\'s own country stays in the title', () => {
  assert.deepEqual(roles('The talks were joined by Karim bin Said Al Hinai, ambassador of Oman to Jordan.'), { 'Karim bin Said Al Hinai': { written: ['Ambassador to Jordan'], country: 'OMN' } });
});

test('a second title after a comma may restate the nationality: the same person\'s', () => {
  const found = roles("The talks were opened by Chile's Deputy Prime Minister, Chile's Foreign Minister Ana Soto.");
  assert.deepEqual(found['Ana Soto']?.written.sort(), ['Deputy Prime Minister', 'Foreign Minister']);
});

test('a portfolio word before a bare office noun is part of the title, a word of time is not', () => {
  assert.deepEqual(roles('On Monday, Business Secretary John Smith met the press. Former Secretary Tom Lee came.'), {
    'John Smith': { written: ['Business Secretary'] },
    'Tom Lee': { written: ['Secretary'] },
  });
});

test('"Secretary to the Cabinet" is one title, its holder named after it', () => {
  assert.deepEqual(roles('On Monday, Secretary to the Cabinet Mary Jones spoke.'), { 'Mary Jones': { written: ['Secretary to the Cabinet'] } });
});

test('a compound portfolio is reported as written', () => {
  assert.deepEqual(roles('On Monday, the Minister of Transport and Infrastructure Ola Nord spoke.'), { 'Ola Nord': { written: ['Minister of Transport and Infrastructure'] } });
});

test('a body of a country named by its possessive is part of the title, and the country is the nationality', () => {
  assert.deepEqual(roles("On Monday, President of Peru's National Assembly Rosa Quispe met the envoy."), { 'Rosa Quispe': { written: ["President of Peru's National Assembly"], country: 'PER' } });
});

test('an office named after its body goes on naming it, and a plural title after a body\'s "of" is no title', () => {
  assert.deepEqual(roles('On Monday, the Speaker of the House of Advisors, Karim Benali, came. The role of Presidents Ana Soto and Luis Vega was noted.'), {
    'Karim Benali': { written: ['Speaker of the House of Advisors'] },
    'Ana Soto': { written: ['President'] },
    'Luis Vega': { written: ['President'] },
  });
});

test('"co-chair" is a title, written with its prefix', () => {
  assert.deepEqual(roles("On Monday, the minister praised co-chair Jonas Lindqvist's work."), { 'Jonas Lindqvist': { written: ['Co-Chair'] } });
});

test('before the name, the organisation a title heads is part of the title as written', () => {
  assert.deepEqual(roles('The Chairman of the African Union Moussa Diallo met the press on Monday.'), { 'Moussa Diallo': { written: ['Chairman of the African Union'] } });
});

test('the country at the end of a body a title heads is the nationality, not part of the title', () => {
  assert.deepEqual(roles('Deputy Chairman of the Cabinet of Ministers of Uzbekistan Aziz Karimov met the press on Monday.'), {
    'Aziz Karimov': { written: ['Deputy Chairman of the Cabinet of Ministers'], country: 'UZB' },
  });
});

test('"Pro-Tempore" is part of the title as written', () => {
  assert.deepEqual(roles('Pro-Tempore President of the Andean Community Lucia Rojas met the press on Monday.'), { 'Lucia Rojas': { written: ['Pro-Tempore President of the Andean Community'] } });
});

test('after the name, a title keeps its organisation apart', () => {
  assert.deepEqual(roles('The deal was signed by Lena Holm, President of the African Union, on Monday.'), { 'Lena Holm': { written: ['President'] } });
});

test('"of the State" that begins a body is the body, whose officer is named after it', () => {
  assert.deepEqual(roles('The bill was presented by the Chairman of the State Agency for Civil Service Aibek Dzhunusbaev.'), {
    'Aibek Dzhunusbaev': { written: ['Chairman of the State Agency for Civil Service'] },
  });
});

test('the office of a body of known country is of that country, stated at another mention of the body or before its possessive', () => {
  const signed = roles('The Peruvian Andes Steel Ltd signed a supply deal with Chile on Monday. The first cargo will leave in May, said Luis Vega, general manager of Andes Steel Ltd, on Tuesday.');
  assert.equal(signed['Luis Vega'].country, 'PER');
  const spoke = roles('The call lasted an hour, the Chilean Presidency\'s spokesman Jonas Berg said in a statement.');
  assert.equal(spoke['Jonas Berg'].country, 'CHL');
});

test('in a list of names with their titles, a country closing the item is the holder\'s', () => {
  const found = roles('Present were: Ana Soto, Minister of Mines, Chile; and Jonas Berg, Minister of Trade, Sweden.');
  assert.deepEqual([found['Ana Soto'].country, found['Jonas Berg'].country], ['CHL', 'SWE']);
});

test('an office written right after the body whose office it is takes the body\'s country', () => {
  const doc = annotateText('Kenyan Foreign Ministry spokesman Peter Otieno said Kenya and Uganda would meet in May.');
  assert.deepEqual(doc.titles.map((t) => [t.title, t.country]), [['Spokesperson', 'KEN']]);
});

test('an office "of" a city or province is of that place\'s country, when the article names the country', () => {
  const country = (body: string, written: string) => annotateText(body).titles.find((t) => t.written === written)?.country;
  assert.equal(country('Kenya and Ghana signed the deal. Later the minister met Joseph Ole Lenku, Governor of Kajiado County, in Nairobi.', 'Governor'), 'KEN');
  assert.equal(country('The Emirati minister met Sheikh Ammar, Crown Prince of Ajman, on Monday.', 'Crown Prince'), 'ARE');
  assert.equal(country('Ghana welcomed the Mayor of Rotterdam on Monday.', 'Mayor'), undefined);
  // A body named after a city of a named country is of that country ("the Kumasi Cement Works").
  assert.equal(country('Ghana and Togo signed the deal. It was signed by Kofi Mensah, executive director of the Kumasi Cement Works.', 'Executive Director'), 'GHA');
});
