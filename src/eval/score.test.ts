import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import type { Entity, Event } from '../record/schema.ts';
import { loadGoldDirectory, parseGold } from './gold.ts';
import { emptyRecordFor, recordFromGold, recordWith } from './record-from-gold.ts';
import { ATTRIBUTES, MEAN_SLOTS, scoreDocument, slotScore, SLOTS, summarise } from './score.ts';

// The gold files of the two bundled seed articles.
const GOLD_DIRECTORY = fileURLToPath(new URL('../../test/fixtures/gold/', import.meta.url));

const evidence = [{ start: 0, end: 1 }];
const country = (code: string): Entity => ({ id: `country-${code}`, type: 'country', name: code, aliases: [], mentions: [], code });

test('a record derived from each gold file scores 1 on every slot over all gold files', async () => {
  const goldFiles = await loadGoldDirectory(GOLD_DIRECTORY);
  assert.ok(goldFiles.length >= 2, `expected the gold files in ${GOLD_DIRECTORY}`);
  const result = summarise(goldFiles.map(({ gold }) => scoreDocument(gold, recordFromGold(gold))));
  for (const slot of SLOTS) {
    const score = result.slots[slot];
    assert.deepEqual([slot, score.precision, score.recall, score.f1], [slot, 1, 1, 1], `${slot}: ${JSON.stringify(score)}`);
  }
  for (const [type, score] of Object.entries(result.eventsByType)) assert.equal(score.f1, 1, `events of type ${type}`);
  for (const attribute of ATTRIBUTES) assert.equal(result.attributes[attribute].accuracy, 1, attribute);
  assert.equal(result.meanF1, 1);
});

test('a record derived from each gold file scores 1 on every slot of every single document', async () => {
  for (const { path, gold } of await loadGoldDirectory(GOLD_DIRECTORY)) {
    const document = scoreDocument(gold, recordFromGold(gold));
    for (const slot of SLOTS) assert.equal(slotScore(document.slots[slot]).f1, 1, `${path} ${slot}: ${JSON.stringify(document.slots[slot])}`);
  }
});

test('a record of only the gold items that count still scores 1, since optional items cost nothing when missed', async () => {
  const goldFiles = await loadGoldDirectory(GOLD_DIRECTORY);
  const result = summarise(
    goldFiles.map(({ gold }) => {
      const counting = parseGold(
        {
          ...gold,
          countries: gold.countries.filter((item) => !item.optional),
          persons: gold.persons.filter((item) => !item.optional),
          organizations: gold.organizations.filter((item) => !item.optional),
          places: gold.places.filter((item) => !item.optional),
          instruments: gold.instruments.filter((item) => !item.optional),
          initiatives: gold.initiatives.filter((item) => !item.optional),
          forums: gold.forums.filter((item) => !item.optional),
          events: gold.events.filter((item) => !item.optional),
        },
        'counting items only',
      );
      return scoreDocument(gold, recordFromGold(counting));
    }),
  );
  for (const slot of SLOTS) assert.equal(result.slots[slot].f1, 1, `${slot}: ${JSON.stringify(result.slots[slot])}`);
});

test('an empty record scores 0 recall on every slot that has gold items', async () => {
  const goldFiles = await loadGoldDirectory(GOLD_DIRECTORY);
  const documents = goldFiles.map(({ gold }) => scoreDocument(gold, emptyRecordFor(gold)));
  const result = summarise(documents);
  for (const slot of SLOTS) {
    const score = result.slots[slot];
    assert.ok(score.fn > 0, `${slot} has gold items`);
    assert.equal(score.recall, 0, slot);
    assert.equal(score.f1, 0, slot);
  }
  for (const document of documents) {
    for (const slot of SLOTS) {
      const score = slotScore(document.slots[slot]);
      if (score.fn > 0) assert.equal(score.recall, 0, `${document.file} ${slot}`);
    }
  }
  assert.equal(result.meanF1, 0);
});

