// Seas, regions and other named places from data/places.yaml (cities come from cities.ts).
import { loadDataFile } from './data-file.ts';
import { foldText } from './fold.ts';

export type PlaceKind = 'sea' | 'region' | 'other';

export interface PlaceInfo {
  name: string;
  kind: PlaceKind;
  aliases: string[];
  lat: number;
  lon: number;
  /** ISO3 of the one country the place lies in; absent for shared and contested places. */
  country?: string;
}

interface PlaceEntry {
  name: string;
  kind: PlaceKind;
  aliases?: string[];
  lat: number;
  lon: number;
  country?: string;
}

interface PlacesFile {
  places: PlaceEntry[];
}

interface PlaceIndex {
  places: PlaceInfo[];
  byFoldedName: Map<string, PlaceInfo>;
}

let index: PlaceIndex | undefined;

function buildIndex(): PlaceIndex {
  const places = loadDataFile<PlacesFile>('places.yaml').places.map(
    (entry): PlaceInfo => ({
      name: entry.name,
      kind: entry.kind,
      aliases: entry.aliases ?? [],
      lat: entry.lat,
      lon: entry.lon,
      ...(entry.country ? { country: entry.country } : {}),
    }),
  );
  const byFoldedName = new Map<string, PlaceInfo>();
  for (const place of places) {
    for (const name of [place.name, ...place.aliases]) {
      const folded = foldText(name);
      if (!byFoldedName.has(folded)) byFoldedName.set(folded, place);
    }
  }
  return { places, byFoldedName };
}

function placeIndex(): PlaceIndex {
  index ??= buildIndex();
  return index;
}

export function allPlaces(): readonly PlaceInfo[] {
  return placeIndex().places;
}

/** The curated place a name or alias stands for; the argument is folded here. */
export function lookupPlace(name: string): PlaceInfo | undefined {
  return placeIndex().byFoldedName.get(foldText(name));
}
