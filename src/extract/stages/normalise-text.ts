// Stage: typographic characters to ASCII, one character for one, and the line breaks that only
// wrap a paragraph made spaces, so offsets stay valid; the layout's captions, broadcast cues,
// dateline and credits become the document's asides.
import type { Stage } from '../stage.ts';
import { readTextLayout } from '../text-layout.ts';

const REPLACEMENTS: { [char: string]: string } = {
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u2032': "'", '\u00B4': "'", '\u0060': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"', '\u00AB': '"', '\u00BB': '"', '\u2033': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
  '\u00A0': ' ', '\u2007': ' ', '\u2009': ' ', '\u202F': ' ', '\u200B': ' ', '\uFEFF': ' ',
  '\t': ' ', '\r': ' ',
};
const PATTERN = new RegExp(`[${Object.keys(REPLACEMENTS).join('')}]`, 'g');

export function normaliseTypography(text: string): string {
  return text.replace(PATTERN, (c) => REPLACEMENTS[c]);
}

const BEYOND_LATIN1 = /[^\x00-\xFF]/;

/**
 * The same text, held one byte a character when every character fits in one. A body with a
 * curly quote or a dash is held two bytes a character, and so is what the typography and layout
 * make of it, though they leave only ASCII; every stage after reads slices of the text, and on
 * one-byte strings lower-casing, comparing and hashing take their fast paths.
 */
function asOneByteString(text: string): string {
  return BEYOND_LATIN1.test(text) ? text : Buffer.from(text, 'latin1').toString('latin1');
}

export const normaliseTextStage: Stage = {
  name: 'normalise',
  requires: ['article'],
  assigns: ['text', 'asides', 'dateline'],
  run(doc) {
    const layout = readTextLayout(normaliseTypography(doc.article.body));
    doc.text = asOneByteString(layout.text);
    doc.asides = layout.asides;
    if (layout.dateline) doc.dateline = layout.dateline;
  },
};
