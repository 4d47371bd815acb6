import { test } from 'node:test';
import assert from 'node:assert/strict';
import { agreement, type EntityView, isNameKey, isSameEntity, lookupKeys, mayBeSamePerson, namesMayMatch, resolutionKeys } from './entity-matching.ts';

interface RoleFixture {
  title: string;
  country?: string;
}

function person(name: string, details: { country?: string; roles?: RoleFixture[]; aliases?: string[] } = {}): EntityView {
  const attributes: { [field: string]: unknown } = { roles: details.roles ?? [] };
  if (details.country) attributes.country = details.country;
  return { type: 'person', name, aliases: details.aliases ?? [], attributes };
}

function instrument(name: string, attributes: { [field: string]: unknown } = {}): EntityView {
  return { type: 'instrument', name, aliases: [], attributes: { kind: 'agreement', parties: ['AZE', 'KAZ'], ...attributes } };
}

function named(type: 'initiative' | 'forum' | 'organization', name: string, aliases: string[] = [], attributes: { [field: string]: unknown } = {}): EntityView {
  return { type, name, aliases, attributes };
}

const kazakhForeignMinister = { title: 'Minister of Foreign Affairs', country: 'KAZ' };
const tourismTitle = 'Agreement between the Governments on Cooperation in the Field of Tourism';

