// Stage: countries, curated places (seas, regions) and international organisations from the
// vocabulary, then cities from GeoNames where the context says a place is meant: after a
// locative preposition ("in Ganja", "near Aktau", "the city of Fuzuli"), as a dateline
// ("BAKU, April 4."), or a capital; and states and provinces (ISO 3166-2) of a country the
// article names, after a locative preposition or a place ("in Tapachula, Chiapas").
import type { AnnotatedDocument, CountryMention, PlaceMention } from '../annotated-document.ts';
import type { Stage } from '../stage.ts';
import { readVocabulary } from '../../vocabulary/gazetteer.ts';
import { tokenizeAlong } from '../../vocabulary/phrase-matcher.ts';
import { citiesNamed, type CityCandidate } from '../../vocabulary/cities.ts';
import { subdivisionsNamed, type SubdivisionCandidate } from '../../vocabulary/subdivisions.ts';
import { mayStartCityOrStateName } from '../../vocabulary/place-first-words.ts';
import { foldText, foldToken } from '../../vocabulary/fold.ts';
import { isCapitalised } from '../phrases.ts';
import { isDatelineWord } from '../dateline.ts';
import { SpanIndex } from '../span-index.ts';
import type { Span } from '../../record/schema.ts';
import { namesCurrency } from '../currency-names.ts';

