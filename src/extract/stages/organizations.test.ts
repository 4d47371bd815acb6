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

test('a body\'s name goes on through an "on" complement and a listed portfolio closed by "and"', () => {
  const names = organizations('The Joint Commission on Trade and Investment (JCTI) met the Ministry of Water, Forests and Fisheries of Ghana on Monday.').map((o) => o.name);
  assert.deepEqual(names, ['Joint Commission on Trade and Investment', 'Ministry of Water, Forests and Fisheries of Ghana']);
});

test('a comma that no "and" closes ends a body\'s name', () => {
  const names = organizations('He thanked the Ministry of Health, the embassy and the press.').map((o) => o.name);
  assert.deepEqual(names, ['Ministry of Health']);
});

test('"X Ministry" and "Ministry of X" of one country are one body', () => {
  const found = organizations("The Ministry of Energy of Ghana signed the deal. Ghana's Energy Ministry said so.");
  assert.deepEqual(found.map((o) => o.name), ['Ministry of Energy of Ghana', 'Ministry of Energy of Ghana']);
  assert.ok(found[1].aliases.includes("Ghana's Energy Ministry"));
});

test('a bare body name after the one country-owned body of that name is that body', () => {
  const found = organizations('The Cabinet of Ministers of Moldova met. Later the Cabinet of Ministers published the list.');
  assert.deepEqual(found.map((o) => o.name), ['Cabinet of Ministers of Moldova', 'Cabinet of Ministers of Moldova']);
});

test('a shortened name after the full one is the same body, unless two bodies share the ending', () => {
  const found = organizations('The Chile-Peru Strategic Committee met in Lima. The Strategic Committee agreed to meet again.');
  assert.deepEqual(found.map((o) => o.name), ['Chile-Peru Strategic Committee', 'Chile-Peru Strategic Committee']);
  const two = organizations('The Ghanaian Ministry of Health and the Togolese Ministry of Health met. The Ministry of Health said so.');
  assert.equal(two.at(-1)?.name, 'Ministry of Health');
});

test('coast guards, air forces, defence forces and police forces are government bodies', () => {
  const found = organizations('The Ghana Coast Guard, the Royal Air Force, the Fiji Defence Force and the Royal Tonga Police Force joined the drill.');
  assert.deepEqual(found.map((o) => [o.name, o.kind]), [
    ['Ghana Coast Guard', 'government'], ['Royal Air Force', 'government'], ['Fiji Defence Force', 'government'], ['Royal Tonga Police Force', 'government'],
  ]);
});

test('a wire credit "(WIRE- Outlet News Agency)" is not fused into one name, and the outlet\'s short name is the same outlet', () => {
  const names = organizations('(NEWSWIRE- Lumo News Agency) ACCRA, May 3. The talks ended, Lumo reports.').map((o) => o.name);
  assert.deepEqual(names, ['Lumo News Agency', 'Lumo News Agency']);
});

test('a country, a currency code, a photo credit or an instrument\'s acronym in capitals is no organisation', () => {
  const found = organizations('LIMA, GHANA - Aid rose to NPR 20 crore. Photo: Ana Ruiz / HANDOUT / DEF. They revived the defence pact DEFPACT and praised the DEFPACT.');
  assert.deepEqual(found, []);
});

test('a legal-form suffix makes the capitalised words before it a company, with the acronym it defines', () => {
  const found = organizations('The deal joins Volta Exploration & Production Ltd (VEP), Andes Power S.A. and Kivu Gas Company Ltd.');
  assert.deepEqual(found.map((o) => [o.name, o.kind]), [['Volta Exploration & Production Ltd', 'company'], ['Andes Power S.A.', 'company'], ['Kivu Gas Company Ltd.', 'company']]);
  assert.deepEqual(found[0].aliases, ['VEP']);
});

test('an acronym inside a company name is an alias, and the short form later is the same company', () => {
  const found = organizations('Talks ended on Monday. Volta Tractor Works (VTW) OJSC signed the deal. The VTW OJSC will build a plant.');
  assert.deepEqual(found.map((o) => o.name), ['Volta Tractor Works (VTW) OJSC', 'Volta Tractor Works (VTW) OJSC']);
  assert.ok(found[0].aliases.includes('VTW'));
});

test('a source after "According to" keeps its whole name, but a person with a title or a place is no source', () => {
  assert.deepEqual(organizations('According to Government House, the visit went well.').map((o) => o.name), ['Government House']);
  assert.deepEqual(organizations('The accord takes effect, according to Ana Ruiz, the President\'s Senior Adviser.'), []);
  assert.deepEqual(organizations('Gas will flow via West Africa to Spain.'), []);
});

