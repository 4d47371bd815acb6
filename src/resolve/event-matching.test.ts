import { test } from 'node:test';
import assert from 'node:assert/strict';
import { partialDateBounds } from '../record/partial-date.ts';
import { type EventView, candidateWindow, isSameEvent, occasionInstruments } from './event-matching.ts';

function event(details: Partial<{ type: string; date: string | null; countries: string[]; people: string[]; instruments: string[]; stories: number[] }>): EventView {
  return {
    type: details.type ?? 'meeting',
    date: details.date === undefined ? '2025-03-04' : details.date,
    countries: new Set(details.countries ?? ['AZE', 'KAZ']),
    people: new Set(details.people ?? ['person:ilham-aliyev', 'person:kassym-jomart-tokayev']),
    instruments: new Set(details.instruments ?? []),
    stories: new Set(details.stories ?? []),
  };
}

test('a meeting of the same people reported one day apart is one meeting', () => {
  assert.equal(isSameEvent(event({ date: '2025-03-04' }), event({ date: '2025-03-05' })), true);
  assert.equal(isSameEvent(event({ date: '2025-03-05' }), event({ date: '2025-03-04' })), true);
});

test('a meeting of the same people reported three days apart is another meeting', () => {
  assert.equal(isSameEvent(event({ date: '2025-03-04' }), event({ date: '2025-03-07' })), false);
});

test('a date of a month only joins a day of that month when a person is named by both', () => {
  const monthOnly = event({ date: '2025-03', people: ['person:murat-nurtleu'] });
  assert.equal(isSameEvent(monthOnly, event({ date: '2025-03-20', people: ['person:murat-nurtleu'] })), true);
  assert.equal(isSameEvent(monthOnly, event({ date: '2025-03-20', people: [] })), false);
  assert.equal(isSameEvent(event({ date: '2025-03', people: [] }), event({ date: '2025-03', people: [] })), false);
});

test('a date of a month only does not reach beyond the month and its day of tolerance', () => {
  const monthOnly = event({ date: '2025-03' });
  assert.equal(isSameEvent(monthOnly, event({ date: '2025-04-01' })), true);
  assert.equal(isSameEvent(monthOnly, event({ date: '2025-04-02' })), false);
});

test('two reports of one story are one event even when neither gives a date', () => {
  assert.equal(isSameEvent(event({ date: null, stories: [7] }), event({ date: null, stories: [7] })), true);
  assert.equal(isSameEvent(event({ date: '2025-03-04', stories: [7] }), event({ date: null, stories: [7, 8] })), true);
});

test('undated reports of different stories are not joined', () => {
  assert.equal(isSameEvent(event({ date: null, stories: [7] }), event({ date: null, stories: [8] })), false);
  assert.equal(isSameEvent(event({ date: '2025-03-04' }), event({ date: null })), false);
});

test('one story does not join two dated reports a week apart', () => {
  assert.equal(isSameEvent(event({ date: '2025-03-04', stories: [7] }), event({ date: '2025-03-11', stories: [7] })), false);
});

test('events of different types never merge', () => {
  assert.equal(isSameEvent(event({ type: 'meeting', stories: [7] }), event({ type: 'call', stories: [7] })), false);
});

test('events with no person in common do not merge', () => {
  assert.equal(isSameEvent(event({ people: ['person:a', 'person:b'] }), event({ people: ['person:c'] })), false);
});

test('an event that names nobody can still be the one that names its people', () => {
  assert.equal(isSameEvent(event({}), event({ people: [] })), true);
});

test('one shared country is not enough when both name two', () => {
  assert.equal(isSameEvent(event({ countries: ['AZE', 'KAZ'] }), event({ countries: ['AZE', 'UZB'] })), false);
  assert.equal(isSameEvent(event({ countries: ['AZE', 'KAZ'] }), event({ countries: ['KAZ'] })), true);
});

test('signings of disjoint instruments are different events', () => {
  const signing = (instruments: string[]) => event({ type: 'signing', instruments });
  assert.equal(isSameEvent(signing(['instrument:tourism']), signing(['instrument:education'])), false);
  assert.equal(isSameEvent(signing(['instrument:tourism']), signing(['instrument:tourism', 'instrument:education'])), true);
  assert.equal(isSameEvent(signing(['instrument:tourism']), signing([])), true);
});

