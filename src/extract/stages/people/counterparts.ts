// The other side: a "counterpart" holds the title of the person named before, and in an article
// about two countries the other holder of a national office is of the other country.
import type { AnnotatedDocument, Person, Sentence } from '../../annotated-document.ts';
import { lower } from '../../phrases.ts';
import { countryMentionsIn, documentDyad } from '../../countries-in.ts';
import { firstTokenAtOrAfter, readName, skipHonorifics, type NameSpan } from './names.ts';
import type { PersonFinding, RoleTitle } from './findings.ts';
import { COUNTERPART } from './vocabulary.ts';
import { travelDestinations } from '../../travel-destinations.ts';

/**
 * Whether a counterpart word stands just before token `from`, where a name starts with its form of
 * address, with at most a comma and a title between ("his counterpart, Mr A", "his counterpart Prince B").
 */
function afterCounterpartWord(doc: AnnotatedDocument, sentence: Sentence, from: number): boolean {
  let k = from - 1;
  if (doc.tokens[k]?.text === ',') k--;
  const title = k >= sentence.tokenStart ? doc.titles.find((t) => t.start <= doc.tokens[k].start && doc.tokens[k].end <= t.end) : undefined;
  if (title) k = firstTokenAtOrAfter(doc, title.start, sentence.tokenStart, k) - 1;
  return k >= sentence.tokenStart && COUNTERPART.has(lower(doc.tokens[k]));
}

/** A counterpart holds the title of the sentence's titled person named before, else of the article's first titled person. */
function counterpartTitle(doc: AnnotatedDocument, findings: PersonFinding[], span: NameSpan): RoleTitle | undefined {
  const role = findings.find((f) => f.title && f.span.from < span.from)?.title ?? doc.persons.find((p) => p.roles.length > 0)?.roles[0];
  // The same office, which the other side may name otherwise ("External Affairs Minister" and his "counterpart"): its canonical title.
  return role ? { title: role.title, written: role.title } : undefined;
}

/** A title's level as the text's mentions of it give it (1 head of state … 4 the rest). */
function levelOf(doc: AnnotatedDocument, title: string): number {
  return doc.titles.find((t) => t.title === title)?.level ?? 4;
}

/** The country of a nationality word or a possessive just before a name and its form of address, from token `from` ("his Kazakh counterpart Murat Nurtleu"). */
function nationalityBefore(doc: AnnotatedDocument, sentence: Sentence, from: number): string | undefined {
  const start = doc.tokens[from].start;
  // "his Kazakh counterpart X", "Colombia's counterpart X": a nationality, or a country's possessive.
  return countryMentionsIn(doc, Math.max(sentence.start, start - 40), start).find((c) => start - c.end < 16 && (c.form !== 'name' || doc.text.startsWith("'s", c.end)))?.code;
}

function hasCounterpartWord(doc: AnnotatedDocument, sentence: Sentence): boolean {
  for (let k = sentence.tokenStart; k < sentence.tokenEnd; k++) if (COUNTERPART.has(lower(doc.tokens[k]))) return true;
  return false;
}

/** Other names of the sentence that a counterpart word makes holders of the same title ("his Kazakh counterpart Murat Nurtleu"). */
export function addCounterparts(doc: AnnotatedDocument, sentence: Sentence, claimed: Uint8Array, findings: PersonFinding[]): void {
  // Only a name after a counterpart word is one: a sentence without such a word is not read for names.
  if (!hasCounterpartWord(doc, sentence)) return;
  const named = new Set<number>();
  for (const f of findings) for (let k = f.span.from; k < f.span.to; k++) named.add(k);
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    if (claimed[i]) continue;
    const start = skipHonorifics(doc, i, sentence.tokenEnd);
    // A name found already, after a form of address or before a title in apposition ("his Ivorian counterpart, Mr A, Minister of …"): what it lacks.
    const known = findings.find((f) => f.span.from === start);
    if (known) {
      if (afterCounterpartWord(doc, sentence, i)) {
        const title = counterpartTitle(doc, findings, known.span);
        known.country ??= nationalityBefore(doc, sentence, i);
        if (!known.title) known.title = title;
        // "his Saudi counterpart Prince A": a style or lesser title says less than the office held in common.
        else if (title && title.title !== known.title.title && levelOf(doc, title.title) < levelOf(doc, known.title.title)) findings.push({ span: known.span, title, country: known.country });
      }
      i = known.span.to - 1;
      continue;
    }
    if (named.has(start)) continue;
    const name = readName(doc, start, sentence, claimed);
    if (!name) continue;
    const title = afterCounterpartWord(doc, sentence, i) ? counterpartTitle(doc, findings, name) : undefined;
    if (title) findings.push({ span: name, title, country: nationalityBefore(doc, sentence, i) });
    i = name.to - 1;
  }
}

// "then Indonesia President A", "former Prime Minister B", "ex-President C": a time word, then the title and nationality before the name.
const PAST_HOLDER = /\b(?:[Ff]ormer|[Tt]hen|[Ll]ate|[Ee]x|[Oo]utgoing|[Pp]revious)[\s-]+(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}$/u;

/** Whether the article introduces a person as one who held their office before. */
function heldBefore(doc: AnnotatedDocument, person: Person): boolean {
  const at = person.firstMention.start;
  return PAST_HOLDER.test(doc.text.slice(Math.max(0, at - 60), at));
}

/**
 * The two holders of one national office in an article about two countries are its two sides:
 * when one is of one country of the pair and the other's country is not stated, the other is of
 * the other country ("President Ilham Aliyev … President Tokayev"), unless the text sends them there.
 */
export function inferOtherSide(doc: AnnotatedDocument): void {
  const dyad = documentDyad(doc);
  if (dyad.length !== 2) return;
  const levels = new Map(doc.titles.map((t) => [t.title, t.level]));
  const holders = new Map<string, Person[]>();
  for (const person of doc.persons) {
    for (const role of person.roles) if ((levels.get(role.title) ?? 9) <= 3) holders.set(role.title, [...(holders.get(role.title) ?? []), person]);
  }
  // Read only for an article that has such a pair: most have none.
  let destinations: Map<number, Set<string>> | undefined;
  for (const pair of holders.values()) {
    if (pair.length !== 2) continue;
    // "then Indonesia President A … President B": one who held the office before tells nothing of the present holder's side.
    const known = pair.find((p) => p.country !== undefined && dyad.includes(p.country) && !heldBefore(doc, p));
    const other = pair.find((p) => p !== known);
    if (!known || !other || other.country) continue;
    const country = dyad.find((c) => c !== known.country)!;
    destinations ??= travelDestinations(doc);
    if (!destinations.get(doc.persons.indexOf(other))?.has(country)) other.country = country;
  }
}
