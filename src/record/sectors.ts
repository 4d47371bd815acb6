// The sector taxonomy, read from data/sectors.yaml: the one place it is kept.
import { loadDataFile } from '../vocabulary/data-file.ts';

interface SectorsFile {
  sectors: { [name: string]: string[] };
}

const file = loadDataFile<SectorsFile>('sectors.yaml');

export const SECTOR_NAMES = Object.keys(file.sectors) as [string, ...string[]];

/** Lower-case cue stems per sector, matched at word starts. */
export const SECTOR_CUES: ReadonlyMap<string, readonly string[]> = new Map(Object.entries(file.sectors));
