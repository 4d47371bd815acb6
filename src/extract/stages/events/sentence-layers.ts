// What each sentence holds (people, organisations, instruments, initiatives, forums, dates,
// places), and the clause around an offset.
import type {
  AnnotatedDocument, DateMention, ForumMention, InstrumentMention, OrganizationMention, PersonMention, PlaceMention, Sentence,
} from '../../annotated-document.ts';
import { sentenceAt } from '../../annotated-document.ts';
import type { Span } from '../../../record/schema.ts';

export function within(span: Span, sentence: Sentence): boolean {
  return span.start >= sentence.start && span.end <= sentence.end;
}

/** What each sentence holds, gathered once so that reading events stays linear in the article. */
export interface SentenceLayers {
  persons: PersonMention[];
  organizations: string[];
  organizationMentions: OrganizationMention[];
  instruments: InstrumentMention[];
  initiatives: string[];
  forums: ForumMention[];
  dates: DateMention[];
  places: PlaceMention[];
  /** Names (forums, organisations, instruments, projects) in which a trigger word is part of the name. */
  names: Span[];
  /** The projects' mentions: a country in "the Uzbekistan-Afghanistan-Pakistan railway" is on its route, no side. */
  projectNames: Span[];
}

function addOnce<T>(list: T[], item: T): void {
  if (list[list.length - 1] !== item && !list.includes(item)) list.push(item);
}

/** The layers of the sentence that holds a span, or undefined when the span crosses sentences. */
function layerOf(doc: AnnotatedDocument, layers: SentenceLayers[], span: Span): SentenceLayers | undefined {
  const s = sentenceAt(doc, span.start);
  return within(span, doc.sentences[s]) ? layers[s] : undefined;
}

export function layersBySentence(doc: AnnotatedDocument): SentenceLayers[] {
  const layers: SentenceLayers[] = doc.sentences.map(() => ({ persons: [], organizations: [], organizationMentions: [], instruments: [], initiatives: [], forums: [], dates: [], places: [], names: [], projectNames: [] }));
  if (layers.length === 0) return layers;
  const at = (span: Span) => layerOf(doc, layers, span);
  for (const m of doc.personMentions) at(m)?.persons.push(m);
  for (const o of doc.organizations) {
    const layer = at(o);
    if (layer) { addOnce(layer.organizations, o.name); layer.names.push(o); layer.organizationMentions.push(o); }
  }
  for (const i of doc.instruments) for (const m of i.mentions) { const layer = at(m); if (layer) { if (!i.quoted) addOnce(layer.instruments, i); layer.names.push(m); } }
  for (const i of doc.initiatives) for (const m of i.mentions) { const layer = at(m); if (layer) { addOnce(layer.initiatives, i.name); layer.names.push(m); layer.projectNames.push(m); } }
  for (const f of doc.forums) for (const m of f.mentions) { const layer = at(m); if (layer) { addOnce(layer.forums, f); layer.names.push(m); } }
  for (const d of doc.dates) at(d)?.dates.push(d);
  for (const p of doc.places) at(p)?.places.push(p);
  return layers;
}

/** Whether a character code is a comma, semicolon, colon or bracket. */
function isClausePunctuation(code: number): boolean {
  return code === 44 || code === 59 || code === 58 || code === 40 || code === 41;
}

/** The clause around an offset: between punctuation, looked for within a bounded distance. */
export function clauseOf(text: string, offset: number): [number, number] {
  const limit = 400;
  let start = offset;
  while (start > 0 && offset - start < limit && !isClausePunctuation(text.charCodeAt(start - 1))) start--;
  let end = offset;
  while (end < text.length && end - offset < limit && !isClausePunctuation(text.charCodeAt(end))) end++;
  return [start, end];
}
