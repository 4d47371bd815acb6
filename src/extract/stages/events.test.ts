import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotateText, article } from '../test-article.ts';
import { annotate } from '../pipeline.ts';

function events(body: string, published: string | null = null) {
  const doc = annotateText(body, published);
  return doc.events.map((e) => ({
    type: e.type, date: e.date, stance: e.stance, format: e.format, instruments: e.instruments,
    persons: e.persons.map((p) => doc.persons[p].name), countries: e.countries, organizations: e.organizations, evidence: e.evidence.length, sectors: e.sectors,
  }));
}

test('one who says "in a statement" what the sentence reports is its source, not a participant', () => {
  const found = events("The remarks were made during a phone call between President Ana Lopez and President Pablo Vera, Chile's presidential spokesman Tomas Rivas said in a statement.", '2024-04-12');
  assert.deepEqual(found.find((e) => e.type === 'call')?.persons, ['Ana Lopez', 'Pablo Vera']);
});

test('a source that says in a place "that …" introduces what happened, whose people take part', () => {
  const found = events('The two presidents met in Lima on Monday, spokesman Tomas Rivas said in Santiago that President Ana Lopez and President Pablo Vera discussed trade.', '2024-04-12');
  const persons = found.find((e) => e.type === 'meeting')?.persons ?? [];
  assert.ok(persons.includes('Ana Lopez') && persons.includes('Pablo Vera'), JSON.stringify(persons));
});

test('consultations the sides agreed to continue are a process to go on, not a meeting; talks that continued on a day are one', () => {
  const found = events('President Ana Lopez of Chile and President Pablo Vera of Peru spoke by phone on Monday. Both presidents agreed to continue joint work and intensive consultations in the months ahead.', '2024-04-12');
  assert.equal(found.some((e) => e.type === 'meeting'), false);
  const continued = events('Foreign Minister Ana Lopez and Foreign Minister Pablo Vera continued their talks in Lima on Monday.', '2024-04-12');
  assert.equal(continued.some((e) => e.type === 'meeting'), true);
});

test('one meeting reported in several sentences is one event with every sentence as evidence and its formats', () => {
  const found = events('Foreign Minister Ana Lopez met her Chilean counterpart Pablo Vera in Lima on Tuesday. The one-on-one meeting was followed by talks with both delegations. The ministers discussed trade and mining.', '2024-04-12');
  const meetings = found.filter((e) => e.type === 'meeting');
  assert.equal(meetings.length, 1);
  assert.equal(meetings[0].date, '2024-04-09');
  assert.equal(meetings[0].evidence, 3);
  assert.deepEqual(meetings[0].format, ['one-on-one', 'expanded']);
  assert.deepEqual(meetings[0].persons, ['Ana Lopez', 'Pablo Vera']);
  assert.ok(meetings[0].sectors.includes('trade') && meetings[0].sectors.includes('industry'));
});

test('a signing after the meeting takes the meeting\'s date and the instruments of its sentence', () => {
  const found = events('President Ama Mensah received President Koffi Adje in Accra on Monday. Following the talks, the presidents signed an agreement on visa exemption.', '2023-10-04');
  const signing = found.find((e) => e.type === 'signing');
  assert.ok(signing);
  assert.equal(signing.date, '2023-10-02');
  assert.deepEqual(signing.instruments, ['agreement on visa exemption']);
});

test('a date belongs to the trigger of its own clause: signed on one day, ratified on another', () => {
  const found = events('The treaty on extradition between Kenya and Tanzania, which was signed on 4 May 2019, was ratified today.', '2021-02-01');
  assert.equal(found.find((e) => e.type === 'signing')?.date, '2019-05-04');
  assert.equal(found.find((e) => e.type === 'ratification')?.date, '2021-02-01');
});

test('statements have a speaker and a stance; "thanks to" is no gratitude and a passive welcome is no praise', () => {
  const found = events('Prime Minister Rui Costa thanked Prime Minister Lars Berg for his support. Thanks to the new line, trade grew. Berg was welcomed with honours.');
  const statements = found.filter((e) => e.type === 'statement');
  assert.deepEqual(statements.map((e) => [e.stance, e.persons[0]]), [['gratitude', 'Rui Costa']]);
});

test('a proposed instrument gives no signing event', () => {
  assert.equal(events('A Treaty on Good Neighbourliness is to be signed by Foreign Minister Ana Lopez and Foreign Minister Pablo Vera next year.').some((e) => e.type === 'signing'), false);
});

test('a call readout\'s "they discussed" is the call, not another meeting', () => {
  const found = events('President Ama Mensah held a telephone conversation with President Koffi Adje. They discussed energy.');
  assert.deepEqual(found.map((e) => e.type), ['call']);
  assert.deepEqual(found[0].format, ['phone call']);
});

test('a visit needs a visitor, and a forum the article names in passing is no forum event', () => {
  const found = events('The forces of one country visiting the other will be protected. They recalled COP21.');
  assert.deepEqual(found.filter((e) => e.type === 'visit' || e.type === 'forum'), []);
});

test('without a publication date, relative dates stay null', () => {
  const [meeting] = events('Foreign Minister Ana Lopez met Foreign Minister Pablo Vera on Tuesday.');
  assert.equal(meeting.date, null);
});

test('a forum the article opens with takes the date of its dateline, and so does its forum', () => {
  const doc = annotateText('TASHKENT, May 3.\nThe 5th Central Asia Energy Forum was held in Tashkent with ministers of five countries.', '2024-05-03');
  assert.equal(doc.events.find((e) => e.type === 'forum')?.date, '2024-05-03');
  assert.equal(doc.forums[0].date, '2024-05-03');
});

test('a ratification named in a list of signed agreements is of the ratified one only', () => {
  const found = events('After talks between Kenya and Uganda, agreements were signed on cooperation in civil aviation and the ratification of the Convention on Double Taxation.');
  assert.deepEqual(found.find((e) => e.type === 'ratification')?.instruments, ['Convention on Double Taxation']);
  assert.equal(found.find((e) => e.type === 'signing')?.instruments.length, 2);
});

test('a country or organisation opening a sentence is the speaker of its statement', () => {
  const found = events('The EU and Chile held talks in Brussels. The EU expressed its concern about the drought.');
  const statement = found.find((e) => e.type === 'statement');
  assert.equal(statement?.stance, 'concern');
  assert.deepEqual(statement?.organizations, ['European Union']);
});

test('a promise about another time is still dated by the occasion it was made at', () => {
  const found = events('BISHKEK, May 26 - The presidents of Kyrgyzstan and Tajikistan met. The parties agreed to open the border next year.', '2023-05-26');
  assert.equal(found.find((e) => e.type === 'commitment')?.date, '2023-05-26');
});

test('people named in an opening participle or a relative clause do not take part in the event of the main clause', () => {
  const found = events('Recalling the role of President Ana Silva and President Erik Holm in building ties, Prime Minister Rui Costa held talks with Prime Minister Lars Berg, who thanked King Olav for his support.', '2024-06-06');
  const meeting = found.find((e) => e.type === 'meeting');
  assert.deepEqual(meeting?.persons, ['Rui Costa', 'Lars Berg']);
});

test('an outlet or the source it cites takes no part in the event it reports', () => {
  const found = events('Foreign Minister Ana Lopez met Foreign Minister Pablo Vera on Monday, the Andean Wire news agency reports, citing the Ministry of Foreign Affairs of Peru.', '2024-04-12');
  const meeting = found.find((e) => e.type === 'meeting');
  assert.deepEqual(meeting?.persons, ['Ana Lopez', 'Pablo Vera']);
  assert.deepEqual(meeting?.organizations, []);
});

