// The sector taxonomy, read from data/sectors.yaml: the one place it is kept.
import { loadDataFile } from '../vocabulary/data-file.ts';

interface SectorsFile {
  sectors: { [name: string]: string[] };
  ignore: string[];
  implies: { [sector: string]: string[] };
}

const file = loadDataFile<SectorsFile>('sectors.yaml');

export const SECTOR_NAMES = Object.keys(file.sectors) as [string, ...string[]];

/** Lower-case cues per sector: whole words or phrases, or stems ending in "*". */
export const SECTOR_CUES: ReadonlyMap<string, readonly string[]> = new Map(Object.entries(file.sectors));

/** Phrases that hold a cue word but name no sector ("military honours"). */
export const SECTOR_IGNORED_PHRASES: readonly string[] = file.ignore;

/** Sectors that a sub-sector also counts for ("oil and gas" is "energy" too). */
export const SECTOR_IMPLIES: ReadonlyMap<string, readonly string[]> = new Map(Object.entries(file.implies));
