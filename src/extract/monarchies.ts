// The sovereign states whose head of state is a monarch of their own, with the titles of their
// monarch and royal house (data/monarchies.yaml).
import { loadDataFile } from '../vocabulary/data-file.ts';

const MONARCHIES = new Map(Object.entries(loadDataFile<{ monarchies: { [code: string]: string[] } }>('monarchies.yaml').monarchies));

/** The royal titles of a monarchy ("Emir" for Qatar), or undefined for a republic. */
export function royalTitlesOf(country: string): readonly string[] | undefined {
  return MONARCHIES.get(country);
}