test('an incident involves what its own phrase names, not the people who speak of it', () => {
  const found = events('President Ama Mensah thanked President Koffi Adje for his condolences after the attack on a market in Lagos.');
  const incident = found.find((e) => e.type === 'incident');
  assert.deepEqual(incident?.persons, []);
  assert.deepEqual(incident?.countries, ['NGA']);
});

test('a signing dated at another time ("first signed … last year") is not merged into the one the article reports, nor dates it: that one takes the day of publication', () => {
  const found = events('The foreign ministers of Kenya and Uganda signed a protocol to the Treaty on Fisheries in Nairobi. The treaty was first signed on 4 May last year in Kampala.', '2024-06-10');
  const signings = found.filter((e) => e.type === 'signing');
  assert.equal(signings.length, 2);
  assert.deepEqual(signings.map((e) => e.date), ['2024-06-10', '2023-05-04']);
});

test('hypothetical, expected and continuing happenings are no events; a scheduled one is', () => {
  assert.deepEqual(events('Under the treaty, an armed attack on Chile or Sweden would be treated as a danger to both nations.'), []);
  assert.deepEqual(events('Negotiations with Norway are at an advanced stage, and talks with Peru continue.'), []);
  assert.equal(events('Under the draft agreement between Peru and Chile, expected to be signed soon, four projects were identified.').some((e) => e.type === 'signing'), false);
  assert.equal(events('President Ana Silva will hold talks with President Erik Holm of Norway in Oslo on Monday.', '2024-05-01').some((e) => e.type === 'meeting'), true);
});

test('"the visit" later in the article is the visit reported, and those who speak of it do not join it', () => {
  const found = events('President Ana Silva of Chile will go on a state visit to Peru on May 20. The ministry said the visit is in response to an invitation from President Pedro Soto.', '2024-05-02');
  const visits = found.filter((e) => e.type === 'visit');
  assert.equal(visits.length, 1);
  assert.deepEqual(visits[0].persons, ['Ana Silva']);
});

test('a photo caption showing a signing is the signing the body reports, whatever it calls the document', () => {
  const body = 'Finance Minister Ana Lopez and her Chilean counterpart Pablo Vera signed the tax protocol in Lima on Monday. Photo: Ministry of Finance\n\nPeru and Chile on Monday signed a protocol on the avoidance of double taxation.';
  const found = events(body, '2024-04-10');
  assert.equal(found.filter((e) => e.type === 'signing').length, 1);
});

test('"the signing" later refers back to the signing reported, and a date in a relative clause of another noun is not its date', () => {
  const found = events('President Ana Silva and President Pedro Soto signed a historic friendship treaty between Chile and Peru on Monday. The signing of the treaty by Chile and Peru in Lima crowns an effort that began last summer.', '2024-04-10');
  const signings = found.filter((e) => e.type === 'signing');
  assert.equal(signings.length, 1);
  assert.equal(signings[0].date, '2024-04-08');
});

test('a date in a relative clause of the event noun itself is its date', () => {
  const found = events('The ministers of Chile and Peru welcomed the results of the preparatory meeting that took place in Lima on 3 November 2019.', '2020-01-10');
  assert.ok(found.some((e) => e.type === 'meeting' && e.date === '2019-11-03'));
});

test('contacts in general ("reciprocal visits and high-level meetings have laid …") are not the visit reported, particular ones are', () => {
  const found = events('Prime Minister Rui Costa met visiting Prime Minister Lars Berg on Monday. The prime ministers noted that reciprocal visits and high-level meetings have laid the foundation for cooperation.', '2024-06-06');
  const visit = found.find((e) => e.type === 'visit');
  assert.equal(visit?.evidence, 1);
  const particular = events('They recalled that the reciprocal visits of the Presidents of Chile and Peru last year underscored strong ties.', '2024-06-06');
  assert.ok(particular.some((e) => e.type === 'visit'));
});

test('a host who welcomes a person meets them; welcoming an outcome is praise', () => {
  const found = events('On Tuesday, President Ana Silva welcomed Prime Minister Lars Berg of Norway for an official visit in Santiago. Berg welcomed the outcomes of the forum.', '2024-05-05');
  assert.ok(found.some((e) => e.type === 'meeting' && e.persons.includes('Ana Silva') && e.persons.includes('Lars Berg')));
  assert.ok(found.some((e) => e.type === 'statement' && e.stance === 'praise'));
});

test('those who welcome the outcomes of a forum did not take part in it; where it was held tells its host', () => {
  const found = events('The prime ministers of Chile and Peru met in Lima on Monday and welcomed the outcomes of the 2nd Andean Economic Forum held in Bolivia in February.', '2024-04-10');
  const forum = found.find((e) => e.type === 'forum');
  assert.deepEqual(forum?.persons, []);
  assert.deepEqual(forum?.countries, ['BOL']);
});

test('a list heading\'s "signed" applies to the instruments listed below it', () => {
  const body = 'After talks between Chile and Peru, the following documents were signed:\n\n- Agreement on cooperation in the field of fisheries between Chile and Peru;\n\n- Memorandum of Understanding on cooperation in tourism.\n\nThe talks lasted two hours.';
  const signing = events(body).find((e) => e.type === 'signing');
  assert.ok(signing && signing.instruments.length >= 2, JSON.stringify(signing?.instruments));
  const named = 'A list of documents signed by Chile and Peru on 3 May was published. The documents are listed below:\n\n- Agreement on cooperation in the field of fisheries between Chile and Peru;\n\n- Memorandum of Understanding on cooperation in tourism.';
  assert.ok((events(named, '2024-05-04').find((e) => e.type === 'signing')?.instruments.length ?? 0) >= 2);
});

test('a parliament that "adopted and approved ratification of" agreements with a list of partners ratified one a pair, and signed nothing', () => {
  const found = events('The Parliament of Zambia has adopted and approved ratification of agreements to abolish visa requirements for holders of official passports to countries, namely Chile, Peru, and the Republic of Ecuador.', '2024-05-08');
  assert.equal(found.some((e) => e.type === 'signing'), false);
  assert.deepEqual(found.filter((e) => e.type === 'ratification').map((e) => [e.countries, e.instruments]), [
    [['ZMB', 'CHL'], ['agreement to abolish visa requirements with Chile']],
    [['ZMB', 'PER'], ['agreement to abolish visa requirements with Peru']],
    [['ZMB', 'ECU'], ['agreement to abolish visa requirements with the Republic of Ecuador']],
  ]);
});

test('"The understandings include X and the Y" after a signing names what was signed', () => {
  const found = events('Foreign Ministers Ana Ruiz of Ecuador and Luis Vera of Colombia signed a series of agreements in Quito on Tuesday. The understandings include a Joint Customs Post at the Rumichaca bridge and the funding and Annual Work Plan 2024-2025 for the Binational Commission of the Mira River.', '2024-06-12');
  const signings = found.filter((e) => e.type === 'signing');
  assert.equal(signings.length, 1);
  assert.equal(signings[0].instruments.length, 2);
});

test('a speaker who "concluded" his words concluded no agreement', () => {
  assert.equal(events('"A road map for the agreement is being prepared," President Ana Silva of Chile concluded.').some((e) => e.type === 'signing'), false);
});

test('a standing attitude ("we remain committed to", "I am so committed to") is no commitment made', () => {
  assert.equal(events('Chile and Peru remain committed to regional security. "I am so committed to integration," President Ana Silva said.').some((e) => e.type === 'commitment'), false);
  assert.ok(events('President Ana Silva and President Pedro Soto committed to open the border.').some((e) => e.type === 'commitment'));
});

test('a bilateral summit and a courtesy call are meetings', () => {
  assert.ok(events('President Ana Silva held a bilateral summit with Prime Minister Lars Berg of Norway on Thursday.', '2024-05-10').some((e) => e.type === 'meeting' && e.persons.length === 2));
  assert.ok(events('Prime Minister Lars Berg of Norway paid a courtesy call on President Ana Silva of Chile.').some((e) => e.type === 'meeting'));
});

