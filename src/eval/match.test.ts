import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Entity, Event } from '../record/schema.ts';
import { parseGold } from './gold.ts';
import {
  foldTitle,
  matchCountries,
  matchDocument,
  matchNamedEntities,
  matchPersons,
  matchTitles,
  pairOneToOne,
  rankNames,
  rankPersonNames,
} from './match.ts';
import { recordWith } from './record-from-gold.ts';

const country = (code: string): Entity => ({ id: `country-${code}`, type: 'country', name: code, aliases: [], mentions: [], code });
const person = (id: string, name: string, countryCode?: string, titles: string[] = [], aliases: string[] = []): Entity => ({
  id,
  type: 'person',
  name,
  aliases,
  mentions: [],
  ...(countryCode ? { country: countryCode } : {}),
  roles: titles.map((title) => ({ title })),
});
const organization = (id: string, name: string, aliases: string[] = []): Entity => ({ id, type: 'organization', name, aliases, mentions: [] });
const instrument = (id: string, name: string, aliases: string[] = []): Entity => ({
  id,
  type: 'instrument',
  name,
  aliases,
  mentions: [],
  kind: 'agreement',
  status: 'signed',
  parties: [],
});
const forum = (id: string, name: string): Entity => ({ id, type: 'forum', name, aliases: [], mentions: [] });
const event = (id: string, type: Event['type'], participants: string[], extra: Partial<Event> = {}): Event => ({
  id,
  type,
  date: null,
  participants,
  sectors: [],
  evidence: [{ start: 0, end: 1 }],
  ...extra,
});

const named = (name: string, aliases: string[] = [], optional = false) => ({ name, aliases, ...(optional ? { optional } : {}) });

test('names match when any name or alias is equal after normalisation', () => {
  assert.deepEqual(rankNames(['Organization of Turkic States', 'OTS'], ['the Organisation of Turkic States']), [1, 1]);
  assert.deepEqual(rankNames(['Baku-Tbilisi-Ceyhan pipeline', 'BTC pipeline'], ['BTC Pipeline']), [1, 1]);
});

test('names match when their content words overlap with Jaccard of at least one half', () => {
  // {joint, investment, fund} against {investment, fund}: 2 of 3
  assert.deepEqual(rankNames(['joint investment fund'], ['investment fund']), [2 / 3, 0]);
  // {middle, corridor} against {corridor}: exactly 1/2
  assert.deepEqual(rankNames(['Middle Corridor'], ['the corridor']), [0.5, 0]);
});

test('names below half overlap do not match', () => {
  // {middle, corridor} against {zangezur, corridor}: 1 of 3
  assert.equal(rankNames(['Middle Corridor'], ['Zangezur Corridor']), null);
  assert.equal(rankNames(['United Nations'], ['the']), null);
});

test('entities pair one to one, the best score first', () => {
  const gold = [named('Caspian Economic Forum'), named('3rd Caspian Economic Forum')];
  const predicted = [forum('f1', 'Caspian Economic Forum'), forum('f2', 'third Caspian Economic Forum')];
  const matching = matchNamedEntities(gold, predicted);
  assert.deepEqual(
    matching.pairs.map((pair) => [pair.gold.name, pair.predicted.id]),
    [['Caspian Economic Forum', 'f1'], ['3rd Caspian Economic Forum', 'f2']],
  );
});

test('one predicted entity cannot match two gold entities', () => {
  const gold = [named('joint investment fund'), named('investment fund of Azerbaijan')];
  const matching = matchNamedEntities(gold, [organization('o1', 'investment fund')]);
  assert.equal(matching.pairs.length, 1);
  assert.equal(matching.pairs[0].gold.name, 'joint investment fund');
  assert.deepEqual(matching.unmatchedGold.map((item) => item.name), ['investment fund of Azerbaijan']);
});

test('an exact name is preferred to a full word overlap', () => {
  const gold = [named('Agreement on agriculture between Turkey and Iceland'), named('agreement on agriculture, Turkey and Iceland')];
  const matching = matchNamedEntities(gold, [instrument('i1', 'agreement on agriculture Turkey and Iceland')]);
  assert.equal(matching.pairs[0].gold.name, 'agreement on agriculture, Turkey and Iceland');
});

