import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isCaption, readTextLayout } from './text-layout.ts';

const cut = (text: string, span: { start: number; end: number } | undefined) => (span ? text.slice(span.start, span.end) : undefined);

test('single line breaks inside a hard-wrapped paragraph become spaces, and the text keeps its length', () => {
  const text = [
    'The foreign ministers of Chile and Norway met in Santiago on Monday',
    'and signed a memorandum on renewable energy and the protection of',
    'the oceans, the ministry said in a statement.',
    '',
    'Earlier this year the two countries agreed to open a direct flight.',
  ].join('\n');
  const layout = readTextLayout(text);
  assert.equal(layout.text.length, text.length);
  assert.deepEqual(layout.text.split('\n'), [
    'The foreign ministers of Chile and Norway met in Santiago on Monday and signed a memorandum on renewable energy and the protection of the oceans, the ministry said in a statement.',
    '',
    'Earlier this year the two countries agreed to open a direct flight.',
  ]);
});

test('a line that ends a sentence, a heading and a run of blank lines keep their breaks', () => {
  const text = 'Key outcomes\nThe leaders agreed to meet again in the spring of next year in Oslo.\nThey also spoke of trade.\n\n\n\nA second paragraph follows here.';
  assert.equal(readTextLayout(text).text, text);
});

test('list items stay items, and the lines an item wraps onto join it', () => {
  const text = [
    'The following documents were signed:',
    '- Agreement between the Government of the Republic of Chile and the',
    'Government of the Kingdom of Norway on air services;',
    '- Memorandum of Understanding on cooperation in the field of',
    'fisheries and aquaculture.',
  ].join('\n');
  assert.deepEqual(readTextLayout(text).text.split('\n'), [
    'The following documents were signed:',
    '- Agreement between the Government of the Republic of Chile and the Government of the Kingdom of Norway on air services;',
    '- Memorandum of Understanding on cooperation in the field of fisheries and aquaculture.',
  ]);
});

test('a line ending in a title\'s abbreviation or a comma goes on in the next line', () => {
  const text = 'The agreement was signed by Mr.\nOle Hansen, the Norwegian minister, and by his counterpart, Mrs.\nAna Rojas, on behalf of Chile,\nin the presence of both presidents.';
  assert.equal(readTextLayout(text).text.split('\n').length, 1);
});

test('photo captions are read from their credits, position markers, people lists and file names', () => {
  for (const caption of [
    'President Ana Rojas (R) shakes hands with visiting Prime Minister Ole Hansen in Santiago on May 3, 2024.',
    'The two ministers after the signing ceremony. [Photo by Carla Vidal]',
    'Ministers at the signing of the treaty this morning in Oslo. (Image: Supplied)',
    'Photo: Ministry of Foreign Affairs of Chile',
    'The ministers met in Oslo on Tuesday. Photo by the ministry\'s press office',
    'The delegations before the talks. (Norway Today pic)',
    'L to R: Ole Hansen, Minister of Trade; Ana Rojas, Minister of Foreign Affairs',
    'signing-ceremony-02.jpg',
    'The two presidents at the palace on March 2, 2024. MARIA LOPEZ/ 2403112',
    'El presidente Pedro Soto (i) recibe a su homólogo Juan Diaz (d) en el palacio.',
  ]) assert.ok(isCaption(caption), caption);
  for (const sentence of [
    'The two leaders posed for a joint photograph after the talks.',
    'The ministers discussed a credit line of $500 million (the second this year).',
    'The agreement covers items (a), (b) and (c) of the annex.',
    'Financing follows Annex (c) and the Loan Project Phase (I).',
  ]) assert.ok(!isCaption(sentence), sentence);
});

test('broadcast cues are asides, and the speech after a cue stays text', () => {
  const text = '[Anchor Lead]\n\nThe presidents met on Thursday.\n\n[Soundbite] Ole Hansen (Prime Minister) : "We have agreed to meet again."\n\n[Closing Shot]\n\n[Editor\'s pick] The talks went on.';
  const { asides } = readTextLayout(text);
  assert.deepEqual(asides.map((a) => [a.kind, cut(text, a)]), [['broadcast cue', '[Anchor Lead]'], ['broadcast cue', '[Soundbite]'], ['broadcast cue', '[Closing Shot]']]);
});

