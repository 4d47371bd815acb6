// Happenings a sentence recalls in passing, named by a noun after what was done at them ("the
// agreements reached during the state visit of the Turkmen leader to Tashkent in October"):
// they are dated by their own phrase and take part of it only, not of the sentence around them.
import type { AnnotatedDocument, Sentence } from '../../annotated-document.ts';
import type { Span } from '../../../record/schema.ts';

/**
 * A past participle, a preposition of time, and the determiner and modifiers of a happening's
 * noun after it: "reached during the state", "announced at the", "signed following his"; not a
 * verb of happening, which says when the news took place ("the signing occurred during the visit").
 */
const PARTICIPLE_THEN_TIME_BEFORE = /\b(?:(?!(?:occurr|happen|start|end|continu)ed\b)[\p{L}]+ed|made|held|signed|sealed|struck|set|begun|taken|given)\s+(?:upon\s+)?(?:during|at|following|after|in\s+the\s+course\s+of)\s+(?:the|a|an|his|her|their|its)\s+(?:[\p{L}-]+\s+){0,2}$/iu;

/**
 * Whether the happening whose noun is the trigger is recalled after what was done at it. The
 * participle follows what was done ("the partnership announced during"); after a person or a
 * pronoun it is the verb of the sentence ("President Lula stated during the signing ceremony").
 */
export function isRecalledInPassing(doc: AnnotatedDocument, sentence: Sentence, trigger: Span): boolean {
  const from = Math.max(sentence.start, trigger.start - 60);
  const participle = PARTICIPLE_THEN_TIME_BEFORE.exec(doc.text.slice(from, trigger.start));
  if (!participle) return false;
  const at = from + participle.index;
  let before = sentence.tokenStart;
  while (before + 1 < sentence.tokenEnd && doc.tokens[before + 1].start < at) before++;
  const doer = doc.tokens[before];
  if (!doer || doer.start >= at) return true;
  return doer.pos !== 'PRON' && !doc.personMentions.some((m) => m.start <= doer.start && doer.end <= m.end);
}

/** The phrase of a recalled happening: from its noun to the next comma, semicolon or the sentence's end. */
export function recalledPhrase(doc: AnnotatedDocument, sentence: Sentence, trigger: Span): Span {
  const stop = /[,;]/.exec(doc.text.slice(trigger.end, sentence.end));
  return { start: trigger.start, end: stop ? trigger.end + stop.index : sentence.end };
}
