import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotateText } from '../test-article.ts';

function instruments(body: string, published: string | null = null) {
  return annotateText(body, published).instruments.map((i) => ({ name: i.name, aliases: i.aliases, kind: i.kind, status: i.status, period: i.period, parties: i.parties }));
}

test('a titled instrument keeps its whole title, its kind and the status of the verb', () => {
  const [i] = instruments('Ghana and Togo signed the Agreement on Cross-Border Trade in Agricultural Products at the ceremony.');
  assert.equal(i.name, 'Agreement on Cross-Border Trade in Agricultural Products');
  assert.equal(i.kind, 'agreement');
  assert.equal(i.status, 'signed');
  assert.deepEqual(i.parties, ['GHA', 'TGO']);
});

test('a described instrument with a period before its head keeps the period as start and end', () => {
  const [i] = instruments('Ecuador and Peru agreed to implement the 2023-2027 joint border development programme.');
  assert.equal(i.name, '2023-2027 joint border development programme');
  assert.equal(i.kind, 'programme');
  assert.equal(i.status, 'in force');
  assert.deepEqual(i.period, { start: '2023', end: '2027' });
});

test('a period after the name ("for 2024/26") is the instrument\'s period', () => {
  const [i] = instruments('The foreign ministries of Chile and Argentina signed an action plan for 2024/26.');
  assert.equal(i.kind, 'action plan');
  assert.deepEqual(i.period, { start: '2024', end: '2026' });
});

test('a coordinated list after "agreements were signed on" is one instrument per item, and a ratified title in it is ratified', () => {
  const found = instruments('After the talks, agreements were signed on cooperation in civil aviation, the mutual protection of investments, and the ratification of the Convention on Avoidance of Double Taxation.');
  assert.deepEqual(found.map((i) => [i.name, i.status]), [
    ['agreement on cooperation in civil aviation', 'signed'],
    ['agreement on the mutual protection of investments', 'signed'],
    ['Convention on Avoidance of Double Taxation', 'ratified'],
  ]);
});

test('a list after a colon gives each item its own head and kind', () => {
  const found = instruments('The ministers signed three documents: a memorandum on tourism; a protocol on consular matters; a decision of the joint commission.');
  assert.deepEqual(found.map((i) => i.kind), ['memorandum', 'protocol', 'other']);
});

test('a count of instruments is a figure, not instruments', () => {
  const doc = annotateText('Relations rest on a legal framework of 120 agreements, and 9 documents were signed on Monday.', '2024-05-08');
  assert.equal(doc.instruments.length, 0);
  assert.deepEqual(doc.figures.map((f) => [f.value, f.unit]), [[120, 'agreements'], [9, 'documents']]);
});

test('status comes from the words around the instrument: draft, to be signed, ratified after signed', () => {
  assert.equal(instruments('Talks continue on a draft free trade agreement between Kenya and Uganda.')[0].status, 'negotiating');
  assert.equal(instruments('A Treaty on Good Neighbourliness is to be signed next year.')[0].status, 'proposed');
  assert.equal(instruments('The protocol on fisheries, which was signed on 3 May 2019, was ratified by parliament today.')[0].status, 'ratified');
});

test('a back-reference ("this agreement", "the Convention") is the instrument named before, not a new one', () => {
  const found = instruments('Mali and Niger signed the Convention on Water Sharing. The Convention enters into force in May. This important agreement will help farmers.');
  assert.equal(found.length, 1);
  assert.equal(found[0].name, 'Convention on Water Sharing');
});

test('aliases in parentheses after an instrument are kept', () => {
  const [i] = instruments('They signed the Agreement on Reciprocal Access ("the Reciprocal Access Agreement", or "the RAA") today.');
  assert.deepEqual(i.aliases, ['Reciprocal Access Agreement', 'RAA']);
});

test('"upon agreement between" is no instrument', () => {
  assert.deepEqual(instruments('The festival will be held next year upon agreement between the governments.'), []);
});

