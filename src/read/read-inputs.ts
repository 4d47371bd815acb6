// The inputs a user names: folders expanded to their files, each file (or standard input)
// read in the format its extension or its content shows, every failure an InputError.
import type { Stats } from 'node:fs';
import { constants } from 'node:fs';
import { open, readdir, realpath, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { type Article, articleTooLongReason, InputError, MAX_ARTICLE_CHARACTERS } from './article.ts';
import { decodeText, looksBinary } from './decode.ts';
import { type ItemErrorHandler, readFeedArticles } from './feed-articles.ts';
import { readHtmlArticle } from './html-article.ts';
import { readPdfArticle } from './pdf-article.ts';
import { parseTextArticle } from './text-article.ts';

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
export const STDIN_INPUT = '-';

export interface ReadOptions {
  /** Inputs larger than this are refused; default DEFAULT_MAX_BYTES. */
  maxBytes?: number;
  /** What "-" reads; default process.stdin. */
  stdin?: NodeJS.ReadableStream;
  /** Receives each feed item that yields no article; without it such an item fails the whole feed. */
  onItemError?: ItemErrorHandler;
}

type Format = 'text' | 'html' | 'feed' | 'pdf';

const FORMAT_BY_EXTENSION: { [extension: string]: Format } = {
  '.txt': 'text', '.text': 'text', '.md': 'text',
  '.html': 'html', '.htm': 'html', '.xhtml': 'html',
  '.xml': 'feed', '.rss': 'feed', '.atom': 'feed', '.rdf': 'feed',
  '.pdf': 'pdf',
};

const PDF_SIGNATURE = '%PDF-';
/** PDF readers accept the signature anywhere in the first kilobyte. */
const PDF_SIGNATURE_SCAN_BYTES = 1024;
const SNIFF_CHARACTERS = 2048;
const FEED_ROOT = /<(?:rss|feed|rdf:rdf)[\s>]/;
const HTML_MARKER = /<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]/;

const BYTES_PER_KB = 1024;
const BYTES_PER_MB = 1024 * 1024;

function isHidden(name: string): boolean {
  return name.startsWith('.');
}

function byName(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

async function statOrUndefined(path: string): Promise<Stats | undefined> {
  try {
    return await stat(path);
  } catch {
    return undefined;
  }
}

/** The files under a folder, sorted, hidden ones skipped; a folder that cannot be listed stands for itself. */
async function listFolder(folder: string, visited: Set<string>): Promise<string[]> {
  let names: string[];
  try {
    const realFolder = await realpath(folder);
    // A symbolic link back up the tree would otherwise be walked forever.
    if (visited.has(realFolder)) return [];
    visited.add(realFolder);
    names = (await readdir(folder)).filter((name) => !isHidden(name)).sort(byName);
  } catch {
    return [folder];
  }
  const files: string[] = [];
  for (const name of names) {
    const path = join(folder, name);
    if ((await statOrUndefined(path))?.isDirectory()) files.push(...(await listFolder(path, visited)));
    else files.push(path);
  }
  return files;
}

/**
 * Folders become the files under them (recursively, sorted, hidden ones skipped); files, "-"
 * and paths that do not exist are kept as given, so that reading them reports their error in place.
 * A folder with no files to read stands for itself, so that it is reported too.
 */
export async function expandInputs(inputs: string[]): Promise<string[]> {
  const expanded: string[] = [];
  for (const input of inputs) {
    if (input !== STDIN_INPUT && (await statOrUndefined(input))?.isDirectory()) {
      const files = await listFolder(input, new Set());
      expanded.push(...(files.length > 0 ? files : [input]));
    } else {
      expanded.push(input);
    }
  }
  return expanded;
}

function roundedSize(bytes: number, unit: number): string {
  return String(Math.round((bytes / unit) * 10) / 10);
}

export function formatByteSize(bytes: number): string {
  if (bytes >= BYTES_PER_MB) return `${roundedSize(bytes, BYTES_PER_MB)} MB`;
  if (bytes >= BYTES_PER_KB) return `${roundedSize(bytes, BYTES_PER_KB)} kB`;
  return `${bytes} bytes`;
}

function tooLargeReason(size: number | undefined, maxBytes: number): string {
  const limit = formatByteSize(maxBytes);
  const limitText = `over the ${limit} limit; raise it with --max-bytes`;
  if (size === undefined) return limitText;
  const sizeText = formatByteSize(size);
  return `${sizeText === limit ? `${size} bytes` : sizeText}, ${limitText}`;
}

function fileErrorReason(error: unknown): string {
  const code = error instanceof Error && 'code' in error ? error.code : undefined;
  switch (code) {
    case 'ENOENT': return 'no such file or folder';
    case 'EACCES':
    case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'is a folder';
    case 'ENOTDIR': return 'no such file (a part of the path is not a folder)';
    case 'ELOOP': return 'too many levels of symbolic links';
    case 'ENXIO': return 'a socket or a device with nothing behind it, not a file';
    default: return error instanceof Error ? error.message : String(error);
  }
}

async function folderReason(folder: string): Promise<string> {
  try {
    await readdir(folder);
  } catch (error) {
    return `cannot list the folder: ${fileErrorReason(error)}`;
  }
  const files = await listFolder(folder, new Set());
  return files.length === 0 ? 'a folder with no files to read (hidden files are skipped)' : 'is a folder: expand it with expandInputs to read its files';
}

async function readStream(stream: NodeJS.ReadableStream, input: string, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stream) {
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      total += buffer.length;
      // Stop at the limit: the stream may never end.
      if (total > maxBytes) throw new InputError(input, tooLargeReason(undefined, maxBytes));
      chunks.push(buffer);
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(input, `cannot read: ${fileErrorReason(error)}`);
  }
  return Buffer.concat(chunks, total);
}