test('"earlier today" is the occasion\'s own day, "earlier this year" another time', () => {
  const today = events('Prime Minister Rui Costa has met President Ana Silva within his official visit to Chile, which started earlier today.', '2024-09-11');
  assert.equal(today.find((e) => e.type === 'meeting')?.date, '2024-09-11');
  const before = events('BOGOTA, Sept 11 - Prime Minister Rui Costa met President Ana Silva. He had visited Chile earlier this year.', '2024-09-11');
  assert.notEqual(before.find((e) => e.type === 'visit')?.date, '2024-09-11');
});

test('a meeting on the occasion of a dated visit shares its day', () => {
  const found = events('Chile and Peru signed a trade treaty on 9 July 2023. The presidents of Chile and Peru met in Lima on the occasion of the State Visit of the President of Chile to Peru on 5 July 2023.', '2023-07-10');
  assert.equal(found.find((e) => e.type === 'meeting')?.date, '2023-07-05');
  assert.equal(found.find((e) => e.type === 'visit')?.date, '2023-07-05');
});

test('an international organisation or a ratifying parliament takes part; a national ministry is its country\'s', () => {
  const signing = events('The Ministry of Energy of Chile and the Ministry of Energy of Peru signed a memorandum of understanding with the Asian Development Bank in Lima.').find((e) => e.type === 'signing');
  assert.deepEqual(signing?.organizations, ['Asian Development Bank']);
  assert.deepEqual(signing?.countries, ['CHL', 'PER']);
  const ratification = events('The Parliament of Ghana ratified the agreement between Ghana and Togo on the waiver of visa requirements.').find((e) => e.type === 'ratification');
  assert.deepEqual(ratification?.organizations, ['Parliament of Ghana']);
});

test('a bracketed list of those present is not the parties; a bracketed acronym stays its body\'s', () => {
  const found = events('Prime Minister Rui Costa had a meeting with President Ana Silva of Chile (participants from the Chilean side: Trade Minister Jon Dahl and Finance Minister Eva Lind).');
  assert.deepEqual(found.find((e) => e.type === 'meeting')?.persons, ['Rui Costa', 'Ana Silva']);
  const signing = events('The deal was inked in Accra by Ghana, Togo and the Economic Community of West African States (ECOWAS).').find((e) => e.type === 'signing');
  assert.ok(signing?.organizations.length === 1, JSON.stringify(signing));
});

test('a numbered or previous session of a bilateral body is a meeting, the previous one on its own date', () => {
  const found = events('The 5th session of the Chile-Peru Joint Commission took place in Lima yesterday. The commission reviewed the results of the previous session that took place in Santiago on November 26, 2018.', '2019-12-10');
  const meetings = found.filter((e) => e.type === 'meeting');
  assert.deepEqual(meetings.map((e) => e.date), ['2019-12-09', '2018-11-26']);
});

test('the one whose visit it was takes part in what happens during it; the owner of an initiative does not', () => {
  const found = events('The treaty was signed in Lima during President Ana Silva\'s visit to Peru, where she met President Pedro Soto. Prime Minister Lars Berg thanked Peru for supporting President Erik Holm\'s initiative.');
  assert.ok(found.find((e) => e.type === 'signing')?.persons.includes('Ana Silva'));
  assert.ok(!found.find((e) => e.type === 'statement')?.persons.includes('Erik Holm'));
});

test('stances and calls worded as nouns or infinitives: "expressed condemnation", "to thank", "appreciative of", "held phone talks"', () => {
  const found = events('President Ana Silva spoke today with Prime Minister Lars Berg to thank him for his support. Foreign Minister Jon Dahl expressed Chile\'s condemnation of the attack. Foreign Minister Eva Lind held phone talks with Foreign Minister Pablo Vera.');
  assert.deepEqual(found.find((e) => e.type === 'statement' && e.stance === 'gratitude')?.persons, ['Ana Silva']);
  assert.ok(found.some((e) => e.type === 'statement' && e.stance === 'condemnation' && e.persons.includes('Jon Dahl')));
  assert.ok(found.some((e) => e.type === 'call' && e.persons.includes('Eva Lind')));
});

test('a passive act names who did it in its by-phrase, not who speaks of it', () => {
  const found = events('President Ana Silva met President Pedro Soto in Lima. Prime Minister Lars Berg thanked Peru for building the Andes Children\'s Centre in Cusco, inaugurated last March by both presidents.', '2024-05-05');
  const inauguration = found.find((e) => e.type === 'inauguration');
  assert.deepEqual(inauguration?.persons, ['Ana Silva', 'Pedro Soto']);
});

test('a meeting dated after publication ("tomorrow morning") is another meeting than the one reported', () => {
  const found = events('The ceasefire follows a meeting here attended by President Ana Silva and President Pedro Soto. Both leaders agreed to convene an informal meeting of regional commanders tomorrow morning.', '2024-07-28');
  assert.equal(found.filter((e) => e.type === 'meeting').length, 2);
  assert.ok(found.some((e) => e.type === 'meeting' && e.date === '2024-07-29'));
});

test("a statement's targets are whom it addresses after its cue: not its speaker's country, a possessor, a place, or a fronted clause's neighbour", () => {
  const targetsOf = (body: string) => {
    const doc = annotateText(body, '2024-05-02');
    return doc.events.filter((e) => e.type === 'statement').map((e) => ({
      stance: e.stance, speakers: e.persons.map((p) => doc.persons[p].name),
      persons: (e.targets?.persons ?? []).map((p) => doc.persons[p].name), countries: e.targets?.countries ?? [],
    }));
  };
  assert.deepEqual(targetsOf('Chilean President Pablo Vera praised Peru for finishing its section of the highway early.'),
    [{ stance: 'praise', speakers: ['Pablo Vera'], persons: [], countries: ['PER'] }]);
  assert.deepEqual(targetsOf("Ghanaian Foreign Minister Ama Mensah thanked Foreign Minister Koffi Adje for Togo's help after the floods in Kara."),
    [{ stance: 'gratitude', speakers: ['Ama Mensah'], persons: ['Koffi Adje'], countries: ['TGO'] }]);
  const [welcome] = targetsOf("Chilean President Pablo Vera commended President Ana Lopez's plan for a summit held in Argentina and Chile's own record.");
  assert.deepEqual([welcome.speakers, welcome.persons, welcome.countries], [['Pablo Vera'], [], []]);
  const [concern, thanks] = targetsOf('Expressing concern over the drought, Chilean President Pablo Vera thanked Peru for its aid.');
  assert.deepEqual([concern.stance, concern.countries, thanks.stance, thanks.countries], ['concern', [], 'gratitude', ['PER']]);
});

test('a report that dates nothing of its occasion dates it by the day of publication, but not a forum it names', () => {
  const ratification = events('The Parliament of Chile has ratified the agreement between Chile and Peru on the waiver of visa requirements. The minister said the waiver would help tourism.', '2024-05-02');
  assert.equal(ratification.find((e) => e.type === 'ratification')?.date, '2024-05-02');
  const found = events('President Ana Silva of Chile received a delegation led by Foreign Minister Pablo Vera of Peru. The president pointed to Minister Vera\'s participation in the 3rd Ministerial Meeting of the Andean Energy Council in Lima.', '2024-05-02');
  assert.equal(found.find((e) => e.type === 'meeting')?.date, '2024-05-02');
  assert.equal(found.find((e) => e.type === 'forum')?.date, null);
});