test('a capitalised title keeps "and" between its words and goes on with "in the field of"', () => {
  const found = instruments('They welcomed the Enhanced Partnership and Cooperation Agreement and signed a Memorandum of Cooperation in the field of Space Research.');
  assert.deepEqual(found.map((i) => i.name), ['Enhanced Partnership and Cooperation Agreement', 'Memorandum of Cooperation in the field of Space Research']);
});

test('titles listed one per bullet keep no bullet and stay separate instruments though they share their parties', () => {
  const found = instruments([
    'The following documents were signed:',
    '- Agreement between the Ministry of Health of Chile and the Ministry of Health of Peru on vaccine supply;',
    '- Agreement on cooperation between the Ministry of Justice of Chile and the Ministry of Justice of Peru;',
    '- Memorandum of Understanding on cooperation in the field of fisheries;',
    '- Memorandum of Understanding on cooperation in the field of tourism promotion.',
  ].join('\n'));
  assert.deepEqual(found.map((i) => i.name), [
    'Agreement between the Ministry of Health of Chile and the Ministry of Health of Peru on vaccine supply',
    'Agreement on cooperation between the Ministry of Justice of Chile and the Ministry of Justice of Peru',
    'Memorandum of Understanding on cooperation in the field of fisheries',
    'Memorandum of Understanding on cooperation in the field of tourism promotion',
  ]);
});

test('a comma-separated list of titles is one instrument per title, and a title may hold "X, Y, and Z"', () => {
  const found = instruments('The three agreements are Memorandum of Understanding on Forestry, Memorandum of Understanding on Weather, Climate, and Oceans and Memorandum of Understanding on Port Security.');
  assert.deepEqual(found.map((i) => i.name), [
    'Memorandum of Understanding on Forestry',
    'Memorandum of Understanding on Weather, Climate, and Oceans',
    'Memorandum of Understanding on Port Security',
  ]);
});

test('a list lead-in\'s "signed" gives its status to every title listed after it, by bullet or by number', () => {
  const bulleted = instruments([
    'Following the talks, several documents were signed in Quito.',
    'The documents are listed below:',
    '- Protocol on cooperation in the field of forestry between the Government of Chile and the Government of Peru;',
    '- Memorandum of Understanding on cooperation in the field of seismology.',
  ].join('\n'));
  assert.deepEqual(bulleted.map((i) => i.status), ['signed', 'signed']);
  const numbered = instruments([
    'The session saw the signing of the following agreements:',
    '1.',
    'An agreement between the government of Chile and the government of Peru on co-operation in mining.',
    '2.',
    'A memorandum of understanding between the Chilean Export Agency and the trade office of Peru.',
  ].join('\n'));
  assert.deepEqual(numbered.map((i) => i.status), ['signed', 'signed']);
  const enumerated = instruments([
    'The following documents were exchanged in the presence of the two Ministers:',
    '(i) Memorandum of Understanding on cooperation in the field of fisheries between Chile and Peru;',
    '(ii) Protocol amending the Air Services Agreement;',
    '(b) Programme of Cultural Exchanges for 2026-2028.',
  ].join('\n'));
  assert.deepEqual(enumerated.map((i) => i.status), ['signed', 'signed', 'signed']);
});

test('"These were …" after "signed two agreements" gives the named titles the status of the count', () => {
  const found = instruments('The two presidents also signed two other agreements. These were the Memorandum of Agreement on Cooperation in Mining and the Memorandum of Understanding on Coastal Fisheries.');
  assert.deepEqual(found.map((i) => i.status), ['signed', 'signed']);
});

test('a title after a counted group with no colon and no list marker keeps its own (unknown) status', () => {
  const found = instruments('The two presidents signed two agreements. The Treaty of Antofagasta was also mentioned by the ministers.');
  assert.equal(found[0].status, 'unknown');
});

test('"The pact was signed by …" after a sentence naming an agreement gives that agreement its status', () => {
  const [i] = instruments('The formalisation of the long-term fisheries agreement took place during the visit of the Chilean minister to Lima. The pact was officially signed by the two deputy ministers.');
  assert.equal(i.name, 'long-term fisheries agreement');
  assert.equal(i.status, 'signed');
});

