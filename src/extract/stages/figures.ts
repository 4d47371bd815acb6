// Stage: quoted figures: counts of instruments ("a legal framework of 165 agreements"),
// sums of money ("$157 billion") and lengths ("5,600-km"), kept as numbers, never as items.
import type { Stage } from '../stage.ts';
import { loadDataFile } from '../../vocabulary/data-file.ts';

const countNouns = loadDataFile<{ count_nouns: string[] }>('instruments.yaml').count_nouns;
const NUMBER_WORDS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];
const COUNTED = `\\s+(?:(?:new|bilateral|intergovernmental|important|cooperation|interstate|other)\\s+){0,3}(${countNouns.join('|')}|memorandum of understandings|memoranda of understanding)\\b`;
const COUNT_IN_DIGITS = new RegExp(`\\b(\\d{1,3}(?:,\\d{3})*|\\d+)${COUNTED}`, 'iy');
const COUNT_IN_WORDS = new RegExp(`\\b(${NUMBER_WORDS.join('|')})${COUNTED}`, 'gi');
const MONEY = /(?:\$|US\$|USD\s?|€|EUR\s?|£)\s?(\d+(?:[.,]\d+)*)\s*(trillion|billion|million|bn|mln|m|k)?\b/iy;
/** How far before its digits a sum of money starts: "USD" and two spaces. */
const MONEY_BEFORE_DIGITS = 5;
/** "5,600-km", "1.3-kilometre"; never the digits after a decimal point ("3 km" of "1.3 km"). */
const LENGTH = /(?<!\d[.,])\b(\d{1,3}(?:,\d{3})*(?:\.\d+)?|\d+(?:\.\d+)?)\s*-?\s*(km|kilometres?|kilometers?|miles?)\b/iy;
const SCALE: { [word: string]: number } = { trillion: 1e12, billion: 1e9, bn: 1e9, million: 1e6, mln: 1e6, m: 1e6, k: 1e3 };
const DIGIT_RUN = /[0-9]+/g;

/** Where each run of digits in a text starts. */
function digitRunStarts(text: string): number[] {
  const starts: number[] = [];
  for (const run of text.matchAll(DIGIT_RUN)) starts.push(run.index);
  return starts;
}

/**
 * The matches a global search with the sticky `pattern` would find, tried only where one can
 * start: up to `before` characters ahead of a run of digits. Every figure in digits starts there,
 * and the few runs of digits of a text are found faster than each offset is tried.
 */
function* matchesNearDigits(text: string, runStarts: readonly number[], pattern: RegExp, before: number): Generator<RegExpExecArray> {
  /** The first offset not tried yet nor inside a match. */
  let next = 0;
  for (const runStart of runStarts) {
    for (let at = Math.max(next, runStart - before); at <= runStart; at++) {
      pattern.lastIndex = at;
      const m = pattern.exec(text);
      next = at + 1;
      if (m) {
        next = at + m[0].length;
        yield m;
        break;
      }
    }
  }
}

function number(text: string): number {
  const word = NUMBER_WORDS.indexOf(text.toLowerCase());
  return word >= 0 ? word + 2 : Number(text.replace(/,/g, ''));
}

export const figuresStage: Stage = {
  name: 'figures',
  requires: ['text'],
  assigns: ['figures'],
  run(doc) {
    const runStarts = digitRunStarts(doc.text);
    // A count in digits and one in words never overlap: the two are looked for apart.
    for (const m of [...matchesNearDigits(doc.text, runStarts, COUNT_IN_DIGITS, 0), ...doc.text.matchAll(COUNT_IN_WORDS)]) {
      doc.figures.push({ start: m.index, end: m.index + m[0].length, value: number(m[1]), unit: m[2].toLowerCase().replace(/^memorandum of understandings$/, 'memoranda of understanding'), text: m[0] });
    }
    for (const m of matchesNearDigits(doc.text, runStarts, MONEY, MONEY_BEFORE_DIGITS)) {
      const currency = /€|EUR/i.test(m[0]) ? 'EUR' : /£/.test(m[0]) ? 'GBP' : 'USD';
      doc.figures.push({ start: m.index, end: m.index + m[0].length, value: number(m[1]) * (SCALE[(m[2] ?? '').toLowerCase()] ?? 1), unit: currency, text: m[0] });
    }
    for (const m of matchesNearDigits(doc.text, runStarts, LENGTH, 0)) {
      doc.figures.push({ start: m.index, end: m.index + m[0].length, value: number(m[1]) * (/mile/i.test(m[2]) ? 1.609 : 1), unit: 'km', text: m[0] });
    }
    doc.figures.sort((a, b) => a.start - b.start);
  },
};