test('an occasion dated "yesterday" with no publication date stays undated rather than taking another event\'s date', () => {
  const found = events('The 4th session of the Chile-Peru Joint Commission took place in Lima yesterday. The committee reviewed the results of the previous session held in Santiago on May 4 of 2019. The session saw the signing of an agreement on fisheries between Chile and Peru.');
  assert.equal(found.find((e) => e.type === 'signing')?.date, null);
});

test('a lead date in a "since" clause starts a period and does not date the occasion the article reports', () => {
  const found = events('Over 40 people have died since the fighting between Chad and Niger broke out on May 3.\nChad and Niger have agreed to a truce, said President Ana Silva after a meeting with the leaders of Chad and Niger in Santiago.', '2025-05-08');
  assert.equal(found.find((e) => e.type === 'meeting')?.date, '2025-05-08');
});

test('a visit a dated signing took place during, and a meeting where the visit went, share the signing\'s date', () => {
  const found = events('The Senate of Chile approved the fisheries treaty with Peru on Monday. The treaty was signed in mid-March during President Ana Silva\'s visit to Lima, where she met Peruvian President Rui Costa.', '2025-06-11');
  assert.equal(found.find((e) => e.type === 'visit')?.date, '2025-03');
  assert.equal(found.find((e) => e.type === 'meeting')?.date, '2025-03');
});

test('ratifications by two parliaments are two events, each with its own date', () => {
  const found = events('The Parliament of Chile voted for a bill on the ratification of the agreement on fisheries between Chile and Peru. The bill was backed by 64 deputies. The law will come into force once the president signs it. On May 2, the agreement was ratified by the National Assembly of Peru.', '2024-05-09');
  const ratifications = found.filter((e) => e.type === 'ratification');
  assert.deepEqual(ratifications.map((e) => [e.organizations, e.date]), [[['Parliament of Chile'], '2024-05-09'], [['National Assembly of Peru'], '2024-05-02']]);
});

test('a bare year in the lead dates the background ("relations interrupted in 2016"), not the occasion the article reports', () => {
  const body = 'President Ana Silva of Chile received the new ambassador of Peru, Rui Costa, in Santiago. The ambassador presented his credentials, which restores the relations interrupted in 2016, the presidency reported.';
  assert.equal(events(body).find((e) => e.type === 'meeting')?.date, null);
  assert.equal(events(body, '2024-09-03').find((e) => e.type === 'meeting')?.date, '2024-09-03');
});

test('a happening still to come ("will hold talks", "is to visit") does not take the date of the occasion the article reports', () => {
  const found = events('President Ana Silva of Chile met President Pablo Vera of Peru in Lima on Thursday. Silva will also hold talks with President Rui Costa of Bolivia. After Lima, Silva is to pay a state visit to Bolivia.', '2024-04-26');
  assert.equal(found.find((e) => e.type === 'meeting' && e.persons.includes('Pablo Vera'))?.date, '2024-04-25');
  assert.equal(found.find((e) => e.type === 'meeting' && e.persons.includes('Rui Costa'))?.date, null);
  assert.equal(found.find((e) => e.type === 'visit')?.date, null);
});

test('what is still to come on an occasion the lead announces for today ("will be held today") takes its date', () => {
  const found = events('The first session of the Chile-Peru Joint Commission will be held today in Lima. Before the session, President Ana Silva and President Pablo Vera will hold a separate meeting.', '2024-11-14');
  assert.equal(found.find((e) => e.type === 'meeting' && e.persons.includes('Pablo Vera'))?.date, '2024-11-14');
});

test('a year written before the event\'s noun ("the 2026 state visit") is the year of that event, not of the occasion', () => {
  const found = events('President Ana Silva of Chile met President Pablo Vera of Peru in Lima on Monday. They also discussed preparations for the 2026 state visit of President Vera to Chile.', '2025-10-08');
  assert.equal(found.find((e) => e.type === 'meeting')?.date, '2025-10-06');
  assert.equal(found.find((e) => e.type === 'visit')?.date, '2026');
});

test('a fronted clause of time ("Soon after taking office in March, …") dates what the sentence goes on to report', () => {
  const found = events('President Ana Silva of Chile met President Pablo Vera of Peru in Lima on Monday. Soon after taking office in March, Silva spoke with Vera about the border.', '2024-06-12');
  assert.equal(found.find((e) => e.type === 'meeting')?.date, '2024-06-10');
  assert.equal(found.find((e) => e.type === 'call')?.date, '2024-03');
});

test('"the previous session" and a meeting dated when the occasion\'s own day cannot be read are other meetings than the session reported', () => {
  const previous = events('The 4th session of the Chile-Peru Joint Commission took place in Lima. The committee reviewed the results of the previous session held in Santiago on May 4 of 2019.', '2024-03-02');
  assert.deepEqual(previous.filter((e) => e.type === 'meeting').map((e) => e.date), ['2024-03-02', '2019-05-04']);
  const unreadable = events('The 4th session of the Chile-Peru Joint Commission took place in Lima yesterday. The committee welcomed the results of the ministerial meeting held in Santiago on May 4 of 2023.');
  assert.deepEqual(unreadable.filter((e) => e.type === 'meeting').map((e) => e.date), [null, '2023-05-04']);
});

test('an occasion dated "yesterday" with no publication date is not dated by a later sentence\'s background date', () => {
  const found = events('The 4th session of the Chile-Peru Joint Commission took place in Lima yesterday. It was chaired by President Ana Silva, with ministers of the fields covered by the treaty between Chile and Peru signed on May 4 of 2019. The two presidents then inaugurated the Andes Trade Centre in Lima.');
  assert.equal(found.find((e) => e.type === 'signing')?.date, '2019-05-04');
  assert.equal(found.find((e) => e.type === 'inauguration')?.date, null);
});

test('a happening years before publication that the report recalls ("following his visit in May 2021") does not date its occasion', () => {
  const found = events('President Ana Silva of Chile and President Pablo Vera of Peru have signed an agreement on fisheries. The signing was a highlight of the state visit by Silva to Peru. Vera had invited Silva following his visit to Chile in May 2021.', '2023-06-02');
  assert.equal(found.find((e) => e.type === 'signing')?.date, '2023-06-02');
  assert.equal(found.find((e) => e.type === 'visit' && e.countries.includes('CHL'))?.date, '2021-05');
});

test('"the state visits of A to X in 2019 and B in 2021 to Y" are two visits, each with its own date and visitor', () => {
  const found = events('Foreign Minister Ana Silva of Chile met Foreign Minister Pablo Vera of Peru in Lima on Monday. They recalled the agreements reached during the state visits of President Rui Costa of Chile to Peru in March 2019 and President Eva Lind of Peru in June 2021 to Chile.', '2023-05-10');
  const visits = found.filter((e) => e.type === 'visit').map((e) => [e.date, e.persons]);
  assert.deepEqual(visits, [['2019-03', ['Rui Costa']], ['2021-06', ['Eva Lind']]]);
});

test('"At the end of the talks on March 10, …" dates what the sentence reports, not the talks, which ended that day', () => {
  const found = events('Foreign Minister Ana Silva of Chile held talks with Foreign Minister Pablo Vera of Peru in Lima between March 6-10. At the end of the talks on March 10, the ministers signed an agreement on fisheries between Chile and Peru.', '2024-03-12');
  assert.deepEqual(found.filter((e) => e.type === 'meeting').map((e) => e.date), ['2024-03-06']);
  assert.equal(found.find((e) => e.type === 'signing')?.date, '2024-03-10');
});