/** Pairs that must merge, as [known, incoming]; the tests below check each, and all of them for their lookup keys. */
const SAME = {
  fullNameSpelledAlike: [
    person('Mukhtar Tileuberdi', { roles: [kazakhForeignMinister] }),
    person('Mukhtar Tileuberdi', { country: 'KAZ' }),
  ],
  surnameAloneWithCountryAndRole: [
    person('Murat Nurtleu', { country: 'KAZ', roles: [{ title: 'Deputy Prime Minister and Minister of Foreign Affairs', country: 'KAZ' }] }),
    person('Nurtleu', { roles: [kazakhForeignMinister] }),
  ],
  transliterationWithCountryAndRole: [
    person('Murat Nurtleu', { roles: [kazakhForeignMinister] }),
    person('Murat Nurtleuov', { roles: [kazakhForeignMinister] }),
  ],
  transliteratedGivenNameAndSurname: [
    person('Kassym-Jomart Tokayev', { roles: [{ title: 'President', country: 'KAZ' }] }),
    person('Kasym-Zhomart Tokaev', { roles: [{ title: 'President', country: 'KAZ' }] }),
  ],
  initialForGivenName: [
    person('Ali Asadov', { roles: [{ title: 'Prime Minister', country: 'AZE' }] }),
    person('A. Asadov', { roles: [{ title: 'Prime Minister', country: 'AZE' }] }),
  ],
  fullNameInCyrillic: [
    person('Касым-Жомарт Токаев', { roles: [{ title: 'President', country: 'KAZ' }] }),
    person('Касым-Жомарт Токаев', { country: 'KAZ' }),
  ],
  personByAlias: [
    person('Ilham Aliyev', { aliases: ['Ilham Heydar oglu Aliyev'], country: 'AZE' }),
    person('Ilham Heydar oglu Aliyev', { country: 'AZE' }),
  ],
  fullNameWithPatronymic: [
    person('Vladimir Vladimirovich Putin', { roles: [{ title: 'President', country: 'RUS' }] }),
    person('Vladimir Putin'),
  ],
  transliteratedFullNameWithoutCountry: [
    person('Serdar Berdimuhamedov', { roles: [{ title: 'President', country: 'TKM' }] }),
    person('Serdar Berdimuhamedow'),
  ],
  fullNameWithoutFirstGivenName: [
    person('Recep Tayyip Erdoğan', { roles: [{ title: 'President', country: 'TUR' }] }),
    person('Tayyip Erdogan', { country: 'TUR' }),
  ],
  officeOfTheDocumentsCountry: [
    person('Arman Seitkali', { roles: [{ title: 'Minister of Energy', country: 'KAZ' }] }),
    { ...person('Seitkali', { roles: [{ title: 'Minister of Energy' }] }), documentCountries: ['AZE', 'KAZ'] },
  ],
  familyNameBySurnameFirst: [
    person('Xi Jinping', { country: 'CHN', roles: [{ title: 'President', country: 'CHN' }] }),
    person('Xi', { roles: [{ title: 'President', country: 'CHN' }] }),
  ],
  nicknameInsideFullName: [
    person('Luiz Inácio Lula da Silva', { roles: [{ title: 'President', country: 'BRA' }] }),
    person('Lula', { roles: [{ title: 'President', country: 'BRA' }] }),
  ],
  arabicNameWithoutFamilyName: [
    person('Sheikh Tamim bin Hamad Al Thani', { roles: [{ title: 'Emir', country: 'QAT' }] }),
    person('Tamim bin Hamad', { roles: [{ title: 'Emir', country: 'QAT' }] }),
  ],
  arabicGivenNameWithTitle: [
    person('Haitham bin Tarik', { roles: [{ title: 'Sultan', country: 'OMN' }] }),
    person('Haitham', { roles: [{ title: 'Sultan', country: 'OMN' }] }),
  ],
  instrumentOfficialAndReportedWording: [
    instrument('Memorandum of Understanding on Cooperation in the Field of Renewable Energy', { kind: 'memorandum' }),
    instrument('MoU on renewable energy cooperation', { kind: 'memorandum' }),
  ],
  instrumentShortTitleWithinLong: [
    instrument('Action Plan on Cooperation in Renewable Energy for 2022-2026', { kind: 'action plan', period: { start: '2022', end: '2026' } }),
    instrument('Renewable Energy Action Plan', { kind: 'action plan', period: { start: '2022-01-01', end: '2026-12-31' } }),
  ],
  instrumentWordingWithOnlyShortWords: [
    instrument('Agreement on Cooperation in Oil and Gas'),
    instrument('Oil and Gas Agreement'),
  ],
  instrumentWithOnlyGenericWording: [
    instrument('Comprehensive Programme for the Development of Cooperation between Georgia and Armenia for 2021-2025', { kind: 'programme', period: { start: '2021', end: '2025' } }),
    instrument('2021-2025 comprehensive cooperation development programme', { kind: 'programme', period: { start: '2021', end: '2025' } }),
  ],
  instrumentWithGenericTitleAndFullerOne: [
    instrument('Action Plan between the Ministries of Foreign Affairs for 2025-2026', { kind: 'action plan', period: { start: '2025', end: '2026' } }),
    instrument('the 2025-2026 action plan', { kind: 'action plan', period: { start: '2025', end: '2026' } }),
  ],
  instrumentOfMinistriesWordedTwoWays: [
    instrument('action plan between the Ministries of Foreign Affairs', { kind: 'action plan', period: { start: '2025', end: '2026' } }),
    instrument('action plan between the two foreign ministries', { kind: 'action plan', period: { start: '2025', end: '2026' } }),
  ],
  instrumentOfOtherKind: [
    instrument(tourismTitle),
    instrument('Tourism cooperation agreement', { kind: 'other' }),
  ],
  instrumentReportedWithOneParty: [
    instrument(tourismTitle),
    instrument(tourismTitle, { parties: ['KAZ'] }),
  ],
  initiativeByAlias: [
    named('initiative', 'Trans-Caspian International Transport Route', ['Middle Corridor', 'TITR'], { kind: 'transport corridor' }),
    named('initiative', 'Middle Corridor', [], { kind: 'transport corridor' }),
  ],
  initiativeByAcronym: [
    named('initiative', 'Trans-Caspian International Transport Route', ['Middle Corridor', 'TITR'], { kind: 'transport corridor' }),
    named('initiative', 'TITR'),
  ],
  forumByAcronym: [
    named('forum', 'Astana International Forum', ['AIF']),
    named('forum', 'AIF'),
  ],
  forumByCloseWording: [
    named('forum', 'Caspian Business Forum'),
    named('forum', 'the Caspian Business Forum'),
  ],
  organisationOfOneCountry: [
    named('organization', 'Ministry of Foreign Affairs', [], { country: 'KAZ' }),
    named('organization', 'Ministry of Foreign Affairs', [], { country: 'KAZ' }),
  ],
} satisfies Record<string, [EntityView, EntityView]>;

function assertSame([known, incoming]: [EntityView, EntityView]): void {
  assert.equal(isSameEntity(known, incoming), true, `${known.name} / ${incoming.name} should merge`);
}

function assertDifferent(known: EntityView, incoming: EntityView): void {
  assert.equal(isSameEntity(known, incoming), false, `${known.name} / ${incoming.name} should stay apart`);
}

