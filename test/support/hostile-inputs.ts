// Inputs an attacker (or a broken crawler) hands to bilat, made at test time so that no large
// or binary file is committed: nesting that defeats recursive parsers, PDFs with a circular
// page tree, a decompression bomb or thousands of pages, a text of 19 MB, a name with
// terminal escapes, and files that are not regular files at all.
import { execFileSync } from 'node:child_process';
import { symlink, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

/** A PDF written object by object, with a correct cross-reference table. */
export function pdfFromObjects(objects: readonly (string | Buffer)[], rootObject = 1): Buffer {
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n')];
  let offset = parts[0].length;
  const offsets: number[] = [];
  objects.forEach((body, index) => {
    offsets.push(offset);
    const object = Buffer.concat([Buffer.from(`${index + 1} 0 obj\n`), Buffer.isBuffer(body) ? body : Buffer.from(body), Buffer.from('\nendobj\n')]);
    parts.push(object);
    offset += object.length;
  });
  const xref = [`xref\n0 ${objects.length + 1}\n`, '0000000000 65535 f \n', ...offsets.map((at) => `${String(at).padStart(10, '0')} 00000 n \n`)].join('');
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root ${rootObject} 0 R >>\nstartxref\n${offset}\n%%EOF\n`));
  return Buffer.concat(parts);
}

function streamObject(dictionary: string, data: Buffer): Buffer {
  return Buffer.concat([Buffer.from(`<< ${dictionary} /Length ${data.length} >>\nstream\n`), data, Buffer.from('\nendstream')]);
}

const FONT = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>';

/** A page tree whose only kid is the tree itself. */
export function circularPageTreePdf(): Buffer {
  return pdfFromObjects(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [2 0 R] /Count 1 >>']);
}

/** One page whose content stream inflates to `inflatedBytes` of text-showing operators. */
export function decompressionBombPdf(inflatedBytes: number): Buffer {
  const line = Buffer.from('BT /F1 9 Tf 20 700 Td (zzzz zzzz zzzz zzzz) Tj ET\n');
  const content = Buffer.alloc(inflatedBytes);
  for (let at = 0; at < inflatedBytes; at += line.length) line.copy(content, at);
  return pdfFromObjects([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    FONT,
    streamObject('/Filter /FlateDecode', deflateSync(content, { level: 9 })),
  ]);
}

/** `pages` pages, each showing one short line. */
export function manyPagesPdf(pages: number): Buffer {
  const content = streamObject('', Buffer.from('BT /F1 12 Tf 56 780 Td (The ministers met again.) Tj ET'));
  const firstPage = 5;
  const kids = Array.from({ length: pages }, (_, index) => `${firstPage + index} 0 R`).join(' ');
  const page = '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>';
  return pdfFromObjects(['<< /Type /Catalog /Pages 2 0 R >>', `<< /Type /Pages /Kids [${kids}] /Count ${pages} >>`, FONT, content, ...Array(pages).fill(page)]);
}

/** An HTML page whose body opens `tag` `depth` times and never closes it. */
export function nestedHtml(tag: string, depth: number, text = 'Ministers met.'): string {
  return `<!DOCTYPE html><html><head><title>Nested</title></head><body>${`<${tag}>`.repeat(depth)}${text}</body></html>`;
}

/** An RSS feed with one item whose description nests `depth` divs: escaped, as feeds carry HTML, or as XML elements. */
export function nestedFeed(depth: number, escaped = true): string {
  const open = escaped ? '&lt;div&gt;' : '<div>';
  const close = escaped ? '' : '</div>'.repeat(depth);
  const description = `${open.repeat(depth)}Ministers met.${close}`;
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Deep</title><item><title>Deep item</title><description>${description}</description></item></channel></rss>\n`;
}

/**
 * An HTML page of `chains` chains of `depth` nested elements each: within the nesting and element
 * limits (97,500 elements by default), yet Readability takes about 22 s over it on a quiet
 * machine (60 ms a chain), so that a time limit of a few seconds stops it on a faster one too.
 */
export function slowHtml(chains = 390, depth = 250): string {
  const chain = `${'<div>'.repeat(depth)}Ministers met.${'</div>'.repeat(depth)}`;
  return `<!DOCTYPE html><html><head><title>Slow</title></head><body>${chain.repeat(chains)}</body></html>`;
}

/** Plain text of `bytes` bytes: sentences of the genre, repeated. */
export function largeText(bytes: number): string {
  const paragraph = 'The foreign ministers met in the capital on Monday and discussed trade, energy and transport links.\n\n';
  return `title: Large\n\n${paragraph.repeat(Math.ceil(bytes / paragraph.length))}`;
}

/** `text` in UTF-16 little-endian with no byte order mark. */
export function utf16WithoutByteOrderMark(text: string): Buffer {
  return Buffer.from(text, 'utf16le');
}

export interface HostileInput {
  /** The file's name in the folder. */
  name: string;
  /** What is wrong with it, for a test's message. */
  kind: string;
}

export interface HostileFolder {
  inputs: HostileInput[];
  /** Stops the socket's listener. */
  close(): Promise<void>;
}

/**
 * Writes one input of each hostile kind into `folder` (each failing alone), and answers their
 * names. `bombScale` shrinks the decompression bomb for a quick test (1 is 1.2 GB, as reported).
 */
export async function writeHostileInputs(folder: string, bombScale = 1): Promise<HostileFolder> {
  const inputs: HostileInput[] = [];
  const add = async (name: string, kind: string, content: string | Buffer) => {
    await writeFile(join(folder, name), content);
    inputs.push({ name, kind });
  };
  await add('deep-div.html', 'a <div> 100,000 deep', nestedHtml('div', 100_000));
  await add('deep-b.html', 'an unclosed <b> 100,000 deep', nestedHtml('b', 100_000));
  await add('deep-2000.html', '2,000 levels in 22 KB', nestedHtml('div><p', 2_000));
  await add('deep-item.xml', 'a feed item nested 100,000 deep', nestedFeed(100_000));
  await add('deep-xml.xml', 'a feed whose XML nests 100,000 deep', nestedFeed(100_000, false));
  await add('slow.html', 'nesting within the limits that holds Readability for 22 s', slowHtml());
  await add('circular-pages.pdf', 'a PDF with a circular page tree', circularPageTreePdf());
  await add('bomb.pdf', 'a PDF stream that inflates to 1.2 GB', decompressionBombPdf(Math.round(1.2e9 * bombScale)));
  await add('pages-20000.pdf', 'a PDF of 20,000 pages', manyPagesPdf(20_000));
  await add('large-19mb.txt', 'a text of 19 MB', largeText(19 * 1024 * 1024));
  await add(`escape-\x1b[2K\r-forged\nline.txt`, 'a name with terminal escapes (and text that cannot be read)', '');

  const pipe = join(folder, 'named-pipe.txt');
  execFileSync('mkfifo', [pipe]);
  inputs.push({ name: 'named-pipe.txt', kind: 'a named pipe' });
  await symlink('/dev/zero', join(folder, 'device.txt'));
  inputs.push({ name: 'device.txt', kind: 'a device' });
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(join(folder, 'socket.txt'), resolve));
  inputs.push({ name: 'socket.txt', kind: 'a socket' });
  return { inputs, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