test('at equal score a gold item that counts is paired before an optional one', () => {
  const gold = [named('Caspian Sea', [], true), named('Caspian Sea')];
  const matching = pairOneToOne(gold, ['Caspian Sea'], (goldItem, predicted) => (goldItem.name === predicted ? [1] : null));
  assert.equal(matching.pairs[0].gold.optional, undefined);
  assert.equal(matching.unmatchedGold[0].optional, true);
});

test('persons match on surname when one side has no given name', () => {
  assert.notEqual(rankPersonNames('Olzhas Bektenov', 'Bektenov'), null);
  assert.notEqual(rankPersonNames('Modi', 'Narendra Modi'), null);
  assert.equal(rankPersonNames('Olzhas Bektenov', 'Asadov'), null);
});

test('persons with given names on both sides must agree on the given name too', () => {
  assert.deepEqual(rankPersonNames('Ilham Aliyev', 'Ilham Aliyev'), [1]);
  assert.equal(rankPersonNames('Ilham Aliyev', 'Heydar Aliyev'), null);
  assert.equal(rankPersonNames('Janja da Silva', 'Luiz Inácio Lula da Silva'), null);
});

test('initials, generational suffixes, hyphens and accents do not stop a person match', () => {
  assert.deepEqual(rankPersonNames('Antony J. Blinken', 'Antony Blinken'), [1]);
  assert.deepEqual(rankPersonNames('Ferdinand R. Marcos Jr.', 'Ferdinand Marcos'), [1]);
  assert.deepEqual(rankPersonNames('Kassym-Jomart Tokayev', 'Kassym Jomart Tokayev'), [1]);
  assert.deepEqual(rankPersonNames('Luiz Inácio Lula da Silva', 'Luiz Inacio Lula da Silva'), [1]);
});

test('a given name may stand among the other side\'s forenames', () => {
  assert.deepEqual(rankPersonNames('Luiz Inácio Lula da Silva', 'Lula da Silva'), [1]);
});

test('a name written surname first matches its reversed form', () => {
  assert.deepEqual(rankPersonNames('Kihara Minoru', 'Minoru Kihara'), [0.75]);
});

test('a one-word name matches another word than the last, ranked below a surname', () => {
  assert.deepEqual(rankPersonNames('Xi Jinping', 'Xi'), [0.4]);
  assert.deepEqual(rankPersonNames('Xi Jinping', 'Jinping'), [0.5]);
});

test('persons pair one to one, full names before surnames alone', () => {
  const gold = parseGold(
    { file: 't.txt', persons: [{ name: 'Heydar Aliyev', titles: [] }, { name: 'Ilham Aliyev', titles: [] }] },
    'test',
  ).persons;
  const predicted = [person('p1', 'Aliyev'), person('p2', 'Ilham Aliyev')].filter((entity) => entity.type === 'person');
  const matching = matchPersons(gold, predicted);
  assert.deepEqual(
    matching.pairs.map((pair) => [pair.gold.name, pair.predicted.id]),
    [['Ilham Aliyev', 'p2'], ['Heydar Aliyev', 'p1']],
  );
});

test('a predicted person matches through any of its aliases', () => {
  const gold = parseGold({ file: 't.txt', persons: [{ name: 'Murat Nurtleu', titles: [] }] }, 'test').persons;
  const predicted = [person('p1', 'the Kazakh Foreign Minister', 'KAZ', [], ['Nurtleu'])].filter((entity) => entity.type === 'person');
  assert.equal(matchPersons(gold, predicted).pairs.length, 1);
});

test('countries match as sets of codes, duplicates counted once', () => {
  const gold = parseGold({ file: 't.txt', countries: [{ code: 'AZE' }, { code: 'KAZ' }, { code: 'TUR', optional: true }] }, 'test').countries;
  const matching = matchCountries(gold, ['AZE', 'AZE', 'TUR', 'RUS']);
  assert.deepEqual(matching.pairs.map((pair) => pair.gold.code), ['AZE', 'TUR']);
  assert.deepEqual(matching.unmatchedGold.map((item) => item.code), ['KAZ']);
  assert.deepEqual(matching.unmatchedPredicted, ['RUS']);
});

