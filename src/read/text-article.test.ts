import { test } from 'node:test';
import assert from 'node:assert/strict';
import { InputError } from './article.ts';
import { normalisePublishedDate, parseTextArticle, primaryLanguage } from './text-article.ts';

const BODY = 'BAKU – The foreign ministers met on Monday.\n\nThey signed an action plan for 2025-2026.';

test('a header of key: value lines ended by a blank line gives the metadata, and the body follows it exactly', () => {
  const header = 'source: https://example.org/news/1\noutlet: Example News\npublished: 2025-03-03\ntitle: Ministers meet\nlanguage: en-GB\n\n';
  const article = parseTextArticle(`${header}${BODY}\n\n`, 'article.txt');
  assert.deepEqual(article, {
    file: 'article.txt',
    source: 'https://example.org/news/1',
    outlet: 'Example News',
    title: 'Ministers meet',
    published: '2025-03-03',
    language: 'en',
    body: BODY,
  });
  assert.equal(`${header}${BODY}`.slice(header.length), article.body);
});

test('"unknown" and empty header values count as absent', () => {
  const article = parseTextArticle(`source: unknown\noutlet:\npublished: unknown\ntitle: Unknown\nlanguage: unknown\n\n${BODY}`, 'a.txt');
  assert.deepEqual(article, { file: 'a.txt', published: null, language: 'en', body: BODY });
});

test('url fills source when the header has no source', () => {
  assert.equal(parseTextArticle(`url: https://example.org/2\n\n${BODY}`, 'a.txt').source, 'https://example.org/2');
  assert.equal(parseTextArticle(`source: Trend\nurl: https://example.org/2\n\n${BODY}`, 'a.txt').source, 'Trend');
});

test('a text whose first line is not a header key has no header', () => {
  const text = `Note: this is the first line of the body.\n\n${BODY}`;
  assert.deepEqual(parseTextArticle(text, 'a.txt'), { file: 'a.txt', published: null, language: 'en', body: text });
});

test('a line that is not a known key ends the header, so no text is dropped', () => {
  const article = parseTextArticle('title: Talks in Baku\nBAKU: the ministers met.\n\nMore text.', 'a.txt');
  assert.equal(article.title, 'Talks in Baku');
  assert.equal(article.body, 'BAKU: the ministers met.\n\nMore text.');
});

test('only trailing whitespace is trimmed from the body', () => {
  assert.equal(parseTextArticle(`title: x\n\n  Indented first line.\n\n \t\n`, 'a.txt').body, '  Indented first line.');
});

test('a header followed by no text is an error that says so', () => {
  assert.throws(() => parseTextArticle('title: x\npublished: 2025-01-01\n\n  \n', 'a.txt'), (error: unknown) => {
    assert.ok(error instanceof InputError);
    assert.equal(error.message, 'a.txt: empty body: the header is followed by no text');
    return true;
  });
});

test('publication dates in ISO, written-out and dotted forms become YYYY-MM-DD', () => {
  const cases: [string, string | null][] = [
    ['2025-03-03', '2025-03-03'],
    ['2025-03-04T01:30:00+04:00', '2025-03-04'],
    ['2025/3/4', '2025-03-04'],
    ['20250304', '2025-03-04'],
    ['04.03.2025', '2025-03-04'],
    ['March 3, 2025', '2025-03-03'],
    ['Sept. 21st 2022', '2022-09-21'],
    ['3 March 2025', '2025-03-03'],
    ['Tue, 11 Feb 2025 01:30:00 +0400', '2025-02-11'],
    ['unknown', null],
    ['', null],
    ['last Monday', null],
    ['2025-02-30', null],
    ['03/04/2025', null],
    ['Smarch 3, 2025', null],
  ];
  for (const [value, expected] of cases) assert.equal(normalisePublishedDate(value), expected, value);
});

test('a language tag is reduced to its primary subtag', () => {
  assert.equal(primaryLanguage('en-US'), 'en');
  assert.equal(primaryLanguage('RU'), 'ru');
  assert.equal(primaryLanguage('az_Latn'), 'az');
  assert.equal(primaryLanguage('unknown'), undefined);
  assert.equal(primaryLanguage(''), undefined);
});