test('a plural meeting noun followed by a list of dates is one meeting a date, each with the place of its own item', () => {
  const found = events('President Ana Silva of Chile met President Pablo Vera of Argentina in Mendoza on Monday. So far, four binational meetings have been held between Chile and Argentina: in Santiago on March 3, 2015; in Salta on May 9, 2017; in Valparaiso on June 2, 2019; and in Cordoba on August 30, 2021.', '2023-04-05');
  const listed = found.filter((e) => e.type === 'meeting' && e.date !== '2023-04-03');
  assert.deepEqual(listed.map((e) => e.date), ['2015-03-03', '2017-05-09', '2019-06-02', '2021-08-30']);
  assert.ok(listed.every((e) => e.countries.includes('CHL') && e.countries.includes('ARG') && e.persons.length === 0));
  const record = annotateText('So far, two binational meetings have been held between Chile and Argentina: in Santiago on March 3, 2015, and in Salta on May 9, 2017.', '2023-04-05');
  assert.deepEqual(record.events.map((e) => e.place), ['Santiago', 'Salta']);
  // Without a publication date the meeting reported is undated, and still not one of those listed.
  const undated = events('President Ana Silva of Chile met President Pablo Vera of Argentina in Mendoza. So far, two binational meetings have been held between Chile and Argentina: in Santiago on March 3, 2015, and in Salta on May 9, 2017.');
  assert.deepEqual(undated.filter((e) => e.type === 'meeting').map((e) => [e.date, e.persons]), [[null, ['Ana Silva', 'Pablo Vera']], ['2015-03-03', []], ['2017-05-09', []]]);
});

test('a counted plural without dates of its own ("five such meetings have been held since 2014") reports no meeting', () => {
  const found = events('Dialogue between Chile and Argentina is at its highest level. Five such meetings have been held since 2014.', '2023-04-05');
  assert.deepEqual(found.filter((e) => e.type === 'meeting'), []);
});

test('"his visits to X in 2011 and 2016" are two visits of the same visitor, and neither merges into the visit reported', () => {
  const found = events('Prime Minister Lars Berg of Norway arrived in Nairobi on Tuesday for an official visit to Kenya. Berg recalled his visits to Kenya in 2011 and 2016 as minister of trade.', '2024-02-08');
  const visits = found.filter((e) => e.type === 'visit').map((e) => [e.date, e.persons]);
  assert.deepEqual(visits, [['2024-02-06', ['Lars Berg']], ['2011', ['Lars Berg']], ['2016', ['Lars Berg']]]);
});

test('plural "bilateral meetings" after a fronted date are a meeting of that day', () => {
  const found = events('Prime Minister Lars Berg of Norway paid an official visit to Kenya on 4-5 March. On 4 March, a welcoming ceremony took place at State House, followed by bilateral meetings where the leaders discussed trade.', '2024-03-08');
  assert.deepEqual(found.filter((e) => e.type === 'meeting').map((e) => e.date), ['2024-03-04']);
});

test('a verb of travel with a destination in its clause is a visit ("jetted out of the country for Senegal", "travelled to Peru")', () => {
  const jetted = events('President Ama Mensah of Ghana on Monday evening jetted out of the country for Senegal to attend the independence day celebrations.', '2024-04-10');
  assert.deepEqual(jetted.filter((e) => e.type === 'visit').map((e) => [e.date, e.persons, e.countries.includes('SEN')]), [['2024-04-08', ['Ama Mensah'], true]]);
  const travelled = events('President Rui Costa of Portugal travelled to Peru on Thursday, joined by Foreign Minister Ana Lopes and four members of the cabinet.');
  assert.deepEqual(travelled.filter((e) => e.type === 'visit').map((e) => [e.persons, e.countries.includes('PER')]), [[['Rui Costa', 'Ana Lopes'], true]]);
});

test('a verb of travel that names no destination is no visit ("left for home")', () => {
  const found = events('After the ceremony, Foreign Minister Ana Lopes of Portugal left for home. Minister Lopes headed to the airport in the evening.', '2024-04-10');
  assert.deepEqual(found.filter((e) => e.type === 'visit'), []);
});

test('"talks over the phone between the leaders of the two countries" is a call of the article\'s two countries', () => {
  const found = events('Fiji and Australia remain at odds over the port deal that Fiji is set to sign with Japan, despite brief talks over the phone between the leaders of the two countries. Australia said Fiji failed to consult it.', '2024-03-09');
  assert.deepEqual(found.filter((e) => e.type === 'call' || e.type === 'meeting').map((e) => [e.type, e.countries]), [['call', ['FJI', 'AUS']]]);
});

test('a caption showing people of two countries together is their meeting, dated by the caption; a caption of a signing is only the signing', () => {
  const together = events('Portuguese Prime Minister Ana Lopes and Peruvian Foreign Minister Pablo Vera at the Belem Palace in Lisbon on March 3, 2023.\n\nPortugal and Peru have agreed to expand trade, the Portuguese government said on Friday.', '2024-03-09');
  assert.deepEqual(together.filter((e) => e.type === 'meeting').map((e) => [e.date, e.persons]), [['2023-03-03', ['Ana Lopes', 'Pablo Vera']]]);
  const visiting = events('Portuguese Prime Minister Ana Lopes with the visiting Peruvian Foreign Minister Pablo Vera this afternoon.\n\nPrime Minister Ana Lopes has acknowledged the message from the government of Peru as presented this afternoon by the visiting Foreign Minister of Peru, Pablo Vera.', '2024-03-09');
  assert.deepEqual(visiting.map((e) => [e.type, e.date]).sort(), [['meeting', '2024-03-09'], ['visit', '2024-03-09']]);
  const signing = events('Portuguese Prime Minister Ana Lopes and Peruvian Foreign Minister Pablo Vera sign the fisheries agreement in Lisbon.\n\nPortugal and Peru signed an agreement on fisheries on Friday.', '2024-03-09');
  assert.deepEqual(signing.map((e) => e.type), ['signing']);
});

test('talks held during a visit are a meeting of their own, where a call\'s "they discussed" stays the call', () => {
  const visit = events('President Ama Mensah of Ghana paid a two-day state visit to Senegal. Presidents Mensah and Diallo also discussed trade and energy during their official talks.', '2024-03-09');
  assert.deepEqual(visit.map((e) => e.type), ['visit', 'meeting']);
  assert.deepEqual(visit[1].persons, ['Ama Mensah', 'Diallo']);
});

test('a leaders\' retreat is a meeting of the leaders who attend it; a retreat of troops is none', () => {
  const found = events('On March 4, Prime Minister Ana Lopes and President Pablo Vera reaffirmed their commitment to the border agreements at the Portugal-Peru Leaders\' Retreat in Lisbon.', '2024-06-12');
  assert.deepEqual(found.filter((e) => e.type === 'meeting').map((e) => [e.date, e.persons]), [['2024-03-04', ['Ana Lopes', 'Pablo Vera']]]);
  assert.deepEqual(events('President Pablo Vera welcomed the retreat of the troops from the border on Monday.', '2024-06-12').filter((e) => e.type === 'meeting'), []);
});

test('the name of a party to a signed instrument gives the instrument its sector; a body only mentioned gives none', () => {
  const found = events('Ghana and Togo signed a memorandum of understanding between the Ghana Investment Promotion Agency and the Togo Trade Agency on Monday. The Ministry of Energy of Ghana hosted the ceremony.', '2024-04-12');
  const signing = found.find((e) => e.type === 'signing');
  assert.ok(signing?.sectors.includes('investment'));
  assert.ok(!signing?.sectors.includes('energy'));
});

test('"The agreement, signed in March 2021, replaces a 1985 accord": the participle\'s head, named before, is what was signed, not the other instrument of its sentence', () => {
  const found = events('Foreign Minister Ana Lopez and her Peruvian counterpart Pablo Vera exchanged the instruments of ratification of the Fisheries Cooperation Agreement in Lima on Tuesday. The agreement, signed in March 2021 in Santiago, replaces a 1985 accord on coastal fishing.', '2024-04-12');
  const signings = found.filter((e) => e.type === 'signing');
  assert.deepEqual(signings.map((e) => [e.date, e.instruments]), [['2021-03', ['Fisheries Cooperation Agreement']]]);
  assert.equal(found.find((e) => e.type === 'ratification')?.date, '2024-04-09');
});

