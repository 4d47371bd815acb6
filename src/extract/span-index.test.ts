import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SpanIndex } from './span-index.ts';

const spans = [{ start: 10, end: 20, n: 1 }, { start: 0, end: 5, n: 0 }, { start: 15, end: 40, n: 2 }, { start: 30, end: 35, n: 3 }];
const index = new SpanIndex(spans);

test('within finds the spans wholly inside a range, in text order', () => {
  assert.deepEqual(index.within(0, 21).map((s) => s.n), [0, 1]);
  assert.deepEqual(index.within(12, 50).map((s) => s.n), [2, 3]);
});

test('overlapping finds spans that cross the range, long ones starting far before it included', () => {
  assert.deepEqual(index.overlapping(36, 38).map((s) => s.n), [2]);
  assert.deepEqual(index.overlapping(19, 31).map((s) => s.n), [1, 2, 3]);
});

test('containing finds the spans around a range', () => {
  assert.deepEqual(index.containing(31, 33).map((s) => s.n), [2, 3]);
  assert.deepEqual(index.containing(4, 12).map((s) => s.n), []);
});
