import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotateText, article } from '../test-article.ts';
import { annotate } from '../pipeline.ts';

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

function countriesWithOutlet(body: string, outlet: string): Record<string, string | undefined> {
  return Object.fromEntries(annotate({ ...article(body), outlet }).persons.map((p) => [p.name, p.country]));
}

test('officials titled without a country are of the country the outlet names', () => {
  const body = 'Foreign Minister Ama Owusu told Parliament on Tuesday that Ghana and Togo would reopen their border. Spokesperson Yaw Boateng said talks with Togo would resume in May.';
  assert.deepEqual(countriesWithOutlet(body, 'Daily Graphic (Ghana)'), { 'Ama Owusu': 'GHA', 'Yaw Boateng': 'GHA' });
  assert.deepEqual(countriesWithOutlet(body, 'Ministry of Foreign Affairs of Ghana'), { 'Ama Owusu': 'GHA', 'Yaw Boateng': 'GHA' });
});

function countriesWithSource(body: string, outlet: string, source: string): Record<string, string | undefined> {
  return Object.fromEntries(annotate({ ...article(body), outlet, source }).persons.map((p) => [p.name, p.country]));
}

test('without a country in the outlet\'s name, the source\'s name, a government site or a news site under a country\'s own domain tells it', () => {
  const body = 'Foreign Minister Ama Owusu told Parliament on Tuesday that Ghana and Togo would reopen their border.';
  assert.deepEqual(countriesWithSource(body, 'Ministry of Foreign Affairs', 'Ministry of Foreign Affairs, Government of Ghana'), { 'Ama Owusu': 'GHA' });
  assert.deepEqual(countriesWithSource(body, 'Ministry of Foreign Affairs', 'https://www.mfa.gov.gh/news/2026/border'), { 'Ama Owusu': 'GHA' });
  assert.deepEqual(countriesWithSource(body, 'Daily Report', 'https://www.dailyreport.com.gh/ghana-togo'), { 'Ama Owusu': 'GHA' });
  assert.deepEqual(countriesWithSource(body, 'Daily Report', 'https://dailyreport.tv/ghana-togo'), { 'Ama Owusu': undefined });
  assert.deepEqual(countriesWithSource(body, 'Ministry of Foreign Affairs', 'https://www.mfa.gov.tg/news/2026/border'), { 'Ama Owusu': 'TGO' });
  assert.deepEqual(countriesWithSource('Secretary of State Ann Hale said the United States and Togo would expand trade.', 'Office of the Spokesperson', 'https://www.state.gov/readout'), { 'Ann Hale': 'USA' });
});

test('an outlet names no one\'s country in an article that does not name the outlet\'s', () => {
  const body = 'President Faure Mensah said on Monday that Togo and Benin would reopen their border.';
  assert.equal(countriesWithOutlet(body, 'Daily Graphic (Ghana)')['Faure Mensah'], undefined);
});

test('of two heads of state without a country, neither is taken to be the outlet\'s', () => {
  const body = 'Ghana and Togo signed nine accords in Accra on Friday, in line with the guidance of the two heads of state, King Osei Tutu and President Faure Mensah.';
  assert.deepEqual(countriesWithOutlet(body, 'Ghana News Agency'), { 'Osei Tutu': undefined, 'Faure Mensah': undefined });
});

test('a visitor to the outlet\'s country and the head of a body are not given the outlet\'s country', () => {
  const body = 'Ghana, Togo and Benin agreed on a gas pipeline. Minister Faure Mensah arrived in Accra on Monday. Chairman of Sunrise Gas Kofi Boateng said the pipeline would be built by 2030.';
  const countries = countriesWithOutlet(body, 'Ghana News Agency');
  assert.notEqual(countries['Faure Mensah'], 'GHA');
  assert.equal(countries['Kofi Boateng'], undefined);
});

test('a company\'s release names no one\'s country', () => {
  const body = 'Ghana and Togo signed a gas supply deal on Monday. Senior Vice President Kofi Boateng said the first cargo would leave in May.';
  assert.equal(countriesWithOutlet(body, 'Volta Gas Company of Ghana, press room')['Kofi Boateng'], undefined);
  assert.equal(countriesWithOutlet(body, 'Ghana News Agency')['Kofi Boateng'], 'GHA');
});

test('of two officials of one office who face each other, neither is taken to be the outlet\'s', () => {
  const body = 'Foreign Minister Ama Owusu held talks with Foreign Minister Kofi Mensah on Monday. Ghana and Togo agreed to reopen their border.';
  assert.deepEqual(countriesWithOutlet(body, 'Daily Graphic (Ghana)'), { 'Ama Owusu': undefined, 'Kofi Mensah': undefined });
});