test('a participle in a relative clause of another instrument signs only its own head', () => {
  const found = events('The ministers of Ghana and Togo signed the Border Security Agreement in Accra on Friday. The agreement, which builds on the memorandum of understanding on border patrols signed in Lome on May 4, takes effect immediately.', '2024-06-10');
  const signings = found.filter((e) => e.type === 'signing');
  assert.deepEqual(signings.map((e) => [e.date, e.instruments]).sort(), [['2024-05-04', ['memorandum of understanding on border patrols']], ['2024-06-07', ['Border Security Agreement']]]);
});

test('"signed the two agreements" in a later sentence signs the two instruments named just before', () => {
  const found = events("Chile's Senate on Wednesday ratified a treaty on mutual legal assistance with Peru. The Congress of Peru ratified the Border Cooperation Agreement on May 3. The two countries had signed the two agreements in June 2019 in the presence of President Ana Silva and President Pedro Soto.", '2024-05-10');
  const signing = found.find((e) => e.type === 'signing');
  assert.equal(signing?.date, '2019-06');
  assert.deepEqual(signing?.instruments, ['treaty on mutual legal assistance', 'Border Cooperation Agreement']);
});

test('a signing of a document named only by its kind ("signed a declaration", "inked two accords") is a signing', () => {
  for (const sentence of ['The two presidents signed a declaration that expresses their will to deepen ties.', 'The two presidents also inked two accords on fisheries and mining.']) {
    const found = events(`President Ana Silva of Chile and President Pedro Soto of Peru met in Lima on Monday. ${sentence}`, '2024-05-08');
    assert.equal(found.find((e) => e.type === 'signing')?.date, '2024-05-06', sentence);
  }
});

test('documents counted over a span of time are a tally, not a signing; counted on the occasion they are one', () => {
  for (const sentence of ['Ghana and Togo have signed dozens of agreements over the past decade.', 'The good cooperation between Chile and Peru has resulted in a number of new agreements being adopted in the past year.', 'Kenya and Uganda have signed 42 agreements since 1995.']) {
    assert.equal(events(sentence, '2024-05-08').some((e) => e.type === 'signing'), false, sentence);
  }
  assert.equal(events('Ghana and Togo signed 12 agreements during the visit of President Kofi Mensah to Lome on Monday.', '2024-05-08').some((e) => e.type === 'signing'), true);
});

test('in a report of the day ahead, documents that "will be signed" after the session are a signing of that day; a signing planned for later is none', () => {
  const lead = 'The fourth session of the Joint Commission between Ghana and Togo will be held today in Accra, chaired by Foreign Minister Kofi Mensah and Foreign Minister Ama Dogbe.';
  const found = events(`${lead} After the session, the two ministers will sign a memorandum on cross-border trade.`, '2024-05-08');
  assert.deepEqual(found.filter((e) => e.type === 'signing').map((e) => [e.date, e.instruments]), [['2024-05-08', ['memorandum on cross-border trade']]]);
  assert.equal(events(`${lead} A treaty on extradition is to be signed next year.`, '2024-05-08').some((e) => e.type === 'signing'), false);
  assert.equal(events('Foreign Minister Kofi Mensah met Foreign Minister Ama Dogbe in Accra on Monday. The two ministers will sign a memorandum on cross-border trade.', '2024-05-08').some((e) => e.type === 'signing'), false);
});

test('"the attack" spoken of again by others is the attack already reported, not another incident', () => {
  const found = events('Turkish President Ali Demir has said his country strongly condemned the terror attack at a concert hall in Lima, which claimed the lives of at least 40 people. In a phone call with his Peruvian counterpart Luis Vera on Saturday, Demir expressed deep sorrow over the deadly attack. Turkish Foreign Minister Pablo Rojas also expressed condemnation of the attack in a telephone call to his Peruvian counterpart, Jorge Diaz.', '2024-05-11');
  const incidents = found.filter((e) => e.type === 'incident');
  assert.equal(incidents.length, 1);
  assert.ok(!incidents[0].persons.includes('Pablo Rojas'));
});

test('one person of one country speaking "in a meeting" is a gathering of one side, not a meeting between sides', () => {
  const found = events('"Chile shares the pain of the Peruvian people," Chilean President Ana Silva said in a meeting in Santiago on Saturday.', '2024-05-11');
  assert.equal(found.some((e) => e.type === 'meeting'), false);
  assert.equal(events('Chilean President Ana Silva held a meeting with Peru in Santiago on Saturday.', '2024-05-11').some((e) => e.type === 'meeting'), true);
});

test('a date in a "since" clause is when a period began, not the date of the event before it', () => {
  const found = events('President Ali Demir of Chile is the first head of state visiting Peru since President Ana Vera was sworn in on March 19, 2024.', '2024-06-12');
  assert.deepEqual(found.filter((e) => e.type === 'visit').map((e) => e.date), ['2024-06-12']);
});

test('"received a visit from" and "received a phone call from" report the visit and the call, not a meeting', () => {
  const found = events('Last year, Indonesia also received a visit from President Jose Ramos of Timor Leste. On Monday, Foreign Minister Ana Lopez of Chile received a phone call from Foreign Minister Pablo Vera of Peru.', '2023-02-13');
  assert.deepEqual(found.map((e) => e.type).sort(), ['call', 'visit']);
  assert.equal(events('On Monday, President Ana Lopez of Chile received the visiting Foreign Minister Pablo Vera of Peru.', '2023-02-13').some((e) => e.type === 'meeting'), true);
});

test('"agreed on three cooperation agreements" is a signing, and "The three cooperation agreements are X, Y and Z" two sentences on names what it signed', () => {
  const found = events('Ghana and Timor Leste agreed on three cooperation agreements. The agreement was made during a meeting between President Kofi Mensah and Prime Minister Jose Ruak in Accra on Monday. The three cooperation agreements are the Memorandum of Understanding on Higher Education Cooperation, the Memorandum of Understanding on Border Trade and the Memorandum of Understanding on Fisheries.', '2024-05-08');
  const signings = found.filter((e) => e.type === 'signing');
  assert.equal(signings.length, 1);
  assert.deepEqual(signings[0].countries, ['GHA', 'TLS']);
  assert.equal(signings[0].instruments.length, 3);
  assert.equal(events('Ghana and Togo agreed on the need to expand trade and on new cooperation.', '2024-05-08').some((e) => e.type === 'signing'), false);
});

test('"On May 10, the ministry announced the signing of X. The signing took place on May 9": the fronted date is the announcement\'s, and the signing is of May 9', () => {
  const found = events('On May 10, 2024, the Ministry of Energy of Chile announced the signing of the Offshore Gas Agreement between Chile and Peru. The signing took place on May 9, 2024, in Lima.', '2024-05-10');
  assert.deepEqual(found.filter((e) => e.type === 'signing').map((e) => e.date), ['2024-05-09']);
  assert.equal(events('The ministers will hold a meeting to prepare the exchange of ambassadors.', '2024-05-10').some((e) => e.type === 'signing'), false);
});

test('a tripartite statement signed at the end of negotiations on a day is a signing of that day', () => {
  const found = events('At the end of these negotiations on March 10, 2023, a tripartite statement was issued in Accra signed by Foreign Minister Kofi Mensah of Ghana, Foreign Minister Ama Dogbe of Togo and Foreign Minister Jean Houngbo of Benin.', '2023-03-11');
  assert.deepEqual(found.filter((e) => e.type === 'signing').map((e) => [e.date, e.instruments]), [['2023-03-10', ['tripartite statement']]]);
});

