// Names that a common noun for a person describes, with no title of office: a relational noun
// after a possessive ("Merz's predecessor, Olaf Scholz"), a descriptive noun after a nationality
// ("Venezuelan politician Juan Guaidó"), coordinated names after a plural one ("the two Canadian
// citizens—Michael Kovrig and Michael Spavor"). The anchor before the noun is what makes the
// capitalised words after it a person: "the company Andes Power" has none.
import type { AnnotatedDocument, Sentence, Token } from '../../annotated-document.ts';
import { countryMentionsIn } from '../../countries-in.ts';
import { WordShapeFilter } from '../../../vocabulary/word-shape-filter.ts';
import { readName, type NameSpan } from './names.ts';
import { DESCRIPTIVE_NOUNS, RELATIONAL_NOUNS, REPORTING, SAME_COUNTRY_RELATIONS } from './vocabulary.ts';
import type { PersonFinding } from './findings.ts';
import { knownPerson } from './registry.ts';

interface PersonNoun {
  words: string[];
  plural: boolean;
  relational: boolean;
  /** The person is of the country of the one the noun relates them to ("Merz's predecessor"). */
  sameCountry: boolean;
}

function pluralOf(word: string): string {
  if (word.endsWith('man')) return `${word.slice(0, -3)}men`;
  if (word.endsWith('wife')) return `${word.slice(0, -4)}wives`;
  return `${word}s`;
}

/** Person nouns by their last word, singular and plural, so that most tokens are dismissed with one look-up. */
const NOUNS_BY_LAST_WORD = new Map<string, PersonNoun[]>();
/** The last words by shape: a word of another shape needs no look-up (which would hash it). */
const LAST_WORD_SHAPES = new WordShapeFilter();
for (const [list, relational] of [[RELATIONAL_NOUNS, true], [DESCRIPTIVE_NOUNS, false]] as const) {
  for (const noun of list) {
    const words = noun.split(' ');
    const sameCountry = relational && SAME_COUNTRY_RELATIONS.has(noun);
    const plural = [...words.slice(0, -1), pluralOf(words[words.length - 1])];
    for (const [form, isPlural] of [[words, false], [plural, true]] as const) {
      const last = form[form.length - 1];
      NOUNS_BY_LAST_WORD.set(last, [...(NOUNS_BY_LAST_WORD.get(last) ?? []), { words: form, plural: isPlural, relational, sameCountry }]);
      LAST_WORD_SHAPES.add(last);
    }
  }
}

const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'its']);
const POSSESSIVE_MARK = /^['’]s?$/;
const NUMBER_WORDS = new Set(['two', 'three', 'four', 'five', 'several']);
const LOWER_WORD = /^\p{Ll}+$/u;
/** Modifiers allowed between the anchor and the noun ("Merz's immediate predecessor", "Venezuelan opposition politician"). */
const MAX_MODIFIERS = 2;

/** The person noun that ends at token `last`, if any, as its first token. */
function personNounEndingAt(tokens: readonly Token[], last: number, from: number): { noun: PersonNoun; first: number } | undefined {
  const word = tokens[last].lower;
  const nouns = LAST_WORD_SHAPES.mayContain(word) ? NOUNS_BY_LAST_WORD.get(word) : undefined;
  if (nouns === undefined) return undefined;
  for (const noun of nouns) {
    const first = last - noun.words.length + 1;
    if (first >= from && noun.words.every((w, n) => tokens[first + n].lower === w)) return { noun, first };
  }
  return undefined;
}

interface Anchor {
  country?: string;
}

/** What stands before the noun and makes it describe a named person: a possessive, a nationality, or a number for plurals. */
function anchorBefore(doc: AnnotatedDocument, sentence: Sentence, claimed: Uint8Array, first: number, noun: PersonNoun): Anchor | undefined {
  for (let a = first - 1; a >= Math.max(sentence.tokenStart, first - 1 - MAX_MODIFIERS); a--) {
    const token = doc.tokens[a];
    const nationality = claimed[a] ? countryMentionsIn(doc, token.start, token.end).find((c) => c.form !== 'name') : undefined;
    if (nationality) return { country: nationality.code };
    if (POSSESSIVE_MARK.test(token.text) && a > sentence.tokenStart) {
      const owner = doc.tokens[a - 1];
      const country = countryMentionsIn(doc, owner.start, owner.end).find((c) => c.form === 'name');
      if (country) return { country: country.code };
      if (!noun.relational) return undefined;
      // "Merz's predecessor": the country of one named before, whose offices are national (not "Guterres's predecessor").
      const person = noun.sameCountry ? knownPerson(doc, { from: a - 1, to: a }) : undefined;
      return person?.country && !person.roles.some((r) => r.organization) ? { country: person.country } : {};
    }
    if (POSSESSIVE_PRONOUNS.has(token.lower)) return noun.relational ? {} : undefined;
    if (noun.plural && (token.pos === 'NUM' || NUMBER_WORDS.has(token.lower))) return {};
    if (!LOWER_WORD.test(token.text) || claimed[a]) return undefined;
  }
  return undefined;
}

/** A name of two words or more at token i. */
function fullNameAt(doc: AnnotatedDocument, i: number, sentence: Sentence, claimed: Uint8Array): NameSpan | undefined {
  const name = readName(doc, i, sentence, claimed);
  return name && name.to - name.from >= 2 ? name : undefined;
}

/** Whether the phrase closes after a name in apposition: a comma, a dash, "and", a bracket, a reporting verb, or the sentence's end. */
function closesApposition(doc: AnnotatedDocument, name: NameSpan, sentence: Sentence): boolean {
  if (name.to >= sentence.tokenEnd) return true;
  const next = doc.tokens[name.to].lower;
  return /^(?:,|-|and|\.|\)|;)$/.test(next) || REPORTING.has(next);
}

/** Names coordinated from token i: "A and B", "A, B and C". */
function coordinatedNames(doc: AnnotatedDocument, i: number, sentence: Sentence, claimed: Uint8Array): NameSpan[] {
  const names: NameSpan[] = [];
  for (;;) {
    const name = fullNameAt(doc, i, sentence, claimed);
    if (!name) return names;
    names.push(name);
    let k = name.to;
    if (doc.tokens[k]?.text === ',') k++;
    if (doc.tokens[k]?.lower === 'and') k++;
    if (k === name.to) return names;
    i = k;
  }
}

/** The people of one sentence that a person noun introduces. */
export function findNamesAfterPersonNouns(doc: AnnotatedDocument, sentence: Sentence, claimed: Uint8Array): PersonFinding[] {
  const found: PersonFinding[] = [];
  for (let last = sentence.tokenStart; last < sentence.tokenEnd - 1; last++) {
    const match = personNounEndingAt(doc.tokens, last, sentence.tokenStart);
    if (!match || claimed[last]) continue;
    const anchor = anchorBefore(doc, sentence, claimed, match.first, match.noun);
    if (!anchor) continue;
    const separated = /^[,:-]$/.test(doc.tokens[last + 1].text);
    const start = separated ? last + 2 : last + 1;
    if (match.noun.plural) {
      const names = coordinatedNames(doc, start, sentence, claimed);
      if (names.length >= 2) for (const span of names) found.push({ span, country: anchor.country });
    } else {
      const name = fullNameAt(doc, start, sentence, claimed);
      if (name && (!separated || closesApposition(doc, name, sentence))) found.push({ span: name, country: anchor.country });
    }
  }
  return found;
}
