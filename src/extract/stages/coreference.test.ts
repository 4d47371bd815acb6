import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotateText, article } from '../test-article.ts';
import { annotate } from '../pipeline.ts';

function mentionsOf(body: string, name: string): string[] {
  const doc = annotateText(body);
  const index = doc.persons.findIndex((p) => p.name === name);
  assert.ok(index >= 0, `${name} is found`);
  return doc.personMentions.filter((m) => m.person === index).map((m) => doc.text.slice(m.start, m.end));
}

test('a surname alone refers to the person named in full before', () => {
  assert.deepEqual(mentionsOf('Foreign Minister Ana Brnabic met the envoy. Brnabic said ties were strong.', 'Ana Brnabic'), ['Ana Brnabic', 'Brnabic']);
});

test('a title with a nationality refers to the one holder of that title from that country', () => {
  const body = 'President Sadyr Japarov of Kyrgyzstan hosted President Emomali Rahmon of Tajikistan. The Tajik President thanked his host.';
  assert.deepEqual(mentionsOf(body, 'Emomali Rahmon'), ['Emomali Rahmon', 'Tajik President']);
});

test('"the <nationality> leader" is the highest-ranking person of that country', () => {
  const body = 'President Sadyr Japarov of Kyrgyzstan hosted Prime Minister Kokhir Rasulzoda of Tajikistan. The Kyrgyz leader praised the talks.';
  assert.deepEqual(mentionsOf(body, 'Sadyr Japarov'), ['Sadyr Japarov', 'Kyrgyz leader']);
});

test('"both leaders" and "They" refer to the pair the article is about', () => {
  const body = 'Chancellor Olaf Berg met Prime Minister Petr Novak. Both leaders praised trade. They also discussed energy.';
  assert.equal(mentionsOf(body, 'Olaf Berg').length, 3);
  assert.equal(mentionsOf(body, 'Petr Novak').length, 3);
});

test('an ambiguous singular title refers to the holder the report is about, the one named first', () => {
  const body = 'President Ilir Meta received President Zoran Milanovic. The President said the talks were useful.';
  assert.deepEqual(mentionsOf(body, 'Ilir Meta'), ['Ilir Meta', 'President']);
});

test('"his <nationality> counterpart" followed by a name is that name, not the country\'s leader', () => {
  const body = 'President Sadyr Japarov of Kyrgyzstan hosted Prime Minister Kokhir Rasulzoda of Tajikistan. Japarov met with Tajik counterpart Ilhom Nazarov, the Foreign Minister.';
  const doc = annotateText(body);
  const rasulzoda = doc.persons.findIndex((p) => p.name === 'Kokhir Rasulzoda');
  assert.deepEqual(doc.personMentions.filter((m) => m.person === rasulzoda).map((m) => doc.text.slice(m.start, m.end)), ['Kokhir Rasulzoda']);
});

test('"both leaders" is the pair already introduced, "both presidents" the two presidents named before', () => {
  const body = 'Prime Minister Rui Costa met Prime Minister Lars Berg in Lisbon. They praised President Ana Silva and President Erik Holm. Both leaders discussed trade. Both presidents had met in May.';
  const leaders = mentionsOf(body, 'Rui Costa');
  assert.ok(leaders.includes('Both leaders'));
  assert.ok(!mentionsOf(body, 'Ana Silva').includes('Both leaders'));
  assert.ok(mentionsOf(body, 'Erik Holm').includes('Both presidents'));
  assert.ok(!leaders.includes('Both presidents'));
});

test('"the Head of State" is the one head of state the article names', () => {
  const body = 'President Amina Diallo of Senegal left for Ghana on Thursday. After the celebrations, the Head of State will begin a state visit to Gambia.';
  assert.ok(mentionsOf(body, 'Amina Diallo').includes('Head of State'));
});

