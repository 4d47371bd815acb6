import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotateText } from '../test-article.ts';

function people(body: string) {
  return annotateText(body).persons.map((p) => ({ name: p.name, country: p.country, titles: p.roles.map((r) => r.title) }));
}

test('a title before a name gives the person that role, and a possessive country gives the nationality', () => {
  assert.deepEqual(people("Georgia's Foreign Minister Ilia Darchiashvili arrived in Yerevan."), [
    { name: 'Ilia Darchiashvili', country: 'GEO', titles: ['Foreign Minister'] },
  ]);
});

test('stacked titles in apposition all go to the one person', () => {
  const [person] = people("Kyrgyzstan's Deputy Prime Minister and Foreign Minister Jeenbek Kulubaev met the envoy.");
  assert.equal(person.name, 'Jeenbek Kulubaev');
  assert.equal(person.country, 'KGZ');
  assert.deepEqual(person.titles.sort(), ['Deputy Prime Minister', 'Foreign Minister']);
});

test('a plural title before coordinated names gives each name the title', () => {
  const found = people('Presidents Emmerson Mnangagwa and Hakainde Hichilema opened the bridge.');
  assert.deepEqual(found.map((p) => [p.name, p.titles]), [['Emmerson Mnangagwa', ['President']], ['Hakainde Hichilema', ['President']]]);
});

test('"Presidents of X and Y A and B" gives each person the country in the same order', () => {
  const found = people('Presidents of Ghana and Togo Nana Akufo-Addo and Faure Gnassingbe held talks.');
  assert.deepEqual(found.map((p) => [p.name, p.country]), [['Nana Akufo-Addo', 'GHA'], ['Faure Gnassingbe', 'TGO']]);
});

test('a name followed by a comma and a title with "of <country>" is read as an apposition', () => {
  const [person] = people('"We are ready," said Aigerim Sadykova, Minister of Energy of Kyrgyzstan.');
  assert.equal(person.name, 'Aigerim Sadykova');
  assert.equal(person.country, 'KGZ');
  assert.deepEqual(person.titles, ['Minister of Energy']);
});

test('honorifics are not part of the name and a generational suffix is', () => {
  const [person] = people('The accord was witnessed by His Excellency Ramon T. Santos, Jr., President of the Philippines.');
  assert.equal(person.name, 'Ramon T. Santos Jr.');
  assert.equal(person.country, 'PHL');
});

test('a demonym before "counterpart" gives the counterpart the same title and that nationality', () => {
  const found = people('Prime Minister Kaja Tamm met his Latvian counterpart Arturs Ozols in Riga.');
  assert.deepEqual(found.map((p) => [p.name, p.titles, p.country]), [['Kaja Tamm', ['Prime Minister'], undefined], ['Arturs Ozols', ['Prime Minister'], 'LVA']]);
});

test('in an article about two countries, the unnamed side of a two-person meeting is of the other country', () => {
  const found = people('Prime Minister Kaja Tamm met his Latvian counterpart Arturs Ozols in Riga. Estonia and Latvia agreed to link their grids.');
  assert.deepEqual(found.map((p) => [p.name, p.country]), [['Kaja Tamm', 'EST'], ['Arturs Ozols', 'LVA']]);
});

test('an untitled name is a person when it speaks, and a capitalised phrase without a verb is not', () => {
  assert.deepEqual(people('Officials said the Green Valley Project would start soon, Ruslan Abenov said.').map((p) => p.name), ['Ruslan Abenov']);
});

test('names keep particles and capitalised surnames are written as names', () => {
  assert.deepEqual(people('President Maria da Costa Pereira welcomed Mr. TANAKA Hiroshi.').map((p) => p.name), ['Maria da Costa Pereira', 'Tanaka Hiroshi']);
});

test('a title with its country, a comma and an honorific is followed by the name', () => {
  const [, minister] = people('Prime Minister Olaf Berg met the Minister for Foreign Affairs of Chile, Ms. Ana Vera, today.');
  assert.deepEqual([minister.name, minister.country, minister.titles], ['Ana Vera', 'CHL', ['Foreign Minister']]);
});

test('titles joined by a slash belong to the one person after them', () => {
  const [person] = people('High Representative/Vice-President Ana Lopez opened the session.');
  assert.deepEqual(person.titles.sort(), ['High Representative', 'Vice President']);
});

