// Cues for bodies that readouts name in lower case, by what they do rather than by a proper name:
// the body whose meeting is reported ("the 9th meeting of the Chile-Peru joint committee for
// trade and investment", "a session of the general border commission") and a party to an
// instrument ("a memorandum between the Lima Trade Centre and the investment office at the
// presidency of Peru"). A capitalised centre is as often a building; as a party it is a body.
import type { OrganizationKind } from '../vocabulary/organizations.ts';
import { loadDataFile } from '../vocabulary/data-file.ts';
import type { CompanyCandidate } from './company-cues.ts';

interface PatternsFile {
  heads: { [phrase: string]: OrganizationKind };
  not_body_modifiers: string[];
}

const vocabulary = loadDataFile<PatternsFile>('organization-patterns.yaml');
/** One-word heads only: "committee", "office"; a lower-case "cabinet of ministers" is rare. */
const HEAD_KINDS = new Map(Object.entries(vocabulary.heads).filter(([head]) => !head.includes(' ')));
const NOT_MODIFIERS = new Set(vocabulary.not_body_modifiers);
/** Words that end a lower-case purpose list ("for trade and investment to be held …"). */
const NOT_IN_PURPOSE = new Set(['the', 'a', 'an', 'to', 'be', 'of', 'in', 'at', 'by', 'on', 'which', 'that', 'will', 'is', 'was', 'are', 'were', 'with', 'from', 'as']);

const LOWER = String.raw`\p{Ll}[\p{Ll}-]*`;
/** "Chile-Peru ": the countries of a joint body, joined by a hyphen. */
const PAIR = String.raw`\p{Lu}[\p{L}]*(?:[ ]\p{Lu}[\p{L}]*)?-\p{Lu}[\p{L}]*(?:[ ]\p{Lu}[\p{L}]*)?[ ]`;
const BODY = String.raw`((?:${PAIR})?(?:${LOWER}[ ]){1,3}(${[...HEAD_KINDS.keys()].join('|')}))\b`;
/** "for trade, culture and tourism", "at the presidency of Peru", "of the presidency in Peru". */
const PURPOSE = String.raw`[ ](?:for|on)[ ]${LOWER}(?:(?:,[ ]|,?[ ]and[ ]|[ ])${LOWER}){0,10}`;
const SEAT = String.raw`[ ](?:of|at)[ ]the[ ]${LOWER}(?:[ ](?:of|in)[ ]\p{Lu}[\p{L}]*(?:[ ]\p{Lu}[\p{L}]*){0,3})?`;

const MEETING_OF = new RegExp(String.raw`\b(?:meeting|session|sitting)s?[ ]of[ ]the[ ]${BODY}(${PURPOSE})?`, 'gu');
/** "an agreement on X between": the words an instrument is named by, before its parties. */
const INSTRUMENT_WORD = String.raw`[Aa]greement|[Mm]emorand(?:um|a)|MoU|MOU|[Pp]rotocol|[Cc]ontract|[Tt]reaty|[Aa]ccord|[Dd]eal|[Pp]act|[Ll]icen[cs]e`;
const INSTRUMENT_NOUN = String.raw`\b(?:${INSTRUMENT_WORD})s?\b(?:[ ][^.;:]{0,80}?)?`;
const PARTY = new RegExp(String.raw`${INSTRUMENT_NOUN}[ ](?:between[ ]|between[ ][^.;:]{3,120}?[ ]and[ ])the[ ]${BODY}(${SEAT})?(?=[ ]and[ ]|[.,;]|$)`, 'gu');
/** What stands before a party's name, the first or a later one. */
const FIRST_PARTY = new RegExp(String.raw`${INSTRUMENT_NOUN}[ ]between[ ]+(?:the[ ]+)?$`);
const SECOND_PARTY = new RegExp(String.raw`${INSTRUMENT_NOUN}[ ]between[ ][^.;:]+[ ]and[ ]+(?:the[ ]+)?$`);
/**
 * Words without which each pattern above cannot match, looked for first: V8 tries a pattern at
 * every offset of a sentence, and most sentences hold neither a meeting nor an instrument's parties.
 */
const HAS_MEETING = /(?:meeting|session|sitting)s?[ ]of[ ]the[ ]/;
const HAS_BETWEEN = /between[ ]/;
const HAS_INSTRUMENT_WORD = new RegExp(INSTRUMENT_WORD);
/** The end of BODY: a head after a space. */
const HAS_BODY_HEAD = new RegExp(String.raw`[ ](?:${[...HEAD_KINDS.keys()].join('|')})\b`);

/** The purpose list cut before the first word that cannot belong to it, or '' when none is left. */
function purposeWords(purpose: string): string {
  const words = purpose.trim().split(' ');
  const kept: string[] = [];
  for (const word of words.slice(1)) {
    if (NOT_IN_PURPOSE.has(word.replace(/,$/, ''))) break;
    kept.push(word);
  }
  while (kept.length && /,$|^and$/.test(kept[kept.length - 1])) kept.pop();
  return kept.length ? ` ${words[0]} ${kept.join(' ')}` : '';
}

function bodyCandidate(at: number, body: string, head: string, tail: string): CompanyCandidate | undefined {
  const headKind = HEAD_KINDS.get(head);
  if (!headKind) return undefined;
  // A company is named by a proper name: a lower-case "friendship group" is some other body.
  const kind = headKind === 'company' ? 'other' : headKind;
  const modifiers = body.slice(0, body.length - head.length).trim().split(' ').filter((w) => /^\p{Ll}/u.test(w));
  if (modifiers.some((w) => NOT_MODIFIERS.has(w))) return undefined;
  const name = body + tail;
  return { start: at, end: at + name.length, name, kind };
}

/** Lower-case bodies that a reported meeting or an instrument's parties name in one sentence (text starts at `offset`). */
export function descriptiveBodies(text: string, offset: number): CompanyCandidate[] {
  const found: CompanyCandidate[] = [];
  if (HAS_MEETING.test(text) && HAS_BODY_HEAD.test(text)) for (const m of text.matchAll(MEETING_OF)) {
    const c = bodyCandidate(offset + m.index + m[0].length - (m[3] ?? '').length - m[1].length, m[1], m[2], m[3] ? purposeWords(m[3]) : '');
    if (c) found.push(c);
  }
  if (HAS_BETWEEN.test(text) && HAS_INSTRUMENT_WORD.test(text) && HAS_BODY_HEAD.test(text)) for (const m of text.matchAll(PARTY)) {
    const c = bodyCandidate(offset + m.index + m[0].length - (m[3] ?? '').length - m[1].length, m[1], m[2], m[3] ?? '');
    if (c) found.push(c);
  }
  return found;
}

/** "a memorandum between the Lima Trade Centre and …", "… and the Andes Centre for Water": a name that stands as a party to an instrument. */
export function isInstrumentParty(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 240), start);
  return FIRST_PARTY.test(before) || SECOND_PARTY.test(before);
}