test('companies are read from company cues and are never persons', () => {
  const doc = annotateText('Talks ended. Volta Aerospace announced it will open a plant. The Kivutel and NetOne companies signed a memorandum. '
    + 'A joint venture called "Sierra Power Union" was founded. The CEO of Acme Ghana, Mr. Kofi Mensah, signed.');
  assert.deepEqual(doc.organizations.map((o) => [o.name, o.kind]), [
    ['Volta Aerospace', 'company'], ['Kivutel', 'company'], ['NetOne', 'company'], ['Sierra Power Union', 'company'], ['Acme Ghana', 'company'],
  ]);
  assert.deepEqual(doc.persons.map((p) => p.name), ['Kofi Mensah']);
});

test('a sector word after an ordinary adjective or a country adjective is no company', () => {
  assert.deepEqual(organizations('Talks ended. Renewable Energy is the future. The Ghanaian company left.'), []);
});

test('a seat of government that speaks is a government body', () => {
  const found = organizations('Talks ended. The Blue House said the summit went well, and Egyptian Presidency\'s spokesman Ali Omar agreed.');
  assert.deepEqual(found.map((o) => [o.name, o.kind]), [['Blue House', 'government'], ['Egyptian Presidency', 'government']]);
});

test('an acronym with its expansion in brackets is one organisation named by the expansion', () => {
  const found = organizations('Talks ended. He flew on a KATAM (Kivu Andean Airlines) flight.');
  assert.deepEqual(found.map((o) => [o.name, o.aliases]), [['Kivu Andean Airlines', ['KATAM']], ['Kivu Andean Airlines', ['KATAM']]]);
});

test('an institute is a body, and a centre only when it defines an acronym or names its purpose', () => {
  const names = organizations('Talks ended. The Ghanaian National Institute for Soil Research (NISR), the Kivu Centre for Water Studies and the Volta Training Centre (VTC) signed. They toured the Accra Trade Centre.').map((o) => o.name);
  assert.deepEqual(names, ['Ghanaian National Institute for Soil Research', 'Kivu Centre for Water Studies', 'Volta Training Centre']);
});

test('an institute or centre that is being opened or built is a facility, not a body', () => {
  assert.deepEqual(organizations('Talks ended. The two leaders inaugurated the Kofi Annan Institute for Peace in Accra.'), []);
});

test('a long acronym written as a word is the organisation, unless it is a given name before a surname', () => {
  assert.deepEqual(organizations('Talks ended. Asean backed the plan.').map((o) => o.name), ['Association of Southeast Asian Nations']);
  assert.deepEqual(organizations('Talks ended. Minister Irena Novak spoke.'), []);
});

test('a hyphened lower-case word stays in a body\'s name; a rank before or an instrument noun after makes no body', () => {
  const names = organizations('Talks ended. The Ghana-Togo Follow-up Committee met the Deputy Chief Cabinet Secretary and signed the Host Government Agreement.').map((o) => o.name);
  assert.deepEqual(names, ['Ghana-Togo Follow-up Committee']);
});

test('a name after an outlet noun is an outlet', () => {
  const found = organizations('Talks ended. He told the newspaper Kivu Morning Star that all was well.');
  assert.deepEqual(found.map((o) => [o.name, o.kind]), [['Kivu Morning Star', 'media']]);
});

test("a name a cue showed to be an organisation is that organisation wherever else it is written, not a person who said something", () => {
  const doc = annotateText('Talks ended. He told the newspaper Kivu Morning Star that all was well. Commenting on the talks, Kivu Morning Star said on Monday that a deal was near.');
  assert.deepEqual(doc.organizations.map((o) => [o.name, o.kind]), [['Kivu Morning Star', 'media'], ['Kivu Morning Star', 'media']]);
  assert.deepEqual(doc.persons, []);
});

test('a body headed by an officer\'s title ends before the officer\'s name, with a comma or without', () => {
  assert.deepEqual(organizations('The Chairman of Kivu Steel Works Ana Ruiz said the plant would reopen.').map((o) => o.name), ['Kivu Steel Works']);
  assert.deepEqual(organizations('The Chairman of Kivu Steel Works, Ana Ruiz, said the plant would reopen.').map((o) => o.name), ['Kivu Steel Works']);
  assert.deepEqual(organizations('The CEO of Kivu Gas said the plant would reopen.').map((o) => o.name), ['Kivu Gas']);
});

