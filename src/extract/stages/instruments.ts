// Stage: instruments (agreements, memoranda, programmes, declarations …) with kind,
// status, period and parties; quoted counts ("165 agreements") become figures instead.
// Names are read in ../instruments/names.ts, statuses in ../instruments/status.ts and
// carried-status.ts, and mentions of one instrument folded in ../instruments/merge.ts.
import type { InstrumentMention } from '../annotated-document.ts';
import type { InstrumentKind } from '../../record/schema.ts';
import type { Stage } from '../stage.ts';
import { cleanName, isCapitalised, singular, spanText } from '../phrases.ts';
import { countriesIn, countryMentionsIn, documentDyad } from '../countries-in.ts';
import { HEAD_WORDS, REPORTING_AFTER, STATUS_CUES, headsInSentence } from '../instruments/vocabulary.ts';
import { findInSentence, parenthesisedAliases, periodFor } from '../instruments/names.ts';
import { adjunctStarts } from '../instruments/name-extent.ts';
import { isEarlierStage, latestBefore, statusFactsOf, statusNear } from '../instruments/status.ts';
import { CarriedStatus } from '../instruments/carried-status.ts';
import { DistinctiveWords, addAlias, addOrMerge } from '../instruments/merge.ts';
import { legislativeApprovals } from '../legislative-approval.ts';
import { headlineSentence } from '../headline.ts';

