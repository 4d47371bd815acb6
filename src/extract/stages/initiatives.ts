// Stage: joint projects (corridors, cables, pipelines, funds, facilities, working groups)
// with kind, status, part-of and places: named ones ("Middle Corridor", "the "Digital Silk
// Road" initiative"), described ones ("joint investment fund", "deep-sea energy cable") and
// mechanisms the sides set up ("agreed to resume the security dialogue").
import type { AnnotatedDocument, InitiativeMention, PlaceMention, Sentence, Token } from '../annotated-document.ts';
import type { Span } from '../../record/schema.ts';
import { SpanIndex } from '../span-index.ts';
import type { InitiativeKind, InitiativeStatus } from '../../record/schema.ts';
import type { Stage } from '../stage.ts';
import { loadDataFile } from '../../vocabulary/data-file.ts';
import { ContentWordsOfNames, HeadIndex, type HeadMatch, MAX_PHRASE_TOKENS, cleanName, isCapitalised, joinedToPrevious, lower, overlapCoefficient, singular } from '../phrases.ts';
import { StatusCues, type StatusCueMatch } from '../status-cues.ts';
import { phraseSource } from '../pattern-source.ts';

interface InitiativesFile {
  heads: { [phrase: string]: InitiativeKind };
  kind_modifiers: { [word: string]: InitiativeKind };
  named_head_kinds: { [word: string]: InitiativeKind };
  described_modifiers: string[];
  institution_heads: string[];
  mechanism_heads: { [phrase: string]: InitiativeKind };
  set_up_words: string[];
  status_cues: { status: InitiativeStatus; words: string[] }[];
}