test('"President of the Republic of X NAME" gives the name its title and country', () => {
  const [person] = people('The treaty was signed by President of the Republic of Moldova Maia Sandu.');
  assert.deepEqual([person.name, person.country, person.titles], ['Maia Sandu', 'MDA', ['President']]);
});

test('a lone name that is part of one person\'s full name is that person', () => {
  const found = people('President Luiz Carlos Moreira da Costa met the press. Later, President Moreira left.');
  assert.deepEqual(found.map((p) => p.name), ['Luiz Carlos Moreira da Costa']);
});

test('a title heading a named body is followed by the name, with the body\'s country', () => {
  const [person] = people('Chairman of the Cabinet of Ministers of the Kyrgyz Republic Adylbek Kasymaliev arrived.');
  assert.deepEqual([person.name, person.country], ['Adylbek Kasymaliev', 'KGZ']);
});

test('a name with a hyphenated "al-" keeps it, and the part after it refers back to the person', () => {
  const doc = annotateText('President Abdel Fattah al-Sisi met the envoy. Sisi thanked him.');
  assert.deepEqual(doc.persons.map((p) => p.name), ['Abdel Fattah al-Sisi']);
  assert.equal(doc.personMentions.filter((m) => m.person === 0).length, 2);
});

test('a minister of two portfolios keeps both in the title', () => {
  assert.deepEqual(people('Minister of Mining and Energy Ana Vera signed it.')[0].titles, ['Minister of Mining and Energy']);
});

test('a title word inside a hyphenated surname is part of the name', () => {
  const doc = annotateText('Foreign Minister Hossein Amir-Abdollahian arrived. Amir-Abdollahian said little.');
  assert.deepEqual(doc.persons.map((p) => [p.name, p.roles.map((r) => r.title)]), [['Hossein Amir-Abdollahian', ['Foreign Minister']]]);
  assert.equal(doc.personMentions.length, 2);
});

test('a counterpart named before the person it answers takes the title of the article\'s first titled person', () => {
  const found = people('Foreign Minister Ana Vera of Chile arrived. In a call with his Peruvian counterpart Luis Rojas, Vera spoke of trade.');
  assert.deepEqual(found.map((p) => [p.name, p.titles, p.country]), [['Ana Vera', ['Foreign Minister'], 'CHL'], ['Luis Rojas', ['Foreign Minister'], 'PER']]);
});

function writtenTitles(body: string): { [name: string]: (string | undefined)[] } {
  return Object.fromEntries(annotateText(body).persons.map((p) => [p.name, p.roles.map((r) => r.written)]));
}

test('a role reports its title as the text writes it, a plural title and a counterpart the office', () => {
  assert.deepEqual(writtenTitles('Minister for Foreign Affairs Ana Lindqvist met Vice Premier Chen Haoran.'), {
    'Ana Lindqvist': ['Minister for Foreign Affairs'],
    'Chen Haoran': ['Vice Premier'],
  });
  assert.deepEqual(writtenTitles('Presidents Emmerson Mnangagwa and Hakainde Hichilema opened the bridge.'), {
    'Emmerson Mnangagwa': ['President'],
    'Hakainde Hichilema': ['President'],
  });
  assert.deepEqual(writtenTitles('External Affairs Minister Ravi Menon met his Bhutanese counterpart Tashi Dorji.'), {
    'Ravi Menon': ['External Affairs Minister'],
    'Tashi Dorji': ['Foreign Minister'],
  });
});

test('people listed as a side\'s members take its country until the next side is named', () => {
  const found = people('The Chilean delegation, led by President Ana Rojas, includes Minister of Mining Pablo Ferrer and Finance Minister Lucia Vidal; participants from the Norwegian side: Mr. Lars Berg, Minister of Trade.');
  assert.deepEqual(found.map((p) => [p.name, p.country]), [['Ana Rojas', 'CHL'], ['Pablo Ferrer', 'CHL'], ['Lucia Vidal', 'CHL'], ['Lars Berg', 'NOR']]);
  const visiting = people('The delegation of Peru to Bolivia consisted of Foreign Minister Rosa Quispe.');
  assert.deepEqual(visiting.map((p) => p.country), ['PER']);
});

test('a side that only meets someone gives that person no country', () => {
  const found = people('The Chilean delegation met Minister of Mining Pablo Ferrer.');
  assert.deepEqual(found.map((p) => p.country), [undefined]);
});

