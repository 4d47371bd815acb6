import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { InputError } from './article.ts';
import { MAX_PDF_INFLATED_BYTES, MAX_PDF_PAGES, pageText, readPdfArticle } from './pdf-article.ts';
import { circularPageTreePdf, decompressionBombPdf, manyPagesPdf } from '../../test/support/hostile-inputs.ts';

const FIXTURES = fileURLToPath(new URL('../../test/fixtures/ingest/', import.meta.url));

async function pdfError(bytes: Uint8Array): Promise<string> {
  try {
    await readPdfArticle(bytes, 'doc.pdf');
  } catch (error) {
    if (error instanceof InputError) return error.message;
    throw error;
  }
  assert.fail('the PDF was read without an error');
}

test('a PDF yields its text layer, lines reflowed into paragraphs, pages joined by a blank line, and its title from the metadata', async () => {
  const article = await readPdfArticle(await readFile(`${FIXTURES}readout.pdf`), 'readout.pdf');
  assert.deepEqual(article, {
    file: 'readout.pdf',
    title: 'Foreign ministers discuss energy and transport',
    published: null,
    language: 'en',
    body: [
      'Press release of the Ministry of Foreign Affairs',
      'On 6 March 2025 the Minister of Foreign Affairs held talks with the Foreign Minister of Lithuania, who was on a working visit.',
      'The ministers discussed energy security, transport links along the Baltic-Black Sea corridor and cooperation in higher education.',
      '',
      'The sides signed a programme of cooperation for 2025-2027 and agreed to convene the next round of political consultations in Vilnius.',
    ].join('\n'),
  });
});

test('reading a PDF leaves the bytes it was given usable', async () => {
  const bytes = await readFile(`${FIXTURES}readout.pdf`);
  await readPdfArticle(bytes, 'readout.pdf');
  assert.equal((await readPdfArticle(bytes, 'readout.pdf')).title, 'Foreign ministers discuss energy and transport');
});

test('a PDF without a text layer is an error that suggests it is a scan', async () => {
  assert.equal(await pdfError(await readFile(`${FIXTURES}scanned.pdf`)), 'doc.pdf: no text layer (scanned PDF?)');
});

test('a broken PDF is an error that says it cannot be read', async () => {
  assert.equal(await pdfError(Buffer.from('%PDF-1.7\nthis is not a PDF body\n%%EOF\n')), 'doc.pdf: not a readable PDF: Invalid PDF structure.');
});

test('a PDF page\'s lines are reflowed into paragraphs, breaking only where a sentence or a list item ends', () => {
  const page = 'Joint communique\nThe ministers signed an agreement on\ncooperation in energy and trans-\nport. They also met the press.\n1. Trade\n2. Energy';
  assert.equal(pageText(page), 'Joint communique\nThe ministers signed an agreement on cooperation in energy and transport. They also met the press.\n1. Trade\n2. Energy');
});

test('a PDF whose page tree is its own kid fails with a reason, not a crash', async () => {
  assert.match(await pdfError(circularPageTreePdf()), /^doc\.pdf: not a readable PDF: page 1: Pages tree contains circular reference/);
});

test('a PDF whose streams inflate past the limit is refused before pdf.js decodes them', async () => {
  const bomb = decompressionBombPdf(MAX_PDF_INFLATED_BYTES + 1024 * 1024);
  assert.ok(bomb.length < MAX_PDF_INFLATED_BYTES / 200, `the bomb is ${bomb.length} bytes`);
  assert.match(await pdfError(bomb), /^doc\.pdf: its streams inflate to more than 128 MB \(a decompression bomb\?\): not read$/);
});

test('a PDF of more pages than the limit is refused, whether its page tree is counted before pdf.js or by it', async () => {
  assert.equal(await pdfError(manyPagesPdf(MAX_PDF_PAGES + 1)), `doc.pdf: ${(MAX_PDF_PAGES + 1).toLocaleString('en')} pages, over the limit of ${MAX_PDF_PAGES.toLocaleString('en')}: split it into articles`);
  // The stated count hidden from the early check (a nested dictionary ends the node before it): pdf.js's count refuses it.
  const hidden = manyPagesPdf(MAX_PDF_PAGES + 1).toString('latin1').replace('/Type /Pages', '/Type /Pages /Resources << >>');
  assert.match(await pdfError(Buffer.from(hidden, 'latin1')), /pages, over the limit of/);
});

test('a PDF within the limits is read as before', async () => {
  const article = await readPdfArticle(manyPagesPdf(3), 'three.pdf');
  assert.equal(article.body, 'The ministers met again.\n\nThe ministers met again.\n\nThe ministers met again.');
});