test('"signed a declaration" gives its status to "the bilateral declaration" of the next sentence', () => {
  const [i] = instruments('The presidents of Chile and Peru signed a declaration that expresses their will to deepen ties. The press adds that the bilateral declaration also stresses health cooperation.');
  assert.equal(i.name, 'bilateral declaration');
  assert.equal(i.status, 'signed');
});

test('a back-reference that states a status ("The Convention enters into force") gives it to the instrument named before', () => {
  const [i] = instruments('Chile and Peru discussed the Convention on Water Sharing. The Convention enters into force in May.');
  assert.equal(i.status, 'in force');
});

test('"these documents were ratified" raises the instruments named just before, and a later "were signed" does not lower them', () => {
  const found = instruments('The parliament of Chile approved an agreement on the demarcation of the Andean border. It also supported an agreement with Peru on the shared use of the Lauca river. On Monday these documents were ratified by the Senate. The agreement on the demarcation of the Andean border and the Agreement on the shared use of the Lauca river were signed by the ministers in May.');
  assert.deepEqual(found.map((i) => [i.name, i.status]), [
    ['agreement on the demarcation of the Andean border', 'ratified'],
    ['agreement with Peru on the shared use of the Lauca river', 'ratified'],
  ]);
});

test('"signed a Protocol and exchanged instruments of ratification, bringing into force the Treaty …": the Protocol is signed, the Treaty in force', () => {
  const found = instruments('The ministers signed a Protocol and exchanged instruments of ratification, officially bringing into force the Treaty on Friendship between Chile and Peru, Prensa reports.');
  assert.deepEqual(found.map((i) => [i.name, i.status]), [
    ['Protocol', 'signed'],
    ['Treaty on Friendship between Chile and Peru', 'in force'],
  ]);
});

test('a bare back-reference ("The treaty was first signed …") is a mention of the instrument named just before', () => {
  const doc = annotateText('The ministers brought into force the Treaty on Good Neighbourliness between Chile and Peru. The treaty was first signed at a summit in Lima last year.');
  assert.equal(doc.instruments.length, 1);
  assert.equal(doc.instruments[0].mentions.length, 2);
  assert.equal(doc.text.slice(doc.instruments[0].mentions[1].start, doc.instruments[0].mentions[1].end), 'treaty');
});

test('an inline bulleted list after "documents were signed -" gives one signed instrument per item', () => {
  const found = instruments('The following documents were signed - A memorandum of cooperation in the field of veterans affairs; - A cooperation agreement in the field of culture; - An agreement on mutual recognition of diplomas.');
  assert.deepEqual(found.map((i) => [i.name, i.status]), [
    ['memorandum of cooperation in the field of veterans affairs', 'signed'],
    ['cooperation agreement in the field of culture', 'signed'],
    ['agreement on mutual recognition of diplomas', 'signed'],
  ]);
});

test('a colon list separated by commas gives one instrument per title, a title with its head last included', () => {
  const found = instruments('The visit ended with the signing of three agreements: the Avoidance of Double Taxation Agreement (DTA), a Memorandum of Understanding (MoU) on Fisheries, and an MoU on Forestry Cooperation.');
  assert.deepEqual(found.map((i) => i.name), ['Avoidance of Double Taxation Agreement', 'Memorandum of Understanding (MoU) on Fisheries', 'MoU on Forestry Cooperation']);
  assert.deepEqual(found[0].aliases, ['DTA']);
});

test('"the agreements covered X, Y and Z" is one agreement per topic', () => {
  const found = instruments('Besides the fisheries deal, the agreements covered rural road projects, cooperation in solar energy and the exchange of seismic data.');
  assert.deepEqual(found.map((i) => i.name), ['fisheries deal', 'agreement on rural road projects', 'agreement on cooperation in solar energy', 'agreement on the exchange of seismic data']);
});