test('a name in apposition after a title and its country, closed by a comma, is the holder', () => {
  const found = people('Before the talks, the President of the Republic of Peru, Carlos Ruiz, and the President of the Republic of Chile, Ana Soto, met.');
  assert.deepEqual(found, [
    { name: 'Carlos Ruiz', country: 'PER', titles: ['President'] },
    { name: 'Ana Soto', country: 'CHL', titles: ['President'] },
  ]);
});

test('in a list of names each followed by its title, a title does not take the next name', () => {
  const found = people('The delegation comprised Salim bin Rashid Al Amri, Minister of Trade, Hamad bin Nasser Al Kindi, Minister of Labour, and others.');
  assert.deepEqual(found.map((p) => [p.name, p.titles]), [['Salim bin Rashid Al Amri', ['Minister of Trade']], ['Hamad bin Nasser Al Kindi', ['Minister of Labor']]]);
});

test('a nationality between the comma and an apposed title gives the country', () => {
  const found = people("The deal was signed by Lina Haddad, Jordan's secretary at the Ministry of Energy, and Omar Said, the Egyptian power secretary.");
  assert.deepEqual(found.map((p) => [p.name, p.country]), [['Lina Haddad', 'JOR'], ['Omar Said', 'EGY']]);
});

test('a form of address in capitals between title and name is passed over ("HE")', () => {
  assert.deepEqual(people("On Monday, Oman's Minister of Commerce HE Salim Ahmed al-Harthy attended the fair."), [
    { name: 'Salim Ahmed al-Harthy', country: 'OMN', titles: ['Minister of Trade'] },
  ]);
});

test('dotted forms of address of the Gulf and of royalty ("H.H.", "H.R.H.") are no part of the name', () => {
  assert.deepEqual(people('The talks were attended by H.H. Sheikh Saud bin Saqr, Ruler of Ras Al Khaimah, and H.R.H. Prince Rashid bin Talal.').map((p) => p.name), ['Saud bin Saqr', 'Rashid bin Talal']);
});

test('an apostrophe that ends a transliterated word stays in the name', () => {
  assert.deepEqual(people("Talks began when Prime Minister Hassan Shia' al-Amiri arrived.").map((p) => p.name), ["Hassan Shia' al-Amiri"]);
});

test('"Surname Jr." alone is the person named in full before', () => {
  assert.deepEqual(people('President Pedro Soto Jr. arrived in Lima. Soto Jr. said the talks went well.').map((p) => p.name), ['Pedro Soto Jr.']);
});

test('company officers are titles, and the body an officer heads is the role\'s organisation and, before the name, part of the title', () => {
  const doc = annotateText('The deal was signed on Monday. Chief Commercial Officer Anna Berg said so, and the CEO of Acme Andes, Mr. Juan Perez, agreed.');
  assert.deepEqual(doc.persons.map((p) => [p.name, p.roles.map((r) => [r.written, r.organization])]), [
    ['Anna Berg', [['Chief Commercial Officer', undefined]]],
    ['Juan Perez', [['Chief Executive Officer of Acme Andes', 'Acme Andes']]],
  ]);
});

test('a body named after a title without a comma leaves its last two words to the name', () => {
  const doc = annotateText('The accord was praised. Later the Chairman of Andes Copper Works Tomas Berg spoke.');
  assert.deepEqual(doc.persons.map((p) => [p.name, p.roles.map((r) => r.organization)]), [['Tomas Berg', ['Andes Copper Works']]]);
});

test('a nationality before "counterpart" and a title is the holder\'s country', () => {
  const found = people('On Friday, President Tomas Ek and his Norway counterpart President Lars Dahl signed an accord.');
  assert.deepEqual(found.find((p) => p.name === 'Lars Dahl')?.country, 'NOR');
});

test('stacked titles in apposition after a name all go to it, with the country stated at their end', () => {
  const found = people('The minister spoke with Sok Dara, Deputy Prime Minister and Minister of Foreign Affairs and International Cooperation of Cambodia.');
  assert.deepEqual(found.map((p) => [p.name, p.country, p.titles.sort()]), [['Sok Dara', 'KHM', ['Deputy Prime Minister', 'Foreign Minister']]]);
});

test('a title word before "bin" is a given name', () => {
  const found = people('The delegation comprised Omar bin Ali Al Amri, Foreign Minister, Sultan bin Nasser Al Kindi, Minister of Labour, and others.');
  assert.deepEqual(found.map((p) => [p.name, p.titles]), [['Omar bin Ali Al Amri', ['Foreign Minister']], ['Sultan bin Nasser Al Kindi', ['Minister of Labor']]]);
});