test('one full name spelled alike is one person, whichever side says the country', () => {
  assertSame(SAME.fullNameSpelledAlike);
  assertSame(SAME.personByAlias);
});

test('a surname alone is the person when it holds the same office of the same country', () => {
  assertSame(SAME.surnameAloneWithCountryAndRole);
});

test('a surname alone with no country is not enough to say who it is', () => {
  assertDifferent(person('Murat Nurtleu', { roles: [kazakhForeignMinister] }), person('Nurtleu'));
});

test('a surname alone holding another office of the same country is someone else', () => {
  assertDifferent(
    person('Ilham Aliyev', { roles: [{ title: 'President', country: 'AZE' }] }),
    person('Aliyev', { roles: [{ title: 'Minister of Emergency Situations', country: 'AZE' }] }),
  );
});

test('two people named in Cyrillic with the same office are told apart by their names', () => {
  const president = [{ title: 'President', country: 'KAZ' }];
  assertDifferent(person('Касым-Жомарт Токаев', { roles: president }), person('Нурсултан Назарбаев', { roles: president }));
  assertDifferent(person('Токаев', { roles: president }), person('Назарбаев', { roles: president }));
  assertSame(SAME.fullNameInCyrillic);
});

test('a transliteration variant with the same country and a shared role title is the same person', () => {
  assertSame(SAME.transliterationWithCountryAndRole);
  assertSame(SAME.transliteratedGivenNameAndSurname);
});

test('a transliteration variant holding an office of another country is someone else', () => {
  assertDifferent(
    person('Murat Nurtleu', { roles: [kazakhForeignMinister] }),
    person('Murat Nurtleuov', { roles: [{ title: 'Minister of Foreign Affairs', country: 'UZB' }] }),
  );
});

test('namesakes of different countries never merge, even with the very same name', () => {
  assertDifferent(
    person('Ali Asadov', { roles: [{ title: 'Prime Minister', country: 'AZE' }] }),
    person('Ali Asadov', { roles: [{ title: 'Ambassador', country: 'TUR' }] }),
  );
  assertDifferent(person('Ali Asadov', { country: 'AZE' }), person('Ali Asadov', { country: 'TUR' }));
});

test('an initial merges with the given name it begins and not with another', () => {
  assertSame(SAME.initialForGivenName);
  assertDifferent(
    person('Rashad Asadov', { roles: [{ title: 'Prime Minister', country: 'AZE' }] }),
    person('A. Asadov', { roles: [{ title: 'Prime Minister', country: 'AZE' }] }),
  );
});

test('a full name with or without its middle names, patronymic or first given name is the same person', () => {
  assertSame(SAME.fullNameWithPatronymic);
  assertSame(SAME.transliteratedFullNameWithoutCountry);
  assertSame(SAME.fullNameWithoutFirstGivenName);
  assertDifferent(SAME.fullNameWithoutFirstGivenName[0], person('Tayyip Erdogan'));
});

test('one word of a name other than the surname is the person only with the same office of the same country', () => {
  assertSame(SAME.familyNameBySurnameFirst);
  assertSame(SAME.nicknameInsideFullName);
  assertSame(SAME.arabicGivenNameWithTitle);
  assertDifferent(SAME.familyNameBySurnameFirst[0], person('Xi', { country: 'CHN' }));
  assertDifferent(SAME.nicknameInsideFullName[0], person('Lula', { roles: [{ title: 'President' }] }));
  assertDifferent(SAME.arabicGivenNameWithTitle[0], person('Sultan', { roles: [{ title: 'Minister of Energy', country: 'OMN' }] }));
});

test('an Arabic name with or without its family name and honorific is the same person, and father and son are two', () => {
  assertSame(SAME.arabicNameWithoutFamilyName);
  const saudi = (name: string, title: string) => person(name, { roles: [{ title, country: 'SAU' }] });
  assertDifferent(saudi('Salman bin Abdulaziz', 'King'), saudi('Mohammed bin Salman', 'Crown Prince'));
  assertDifferent(saudi('Mohammed bin Salman', 'Crown Prince'), person('Salman', { country: 'SAU' }));
  assertDifferent(saudi('Mohammed bin Salman', 'Crown Prince'), saudi('Salman', 'King'));
  // An alias that is the father's name is a slip of some report, not a name to find the son by.
  assertDifferent({ ...saudi('Mohammed bin Salman', 'Crown Prince'), aliases: ['Salman'] }, person('Salman', { country: 'SAU' }));
});