const LOCATIVE_BEFORE = /\b(?:in|at|near|to|from|into|outside|via|visited|visiting|between|and|city of|town of|island of|port of|ports of|capital,?)\s+$/i;
/** Capitalised words, with the lower-case particles of Romance and Arabic place names between them ("Dar es Salaam", "Villa de Leyva"). */
const PLACE_NAME_SHAPE = /^\p{Lu}[\p{L}\p{M}'.-]*(?:[ -](?:(?:de|del|da|das|do|dos|di|du|es|el|al|la|le|les|los|las)[ -])*\p{Lu}[\p{L}\p{M}'.-]*)*$/u;
const NAME_PARTICLE = /^(?:de|del|da|das|do|dos|di|du|es|el|al|la|le|les|los|las)$/;
/** What may stand between the capitalised words of a name: a hyphen or a particle ("Villa de Leyva"). */
const joinsNameWords = (word: string) => word === '-' || NAME_PARTICLE.test(word);
/** Wire copy drops the "on" before a day ("met in Accra Tuesday"): a weekday or month ends a name, it does not go on with it. */
const DAY_OR_MONTH = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;
/** A list goes on from a place already read ("ports in Santos, Paranaguá and Itajaí"). */
const LIST_AFTER_PLACE = /^(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$/;
/** A capitalised word right after a country name makes the country part of a name ("Azerbaijan Airlines"). */
const NAME_CONTINUATION = /^[ ]+(?!(?:and|or|of|is|was|has|to|in)\b)([A-Z][a-z]+)/;
/** "Tapachula, Chiapas", "the Bogor Palace, West Java": a subdivision written after the place it holds. */
const AFTER_A_NAME_AND_COMMA = /\p{Lu}[\p{L}\p{M}'.-]*,\s+$/u;
/** "Trans-Caspian": a letter and a hyphen right before a word. */
const LETTER_THEN_HYPHEN = /\p{L}-$/u;

function markCountriesInsideNames(doc: AnnotatedDocument): void {
  doc.countries.forEach((country, i) => {
    const next = NAME_CONTINUATION.exec(doc.text.slice(country.end, country.end + 30));
    const following = doc.countries[i + 1];
    if (next && country.form === 'name' && !(following && following.start > country.end && following.start <= country.end + next[0].length)) {
      const word = next[1];
      if (/^(Airlines|Airways|Railways|Bank|University|Cup|Times|News|Television|Radio|Post|Telecom|Energy|Oil|Gas|Petroleum|Holding|Group|Company|Corporation|Investment|Fund|Foundation|Institute|Agency|Daily|Herald|Tribune|Press|Review|Monitor)$/.test(word)) {
        country.insideName = true;
      }
    }
  });
}

/**
 * A sea or region written short ("Caspian", "Pacific") and followed by more capitalised words opens
 * the name of something else ("Caspian Green Energy Corridor", "Pacific Games"): it is no place there.
 */
function opensLongerName(text: string, start: number, end: number, placeName: string): boolean {
  const surface = text.slice(start, end);
  if (surface.toLowerCase() === placeName.toLowerCase() || /\s/.test(surface)) return false;
  return NAME_CONTINUATION.test(text.slice(end, end + 30));
}

/** "NUR-SULTAN" as a name is written "Nur-Sultan": the article's own spelling, in a name's case. */
function titleCase(surface: string): string {
  return surface.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

/** The article's own countries first, then a capital; after "in"/"near" any city of that name will do. */
function chooseCity(candidates: readonly CityCandidate[], articleCountries: Set<string>, locative: boolean): CityCandidate | undefined {
  return candidates.find((c) => articleCountries.has(c.country)) ?? candidates.find((c) => c.capital) ?? (locative ? candidates[0] : undefined);
}

/** The end of the last of some spans that ends at or before a point, or -1. */
function endsOf(spans: readonly Span[]): { before(point: number): number } {
  const ends = spans.map((s) => s.end).sort((a, b) => a - b);
  return {
    before(point) {
      let low = 0;
      let high = ends.length;
      while (low < high) {
        const mid = (low + high) >> 1;
        if (ends[mid] <= point) low = mid + 1;
        else high = mid;
      }
      return low > 0 ? ends[low - 1] : -1;
    },
  };
}

/** "Washington DC" and later "Washington" are one city: every mention takes the fullest name the article gives it. */
function oneNamePerCity(places: PlaceMention[]): PlaceMention[] {
  const fullest = new Map<string, string>();
  const key = (c: PlaceMention) => `${c.country}:${c.geo?.lat}:${c.geo?.lon}`;
  const cities = places.filter((p) => p.kind === 'city');
  for (const c of cities) if ((fullest.get(key(c))?.length ?? 0) < c.name.length) fullest.set(key(c), c.name);
  return places.map((p) => (p.kind === 'city' ? { ...p, name: fullest.get(key(p)) ?? p.name } : p));
}

/** Where the first word of a name that starts at `start` ends: at its first space or hyphen, or at `limit`. */
function endOfFirstWord(text: string, start: number, limit: number): number {
  for (let at = start; at < limit; at++) {
    const code = text.charCodeAt(at);
    if (code === 32 || code === 45) return at;
  }
  return limit;
}

/** The cities and, when no city has the name, the subdivisions a surface may stand for. */
interface NamedPlaces {
  cities: readonly CityCandidate[];
  subdivisions: readonly SubdivisionCandidate[];
}

function findCitiesAndSubdivisions(doc: AnnotatedDocument): PlaceMention[] {
  const found: PlaceMention[] = [];
  const articleCountries = new Set(doc.countries.map((c) => c.code));
  const claimed = new SpanIndex<Span>([...doc.countries, ...doc.organizations, ...doc.places]);
  const vocabularyPlaces = endsOf(doc.places);
  const tokens = doc.tokens;
  // Names repeat within an article; each is folded and looked up once.
  const lookups = new Map<string, NamedPlaces>();
  const lookup = (surface: string) => {
    let named = lookups.get(surface);
    if (named === undefined) {
      const folded = foldText(surface);
      const cities = citiesNamed(folded);
      named = { cities, subdivisions: cities.length === 0 ? subdivisionsNamed(folded) : [] };
      lookups.set(surface, named);
    }
    return named;
  };
  // Each token is read once for what it can be in a name; a name is tried from each of its first words at up to four lengths.
  const nameWord = tokens.map((t) => isCapitalised(t.text) && !DAY_OR_MONTH.test(t.text));
  for (let i = 0; i < tokens.length; i++) {
    if (!nameWord[i] || tokens[i].pos === 'DET' || tokens[i].pos === 'PRON') continue;
    // The furthest last word: the words after the first are name words, hyphens or particles, in the same sentence.
    let furthest = i;
    while (furthest < i + 3 && furthest + 1 < tokens.length && tokens[furthest + 1].sentence === tokens[i].sentence
      && (nameWord[furthest + 1] || joinsNameWords(tokens[furthest + 1].text))) furthest++;
    // Most capitalised words start no city's or state's name, and the names they start need no look-up.
    // The first word is most often the first token, whose folded form is at hand.
    const start = tokens[i].start;
    const firstWordEnd = endOfFirstWord(doc.text, start, tokens[furthest].end);
    const firstWordIsFirstToken = tokens[i].end === firstWordEnd && doc.text.startsWith(tokens[i].text, start);
    if (firstWordIsFirstToken && !mayStartCityOrStateName(tokens[i].folded)) continue;
    for (let last = furthest; last >= i; last--) {
      if (!nameWord[last]) continue;
      const end = tokens[last].end;
      // A claimed span or a name that goes on is no city whatever its shape or the look-up says: tested first, they spare both.
      if (claimed.overlaps(start, end)) continue;
      const next = tokens[last + 1];
      if (next && nameWord[last + 1] && next.start === end + 1) continue;
      const surface = doc.text.slice(start, end);
      if (!PLACE_NAME_SHAPE.test(surface)) continue;
      if (!firstWordIsFirstToken && !mayStartCityOrStateName(foldToken(doc.text.slice(start, Math.min(end, firstWordEnd))))) continue;
      const { cities: candidates, subdivisions } = lookup(surface);
      if (candidates.length === 0 && subdivisions.length === 0) continue;
      const sentence = doc.sentences[tokens[i].sentence];
      const before = doc.text.slice(Math.max(sentence.start, start - 20), start);
      const dateline = isDatelineWord(doc, tokens[i]);
      const previousEnd = Math.max(found.at(-1)?.end ?? -1, vocabularyPlaces.before(start));
      const listed = previousEnd >= 0 && /[a-z]/.test(surface) && LIST_AFTER_PLACE.test(doc.text.slice(previousEnd, start));
      const locative = LOCATIVE_BEFORE.test(before) || listed;
      if (subdivisions.length > 0) {
        // A state's name is often a person's, a word or another country's state ("Victoria", "Punjab"): the article must name its country.
        const subdivision = locative || AFTER_A_NAME_AND_COMMA.test(before) ? subdivisions.find((s) => articleCountries.has(s.country)) : undefined;
        if (!subdivision) continue;
        found.push({ start, end, name: !/[a-z]/.test(surface) ? titleCase(surface) : surface, kind: 'region', country: subdivision.country });
        i = last;
        break;
      }
      const city = chooseCity(candidates, articleCountries, locative || dateline);
      if (!city) continue;
      const inContext = locative || dateline || (city.capital && articleCountries.has(city.country));
      if (!inContext) continue;
      found.push({
        start, end, name: !/[a-z]/.test(surface) ? titleCase(surface) : surface, kind: 'city', country: city.country,
        geo: { lat: city.lat, lon: city.lon },
      });
      i = last;
      break;
    }
  }
  return found;
}

/** "the Amhara region", "Kivu province": one or two capitalised names before a lower-case word for a country's subdivision. */
const SUBDIVISION = /(?<![\p{L}\p{M}'’-])(\p{Lu}[\p{L}\p{M}'’-]+(?: \p{Lu}[\p{L}\p{M}'’-]+)?) (?:region|province|oblast|governorate|prefecture)$/u;
/** The subdivision's word: SUBDIVISION is tried only on the words just before it, not at every offset of the text. */
const SUBDIVISION_WORD = / (?:region|province|oblast|governorate|prefecture)\b/g;
const NAME_CHARACTER = /[\p{L}\p{M}'’-]/u;
const OWNER_AFTER = /^\s+of\s+(?:the\s+)?/;

/** Where the two words before `at` begin: the most of the text that SUBDIVISION's name may take. */
function startOfTwoWordsBefore(text: string, at: number): number {
  let start = at;
  let spaces = 0;
  while (start > 0) {
    // A letter beyond the BMP is read whole, from the pair of code units that write it.
    const last = text.charCodeAt(start - 1);
    const width = last >= 0xdc00 && last <= 0xdfff && start >= 2 && text.charCodeAt(start - 2) >= 0xd800 && text.charCodeAt(start - 2) <= 0xdbff ? 2 : 1;
    const character = text.slice(start - width, start);
    if (character === ' ' && spaces === 0 && start < at) spaces++;
    else if (!NAME_CHARACTER.test(character)) break;
    start -= width;
  }
  return start;
}

/** The subdivisions named before their word, each read from the words before that word alone. */
function* subdivisionMatches(text: string): Generator<{ index: number; name: string; end: number }> {
  for (const word of text.matchAll(SUBDIVISION_WORD)) {
    const end = word.index + word[0].length;
    const from = startOfTwoWordsBefore(text, word.index);
    const m = SUBDIVISION.exec(text.slice(from, end));
    if (m) yield { index: from + m.index, name: m[1], end };
  }
}

function findSubdivisions(doc: AnnotatedDocument): PlaceMention[] {
  const matches = [...subdivisionMatches(doc.text)];
  if (matches.length === 0) return [];
  const claimed = new SpanIndex<Span>([...doc.countries, ...doc.organizations, ...doc.places]);
  const countries = new SpanIndex<CountryMention>(doc.countries);
  const found: PlaceMention[] = [];
  for (const m of matches) {
    const start = m.index;
    const end = m.end;
    if (claimed.overlaps(start, start + m.name.length)) continue;
    const first = doc.tokens.find((t) => t.start === start);
    if (!first || first.pos !== 'PROPN' || (start > 0 && /\p{Lu}[\p{L}'’-]*\s$/u.test(doc.text.slice(Math.max(0, start - 20), start)))) continue;
    const owner = OWNER_AFTER.exec(doc.text.slice(end, end + 10));
    const country = owner ? countries.within(end, end + owner[0].length + 40).find((c) => c.start === end + owner[0].length)?.code : undefined;
    found.push({ start, end, name: doc.text.slice(start, end), kind: 'region', ...(country ? { country } : {}) });
  }
  return found;
}

export const gazetteerStage: Stage = {
  name: 'gazetteer',
  requires: ['text', 'sentences', 'tokens', 'dateline'],
  assigns: ['vocabulary', 'countries', 'organizations', 'places'],
  run(doc) {
    // The vocabulary's finer tokens are read along the sentence stage's tokens, not from the text anew.
    doc.vocabulary = readVocabulary(doc.text, tokenizeAlong(doc.text, doc.tokens));
    for (const mention of doc.vocabulary.mentions) {
      if (mention.type === 'country') {
        if (namesCurrency(doc.text, mention.end)) continue;
        const country: CountryMention = { start: mention.start, end: mention.end, code: mention.code, form: mention.form };
        doc.countries.push(country);
      } else if (mention.type === 'place') {
        // "Trans-Caspian" describes a route; it names no place.
        if (LETTER_THEN_HYPHEN.test(doc.text.slice(Math.max(0, mention.start - 2), mention.start))) continue;
        if (opensLongerName(doc.text, mention.start, mention.end, mention.place.name)) continue;
        const p = mention.place;
        doc.places.push({
          start: mention.start, end: mention.end, name: p.name, kind: p.kind,
          ...(p.country ? { country: p.country } : {}), geo: { lat: p.lat, lon: p.lon },
        });
      } else {
        const org = mention.org;
        // "Minister Irena Vujović": an acronym written as a word ("Irena") before a capitalised word is a given name.
        if (/^\p{Lu}\p{Ll}+$/u.test(doc.text.slice(mention.start, mention.end)) && org.acronyms.includes(doc.text.slice(mention.start, mention.end).toUpperCase())
          && /^ \p{Lu}/u.test(doc.text.slice(mention.end, mention.end + 2))) continue;
        doc.organizations.push({
          start: mention.start, end: mention.end, name: org.name, aliases: org.acronyms.concat(org.aliases).slice(0, 6), kind: org.kind,
        });
      }
    }
    markCountriesInsideNames(doc);
    for (const place of oneNamePerCity(findCitiesAndSubdivisions(doc))) doc.places.push(place);
    for (const subdivision of findSubdivisions(doc)) doc.places.push(subdivision);
    doc.places.sort((a, b) => a.start - b.start);
  },
};
