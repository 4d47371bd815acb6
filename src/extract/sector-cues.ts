// Finds the sector cues of data/sectors.yaml in a text: whole words (with plural -s/-es) or
// stems, the longest cue winning where cues of two sectors overlap.
import type { Span } from '../record/schema.ts';
import { SECTOR_CUES, SECTOR_IGNORED_PHRASES, SECTOR_IMPLIES } from '../record/sectors.ts';
import { CueAlternation, type CueList, type CueMatch, type CueText } from './cue-matching.ts';
import { phraseSource } from './pattern-source.ts';

/** The sectors each cue stands for ("shipbuilding" is transport and industry); none for ignored phrases. */
const sectorsOfCue = new Map<string, string[]>();
for (const [sector, cues] of SECTOR_CUES) {
  for (const cue of cues) sectorsOfCue.set(cue, [...(sectorsOfCue.get(cue) ?? []), sector, ...(SECTOR_IMPLIES.get(sector) ?? [])]);
}
for (const phrase of SECTOR_IGNORED_PHRASES) sectorsOfCue.set(phrase, []);

function cuePattern(cue: string): string {
  const stem = cue.endsWith('*');
  const words = phraseSource(stem ? cue.slice(0, -1) : cue);
  return stem ? `${words}\\w*` : `${words}(?:s|es)?\\b`;
}

const cues = [...sectorsOfCue.keys()].sort((a, b) => b.length - a.length);
/** The sector cues as a list to read with others (CueAlternations), whose matches sectorsOf reads. */
export const SECTOR_CUE_LIST: CueList = { sources: cues.map(cuePattern), tail: '' };
const PATTERN = new CueAlternation(SECTOR_CUE_LIST.sources, SECTOR_CUE_LIST.tail);

/** Sectors cued in a text, ignoring cues that fall inside the given spans (names of bodies and forums). */
export function sectorsIn(text: string | CueText, offset = 0, excluded: readonly Span[] = []): string[] {
  return sectorsOf(PATTERN.matchAll(text), offset, excluded);
}

/** Sectors of the matches of SECTOR_CUE_LIST in a text, ignoring cues that fall inside the given spans. */
export function sectorsOf(matches: readonly CueMatch[], offset = 0, excluded: readonly Span[] = []): string[] {
  const found = new Set<string>();
  for (const m of matches) {
    const start = offset + m.index;
    if (excluded.some((s) => s.start <= start && start < s.end)) continue;
    for (const sector of sectorsOfCue.get(cues[m.cue]) ?? []) found.add(sector);
  }
  return [...found];
}