test('a modal right before the name ("will present an Action Plan", "are slated to ink a Declaration") gives proposed, not signed', () => {
  assert.equal(instruments('After the meeting, the presidents are slated to ink a Presidential Declaration and will witness the signing of other documents.')[0].status, 'proposed');
  assert.equal(instruments('Within the framework of the cabinet, the ministers will jointly present an Action Plan on border issues.')[0].status, 'proposed');
  assert.equal(instruments('The plan, which they said would cover many fields, has been compared to the Treaty of Quito, the treaty signed by Chile and Peru in 2001.')[0].status, 'signed');
});

test('"the agreements covered X and Y" after a signed instrument gives the listed agreements that status', () => {
  const found = instruments('The pact on fisheries was signed by the deputy ministers of Chile and Peru. Besides the pact on fisheries, the agreements covered rural road projects and the exchange of seismic data.');
  assert.deepEqual(found.map((i) => [i.name, i.status]), [
    ['pact on fisheries', 'signed'],
    ['agreement on rural road projects', 'signed'],
    ['agreement on the exchange of seismic data', 'signed'],
  ]);
});

test('a dash after a group noun is an aside, not a list: "the two agreements - as well as a third one, the X agreement - …"', () => {
  const found = instruments('The leaders reaffirmed their commitment to the two agreements - as well as a third one, the Airspace Management agreement - at the retreat in Arica.');
  assert.deepEqual(found.map((i) => i.name), ['Airspace Management agreement']);
});

test('variant names of one treaty are one instrument: praise words, country adjectives and "dubbed" do not make new ones', () => {
  const found = instruments('Chile and Peru signed a historic friendship treaty on Monday. The leaders had long sought a bilateral friendship treaty. The final text - dubbed the Arica Treaty - puts trade first. The Chilean-Peruvian treaty also sets up yearly dialogues.');
  assert.equal(found.length, 1);
  assert.equal(found[0].name, 'Arica Treaty');
  assert.equal(found[0].status, 'signed');
});

test('a described head goes on over a participle ("an agreement establishing …") up to the clause\'s end', () => {
  const [i] = instruments('President Hichilema and his Namibian counterpart signed an agreement establishing a Joint Permanent Commission on Defence, which will meet twice a year.');
  assert.equal(i.name, 'agreement establishing a Joint Permanent Commission on Defence');
  assert.equal(i.kind, 'agreement');
  assert.equal(i.status, 'signed');
  const [m] = instruments('Norway and Vietnam on Friday signed a memorandum setting up a joint fund for solar energy research.');
  assert.equal(m.name, 'memorandum setting up a joint fund for solar energy research');
});

test('a titled instrument does not go on over a participle: what follows says what it does, not its name', () => {
  const [i] = instruments('Chile and Peru on Monday signed a Border Transit Agreement allowing their trucks to cross without escort.');
  assert.equal(i.name, 'Border Transit Agreement');
});

test('"the agreement signing ceremony" is no instrument: a signing word after the head is no participle complement', () => {
  assert.deepEqual(instruments('Officials of Norway and Vietnam attended the agreement signing ceremony on Friday.'), []);
});

test('a signed or ratified head takes "to" and a verb as its purpose; a reached or a wished-for agreement does not', () => {
  const [i] = instruments('Kenya and Ethiopia signed an agreement to build a power line across their border.');
  assert.equal(i.name, 'agreement to build a power line across their border');
  assert.equal(i.status, 'signed');
  assert.deepEqual(instruments('Vietnam and Norway reached an agreement to resume direct flights.'), []);
  assert.deepEqual(instruments('An agreement to cut tariffs would help exporters, the Kenyan trade minister said.'), []);
});

test('a described instrument in a conditional clause is proposed, not signed', () => {
  const [i] = instruments('Kenya and Ethiopia could sign an agreement establishing a joint border commission next year.');
  assert.equal(i.name, 'agreement establishing a joint border commission');
  assert.equal(i.status, 'proposed');
});

test('a plural head with coordinated topics ("signed agreements on X, Y and Z") is one instrument per topic', () => {
  const found = instruments('Vietnam and Norway signed agreements on maritime safety and seafood trade on Friday.');
  assert.deepEqual(found.map((i) => [i.name, i.status]), [
    ['agreement on maritime safety', 'signed'],
    ['agreement on seafood trade', 'signed'],
  ]);
  const listed = instruments('Agreements on customs, tourism and health were signed by the ministers of Oman and Iran.');
  assert.deepEqual(listed.map((i) => i.name), ['agreement on customs', 'agreement on tourism', 'agreement on health']);
});