test('two people of one given name and country with different surnames or fathers are different people', () => {
  const serbian = (name: string, title: string) => person(name, { roles: [{ title, country: 'SRB' }] });
  assertDifferent(serbian('Aleksandar Vulin', 'Deputy Prime Minister'), serbian('Aleksandar Martinović', 'Minister of Agriculture'));
  assertDifferent(serbian('Aleksandar Vulin', 'Minister'), serbian('Aleksandar Martinović', 'Minister'));
  assertDifferent(serbian('Aleksandar Vulin', 'Minister'), serbian('Aleksandar', 'Minister of Agriculture'));
  const mauritanian = (name: string, title: string) => person(name, { roles: [{ title, country: 'MRT' }] });
  assertDifferent(mauritanian('Mohamed Ould Ghazouani', 'President'), mauritanian('Mohamed Ould Bilal', 'Prime Minister'));
  assertDifferent(mauritanian('Mohamed Ould Ghazouani', 'President'), mauritanian('Mohamed Ould Bilal', 'President'));
});

test('people whose names could be one but whose evidence is not enough are offered to an analyst', () => {
  assert.equal(mayBeSamePerson(person('Murat Nurtleu', { roles: [kazakhForeignMinister] }), person('Nurtleu')), true);
  assert.equal(mayBeSamePerson(person('Ali Asadov', { country: 'AZE' }), person('Anar Asadov', { country: 'AZE' })), false);
  assert.equal(mayBeSamePerson(person('Ali Asadov', { country: 'AZE' }), person('Ali Asadov', { country: 'AZE' })), false);
});

test('two people of one surname, country and office with different given names are different people', () => {
  assertDifferent(
    person('Ali Asadov', { roles: [{ title: 'Ambassador', country: 'AZE' }] }),
    person('Anar Asadov', { roles: [{ title: 'Ambassador', country: 'AZE' }] }),
  );
});

test('two wordings of one instrument with the same kind, parties and period are one instrument', () => {
  assertSame(SAME.instrumentOfficialAndReportedWording);
  assertSame(SAME.instrumentShortTitleWithinLong);
  assertSame(SAME.instrumentWordingWithOnlyShortWords);
});

test('two titles of nothing but generic wording are one instrument when kind, parties and a period both give agree', () => {
  assertSame(SAME.instrumentWithOnlyGenericWording);
  const [official, reported] = SAME.instrumentWithOnlyGenericWording;
  assertDifferent(official, { ...reported, attributes: { kind: 'programme' } });
  assertDifferent(official, { ...reported, attributes: { kind: 'programme', period: { start: '2026', end: '2030' } } });
});

test('a title of nothing but generic wording is the instrument of a fuller title with the same kind, two parties and whole period', () => {
  assertSame(SAME.instrumentWithGenericTitleAndFullerOne);
  const [fuller, generic] = SAME.instrumentWithGenericTitleAndFullerOne;
  assertDifferent(fuller, { ...generic, attributes: { ...generic.attributes, period: { start: '2025' } } });
  assertDifferent(fuller, { ...generic, attributes: { ...generic.attributes, period: { start: '2027', end: '2028' } } });
  assertDifferent(fuller, { ...generic, attributes: { ...generic.attributes, parties: ['AZE'] } });
  assertDifferent(fuller, { ...generic, attributes: { ...generic.attributes, kind: 'programme' } });
});

test('the ministries of one title are the ministries of the other, however many and however named', () => {
  assertSame(SAME.instrumentOfMinistriesWordedTwoWays);
});

test('an instrument whose kind was not recognised can be one whose kind was', () => {
  assertSame(SAME.instrumentOfOtherKind);
});

test('a report naming only one of the parties can be of the same instrument', () => {
  assertSame(SAME.instrumentReportedWithOneParty);
});

test('an instrument of another period is another instrument', () => {
  const title = 'Programme of Cooperation in Culture';
  assertDifferent(
    instrument(title, { kind: 'programme', period: { start: '2022', end: '2026' } }),
    instrument(title, { kind: 'programme', period: { start: '2027', end: '2030' } }),
  );
});