test('titles fold the synonyms of the matching rules', () => {
  assert.equal(foldTitle('Minister of Foreign Affairs'), 'foreign minister');
  assert.equal(foldTitle('FM'), 'foreign minister');
  assert.equal(foldTitle('Premier'), 'prime minister');
  assert.equal(foldTitle('PM'), 'prime minister');
  assert.equal(foldTitle('Vice-Premier'), 'deputy prime minister');
  assert.equal(foldTitle('Deputy PM'), 'deputy prime minister');
  assert.equal(foldTitle('President'), 'president');
});

test('"Minister of X" and "X Minister" are one title, before and after folding synonyms', () => {
  assert.equal(foldTitle('Minister of Defence'), foldTitle('Defence Minister'));
  assert.equal(foldTitle('Deputy Minister of Energy'), foldTitle('Deputy Energy Minister'));
  assert.equal(foldTitle('Foreign Affairs Minister'), 'foreign minister');
  assert.notEqual(foldTitle('Minister of Defence'), foldTitle('Minister of Energy'));
  assert.deepEqual(matchTitles(['Minister of Trade and Industry'], ['Trade and Industry Minister']), { found: 1, missed: 0, extra: 0 });
});

test('a gold title is found when a predicted role has the same folded title', () => {
  assert.deepEqual(matchTitles(['Deputy Prime Minister', 'Foreign Minister'], ['Vice Premier', 'Minister of Foreign Affairs']), {
    found: 2,
    missed: 0,
    extra: 0,
  });
  assert.deepEqual(matchTitles(['Foreign Minister'], ['Minister', 'FM']), { found: 1, missed: 0, extra: 1 });
  assert.deepEqual(matchTitles(['Prime Minister'], ['Deputy Prime Minister']), { found: 0, missed: 1, extra: 1 });
});

const eventGold = (events: object[], extra: object = {}) =>
  parseGold(
    {
      file: 't.txt',
      countries: [{ code: 'AZE' }, { code: 'KAZ' }],
      persons: [
        { name: 'Ali Asadov', country: 'AZE', titles: ['Prime Minister'] },
        { name: 'Olzhas Bektenov', country: 'KAZ', titles: ['Prime Minister'] },
      ],
      events,
      ...extra,
    },
    'test',
  );

test('events match when the type is the same and a participant is shared', () => {
  const gold = eventGold([{ type: 'meeting', participants: ['Ali Asadov', 'Olzhas Bektenov'] }]);
  const record = recordWith([person('p1', 'Asadov', 'AZE'), person('p2', 'Bektenov', 'KAZ')], [
    event('e1', 'meeting', ['p1']),
    event('e2', 'visit', ['p1', 'p2']),
  ]);
  const matching = matchDocument(gold, record).events;
  assert.deepEqual(matching.pairs.map((pair) => pair.predicted.id), ['e1']);
  assert.deepEqual(matching.unmatchedPredicted.map((item) => item.id), ['e2']);
});

test('events with no shared participant do not match', () => {
  const gold = eventGold([{ type: 'meeting', participants: ['Ali Asadov'] }]);
  const record = recordWith([person('p2', 'Bektenov', 'KAZ')], [event('e1', 'meeting', ['p2'])]);
  assert.equal(matchDocument(gold, record).events.pairs.length, 0);
});

test('a predicted person stands for their country in a gold event', () => {
  const gold = eventGold([{ type: 'visit', participants: ['AZE'] }]);
  const record = recordWith([person('p1', 'Ilham Aliyev', 'AZE')], [event('e1', 'visit', ['p1'])]);
  assert.equal(matchDocument(gold, record).events.pairs.length, 1);
});

test('a gold person stands for their gold country in a predicted event', () => {
  const gold = eventGold([{ type: 'visit', participants: ['Olzhas Bektenov'] }]);
  const record = recordWith([country('KAZ')], [event('e1', 'visit', ['country-KAZ'])]);
  assert.equal(matchDocument(gold, record).events.pairs.length, 1);
});

test('a person of another country does not stand in for a gold country', () => {
  const gold = eventGold([{ type: 'visit', participants: ['KAZ'] }]);
  const record = recordWith([person('p1', 'Ilham Aliyev', 'AZE')], [event('e1', 'visit', ['p1'])]);
  assert.equal(matchDocument(gold, record).events.pairs.length, 0);
});

