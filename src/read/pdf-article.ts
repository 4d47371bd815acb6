// A PDF's text layer to an Article: pages joined with a blank line, the title from the metadata;
// within limits on pages, inflated streams and text, as a PDF is a small file that can ask for a lot.
import { createInflate } from 'node:zlib';
import { getDocumentProxy, getMeta } from 'unpdf';
import { type Article, articleTooLongReason, InputError, MAX_ARTICLE_CHARACTERS } from './article.ts';
import { DEFAULT_LANGUAGE, presentValue, primaryLanguage } from './text-article.ts';

const PDFJS_ERRORS_ONLY = 0;

/**
 * A page's lines reflowed into paragraphs: PDFs break lines where the page is full, and a
 * line break ends a sentence for extraction. A line joins the next unless it ends a sentence,
 * stops well short of the page's width (a heading, a paragraph's last line), or the next
 * starts like a new paragraph (a bullet, a number, a heading in capitals).
 */
export function pageText(text: string): string {
  const lines = text.split('\n').map((line) => line.replace(/\s+/g, ' ').trim()).filter(Boolean);
  const fullWidth = Math.max(0, ...lines.map((line) => line.length));
  let body = '';
  lines.forEach((line, i) => {
    if (i === 0) {
      body = line;
      return;
    }
    const previous = lines[i - 1];
    const endsSentence = /[.!?:;"”)]$/.test(previous) || previous.length < 0.8 * fullWidth;
    const startsParagraph = /^(?:[-•*–]|\d+[.)]\s|[A-Z][A-Z\s]{4,}$)/.test(line);
    if (endsSentence || startsParagraph) body += '\n' + line;
    else if (previous.endsWith('-') && /^[a-z]/.test(line)) body = body.slice(0, -1) + line;
    else body += ' ' + line;
  });
  return body;
}

function metadataString(info: { [key: string]: unknown }, key: string): string | undefined {
  const value = info[key];
  return typeof value === 'string' ? presentValue(value) : undefined;
}

type PdfDocument = Awaited<ReturnType<typeof getDocumentProxy>>;

/** Pages read at most: a long report has a few hundred; thousands of pages are no article, and pdf.js keeps each page it reads. */
export const MAX_PDF_PAGES = 1000;
/** What the streams pdf.js decodes for text (content, fonts, object streams, not images) may inflate to, together. */
export const MAX_PDF_INFLATED_BYTES = 128 * 1024 * 1024;

const STREAM_START = Buffer.from('stream');
const STREAM_END = Buffer.from('endstream');
/** How far back from "stream" its dictionary is looked for. */
const DICTIONARY_SCAN_BYTES = 4096;

/** The bytes a deflated stream inflates to, counted up to just past `limit` without keeping them. */
function inflatedSize(data: Uint8Array, limit: number): Promise<number> {
  return new Promise((resolve) => {
    const inflate = createInflate();
    let size = 0;
    inflate.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        inflate.destroy();
        resolve(size);
      }
    });
    inflate.on('end', () => resolve(size));
    // A stream that does not inflate is pdf.js's to judge.
    inflate.on('error', () => resolve(size));
    inflate.end(data);
  });
}

/**
 * Throws InputError when the file's deflated streams, images aside, inflate to more than
 * MAX_PDF_INFLATED_BYTES: pdf.js holds a stream it decodes whole, and a few MB of zeros
 * deflate a thousandfold.
 */
async function checkInflatedSize(bytes: Buffer, file: string): Promise<void> {
  let budget = MAX_PDF_INFLATED_BYTES;
  for (let at = bytes.indexOf(STREAM_START); at !== -1; at = bytes.indexOf(STREAM_START, at + STREAM_START.length)) {
    const isStreamKeyword = bytes[at - 1] !== 0x64 /* the "d" of "endstream" */ && (bytes[at + 6] === 0x0a || bytes[at + 6] === 0x0d);
    if (!isStreamKeyword) continue;
    const dictionary = bytes.toString('latin1', Math.max(0, at - DICTIONARY_SCAN_BYTES), at);
    const objectStart = dictionary.lastIndexOf(' obj');
    const ownDictionary = objectStart === -1 ? dictionary : dictionary.slice(objectStart);
    if (!/\/(?:FlateDecode|Fl)\b/.test(ownDictionary) || /\/Subtype\s*\/Image\b/.test(ownDictionary)) continue;
    const dataStart = at + 6 + (bytes[at + 6] === 0x0d && bytes[at + 7] === 0x0a ? 2 : 1);
    const end = bytes.indexOf(STREAM_END, dataStart);
    budget -= await inflatedSize(bytes.subarray(dataStart, end === -1 ? bytes.length : end), budget);
    if (budget < 0) throw new InputError(file, `its streams inflate to more than ${MAX_PDF_INFLATED_BYTES / (1024 * 1024)} MB (a decompression bomb?): not read`);
  }
}