test('nothing predicted against nothing expected scores 1 and counts in the mean', () => {
  const gold = parseGold({ file: 't.txt', countries: [{ code: 'AZE' }] }, 'test');
  const document = scoreDocument(gold, recordWith([country('AZE')]));
  const result = summarise([document]);
  assert.deepEqual(result.slots.forums, { tp: 0, fp: 0, fn: 0, precision: 1, recall: 1, f1: 1 });
  assert.equal(result.meanF1, 1);
});

test('nothing predicted against gold items has precision 1, recall 0 and F1 0', () => {
  assert.deepEqual(slotScore({ tp: 0, fp: 0, fn: 3 }), { tp: 0, fp: 0, fn: 3, precision: 1, recall: 0, f1: 0 });
});

test('predictions against an empty gold slot have precision 0, recall 1 and F1 0', () => {
  assert.deepEqual(slotScore({ tp: 0, fp: 2, fn: 0 }), { tp: 0, fp: 2, fn: 0, precision: 0, recall: 1, f1: 0 });
});

test('documents are summed before dividing', () => {
  const gold = parseGold({ file: 't.txt', countries: [{ code: 'AZE' }, { code: 'KAZ' }, { code: 'UZB' }] }, 'test');
  const perfect = scoreDocument(gold, recordWith([country('AZE'), country('KAZ'), country('UZB')]));
  const single = scoreDocument(parseGold({ file: 'u.txt', countries: [{ code: 'AZE' }] }, 'test'), recordWith([country('RUS')]));
  const { countries } = summarise([perfect, single]).slots;
  assert.deepEqual([countries.tp, countries.fp, countries.fn], [3, 1, 1]);
  assert.equal(countries.precision, 3 / 4);
  assert.equal(countries.recall, 3 / 4);
});

test('matching an optional gold item is neither a true nor a false positive, and missing it is no false negative', () => {
  const gold = parseGold({ file: 't.txt', countries: [{ code: 'AZE' }, { code: 'GEO', optional: true }, { code: 'TUR', optional: true }] }, 'test');
  const { countries } = scoreDocument(gold, recordWith([country('AZE'), country('GEO'), country('RUS')])).slots;
  assert.deepEqual(countries, { tp: 1, fp: 1, fn: 0 });
});

test('the mean covers exactly the eight entity and event slots', () => {
  assert.deepEqual([...MEAN_SLOTS], ['countries', 'persons', 'organizations', 'places', 'instruments', 'initiatives', 'forums', 'events']);
});

test('roles count found, missed and invented titles over matched and unmatched persons', () => {
  const gold = parseGold(
    {
      file: 't.txt',
      persons: [
        { name: 'Murat Nurtleu', country: 'KAZ', titles: ['Deputy Prime Minister', 'Foreign Minister'] },
        { name: 'Olzhas Bektenov', country: 'KAZ', titles: ['Prime Minister'] },
        { name: 'Kamikawa', titles: ['Minister'], optional: true },
      ],
    },
    'test',
  );
  const person = (id: string, name: string, titles: string[]): Entity => ({
    id,
    type: 'person',
    name,
    aliases: [],
    mentions: [],
    country: 'KAZ',
    roles: titles.map((title) => ({ title })),
  });
  const record = recordWith([
    person('p1', 'Nurtleu', ['Minister of Foreign Affairs', 'Ambassador']),
    person('p2', 'Kamikawa', ['Foreign Minister']),
    person('p3', 'Jeyhun Bayramov', ['FM']),
  ]);
  // found: Nurtleu's FM; missed: his Deputy PM and Bektenov's PM; extra: Ambassador, Bayramov's FM
  assert.deepEqual(scoreDocument(gold, record).slots.roles, { tp: 1, fp: 2, fn: 2 });
});

test('sectors are the union of the events\' sectors against the required ones, optional ones ignored', () => {
  const gold = parseGold(
    { file: 't.txt', countries: [{ code: 'AZE' }], sectors: { required: ['trade', 'energy', 'transport'], optional: ['logistics'] } },
    'test',
  );
  const events: Event[] = [
    { id: 'e1', type: 'meeting', date: null, participants: ['country-AZE'], sectors: ['trade', 'logistics'], evidence },
    { id: 'e2', type: 'visit', date: null, participants: ['country-AZE'], sectors: ['energy', 'trade', 'sports'], evidence },
  ];
  assert.deepEqual(scoreDocument(gold, recordWith([country('AZE')], events)).slots.sectors, { tp: 2, fp: 1, fn: 1 });
});

