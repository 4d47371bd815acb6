// First-level subdivisions of countries (states, provinces, regions) from the npm package
// iso-3166 (ISO 3166-2), indexed once by folded name, with data/subdivision-aliases.yaml for
// English names of subdivisions ISO writes in the local language ("West Java" for "Jawa Barat").
import { iso31662 } from 'iso-3166';
import { countryByIso2 } from './countries.ts';
import { isCommonWordCityName } from './cities.ts';
import { loadDataFile } from './data-file.ts';
import { foldText } from './fold.ts';

export interface SubdivisionCandidate {
  /** As ISO 3166-2 writes it. */
  name: string;
  /** ISO 3166-2, e.g. "MX-CHP". */
  code: string;
  /** ISO 3166-1 alpha-3. */
  country: string;
}

interface SubdivisionAliasFile {
  aliases: { alias: string; code: string }[];
}

/** "Asturias, Principado de", "Sofia (stolitsa)": ISO's inverted or annotated forms are never written so in the news. */
const NOT_A_RUNNING_TEXT_NAME = /[,()[\]/]/;

let index: Map<string, SubdivisionCandidate[]> | undefined;

function buildIndex(): Map<string, SubdivisionCandidate[]> {
  const byName = new Map<string, SubdivisionCandidate[]>();
  const byCode = new Map<string, SubdivisionCandidate>();
  const add = (name: string, subdivision: SubdivisionCandidate) => {
    const key = foldText(name);
    const list = byName.get(key) ?? [];
    if (!list.some((s) => s.code === subdivision.code)) list.push(subdivision);
    byName.set(key, list);
  };
  for (const entry of iso31662) {
    // A parent that is itself a subdivision code makes a second-level unit (a district of a region).
    if (!/^[A-Z]{2}$/.test(entry.parent)) continue;
    const country = countryByIso2(entry.parent)?.code;
    if (!country) continue;
    const subdivision = { name: entry.name, code: entry.code, country };
    byCode.set(entry.code, subdivision);
    if (NOT_A_RUNNING_TEXT_NAME.test(entry.name) || isCommonWordCityName(entry.name)) continue;
    add(entry.name, subdivision);
  }
  for (const { alias, code } of loadDataFile<SubdivisionAliasFile>('subdivision-aliases.yaml').aliases) {
    const subdivision = byCode.get(code);
    if (!subdivision) throw new Error(`data/subdivision-aliases.yaml: "${alias}" points to ${code}, which iso-3166 lacks as a first-level subdivision`);
    add(alias, subdivision);
  }
  return byName;
}

/** The first-level subdivisions a name, folded by foldText, may stand for, in any country. */
export function subdivisionsNamed(folded: string): readonly SubdivisionCandidate[] {
  index ??= buildIndex();
  return index.get(folded) ?? [];
}

/** Every name of the index, folded by foldText. */
export function subdivisionNames(): IterableIterator<string> {
  index ??= buildIndex();
  return index.keys();
}
