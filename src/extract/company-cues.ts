// Companies and government seats that no list can hold, read from the words around them:
// "the Volta and Kivu companies", "a joint venture called "Andes Power Union"", "Volta Aerospace
// announced", "the CEO of Kivu Gas", "the Blue House said", "the newspaper Kivu Times". Each cue names its candidate's span;
// the organisations stage decides whether another name already claims it.
import type { OrganizationMention } from './annotated-document.ts';
import type { OrganizationKind } from '../vocabulary/organizations.ts';
import { loadDataFile } from '../vocabulary/data-file.ts';
import { phraseSource } from './pattern-source.ts';

interface CompanyCuesFile {
  sector_heads: string[];
  company_verbs: string[];
  not_company_names: string[];
  seat_heads: string[];
  corporate_titles: string[];
  company_nouns_before_name: string[];
  legal_suffixes: string[];
}

const cues = loadDataFile<CompanyCuesFile>('organization-patterns.yaml');
const NAME = String.raw`[A-Z][\w&'’.-]*`;
const NAMES = String.raw`${NAME}(?:[ ]${NAME}){0,4}`;
const either = (words: string[]) => words.map(phraseSource).join('|');
const NOT_NAME_WORDS = new Set([...cues.not_company_names, 'The', 'A', 'An', 'This', 'That', 'Its', 'Their', 'Both', 'Each']);

/** "the Volta and Kivu companies", "the Volta company": capitalised names before a lower-case "company". */
const BEFORE_COMPANY_NOUN = new RegExp(String.raw`\b(${NAMES}(?:(?:,[ ]|[ ]and[ ])${NAMES}){0,6})[ ]+compan(?:y|ies)\b`, 'g');
/** "a joint venture called "Andes Power Union"" or "a company named Volta Gas". */
const CALLED = new RegExp(String.raw`\b(?:joint[ ]venture|company|firm|consortium)[ ,]+(?:called|named|known[ ]as)[ ]+["“']?(${NAMES})["”']?`, 'g');
/** "Volta Aerospace announced", "Kivu Telecom's plant", "the firm Volta Energy". */
const SECTOR_NAME = new RegExp(
  String.raw`(?:\b(?:firm|company|group|operator|manufacturer|maker|producer|giant|carrier)[ ]+)?\b(${NAME}(?:[ ]${NAME}){0,3}[ ](?:${either(cues.sector_heads)}))(?=(?:['’]s\b|[ ]+(?:${either(cues.company_verbs)})\b))`, 'g');
const SECTOR_NAME_AFTER_NOUN = new RegExp(String.raw`\b(?:firm|company|group|operator|manufacturer|maker|producer|giant|carrier)[ ]+(${NAME}(?:[ ]${NAME}){0,3}[ ](?:${either(cues.sector_heads)}))\b`, 'g');
/** "state energy firm Kivu", "tech giant Volta": a lower-case company noun, then the name. */
const AFTER_COMPANY_NOUN = new RegExp(String.raw`\b(?:${either(cues.company_nouns_before_name)})[ ]+(${NAMES})`, 'g');
const HAS_COMPANY_NOUN_BEFORE_NAME = new RegExp(String.raw`\b(?:${either(cues.company_nouns_before_name)})[ ][A-Z]`);
/** "the CEO of Kivu Gas", "Managing Director of Volta Steel, Mr. Ana Ruiz". */
const AFTER_CORPORATE_TITLE = new RegExp(String.raw`\b(?:${either(cues.corporate_titles)})[ ]+(?:of|at)[ ]+(?:the[ ]+)?(${NAMES})`, 'g');
/** "the newspaper Kivu Times", "a Finnish daily Turun Sanomat": a name after an outlet noun is an outlet. */
const AFTER_OUTLET_NOUN = new RegExp(String.raw`\b(?:newspaper|daily|weekly|news[ ]agency|broadcaster|news[ ]outlet|news[ ]site|magazine|TV[ ]channel)[ ]+(${NAMES})`, 'g');
/** "the Blue House said", "Presidential Palace spokesman", "the Presidency's statement". */
const SEAT_SPEAKS = new RegExp(
  String.raw`\b(${NAME}(?:[ ]${NAME}){0,2}[ ](?:${either(cues.seat_heads)}))(?=['’]s[ ]+(?:spokes\w+|press|statement)|[ ]+(?:said|says|announced|stated|confirmed|spokes\w+)\b)`, 'g');

/**
 * Words without which each pattern above cannot match. V8 tries a pattern at every offset of a
 * sentence, which costs far more than looking for a word, so a pattern is run only where its
 * word is (most sentences hold none of them).
 */
const HAS_COMPANY_NOUN = /[ ]compan(?:y|ies)/;
const HAS_NAMING_VERB = /called|named|known[ ]as/;
const HAS_SECTOR_HEAD = new RegExp(either(cues.sector_heads));
const HAS_CORPORATE_TITLE = new RegExp(either(cues.corporate_titles));
const CORPORATE_TITLE_FIRST = new RegExp(String.raw`^(?:${either(cues.corporate_titles)})\b`);
const LOWER_CASE_OUTLET_NOUNS = String.raw`newspaper|daily|weekly|news[ ]agency|broadcaster|news[ ]outlet|news[ ]site|magazine`;
const HAS_OUTLET_NOUN = new RegExp(String.raw`${LOWER_CASE_OUTLET_NOUNS}|TV[ ]channel`);
const HAS_SEAT_HEAD = new RegExp(either(cues.seat_heads));
/**
 * Any of those words: two searches turn away the sentences that hold none, most of them. The words
 * that start with a capital are looked for apart from the others, which V8 finds faster than one
 * search for all: it passes quickly over the many letters that start none of them.
 */