const PAGE_TREE_TYPE = /\/Type\s*\/Pages\b/g;
const PAGE_COUNT = /\/Count\s+(\d+)/;

/**
 * The page count the file's uncompressed page tree states, if any: read before pdf.js, which
 * takes seconds to open a file of 20,000 pages. (A tree in an object stream is counted by pdf.js.)
 */
function statedPageCount(bytes: Buffer): number | undefined {
  const text = bytes.toString('latin1');
  let most: number | undefined;
  for (const { index } of text.matchAll(PAGE_TREE_TYPE)) {
    // The node's dictionary: a page tree node holds no dictionary of its own, and arrays hold no << or >>.
    const start = text.lastIndexOf('<<', index);
    const end = text.indexOf('>>', index);
    if (start === -1 || end === -1) continue;
    const count = Number(PAGE_COUNT.exec(text.slice(start, end))?.[1]);
    if (Number.isFinite(count) && count > (most ?? -1)) most = count;
  }
  return most;
}

function checkPageCount(pages: number, file: string): void {
  if (pages > MAX_PDF_PAGES) {
    throw new InputError(file, `${pages.toLocaleString('en')} pages, over the limit of ${MAX_PDF_PAGES.toLocaleString('en')}: split it into articles`);
  }
}

async function openPdf(bytes: Uint8Array, file: string): Promise<PdfDocument> {
  try {
    // A copy, as a plain Uint8Array: pdf.js refuses Buffers and detaches the array it is given.
    return await getDocumentProxy(new Uint8Array(bytes), { verbosity: PDFJS_ERRORS_ONLY });
  } catch (error) {
    if (error instanceof Error && error.name === 'PasswordException') throw new InputError(file, 'the PDF is password-protected');
    throw new InputError(file, `not a readable PDF: ${errorMessage(error)}`);
  }
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The text of each page, read one page at a time, up to MAX_ARTICLE_CHARACTERS in all. */
async function readPages(pdf: PdfDocument, file: string): Promise<string[]> {
  checkPageCount(pdf.numPages, file);
  const pages: string[] = [];
  let characters = 0;
  for (let number = 1; number <= pdf.numPages; number++) {
    let text: string;
    try {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      text = content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join('');
      page.cleanup();
    } catch (error) {
      throw new InputError(file, `not a readable PDF: page ${number}: ${errorMessage(error)}`);
    }
    characters += text.length;
    if (characters > MAX_ARTICLE_CHARACTERS) throw new InputError(file, articleTooLongReason(characters, `in its first ${number} pages`));
    pages.push(text);
  }
  return pages;
}

/** Reads a PDF; throws InputError for a broken PDF, one beyond the limits, or one without a text layer. */
export async function readPdfArticle(bytes: Uint8Array, file: string): Promise<Article> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  checkPageCount(statedPageCount(buffer) ?? 0, file);
  await checkInflatedSize(buffer, file);
  const pdf = await openPdf(bytes, file);
  try {
    const body = (await readPages(pdf, file)).map(pageText).filter(Boolean).join('\n\n');
    if (!body) throw new InputError(file, 'no text layer (scanned PDF?)');
    const { info } = await getMeta(pdf);
    const title = metadataString(info, 'Title');
    return {
      file,
      ...(title && { title }),
      published: null,
      language: primaryLanguage(metadataString(info, 'Language')) ?? DEFAULT_LANGUAGE,
      body,
    };
  } finally {
    await pdf.destroy();
  }
}
