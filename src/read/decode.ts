// Bytes to text: the encoding comes from a byte order mark, else UTF-16 when one byte of each
// pair is mostly zero, else UTF-8 when the bytes are valid UTF-8, else the charset the page
// declares, else a statistical guess.
import { isUtf8 } from 'node:buffer';
import chardet from 'chardet';

export interface DecodedText {
  text: string;
  /** The WHATWG name of the encoding used, e.g. "utf-8", "windows-1251". */
  encoding: string;
}

/** Where an HTML or XML charset declaration is looked for; browsers scan the first 1024 bytes, saved pages put it later. */
const DECLARATION_SCAN_BYTES = 8192;
const BINARY_SCAN_BYTES = 8192;
/** Text has tabs, line ends, form feeds and escapes among its control characters, and few of them. */
const BINARY_CONTROL_SHARE = 0.1;

const decoders = new Map<string, TextDecoder>();
const fallbackDecoder = new TextDecoder('windows-1252');

function decoderFor(label: string): TextDecoder | undefined {
  const key = label.trim().toLowerCase();
  let decoder = decoders.get(key);
  if (!decoder) {
    try {
      decoder = new TextDecoder(key);
    } catch {
      return undefined;
    }
    decoders.set(key, decoder);
  }
  return decoder;
}

function encodingFromByteOrderMark(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/** In UTF-16 text, spaces, digits, punctuation and Latin letters all have a zero byte; in other scripts at least the spaces and punctuation do. */
const UTF16_ZERO_SHARE = 0.1;
/** The other byte of each pair is zero only for U+0000 and the like, which text does not hold. */
const UTF16_OTHER_ZERO_SHARE = 0.01;
const strictDecoders = {
  'utf-16le': new TextDecoder('utf-16le', { fatal: true }),
  'utf-16be': new TextDecoder('utf-16be', { fatal: true }),
};

/** UTF-16 without a byte order mark: zero bytes on one side of the pairs only, and no broken surrogate in the sample. */
function utf16WithoutByteOrderMark(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const sampleLength = Math.min(bytes.length, BINARY_SCAN_BYTES) & ~1;
  if (sampleLength === 0) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let index = 0; index < sampleLength; index += 2) {
    if (bytes[index] === 0) evenZeros++;
    if (bytes[index + 1] === 0) oddZeros++;
  }
  const pairs = sampleLength / 2;
  const encoding = oddZeros >= pairs * UTF16_ZERO_SHARE && evenZeros <= pairs * UTF16_OTHER_ZERO_SHARE ? 'utf-16le'
    : evenZeros >= pairs * UTF16_ZERO_SHARE && oddZeros <= pairs * UTF16_OTHER_ZERO_SHARE ? 'utf-16be'
    : undefined;
  if (!encoding) return undefined;
  // A cut sample may end inside a surrogate pair: leave its last pair out.
  const sample = bytes.subarray(0, sampleLength === bytes.length ? sampleLength : Math.max(0, sampleLength - 2));
  try {
    strictDecoders[encoding].decode(sample);
  } catch {
    return undefined;
  }
  return encoding;
}

function utf16Encoding(bytes: Uint8Array): string | undefined {
  const fromByteOrderMark = encodingFromByteOrderMark(bytes);
  if (fromByteOrderMark) return fromByteOrderMark === 'utf-8' ? undefined : fromByteOrderMark;
  return utf16WithoutByteOrderMark(bytes);
}

const META_CHARSET = /<meta\s[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i;
const XML_ENCODING = /^\s*<\?xml\s[^>]*?encoding\s*=\s*["']([\w.:-]+)["']/i;

/** The charset an HTML `<meta>` or an XML declaration names, if any. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, DECLARATION_SCAN_BYTES)).toString('latin1');
  return (XML_ENCODING.exec(head) ?? META_CHARSET.exec(head))?.[1];
}

function guessedDecoder(bytes: Uint8Array): TextDecoder | undefined {
  for (const match of chardet.analyse(bytes)) {
    const decoder = decoderFor(match.name);
    if (decoder) return decoder;
  }
  return undefined;
}

function chooseDecoder(bytes: Uint8Array): TextDecoder {
  const unicodeEncoding = encodingFromByteOrderMark(bytes) ?? utf16WithoutByteOrderMark(bytes);
  if (unicodeEncoding) return decoderFor(unicodeEncoding) ?? fallbackDecoder;
  // Valid UTF-8 wins over a declared legacy charset: pages are often re-saved as UTF-8 with
  // the old <meta> left in place, and legacy text with bytes above 0x7f is almost never valid UTF-8.
  if (isUtf8(bytes)) return decoderFor('utf-8') ?? fallbackDecoder;
  const declared = declaredCharset(bytes);
  const declaredDecoder = declared ? decoderFor(declared) : undefined;
  // A declaration of UTF-8 or UTF-16 on bytes that are neither is a mislabel.
  if (declaredDecoder && !declaredDecoder.encoding.startsWith('utf-')) return declaredDecoder;
  return guessedDecoder(bytes) ?? fallbackDecoder;
}

/** The WHATWG name of the encoding `decodeText` would use for these bytes. */
export function detectEncoding(bytes: Uint8Array): string {
  return chooseDecoder(bytes).encoding;
}

/** True for content that is not text: NUL bytes (outside UTF-16, with or without a byte order mark) or mostly control characters. */
export function looksBinary(bytes: Uint8Array): boolean {
  if (utf16Encoding(bytes)) return false;
  if (bytes.indexOf(0) !== -1) return true;
  const sampleLength = Math.min(bytes.length, BINARY_SCAN_BYTES);
  let controlBytes = 0;
  for (let index = 0; index < sampleLength; index++) {
    const byte = bytes[index];
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c && byte !== 0x1b) controlBytes++;
  }
  return controlBytes > sampleLength * BINARY_CONTROL_SHARE;
}

/** Decodes bytes to text without a byte order mark and with LF line ends only. */
export function decodeText(bytes: Uint8Array): DecodedText {
  const decoder = chooseDecoder(bytes);
  // TextDecoder drops a BOM matching its own encoding; the replace catches any other leading one.
  const text = decoder.decode(bytes).replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  return { text, encoding: decoder.encoding };
}