const LISTED_CUES = [...cues.sector_heads, ...cues.corporate_titles, ...cues.seat_heads];
const startsWithCapital = (word: string) => /^[A-Z]/.test(word);
const HAS_CAPITALISED_CUE = new RegExp([...LISTED_CUES.filter(startsWithCapital).map(phraseSource), String.raw`TV[ ]channel`].join('|'));
const HAS_OTHER_CUE = new RegExp(
  [HAS_COMPANY_NOUN.source, HAS_NAMING_VERB.source, HAS_COMPANY_NOUN_BEFORE_NAME.source, ...LISTED_CUES.filter((word) => !startsWithCapital(word)).map(phraseSource), LOWER_CASE_OUTLET_NOUNS].join('|'),
);

const LEGAL_SUFFIXES = new Set(cues.legal_suffixes);
const SENTENCE_STOP_AFTER_WORD = /[a-z]{3}\.$/;

export interface CompanyCandidate {
  start: number;
  end: number;
  name: string;
  kind: OrganizationKind;
}

/** A candidate keeps its name without a leading article, and not one made only of ordinary adjectives. */
function candidate(start: number, name: string, kind: OrganizationKind): CompanyCandidate | undefined {
  const article = /^(?:The|A|An)\s+/.exec(name);
  if (article) {
    start += article[0].length;
    name = name.slice(article[0].length);
  }
  const words = name.split(/\s+/);
  if (words.length === 0 || NOT_NAME_WORDS.has(words[0])) return undefined;
  // "with the Chinese firm Sino Hydro.": the sentence's full stop, not an abbreviation's ("Co.", "Corp.", "S.A.").
  if (SENTENCE_STOP_AFTER_WORD.test(name) && !LEGAL_SUFFIXES.has(words[words.length - 1])) name = name.slice(0, -1);
  return { start, end: start + name.length, name, kind };
}

/**
 * The body an officer's title heads: "the CEO of Kivu Gas, Ana Ruiz" up to the comma; without
 * one, a run of three words or more holds the officer's name in its last two ("the Chairman of
 * Volta Steel Works Ana Ruiz said"), as the titles stage reads it.
 */
function bodyBeforeName(run: string, after: string): string {
  const words = run.split(' ');
  if (/^\s*[,(]/.test(after) || words.length < 3) return run;
  return words.slice(0, -2).join(' ');
}

/** Company and government-seat names that the cues find in one sentence (text starts at `offset`). */
export function companyCandidates(text: string, offset: number): CompanyCandidate[] {
  const found: CompanyCandidate[] = [];
  if (!HAS_CAPITALISED_CUE.test(text) && !HAS_OTHER_CUE.test(text)) return found;
  const push = (c: CompanyCandidate | undefined) => { if (c) found.push(c); };
  if (HAS_COMPANY_NOUN.test(text)) for (const m of text.matchAll(BEFORE_COMPANY_NOUN)) {
    let at = offset + m.index;
    for (const part of m[1].split(/(,[ ]|[ ]and[ ])/)) {
      if (!/^(?:,[ ]|[ ]and[ ])$/.test(part)) push(candidate(at, part, 'company'));
      at += part.length;
    }
  }
  if (HAS_NAMING_VERB.test(text)) for (const m of text.matchAll(CALLED)) push(candidate(offset + m.index + m[0].lastIndexOf(m[1]), m[1], 'company'));
  if (HAS_SECTOR_HEAD.test(text)) for (const pattern of [SECTOR_NAME, SECTOR_NAME_AFTER_NOUN]) {
    for (const m of text.matchAll(pattern)) push(candidate(offset + m.index + m[0].lastIndexOf(m[1]), m[1], 'company'));
  }
  if (HAS_CORPORATE_TITLE.test(text)) for (const m of text.matchAll(AFTER_CORPORATE_TITLE)) {
    push(candidate(offset + m.index + m[0].lastIndexOf(m[1]), bodyBeforeName(m[1], text.slice(m.index + m[0].length)), 'company'));
  }
  if (HAS_COMPANY_NOUN_BEFORE_NAME.test(text)) for (const m of text.matchAll(AFTER_COMPANY_NOUN)) {
    // "the company CEO Ana Ruiz": an officer, not a name.
    if (!CORPORATE_TITLE_FIRST.test(m[1])) push(candidate(offset + m.index + m[0].lastIndexOf(m[1]), m[1], 'company'));
  }
  if (HAS_OUTLET_NOUN.test(text)) for (const m of text.matchAll(AFTER_OUTLET_NOUN)) push(candidate(offset + m.index + m[0].lastIndexOf(m[1]), m[1], 'media'));
  if (HAS_SEAT_HEAD.test(text)) for (const m of text.matchAll(SEAT_SPEAKS)) push(candidate(offset + m.index, m[1], 'government'));
  return found;
}

export function asMention(c: CompanyCandidate): OrganizationMention {
  return { start: c.start, end: c.end, name: c.name, aliases: [], kind: c.kind };
}