test('a title with a nationality does not give it to the holder the sentence goes on to name', () => {
  const doc = annotateText('In his third term as Peru\'s prime minister in May, Luis Vega Diaz, Prime Minister Ana Soto announced the talks.');
  assert.equal(doc.persons.find((p) => p.name === 'Ana Soto')?.country, undefined);
  const named = annotateText('Prime Minister Ana Soto opened the session. Peru\'s Prime Minister thanked the delegates.');
  assert.equal(named.persons.find((p) => p.name === 'Ana Soto')?.country, 'PER');
});

test('a plural title means the holders already named, not one named further on', () => {
  const doc = annotateText(
    'Kenyan Foreign Minister Amina Otieno met her Ugandan counterpart Peter Ssemwogerere in Kampala on Monday. ' +
      'The ministers witnessed the signing of a memorandum on fisheries. Ugandan Prime Minister Grace Nabbanja is expected to visit Nairobi in May.',
  );
  const ministers = doc.personMentions.filter((m) => doc.text.slice(m.start, m.end) === 'ministers').map((m) => doc.persons[m.person].name);
  assert.deepEqual(ministers.sort(), ['Amina Otieno', 'Peter Ssemwogerere']);
});

test('a bare title means another holder than the one named after it in its sentence, and in a government\'s readout its own', () => {
  const body = 'The Prime Minister spoke to Prime Minister Jan Novak of Czechia this afternoon. The Prime Minister welcomed the UK-Czechia energy treaty.';
  const doc = annotate({ ...article(body, '2026-03-03'), outlet: 'Prime Minister\'s Office', source: 'https://www.gov.uk/government/news/pm-call' });
  assert.deepEqual(doc.personMentions.map((m) => doc.text.slice(m.start, m.end)), ['Jan Novak']);
  assert.deepEqual(doc.events.filter((e) => e.type === 'call').map((e) => e.persons.map((p) => doc.persons[p].name)), [['Jan Novak']]);
});

test('"the leaders" alone is the pair already introduced; "the leaders of …" says whose and is left alone', () => {
  assert.deepEqual(mentionsOf('President Ana Lopez of Chile and President Pablo Vera of Peru signed a deal in Lima. The leaders last met in July in Quito.', 'Pablo Vera'), ['Pablo Vera', 'The leaders']);
  assert.deepEqual(mentionsOf('President Ana Lopez of Chile and President Pablo Vera of Peru signed a deal in Lima. The leaders of Bolivia and Ecuador met in July.', 'Pablo Vera'), ['Pablo Vera']);
});

test('"His Highness" without a name is the one person the article addressed so', () => {
  assert.deepEqual(mentionsOf('Emir His Highness Sheikh Tamim Al Thani received President Ana Lopez of Chile. His Highness and the Chilean President witnessed the signing.', 'Tamim Al Thani'), ['Tamim Al Thani', 'His Highness']);
  const two = 'His Excellency Ana Lopez met His Excellency Pablo Vera. His Excellency thanked the hosts.';
  assert.deepEqual(mentionsOf(two, 'Ana Lopez'), ['Ana Lopez']);
});

test('a title before a surname used alone is that person\'s, not the protagonist\'s', () => {
  const body = 'Foreign Minister Ana Lopez held talks with Foreign Minister of Viet Nam Le Thi Hoa in Lima. Minister Lopez thanked Viet Nam. Minister Le expressed appreciation for the aid.';
  assert.deepEqual(mentionsOf(body, 'Ana Lopez'), ['Ana Lopez', 'Lopez']);
});

test('in a monarchy\'s agency\'s report, "the President" is the republic\'s president named before, and its king is of the outlet\'s country', () => {
  const body = 'His Majesty King Hamad received President Ana Soto of Chile at Sakhir Palace in Manama on Tuesday. His Majesty welcomed the President and the accompanying delegation.';
  const doc = annotate({ ...article(body), outlet: 'Bahrain News Agency' });
  const soto = doc.persons.findIndex((p) => p.name === 'Ana Soto');
  assert.deepEqual(doc.personMentions.filter((m) => m.person === soto).map((m) => doc.text.slice(m.start, m.end)), ['Ana Soto', 'President']);
  assert.equal(doc.persons.find((p) => p.name === 'Hamad')?.country, 'BHR');
});