/** "called", "dubbed", "known as" right before a name: it names something already spoken of. */
const ALIAS_CUE_BEFORE = /\b(?:dubbed|called|named|known\s+as|referred\s+to\s+as)\s+(?:the\s+)?["'“]?$/i;

const THREE_PARTIES = /\b(?:tripartite|trilateral)\b/i;
/** "MoU/Agreement" (a table's heading): kinds of document offered as alternatives name none. */
function isHeadsAlternative(name: string): boolean {
  return name.includes('/') && name.toLowerCase().split(/[^a-z]+/).every((word) => word === '' || HEAD_WORDS.has(singular(word)));
}

/** What may stand between a verb of approval and the document approved: "approved the", "approved an". */
const APPROVED_OBJECT = /^\s+(?:the\s+|an?\s+)?$/i;
/** A signing verb in the present, not after "to" or a modal, right before a name, at most two words between ("sign security pact", "ink new deal"). */
const HEADLINE_SIGNING_BEFORE = /(?<!\b(?:to|will|may|could|would|might|shall)\s+)\b(?:sign|signs|ink|inks|seal|seals)\s+(?:[\w-]+\s+){0,2}$/i;

export const instrumentsStage: Stage = {
  name: 'instruments',
  requires: ['article', 'text', 'sentences', 'tokens', 'countries', 'places', 'outletCountry', 'dates', 'titles'],
  assigns: ['instruments'],
  run(doc) {
    const dyad = documentDyad(doc);
    const headline = headlineSentence(doc);
    const stops = adjunctStarts(doc);
    const mentions: InstrumentMention[] = [];
    const byKind = new Map<InstrumentKind, InstrumentMention[]>();
    const names = new DistinctiveWords();
    const carried = new CarriedStatus();
    for (const sentence of doc.sentences) {
      const statusCues = STATUS_CUES.of(doc.text.slice(sentence.start, sentence.end));
      const approvals = legislativeApprovals(doc.text.slice(sentence.start, sentence.end)).map((a) => sentence.start + a.end);
      const heads = headsInSentence(doc.tokens, sentence);
      const found = findInSentence(doc, sentence, stops, statusCues, heads);
      const facts = statusFactsOf(doc, sentence, found, statusCues, heads);
      carried.enter(facts);
      for (const f of found) {
        const start = doc.tokens[f.from].start;
        const end = doc.tokens[f.to - 1].end;
        const name = cleanName(f.name ?? doc.text.slice(start, end));
        if (!name || names.contentWords.of(name).size === 0 || isHeadsAlternative(name)) continue;
        const aliases = parenthesisedAliases(doc, end);
        const headText = f.headFrom !== undefined && f.headTo !== undefined ? spanText(doc, f.headFrom, f.headTo) : '';
        if (headText.includes(' ') && isCapitalised(headText) && headText !== name) aliases.push(headText);
        const nameCountries = f.parties ?? countriesIn(doc, start, end);
        const sentenceCountries = countriesIn(doc, sentence.start, sentence.end);
        // "a memorandum with Azerbaijan": the one country named and the article's own side.
        const partiesNamed = nameCountries.length >= 2 ? nameCountries : nameCountries.length === 1 ? [dyad.find((c) => c !== nameCountries[0]), nameCountries[0]].filter((c): c is string => c !== undefined) : sentenceCountries.length >= 2 ? sentenceCountries : dyad;
        // "a tripartite statement … signed by Shamkhani, the Saudi …": three parties, the article's own two among them.
        const parties = THREE_PARTIES.test(name) && partiesNamed.length < 3 ? [...new Set([...partiesNamed, ...dyad])].slice(0, 3) : partiesNamed;
        // "a joint statement said": a document quoted as a source, not one signed here.
        const quoted = REPORTING_AFTER.test(doc.text.slice(end, end + 24));
        // "The Senate on Wednesday approved an agreement with …": the chamber's approval is its ratification.
        const approved = approvals.some((verbEnd) => verbEnd <= start && APPROVED_OBJECT.test(doc.text.slice(verbEnd, start)));
        const cued = approved ? 'ratified' : f.status ?? (quoted ? 'unknown' : statusNear(statusCues, start - sentence.start, end - start));
        // "Argentina and Chile sign agreement on …": a headline's present tense reports the signing done.
        const ownStatus = cued === 'unknown' && sentence.index === headline && HEADLINE_SIGNING_BEFORE.test(doc.text.slice(sentence.start, start)) ? 'signed' : cued;
        const status = ownStatus !== 'unknown' || quoted ? ownStatus : carried.statusFor(f.kind, !isCapitalised(name)) ?? 'unknown';
        carried.said(ownStatus);
        // "The final text - dubbed the Kensington Treaty - …": another name of the instrument just spoken of.
        const named = ALIAS_CUE_BEFORE.test(doc.text.slice(Math.max(sentence.start, start - 30), start))
          ? latestBefore(mentions.filter((m) => m.kind === f.kind), start, doc.sentences[Math.max(0, sentence.index - 3)].start) : undefined;
        if (named) {
          addAlias(named, name, { start, end });
          continue;
        }
        names.noteCountryWords(name, countryMentionsIn(doc, start, end).map((c) => doc.text.slice(c.start, c.end)));
        addOrMerge(mentions, byKind, {
          start, end, mentions: [{ start, end }], name, aliases, kind: f.kind,
          ...(quoted ? { quoted: true } : {}),
          status,
          period: periodFor(doc, start, end),
          parties,
          sentence: sentence.index,
        }, f.anaphoric === true, nameCountries.slice().sort().join(','), names, sentence.aside === 'caption');
      }
      carried.leave(facts);
      const recentStart = doc.sentences[Math.max(0, sentence.index - 3)].start;
      for (const group of facts.groupBackReferences) {
        const recent = mentions.filter((m) => m.mentions.some((s) => s.start >= recentStart && s.start < sentence.start));
        for (const m of recent) if (m.status === 'unknown' || isEarlierStage(m.status, group.status)) m.status = group.status;
        // "signed the two agreements": the group is a mention of the instruments it counts, the last named.
        const lastMentioned = (m: InstrumentMention) => Math.max(...m.mentions.map((s) => s.start).filter((s) => s < sentence.start));
        const held = group.size === undefined ? recent : recent.sort((a, b) => lastMentioned(b) - lastMentioned(a)).slice(0, group.size);
        for (const m of held) m.mentions.push({ start: group.start, end: group.end });
      }
      // "The pact was officially signed by …": the instrument named just before, of the same kind if one was.
      for (const ref of facts.backReferences) {
        const target = latestBefore(mentions.filter((m) => m.kind === ref.kind), sentence.start, recentStart) ?? latestBefore(mentions, sentence.start, recentStart);
        if (!target) continue;
        target.mentions.push({ start: ref.start, end: ref.end });
        carried.said(ref.status);
        if (target.status === 'unknown') target.status = ref.status;
      }
    }
    doc.instruments = mentions;
  },
};
