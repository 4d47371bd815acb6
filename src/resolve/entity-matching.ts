// Whether an entity reported by one document is one the knowledge base already holds:
// the keys under which candidates are looked up, and the rule that decides, per type.
// A wrong merge hides a person or a treaty behind another, so every rule demands agreement
// beyond the name (country, role, kind, parties, period) before it merges.
import type { EntityType } from '../record/schema.ts';
import { nameUsedAlone } from '../extract/person-names.ts';
import {
  contentWords, foldedName, givenNamesCompatible, surnameSkeleton, titleContainedIn, titleSimilarity, wordingSimilarity,
} from './name-similarity.ts';

/** An entity as both sides of a comparison see it: the Record's fields beyond the common ones are its attributes. */
export interface EntityView {
  type: EntityType;
  name: string;
  aliases: readonly string[];
  attributes: { readonly [field: string]: unknown };
}

/** Instruments whose titles share this much (Jaccard over content words) are one, when kind, parties and period agree. */
const INSTRUMENT_TITLE_SIMILARITY = 0.6;
/** Projects and forums have short names: they must share more. */
const SHORT_NAME_SIMILARITY = 0.75;

function stringAttribute(view: EntityView, field: string): string | undefined {
  const value = view.attributes[field];
  return typeof value === 'string' ? value : undefined;
}

function stringsAttribute(view: EntityView, field: string): string[] {
  const value = view.attributes[field];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

interface RoleView {
  title: string;
  country?: string;
}

function roles(view: EntityView): RoleView[] {
  const value = view.attributes.roles;
  if (!Array.isArray(value)) return [];
  return value.flatMap((role): RoleView[] => {
    if (typeof role !== 'object' || role === null || typeof role.title !== 'string') return [];
    return [{ title: role.title, country: typeof role.country === 'string' ? role.country : undefined }];
  });
}

/** The countries an entity belongs to: its own, and for a person those of the offices held. */
function countries(view: EntityView): Set<string> {
  const codes = new Set<string>();
  const own = stringAttribute(view, 'country');
  if (own) codes.add(own);
  for (const role of roles(view)) if (role.country) codes.add(role.country);
  return codes;
}

function countriesConflict(a: EntityView, b: EntityView): boolean {
  const [codesA, codesB] = [countries(a), countries(b)];
  if (codesA.size === 0 || codesB.size === 0) return false;
  for (const code of codesA) if (codesB.has(code)) return false;
  return true;
}

function countriesAgree(a: EntityView, b: EntityView): boolean {
  const codesB = countries(b);
  for (const code of countries(a)) if (codesB.has(code)) return true;
  return false;
}

function names(view: EntityView): Set<string> {
  return new Set([view.name, ...view.aliases].map(foldedName).filter((name) => name.length > 0));
}

function shareAName(a: EntityView, b: EntityView): boolean {
  const namesB = names(b);
  for (const name of names(a)) if (namesB.has(name)) return true;
  return false;
}

function personNameParts(name: string): { given: string[]; surnameKey: string } {
  const words = name.replace(/\s+(Jr|Sr)\.?$/i, '').split(/\s+/);
  return { given: words.slice(0, -1), surnameKey: surnameSkeleton(nameUsedAlone(name)) };
}

function rolesShareATitle(a: EntityView, b: EntityView): boolean {
  const titlesB = roles(b).map((role) => foldedName(role.title));
  return roles(a).some((role) => {
    const title = foldedName(role.title);
    return titlesB.some((other) => other === title || other.endsWith(` ${title}`) || title.endsWith(` ${other}`));
  });
}

function samePerson(known: EntityView, incoming: EntityView): boolean {
  if (countriesConflict(known, incoming)) return false;
  if (shareAName(known, incoming)) return true;
  const [a, b] = [personNameParts(known.name), personNameParts(incoming.name)];
  if (a.surnameKey !== b.surnameKey || !givenNamesCompatible(a.given, b.given)) return false;
  const spelledAlike = foldedName(nameUsedAlone(known.name)) === foldedName(nameUsedAlone(incoming.name));
  const bothFullNames = a.given.length > 0 && b.given.length > 0;
  // The same full name spelled alike is enough; a surname alone, or another spelling of it, must hold the same country's office.
  if (spelledAlike && bothFullNames) return true;
  return countriesAgree(known, incoming) && (rolesShareATitle(known, incoming) || roles(known).length === 0 || roles(incoming).length === 0);
}

function partiesCompatible(a: EntityView, b: EntityView): boolean {
  const [partiesA, partiesB] = [stringsAttribute(a, 'parties'), stringsAttribute(b, 'parties')];
  if (partiesA.length === 0 || partiesB.length === 0) return true;
  const shared = partiesA.filter((party) => partiesB.includes(party)).length;
  return shared >= Math.min(2, partiesA.length, partiesB.length);
}

interface PeriodView {
  start?: string;
  end?: string;
}

function period(view: EntityView): PeriodView {
  const value = view.attributes.period;
  if (typeof value !== 'object' || value === null) return {};
  const { start, end } = value as { start?: unknown; end?: unknown };
  return { start: typeof start === 'string' ? start : undefined, end: typeof end === 'string' ? end : undefined };
}

/** Two periods of one instrument: the same start and end where both say them (the years are what articles agree on). */
function periodsCompatible(a: EntityView, b: EntityView): boolean {
  const [periodA, periodB] = [period(a), period(b)];
  const year = (date: string | undefined) => date?.slice(0, 4);
  const agree = (x: string | undefined, y: string | undefined) => x === undefined || y === undefined || year(x) === year(y);
  return agree(periodA.start, periodB.start) && agree(periodA.end, periodB.end);
}

function kindsCompatible(a: EntityView, b: EntityView): boolean {
  const [kindA, kindB] = [stringAttribute(a, 'kind'), stringAttribute(b, 'kind')];
  return kindA === undefined || kindB === undefined || kindA === kindB || kindA === 'other' || kindB === 'other';
}

function similarTitles(a: EntityView, b: EntityView, threshold: number): boolean {
  return titleSimilarity(a.name, b.name) >= threshold || titleContainedIn(a.name, b.name);
}

/** Titles with nothing but generic wording say which instrument they are only through kind, parties and a period both give. */
function sameGenericallyTitled(known: EntityView, incoming: EntityView): boolean {
  if (contentWords(known.name).size > 0 || contentWords(incoming.name).size > 0) return false;
  const [periodA, periodB] = [period(known), period(incoming)];
  const bothDated = (periodA.start ?? periodA.end) !== undefined && (periodB.start ?? periodB.end) !== undefined;
  return bothDated && stringAttribute(known, 'kind') === stringAttribute(incoming, 'kind')
    && wordingSimilarity(known.name, incoming.name) >= INSTRUMENT_TITLE_SIMILARITY;
}

function sameInstrument(known: EntityView, incoming: EntityView): boolean {
  if (!kindsCompatible(known, incoming) || !partiesCompatible(known, incoming) || !periodsCompatible(known, incoming)) return false;
  return shareAName(known, incoming) || similarTitles(known, incoming, INSTRUMENT_TITLE_SIMILARITY) || sameGenericallyTitled(known, incoming);
}

function sameNamedThing(known: EntityView, incoming: EntityView): boolean {
  if (shareAName(known, incoming)) return kindsCompatible(known, incoming);
  return kindsCompatible(known, incoming) && titleSimilarity(known.name, incoming.name) >= SHORT_NAME_SIMILARITY;
}

/** Whether `incoming` (from a new document) is the entity `known` that the knowledge base holds. */
export function isSameEntity(known: EntityView, incoming: EntityView): boolean {
  if (known.type !== incoming.type) return false;
  switch (incoming.type) {
    case 'country':
      return stringAttribute(known, 'code') === stringAttribute(incoming, 'code');
    case 'person':
      return samePerson(known, incoming);
    case 'instrument':
      return sameInstrument(known, incoming);
    case 'initiative':
    case 'forum':
      return sameNamedThing(known, incoming);
    case 'organization':
    case 'place':
      return !countriesConflict(known, incoming) && shareAName(known, incoming);
  }
}

/** Attributes beyond countries and roles that say which entity a view is, when both sides give them. */
const IDENTIFYING_ATTRIBUTES = ['kind', 'parties', 'period', 'date'];

/** Equal as JSON values, lists of strings in any order (parties) and objects whatever their key order (periods read back from jsonb). */
function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    const sortedB = [...b].sort();
    return a.length === b.length && [...a].sort().every((item, index) => sameValue(item, sortedB[index]));
  }
  if (typeof a === 'object' && typeof b === 'object' && a !== null && b !== null && !Array.isArray(a) && !Array.isArray(b)) {
    const [entriesA, objectB] = [Object.entries(a), b as { [key: string]: unknown }];
    return entriesA.length === Object.keys(objectB).length && entriesA.every(([key, value]) => sameValue(value, objectB[key]));
  }
  return a === b;
}