test('instrument attributes are judged on matched pairs only', () => {
  const gold = parseGold(
    {
      file: 't.txt',
      instruments: [
        { name: '2022-2026 cooperation programme', kind: 'programme', status: 'in force', period: { start: '2022', end: '2026' }, parties: ['AZE', 'KAZ'] },
        { name: 'Agreement on visas', kind: 'agreement', status: 'signed', parties: ['AZE', 'KAZ'] },
        { name: 'peace agreement', kind: 'agreement', status: 'negotiating', parties: ['AZE', 'ARM'] },
      ],
    },
    'test',
  );
  const instrument = (id: string, name: string, fields: Partial<Extract<Entity, { type: 'instrument' }>>): Entity => ({
    id,
    type: 'instrument',
    name,
    aliases: [],
    mentions: [],
    kind: 'agreement',
    status: 'signed',
    parties: [],
    ...fields,
  });
  const record = recordWith([
    instrument('i1', 'cooperation program for 2022-2026', { kind: 'programme', status: 'signed', period: { start: '2022', end: '2026' }, parties: ['KAZ', 'AZE'] }),
    instrument('i2', 'agreement on visas', { period: { start: '2024' }, parties: ['AZE'] }),
  ]);
  const { attributes } = scoreDocument(gold, record);
  assert.deepEqual(attributes.instrument_kind, { correct: 2, n: 2 });
  assert.deepEqual(attributes.instrument_status, { correct: 1, n: 2 });
  assert.deepEqual(attributes.instrument_period, { correct: 1, n: 2 }, 'a period where gold has none is wrong');
  assert.deepEqual(attributes.instrument_parties, { correct: 1, n: 2 }, 'parties compare as sets');
});

test('event dates are judged only where the gold event has a date, and null equals null', () => {
  const gold = parseGold(
    {
      file: 't.txt',
      countries: [{ code: 'AZE' }],
      events: [
        { type: 'meeting', date: null, participants: ['AZE'] },
        { type: 'visit', date: '2025-03-03', participants: ['AZE'] },
        { type: 'statement', participants: ['AZE'] },
      ],
    },
    'test',
  );
  const record = recordWith(
    [country('AZE')],
    [
      { id: 'e1', type: 'meeting', date: null, participants: ['country-AZE'], sectors: [], evidence },
      { id: 'e2', type: 'visit', date: '2025-03', participants: ['country-AZE'], sectors: [], evidence },
      { id: 'e3', type: 'statement', date: '2025-03-03', participants: ['country-AZE'], sectors: [], evidence },
    ],
  );
  assert.deepEqual(scoreDocument(gold, record).attributes.event_date, { correct: 1, n: 2 });
});

test('who took part: someone only mentioned is a wrong participant, a person stands for their country, a missed one counts', () => {
  const gold = parseGold(
    {
      file: 't.txt',
      countries: [{ code: 'AZE' }, { code: 'KAZ' }],
      persons: [
        { name: 'Ali Asadov', country: 'AZE', titles: ['Prime Minister'] },
        { name: 'Olzhas Bektenov', country: 'KAZ', titles: ['Prime Minister'] },
        { name: 'Ilham Aliyev', country: 'AZE', titles: ['President'] },
      ],
      events: [
        { type: 'meeting', participants: ['Ali Asadov', 'Olzhas Bektenov'] },
        { type: 'call', participants: ['AZE', 'KAZ'] },
        { type: 'visit', participants: ['Ilham Aliyev'], optional: true },
      ],
    },
    'test',
  );
  const person = (id: string, name: string, code: string): Entity => ({ id, type: 'person', name, aliases: [], mentions: [], country: code, roles: [] });
  const record = recordWith(
    [person('p1', 'Ali Asadov', 'AZE'), person('p2', 'Olzhas Bektenov', 'KAZ'), person('p3', 'Ilham Aliyev', 'AZE'), country('AZE'), country('KAZ')],
    [
      // The president is only named in the sentence: a wrong participant. AZE is right, as Asadov's country.
      { id: 'e1', type: 'meeting', date: null, participants: ['p1', 'p2', 'p3', 'country-AZE'], sectors: [], evidence },
      // The Kazakh side is missed; Asadov stands for AZE.
      { id: 'e2', type: 'call', date: null, participants: ['p1'], sectors: [], evidence },
      // An optional gold event: its participants are not judged.
      { id: 'e3', type: 'visit', date: null, participants: ['p3', 'country-KAZ'], sectors: [], evidence },
    ],
  );
  const document = scoreDocument(gold, record);
  assert.equal(document.slots.events.tp, 2);
  assert.deepEqual(document.participants, { predictedRight: 4, predicted: 5, goldFound: 3, gold: 4 });
  const { participants } = summarise([document]);
  assert.equal(participants.precision, 4 / 5);
  assert.equal(participants.recall, 3 / 4);
});