test('a head whose plural is on the word before "of" ("memoranda of understanding (MoUs) on X and Y") is one instrument per topic, named in the singular', () => {
  const found = instruments('Ghana and Brazil signed two memoranda of understanding (MoUs) on fisheries and vocational training.');
  assert.deepEqual(found.map((i) => [i.name, i.kind, i.status]), [
    ['memorandum of understanding on fisheries', 'memorandum', 'signed'],
    ['memorandum of understanding on vocational training', 'memorandum', 'signed'],
  ]);
  const letters = instruments('Letters of intent on tourism and aviation were signed by the two ministers.');
  assert.deepEqual(letters.map((i) => i.name), ['letter of intent on tourism', 'letter of intent on aviation']);
});

test('an "arrangement" with a topic is an agreement; a bare or plural one ("security arrangements") is none', () => {
  assert.deepEqual(instruments('Fiji has signed a $12 million disaster finance arrangement with Tuvalu.').map((i) => [i.name, i.kind, i.status]), [['disaster finance arrangement with Tuvalu', 'agreement', 'signed']]);
  assert.deepEqual(instruments('Officials discussed security arrangements for the visit and reached an arrangement.'), []);
});

test('plural heads that name no instruments stay none: generic, one group topic, a comma before a clause, a shared "of"', () => {
  assert.deepEqual(instruments('Cooperation agreements on trade and tourism would help both economies, the Omani minister said.'), []);
  assert.deepEqual(instruments('Oman ratified a treaty on air services, the second of three agreements on outstanding aviation issues.').map((i) => i.name), ['treaty on air services']);
  assert.deepEqual(instruments('Iran and Oman signed agreements on fisheries, the ministry said.'), []);
  assert.deepEqual(instruments('Iran and Oman signed agreements on the protection and promotion of investments.'), []);
});

test('a topic noun before "deal" names an agreement; "a great deal of", the verb "to deal with" and a caption\'s "Deal Lead" do not', () => {
  const [i] = instruments('Portugal and Cape Verde on Tuesday signed a labour mobility deal.');
  assert.equal(i.name, 'labour mobility deal');
  assert.equal(i.kind, 'agreement');
  assert.equal(i.status, 'signed');
  assert.deepEqual([...i.parties].sort(), ['CPV', 'PRT']);
  assert.deepEqual(instruments('The Portuguese minister said there was a great deal of work ahead.'), []);
  assert.deepEqual(instruments('Portugal and Cape Verde must deal with the rising cost of fuel.'), []);
  assert.deepEqual(instruments('From left: Ana Souza, Deal Lead, Acme Energy; Rui Silva, Chief Executive.'), []);
});

test('"is set to sign" a deal makes it proposed', () => {
  assert.equal(instruments('Samoa is set to sign a fisheries deal with Japan next week.')[0].status, 'proposed');
});

test('a dash after a space and glued to the next word (" -A …") is a bullet that starts the next item, not a hyphen inside a name', () => {
  const found = instruments('The following documents were signed - A memorandum of cooperation in the field of fisheries; - An agreement on mutual recognition of diplomas -A cooperation agreement in the field of tourism; - A protocol on port security.');
  assert.deepEqual(found.map((i) => i.name), [
    'memorandum of cooperation in the field of fisheries',
    'agreement on mutual recognition of diplomas',
    'cooperation agreement in the field of tourism',
    'protocol on port security',
  ]);
});

test('a bracketed acronym inside a title does not end it: the title goes on over "(KPA) and the …"', () => {
  const [i] = instruments('Kenya and Tanzania signed a Memorandum of Understanding between the Kenya Ports Authority (KPA) and the Tanzania Ports Authority (TPA) on Port Logistics on Monday.');
  assert.equal(i.name, 'Memorandum of Understanding between the Kenya Ports Authority (KPA) and the Tanzania Ports Authority (TPA) on Port Logistics');
});

