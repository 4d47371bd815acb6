// Countries: world-countries (names, alternative spellings, English demonyms, capitals,
// coordinates) completed by data/country-aliases.yaml, indexed once by folded surface form.
import { createRequire } from 'node:module';
import type { Country as WorldCountry } from 'world-countries';
import { loadDataFile } from './data-file.ts';
import { foldText } from './fold.ts';

export type CountryForm = 'name' | 'adjective' | 'demonym';

export interface CountryInfo {
  /** ISO 3166-1 alpha-3 ("XKX" for Kosovo). */
  code: string;
  iso2: string;
  name: string;
  officialName: string;
  /** Every way to name the country itself, official forms included ("Republic of Kazakhstan"). */
  names: string[];
  /** "Kazakh", "Kazakhstani". */
  adjectives: string[];
  /** Nouns for its people: "Kazakhs", "Kazakhstanis", "Britons". */
  demonyms: string[];
  capital?: string;
  /** All capitals, for the few countries with more than one. */
  capitals: string[];
  latlng?: [number, number];
  independent: boolean;
}

export interface CountrySurfaceForm {
  /** As written in the data: its capitals tell a matcher what the text must show. */
  text: string;
  code: string;
  form: CountryForm;
  /** Other countries the same form may name ("Congo": the Republic of the Congo). */
  alternatives?: string[];
}

export interface CountryLookup {
  code: string;
  form: CountryForm;
  alternatives?: string[];
}

interface CountryAliasEntry {
  names?: string[];
  adjectives?: string[];
  demonyms?: string[];
}

interface CountryAliasFile {
  code_overrides: Record<string, string>;
  countries: Record<string, CountryAliasEntry>;
  ambiguous: Record<string, string[]>;
  excluded_forms: string[];
  not_countries: string[];
}

interface CountryIndex {
  countries: CountryInfo[];
  byCode: Map<string, CountryInfo>;
  byIso2: Map<string, CountryInfo>;
  forms: CountrySurfaceForm[];
  byFoldedForm: Map<string, CountrySurfaceForm>;
}

const TWO_LETTER_CODE = /^[A-Z]{2}$/;
// Alternative spellings in other scripts (Cyrillic, Arabic, CJK) never occur in English text.
const LATIN_SCRIPT = /^[\p{Script=Latin}\p{M}\p{N}\s.,'’()-]+$/u;
const FORM_RANK: Record<CountryForm, number> = { name: 3, adjective: 2, demonym: 1 };

let index: CountryIndex | undefined;

// The package's typings declare an ES default export over a CommonJS module.
const worldCountries = createRequire(import.meta.url)('world-countries') as WorldCountry[];

function aliasFile(): CountryAliasFile {
  return loadDataFile<CountryAliasFile>('country-aliases.yaml');
}

/** "The Netherlands" is named "Netherlands": the article is read by the caller, not the gazetteer. */
function withoutLeadingArticle(form: string): string {
  return form.replace(/^the\s+/i, '');
}

function withoutParenthesis(form: string): string {
  return form.replace(/\s*\([^)]*\)\s*/g, ' ').trim();
}

function splitDemonym(demonym: string): string[] {
  return demonym
    .split(/,\s*|\s+or\s+/)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}

/** People nouns in world-countries' demonym field ("Icelander", "Cook Islander") are no adjectives. */
function isPersonNoun(demonym: string): boolean {
  return /er$/.test(demonym);
}

/** Regular English plurals of adjectives used as nouns: "Azerbaijanis", "Americans". */
function pluralOfAdjective(adjective: string): string | undefined {
  if (/(an|i)$/.test(adjective)) return `${adjective}s`;
  return undefined;
}