test('in an article about two countries, the other holder of one national office is of the other country', () => {
  const found = people('Chile and Peru signed a trade accord in Lima. Chilean President Ana Soto praised it. President Luis Vega said the accord would help Peru and Chile.');
  assert.deepEqual(found.map((p) => [p.name, p.country]), [['Ana Soto', 'CHL'], ['Luis Vega', 'PER']]);
});

test('titles in apposition after a titled name are that person\'s too, unless a list of titled names goes on', () => {
  const found = people('Omani Crown Prince Faisal bin Haitham, deputy premier and defense minister, and Iraqi Prime Minister Ali Hassan held talks.');
  assert.deepEqual(found.map((p) => [p.name, p.titles.sort()]), [['Faisal bin Haitham', ['Crown Prince', 'Deputy Prime Minister', 'Minister of Defense']], ['Ali Hassan', ['Prime Minister']]]);
  const list = people('The delegation includes the Minister of Justice Ana Ruiz, the Deputy Prime Minister in charge of regional projects Luis Vega.');
  assert.deepEqual(list.find((p) => p.name === 'Ana Ruiz')?.titles, ['Minister of Justice']);
});

test('"Salman" alone is not "Mohammed bin Salman", whose last word names his father', () => {
  assert.deepEqual(people('Crown Prince Faisal bin Haitham met the envoy. The invitation of King Haitham was recalled.').map((p) => p.name), ['Faisal bin Haitham', 'Haitham']);
});

test('a relative clause that gives another office gives the person that title too', () => {
  const [person] = people('On Monday, Vice President Ana Soto, who also serves as foreign minister, met the envoy.');
  assert.deepEqual(person.titles.sort(), ['Foreign Minister', 'Vice President']);
});

test('coordinated names after a plural title each take the country written after them', () => {
  const found = people('On Monday, Foreign Ministers Elena Ruiz of Peru and Tomas Vaca of Bolivia signed the accords.');
  assert.deepEqual(found, [
    { name: 'Elena Ruiz', country: 'PER', titles: ['Foreign Minister'] },
    { name: 'Tomas Vaca', country: 'BOL', titles: ['Foreign Minister'] },
  ]);
});

test('a capital after an apostrophe stays inside a name word ("O\'Brien", "Ba\'Omar")', () => {
  assert.deepEqual(people("On Monday, Minister of Labour Said bin Ali Ba'Omar met Ambassador Sean O'Brien.").map((p) => p.name), ["Said bin Ali Ba'Omar", "Sean O'Brien"]);
});

test('"President of the Republic" is followed by its holder\'s name', () => {
  assert.deepEqual(people('On Monday, the President of the Republic Lucia Mendez opened the forum.').map((p) => [p.name, p.titles]), [['Lucia Mendez', ['President']]]);
});

test('a plural title is reported in the singular as written', () => {
  assert.deepEqual(writtenTitles('On Monday, Parliament Members Zoltan Kiraly and Ildiko Szabo arrived.'), {
    'Zoltan Kiraly': ['Parliament Member'],
    'Ildiko Szabo': ['Parliament Member'],
  });
});

test('"the delegation" without a country is the side named last, or that of the person it accompanies', () => {
  const later = people('The Chilean delegation, led by President Ana Rojas, arrived on Monday. The delegation includes Minister of Mining Pablo Ferrer.');
  assert.deepEqual(later.map((p) => [p.name, p.country]), [['Ana Rojas', 'CHL'], ['Pablo Ferrer', 'CHL']]);
  const accompanying = people("Chile's President Ana Rojas arrived on Monday. President Rojas is accompanied by a high-level delegation comprising Minister of Mining Pablo Ferrer.");
  assert.deepEqual(accompanying.map((p) => [p.name, p.country]), [['Ana Rojas', 'CHL'], ['Pablo Ferrer', 'CHL']]);
});

test('a country\'s possessive before "counterpart" gives the counterpart\'s country', () => {
  const found = people("On Monday, President Ana Soto met Bolivia's counterpart Luis Arce Vaca in La Paz.");
  assert.deepEqual(found.find((p) => p.name === 'Luis Arce Vaca')?.country, 'BOL');
});