test('in a comma list of titles, capitalised words up to a head start the next title, after a bracketed acronym too', () => {
  const found = instruments('The signed documents include the Memorandum of Understanding between the Kenya Ports Authority (KPA) and the Tanzania Ports Authority (TPA) on Port Logistics, and Youth Exchange Programme between the Ministries of Sport of Kenya and Tanzania.');
  assert.deepEqual(found.map((i) => [i.name, i.kind]), [
    ['Memorandum of Understanding between the Kenya Ports Authority (KPA) and the Tanzania Ports Authority (TPA) on Port Logistics', 'memorandum'],
    ['Youth Exchange Programme between the Ministries of Sport of Kenya and Tanzania', 'programme'],
  ]);
});

test('a "with" and a named partner after a described instrument\'s topic is the partner, not part of the name', () => {
  const [i] = instruments("Chile's Senate on Tuesday ratified an agreement on the transfer of prisoners with Peru, the second such deal this year.");
  assert.equal(i.name, 'agreement on the transfer of prisoners');
  assert.equal(i.status, 'ratified');
});

test('"to" before a quantity ends a change ("from 20 years in the 2011 agreement to 25 years"), it is no complement of the head', () => {
  const found = instruments('The limit was raised from 20 years in the 2011 agreement to 25 years in the new accord.');
  assert.equal(found[0].name, '2011 agreement');
});

test('a spaced dash before a determiner opens an apposition: "the treaty between X and Y - the Ocean Compact -" ends before it', () => {
  const [i] = instruments('The landmark treaty between Fiji and Samoa – the Ocean Compact – was signed in Suva on Friday.');
  assert.equal(i.name, 'landmark treaty between Fiji and Samoa');
});

test('a possessive inside a complement goes on to its noun: "the People\'s Republic", "the region\'s largest economy"', () => {
  assert.equal(instruments("Nepal signed the Agreement between the People's Republic of China and Nepal on Border Trade on Monday.")[0].name, "Agreement between the People's Republic of China and Nepal on Border Trade");
  const names = instruments("The Ocean Compact is a comprehensive pact between the region's largest economy and the small island state.").map((i) => i.name);
  assert.ok(names.includes("comprehensive pact between the region's largest economy and the small island state"), names.join(' | '));
});

test('"The understandings include X and the Y" after a signing lists signed instruments named without heads; an "and" splits only before a determiner', () => {
  const found = instruments('Foreign Ministers Ana Ruiz of Ecuador and Luis Vera of Colombia signed a series of agreements in Quito on Tuesday. The understandings include a Joint Customs Post at the Rumichaca bridge and the funding and Annual Work Plan 2024-2025 for the Binational Commission of the Mira River.');
  assert.deepEqual(found.map((i) => [i.name, i.status, [...i.parties].sort()]), [
    ['Joint Customs Post at the Rumichaca bridge', 'signed', ['COL', 'ECU']],
    ['funding and Annual Work Plan 2024-2025 for the Binational Commission of the Mira River', 'signed', ['COL', 'ECU']],
  ]);
  assert.deepEqual(found[1].period, { start: '2024', end: '2025' });
  // Only a group that opens its sentence lists what it holds; one inside a reported clause does not.
  assert.deepEqual(instruments('Kenya and Tanzania signed several agreements. Officials said the agreements include a Shared Fisheries Register and the Harbour Pilots Exchange.'), []);
});

test('"These documents signed comprise X, Y and the Z": comma-listed names are instruments, a plain topic or a provision is content', () => {
  const found = instruments('Kenya and Tanzania held talks in Mombasa on Friday. These documents signed comprise a Shared Fisheries Register, cooperation in coastal patrols and the Harbour Pilots Exchange between the Mombasa port and the Tanga port.');
  assert.deepEqual(found.map((i) => [i.name, i.status]), [
    ['Shared Fisheries Register', 'signed'],
    ['Harbour Pilots Exchange between the Mombasa port and the Tanga port', 'signed'],
  ]);
  assert.deepEqual(instruments('Chile and Peru signed two agreements on Monday. The agreements include provisions on dispute settlement and the protection of investors.'), []);
});

