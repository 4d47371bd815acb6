// A PDF's text layer to an Article: pages joined with a blank line, the title from the metadata.
import { extractText, getDocumentProxy, getMeta } from 'unpdf';
import { type Article, InputError } from './article.ts';
import { DEFAULT_LANGUAGE, presentValue, primaryLanguage } from './text-article.ts';

const PDFJS_ERRORS_ONLY = 0;

function pageText(text: string): string {
  return text.split('\n').map((line) => line.replace(/\s+/g, ' ').trim()).filter(Boolean).join('\n');
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
