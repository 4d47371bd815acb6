import { test } from 'node:test';
import assert from 'node:assert/strict';
import { partialDateBounds } from './partial-date.ts';

test('a day means itself, a month its first to last day, a year January 1 to December 31', () => {
  assert.deepEqual(partialDateBounds('2025-03-03'), { start: '2025-03-03', end: '2025-03-03' });
  assert.deepEqual(partialDateBounds('2025-04'), { start: '2025-04-01', end: '2025-04-30' });
  assert.deepEqual(partialDateBounds('2024-02'), { start: '2024-02-01', end: '2024-02-29' });
  assert.deepEqual(partialDateBounds('2025-02'), { start: '2025-02-01', end: '2025-02-28' });
  assert.deepEqual(partialDateBounds('2025'), { start: '2025-01-01', end: '2025-12-31' });
});