test('"issues of common concern" are topics both sides care about, not a statement of concern', () => {
  const found = events('During the phone call, President Ana Silva of Chile and President Pedro Soto of Peru exchanged views on bilateral relations and all issues of common concern.', '2024-05-08');
  assert.equal(found.some((e) => e.type === 'statement'), false);
  assert.equal(events('President Ana Silva of Chile expressed concern over the clashes on the border with Peru.', '2024-05-08').some((e) => e.stance === 'concern'), true);
});

test('a country\'s delegation or side right before a stance cue is the speaker ("the Chilean delegation thanked Peru")', () => {
  const found = events('The two sides discussed trade, and the Chilean delegation particularly thanked Peru for its steadfast support at multilateral fora.', '2024-07-31');
  const statement = found.find((e) => e.type === 'statement');
  assert.equal(statement?.stance, 'gratitude');
  assert.deepEqual(statement?.countries, ['CHL']);
});

test('"has drawn concerns from New Zealand": the one a stance comes from may be named after its cue', () => {
  const found = events('The upcoming state visit will include the signing of a partnership with China, a move that has drawn concerns from New Zealand due to a lack of consultation.', '2025-02-08');
  const statement = found.find((e) => e.type === 'statement');
  assert.equal(statement?.stance, 'concern');
  assert.deepEqual(statement?.countries, ['NZL']);
});

test('"the newly-inaugurated Port of X" describes a facility; it reports no inauguration', () => {
  const found = events('Foreign Minister Ana Lopez of Peru and Foreign Minister Juan Rojas of Bolivia met in Lima on Monday. They also planned new integration routes, like the Tacna-La Paz highway, and facilities for Bolivian foreign trade through the newly-inaugurated Port of Chancay.', '2025-02-25');
  assert.equal(found.some((e) => e.type === 'inauguration'), false);
});

test('a spokesperson named with a long title who says what the sentence reports is its source, not a participant', () => {
  const found = events('Chilean Foreign Minister Ana Lopez will hold talks with her Peruvian counterpart Pablo Vera in Lima on May 20, Chilean Foreign Ministry spokeswoman Maria Rivas said at a briefing on Thursday.', '2024-05-16');
  assert.deepEqual(found.find((e) => e.type === 'meeting')?.persons, ['Ana Lopez', 'Pablo Vera']);
});

test('who acted "three months after" the event reported is not among its participants; those who "also discussed" it are, when the talks named no one', () => {
  const found = events('Chile and Peru agreed on Thursday to expand defence cooperation during talks in Lima. Defence Minister Ana Lopez and her Peruvian counterpart Pablo Vera also discussed patrol boats. The meeting came three months after President Marta Ruiz and President Jorge Salas held a summit in Quito.', '2026-08-27');
  const persons = found.filter((e) => e.type === 'meeting' && e.date === '2026-08-27').flatMap((e) => e.persons);
  assert.deepEqual(persons, ['Ana Lopez', 'Pablo Vera']);
});

test('"spoke to" a person is a call; "spoke to reporters" is none', () => {
  assert.deepEqual(events('President Ana Lopez of Chile spoke to reporters in Lima on Monday about Peru.', '2026-03-03').map((e) => e.type), []);
  assert.deepEqual(events('Foreign Minister Ana Lopez of Chile spoke to her Peruvian counterpart Pablo Vera on Monday.', '2026-03-03').map((e) => [e.type, e.persons]), [['call', ['Ana Lopez', 'Pablo Vera']]]);
});

test('in a government\'s readout its own country is one side of the pair, however rarely it names itself', () => {
  const body = 'The Prime Minister spoke to President Ana Lopez of Chile this afternoon. The leaders discussed the situation in Venezuela and welcomed the new UK-Chile trade deal. They agreed to speak again soon. Chile will host the talks.';
  const doc = annotate({ ...article(body, '2026-03-03'), outlet: 'Prime Minister\'s Office', source: 'https://www.gov.uk/government/news/pm-call' });
  const commitment = doc.events.find((e) => e.type === 'commitment');
  assert.deepEqual(commitment?.countries.slice().sort(), ['CHL', 'GBR']);
});

test('troops that clash or exchange fire make an incident of both coordinated sides', () => {
  for (const body of ['Chilean and Peruvian troops exchanged fire on Monday in a disputed border area.', 'Chilean and Peruvian troops clashed on Monday near the border.']) {
    assert.deepEqual(events(body, '2026-05-05').map((e) => [e.type, e.date, e.countries]), [['incident', '2026-05-04', ['CHL', 'PER']]]);
  }
});

test('an electricity highway commissioned by two leaders is a project inaugurated', () => {
  const doc = annotateText('President Ana Lopez of Chile and President Pablo Vera of Peru on Thursday jointly commissioned the 900-kilometre Chile-Peru electricity highway.', '2026-07-10');
  assert.deepEqual(doc.initiatives.map((i) => [i.name, i.kind, i.status]), [['Chile-Peru electricity highway', 'cable', 'completed']]);
  assert.deepEqual(doc.events.map((e) => e.type), ['inauguration']);
});

test('a ratification that a future entry into force waits for is no event', () => {
  const found = events('The Chilean Senate on Wednesday approved an agreement with Peru on visa exemption. The agreement will enter into force 30 days after the two sides exchange instruments of ratification, according to a statement by the Chilean Senate.', '2026-03-19');
  // The Senate's approval is a ratification; the exchange the entry into force waits for is none, nor evidence of it.
  assert.deepEqual(found.filter((e) => e.type === 'ratification').map((e) => [e.date, e.evidence]), [['2026-03-18', 1]]);
  const done = events('Chile and Peru exchanged instruments of ratification on Monday, after the Senate approved the treaty.', '2026-03-19');
  assert.equal(done.some((e) => e.type === 'ratification'), true);
});

test('a legislature that approves an agreement ratifies it; approving a budget or a plan of talks is no ratification', () => {
  const ratified = events('The Chilean Senate on Wednesday approved an agreement with Peru on visa exemption for diplomats.', '2026-03-19');
  assert.deepEqual(ratified.filter((e) => e.type === 'ratification').map((e) => [e.date, e.countries]), [['2026-03-18', ['CHL', 'PER']]]);
  assert.deepEqual(events('The Chilean Senate on Wednesday approved the budget, and Peru welcomed it.', '2026-03-19').filter((e) => e.type === 'ratification'), []);
});

test('a headline\'s event is the one the body reports, whatever it calls the document', () => {
  const found = events('Chile and Peru sign security pact\n\nPresident Ana Lopez of Chile and President Pablo Vera of Peru signed a bilateral security cooperation agreement on Wednesday in Lima.', '2026-02-12');
  assert.deepEqual(found.filter((e) => e.type === 'signing').map((e) => [e.date, e.persons, e.evidence]), [['2026-02-11', ['Ana Lopez', 'Pablo Vera'], 2]]);
});

test('what must or has to happen to a signed agreement has not happened', () => {
  const found = events('President Ana Lopez of Chile and President Pablo Vera of Peru signed a security agreement on Wednesday. The agreement, which must be ratified by the Peruvian Congress, creates a joint task force.', '2026-02-12');
  assert.deepEqual(found.map((e) => e.type), ['signing']);
});

test('who takes a stance is the one named before its words, not whose support or country it speaks of', () => {
  const found = events('Foreign Minister Ana Lopez of Chile met Foreign Minister Pablo Vera of Peru in Lima on Monday. Minister Lopez requested the Peruvian side\'s continued support for Chilean companies investing in Peru.', '2026-10-14');
  assert.deepEqual(found.filter((e) => e.type === 'statement').map((e) => e.persons), [['Ana Lopez']]);
});

