import { test } from 'node:test';
import assert from 'node:assert/strict';
import { terminalSafe } from './terminal-text.ts';

test('a name with escapes, line ends and reordering marks prints as one visible line', () => {
  assert.equal(terminalSafe('news\x1b[2K\rfailed other.txt\nok'), 'news\\e[2K\\rfailed other.txt\\nok');
  assert.equal(terminalSafe('a\u202etxt.exe\u0007\u009b'), 'a\\u202etxt.exe\\u0007\\u009b');
});

test('ordinary names, in any script, print as they are', () => {
  for (const name of ['news/2025-03-06 readout.html', 'Ташкент — встреча.txt', 'بيان مشترك.pdf', '東京.txt']) assert.equal(terminalSafe(name), name);
});

test('a message of several lines may keep its line ends, and still shows every other control character', () => {
  assert.equal(terminalSafe('two names:\n  a\x1b[31m.txt', true), 'two names:\n  a\\e[31m.txt');
});