test('one person whatever part of the name a mention uses', () => {
  assert.deepEqual(people('Foreign Minister Luigi De Santis met the press. De Santis said the talks went well.').map((p) => p.name), ['Luigi De Santis']);
  assert.deepEqual(people('President Abdel-Karim al-Masri spoke. The remarks of al-Masri were welcomed.').map((p) => p.name), ['Abdel-Karim al-Masri']);
  assert.deepEqual(people('Presidents Tavo and Okonkwo met. President Gustavo Tavo Lima said the talks went well.').map((p) => p.name).sort(), ['Gustavo Tavo Lima', 'Okonkwo']);
});

test('"the <nationality> <Name>" is a person of that country, unless the words name a body', () => {
  const found = people('The accord was signed by the Cuban Ramiro Valdes Oliva and the Peruvian Coast Guard.');
  assert.deepEqual(found, [{ name: 'Ramiro Valdes Oliva', country: 'CUB', titles: [] }]);
});

test('a short bracket between title and name is passed over', () => {
  assert.deepEqual(people('On Monday, Prime Minister (PM) Xanana Soares Belo spoke.').map((p) => [p.name, p.titles]), [['Xanana Soares Belo', ['Prime Minister']]]);
});

test('names coordinated before a plural title in apposition hold it, with the office served', () => {
  assert.deepEqual(writtenTitles('The lunch was attended by Karim Benali and Driss Alaoui, Advisors to HM the King, and others.'), {
    'Karim Benali': ['Advisor to HM the King'],
    'Driss Alaoui': ['Advisor to HM the King'],
  });
});

test('"the presidents of X, A, and Y, B" gives each holder the country before them', () => {
  assert.deepEqual(people('On Friday, the presidents of Peru, Rosa Quispe Mamani, and Bolivia, Luis Arce Vaca, met in Puno.'), [
    { name: 'Rosa Quispe Mamani', country: 'PER', titles: ['President'] },
    { name: 'Luis Arce Vaca', country: 'BOL', titles: ['President'] },
  ]);
});

test('one who held the office before tells nothing of the side of its present holder', () => {
  const found = people('Chile and Peru first signed the accord in 2009, witnessed by then Chilean President Ana Soto. President Luis Vega said the accord would help Peru and Chile.');
  assert.deepEqual(found.map((p) => [p.name, p.country]), [['Ana Soto', 'CHL'], ['Luis Vega', undefined]]);
  const former = people('Chile and Peru first signed the accord in 2009. Former Chilean President Ana Soto was there. President Luis Vega said the accord would help Peru and Chile.');
  assert.equal(former.find((p) => p.name === 'Luis Vega')?.country, undefined);
});

test('the other holder of one national office does not take a country the text sends them to', () => {
  const found = people('President Amina Diallo left for Ghana on Thursday for the Independence Day celebrations in Ghana. She will then travel to Togo, where President Faure Mensah of Togo will host her. Ghana and Togo are her first stops.');
  assert.deepEqual(found.map((p) => [p.name, p.country]), [['Amina Diallo', undefined], ['Faure Mensah', 'TGO']]);
});

test('a relational noun after a possessive introduces the name in apposition', () => {
  const found = people("The talks were first proposed by Ruto's predecessor, Uhuru Kenyatta, in 2019.");
  assert.deepEqual(found.map((p) => p.name), ['Uhuru Kenyatta']);
});

test('a predecessor, a spouse or an aide of one of known country is of that country; a rival, or the predecessor in an international office, is not', () => {
  const found = people('Kenyan President William Ruto opened the summit. The talks were first proposed by Ruto\'s predecessor, Uhuru Kenyatta, in 2019. Ruto\'s wife Rachel Ruto attended. Ruto\'s rival Raila Odinga stayed away.');
  assert.deepEqual(found.map((p) => [p.name, p.country]), [['William Ruto', 'KEN'], ['Uhuru Kenyatta', 'KEN'], ['Rachel Ruto', 'KEN'], ['Raila Odinga', undefined]]);
  const international = people('UN Secretary-General Ana Soto of Peru opened the session on Monday. The session honoured Soto\'s predecessor, Luis Vega.');
  assert.equal(international.find((p) => p.name === 'Luis Vega')?.country, undefined);
});

test('a nationality and a descriptive person noun introduce a name and give its country', () => {
  const found = people('The mediation was offered by Chilean businessman Andrés Soto Larraín last year.');
  assert.deepEqual(found.map((p) => [p.name, p.country]), [['Andrés Soto Larraín', 'CHL']]);
});