function buildIndex(): CountryIndex {
  const aliases = aliasFile();
  const excluded = new Set(aliases.excluded_forms.map(foldText));
  const isExcluded = (form: string): boolean => excluded.has(foldText(form));
  const countries: CountryInfo[] = [];
  for (const source of worldCountries) {
    const code = aliases.code_overrides[source.cca3] ?? source.cca3;
    const extra = aliases.countries[code] ?? {};
    const names = new Set<string>([source.name.common, source.name.official, ...(extra.names ?? [])]);
    const adjectives = new Set<string>(extra.adjectives ?? []);
    const demonyms = new Set<string>(extra.demonyms ?? []);
    const english = source.demonyms['eng'];
    for (const demonym of english ? [english.m, english.f] : []) {
      for (const part of splitDemonym(demonym)) {
        if (names.has(part) || demonyms.has(part) || adjectives.has(part)) continue;
        (isPersonNoun(part) ? demonyms : adjectives).add(part);
      }
    }
    for (const spelling of source.altSpellings) {
      if (TWO_LETTER_CODE.test(spelling) || spelling.includes(',') || !LATIN_SCRIPT.test(spelling)) continue;
      // "Thai" and "Saudi" stand among the spellings of the name but are adjectives.
      const form = withoutLeadingArticle(spelling);
      if (!adjectives.has(form) && !demonyms.has(form)) names.add(form);
    }
    for (const name of [...names]) {
      if (name.includes('(')) names.add(withoutParenthesis(name));
    }
    for (const adjective of adjectives) {
      const plural = names.has(adjective) ? undefined : pluralOfAdjective(adjective);
      if (plural) demonyms.add(plural);
    }
    const capitals = source.capital.filter((capital) => capital.length > 0);
    const [lat, lng] = source.latlng;
    countries.push({
      code,
      iso2: source.cca2,
      name: source.name.common,
      officialName: source.name.official,
      names: [...names].filter((form) => !isExcluded(form)),
      adjectives: [...adjectives].filter((form) => !isExcluded(form) && !names.has(form)),
      demonyms: [...demonyms].filter((form) => !isExcluded(form) && !names.has(form) && !adjectives.has(form)),
      capital: capitals[0],
      capitals,
      latlng: lat === undefined || lng === undefined ? undefined : [lat, lng],
      independent: source.independent === true,
    });
  }
  const byCode = new Map(countries.map((country) => [country.code, country]));
  const byIso2 = new Map(countries.map((country) => [country.iso2, country]));
  const alternatives = assignAmbiguousForms(aliases.ambiguous, byCode);
  const { forms, byFoldedForm } = indexForms(countries, alternatives, byCode);
  return { countries, byCode, byIso2, forms, byFoldedForm };
}

/**
 * Gives each form of the alias file's `ambiguous` list to its first country only, in the
 * class it has elsewhere ("Congolese" stays an adjective), and returns the other countries
 * by folded form.
 */
function assignAmbiguousForms(ambiguous: Record<string, string[]>, byCode: Map<string, CountryInfo>): Map<string, string[]> {
  const alternatives = new Map<string, string[]>();
  for (const [form, codes] of Object.entries(ambiguous)) {
    const [primary, ...others] = codes;
    const country = primary ? byCode.get(primary) : undefined;
    if (!country) throw new Error(`data/country-aliases.yaml: ambiguous form "${form}" names unknown country "${primary}"`);
    const folded = foldText(form);
    let formClass: CountryForm = /s$/.test(form) ? 'demonym' : 'name';
    for (const candidate of byCode.values()) {
      for (const [key, list] of [['name', candidate.names], ['adjective', candidate.adjectives], ['demonym', candidate.demonyms]] as const) {
        const at = list.findIndex((existing) => foldText(existing) === folded);
        if (at < 0) continue;
        formClass = key;
        list.splice(at, 1);
      }
    }
    const target = formClass === 'name' ? country.names : formClass === 'adjective' ? country.adjectives : country.demonyms;
    target.push(form);
    alternatives.set(folded, others);
  }
  return alternatives;
}

/**
 * One country per folded form. Where two claim it, a name beats an adjective, an independent
 * country beats a territory ("French" is France's, not the French Southern Lands'), and the
 * larger country wins.
 */
