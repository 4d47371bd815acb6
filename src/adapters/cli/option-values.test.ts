import { test } from 'node:test';
import assert from 'node:assert/strict';
import { UsageError } from './command.ts';
import { parseByteSize, parsePublishedOption } from './option-values.ts';

const KB = 1024;
const MB = 1024 * 1024;

test('a byte size reads kilobytes and megabytes with or without a space, and a bare number as bytes', () => {
  assert.equal(parseByteSize('500kB', '--max-bytes'), 500 * KB);
  assert.equal(parseByteSize('20MB', '--max-bytes'), 20 * MB);
  assert.equal(parseByteSize('1.5 MB', '--max-bytes'), 1.5 * MB);
  assert.equal(parseByteSize('2gb', '--max-bytes'), 2 * 1024 * MB);
  assert.equal(parseByteSize('12', '--max-bytes'), 12);
});

test('a byte size that is not a number with a known unit is a usage error naming the option and the value', () => {
  for (const bad of ['', 'lots', '20 TB', '-5MB', '1,5MB', 'MB', '5 M B']) {
    assert.throws(
      () => parseByteSize(bad, '--max-bytes'),
      (error: unknown) => error instanceof UsageError && error.message.includes('--max-bytes') && error.message.includes(`"${bad}"`),
      `"${bad}" should be refused`,
    );
  }
});

test('a byte size of zero is refused, since it would refuse every input', () => {
  assert.throws(() => parseByteSize('0', '--max-bytes'), UsageError);
  assert.throws(() => parseByteSize('0.0001kB', '--max-bytes'), UsageError);
});

test('a publication date is taken as given when it is a real YYYY-MM-DD day', () => {
  assert.equal(parsePublishedOption('2024-01-15'), '2024-01-15');
  assert.equal(parsePublishedOption('2024-02-29'), '2024-02-29');
  assert.equal(parsePublishedOption(undefined), undefined);
});

test('a publication date in another format is refused with the expected format named', () => {
  for (const bad of ['2025-13-40', '15/01/2024', '2024-1-5', 'yesterday', '2024-01-15T10:00']) {
    assert.throws(
      () => parsePublishedOption(bad),
      (error: unknown) => error instanceof UsageError && error.message.includes('YYYY-MM-DD') && error.message.includes(`"${bad}"`),
      `"${bad}" should be refused`,
    );
  }
});

test('a publication date that is not a day of the calendar is refused, not rolled over to the next month', () => {
  for (const bad of ['2025-02-30', '2025-02-29', '2024-04-31']) {
    assert.throws(
      () => parsePublishedOption(bad),
      (error: unknown) => error instanceof UsageError && /not a day of the calendar/.test(error.message) && error.message.includes(bad),
      `"${bad}" should be refused`,
    );
  }
});