const vocabulary = loadDataFile<InitiativesFile>('initiatives.yaml');
const HEADS = new HeadIndex<InitiativeKind>(Object.entries(vocabulary.heads));
const DESCRIBED = new Set(vocabulary.described_modifiers);
const INSTITUTIONS = new Set(vocabulary.institution_heads);
const STATUS_CUES = new StatusCues(vocabulary.status_cues);
const MECHANISMS = new HeadIndex<InitiativeKind>(Object.entries(vocabulary.mechanism_heads));
const SET_UP_WORDS = new Set(vocabulary.set_up_words.filter((w) => !w.includes(' ')));
/** A set-up word, and maybe an article, right before a noun phrase: "agreed to resume the ", "the establishment of a ". */
const SET_UP_BEFORE = new RegExp(`\\b(?:${vocabulary.set_up_words.map(phraseSource).join('|')})\\s+(?:(?:a|an|the)\\s+)?$`, 'i');
/** Words that may stand between an article and a mechanism's head: "a new bilateral economic security dialogue". */
const MODIFIER_POS = new Set(['ADJ', 'ADV', 'NOUN', 'PROPN']);
/** Words a mechanism's "for/on/of" complement is made of: "committee for the promotion of border areas". */
const COMPLEMENT_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN']);
/** Status words are not part of a project's name ("the planned fiber-optic line"). */
const STATUS_WORDS = new Set(['planned', 'proposed', 'new', 'future', 'existing']);
const STATUS_PREFIX = new RegExp(`^(?:${[...STATUS_WORDS].join('|')})\\s+`, 'i');
const PART_OF_AFTER = /^\s*,\s*(?:a\s+)?part of the ([A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)/;
const PLACE_COMPLEMENT = new Set(['along', 'across', 'between', 'from', 'through', 'to', 'under', 'on', 'in', 'via']);

/** The status cues of a sentence that can speak of a project: "once completed" is a plan, not a completion, so a cue inside a longer cue does not count. */
function statusCuesIn(sentenceText: string): StatusCueMatch<InitiativeStatus>[] {
  const matches = STATUS_CUES.matchesIn(sentenceText);
  return matches.filter((m) => !matches.some((o) => o.index <= m.index && m.index + m.length <= o.index + o.length && o.length > m.length));
}

/** Whether an offset lies in one of the other projects' spans or right before one. */
function atAnotherProject(others: readonly [number, number][], offset: number): boolean {
  for (const [start, end] of others) if (offset >= start - 12 && offset < end) return true;
  return false;
}

function statusNear(cues: readonly StatusCueMatch<InitiativeStatus>[], offset: number, length: number, others: [number, number][]): InitiativeStatus {
  let best: { status: InitiativeStatus; distance: number } | undefined;
  for (const m of cues) {
    // "the planned fiber-optic line": a status word right before another project is that project's.
    if (atAnotherProject(others, m.index)) continue;
    const distance = m.index < offset ? offset - (m.index + m.length) : Math.max(0, m.index - (offset + length));
    if (!best || distance < best.distance) best = { status: m.status, distance };
  }
  return best && best.distance < 80 ? best.status : 'unknown';
}

interface Found {
  from: number;
  to: number;
  kind: InitiativeKind;
  named: boolean;
  /** One past the head's last token. */
  headTo: number;
  /** A capitalised plural read as one name ("the South American Integration Routes"). */
  pluralName?: boolean;
  /** For the items of a list, the plural head whose status they share ("projects have been identified: …"). */
  listHead?: [number, number];
  /** For coordinated names, the head noun the name shares with the others ("pipeline"). */
  head?: string;
}

/** Reads the project at a head, adding what it finds; returns the token to read on after. */
function readAtHead(doc: AnnotatedDocument, sentence: Sentence, gazetteer: SpanIndex<Span>, dates: SpanIndex<Span>, head: HeadMatch<InitiativeKind>, i: number, found: Found[]): number {
  const tokens = doc.tokens;
  const end = sentence.tokenEnd;
  if (head.plural) {
    const coordinated = coordinatedNames(tokens, head.from, sentence.tokenStart);
    found.push(...coordinated.map(([a, b]) => ({ from: a, to: b, kind: head.value, named: true, headTo: head.to, head: singular(lower(tokens[head.to - 1])) })));
    found.push(...listedNames(doc, sentence, gazetteer, head));
    // "the South American Integration Routes": one programme named in the plural; "three cross-border power lines" (below): a counted set.
    if (coordinated.length > 0) return i;
  }
  let from = head.from;
  // "the "Digital Silk Road" initiative": the quoted words are the name.
  if (head.value === 'other' && tokens[from - 1]?.text === '"') {
    let k = from - 2;
    while (k > sentence.tokenStart && tokens[k].text !== '"') k--;
    if (k >= sentence.tokenStart && tokens[k].text === '"' && from - 1 - k > 1) {
      found.push({ from: k + 1, to: from - 1, kind: kindOf(doc, k + 1, from - 1, head.value), named: true, headTo: head.to });
      return head.to - 1;
    }
  }
  while (from > sentence.tokenStart && head.from - from < MAX_PHRASE_TOKENS) {
    const t = tokens[from - 1];
    if (joinedToPrevious(tokens, from) || t.text === '-') { from--; continue; }
    // "the Uzbekistan-Afghanistan-Pakistan (UAP) railway": a bracketed acronym between a name and its head.
    if (isBracketedAcronymBefore(tokens, from, sentence.tokenStart)) { from -= 3; continue; }
    if (t.text === "'s" && from - 2 >= sentence.tokenStart && isCapitalised(tokens[from - 2].text) && isCapitalised(tokens[from].text)) { from--; continue; }
    let compoundStart = from - 1;
    while (compoundStart > sentence.tokenStart && joinedToPrevious(tokens, compoundStart)) compoundStart--;
    if (compoundStart < from - 1 && DESCRIBED.has(doc.text.slice(tokens[compoundStart].start, t.end).toLowerCase())) { from = compoundStart; continue; }
    // "Belt and Road Initiative": a lower-case joiner between capitalised words stays in the name.
    // But "… Belt and Road Initiative and Mongolia's …": an "and" after a head joins two projects.
    if (/^(and|of|for)$/.test(t.text) && from - 2 >= sentence.tokenStart && isCapitalised(tokens[from - 2].text) && isCapitalised(tokens[from].text) && tokens[from - 2].pos !== 'DET' && !(t.text === 'and' && HEADS.matchAt(tokens, from - 2, from - 1))) { from--; continue; }
    if ((isCapitalised(t.text) && t.pos !== 'DET' && t.pos !== 'PRON' && !(from - 1 === sentence.tokenStart && t.pos !== 'PROPN')) || DESCRIBED.has(lower(t))) { from--; continue; }
    break;
  }
  // A lower-case plural is a set of projects only when counted and described by more than a vocabulary head:
  // "three cross-border power transmission lines", not "two gas pipelines".
  if (head.plural && !isCapitalised(tokens[head.from].text) && (tokens[from - 1]?.pos !== 'NUM' || HEADS.matchAt(tokens, from, head.to)?.to === head.to)) return i;
  // "UN school", "Chinese plant": a country or organisation before a common noun describes it, it does not name it.
  const named = tokens.slice(from, head.from + 1).some((t, k) => isCapitalised(t.text) && from + k !== sentence.tokenStart && gazetteer.containing(t.start, t.end).length === 0);
  // A facility needs a name, a telling modifier ("solar power plant") or a word of building ("the construction of a
  // fertiliser plant"); "UN school" describes, it names nothing.
  const toldBy = tokens.slice(from, head.from).some((t) => DESCRIBED.has(lower(t)) && !/^(?:new|planned|joint)$/.test(lower(t)));
  if (!named && head.value === 'facility' && !toldBy) return readSetUp(doc, sentence, gazetteer, head, i, found);
  if (!named && from === head.from && head.to - head.from < 2) return i;
  if (!named && head.value === 'other') return i;
  let to = head.to;
  // Capitalised continuation: "Institute of Public Service and Innovation".
  if (isCapitalised(tokens[head.from].text) && /^(of|for)$/.test(lower(tokens[to] ?? tokens[head.from])) && to + 1 < end && isCapitalised(tokens[to + 1].text)) {
    to += 1;
    while (to < end && to - head.to < MAX_PHRASE_TOKENS && (isCapitalised(tokens[to].text) || (/^(of|and|for|the)$/.test(tokens[to].text) && to + 1 < end && isCapitalised(tokens[to + 1].text)))) to++;
  }
  // Described cables and routes keep where they run: "along the Caspian seabed", "from X to Y".
  if (!named && (head.value === 'cable' || head.value === 'transport corridor' || head.value === 'pipeline')) {
    // "… between Tacna and Arica on Wednesday": a date says when, not where it runs.
    const isDate = (k: number) => dates.overlapping(tokens[k].start, tokens[k].end).length > 0;
    while (to < end && PLACE_COMPLEMENT.has(lower(tokens[to])) && !(to + 1 < end && isDate(to + 1))) {
      let k = to + 1;
      while (k < end && !isDate(k) && (tokens[k].pos === 'DET' || isCapitalised(tokens[k].text) || tokens[k].pos === 'NOUN' || joinedToPrevious(tokens, k) || tokens[k].text === '-' || (lower(tokens[k]) === 'and' && k + 1 < end && isCapitalised(tokens[k + 1].text)))) k++;
      if (k === to + 1) break;
      to = k;
    }
  }
  // "the South American Integration Routes": one name for several projects is a programme.
  const programme = head.plural && isCapitalised(tokens[head.from].text);
  found.push({ from, to, kind: programme ? 'programme' : kindOf(doc, from, head.to, head.value), named, headTo: head.to, ...(head.plural ? { pluralName: true } : {}) });
  return to - 1;
}

/**
 * "agreed to resume the strategic dialogue", "will launch a bilateral energy security dialogue", "the
 * establishment of a joint representative office", "the construction of a fertiliser plant": a lower-case
 * mechanism or facility described by more than a status word, governed by a word of setting up or
 * building, is a project; returns the token to read on after.
 */
function readSetUp(doc: AnnotatedDocument, sentence: Sentence, gazetteer: SpanIndex<Span>, head: HeadMatch<InitiativeKind>, i: number, found: Found[]): number {
  const tokens = doc.tokens;
  // "the business council meeting": a noun after it heads the phrase.
  if (isCapitalised(tokens[head.from].text) || /^(?:NOUN|PROPN)$/.test(tokens[head.to]?.pos ?? '')) return i;
  let from = head.from;
  while (from > sentence.tokenStart && head.from - from < MAX_PHRASE_TOKENS) {
    const t = tokens[from - 1];
    if (joinedToPrevious(tokens, from) || t.text === '-' || (MODIFIER_POS.has(t.pos) && !SET_UP_WORDS.has(lower(t)))) from--;
    else break;
  }
  const start = tokens[from].start;
  if (!SET_UP_BEFORE.test(doc.text.slice(Math.max(sentence.start, start - 40), start))) return i;
  let to = head.to;
  // The complement says what it is for; it ends at its last noun.
  if (to < sentence.tokenEnd && /^(?:for|on|of)$/.test(lower(tokens[to]))) {
    let k = to + 1;
    while (k < sentence.tokenEnd && k - to < MAX_PHRASE_TOKENS && (COMPLEMENT_POS.has(tokens[k].pos) || joinedToPrevious(tokens, k) || tokens[k].text === '-' || (/^(?:and|of)$/.test(lower(tokens[k])) && k > to + 1))) k++;
    while (k > to + 1 && !/^(?:NOUN|PROPN)$/.test(tokens[k - 1].pos)) k--;
    if (k > to + 1) to = k;
  }
  // "a new hospital in Male": where it stands tells it from others, as its modifiers or complement do.
  const placeEnd = placeAfter(doc, sentence, gazetteer, to);
  if (placeEnd === undefined && to === head.to && head.to - head.from < 2 && tokens.slice(from, head.from).every((t) => STATUS_WORDS.has(lower(t)))) return i;
  to = placeEnd ?? to;
  found.push({ from, to, kind: head.value, named: false, headTo: head.to });
  return to - 1;
}

/** One past the last token of "in/at PLACE" at token `at`, PLACE a country, body or place that starts right after the preposition. */
function placeAfter(doc: AnnotatedDocument, sentence: Sentence, gazetteer: SpanIndex<Span>, at: number): number | undefined {
  const tokens = doc.tokens;
  if (at + 1 >= sentence.tokenEnd || !/^(?:in|at)$/.test(lower(tokens[at]))) return undefined;
  const place = gazetteer.containing(tokens[at + 1].start, tokens[at + 1].end).find((p) => p.start === tokens[at + 1].start);
  if (!place) return undefined;
  let k = at + 1;
  while (k < sentence.tokenEnd && tokens[k].end <= place.end) k++;
  return k;
}

function findInSentence(doc: AnnotatedDocument, sentence: Sentence, gazetteer: SpanIndex<Span>, dates: SpanIndex<Span>): Found[] {
  const tokens = doc.tokens;
  const found: Found[] = [];
  const end = sentence.tokenEnd;
  for (let i = sentence.tokenStart; i < end; i++) {
    const head = HEADS.matchAt(tokens, i, end);
    if (head) {
      i = readAtHead(doc, sentence, gazetteer, dates, head, i, found);
      continue;
    }
    const mechanism = MECHANISMS.matchAt(tokens, i, end);
    if (mechanism) i = readSetUp(doc, sentence, gazetteer, mechanism, i, found);
  }
  // "Belt and Road Initiative" also holds the head "Road": keep the longest reading.
  return found.filter((f) => !found.some((g) => g !== f && g.from <= f.from && f.to <= g.to && g.to - g.from > f.to - f.from));
}

/**
 * "four projects have been identified: the Alto project (600 MW), the Bravo (570 MW) and Cerro", "national
 * projects, such as the Border Management System": each capitalised item of a list after a plural head is
 * one project of that head's kind. Items that hold a head of their own are read at that head; a country,
 * body or place is no project, and an item with no capital ends the list.
 */
function listedNames(doc: AnnotatedDocument, sentence: Sentence, gazetteer: SpanIndex<Span>, head: HeadMatch<InitiativeKind>): Found[] {
  const tokens = doc.tokens;
  const end = sentence.tokenEnd;
  let k = head.to;
  while (k < end && k - head.to < 5 && tokens[k].text !== ':' && /^(have|has|been|are|were|was|is|identified|selected|planned|proposed|agreed|included)$/i.test(tokens[k].text)) k++;
  if (tokens[k]?.text === ',') k++;
  let a: number;
  if (tokens[k]?.text === ':' || /^(?:like|including)$/.test(tokens[k]?.lower ?? '')) a = k + 1;
  else if (tokens[k]?.lower === 'such' && tokens[k + 1]?.lower === 'as') a = k + 2;
  else return [];
  const items: Found[] = [];
  for (let t = a; t <= end; t++) {
    if (t < end && !/^(,|and|;)$/.test(tokens[t].text)) continue;
    let from = a;
    while (from < t && /^(the|a|an)$/i.test(tokens[from].text)) from++;
    let to = from;
    while (to < t && (isCapitalised(tokens[to].text) || joinedToPrevious(tokens, to))) to++;
    const ownHead = tokens.slice(from, t).some((_, n) => HEADS.matchAt(tokens, from + n, t));
    if (to === from && !ownHead) break;
    if (to > from && !ownHead && gazetteer.containing(tokens[from].start, tokens[from].end).length === 0) {
      items.push({ from, to, kind: kindOf(doc, from, to, head.value), named: true, headTo: head.to, listHead: [head.from, head.to] });
    }
    a = t + 1;
  }
  return items;
}

/** "the Turkish Stream and TANAP pipelines": each capitalised name before a plural head is one project. */
function coordinatedNames(tokens: Token[], head: number, sentenceStart: number): [number, number][] {
  const names: [number, number][] = [];
  let end = head;
  let k = head - 1;
  while (k >= sentenceStart && names.length < 10) {
    let start = end;
    while (start - 1 >= sentenceStart && end - start < MAX_PHRASE_TOKENS && (isCapitalised(tokens[start - 1].text) || joinedToPrevious(tokens, start) || tokens[start - 1].text === '-') && tokens[start - 1].pos !== 'DET') start--;
    if (start === end) break;
    names.unshift([start, end]);
    k = start - 1;
    if (k < sentenceStart || !/^(and|,)$/.test(tokens[k].text)) break;
    end = k;
  }
  return names.length >= 2 ? names : [];
}

/** "(600 MW)" after a project's name: a generating capacity, so a plant. */
const GENERATING_CAPACITY = /^\s*\(?\s*\d[\d,.]*\s*(?:MW|GW|megawatts?|gigawatts?)\b/;

function kindOf(doc: AnnotatedDocument, from: number, to: number, headKind: InitiativeKind): InitiativeKind {
  if (headKind !== 'transport corridor' && headKind !== 'other') return headKind;
  const tokens = doc.tokens;
  for (let k = from; k < to; k++) {
    const modifierKind = vocabulary.kind_modifiers[lower(tokens[k])];
    if (modifierKind) return modifierKind;
  }
  if (headKind !== 'other') return headKind;
  const last = tokens[to - 1];
  const namedKind = isCapitalised(last.text) ? vocabulary.named_head_kinds[lower(last)] : undefined;
  if (namedKind) return namedKind;
  return GENERATING_CAPACITY.test(doc.text.slice(last.end, last.end + 24)) ? 'facility' : headKind;
}

/** An acronym in brackets inside a project's words, taken out of its name: "Lamu Port-South Sudan-Ethiopia Transport (LAPSSET) corridor". */
const INNER_ACRONYM = /\s*\(([A-Z][A-Z0-9]{1,9})\)\s*/;

/** Whether the three tokens before `from` are "(", an acronym in capitals and ")", after a capitalised word. */
function isBracketedAcronymBefore(tokens: readonly Token[], from: number, first: number): boolean {
  return from - 4 >= first && tokens[from - 1].text === ')' && tokens[from - 3].text === '(' && /^[A-Z][A-Z0-9]{1,9}$/.test(tokens[from - 2].text) && isCapitalised(tokens[from - 4].text);
}

/** How far an apposition is read for the kind it tells. */
const APPOSITION_REACH = 10;

/** "the Development Road project, a 1,200-kilometer rail and highway corridor …": the kind a project's apposition tells. */
function kindInApposition(doc: AnnotatedDocument, after: number, end: number): InitiativeKind | undefined {
  const tokens = doc.tokens;
  if (after + 2 >= end || tokens[after].text !== ',' || !/^an?$/i.test(tokens[after + 1].text)) return undefined;
  for (let k = after + 2; k < end && k - after <= APPOSITION_REACH; k++) {
    if (tokens[k].pos === 'PUNCT' && !joinedToPrevious(tokens, k)) return undefined;
    const head = HEADS.matchAt(tokens, k, end);
    if (head && head.value !== 'other') return head.value;
  }
  return undefined;
}

function acronymAfter(doc: AnnotatedDocument, end: number): string | undefined {
  return /^\s*\(([A-Z][A-Za-z]{1,9})\)/.exec(doc.text.slice(end, end + 16))?.[1];
}

/** "the Andes Rail Project" and "the Andes Rail": "project" and "initiative" tell no project from another. */
function distinctive(words: ReadonlySet<string>): ReadonlySet<string> {
  return new Set([...words].filter((w) => w !== 'project' && w !== 'initiative'));
}

/** The initiatives of an article as they are read, merged by name, acronym or most of their words. */
class InitiativeList {
  readonly merged: InitiativeMention[] = [];
  private readonly byName = new Map<string, InitiativeMention>();
  private readonly byKind = new Map<InitiativeKind, InitiativeMention[]>();
  private readonly contentWordsOf = new ContentWordsOfNames();

  /**
   * `determiner`: the word before the mention. After "a" or "an" it is a new project unless its name is
   * the same; a description in lower case after "the" or "this" ("the railway line, which will link …")
   * is the one project of its kind named in a sentence before.
   */
  add(mention: InitiativeMention, acronym: string | undefined, determiner: string): void {
    const { name, aliases, kind } = mention;
    const introduced = determiner === 'a' || determiner === 'an';
    const words = distinctive(this.contentWordsOf.of(name));
    const sameKind = this.byKind.get(kind) ?? [];
    // Not one given an acronym of its own, nor one beside the named project ("the X project and the planned fibre-optic line (FOCL)").
    const described = (determiner === 'the' || determiner === 'this') && !acronym && !/\p{Lu}/u.test(name) && sameKind.length === 1
      && /\p{Lu}/u.test(sameKind[0].name) && sameKind[0].sentence < mention.sentence ? sameKind[0] : undefined;
    // Same name or acronym, or most of the words of a recent project of the same kind.
    const twin = this.byName.get(name.toLowerCase()) ?? (acronym ? this.byName.get(acronym.toLowerCase()) : undefined)
      ?? (words.size >= 2 && !introduced ? sameKind.find((m) => overlapCoefficient(distinctive(this.contentWordsOf.of(m.name)), words) >= 0.67) : undefined)
      ?? described;
    if (twin) {
      twin.mentions.push({ start: mention.start, end: mention.end });
      // "gas pipeline" in a headline, "the Nigeria-Morocco Gas Pipeline" after: the project goes by its proper name.
      if (!/\p{Lu}/u.test(twin.name) && /^\p{Lu}/u.test(name)) twin.name = name;
      if (twin.status === 'unknown') twin.status = mention.status;
      twin.partOf ??= mention.partOf;
      for (const a of aliases) if (!twin.aliases.includes(a)) twin.aliases.push(a);
    } else {
      this.merged.push(mention);
      this.byKind.set(kind, [...(this.byKind.get(kind) ?? []), mention].slice(-40));
    }
    const kept = twin ?? mention;
    for (const n of [name, ...aliases]) if (!this.byName.has(n.toLowerCase())) this.byName.set(n.toLowerCase(), kept);
  }
}

/** The layers a project's name is read against, indexed once per document. */
interface NameContext {
  /** Names of bodies and forums: a project inside one is not read. */
  otherNames: SpanIndex<Span>;
  /** Offices: "Federal Minister for Railways" ends in a title, and names no railway. */
  titles: SpanIndex<Span>;
  /** Countries, organisations and places: they describe a common noun rather than name it. */
  gazetteer: SpanIndex<Span>;
  places: SpanIndex<PlaceMention>;
  instruments: SpanIndex<Span>;
  /** Dates: where a described line or route runs ends before one. */
  dates: SpanIndex<Span>;
}

function readSentence(doc: AnnotatedDocument, sentence: Sentence, context: NameContext, initiatives: InitiativeList): void {
  const inSentence = findInSentence(doc, sentence, context.gazetteer, context.dates);
  if (inSentence.length === 0) return;
  const statusCues = statusCuesIn(doc.text.slice(sentence.start, sentence.end));
  let previous: { end: number; status: InitiativeStatus; cueBefore: boolean } | undefined;
  for (const f of inSentence.slice().sort((x, y) => x.from - y.from)) {
    const others = inSentence.filter((g) => g !== f).map((g): [number, number] => [doc.tokens[g.from].start - sentence.start, doc.tokens[g.to - 1].end - sentence.start]);
    const start = doc.tokens[f.from].start;
    const end = doc.tokens[f.to - 1].end;
    if (context.otherNames.containing(start, end).length > 0 || context.titles.containing(end - 1, end).length > 0) continue;
    // "Memorandum on … of Coal-Based Energy Projects": a plural inside a title names no one project.
    if (f.pluralName && context.instruments.containing(start, end).length > 0) continue;
    // "the A-B Joint Statement for Building a …": words from a title's start are the title, not a project it names.
    if (context.instruments.containing(start, end).some((title) => title.start === start)) continue;
    const inner = INNER_ACRONYM.exec(doc.text.slice(start, end));
    const written = inner ? doc.text.slice(start, start + inner.index) + ' ' + doc.text.slice(start + inner.index + inner[0].length, end) : doc.text.slice(start, end);
    const name = cleanName(written).replace(STATUS_PREFIX, '') + (f.head ? ` ${f.head}` : '');
    if (!name) continue;
    let status = statusNear(statusCues, start - sentence.start, end - start, others);
    if (status === 'unknown' && f.listHead) {
      const headStart = doc.tokens[f.listHead[0]].start;
      status = statusNear(statusCues, headStart - sentence.start, doc.tokens[f.listHead[1] - 1].end - headStart, []);
    }
    // "including the X pipeline and the Y pipeline": coordinated projects share the status said before them.
    if (status === 'unknown' && previous && /^[\s,]*(?:and|or)?[\s,]*(?:the|a|an)?\s*$/i.test(doc.text.slice(previous.end, start)) && previous.cueBefore) status = previous.status;
    // "between the X Institute and the Y Centre": an institution is a body unless it is being built or opened.
    if (f.kind === 'facility' && status === 'unknown' && INSTITUTIONS.has(singular(lower(doc.tokens[f.headTo - 1])))) continue;
    previous = { end, status, cueBefore: statusCues.some((m) => m.index < start - sentence.start) };
    const acronym = acronymAfter(doc, end) ?? inner?.[1];
    const partOf = PART_OF_AFTER.exec(doc.text.slice(end, end + 80))?.[1];
    initiatives.add({
      start, end, mentions: [{ start, end }], name, aliases: acronym ? [acronym] : [], kind: f.kind === 'other' ? kindInApposition(doc, f.to, sentence.tokenEnd) ?? f.kind : f.kind,
      status, partOf, places: context.places.within(start, end).map((p) => p.name), sentence: sentence.index,
    }, acronym, doc.tokens[f.from - 1]?.lower ?? '');
  }
}

/** Words that open a sentence speaking again of a project just named ("This corridor will …"). */
const ANAPHOR_DETERMINERS = new Set(['this', 'the', 'that']);

/** Lower-case descriptions between a determiner and a project noun ("the 97-kilometre", "the new high-speed"). */
const MAX_DESCRIPTION_TOKENS = 5;

/** The project noun after a few lower-case words of description from token i: "97-kilometre pipeline", "new line". */
function describedHeadAfter(tokens: Token[], i: number, end: number): HeadMatch<InitiativeKind> | undefined {
  for (let k = i; k < end && k - i <= MAX_DESCRIPTION_TOKENS; k++) {
    const head = HEADS.matchAt(tokens, k, end);
    if (head) return head;
    if (isCapitalised(tokens[k].text) || tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX' || /^[,;:(]$/.test(tokens[k].text)) return undefined;
  }
  return undefined;
}

/** A verb right after the subject, or a "which" clause opened by a comma ("The pipeline, which was inaugurated …"). */
function opensPredicate(tokens: readonly Token[], at: number, end: number): boolean {
  const next = tokens[at];
  if (!next || at >= end) return false;
  return next.pos === 'VERB' || next.pos === 'AUX' || (next.text === ',' && tokens[at + 1]?.lower === 'which');
}

/** How many sentences back "the pipeline" looks for the pipeline it speaks of. */
const ANAPHOR_REACH = 3;

/**
 * "… with a focus on the Capricorn Route. This corridor will connect ports …": a sentence whose
 * subject is "this" or "the" and a project noun (after a few words of description) speaks of the
 * project of that kind last named in the sentences just before, and may say its status.
 */
function statusFromFollowingSentence(doc: AnnotatedDocument, initiatives: readonly InitiativeMention[]): void {
  for (let s = 1; s < doc.sentences.length; s++) {
    const sentence = doc.sentences[s];
    const first = doc.tokens[sentence.tokenStart];
    if (!ANAPHOR_DETERMINERS.has(lower(first))) continue;
    const head = describedHeadAfter(doc.tokens, sentence.tokenStart + 1, sentence.tokenEnd);
    if (!head || head.plural || !opensPredicate(doc.tokens, head.to, sentence.tokenEnd)) continue;
    const earliest = doc.sentences[Math.max(0, s - ANAPHOR_REACH)];
    let referred: { initiative: InitiativeMention; at: number } | undefined;
    for (const initiative of initiatives) {
      if (initiative.kind !== head.value) continue;
      for (const m of initiative.mentions) if (m.start >= earliest.start && m.end <= sentence.start && (!referred || m.start > referred.at)) referred = { initiative, at: m.start };
    }
    if (!referred || referred.initiative.status !== 'unknown') continue;
    const anaphorEnd = doc.tokens[head.to - 1].end - sentence.start;
    referred.initiative.status = statusNear(statusCuesIn(doc.text.slice(sentence.start, sentence.end)), 0, anaphorEnd, []);
  }
}

/**
 * "… the East African Crude Oil Pipeline (EACOP). … an agreement that will allow the project to commence":
 * "the project" or "this project" speaks again of the project last named before it, whatever its kind, and
 * may say its status. "the project of/for …" introduces another one.
 */
function statusFromProjectAnaphors(doc: AnnotatedDocument, initiatives: readonly InitiativeMention[]): void {
  const mentions = initiatives.flatMap((initiative) => initiative.mentions.map((m) => ({ initiative, start: m.start, end: m.end }))).sort((a, b) => a.start - b.start);
  if (mentions.length === 0) return;
  const tokens = doc.tokens;
  for (let k = 1; k < tokens.length; k++) {
    if (tokens[k].lower !== 'project' || !ANAPHOR_DETERMINERS.has(tokens[k - 1].lower) || /^(?:of|for)$/.test(tokens[k + 1]?.lower ?? '')) continue;
    const anaphorStart = tokens[k - 1].start;
    let referred: InitiativeMention | undefined;
    for (const m of mentions) {
      if (m.end > anaphorStart) break;
      referred = m.initiative;
    }
    if (!referred || referred.status !== 'unknown') continue;
    const sentence = doc.sentences[tokens[k].sentence];
    referred.status = statusNear(statusCuesIn(doc.text.slice(sentence.start, sentence.end)), anaphorStart - sentence.start, tokens[k].end - anaphorStart, []);
  }
}

export const initiativesStage: Stage = {
  name: 'initiatives',
  requires: ['text', 'sentences', 'tokens', 'countries', 'organizations', 'places', 'titles', 'dates', 'instruments'],
  assigns: ['initiatives'],
  run(doc) {
    const context: NameContext = {
      // A project named inside an instrument's title ("agreement on the construction of the X pipeline") is a project too.
      otherNames: new SpanIndex<Span>(doc.organizations),
      titles: new SpanIndex<Span>(doc.titles),
      gazetteer: new SpanIndex<Span>([...doc.countries, ...doc.organizations, ...doc.places]),
      places: new SpanIndex(doc.places),
      instruments: new SpanIndex<Span>(doc.instruments.flatMap((i) => i.mentions)),
      dates: new SpanIndex<Span>(doc.dates),
    };
    const initiatives = new InitiativeList();
    for (const sentence of doc.sentences) readSentence(doc, sentence, context, initiatives);
    const merged = initiatives.merged;
    statusFromFollowingSentence(doc, merged);
    statusFromProjectAnaphors(doc, merged);
    // A later bare acronym ("the TITR") refers to the initiative that defined it.
    const byAcronym = new Map(merged.flatMap((i) => i.aliases.map((a) => [a, i] as const)));
    if (byAcronym.size > 0) {
      for (const token of doc.tokens) {
        const initiative = byAcronym.get(token.text);
        if (initiative && !initiative.mentions.some((s) => s.start <= token.start && token.start < s.end + 12)) initiative.mentions.push({ start: token.start, end: token.end });
      }
    }
    doc.initiatives = merged;
  },
};
