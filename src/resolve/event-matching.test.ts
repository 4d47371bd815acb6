import { test } from 'node:test';
import assert from 'node:assert/strict';
import { partialDateBounds } from '../record/partial-date.ts';
import { type EventView, candidateWindow, isSameEvent } from './event-matching.ts';

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
