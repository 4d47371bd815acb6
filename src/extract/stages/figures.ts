// Stage: quoted figures: counts of instruments ("a legal framework of 165 agreements"),
// sums of money ("$157 billion") and lengths ("5,600-km"), kept as numbers, never as items.
import type { Stage } from '../stage.ts';
import { loadDataFile } from '../../vocabulary/data-file.ts';

const countNouns = loadDataFile<{ count_nouns: string[] }>('instruments.yaml').count_nouns;
const NUMBER_WORDS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];
const COUNT = new RegExp(`\\b(\\d{1,3}(?:,\\d{3})*|\\d+|${NUMBER_WORDS.join('|')})\\s+(?:(?:new|bilateral|intergovernmental|important|cooperation|interstate|other)\\s+){0,3}(${countNouns.join('|')}|memorandum of understandings|memoranda of understanding)\\b`, 'gi');
const MONEY = /(?:\$|US\$|USD\s?|€|EUR\s?|£)\s?(\d+(?:[.,]\d+)*)\s*(trillion|billion|million|bn|mln|m|k)?\b/gi;
const LENGTH = /\b(\d{1,3}(?:,\d{3})*|\d+)\s*-?\s*(km|kilometres?|kilometers?|miles?)\b/gi;
const SCALE: { [word: string]: number } = { trillion: 1e12, billion: 1e9, bn: 1e9, million: 1e6, mln: 1e6, m: 1e6, k: 1e3 };

function number(text: string): number {
  const word = NUMBER_WORDS.indexOf(text.toLowerCase());
  return word >= 0 ? word + 2 : Number(text.replace(/,/g, ''));
}

export const figuresStage: Stage = {
  name: 'figures',
  requires: ['text'],
  assigns: ['figures'],
  run(doc) {
    for (const m of doc.text.matchAll(COUNT)) {
      doc.figures.push({ start: m.index, end: m.index + m[0].length, value: number(m[1]), unit: m[2].toLowerCase().replace(/^memorandum of understandings$/, 'memoranda of understanding'), text: m[0] });
    }
    for (const m of doc.text.matchAll(MONEY)) {
      const currency = /€|EUR/i.test(m[0]) ? 'EUR' : /£/.test(m[0]) ? 'GBP' : 'USD';
      doc.figures.push({ start: m.index, end: m.index + m[0].length, value: number(m[1]) * (SCALE[(m[2] ?? '').toLowerCase()] ?? 1), unit: currency, text: m[0] });
    }
    for (const m of doc.text.matchAll(LENGTH)) {
      doc.figures.push({ start: m.index, end: m.index + m[0].length, value: number(m[1]) * (/mile/i.test(m[2]) ? 1.609 : 1), unit: 'km', text: m[0] });
    }
    doc.figures.sort((a, b) => a.start - b.start);
  },
};