test('a country on a project\'s route is no side of what the pair agree about it', () => {
  const found = events('Chile and Peru on Tuesday agreed to expedite work on the Chile-Bolivia-Peru (CBP) railway project, which will link Arica with Cusco.', '2026-09-30');
  assert.deepEqual(found.filter((e) => e.type === 'commitment').map((e) => e.countries), [['CHL', 'PER']]);
});

test('a date ends the verb phrase before it, not a verb coordinated after it', () => {
  const found = events('Chile and Peru met in Lima on Tuesday. The two sides discussed the framework agreement signed in Santiago in July 2025 and agreed to hold the next round of talks in Lima in November.', '2026-09-30');
  assert.deepEqual(found.filter((e) => e.type === 'signing').map((e) => e.date), ['2025-07']);
  assert.equal(found.some((e) => e.type === 'commitment' && e.date === '2025-07'), false);
});

test('a recall "for consultations" is no meeting; a country\'s one condemnation in headline and body is one statement; an incursion is an incident', () => {
  const found = events('Chile condemns Peruvian incursion\n\nSANTIAGO, Aug 14 - Chile on Thursday condemned what it called an incursion by Peruvian troops into its territory and recalled its ambassador from Lima for consultations.', '2026-08-14');
  assert.deepEqual(found.map((e) => [e.type, e.stance, e.countries]).sort(), [['incident', undefined, ['CHL', 'PER']], ['statement', 'condemnation', ['CHL']]]);
});

test('the lead\'s "on Wednesday" dates the occasion, not the day in the dateline that ends with a full stop', () => {
  const found = events('Chile and Peru hold binational cabinet in Arica\n\nArica, May 21 (NWA). President Ana Lopez of Chile and President Pablo Vera of Peru led on Wednesday the binational cabinet in Arica, where they signed the Declaration of Arica.', '2026-05-21');
  assert.deepEqual(found.filter((e) => e.type === 'signing').map((e) => e.date), ['2026-05-20']);
});

test('those who attended the talks took part in them', () => {
  const found = events('President Ana Lopez of Chile received President Pablo Vera of Peru in Santiago on Monday. The talks were attended by Chilean Foreign Minister Marta Ruiz and Peruvian Foreign Minister Jorge Salas.', '2026-11-03');
  assert.deepEqual(found.find((e) => e.type === 'meeting')?.persons.slice().sort(), ['Ana Lopez', 'Jorge Salas', 'Marta Ruiz', 'Pablo Vera']);
});

test('one who announced what the sentence reports, after its comma, is its source, not a party to it', () => {
  const found = events('Chile and Peru on Thursday signed a framework agreement on water management, Energy Minister Ana Lopez announced after talks in Lima.', '2026-06-12');
  assert.deepEqual(found.filter((e) => e.type === 'signing').map((e) => [e.persons, e.countries]), [[[], ['CHL', 'PER']]]);
});

test('"sign" as a noun ("the latest sign of a thaw") reports no signing; "will sign" and a headline\'s "sign" do', () => {
  assert.equal(events('Foreign Minister Ana Lopez of Chile met Foreign Minister Pablo Vera of Peru in Lima on Monday, in the latest sign of the thaw since the neighbours\' border deal in 2019.', '2024-04-12').some((e) => e.type === 'signing'), false);
  assert.equal(events('The visit of the Chilean minister is a clear sign that the fisheries agreement works.', '2024-04-12').some((e) => e.type === 'signing'), false);
  assert.equal(events('Chile and Peru sign fisheries accord', '2024-04-12').some((e) => e.type === 'signing'), true);
});

test('a third country in a compound modifier ("a Qatar-brokered truce") is no side of the event', () => {
  const [meeting] = events('Foreign Minister Ana Lopez of Chile met Foreign Minister Pablo Vera of Peru in Lima on Monday to discuss the Brazil-brokered fisheries truce.', '2024-04-12');
  assert.deepEqual(meeting.countries, ['CHL', 'PER']);
});

test('"also held talks with" someone the first meeting did not name is another meeting; "also held talks" by the same people is the same', () => {
  const found = events('President Ana Lopez of Chile met Prime Minister Pablo Vera of Peru in Lima on Monday. Vera also held talks with Foreign Minister Luis Rojas of Chile.', '2024-04-12');
  assert.deepEqual(found.filter((e) => e.type === 'meeting').map((e) => e.persons), [['Ana Lopez', 'Pablo Vera'], ['Pablo Vera', 'Luis Rojas']]);
  const same = events('President Ana Lopez of Chile met Prime Minister Pablo Vera of Peru in Lima on Monday. Lopez and Vera also held talks on trade.', '2024-04-12');
  assert.equal(same.filter((e) => e.type === 'meeting').length, 1);
});

test('leaders "expected to witness the signing" report no signing; leaders who witnessed it do', () => {
  const opening = 'President Ana Lopez of Chile met President Pablo Vera of Peru in Lima on Monday. ';
  assert.equal(events(`${opening}Both leaders are expected to witness the signing of several memoranda of understanding.`, '2024-04-12').some((e) => e.type === 'signing'), false);
  assert.equal(events(`${opening}Both leaders witnessed the signing of several memoranda of understanding.`, '2024-04-12').some((e) => e.type === 'signing'), true);
});

test('ministers told "to prepare a visit" report no visit', () => {
  const found = events('President Ana Lopez of Chile met President Pablo Vera of Peru in Lima on Monday and instructed their foreign ministers to prepare a visit by Lopez to Cusco in October.', '2024-04-12');
  assert.equal(found.some((e) => e.type === 'visit'), false);
  assert.equal(events('President Ana Lopez of Chile paid a visit to Cusco in October.', '2024-04-12').some((e) => e.type === 'visit'), true);
});

test('a meeting in a "which" clause about a body ("the Commission, which last met in 2019") is not the meeting of the people around it', () => {
  const found = events('President Ana Lopez of Chile and President Pablo Vera of Peru agreed on Monday to revive the Binational Commission, which last met in 2019.', '2024-04-12');
  const meeting = found.find((e) => e.type === 'meeting' && e.date === '2019');
  assert.ok(meeting, JSON.stringify(found));
  assert.deepEqual(meeting.persons, []);
});

test('a happening recalled after what was done at it ("agreements reached during the state visit of A in October") does not date the news', () => {
  const found = events('President Ana Soto had a telephone conversation with President Luis Vega. The presidents discussed the agreements reached during the state visit of the Chilean leader to Lima in September.', '2026-11-18');
  assert.equal(found.find((e) => e.type === 'call')?.date, '2026-11-18');
  assert.equal(found.find((e) => e.type === 'visit')?.date, '2026-09');
  const news = events("The formalization of the power trade agreement occurred during the visit of Foreign Minister Ana Soto to Lima on January 4. The pact was signed by Luis Vega, Peru's energy secretary, and Tomas Rivas, the Chilean power secretary.", '2026-01-05');
  assert.equal(news.find((e) => e.type === 'signing')?.date, '2026-01-04');
});

test('a visit recalled after what was done at it ("the partnership announced during the visit of A to X") is the visitor\'s alone; after a person the verb is the sentence\'s', () => {
  const body = 'Foreign Minister Ana Soto met Foreign Minister Luis Vega of Peru. The two ministers reviewed the Strategic Partnership announced during the visit of President Tomas Rivas to Peru in May 2025.';
  const visit = events(body, '2026-03-10').find((e) => e.type === 'visit');
  assert.deepEqual([visit?.date, visit?.persons], ['2025-05', ['Tomas Rivas']]);
  const signing = events('Peru and Chile signed ten agreements in Lima on Monday. "Chile is our partner," President Luis Vega stated during the signing ceremony.', '2026-03-10').find((e) => e.type === 'signing');
  assert.ok(signing?.persons.includes('Luis Vega'));
});