test('the same generic title on another subject is another instrument', () => {
  assertDifferent(instrument(tourismTitle), instrument(tourismTitle.replace('Tourism', 'Education')));
});

test('the same title between other parties is another instrument', () => {
  assertDifferent(instrument(tourismTitle), instrument(tourismTitle, { parties: ['AZE', 'UZB'] }));
});

test('a memorandum and an agreement on one subject are different instruments', () => {
  assertDifferent(instrument(tourismTitle, { kind: 'memorandum' }), instrument(tourismTitle, { kind: 'agreement' }));
});

test('an initiative is found by its alias or its acronym', () => {
  assertSame(SAME.initiativeByAlias);
  assertSame(SAME.initiativeByAcronym);
});

test('an acronym shared by initiatives of different kinds does not merge them', () => {
  assertDifferent(
    named('initiative', 'Trans-Caspian International Transport Route', ['TITR'], { kind: 'transport corridor' }),
    named('initiative', 'TITR', [], { kind: 'fund' }),
  );
});

test('a forum is found by its acronym or a close wording, and another forum of the same city is not', () => {
  assertSame(SAME.forumByAcronym);
  assertSame(SAME.forumByCloseWording);
  assertDifferent(named('forum', 'Astana International Forum', ['AIF']), named('forum', 'Astana Finance Days'));
});

test('two ministries of foreign affairs of different countries are different organisations', () => {
  assertSame(SAME.organisationOfOneCountry);
  assertDifferent(
    named('organization', 'Ministry of Foreign Affairs', [], { country: 'KAZ' }),
    named('organization', 'Ministry of Foreign Affairs', [], { country: 'AZE' }),
  );
});

test('entities of different types never merge and are never filed under one key', () => {
  const city: EntityView = { type: 'place', name: 'Astana', aliases: [], attributes: { country: 'KAZ' } };
  const forum = named('forum', 'Astana', [], {});
  assertDifferent(city, forum);
  const cityKeys = new Set(resolutionKeys(city));
  assert.equal(resolutionKeys(forum).some((key) => cityKeys.has(key)), false);
});

test('countries are the same exactly when their codes are', () => {
  const country = (name: string, code: string): EntityView => ({ type: 'country', name, aliases: [], attributes: { code } });
  assert.equal(isSameEntity(country('Türkiye', 'TUR'), country('Turkey', 'TUR')), true);
  assert.equal(isSameEntity(country('Azerbaijan', 'AZE'), country('Azerbaijan', 'ARM')), false);
});

test('agreement counts a shared country and office, and attributes given alike whatever their order', () => {
  const stored = instrument('Agreement on the Caspian Sea', { parties: ['KAZ', 'AZE'], period: { end: '2026', start: '2025' } });
  assert.equal(agreement(stored, instrument('Agreement on the Caspian Sea', { period: { start: '2025', end: '2026' } })), 3);
  assert.equal(agreement(stored, instrument('Agreement on the Caspian Sea', { period: { start: '2025', end: '2027' } })), 2);
  assert.equal(agreement(stored, instrument('Agreement on the Caspian Sea', { parties: [], kind: 'memorandum' })), 0);
  const primeMinister = { title: 'Prime Minister', country: 'IND' };
  assert.equal(agreement(person('Modi', { country: 'IND', roles: [primeMinister] }), person('Modi', { roles: [primeMinister] })), 2);
  assert.equal(agreement(person('Modi', { country: 'IND', roles: [primeMinister] }), person('Modi')), 0);
});

test('every pair that merges, reported in either order, is found under a key, so the store finds the candidate', () => {
  for (const [label, [known, incoming]] of Object.entries(SAME)) {
    assert.equal(isSameEntity(known, incoming), true, `${label} should merge`);
    const knownKeys = new Set(resolutionKeys(known));
    assert.ok(lookupKeys(incoming).some((key) => knownKeys.has(key)), `${label}: the report does not look up a key the known entity is filed under`);
    const incomingKeys = new Set(resolutionKeys(incoming));
    assert.ok(lookupKeys(known).some((key) => incomingKeys.has(key)), `${label}: reported the other way round, no key is shared`);
  }
});

/** Whether a report looks up any key the known entity is filed under, so that the store reads it as a candidate. */
function looksUp(incoming: EntityView, known: EntityView): boolean {
  const knownKeys = new Set(resolutionKeys(known));
  return lookupKeys(incoming).some((key) => knownKeys.has(key));
}

