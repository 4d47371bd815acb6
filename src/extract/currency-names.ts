// "US$ 300 million", "Canadian dollars": a country's name or adjective right before a currency
// sign or word names the currency, and is no mention of the country.
import { loadDataFile } from '../vocabulary/data-file.ts';

const CURRENCY_WORDS = new Set(loadDataFile<{ currency_words: string[] }>('country-aliases.yaml').currency_words);
const NEXT_WORD = /^ ?(\$|[A-Za-z]+)/;

/** Whether the text after a country mention (ending at `end`) is a currency sign or word. */
export function namesCurrency(text: string, end: number): boolean {
  const next = NEXT_WORD.exec(text.slice(end, end + 16));
  return next !== null && (next[1] === '$' || CURRENCY_WORDS.has(next[1].toLowerCase()));
}