function indexForms(
  countries: CountryInfo[],
  alternatives: Map<string, string[]>,
  byCode: Map<string, CountryInfo>,
): { forms: CountrySurfaceForm[]; byFoldedForm: Map<string, CountrySurfaceForm> } {
  const candidates = new Map<string, CountrySurfaceForm[]>();
  const add = (text: string, code: string, form: CountryForm): void => {
    const key = `${foldText(text)}\u0000${isAcronymLike(text) ? 'A' : 'w'}`;
    const list = candidates.get(key) ?? [];
    if (!list.some((existing) => existing.code === code && existing.text === text)) list.push({ text, code, form });
    candidates.set(key, list);
  };
  for (const country of countries) {
    for (const text of country.names) add(text, country.code, 'name');
    for (const text of country.adjectives) add(text, country.code, 'adjective');
    for (const text of country.demonyms) add(text, country.code, 'demonym');
  }
  const area = new Map(worldCountries.map((source) => [source.cca2, source.area]));
  const weight = (candidate: CountrySurfaceForm): number[] => {
    const country = byCode.get(candidate.code);
    return [FORM_RANK[candidate.form], country?.independent ? 1 : 0, area.get(country?.iso2 ?? '') ?? 0];
  };
  const forms: CountrySurfaceForm[] = [];
  const byFoldedForm = new Map<string, CountrySurfaceForm>();
  for (const list of candidates.values()) {
    const chosen = [...list].sort((a, b) => compareWeights(weight(b), weight(a)))[0];
    if (!chosen) continue;
    const folded = foldText(chosen.text);
    const others = alternatives.get(folded);
    // Every written variant of the winning country stays a surface form ("Türkiye", "Turkiye").
    for (const candidate of list) {
      if (candidate.code !== chosen.code) continue;
      forms.push({ ...candidate, form: chosen.form, ...(others ? { alternatives: others } : {}) });
    }
    const existing = byFoldedForm.get(folded);
    if (!existing || FORM_RANK[chosen.form] > FORM_RANK[existing.form]) {
      byFoldedForm.set(folded, { ...chosen, ...(others ? { alternatives: others } : {}) });
    }
  }
  return { forms, byFoldedForm };
}

function compareWeights(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const difference = (a[i] ?? 0) - (b[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

/** "US", "U.K.", "DPRK", "BiH": forms that must be written with their capitals. */
function isAcronymLike(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  const upper = letters.replace(/[^\p{Lu}]/gu, '').length;
  return letters.length > 0 && (upper === letters.length || (upper >= 2 && !text.includes(' ')));
}

function countryIndex(): CountryIndex {
  index ??= buildIndex();
  return index;
}

export function allCountries(): readonly CountryInfo[] {
  return countryIndex().countries;
}

export function countryByCode(iso3: string): CountryInfo | undefined {
  return countryIndex().byCode.get(iso3.toUpperCase());
}

export function countryByIso2(iso2: string): CountryInfo | undefined {
  return countryIndex().byIso2.get(iso2.toUpperCase());
}

/**
 * The country a whole phrase names ("the Kazakh" is not looked up: pass "Kazakh").
 * Acronyms count only in capitals: "US" is the United States, "us" is nobody.
 */
export function lookupCountryName(phrase: string): CountryLookup | undefined {
  const found = countryIndex().byFoldedForm.get(foldText(phrase));
  if (!found) return undefined;
  if (isAcronymLike(found.text) && /\p{Ll}/u.test(phrase)) return undefined;
  return { code: found.code, form: found.form, ...(found.alternatives ? { alternatives: found.alternatives } : {}) };
}

/** Every surface form of every country, longest first, as written in the data. */
export function countrySurfaceForms(): readonly CountrySurfaceForm[] {
  return [...countryIndex().forms].sort((a, b) => b.text.length - a.text.length);
}

/** Phrases that contain a country form but name something else ("Latin American", "Mexico City"). */
export function notCountryPhrases(): readonly string[] {
  return aliasFile().not_countries;
}

let byTopLevelDomain: Map<string, string> | undefined;

/** The country whose internet domain this is (".jp" → JPN, ".uk" → GBR), from world-countries' domains. */
export function countryOfTopLevelDomain(domain: string): string | undefined {
  byTopLevelDomain ??= new Map(worldCountries.flatMap((c) => c.tld.map((tld): [string, string] => [tld, aliasFile().code_overrides[c.cca3] ?? c.cca3])));
  return byTopLevelDomain.get(domain.toLowerCase());
}
