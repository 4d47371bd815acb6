// Finds country, place and organisation mentions in one pass over a text. The three
// vocabularies share one phrase index so that the longest reading wins across them:
// "Organization of American States" is an organisation and no mention of the United States,
// "Persian Gulf" a sea and no mention of Iran, "Commonwealth of Australia" a country and no
// mention of the Commonwealth. Cities are left to the extractor, which needs context.
import { countrySurfaceForms, notCountryPhrases, type CountryForm } from './countries.ts';
import { allOrganizations, type OrganizationInfo } from './organizations.ts';
import { PhraseMatcher, tokenize, type Token } from './phrase-matcher.ts';
import { allPlaces, type PlaceInfo } from './places.ts';

export type OrganizationForm = 'name' | 'alias' | 'acronym';

export interface CountryMention {
  type: 'country';
  start: number;
  /** Exclusive; a possessive "'s" is not part of the span. */
  end: number;
  /** ISO 3166-1 alpha-3. */
  code: string;
  form: CountryForm;
  /** Other countries the same words may name ("Congo", "Korean"). */
  alternatives?: string[];
}

export interface PlaceMention {
  type: 'place';
  start: number;
  end: number;
  place: PlaceInfo;
}

export interface OrganizationMention {
  type: 'organization';
  start: number;
  end: number;
  org: OrganizationInfo;
  form: OrganizationForm;
}

export type GazetteerMention = CountryMention | PlaceMention | OrganizationMention;

type GazetteerEntry =
  | { type: 'country'; code: string; form: CountryForm; alternatives?: string[] }
  | { type: 'place'; place: PlaceInfo }
  | { type: 'organization'; org: OrganizationInfo; form: OrganizationForm }
  | { type: 'not-a-mention' };

/** A text as the vocabulary reads it: its phrase tokens and the gazetteer's mentions, read once for every stage that needs them. */
export interface VocabularyReading {
  tokens: readonly Token[];
  mentions: readonly GazetteerMention[];
}

let matcher: PhraseMatcher<GazetteerEntry> | undefined;

function buildMatcher(): PhraseMatcher<GazetteerEntry> {
  const built = new PhraseMatcher<GazetteerEntry>();
  for (const surface of countrySurfaceForms()) {
    built.add(surface.text, {
      type: 'country',
      code: surface.code,
      form: surface.form,
      ...(surface.alternatives ? { alternatives: surface.alternatives } : {}),
    });
  }
  for (const org of allOrganizations()) {
    built.add(org.name, { type: 'organization', org, form: 'name' });
    for (const alias of org.aliases) built.add(alias, { type: 'organization', org, form: 'alias' });
    for (const acronym of org.acronyms) {
      built.add(acronym, { type: 'organization', org, form: 'acronym' });
      // British style writes a long acronym said as a word with one capital ("Asean", "Unesco").
      if (/^[A-Z]{5,}$/.test(acronym)) built.add(acronym[0] + acronym.slice(1).toLowerCase(), { type: 'organization', org, form: 'acronym' });
    }
  }
  for (const place of allPlaces()) {
    for (const name of [place.name, ...place.aliases]) built.add(name, { type: 'place', place });
  }
  for (const phrase of notCountryPhrases()) built.add(phrase, { type: 'not-a-mention' });
  return built;
}

/** Builds the shared phrase index now rather than on the first scan. */
export function loadGazetteer(): number {
  matcher ??= buildMatcher();
  return matcher.size;
}

/** Every country, curated place and international organisation mention, in text order. */
export function findGazetteerMentions(text: string, tokens: readonly Token[] = tokenize(text)): GazetteerMention[] {
  matcher ??= buildMatcher();
  const mentions: GazetteerMention[] = [];
  for (const { start, end, value } of matcher.findAll(tokens)) {
    if (value.type === 'not-a-mention') continue;
    mentions.push(mentionOf(value, start, end));
  }
  return mentions;
}

function mentionOf(entry: Exclude<GazetteerEntry, { type: 'not-a-mention' }>, start: number, end: number): GazetteerMention {
  switch (entry.type) {
    case 'country':
      return entry.alternatives
        ? { type: 'country', code: entry.code, form: entry.form, alternatives: entry.alternatives, start, end }
        : { type: 'country', code: entry.code, form: entry.form, start, end };
    case 'place':
      return { type: 'place', place: entry.place, start, end };
    case 'organization':
      return { type: 'organization', org: entry.org, form: entry.form, start, end };
  }
}

/** The vocabulary's reading of a text, over its phrase tokens (tokenize's, or tokenizeAlong's from extraction's tokens). */
export function readVocabulary(text: string, tokens: readonly Token[] = tokenize(text)): VocabularyReading {
  return { tokens, mentions: findGazetteerMentions(text, tokens) };
}

export function findCountryMentions(text: string): CountryMention[] {
  return findGazetteerMentions(text).filter((mention): mention is CountryMention => mention.type === 'country');
}

export function findPlaceMentions(text: string): PlaceMention[] {
  return findGazetteerMentions(text).filter((mention): mention is PlaceMention => mention.type === 'place');
}

export function findOrganizationMentions(text: string): OrganizationMention[] {
  return findGazetteerMentions(text).filter(
    (mention): mention is OrganizationMention => mention.type === 'organization',
  );
}