test('the signing of one instrument by the same parties is one event when a report has no date, whoever it says signed', () => {
  const signing = (date: string | null, people: string[]) => event({ type: 'signing', date, people, instruments: ['instrument:visa'] });
  assert.equal(isSameEvent(signing('2025-03-04', ['person:a', 'person:b']), signing(null, [])), true);
  assert.equal(isSameEvent(signing(null, ['person:a', 'person:b']), signing('2025-03-04', ['person:c'])), true);
  assert.equal(isSameEvent(signing(null, []), event({ type: 'signing', date: null, instruments: ['instrument:customs'] })), false);
  assert.equal(isSameEvent(signing(null, []), event({ type: 'signing', date: null, instruments: ['instrument:visa'], countries: ['AZE', 'UZB'] })), false);
});

test('two signings of one instrument on days a week apart are two events, and one dated by its month alone is either', () => {
  const signing = (date: string) => event({ type: 'signing', date, people: [], instruments: ['instrument:visa'] });
  assert.equal(isSameEvent(signing('2025-03-04'), signing('2025-03-11')), false);
  assert.equal(isSameEvent(signing('2025-03-04'), signing('2025-03')), true);
  assert.equal(isSameEvent(signing('2025-03-04'), event({ type: 'signing', date: '2025-03', people: [], instruments: ['instrument:customs'] })), false);
});

test('undated meetings are one when the same people met about the same instrument, and only then', () => {
  const meeting = (people: string[], instruments: string[], date: string | null = null) => event({ people, instruments, date });
  const ministers = ['person:a', 'person:b'];
  assert.equal(isSameEvent(meeting(ministers, ['instrument:plan']), meeting(ministers, ['instrument:plan'])), true);
  assert.equal(isSameEvent(meeting(ministers, ['instrument:plan'], '2025-01-27'), meeting(ministers, ['instrument:plan'])), true);
  assert.equal(isSameEvent(meeting(ministers, ['instrument:plan']), meeting(['person:a', 'person:c'], ['instrument:plan'])), false);
  assert.equal(isSameEvent(meeting(ministers, ['instrument:plan']), meeting([], ['instrument:plan'])), false);
  assert.equal(isSameEvent(meeting(ministers, []), meeting(ministers, [])), false);
});

test('a meeting is about what its document says the same people signed that day, and not what others signed', () => {
  const ministers = ['person:a', 'person:b'];
  const meeting = event({ date: null, people: ministers });
  const signedByThem = event({ type: 'signing', date: null, people: ministers, instruments: ['instrument:plan'] });
  const signedByOthers = event({ type: 'signing', date: null, people: ['person:c', 'person:d'], instruments: ['instrument:loan'] });
  const signedAnotherDay = event({ type: 'signing', date: '2025-01-20', people: ministers, instruments: ['instrument:treaty'] });
  assert.deepEqual([...occasionInstruments(meeting, [meeting, signedByThem, signedByOthers, signedAnotherDay])], ['instrument:plan']);
  const call = event({ type: 'call', date: null, people: ministers });
  assert.deepEqual([...occasionInstruments(call, [call, signedByThem])], []);
});

test('the candidate window reaches one day beyond either end of the date', () => {
  assert.deepEqual(candidateWindow('2025-03-04'), { start: '2025-03-03', end: '2025-03-05' });
  assert.deepEqual(candidateWindow('2024-03'), { start: '2024-02-29', end: '2024-04-01' });
  assert.deepEqual(candidateWindow('2025'), { start: '2024-12-31', end: '2026-01-01' });
});

test('every dated known event that an incoming one matches overlaps the incoming candidate window', () => {
  const incomingDates = ['2025-03-01', '2025-02-28', '2025-03'];
  const knownDates = ['2025-02', '2025-03', '2025-04'];
  for (let day = 20; day <= 28; day += 1) knownDates.push(`2025-02-${day}`);
  for (let day = 1; day <= 9; day += 1) knownDates.push(`2025-03-0${day}`);
  let matches = 0;
  for (const incomingDate of incomingDates) {
    const window = candidateWindow(incomingDate);
    for (const knownDate of knownDates) {
      if (!isSameEvent(event({ date: knownDate }), event({ date: incomingDate }))) continue;
      matches += 1;
      const known = partialDateBounds(knownDate);
      assert.ok(known.start <= window.end && known.end >= window.start, `${knownDate} matches ${incomingDate} outside ${JSON.stringify(window)}`);
    }
  }
  assert.ok(matches > incomingDates.length, 'the grid should exercise the tolerance, not only equal dates');
});
