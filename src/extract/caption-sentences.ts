// Captions that carry no credit nor position marker, read from their grammar: a paragraph of one
// sentence that shows a picture in the present tense ("X and Y shake hands after the signing.")
// or names people with no verb at all ("Prime Minister X with the visiting Minister Y this
// afternoon."). News reports what happened in the past tense, and always with a verb.
import type { AnnotatedDocument, Aside, Sentence } from './annotated-document.ts';
import { loadDataFile } from '../vocabulary/data-file.ts';

interface TextLayoutFile {
  caption_verbs: string[];
}

const CAPTION_VERBS = new Set(loadDataFile<TextLayoutFile>('text-layout.yaml').caption_verbs.flatMap((v) => [v, `${v}s`, `${v}es`]));
/** Longer than this, a one-sentence paragraph is a report, not a caption. */
const MAX_CAPTION_TOKENS = 45;
const MIN_VERBLESS_TOKENS = 5;
const SUBJECT_TAGS = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'CCONJ', 'PUNCT', 'NUM', 'ADP']);
const LIST_MARKER = /^[-*\u2022\u00B7\d]/;

/** Whether a sentence is a paragraph on its own: only spaces between it and the line breaks around it. */
function standsAlone(text: string, sentence: Sentence): boolean {
  for (let i = sentence.start - 1; i >= 0 && text[i] !== '\n'; i--) if (text[i] !== ' ') return false;
  for (let i = sentence.end; i < text.length && text[i] !== '\n'; i++) if (text[i] !== ' ') return false;
  return true;
}

function isCaptionByGrammar(doc: AnnotatedDocument, sentence: Sentence): boolean {
  const { tokenStart, tokenEnd } = sentence;
  const count = tokenEnd - tokenStart;
  if (count > MAX_CAPTION_TOKENS || doc.tokens[tokenEnd - 1].text !== '.' || LIST_MARKER.test(doc.tokens[tokenStart].text)) return false;
  let names = 0;
  for (let i = tokenStart; i < tokenEnd; i++) {
    const t = doc.tokens[i];
    if (t.pos === 'PROPN') names++;
    // The first verb of a caption is in the present and follows a subject with a name in it.
    if (CAPTION_VERBS.has(t.lower) && names > 0 && i > tokenStart) return true;
    if (t.pos === 'VERB' || t.pos === 'AUX') return false;
    if (!SUBJECT_TAGS.has(t.pos) && t.pos !== 'ADV') return names >= 2 && count >= MIN_VERBLESS_TOKENS && noVerbAfter(doc, i, tokenEnd);
  }
  return names >= 2 && count >= MIN_VERBLESS_TOKENS;
}

function noVerbAfter(doc: AnnotatedDocument, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (doc.tokens[i].pos === 'VERB' || doc.tokens[i].pos === 'AUX') return false;
  return true;
}

/** Marks the captions read from their grammar, and adds them to the document's asides. */
export function markCaptionSentences(doc: AnnotatedDocument): void {
  const found: Aside[] = [];
  for (const sentence of doc.sentences) {
    if (sentence.aside || !standsAlone(doc.text, sentence) || !isCaptionByGrammar(doc, sentence)) continue;
    sentence.aside = 'caption';
    found.push({ kind: 'caption', start: sentence.start, end: sentence.end });
  }
  if (found.length > 0) doc.asides = [...doc.asides, ...found].sort((a, b) => a.start - b.start);
}