test('a described plural head with a list of partners ("air services agreements with A, B and C") is one instrument per partner, between the subject and each', () => {
  const found = instruments('The Senate of Chile has ratified air services agreements with Japan, Norway and New Zealand.');
  assert.deepEqual(found.map((i) => [i.name, i.kind, i.status, i.parties]), [
    ['air services agreement with Japan', 'agreement', 'ratified', ['CHL', 'JPN']],
    ['air services agreement with Norway', 'agreement', 'ratified', ['CHL', 'NOR']],
    ['air services agreement with New Zealand', 'agreement', 'ratified', ['CHL', 'NZL']],
  ]);
  const invest = instruments('Uruguay on Monday signed agreements to promote and protect investments with Paraguay and Bolivia.');
  assert.deepEqual(invest.map((i) => [i.name, i.status, i.parties]), [
    ['agreement to promote and protect investments with Paraguay', 'signed', ['URY', 'PRY']],
    ['agreement to promote and protect investments with Bolivia', 'signed', ['URY', 'BOL']],
  ]);
});

test('"ratification of agreements to X for Y to countries, namely A, B, and the C": the infinitive and its object name each, the partners after "namely"', () => {
  const found = instruments('The Parliament of Zambia approved ratification of agreements to abolish visa requirements for holders of official passports to countries, namely Chile, Peru, and the Republic of Ecuador.');
  assert.deepEqual(found.map((i) => [i.name, i.status, i.parties]), [
    ['agreement to abolish visa requirements with Chile', 'ratified', ['ZMB', 'CHL']],
    ['agreement to abolish visa requirements with Peru', 'ratified', ['ZMB', 'PER']],
    ['agreement to abolish visa requirements with the Republic of Ecuador', 'ratified', ['ZMB', 'ECU']],
  ]);
  // A count, a plural with no description and a wished-for plural are not one instrument per partner.
  assert.deepEqual(instruments('Uruguay signed 12 agreements on trade with Paraguay and Bolivia.'), []);
  assert.deepEqual(instruments('Uruguay and Chile signed agreements with Paraguay and Bolivia.'), []);
  assert.deepEqual(instruments('Agreements on trade with Paraguay and Bolivia would help Uruguay.'), []);
  // With no country of its own side, no pair can be told.
  assert.deepEqual(instruments('The ministry signed tourism agreements with Paraguay and Bolivia on Monday.'), []);
});

test('a list of topics that ends the article, with no full stop, is read to its end', () => {
  const found = instruments('After the talks, agreements were signed on cooperation in health, the exchange of students, and the ratification of the Agreement on Fisheries');
  assert.ok(found.some((i) => i.name === 'Agreement on Fisheries'), JSON.stringify(found.map((i) => i.name)));
});

test('a trilateral statement is a joint statement of three parties; "talks on Monday" give no negotiating status', () => {
  const [i] = instruments('Ghana and Togo opened a new border post. At the end of the talks on March 10, a trilateral statement was issued in Accra signed by the foreign ministers of Ghana, Togo and Benin.');
  assert.equal(i.kind, 'joint statement');
  assert.equal(i.status, 'signed');
  assert.deepEqual([...i.parties].sort(), ['BEN', 'GHA', 'TGO']);
  const [named] = instruments('Chile and Peru opened a border post. At the end of negotiations on Monday, a tripartite statement was signed by Foreign Minister Ana Lopez of Chile and her Bolivian colleague.');
  assert.equal(named.status, 'signed');
  assert.deepEqual([...named.parties].sort(), ['BOL', 'CHL', 'PER']);
});

test('documents "covering areas such as X and Y" are no instrument per field', () => {
  const found = instruments('The two presidents witnessed the signing of 15 cooperation documents covering areas such as agriculture, mining and the Lobito rail line.', '2026-03-02');
  assert.deepEqual(found.map((i) => i.name), []);
  assert.deepEqual(instruments('They signed 12 agreements covering various fields including health and education.').map((i) => i.name), []);
});

