import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { declaredCharset, decodeText, detectEncoding, looksBinary } from './decode.ts';

const FIXTURES = fileURLToPath(new URL('../../test/fixtures/ingest/', import.meta.url));

function utf16(text: string, endianness: 'le' | 'be'): Uint8Array {
  const littleEndian = Buffer.from(`\uFEFF${text}`, 'utf16le');
  return endianness === 'le' ? littleEndian : Buffer.from(littleEndian).swap16();
}

test('UTF-8 with a byte order mark is decoded without the mark', () => {
  const decoded = decodeText(Buffer.from('\uFEFFBakı – Astana', 'utf8'));
  assert.deepEqual(decoded, { text: 'Bakı – Astana', encoding: 'utf-8' });
});

test('UTF-16 with a byte order mark is decoded in either byte order', () => {
  assert.deepEqual(decodeText(utf16('Président — Ташкент', 'le')), { text: 'Président — Ташкент', encoding: 'utf-16le' });
  assert.deepEqual(decodeText(utf16('Président — Ташкент', 'be')), { text: 'Président — Ташкент', encoding: 'utf-16be' });
});

test('CRLF and CR line ends become LF', () => {
  assert.equal(decodeText(Buffer.from('one\r\ntwo\rthree\n\r\nfour')).text, 'one\ntwo\nthree\n\nfour');
});

test('a windows-1251 page that declares its charset is decoded as windows-1251', async () => {
  const bytes = await readFile(`${FIXTURES}ru-declared-1251.html`);
  assert.equal(declaredCharset(bytes), 'windows-1251');
  const { text, encoding } = decodeText(bytes);
  assert.equal(encoding, 'windows-1251');
  assert.match(text, /Министры иностранных дел Казахстана и Узбекистана/);
});

test('a windows-1251 page without a declaration is recognised as windows-1251', async () => {
  const bytes = await readFile(`${FIXTURES}ru-undeclared-1251.html`);
  assert.equal(declaredCharset(bytes), undefined);
  const { text, encoding } = decodeText(bytes);
  assert.equal(encoding, 'windows-1251');
  assert.match(text, /стратегического партнёрства/);
});

test('a windows-1252 page declared through http-equiv is decoded as windows-1252', () => {
  const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head><body>Le président a reçu l'ambassadeur</body></html>`;
  const bytes = Buffer.from(html, 'latin1');
  assert.equal(detectEncoding(bytes), 'windows-1252');
  assert.match(decodeText(bytes).text, /Le président a reçu l'ambassadeur/);
});

test('an XML declaration names the charset of a feed', () => {
  const xml = '<?xml version="1.0" encoding="windows-1251"?><rss><channel><title>Новости</title></channel></rss>';
  const newsInWindows1251 = '\xcd\xee\xe2\xee\xf1\xf2\xe8';
  const bytes = Buffer.from(xml.replace('Новости', newsInWindows1251), 'latin1');
  assert.equal(declaredCharset(bytes), 'windows-1251');
  assert.match(decodeText(bytes).text, /<title>Новости<\/title>/);
});

test('valid UTF-8 wins over a legacy charset left in a re-saved page', () => {
  const bytes = Buffer.from('<meta charset="windows-1251"><p>Переговоры в Ташкенте</p>', 'utf8');
  assert.equal(detectEncoding(bytes), 'utf-8');
  assert.match(decodeText(bytes).text, /Переговоры в Ташкенте/);
});

test('NUL bytes or control characters mark content as binary, except in UTF-16', () => {
  assert.equal(looksBinary(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00])), true);
  assert.equal(looksBinary(Buffer.from([0x01, 0x02, 0x03, 0x04, 0x41, 0x42])), true);
  assert.equal(looksBinary(utf16('plain text', 'le')), false);
  assert.equal(looksBinary(Buffer.from('plain text\twith a tab\r\n')), false);
});

test('UTF-16 without a byte order mark is decoded as text, in Latin and in other scripts, in either byte order', () => {
  for (const text of ['The ministers met in Astana on Monday.\nThey signed a plan.', 'Министры встретились в Ташкенте, 5 марта.']) {
    const littleEndian = Buffer.from(text, 'utf16le');
    const bigEndian = Buffer.from(littleEndian).swap16();
    for (const [bytes, encoding] of [[littleEndian, 'utf-16le'], [bigEndian, 'utf-16be']] as const) {
      assert.equal(looksBinary(bytes), false, `${encoding}: ${text}`);
      assert.deepEqual(decodeText(bytes), { text, encoding });
    }
  }
});

test('binary content with zero bytes on both sides of its pairs is still binary', () => {
  assert.equal(looksBinary(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00, 0x00, 0x21, 0x00, 0x00])), true);
});