test('datelines in their many forms give their place, date and agency', () => {
  const cases: [string, { place?: string; qualifier?: string; date?: string; agency?: string; text: string }][] = [
    ['LIMA, Peru, May 10. The ministers met.', { place: 'LIMA', qualifier: 'Peru', date: 'May 10', text: 'LIMA, Peru, May 10.' }],
    ['OSLO, Norway, Feb. 20 / Nordic Wire:\n\nThe ministers met.', { place: 'OSLO', qualifier: 'Norway', date: 'Feb. 20', agency: 'Nordic Wire', text: 'OSLO, Norway, Feb. 20 / Nordic Wire:' }],
    ['SANTIAGO, Feb 13 (NWA) -- Official talks were held.', { place: 'SANTIAGO', date: 'Feb 13', agency: 'NWA', text: 'SANTIAGO, Feb 13 (NWA) --' }],
    ['Chile.cl, 11 Sep 2014 - 14:34, Santiago,Chile\n\nThe talks began.', { place: 'Santiago', qualifier: 'Chile', date: '11 Sep 2014', agency: 'Chile.cl', text: 'Chile.cl, 11 Sep 2014 - 14:34, Santiago,Chile' }],
    ['March 1 (NWA) -- President Rojas held a meeting.', { date: 'March 1', agency: 'NWA', text: 'March 1 (NWA) --' }],
    ['Oslo (NWA-EU) - The two ministers held talks.', { place: 'Oslo', agency: 'NWA-EU', text: 'Oslo (NWA-EU) -' }],
    ['(SYNDIC- Nordic Wire) Santiago, Jan 5 (NWA) The agreement was signed.', { place: 'Santiago', date: 'Jan 5', agency: 'NWA', text: 'Santiago, Jan 5 (NWA)' }],
    ['09:28 | Lima, Jan. 13.\n\nThe President traveled.', { place: 'Lima', date: 'Jan. 13', text: '09:28 | Lima, Jan. 13.' }],
    ['NEW DELHI - The ministers met.', { place: 'NEW DELHI', text: 'NEW DELHI -' }],
    ['Santiago, April 15, 2026, NWA -- The President received a call.', { place: 'Santiago', date: 'April 15, 2026', agency: 'NWA', text: 'Santiago, April 15, 2026, NWA --' }],
    ['Arica, May 21 (NWA). President Ana Lopez led the talks.', { place: 'Arica', date: 'May 21', agency: 'NWA', text: 'Arica, May 21 (NWA).' }],
    ['Valparaiso: Chile\'s President will visit Norway.', { place: 'Valparaiso', text: 'Valparaiso:' }],
    ['September 18, 2025\n\nMexico City, Mexico\n\nThe leaders met today.', { place: 'Mexico City', qualifier: 'Mexico', date: 'September 18, 2025', text: 'September 18, 2025\n\nMexico City, Mexico' }],
  ];
  for (const [text, expected] of cases) {
    const { dateline } = readTextLayout(text);
    assert.ok(dateline, text);
    const read = { place: cut(text, dateline.place), qualifier: cut(text, dateline.qualifier), date: cut(text, dateline.date), agency: cut(text, dateline.agency), text: cut(text, dateline) };
    assert.deepEqual(read, { place: undefined, qualifier: undefined, date: undefined, agency: undefined, ...expected }, text);
  }
});

test('a sentence that opens with a title and a dash, or a label with a colon, is no dateline', () => {
  for (const text of ['The President of Chile - Ana Rojas - met her counterpart.', 'Note: the talks were postponed.', 'President Rojas met Prime Minister Hansen on Monday.']) {
    assert.equal(readTextLayout(text).dateline, undefined, text);
  }
});

test('an agency\'s credit before the story and its date at the end are credits', () => {
  const text = '(SYNDIC- Nordic Wire) OSLO, March 3. The ministers met.\n\nThe talks will go on.\n\nNWA 3 March 2022';
  const credits = readTextLayout(text).asides.filter((a) => a.kind === 'credit');
  assert.deepEqual(credits.map((a) => [cut(text, a), cut(text, a.date)]), [['(SYNDIC- Nordic Wire) ', undefined], ['NWA 3 March 2022', '3 March 2022']]);
});

test('lines crediting the writers or the source of a story are credits', () => {
  const text = 'The ministers met in Lima.\n\n(Reporting by Ana Vidal in Lima; Editing by Tom Hale)\n\nSource: Nordic Wire';
  assert.deepEqual(readTextLayout(text).asides.map((a) => [a.kind, cut(text, a)]), [['credit', '(Reporting by Ana Vidal in Lima; Editing by Tom Hale)'], ['credit', 'Source: Nordic Wire']]);
});
