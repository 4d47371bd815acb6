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

export const normaliseTextStage: Stage = {
  name: 'normalise',
  requires: ['article'],
  assigns: ['text', 'asides', 'dateline'],
  run(doc) {
    const layout = readTextLayout(normaliseTypography(doc.article.body));
    doc.text = layout.text;
    doc.asides = layout.asides;
    if (layout.dateline) doc.dateline = layout.dateline;
  },
};
