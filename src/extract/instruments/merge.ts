// Folding one article's mentions of an instrument into one entity: the same name or alias, a
// back-reference, or a shortened form of a fuller title; the later stage of its life wins.
import type { InstrumentMention } from '../annotated-document.ts';
import type { InstrumentKind, Span } from '../../record/schema.ts';
import { ContentWordsOfNames, contentWords, isCapitalised, overlapCoefficient, singular } from '../phrases.ts';
import { GENERIC_MODIFIERS, HEAD_WORDS } from './vocabulary.ts';
import { isEarlierStage } from './status.ts';

/**
 * Folds one article's mentions of the same instrument together: the same name or alias,
 * a back-reference ("this agreement", "the Convention"), or names of one kind and the same
 * named parties that share most of their words.
 */
export function addOrMerge(merged: InstrumentMention[], byKind: Map<InstrumentKind, InstrumentMention[]>, mention: InstrumentMention, backReference: boolean, nameCountries: string, names: DistinctiveWords, inCaption = false): void {
  const words = names.of(mention.name);
  // Only the most recent instruments of a kind are compared, which keeps a pathological article linear.
  const sameKind = (byKind.get(mention.kind) ?? []).slice(-RECENT);
  const twin = (backReference || words.size === 0 ? sameKind.at(-1) : undefined) ?? sameKind.find((m) => {
    const known = [m.name, ...m.aliases].filter((n) => names.identifies(n)).map((n) => n.toLowerCase());
    if ([mention.name, ...mention.aliases].some((n) => names.identifies(n) && known.includes(n.toLowerCase()))) return true;
    const twinWords = names.of(m.name);
    // A name that names no country ("the Agreement on Water") does not contradict one that does ("… with Peru").
    const sameParties = partiesKey.get(m) === nameCountries || partiesKey.get(m) === '' || nameCountries === '';
    // "the historic friendship treaty" and "the bilateral friendship treaty": one telling word, the same.
    const sameOneWord = words.size === 1 && twinWords.size === 1 && [...words][0] === [...twinWords][0];
    return sameParties && (sameOneWord || (words.size >= 2 && overlapCoefficient(twinWords, words) >= 0.6
      && !bothHaveOwnWords(names.contentWords.of(m.name), names.contentWords.of(mention.name))));
  });
  if (!twin) {
    partiesKey.set(mention, nameCountries);
    if (inCaption && mention.status !== 'unknown') statusFromCaption.add(mention);
    merged.push(mention);
    byKind.set(mention.kind, [...(byKind.get(mention.kind) ?? []), mention].slice(-RECENT));
    return;
  }
  twin.mentions.push({ start: mention.start, end: mention.end });
  // "The Convention was signed by the presidents of …": a later sentence may name more parties.
  if (mention.parties.length > twin.parties.length) twin.parties = mention.parties;
  if (backReference || words.size === 0) {
    // "The Convention enters into force in May": a back-reference can tell the status its name did not.
    if (!inCaption && (twin.status === 'unknown' || statusFromCaption.has(twin))) setBodyStatus(twin, mention.status);
    return;
  }
  if (mention.name.length > twin.name.length && !backReference) {
    twin.aliases.push(twin.name);
    twin.name = mention.name;
  } else if (!twin.aliases.includes(mention.name) && twin.name !== mention.name) twin.aliases.push(mention.name);
  for (const alias of mention.aliases) if (!twin.aliases.includes(alias)) twin.aliases.push(alias);
  // A caption's status ("at the signing of …") yields to the body's ("will be signed after …"), whatever the stage.
  // "was ratified …" then "had been signed on …": within the body, a mention of an earlier stage does not undo a later one.
  if (mention.status !== 'unknown') {
    if (inCaption) {
      if (twin.status === 'unknown') {
        twin.status = mention.status;
        statusFromCaption.add(twin);
      }
    } else if (statusFromCaption.has(twin) || !isEarlierStage(mention.status, twin.status)) setBodyStatus(twin, mention.status);
  }
  twin.period ??= mention.period;
  if (mention.parties.length > twin.parties.length) twin.parties = mention.parties;
}

/** Instruments whose status so far was read from a photo caption, which any status of the body replaces. */
const statusFromCaption = new WeakSet<InstrumentMention>();

function setBodyStatus(instrument: InstrumentMention, status: InstrumentMention['status']): void {
  if (status === 'unknown') return;
  instrument.status = status;
  statusFromCaption.delete(instrument);
}

/** Another name of an instrument ("dubbed the Kensington Treaty"): a proper name replaces a description. */
export function addAlias(instrument: InstrumentMention, name: string, span: Span): void {
  instrument.mentions.push(span);
  if (instrument.name === name || instrument.aliases.includes(name)) return;
  if (isCapitalised(name) && !isCapitalised(instrument.name)) {
    instrument.aliases.push(instrument.name);
    instrument.name = name;
  } else instrument.aliases.push(name);
}

/**
 * Two titles that each say something the other does not ("Agreement on Justice between A and B",
 * "Agreement on Forestry between A and B") are two instruments, however many party words they share;
 * a shortened form ("the Partnership Agreement") says nothing of its own.
 */
function bothHaveOwnWords(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  let ownOfA = 0;
  let ownOfB = 0;
  for (const w of a) if (!b.has(w)) ownOfA++;
  for (const w of b) if (!a.has(w)) ownOfB++;
  return ownOfA >= 2 && ownOfB >= 2;
}

/** The words of instrument names that tell one instrument from another: content words but the head nouns ("agreement"). */
export class DistinctiveWords {
  readonly contentWords = new ContentWordsOfNames();
  private readonly read = new Map<string, ReadonlySet<string>>();
  /** Words of a name that name its countries ("German-British treaty"): they say whose, not which. */
  private readonly countryWords = new Map<string, ReadonlySet<string>>();

  noteCountryWords(name: string, words: readonly string[]): void {
    if (words.length > 0 && !this.countryWords.has(name)) this.countryWords.set(name, contentWords(words.join(' ')));
  }

  of(name: string): ReadonlySet<string> {
    let words = this.read.get(name);
    if (!words) {
      const countries = this.countryWords.get(name);
      words = new Set([...this.contentWords.of(name)].filter((w) => !HEAD_WORDS.has(singular(w)) && !GENERIC_MODIFIERS.has(w) && !countries?.has(w)));
      this.read.set(name, words);
    }
    return words;
  }

  /** Whether a name tells its instrument from others: a head alone ("Memorandum of Understanding") is shared by every memorandum, and identifies none. */
  identifies(name: string): boolean {
    return this.of(name).size > 0;
  }
}

const partiesKey = new WeakMap<InstrumentMention, string>();
/** How many earlier instruments of one kind a new mention is compared with. */
const RECENT = 40;