test('a common name brings as candidates only the namesakes of the countries or parties a report could be of', () => {
  const kazakh = person('Arman Seitkali', { country: 'KAZ' });
  const uzbek = person('Arman Seitkali', { roles: [{ title: 'Minister of Energy', country: 'UZB' }] });
  const ofNoCountry = person('Arman Seitkali');
  const uzbekReport = person('Seitkali', { roles: [{ title: 'Minister of Energy', country: 'UZB' }] });
  assert.deepEqual([kazakh, uzbek, ofNoCountry].map((known) => looksUp(uzbekReport, known)), [false, true, true]);
  // Without a country, a surname is someone of a country its document names (samePerson).
  const reportOfNoCountry = { ...person('Seitkali', { roles: [{ title: 'Minister of Energy' }] }), documentCountries: ['UZB', 'TUR'] };
  assert.deepEqual([kazakh, uzbek, ofNoCountry].map((known) => looksUp(reportOfNoCountry, known)), [false, true, false]);
  // A whole name is looked up in every block: a shared name merges whatever the countries.
  const wholeNameOfNoCountry = { ...person('Arman Seitkali'), documentCountries: [] };
  assert.deepEqual([kazakh, uzbek, ofNoCountry].map((known) => looksUp(wholeNameOfNoCountry, known)), [true, true, true]);

  const memorandum = (parties: string[]) => instrument('Memorandum of Understanding', { kind: 'memorandum', parties });
  const [caspian, anatolian] = [memorandum(['AZE', 'KAZ']), memorandum(['TUR', 'UZB'])];
  assert.deepEqual([caspian, anatolian].map((known) => looksUp(memorandum(['AZE', 'GEO']), known)), [true, false]);
  assert.deepEqual([caspian, anatolian].map((known) => looksUp(memorandum([]), known)), [true, true]);
});

test('every pair that merges passes the check of names alone, which rules out another name before the store reads the candidate whole', () => {
  for (const [label, [known, incoming]] of Object.entries(SAME)) {
    assert.equal(namesMayMatch(known, incoming), true, `${label}: names alone would keep the store from reading the candidate`);
  }
  assert.equal(namesMayMatch(person('Daniyar Seitkali', { country: 'KAZ' }), person('Askar Seitkali', { country: 'KAZ' })), false);
  assert.equal(namesMayMatch(person('Seitkali'), person('Askar Seitkali')), true, 'a surname alone may be anyone of that surname');
  assert.equal(namesMayMatch(instrument('Agreement on Air Services'), instrument('Treaty on Friendship')), false);
  assert.equal(namesMayMatch(instrument('Memorandum of Understanding'), instrument('Memorandum on Trade')), true, 'a generic title may be any memorandum of its parties and period');
  assert.equal(namesMayMatch(instrument('Agreement on Air Services'), instrument('Air Services Agreement')), true, 'the same title reworded');
  assert.equal(namesMayMatch(named('organization', 'Ministry of Energy'), named('organization', 'Ministry of Health')), false);
  assert.equal(namesMayMatch(named('initiative', 'Middle Corridor'), named('initiative', 'Trans-Caspian Fibre Cable')), false);
  assert.equal(namesMayMatch(named('initiative', 'Trans-Caspian International Transport Route'), named('initiative', 'Trans Caspian International Transport Route')), true);
});

test('a key of a name or a code finds only entities that bear the name a report looks up; a key of a word or a surname does not', () => {
  const keysOf = (view: EntityView) => new Map(resolutionKeys(view).map((key) => [key, isNameKey(key)]));
  const minister = keysOf(person('Askar Seitkali', { country: 'KAZ' }));
  assert.equal(minister.get('person|name:askar seitkali'), true);
  assert.equal(minister.get('person|name@KAZ:askar seitkali'), true);
  assert.ok([...minister].some(([key, byName]) => key.includes('seitkali') && !key.includes('askar') && !byName), 'a surname key finds namesakes of other given names');
  const cable = keysOf(named('initiative', 'Trans-Caspian Fibre Cable'));
  assert.ok([...cable].some(([key, byName]) => key.includes('|word') && !byName));
  assert.ok([...keysOf({ type: 'country', name: 'Kazakhstan', aliases: [], attributes: { code: 'KAZ' } })].every(([, byName]) => byName));
});
