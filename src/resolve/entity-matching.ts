// Whether an entity reported by one document is one the knowledge base already holds:
// the keys under which candidates are looked up, and the rule that decides, per type.
// A wrong merge hides a person or a treaty behind another, so every rule demands agreement
// beyond the name (country, role, kind, parties, period) before it merges.
import type { EntityType } from '../record/schema.ts';
import { contentWords, foldedName, titleContainedIn, titleSimilarity, wordingSimilarity } from './name-similarity.ts';
import { type NameAgreement, nameAgreement, personNameWords, strongerAgreement } from './person-name.ts';

/** An entity as both sides of a comparison see it: the Record's fields beyond the common ones are its attributes. */
export interface EntityView {
  type: EntityType;
  name: string;
  aliases: readonly string[];
  attributes: { readonly [field: string]: unknown };
  /** The countries named by the documents that report a person without a country: where they may be from. */
  documentCountries?: readonly string[];
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

/** A person no report gave a country to: the countries of the documents that report them stand in (documentCountries). */
export function isPersonWithoutCountry(view: EntityView): boolean {
  return view.type === 'person' && countries(view).size === 0;
}

/** One side gives the person no country, but its documents name the other side's. */
function countryFromDocument(a: EntityView, b: EntityView): boolean {
  const implied = (withoutCountry: EntityView, withCountry: EntityView) => {
    if (countries(withoutCountry).size > 0) return false;
    const codes = countries(withCountry);
    return (withoutCountry.documentCountries ?? []).some((code) => codes.has(code));
  };
  return implied(a, b) || implied(b, a);
}

/**
 * A person's names: a one-word alias that is the father's name in the person's own name
 * ("Salman" beside "Mohammed bin Salman") is a slip of some report, not what the person is called.
 */
function personNames(view: EntityView): string[] {
  const lineage = new Set(personNameWords(view.name).filter((word) => word.lineage).map((word) => word.key));
  return [view.name, ...view.aliases.filter((alias) => {
    const words = personNameWords(alias);
    return !(words.length === 1 && lineage.has(words[0].key));
  })];
}

function names(view: EntityView): Set<string> {
  const all = view.type === 'person' ? personNames(view) : [view.name, ...view.aliases];
  return new Set(all.map(foldedName).filter((name) => name.length > 0));
}

function shareAName(a: EntityView, b: EntityView): boolean {
  const namesB = names(b);
  for (const name of names(a)) if (namesB.has(name)) return true;
  return false;
}

function rolesShareATitle(a: EntityView, b: EntityView): boolean {
  const titlesB = roles(b).map((role) => foldedName(role.title));
  return roles(a).some((role) => {
    const title = foldedName(role.title);
    return titlesB.some((other) => other === title || other.endsWith(` ${title}`) || title.endsWith(` ${other}`));
  });
}

/** The most two people's names agree, over all the names each was reported under. */
function personNamesAgreement(a: EntityView, b: EntityView): NameAgreement {
  let best: NameAgreement = 'none';
  for (const nameA of personNames(a)) for (const nameB of personNames(b)) best = strongerAgreement(best, nameAgreement(nameA, nameB));
  return best;
}

/**
 * How much beyond the name must agree depends on how much of the name agrees. A country the
 * report only implies (its document names the known person's) counts with the same office held.
 */
function samePerson(known: EntityView, incoming: EntityView): boolean {
  if (countriesConflict(known, incoming)) return false;
  if (shareAName(known, incoming)) return true;
  const sameCountry = countriesAgree(known, incoming);
  const sameOffice = rolesShareATitle(known, incoming);
  const sameOfficeOfDocumentCountry = sameOffice && countryFromDocument(known, incoming);
  switch (personNamesAgreement(known, incoming)) {
    case 'full':
      return true;
    case 'partial':
      return sameCountry || sameOfficeOfDocumentCountry;
    // A surname alone must be of the same country, holding the same office where both say one.
    case 'surname':
      return (sameCountry && (sameOffice || roles(known).length === 0 || roles(incoming).length === 0)) || sameOfficeOfDocumentCountry;
    // Another word of the name alone ("President Xi", "Sultan Haitham") must hold the same office of the same country.
    case 'other-word':
      return (sameCountry && sameOffice) || sameOfficeOfDocumentCountry;
    case 'none':
      return false;
  }
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

/** The parties, when at least two are given. */
function twoOrMoreParties(view: EntityView): string[] | undefined {
  const parties = stringsAttribute(view, 'parties');
  return parties.length >= 2 ? parties : undefined;
}

/** Whether a whole period (start and end) is given. */
function wholePeriod(view: EntityView): boolean {
  const { start, end } = period(view);
  return start !== undefined && end !== undefined;
}

/**
 * A title with nothing but generic wording ("the 2025-2026 action plan") says which
 * instrument it is only through kind, parties and period. Two such titles are one instrument
 * when the kind and a period both give agree and they are worded alike; such a title is the
 * instrument of a fuller title when both give the same kind, the same two parties or more, and
 * the same whole period.
 */
function sameGenericallyTitled(known: EntityView, incoming: EntityView): boolean {
  const [genericKnown, genericIncoming] = [contentWords(known.name).size === 0, contentWords(incoming.name).size === 0];
  if (!genericKnown && !genericIncoming) return false;
  const kind = stringAttribute(known, 'kind');
  if (kind === undefined || kind !== stringAttribute(incoming, 'kind')) return false;
  if (genericKnown && genericIncoming) {
    const [periodA, periodB] = [period(known), period(incoming)];
    const bothDated = (periodA.start ?? periodA.end) !== undefined && (periodB.start ?? periodB.end) !== undefined;
    return bothDated && wordingSimilarity(known.name, incoming.name) >= INSTRUMENT_TITLE_SIMILARITY;
  }
  return kind !== 'other' && wholePeriod(known) && wholePeriod(incoming)
    && twoOrMoreParties(known) !== undefined && twoOrMoreParties(incoming) !== undefined;
}

function sameInstrument(known: EntityView, incoming: EntityView): boolean {
  if (!kindsCompatible(known, incoming) || !partiesCompatible(known, incoming) || !periodsCompatible(known, incoming)) return false;
  return shareAName(known, incoming) || similarTitles(known, incoming, INSTRUMENT_TITLE_SIMILARITY) || sameGenericallyTitled(known, incoming);
}

function sameNamedThing(known: EntityView, incoming: EntityView): boolean {
  if (shareAName(known, incoming)) return kindsCompatible(known, incoming);
  return kindsCompatible(known, incoming) && titleSimilarity(known.name, incoming.name) >= SHORT_NAME_SIMILARITY;
}

/**
 * What `isSameEntity` asks of two entities' names alone: false only when it is false whatever
 * else the two views say (roles, kinds, parties, periods). A stored entity that fails it for
 * every report looking it up need not be read whole; a country may always be.
 */
export function namesMayMatch(known: Pick<EntityView, 'type' | 'name' | 'aliases'>, incoming: EntityView): boolean {
  if (known.type !== incoming.type) return false;
  const knownNames = { ...known, attributes: {} };
  switch (incoming.type) {
    case 'country':
      return true;
    case 'person':
      return shareAName(knownNames, incoming) || personNamesAgreement(knownNames, incoming) !== 'none';
    case 'instrument':
      // A generic title ("the Memorandum of Understanding") may be any instrument of its kind, period and parties.
      return shareAName(knownNames, incoming) || similarTitles(knownNames, incoming, INSTRUMENT_TITLE_SIMILARITY)
        || contentWords(known.name).size === 0 || contentWords(incoming.name).size === 0;
    case 'initiative':
    case 'forum':
      return shareAName(knownNames, incoming) || titleSimilarity(known.name, incoming.name) >= SHORT_NAME_SIMILARITY;
    case 'organization':
    case 'place':
      return shareAName(knownNames, incoming);
  }
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

/** Two people kept apart whom an analyst may want to merge: names that could be one person's, no conflicting country. */
export function mayBeSamePerson(a: EntityView, b: EntityView): boolean {
  if (a.type !== 'person' || b.type !== 'person' || isSameEntity(a, b) || countriesConflict(a, b)) return false;
  return personNamesAgreement(a, b) !== 'none';
}

type KeyAdder = (kind: string, value: string) => void;

/**
 * A person is filed under its surname, and under each word and the opening words of its
 * longer names; a one-word name under that word as a surname. A longer name is also filed
 * under its first and last words, where a name in full agrees with it without a middle name.
 */
function filePersonKeys(view: EntityView, add: KeyAdder): void {
  const primary = personNameWords(view.name).filter((word) => !word.initial);
  add('surname', primary.at(-1)?.key ?? '');
  for (const name of personNames(view)) {
    addEnds(name, add);
    const words = personNameWords(name).filter((word) => !word.initial);
    if (words.length === 1) add('surname', words[0].key);
    if (words.length < 2) continue;
    for (const word of words) add('word', word.key);
    add('opening', `${words[0].key} ${words[1].key}`);
  }
}

/**
 * Where a person's candidates are looked up: a one-word name among every name holding that
 * word; a longer name among the one-word names and surnames of each of its words (its own
 * surname, "Xi" for "Xi Jinping", a name written surname first), the names opening alike and
 * those of the same first and last words.
 */
function lookUpPersonKeys(view: EntityView, add: KeyAdder): void {
  for (const name of personNames(view)) {
    addEnds(name, add);
    const words = personNameWords(name).filter((word) => !word.initial);
    for (const word of words) add('surname', word.key);
    if (words.length === 1) add('word', words[0].key);
    if (words.length >= 2) add('opening', `${words[0].key} ${words[1].key}`);
  }
}

/** The first and last words of a name of several, when neither is an initial: all that `full` agreement of two names needs alike. */
function addEnds(name: string, add: KeyAdder): void {
  const words = personNameWords(name);
  const [first, last] = [words[0], words.at(-1)];
  if (words.length >= 2 && first && last && !first.initial && !last.initial) add('ends', `${first.key} ${last.key}`);
}

interface PlainKey {
  kind: string;
  value: string;
}

/**
 * What divides the keys of people and instruments into blocks: a person's countries, an
 * instrument's parties; undefined for the other types. `isSameEntity` never accepts two views
 * that both have labels and share none (countries conflict, parties incompatible), so a
 * common name ("Wang", "Memorandum of Understanding") need not bring every namesake the
 * knowledge base holds as a candidate.
 */
function blockLabels(view: EntityView): string[] | undefined {
  if (view.type === 'person') return [...countries(view)];
  if (view.type === 'instrument') return stringsAttribute(view, 'parties');
  return undefined;
}

/** The block of the entities without labels, which an entity with labels may still be. */
const UNLABELLED = '-';

/** Kinds of a person's keys that find a candidate `samePerson` accepts for the name alone, whatever the countries. */
const NAME_ALONE_KINDS = new Set(['name', 'ends']);

function formatKey(type: EntityType, { kind, value }: PlainKey, block?: string): string {
  return block === undefined ? `${type}|${kind}:${value}` : `${type}|${kind}@${block}:${value}`;
}

/** Kinds of key whose value is one of the entity's names, folded, or a country's code. */
const NAME_KINDS = new Set(['name', 'code']);

/**
 * Whether every entity filed under the key bears a name (or the code) of each report that looks
 * it up, so that `namesMayMatch` holds for them without reading their names.
 */
export function isNameKey(key: string): boolean {
  const kind = /^[^|]*\|([^@:]*)/.exec(key)?.[1];
  return kind !== undefined && NAME_KINDS.has(kind);
}

function inBlocks(type: EntityType, keys: readonly PlainKey[], blocks: readonly string[]): string[] {
  return keys.flatMap((key) => blocks.map((block) => formatKey(type, key, block)));
}

/**
 * An entity is filed under its plain keys ("person|surname:seitkali") and under them in each of
 * its blocks ("person|surname@KAZ:seitkali"), or in the unlabelled block. A report with labels
 * looks up its own blocks and the unlabelled one. A person without a country looks up its name
 * and its name in full everywhere, its other keys only in the blocks of its document's
 * countries: another person is it by those only through them (samePerson). Anything else looks
 * up the plain keys.
 */
function keysInBlocks(view: EntityView, keys: readonly PlainKey[], use: 'file' | 'look-up'): string[] {
  const plain = keys.map((key) => formatKey(view.type, key));
  const labels = blockLabels(view);
  if (labels === undefined) return plain;
  if (use === 'file') return [...plain, ...inBlocks(view.type, keys, labels.length > 0 ? labels : [UNLABELLED])];
  if (labels.length > 0) return inBlocks(view.type, keys, [...labels, UNLABELLED]);
  if (view.type !== 'person') return plain;
  const byName = keys.filter((key) => NAME_ALONE_KINDS.has(key.kind));
  const byOtherWords = keys.filter((key) => !NAME_ALONE_KINDS.has(key.kind));
  return [...byName.map((key) => formatKey(view.type, key)), ...inBlocks(view.type, byOtherWords, view.documentCountries ?? [])];
}

function entityKeys(view: EntityView, person: (view: EntityView, add: KeyAdder) => void, use: 'file' | 'look-up'): string[] {
  const keys = new Map<string, PlainKey>();
  const add: KeyAdder = (kind, value) => {
    if (value.length > 0) keys.set(`${kind}:${value}`, { kind, value });
  };
  if (view.type === 'country') {
    add('code', stringAttribute(view, 'code') ?? '');
    return keysInBlocks(view, [...keys.values()], use);
  }
  for (const name of names(view)) add('name', name);
  if (view.type === 'person') person(view, add);
  // Titles and project names are also filed under each content word: two wordings of one title share some.
  // Short words too: "Oil and Gas Agreement" has no other.
  if (view.type === 'instrument' || view.type === 'initiative' || view.type === 'forum') {
    for (const word of contentWords(view.name)) add('word', word);
  }
  if (view.type === 'instrument') {
    const { start, end } = period(view);
    const kind = stringAttribute(view, 'kind') ?? '';
    if (contentWords(view.name).size === 0 && (start ?? end)) add('generic', `${kind}:${start?.slice(0, 4) ?? ''}-${end?.slice(0, 4) ?? ''}`);
    // Where a generically titled report finds the instrument of a fuller title: by kind, whole period and parties.
    const parties = twoOrMoreParties(view);
    if (start && end && parties) add('period', `${kind}:${start.slice(0, 4)}-${end.slice(0, 4)}:${[...parties].sort().join(',')}`);
  }
  return keysInBlocks(view, [...keys.values()], use);
}

/**
 * The keys under which an entity is filed for lookup: every candidate `isSameEntity` could
 * accept for a report has filed at least one of the report's `lookupKeys`. Keys carry the
 * type, so types never meet.
 */
export function resolutionKeys(view: EntityView): string[] {
  return entityKeys(view, filePersonKeys, 'file');
}

/** The keys under which a report's candidates are looked up: those it is filed under but for people's, and in its blocks only (keysInBlocks). */
export function lookupKeys(view: EntityView): string[] {
  return entityKeys(view, lookUpPersonKeys, 'look-up');
}