test('a headline\'s "X and Y sign deal" does not make the verb and the parties part of a name', () => {
  const names = (body: string) => instruments(body, '2026-09-03').map((i) => i.name);
  assert.equal(names('Ghana and Togo sign deal to share border water\n\nThe ministers met in Accra.').some((n) => /sign|Ghana/.test(n)), false);
  assert.equal(names('Chile, Peru ink pact on lithium\n\nThe talks ended.').some((n) => /ink|Peru/.test(n)), false);
});

test('an exchange of notes or letters is an instrument of its own', () => {
  const found = instruments('The ambassador and the finance minister signed an exchange of notes on a grant for a coastal radar system on Tuesday. An exchange of letters on visa fees followed.', '2026-05-14');
  assert.deepEqual(found.map((i) => [i.name, i.status]), [['exchange of notes on a grant for a coastal radar system', 'signed'], ['exchange of letters on visa fees', 'unknown']]);
});

test('the value after an instrument is no part of its name', () => {
  const names = (body: string) => instruments(body, '2026-08-27').map((i) => i.name);
  assert.deepEqual(names('Chile and Peru signed a contract for coastal patrol boats worth $1.2 billion on Monday.'), ['contract for coastal patrol boats']);
  assert.deepEqual(names('They signed an agreement on port upgrades valued at $300 million.'), ['agreement on port upgrades']);
});

test('an agreement a legislature approves is ratified, though signed earlier', () => {
  const found = instruments('The Chilean Senate on Wednesday approved an agreement with Peru on visa exemption, signed in Lima in October 2024.', '2026-03-19');
  assert.deepEqual(found.map((i) => [i.name, i.status]), [['agreement with Peru on visa exemption', 'ratified']]);
});

test('an office after ", and" opens the next clause, not more of a name', () => {
  const found = instruments('Following the meeting, the two leaders issued a Joint Statement on the comprehensive partnership, and Prime Minister Ana Lopez hosted a dinner.', '2026-06-03');
  assert.deepEqual(found.map((i) => i.name), ['Joint Statement on the comprehensive partnership']);
});

test('kinds of document offered as alternatives ("MoU/Agreement", a table\'s heading) name no instrument', () => {
  const found = instruments('S.No. | Name of MoU/Agreement | Chilean Signatory\n1. | MoU on Health Cooperation | Ana Lopez, Minister of Health', '2026-01-25');
  assert.deepEqual(found.map((i) => i.name), ['MoU on Health Cooperation']);
});

test('an "of" between capitalised words before the head stays in the title ("Status of Forces Agreement")', () => {
  assert.deepEqual(instruments('Chile and Peru signed a Status of Forces Agreement (SOFA) in Lima on Monday.', '2026-03-10').map((i) => [i.name, i.aliases]), [['Status of Forces Agreement', ['SOFA']]]);
});

test('a heads of agreement and a letter of intent are instruments', () => {
  const found = annotateText('Chile and Peru signed a heads of agreement on a gas swap and a letter of intent on rail links on Monday.', '2026-03-02').instruments.map((i) => [i.name, i.kind, i.status]);
  assert.deepEqual(found, [['heads of agreement on a gas swap', 'agreement', 'signed'], ['letter of intent on rail links', 'memorandum', 'signed']]);
});

test('a headline\'s present "sign" reports the instrument signed; "to sign" in a headline does not', () => {
  const status = (headline: string) => annotateText(`${headline}\n\nPresident Ana Lopez said the talks went well.`, '2026-03-02').instruments.map((i) => i.status);
  assert.deepEqual(status('Chile and Peru sign accord on fisheries'), ['signed']);
  assert.deepEqual(status('Chile and Peru to sign accord on fisheries'), ['unknown']);
});

test('a plan or programme of consultations between foreign ministries is an instrument with its period', () => {
  const [plan] = instruments('The ministers signed the Plan of Consultations between the two foreign ministries for 2027-2028.', '2026-11-12');
  assert.deepEqual([plan?.name, plan?.kind, plan?.status, plan?.period], ['Plan of Consultations between the two foreign ministries', 'programme', 'signed', { start: '2027', end: '2028' }]);
});
