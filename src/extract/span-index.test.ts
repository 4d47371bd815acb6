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

test('overlaps tells whether any span crosses the range, as overlapping would find one', () => {
  assert.equal(index.overlaps(36, 38), true);
  assert.equal(index.overlaps(5, 10), false);
  assert.equal(index.overlaps(41, 50), false);
  for (let start = 0; start < 45; start++) {
    for (let end = start; end < 46; end++) assert.equal(index.overlaps(start, end), index.overlapping(start, end).length > 0, `${start}-${end}`);
  }
});

test('within, overlapping and containing find what a scan of every span finds, empty ranges included', () => {
  const many = [...spans, { start: 15, end: 15, n: 4 }, { start: 22, end: 22, n: 5 }, { start: 5, end: 30, n: 6 }];
  const manyIndex = new SpanIndex(many);
  const inOrder = [...many].sort((a, b) => a.start - b.start);
  for (let start = 0; start < 45; start++) {
    for (let end = start; end < 46; end++) {
      const range = `${start}-${end}`;
      assert.deepEqual(manyIndex.within(start, end), inOrder.filter((s) => s.start >= start && s.start < end && s.end <= end), range);
      assert.deepEqual(manyIndex.overlapping(start, end), inOrder.filter((s) => s.start < end && s.end > start), range);
      assert.deepEqual(manyIndex.containing(start, end), inOrder.filter((s) => s.start < end && s.end > start && s.start <= start && end <= s.end), range);
    }
  }
});