/**
 * How much two views, each of which `isSameEntity` accepts, positively agree: the countries
 * they share, a role title in common, and the identifying attributes both give alike. It ranks
 * the candidates a report could be when several bear its very name.
 */
export function agreement(known: EntityView, incoming: EntityView): number {
  const knownCountries = countries(known);
  let score = [...countries(incoming)].filter((code) => knownCountries.has(code)).length;
  if (rolesShareATitle(known, incoming)) score += 1;
  for (const field of IDENTIFYING_ATTRIBUTES) {
    const [a, b] = [known.attributes[field], incoming.attributes[field]];
    if (a !== undefined && b !== undefined && sameValue(a, b)) score += 1;
  }
  return score;
}

/** Two people kept apart whom an analyst may want to merge: one surname, compatible given names, no conflicting country. */
export function mayBeSamePerson(a: EntityView, b: EntityView): boolean {
  if (a.type !== 'person' || b.type !== 'person' || isSameEntity(a, b) || countriesConflict(a, b)) return false;
  const [partsA, partsB] = [personNameParts(a.name), personNameParts(b.name)];
  return partsA.surnameKey === partsB.surnameKey && givenNamesCompatible(partsA.given, partsB.given);
}

/**
 * The keys under which an entity is filed for lookup: every candidate `isSameEntity` could
 * accept shares at least one key with it. Keys carry the type, so types never meet.
 */
export function resolutionKeys(view: EntityView): string[] {
  const keys = new Set<string>();
  const add = (kind: string, value: string) => {
    if (value.length > 0) keys.add(`${view.type}|${kind}:${value}`);
  };
  if (view.type === 'country') {
    add('code', stringAttribute(view, 'code') ?? '');
    return [...keys];
  }
  for (const name of names(view)) add('name', name);
  if (view.type === 'person') add('surname', personNameParts(view.name).surnameKey);
  // Titles and project names are also filed under each content word: two wordings of one title share some.
  // Short words too: "Oil and Gas Agreement" has no other.
  if (view.type === 'instrument' || view.type === 'initiative' || view.type === 'forum') {
    for (const word of contentWords(view.name)) add('word', word);
  }
  if (view.type === 'instrument' && contentWords(view.name).size === 0) {
    const { start, end } = period(view);
    if (start ?? end) add('generic', `${stringAttribute(view, 'kind') ?? ''}:${start?.slice(0, 4) ?? ''}-${end?.slice(0, 4) ?? ''}`);
  }
  return [...keys];
}