test('organizations in gold events match predicted participants by the name rule', () => {
  const gold = eventGold([{ type: 'incident', participants: ['AZAL'] }], {
    organizations: [{ name: 'AZAL', aliases: ['Azerbaijan Airlines'] }],
  });
  const airline = recordWith([organization('o1', 'Azerbaijan Airlines')], [event('e1', 'incident', ['o1'])]);
  assert.equal(matchDocument(gold, airline).events.pairs.length, 1);
  const countryOnly = recordWith([country('AZE')], [event('e1', 'incident', ['country-AZE'])]);
  assert.equal(matchDocument(gold, countryOnly).events.pairs.length, 0);
});

test('an event whose gold names instruments must refer to one of them', () => {
  const gold = eventGold(
    [{ type: 'signing', participants: ['AZE', 'KAZ'], instruments: ['agreement on cooperation in compulsory medical insurance'] }],
    { instruments: [{ name: 'agreement on cooperation in compulsory medical insurance', aliases: ['medical insurance agreement'] }] },
  );
  const entities = [country('AZE'), country('KAZ'), instrument('i1', 'medical insurance agreement'), instrument('i2', 'agreement on visas')];
  const right = recordWith(entities, [event('e1', 'signing', ['country-AZE'], { instruments: ['i1'] })]);
  const wrong = recordWith(entities, [event('e1', 'signing', ['country-AZE'], { instruments: ['i2'] })]);
  const none = recordWith(entities, [event('e1', 'signing', ['country-AZE'])]);
  assert.equal(matchDocument(gold, right).events.pairs.length, 1);
  assert.equal(matchDocument(gold, wrong).events.pairs.length, 0);
  assert.equal(matchDocument(gold, none).events.pairs.length, 0);
});

test('an event whose gold names a forum may refer to it by its forum field or as a participant', () => {
  const gold = eventGold([{ type: 'forum', participants: ['AZE'], forum: '3rd Caspian Economic Forum' }], {
    forums: [{ name: '3rd Caspian Economic Forum', aliases: ['Caspian Economic Forum'], date: '2025-02' }],
  });
  const entities = [country('AZE'), forum('f1', 'Caspian Economic Forum')];
  const byField = recordWith(entities, [event('e1', 'forum', ['country-AZE'], { forum: 'f1' })]);
  const byParticipant = recordWith(entities, [event('e1', 'forum', ['country-AZE', 'f1'])]);
  assert.equal(matchDocument(gold, byField).events.pairs.length, 1);
  assert.equal(matchDocument(gold, byParticipant).events.pairs.length, 1);
});

test('statements also need the same stance', () => {
  const gold = eventGold([
    { type: 'statement', participants: ['Ali Asadov'], stance: 'gratitude' },
    { type: 'statement', participants: ['Ali Asadov'], stance: 'concern' },
  ]);
  const record = recordWith([person('p1', 'Ali Asadov', 'AZE')], [
    event('e1', 'statement', ['p1'], { stance: 'concern' }),
    event('e2', 'statement', ['p1'], { stance: 'praise' }),
  ]);
  const matching = matchDocument(gold, record).events;
  assert.deepEqual(matching.pairs.map((pair) => [pair.gold.stance, pair.predicted.id]), [['concern', 'e1']]);
  assert.deepEqual(matching.unmatchedPredicted.map((item) => item.id), ['e2']);
});

test('events pair one to one, the closest participant lists first', () => {
  const gold = eventGold([
    { type: 'meeting', participants: ['AZE'] },
    { type: 'meeting', participants: ['Ali Asadov', 'Olzhas Bektenov'] },
  ]);
  const record = recordWith([person('p1', 'Asadov', 'AZE'), person('p2', 'Bektenov', 'KAZ')], [event('e1', 'meeting', ['p1', 'p2'])]);
  const matching = matchDocument(gold, record).events;
  assert.equal(matching.pairs.length, 1);
  assert.deepEqual(matching.pairs[0].gold.participants, ['Ali Asadov', 'Olzhas Bektenov']);
});

test('among equally close events the one with the same date is paired', () => {
  const gold = eventGold([
    { type: 'visit', date: '2024-03', participants: ['AZE'] },
    { type: 'visit', date: '2025-03-03', participants: ['AZE'] },
  ]);
  const record = recordWith([country('AZE')], [event('e1', 'visit', ['country-AZE'], { date: '2025-03-03' })]);
  assert.equal(matchDocument(gold, record).events.pairs[0].gold.date, '2025-03-03');
});