test('a plural person noun introduces the coordinated names after a dash', () => {
  const found = people('The ministers raised the case of the two Australian journalists—Peter Grant and Lisa Moore—held since May.');
  assert.deepEqual(found.map((p) => [p.name, p.country]), [['Peter Grant', 'AUS'], ['Lisa Moore', 'AUS']]);
});

test('a person noun with no possessive, nationality or number before it introduces no person', () => {
  assert.deepEqual(people('The citizens Andes Power Union and Pacific Cable Group were praised.'), []);
  assert.deepEqual(people('He thanked every businessman Andes Power Union had sent.'), []);
});

test('a capitalised word after "the" before an apposed title is no person', () => {
  assert.deepEqual(people('When the bill reached the Chamber, the Chairman of the Defence and Security panel urged a swift vote.'), []);
});

test('"The Honourable" is a form of address before a name in a list of titled names', () => {
  const found = people('Present were Ana Ruiz, Minister of Trade; The Honourable Peter Lowe, Minister of Energy, Fiji.');
  assert.deepEqual(found.map((p) => [p.name, p.titles]), [['Ana Ruiz', ['Minister of Trade']], ['Peter Lowe', ['Minister of Energy']]]);
});

test('a middle initial written without a full stop stays inside the name', () => {
  const found = people('The treaty was signed by Prime Minister Keith R Mitchell of Grenada.');
  assert.deepEqual(found.map((p) => p.name), ['Keith R Mitchell']);
});

test('a quoted nickname inside a name is not the end of the name but an alias of the person', () => {
  const doc = annotateText('President Rodrigo “Digong” Duterte received Prime Minister Hun Sen in Manila. Later, President Digong said the visit had gone well.');
  assert.deepEqual(doc.persons.map((p) => [p.name, p.aliases]), [['Rodrigo Duterte', ['Digong']], ['Hun Sen', []]]);
  assert.deepEqual(people('President Maria "Mavi" Santos met the envoy.').map((p) => p.name), ['Maria Santos']);
});

test('a name written once with its accents and once without is one person', () => {
  const doc = annotateText('President José Raúl Peña met Prime Minister Ana Ruiz in Quito. Later, President Jose Raul Pena said that Peña and Ruiz had agreed.');
  assert.deepEqual(doc.persons.map((p) => [p.name, p.aliases]), [['José Raúl Peña', ['Jose Raul Pena']], ['Ana Ruiz', []]]);
});

test('an untitled name after a word of meeting and "with", "by" or "of" is the person met', () => {
  assert.deepEqual(people('The leaders spoke at the end of the negotiations with Tomasz Wieczorkiewicz in Minsk.').map((p) => p.name), ['Tomasz Wieczorkiewicz']);
  assert.deepEqual(people('Ministers attended the reception of Aigul Nurmagambetova on Friday.').map((p) => p.name), ['Aigul Nurmagambetova']);
});

test('a body met, named in English words, is no person', () => {
  assert.deepEqual(people('The minister held talks with Gulf Maritime Ports on Monday.'), []);
});

test('a Korean given name keeps its hyphenated lower-case syllable, and "-led" or "-era" after a name is no part of it', () => {
  const names = (body: string) => annotateText(body).persons.map((p) => p.name);
  assert.deepEqual(names('Defense Minister Ahn Gyu-back met Foreign Minister Cho Tae-yul in Seoul.'), ['Ahn Gyu-back', 'Cho Tae-yul']);
  assert.deepEqual(names('President Moon Jae-in met Chairman Kim Jong-un in Pyongyang.'), ['Moon Jae-in', 'Kim Jong-un']);
  assert.deepEqual(names('Talks with the Park Min-led delegation began.').filter((n) => n.includes('-')), []);
});

test('the verbs of a headline in title case are no names', () => {
  const names = (body: string) => annotateText(body).persons.map((p) => p.name);
  assert.deepEqual(names('Crown Prince Receives Phone Call from Ghanaian President\n\nThe call was held today.'), []);
  assert.deepEqual(names('Foreign Minister Holds Talks With Togolese Counterpart\n\nThe talks were held today.'), []);
  assert.deepEqual(names('Minister Mahad bin Said Ba\'Owain met the delegation.'), ['Mahad bin Said Ba\'Owain']);
});