test('initiative kind and status, forum date and person country are judged where gold has them', () => {
  const gold = parseGold(
    {
      file: 't.txt',
      persons: [{ name: 'Ali Asadov', country: 'AZE', titles: [] }, { name: 'Modi', titles: [] }],
      initiatives: [{ name: 'Middle Corridor', kind: 'transport corridor' }, { name: 'joint investment fund', kind: 'fund', status: 'under way' }],
      forums: [{ name: 'COP29', date: null }, { name: 'CIS Games', date: '2025-09' }],
    },
    'test',
  );
  const record = recordWith([
    { id: 'p1', type: 'person', name: 'Asadov', aliases: [], mentions: [], roles: [] },
    { id: 'p2', type: 'person', name: 'Narendra Modi', aliases: [], mentions: [], country: 'IND', roles: [] },
    { id: 'n1', type: 'initiative', name: 'Middle Corridor', aliases: [], mentions: [], kind: 'transport corridor', status: 'unknown', parties: [] },
    { id: 'n2', type: 'initiative', name: 'investment fund', aliases: [], mentions: [], kind: 'fund', status: 'planned', parties: [] },
    { id: 'f1', type: 'forum', name: 'COP29', aliases: [], mentions: [] },
    { id: 'f2', type: 'forum', name: '2025 CIS Games', aliases: [], mentions: [], date: '2025' },
  ]);
  const { attributes } = scoreDocument(gold, record);
  assert.deepEqual(attributes.initiative_kind, { correct: 2, n: 2 });
  assert.deepEqual(attributes.initiative_status, { correct: 0, n: 1 });
  assert.deepEqual(attributes.forum_date, { correct: 1, n: 2 });
  assert.deepEqual(attributes.person_country, { correct: 0, n: 1 });
});

test('an attribute judged on no pair has no accuracy', () => {
  const gold = parseGold({ file: 't.txt' }, 'test');
  const result = summarise([scoreDocument(gold, recordWith([]))]);
  assert.deepEqual(result.attributes.forum_date, { correct: 0, n: 0, accuracy: null });
});

test('events by type count true positives under the gold type and false positives under the predicted type', () => {
  const gold = parseGold(
    {
      file: 't.txt',
      countries: [{ code: 'AZE' }],
      events: [
        { type: 'meeting', participants: ['AZE'] },
        { type: 'signing', participants: ['AZE'] },
        { type: 'visit', participants: ['AZE'], optional: true },
      ],
    },
    'test',
  );
  const record = recordWith(
    [country('AZE')],
    [
      { id: 'e1', type: 'meeting', date: null, participants: ['country-AZE'], sectors: [], evidence },
      { id: 'e2', type: 'call', date: null, participants: ['country-AZE'], sectors: [], evidence },
    ],
  );
  const { eventsByType } = summarise([scoreDocument(gold, record)]);
  assert.deepEqual(Object.keys(eventsByType), ['meeting', 'call', 'signing']);
  assert.deepEqual([eventsByType.meeting.tp, eventsByType.signing.fn, eventsByType.call.fp], [1, 1, 1]);
});