function notARegularFile(info: Stats): string | undefined {
  const kind = info.isFIFO() ? 'a named pipe' : info.isSocket() ? 'a socket' : info.isCharacterDevice() || info.isBlockDevice() ? 'a device' : undefined;
  return kind && `${kind}, not a file: bilat reads only regular files (and standard input, named "-")`;
}

async function readFileBytes(path: string, maxBytes: number): Promise<Buffer> {
  // Opening a named pipe waits for a writer, and a device may never end: refuse both unopened.
  const info = await statOrUndefined(path);
  const refused = info && notARegularFile(info);
  if (refused) throw new InputError(path, refused);
  let handle;
  try {
    // Non-blocking, should the path have become a pipe since.
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    throw new InputError(path, fileErrorReason(error));
  }
  try {
    const info = await handle.stat();
    if (info.isDirectory()) throw new InputError(path, await folderReason(path));
    if (!info.isFile()) throw new InputError(path, notARegularFile(info) ?? 'not a regular file');
    if (info.size > maxBytes) throw new InputError(path, tooLargeReason(info.size, maxBytes));
    return await handle.readFile();
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(path, fileErrorReason(error));
  } finally {
    await handle.close();
  }
}

function hasPdfSignature(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, PDF_SIGNATURE_SCAN_BYTES)).includes(PDF_SIGNATURE);
}

function sniffTextFormat(text: string): Format {
  const head = text.slice(0, SNIFF_CHARACTERS).trimStart().toLowerCase();
  if (!head.startsWith('<')) return 'text';
  if (head.startsWith('<?xml') || head.startsWith('<!--') || head.startsWith('<rss') || head.startsWith('<feed') || head.startsWith('<rdf:rdf')) {
    if (FEED_ROOT.test(head)) return 'feed';
  }
  return HTML_MARKER.test(head) ? 'html' : 'text';
}

function throwItemError(error: InputError): never {
  throw error;
}

/** Reads the bytes of one input (named `input`, whose extension may tell the format) into its articles; throws InputError. */
export async function readArticlesFromBytes(bytes: Uint8Array, input: string, options: ReadOptions = {}): Promise<Article[]> {
  if (bytes.length === 0) throw new InputError(input, 'empty (0 bytes)');
  const declaredFormat = input === STDIN_INPUT ? undefined : FORMAT_BY_EXTENSION[extname(input).toLowerCase()];
  if (declaredFormat === 'pdf' || (declaredFormat === undefined && hasPdfSignature(bytes))) {
    return [await readPdfArticle(bytes, input)];
  }
  if (looksBinary(bytes)) throw new InputError(input, 'binary content, not text; bilat reads text, HTML, RSS/Atom/RDF feeds and PDF');
  const { text } = decodeText(bytes);
  if (text.trim() === '') throw new InputError(input, 'empty: only whitespace');
  switch (declaredFormat ?? sniffTextFormat(text)) {
    case 'feed': {
      const onItemError = options.onItemError ?? throwItemError;
      return readFeedArticles(text, input, onItemError).filter((article) => {
        if (article.body.length <= MAX_ARTICLE_CHARACTERS) return true;
        onItemError(new InputError(article.file, articleTooLongReason(article.body.length)));
        return false;
      });
    }
    case 'html': return [withinLength(readHtmlArticle(text, input))];
    default:
      // Checked before the header is parsed: the text is all the article there is.
      if (text.length > MAX_ARTICLE_CHARACTERS) throw new InputError(input, articleTooLongReason(text.length));
      return [parseTextArticle(text, input)];
  }
}

function withinLength(article: Article): Article {
  if (article.body.length > MAX_ARTICLE_CHARACTERS) throw new InputError(article.file, articleTooLongReason(article.body.length));
  return article;
}

/** The bytes of one input (a file path, or "-" for standard input), within the size limit; throws InputError. */
export async function readInputBytes(input: string, options: Pick<ReadOptions, 'maxBytes' | 'stdin'> = {}): Promise<Buffer> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  return input === STDIN_INPUT ? readStream(options.stdin ?? process.stdin, input, maxBytes) : readFileBytes(input, maxBytes);
}

/** Reads one input (a file path, or "-" for standard input) into its articles; throws InputError. */
export async function readInput(input: string, options: ReadOptions = {}): Promise<Article[]> {
  return readArticlesFromBytes(await readInputBytes(input, options), input, options);
}
