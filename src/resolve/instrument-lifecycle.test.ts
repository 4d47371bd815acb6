import { test } from 'node:test';
import assert from 'node:assert/strict';
import { instrumentStandingAsOf } from './instrument-lifecycle.ts';
import { type DatedReport, mergeAttributes } from './merge-attributes.ts';

function report(published: string, attributes: { [field: string]: unknown }): DatedReport {
  return { published, attributes };
}

/** A programme signed in January 2022 for 2022–2024 and ratified that June. */
const programme = mergeAttributes('instrument', [
  report('2022-01-20', { kind: 'programme', status: 'signed', period: { start: '2022', end: '2024' } }),
  report('2022-06-08', { kind: 'programme', status: 'ratified' }),
]);

test('an instrument whose period ended before the as-of day has expired', () => {
  const standing = instrumentStandingAsOf(programme, '2025-01-01');
  assert.equal(standing.status, 'expired');
  assert.equal(standing.expires, '2024-12-31');
  assert.equal(standing.daysToExpiry, -1);
});

test('on the last day of its period an instrument has not yet expired', () => {
  const standing = instrumentStandingAsOf(programme, '2024-12-31');
  assert.equal(standing.status, 'ratified');
  assert.equal(standing.daysToExpiry, 0);
});

test('before the ratification was reported the instrument stands as signed', () => {
  assert.equal(instrumentStandingAsOf(programme, '2022-03-01').status, 'signed');
  assert.equal(instrumentStandingAsOf(programme, '2022-06-08').status, 'ratified');
});

test('before any report of it the status of an instrument is unknown', () => {
  assert.equal(instrumentStandingAsOf(programme, '2021-12-31').status, 'unknown');
});

test('days to expiry count the calendar days from the as-of day to the end of the period', () => {
  // From 1 December 2024 to 31 December 2024.
  assert.equal(instrumentStandingAsOf(programme, '2024-12-01').daysToExpiry, 30);
  // 2024 is a leap year: 1 January to 31 December is 365 days.
  assert.equal(instrumentStandingAsOf(programme, '2024-01-01').daysToExpiry, 365);
});

test('a period ending in a month expires after the last day of that month', () => {
  const memorandum = { status: 'signed', period: { end: '2025-02' } };
  assert.equal(instrumentStandingAsOf(memorandum, '2025-02-28').status, 'signed');
  assert.equal(instrumentStandingAsOf(memorandum, '2025-03-01').status, 'expired');
});

test('an instrument without a period never expires and has no expiry', () => {
  const standing = instrumentStandingAsOf(mergeAttributes('instrument', [report('2001-05-05', { status: 'in force' })]), '2030-01-01');
  assert.deepEqual(standing, { status: 'in force', expires: null, daysToExpiry: null });
});

test('an instrument renewed by a later report with a later period end has not expired', () => {
  const renewed = mergeAttributes('instrument', [
    report('2022-01-20', { kind: 'programme', status: 'signed', period: { start: '2022', end: '2024' } }),
    report('2024-11-15', { kind: 'programme', status: 'signed', period: { start: '2025', end: '2027' } }),
  ]);
  const standing = instrumentStandingAsOf(renewed, '2025-06-01');
  assert.equal(standing.status, 'signed');
  assert.equal(standing.expires, '2027-12-31');
});

test('a text only proposed or under negotiation does not expire when its intended period ends', () => {
  for (const status of ['proposed', 'negotiating']) {
    const draft = mergeAttributes('instrument', [report('2020-03-03', { status, period: { start: '2020', end: '2021' } })]);
    const standing = instrumentStandingAsOf(draft, '2023-01-01');
    assert.equal(standing.status, status);
    assert.ok(standing.daysToExpiry !== null && standing.daysToExpiry < 0);
  }
});

test('without a status history the stored status is the standing', () => {
  assert.equal(instrumentStandingAsOf({ status: 'ratified' }, '2020-01-01').status, 'ratified');
  assert.equal(instrumentStandingAsOf({}, '2020-01-01').status, 'unknown');
});
