import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { ChromiumNotFoundError, findChromium, renderPdf, requireChromium } from './render-pdf.ts';
import { pdfTestSkip } from '../../../test/support/chromium.ts';

test('Chromium is looked for on PATH under its Debian and Google names, and BILAT_CHROMIUM comes first', async () => {
  const folder = await mkdtemp(join(tmpdir(), 'bilat-chromium-'));
  try {
    const browser = join(folder, 'chromium-browser');
    await writeFile(browser, '#!/bin/sh\n');
    await chmod(browser, 0o755);
    assert.equal(findChromium({ PATH: `/nonexistent:${folder}` }), browser);
    assert.equal(findChromium({ PATH: folder, BILAT_CHROMIUM: '/opt/chrome/chrome' }), '/opt/chrome/chrome');
    assert.equal(findChromium({ PATH: '/nonexistent' }), undefined);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});

test('without Chromium the error says to install Debian\'s chromium or use --format html', () => {
  assert.throws(() => requireChromium({ PATH: '/nonexistent' }), (error: unknown) => {
    assert.ok(error instanceof ChromiumNotFoundError);
    assert.match(error.message, /apt-get install chromium/);
    assert.match(error.message, /--format html/);
    return true;
  });
  assert.throws(() => requireChromium({ PATH: '', BILAT_CHROMIUM: '/nonexistent/chromium' }), /BILAT_CHROMIUM is "\/nonexistent\/chromium", which is not an executable file/);
});

test('an HTML document prints to a PDF of numbered A4 pages', { skip: pdfTestSkip() }, async () => {
  const html = '<!doctype html><html><head><style>section { break-after: page; }</style></head>'
    + '<body><section><h1>First page</h1></section><section><h1>Second page</h1></section></body></html>';
  const pdf = await renderPdf(html, { executablePath: requireChromium(), footer: 'Azerbaijan – Kazakhstan' });
  assert.equal(Buffer.from(pdf.subarray(0, 5)).toString('latin1'), '%PDF-');
  const document = await PDFDocument.load(pdf);
  assert.equal(document.getPageCount(), 2);
  const { width, height } = document.getPage(0).getSize();
  // A4 is 595.3 × 841.9 points; Chromium rounds to whole pixels.
  assert.ok(Math.abs(width - 595.3) < 2 && Math.abs(height - 841.9) < 2, `A4, not ${width} × ${height}`);
});
