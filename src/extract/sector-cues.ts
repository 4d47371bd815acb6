// Finds the sector cues of data/sectors.yaml in a text: whole words (with plural -s/-es) or
// stems, the longest cue winning where cues of two sectors overlap.
import type { Span } from '../record/schema.ts';
import { SECTOR_CUES, SECTOR_IGNORED_PHRASES, SECTOR_IMPLIES } from '../record/sectors.ts';
import { CueAlternation, type CueText } from './cue-matching.ts';

/** The sectors each cue stands for ("shipbuilding" is transport and industry); none for ignored phrases. */
const sectorsOfCue = new Map<string, string[]>();
for (const [sector, cues] of SECTOR_CUES) {
  for (const cue of cues) sectorsOfCue.set(cue, [...(sectorsOfCue.get(cue) ?? []), sector, ...(SECTOR_IMPLIES.get(sector) ?? [])]);
}
for (const phrase of SECTOR_IGNORED_PHRASES) sectorsOfCue.set(phrase, []);

function cuePattern(cue: string): string {
  const stem = cue.endsWith('*');
  const words = (stem ? cue.slice(0, -1) : cue).replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
  return stem ? `${words}\\w*` : `${words}(?:s|es)?\\b`;
}

const cues = [...sectorsOfCue.keys()].sort((a, b) => b.length - a.length);
const PATTERN = new CueAlternation(cues.map(cuePattern));

/** Sectors cued in a text, ignoring cues that fall inside the given spans (names of bodies and forums). */
export function sectorsIn(text: string | CueText, offset = 0, excluded: readonly Span[] = []): string[] {
  const found = new Set<string>();
  for (const m of PATTERN.matchAll(text)) {
    const start = offset + m.index;
    if (excluded.some((s) => s.start <= start && start < s.end)) continue;
    for (const sector of sectorsOfCue.get(cues[m.cue]) ?? []) found.add(sector);
  }
  return [...found];
}