test('a noun coordinated with a head word ("Heads of State and Government") names no body, a modifier so coordinated does', () => {
  const names = organizations('The Assembly of Heads of State and Government met. The Trade and Investment Authority of Ghana signed.').map((o) => o.name);
  assert.deepEqual(names, ['Trade and Investment Authority of Ghana']);
});

test('a body\'s name goes on through "in" and a participle to the field it names, but not to the place it sits in', () => {
  const names = organizations('The Regional Training Centre in Marine Sciences (RTCMS) and the ADEM National Institute Specialised in Port Logistics signed a twinning agreement. The Peruvian Embassy in Lima hosted them. The Joint Committee in March approved it.').map((o) => o.name);
  assert.deepEqual(names, ['Regional Training Centre in Marine Sciences', 'ADEM National Institute Specialised in Port Logistics', 'Peruvian Embassy', 'Joint Committee']);
});

test('a lower-case body whose meeting is reported is an organisation with its purpose; a reference to bodies is not', () => {
  const names = organizations('The ministers agreed to convene the 7th meeting of the Ghana-Togo joint commission for trade, transport and energy cooperation in Lome. They praised a session of the regional border committee. A meeting of the two committees followed.').map((o) => o.name);
  assert.deepEqual(names, ['Ghana-Togo joint commission for trade, transport and energy cooperation', 'regional border committee']);
});

test('the parties an instrument is between are bodies, a centre and a lower-case office among them', () => {
  const names = organizations('A memorandum of understanding was signed between Kenya Export Centre and the trade office at the presidency of Uganda. Delegates later toured the Nairobi Convention Centre.').map((o) => o.name);
  assert.deepEqual(names, ['Kenya Export Centre', 'trade office at the presidency of Uganda']);
});

test('a congress of a state is its legislature, a body; any other congress is a gathering', () => {
  const names = organizations('The President asked the Congress of the Republic for leave. Ecuador\'s National Congress approved the treaty. Ministers attended the World Fisheries Congress in Quito.').map((o) => o.name);
  assert.deepEqual(names, ['Congress of the Republic', "Ecuador's National Congress"]);
});

test("a body's name ends before the name of its officer: words that are no English words after one that is", () => {
  const body = 'After the signing, Chairman of the Supervisory Board of Rustavi Steel Works Giorgi Kvaratskhelia noted that exports grew.';
  assert.deepEqual(organizations(body).map((o) => o.name), ['Supervisory Board of Rustavi Steel Works']);
  assert.deepEqual(annotateText(body).persons.map((p) => p.name), ['Giorgi Kvaratskhelia']);
});

test('a city after "via" at a sentence\'s end is the route\'s, not a source', () => {
  assert.deepEqual(annotateText('The railway will link Termez with Peshawar via Kabul.\n\nWork starts in May.').organizations.map((o) => o.name), []);
});

test('a lower-case company noun right before a name makes it a company; an officer after it is no company', () => {
  const found = organizations('State power firm Voltaro and the Kenyan tech giant Safira signed a supply deal, the company CEO Ana Ruiz said.');
  assert.deepEqual(found.map((o) => [o.name, o.kind]), [['Voltaro', 'company'], ['Safira', 'company']]);
});

test('"and" before an office ends a body\'s name ("Member of the Politburo of X and Foreign Minister A"); "and" inside a ministry\'s name does not', () => {
  assert.deepEqual(organizations('Member of the Standing Committee of the Workers Party and Foreign Minister Ana Ruiz held talks.').map((o) => o.name), ['Standing Committee of the Workers Party']);
  assert.deepEqual(organizations('The Ministry of Trade and Industry said exports grew.').map((o) => o.name), ['Ministry of Trade and Industry']);
});

test('the nationality before a company noun is the company\'s country, over a country word inside its name, which then names no country', () => {
  const doc = annotateText('Kenya will buy buses from the Indian company Tata Motors and the Peruvian firm Chile Andes Logistics.');
  assert.deepEqual(doc.organizations.map((o) => [o.name, o.kind, o.country]), [['Tata Motors', 'company', 'IND'], ['Chile Andes Logistics', 'company', 'PER']]);
  assert.deepEqual(doc.countries.filter((c) => !c.insideName).map((c) => c.code), ['KEN', 'IND', 'PER']);
});

test('a company named at a sentence\'s end keeps its name without the full stop, but keeps an abbreviation\'s', () => {
  assert.deepEqual(organizations('Ghana signed a deal with the Chinese firm Sino Hydro.').map((o) => [o.name, o.country]), [['Sino Hydro', 'CHN']]);
  assert.deepEqual(organizations('Ghana signed a deal with the firm Kivu Holdings Corp.').map((o) => o.name), ['Kivu Holdings Corp.']);
});
