// How senior an office is, on the scale of data/titles.yaml: 1 head of state, 2 head of
// government, 3 minister (or deputy head of state or government, head of parliament),
// 4 everything else. A meeting's level is that of its most senior participant.
import { loadDataFile } from '../vocabulary/data-file.ts';

export type OfficeLevel = 1 | 2 | 3 | 4;

interface Office {
  title: string;
  level: OfficeLevel;
  deputy?: string;
  deputy_level?: OfficeLevel;
}

export const LEVEL_NAMES: { [level in OfficeLevel]: string } = {
  1: 'head of state',
  2: 'head of government',
  3: 'minister',
  4: 'officials',
};

let levels: Map<string, OfficeLevel> | undefined;

function levelsByTitle(): Map<string, OfficeLevel> {
  if (levels) return levels;
  levels = new Map();
  for (const office of loadDataFile<{ offices: Office[] }>('titles.yaml').offices) {
    levels.set(office.title.toLowerCase(), office.level);
    if (office.deputy) levels.set(office.deputy.toLowerCase(), office.deputy_level ?? 4);
  }
  return levels;
}

/** The level of a canonical title; ministers of any portfolio are ministers, their deputies officials. */
export function officeLevel(title: string): OfficeLevel {
  const known = levelsByTitle().get(title.toLowerCase());
  if (known) return known;
  if (/^(?:first\s+)?(?:deputy|vice)\b/i.test(title)) return 4;
  if (/\bminister\b/i.test(title)) return 3;
  return 4;
}