test('initials written together ("J.P.") stay in the name', () => {
  assert.deepEqual(annotateText('The memorandum was signed by J.P. Mensah, Minister of Health, and his Togolese counterpart.').persons.map((p) => p.name), ['J.P. Mensah']);
});

test('an untitled name opening a clause before a verb of meeting, or its object, is a person; a body named in English words is not', () => {
  assert.deepEqual(people('Nursultan Abenov held talks in Astana with the visiting delegation, and Ana Lucía Ferreyra received the envoy.').map((p) => p.name), [
    'Nursultan Abenov',
    'Ana Lucía Ferreyra',
  ]);
  assert.deepEqual(people('Kazakh Invest held talks with the delegation.'), []);
  assert.deepEqual(people('The delegation met Nursultan Abenov.').map((p) => p.name), ['Nursultan Abenov']);
  assert.deepEqual(people('The minister welcomed Gulf Maritime Ports.'), []);
});

test('a counterpart after a form of address is one person, of the nationality before "counterpart", with the title in apposition', () => {
  const sentence = 'The accord was signed by Dr Amara Kone, Minister of Trade, and his Senegalese counterpart, Mrs Fatou Ndiaye, Minister of Commerce.';
  assert.deepEqual(people(sentence).map((p) => [p.name, p.country]), [['Amara Kone', undefined], ['Fatou Ndiaye', 'SEN']]);
  assert.deepEqual(writtenTitles(sentence), { 'Amara Kone': ['Minister of Trade'], 'Fatou Ndiaye': ['Minister of Commerce'] });
  assert.deepEqual(people('The talks ended with her Peruvian counterpart, Mr Jorge Quispe.').map((p) => [p.name, p.country]), [['Jorge Quispe', 'PER']]);
});

test('Malaysian honours and other forms of address before a name are no part of it, the longest form first', () => {
  assert.deepEqual(people("Prime Minister Datuk Seri Arif Rahman met Foreign Minister Dato' Seri Utama Hamzah Zainal and Alhaji Bello Sani, Minister of Trade.").map((p) => [p.name, p.titles]), [
    ['Arif Rahman', ['Prime Minister']],
    ['Hamzah Zainal', ['Foreign Minister']],
    ['Bello Sani', ['Minister of Trade']],
  ]);
});

test('an office before a style and a name is the person\'s office too, and a counterpart with a style holds the office in common', () => {
  assert.deepEqual(people('Jordanian Interior Minister Prince Hamza Talal held talks in Rabat.'), [
    { name: 'Hamza Talal', country: 'JOR', titles: ['Prince', 'Minister of Interior'] },
  ]);
  assert.deepEqual(people('Qatari Foreign Minister Ahmed Al Kuwari met his Jordanian counterpart Prince Hamza Talal.')[1], { name: 'Hamza Talal', country: 'JOR', titles: ['Prince', 'Foreign Minister'] });
});

test('a title with its own tail before an office names another person ("a spokesperson for X\'s Prime Minister A")', () => {
  assert.deepEqual(people('A spokesperson for Norway Prime Minister Jonas Lind said talks would go on.').map((p) => [p.name, p.titles]), [['Jonas Lind', ['Prime Minister']]]);
});

test('a counterpart word reaches only the name right after it', () => {
  assert.deepEqual(writtenTitles('President Ana Vera spoke with his counterpart there, Minister of State Luis Rojas.'), { 'Ana Vera': ['President'], 'Luis Rojas': ['Minister of State'] });
});

test('an officer of "its" body is of the country of the body named before', () => {
  assert.deepEqual(people("The minister met a team from Ghana's Cocoa Board, led by its Chief Executive, Kwame Asante."), [{ name: 'Kwame Asante', country: 'GHA', titles: ['Chief Executive'] }]);
});

test('a surname that is also an English word ("He", "An") is a name inside a sentence before a given name that is no English word', () => {
  assert.deepEqual(people('Chinese Vice Premier He Xiaoming met the Kenyan finance minister in Nairobi. He said trade had grown.').map((p) => [p.name, p.country]), [['He Xiaoming', 'CHN']]);
  assert.deepEqual(people('Kenya welcomed South Korean Industry Minister An Jae-hyun on Monday.').map((p) => p.name), ['An Jae-hyun']);
  assert.deepEqual(people('He Will Travel To Nairobi, Ministry Says'), []);
});
