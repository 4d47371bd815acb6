// A PDF's text layer to an Article: pages joined with a blank line, the title from the metadata.
import { extractText, getDocumentProxy, getMeta } from 'unpdf';
import { type Article, InputError } from './article.ts';
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

async function openPdf(bytes: Uint8Array, file: string): Promise<PdfDocument> {
  try {
    // A copy, as a plain Uint8Array: pdf.js refuses Buffers and detaches the array it is given.
    return await getDocumentProxy(new Uint8Array(bytes), { verbosity: PDFJS_ERRORS_ONLY });
  } catch (error) {
    if (error instanceof Error && error.name === 'PasswordException') throw new InputError(file, 'the PDF is password-protected');
    const reason = error instanceof Error ? error.message : String(error);
    throw new InputError(file, `not a readable PDF: ${reason}`);
  }
}

/** Reads a PDF; throws InputError for a broken PDF or one without a text layer. */
export async function readPdfArticle(bytes: Uint8Array, file: string): Promise<Article> {
  const pdf = await openPdf(bytes, file);
  try {
    const { text: pages } = await extractText(pdf, { mergePages: false });
    const body = pages.map(pageText).filter(Boolean).join('\n\n');
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
