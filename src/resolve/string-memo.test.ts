import { test } from 'node:test';
import assert from 'node:assert/strict';
import { memoizedByString } from './string-memo.ts';

test('a string is read once while it is kept, and read again after the memo filled up and forgot it', () => {
  const read: string[] = [];
  const upper = memoizedByString((text) => {
    read.push(text);
    return text.toUpperCase();
  }, 2);
  assert.deepEqual([upper('aliyev'), upper('aliyev'), upper('tokayev')], ['ALIYEV', 'ALIYEV', 'TOKAYEV']);
  assert.deepEqual(read, ['aliyev', 'tokayev']);
  assert.equal(upper('asadov'), 'ASADOV');
  assert.equal(upper('aliyev'), 'ALIYEV');
  assert.deepEqual(read, ['aliyev', 'tokayev', 'asadov', 'aliyev']);
});