test('two names before a plural title in apposition hold one office and are of one side', () => {
  const body = 'Ghana and Togo signed six accords on Friday. The lunch was attended by Yaw Boateng and Kofi Owusu, Advisers to the President, Speaker of Parliament Ama Mensah and several ministers.';
  assert.deepEqual(countriesWithOutlet(body, 'Ghana News Agency'), { 'Yaw Boateng': 'GHA', 'Kofi Owusu': 'GHA', 'Ama Mensah': 'GHA' });
});

test('one whose counterpart or host is of one of the two countries is of the other', () => {
  const body = 'Ghana and Togo signed two accords on Sunday, after the official reception of Kofi Mensah to his Togolese counterpart. Ghana and Togo will meet again in May.';
  assert.equal(countries(body)['Kofi Mensah'], 'GHA');
  const hosted = 'Ghana and Togo agreed to reopen the border. Prime Minister Ama Owusu thanked her Ghanaian hosts for the talks. Ghana and Togo will meet again in May.';
  assert.equal(countries(hosted)['Ama Owusu'], 'TGO');
});

test('a royal title of one of the two countries and not of the other is that country\'s', () => {
  const body = 'Jordan and Chile signed three accords in Amman. His Majesty King Talal II offered a lunch in honour of the delegation. Jordan and Chile will meet again in 2026.';
  assert.equal(countries(body)['Talal II'], 'JOR');
  const twoKingdoms = 'Jordan and Spain signed three accords in Amman. His Majesty King Talal II offered a lunch in honour of the delegation. Jordan and Spain will meet again in 2026.';
  assert.equal(countries(twoKingdoms)['Talal II'], undefined);
});

test('the head of state named after a comma and "and" faces the one named before', () => {
  const body = 'Jordan and Chile signed three accords at a session chaired by Prime Minister Omar Said, in line with the guidance of the heads of state of the two countries, His Majesty King Talal II, and His Excellency President Ana Soto. Jordan and Chile will meet again in 2026.';
  const found = countries(body);
  assert.deepEqual([found['Talal II'], found['Ana Soto']], ['JOR', 'CHL']);
});

test('an untitled person met by someone of one side is of the other; one only named beside them is not', () => {
  const met = 'Chile and Peru signed four accords. President Ana Soto of Chile said this at a joint press conference at the end of negotiations with Luis Vega. Chile and Peru will meet again in 2026.';
  assert.equal(countries(met)['Luis Vega'], 'PER');
  const named = 'Chile and Peru signed four accords. "The border will open in May," said Luis Vega after President Ana Soto of Chile spoke. Chile and Peru will meet again in 2026.';
  assert.equal(countries(named)['Luis Vega'], undefined);
});

test('a side found from a later sentence tells the side of one paired before', () => {
  const body = 'Chile and Peru signed four accords. The accords followed a meeting between President Ana Soto and Prime Minister Luis Vega on Monday. President Soto thanked President Jonas Berg for his support. Last year, Chile also received a visit from President Jonas Berg. Chile and Peru will meet again in 2026.';
  assert.deepEqual(countries(body), { 'Ana Soto': 'CHL', 'Luis Vega': 'PER', 'Jonas Berg': 'PER' });
});

test('a national news agency or paper named by the outlet, or credited by a copy, speaks for its country', () => {
  const body = 'President Amina Diallo said on Monday that Ghana and Togo would reopen their border.';
  assert.equal(countriesWithOutlet(body, 'Ghana News Agency')['Amina Diallo'], 'GHA');
  assert.equal(countriesWithOutlet(body, 'Regional Wire (GNA copy)')['Amina Diallo'], 'GHA');
  assert.equal(countriesWithOutlet(body, 'Regional Wire')['Amina Diallo'], undefined);
});

test('the outlet\'s own country, named once after the opening, is a side of the article', () => {
  const body = [
    'President Amina Diallo held a meeting with Prime Minister Kofi Mensah of Togo, the presidential press service reports.',
    'The sides discussed the road to Lome.',
    'Mensah praised the Togo-Benin corridor.',
    'Trade grew last year, said Mensah, whose visit to Ghana ends on Tuesday.',
  ].join(' ');
  assert.equal(countriesWithOutlet(body, 'Ghana News Agency')['Amina Diallo'], 'GHA');
});

test('in a national agency\'s report, its head of state is its country\'s and the one whose visit to it is recalled the other side\'s', () => {
  const body = 'President Amina Diallo met a delegation from Togo, the presidential press service reports. The sides discussed agreements reached during the state visit of President Faure Mensah to Ghana last year. Togo will host the next round.';
  assert.deepEqual(countriesWithOutlet(body, 'Ghana News Agency'), { 'Amina Diallo': 'GHA', 'Faure Mensah': 'TGO' });
});
