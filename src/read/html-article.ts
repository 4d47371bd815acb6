// An HTML page to an Article: the main text by Readability, paragraphs kept one per line
// with a blank line between; title, outlet, date, address and language from the page's metadata.
import { Readability } from '@mozilla/readability';
import { DOMParser } from 'linkedom';
import { type Article, InputError } from './article.ts';
import { checkMarkupShape } from './markup-shape.ts';
import { DEFAULT_LANGUAGE, normalisePublishedDate, presentValue, primaryLanguage } from './text-article.ts';

const domParser = new DOMParser();

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'CAPTION', 'DD', 'DETAILS', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER',
  'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TFOOT', 'THEAD',
  'TR', 'UL',
]);
const SKIPPED_TAGS = new Set([
  'AUDIO', 'BUTTON', 'CANVAS', 'HEAD', 'IFRAME', 'NOSCRIPT', 'OBJECT', 'SCRIPT', 'SELECT', 'STYLE', 'SVG',
  'TEMPLATE', 'TEXTAREA', 'VIDEO',
]);
const CELL_TAGS = new Set(['TD', 'TH']);
// Invisible characters that split words for every later stage; ZWJ/ZWNJ are kept (they matter in Persian and Indic scripts).
const INVISIBLE_CHARACTERS = /[\u00AD\u200B\u2060\uFEFF]/g;

function paragraphText(text: string): string {
  return text.replace(INVISIBLE_CHARACTERS, '').replace(/\s+/g, ' ').trim();
}

/** Marks, on the walk's stack, the end of a block element's children. */
const BLOCK_END = null;

/** The text of a DOM subtree: each block element its own paragraph, paragraphs separated by a blank line. */
export function blockText(root: Node): string {
  const paragraphs: string[] = [];
  let inline = '';
  const endParagraph = (): void => {
    const paragraph = paragraphText(inline);
    if (paragraph) paragraphs.push(paragraph);
    inline = '';
  };
  // Depth first with a stack of its own, so that no nesting can exhaust the call stack.
  const stack: (Node | typeof BLOCK_END)[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === BLOCK_END) {
      endParagraph();
      continue;
    }
    if (node === undefined) break;
    if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) {
      inline += node.nodeValue ?? '';
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    const tag = (node as Element).tagName.toUpperCase();
    if (SKIPPED_TAGS.has(tag)) continue;
    if (BLOCK_TAGS.has(tag)) {
      endParagraph();
      stack.push(BLOCK_END);
    } else if (CELL_TAGS.has(tag)) {
      inline += ' ';
    }
    for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
  }
  endParagraph();
  return paragraphs.join('\n\n');
}

function parseHtmlDocument(html: string): Document {
  // linkedom implements the DOM Readability needs but types it with its own classes.
  return domParser.parseFromString(html, 'text/html') as unknown as Document;
}

const LOOKS_LIKE_HTML = /<[a-z!/]/i;

/** Plain text of an HTML fragment (a feed item's content); text without markup keeps its blank-line paragraphs. Throws InputError, naming `input`, for markup beyond the limits. */
export function htmlToText(html: string, input: string): string {
  if (!LOOKS_LIKE_HTML.test(html)) {
    return html.split(/\n\s*\n/).map(paragraphText).filter(Boolean).join('\n\n');
  }
  checkMarkupShape(html, input, 'HTML');
  const document = parseHtmlDocument(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`);
  return document.body ? blockText(document.body) : '';
}

/** Meta tag contents by lower-cased property, name or itemprop; the first of each wins. */
function readMetaTags(document: Document): Map<string, string> {
  const metaTags = new Map<string, string>();
  for (const meta of document.querySelectorAll('meta')) {
    const content = meta.getAttribute('content')?.trim();
    if (!content) continue;
    for (const attribute of ['property', 'name', 'itemprop']) {
      const key = meta.getAttribute(attribute)?.trim().toLowerCase();
      if (key && !metaTags.has(key)) metaTags.set(key, content);
    }
  }
  return metaTags;
}

const JSON_LD_MAX_DEPTH = 6;

function findDatePublished(value: unknown, depth = 0): string | undefined {
  if (depth > JSON_LD_MAX_DEPTH || value === null || typeof value !== 'object') return undefined;
  if (Array.isArray(value)) {
    for (const entry of value) {
      const found = findDatePublished(entry, depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  const record = value as { [key: string]: unknown };
  if (typeof record.datePublished === 'string') return record.datePublished;
  for (const entry of Object.values(record)) {
    const found = findDatePublished(entry, depth + 1);
    if (found) return found;
  }
  return undefined;
}

function jsonLdDatePublished(document: Document): string | undefined {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      const found = findDatePublished(JSON.parse(script.textContent ?? ''));
      if (found) return found;
    } catch {
      // A broken JSON-LD block is common and says nothing about the article text.
    }
  }
  return undefined;
}

function publishedDate(document: Document, metaTags: Map<string, string>): string | null {
  const itemprop = document.querySelector('[itemprop="datePublished"]');
  const candidates = [
    () => metaTags.get('article:published_time'),
    () => metaTags.get('date') ?? metaTags.get('pubdate') ?? metaTags.get('dc.date') ?? metaTags.get('dc.date.issued'),
    () => itemprop?.getAttribute('content') ?? itemprop?.getAttribute('datetime') ?? undefined,
    () => jsonLdDatePublished(document),
    () => document.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined,
  ];
  for (const candidate of candidates) {
    const date = normalisePublishedDate(candidate());
    if (date) return date;
  }
  return null;
}

function isAbsoluteUrl(value: string | undefined): value is string {
  return value !== undefined && /^https?:\/\/\S+$/i.test(value);
}

/** The page's own address; relative ones are dropped, as there is no base to resolve them against. */
function pageAddress(document: Document, metaTags: Map<string, string>): string | undefined {
  const canonical = presentValue(document.querySelector('link[rel="canonical"]')?.getAttribute('href'));
  return [canonical, metaTags.get('og:url')].find(isAbsoluteUrl);
}

/** Reads an HTML page (already decoded); throws InputError when no article text is found. */
export function readHtmlArticle(html: string, file: string): Article {
  checkMarkupShape(html, file, 'HTML');
  const document = parseHtmlDocument(html);
  // Metadata first: Readability rewrites the document as it works.
  const metaTags = readMetaTags(document);
  const pageTitle = presentValue(metaTags.get('og:title')) ?? presentValue(document.querySelector('title')?.textContent);
  const pageOutlet = presentValue(metaTags.get('og:site_name')) ?? presentValue(metaTags.get('application-name'));
  const published = publishedDate(document, metaTags);
  const source = pageAddress(document, metaTags);
  const language = primaryLanguage(document.documentElement?.getAttribute('lang')) ?? DEFAULT_LANGUAGE;

  const readable = new Readability(document, { serializer: (node: Node) => node }).parse();
  const body = readable?.content ? blockText(readable.content) : '';
  if (!body) throw new InputError(file, 'no article text found in the HTML page');
  const title = pageTitle ?? presentValue(readable?.title);
  const outlet = pageOutlet ?? presentValue(readable?.siteName);
  return {
    file,
    ...(source && { source }),
    ...(outlet && { outlet }),
    ...(title && { title: paragraphText(title) }),
    published: published ?? normalisePublishedDate(readable?.publishedTime),
    language,
    body,
  };
}
