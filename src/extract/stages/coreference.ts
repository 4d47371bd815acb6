// Stage: within-document coreference of people. Surname-only mentions ("Asadov"), title
// mentions without a name ("the Kazakh minister", "the Azerbaijani leader"), plural titles
// ("the PMs", "both leaders") and a sentence-initial "He"/"She" each get a span that points
// to the person they mean.
import type { AnnotatedDocument, PersonMention, TitleMention } from '../annotated-document.ts';
import type { Stage } from '../stage.ts';
import { contains } from '../annotated-document.ts';
import { documentDyad } from '../countries-in.ts';

const GROUP_WORDS = /\b(?:both|the two)\s+(?:leaders|presidents|ministers|sides' leaders|heads of (?:state|government)|prime ministers|premiers|foreign ministers|counterparts)\b/gi;
const PRONOUN = /^(He|She|They)\b/;
const LEADER_AFTER = /^\s+(?:leader|head of state|head of government|side|delegation|counterpart)\b/i;

function surnameOf(name: string): string {
  const parts = name.replace(/\s+(Jr|Sr)\.?$/i, '').split(' ');
  return parts[parts.length - 1];
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whether a held title answers to a title mention: the same, or a generic noun of it ("the ministers", "the Secretary"). */
function titleAnswers(held: string, mentioned: string): boolean {
  if (held === mentioned) return true;
  return mentioned.split(' ').length === 1 && new RegExp(`(^|\\s)${mentioned}(\\s|$)`).test(held);
}

/** People a title can mean: the same or a more specific title, and the same country when stated. */
function holders(doc: AnnotatedDocument, title: TitleMention): number[] {
  const matches: number[] = [];
  doc.persons.forEach((p, index) => {
    if (p.roles.some((r) => titleAnswers(r.title, title.title)) && (!title.country || !p.country || p.country === title.country)) matches.push(index);
  });
  const sameCountry = matches.filter((i) => title.country && doc.persons[i].country === title.country);
  return sameCountry.length > 0 ? sameCountry : matches;
}

/**
 * Of several people a singular title can mean, the one the report is about: named first
 * ("Secretary Blinken met Foreign Secretary Cleverly … The Secretary highlighted …").
 */
function protagonist(mentions: PersonMention[], people: number[], before: number): number | undefined {
  return mentions.filter((m) => m.end <= before && people.includes(m.person)).sort((a, b) => a.start - b.start)[0]?.person;
}

export const coreferenceStage: Stage = {
  name: 'coreference',
  run(doc) {
    const added: PersonMention[] = [];
    const isTaken = (start: number, end: number) =>
      doc.personMentions.some((m) => m.start < end && start < m.end) || added.some((m) => m.start < end && start < m.end);

    // Surnames, and a leading name used alone ("Xi" for Xi Jinping, "Abiy" for Abiy Ahmed) when no one else bears it.
    const firstNames = doc.persons.map((p) => p.name.split(' ')[0]);
    doc.persons.forEach((person, index) => {
      const surname = surnameOf(person.name);
      const first = firstNames[index];
      const names = [surname, ...(person.name.includes(' ') && firstNames.filter((f) => f === first).length === 1 && first !== surname ? [first] : [])];
      for (const name of names) {
        if (name.length < 2 || !/^[A-Z]/.test(name)) continue;
        for (const m of doc.text.matchAll(new RegExp(`\\b${escape(name)}\\b(?![-'])`, 'g'))) {
          if (!isTaken(m.index, m.index + name.length)) added.push({ start: m.index, end: m.index + name.length, person: index, via: 'surname' });
        }
      }
    });

    const namedTitles = doc.titles.filter((t) => !doc.personMentions.some((m) => m.start >= t.end && m.start - t.end < 40 && doc.sentences.length > 0));
    for (const title of namedTitles) {
      if (isTaken(title.start, title.end)) continue;
      const nextMention = doc.personMentions.find((m) => m.start >= title.end && m.start - title.end <= 30 && !/[.;]/.test(doc.text.slice(title.end, m.start)));
      if (nextMention) continue;
      const people = holders(doc, title);
      if (people.length === 0) continue;
      const meant = title.plural ? people : people.length === 1 ? people : [protagonist([...doc.personMentions, ...added], people, title.start)].filter((p): p is number => p !== undefined);
      // "the Tajik President": the nationality word belongs to the mention.
      const nationality = doc.countries.find((c) => c.end <= title.start && title.start - c.end <= 1);
      for (const person of meant) {
        added.push({ start: nationality?.start ?? title.start, end: title.end, person, via: 'title' });
        // "the Kazakh President" tells the nationality of the one President it can mean.
        if (!title.plural && title.country && !doc.persons[person].country && meant.length === 1 && people.length === 1) doc.persons[person].country = title.country;
      }
    }

    const leaders = doc.persons.map((p, i) => ({ i, level: Math.min(99, ...p.roles.map((r) => levelOf(doc, r.title))) })).sort((a, b) => a.level - b.level);
    // "the Azerbaijani leader", "the Kazakh side": the highest-ranking person of that country.
    for (const country of doc.countries) {
      const after = LEADER_AFTER.exec(doc.text.slice(country.end, country.end + 24));
      if (!after || country.form === 'name') continue;
      const own = leaders.find((l) => doc.persons[l.i].country === country.code);
      if (own) added.push({ start: country.start, end: country.end + after[0].length, person: own.i, via: 'title' });
    }
    for (const m of doc.text.matchAll(GROUP_WORDS)) {
      const top = leaders.slice(0, 2).map((l) => l.i);
      for (const person of top) added.push({ start: m.index, end: m.index + m[0].length, person, via: 'title' });
    }

    for (let s = 1; s < doc.sentences.length; s++) {
      const sentence = doc.sentences[s];
      const m = PRONOUN.exec(doc.text.slice(sentence.start, sentence.end));
      if (!m) continue;
      const previous = doc.sentences[s - 1];
      const inPrevious = [...doc.personMentions, ...added].filter((p) => contains(previous, p));
      const people = [...new Set(inPrevious.map((p) => p.person))];
      // "He"/"She" is the previous sentence's first person; "They" its people when there are
      // several, else the pair the article opened with.
      const meant = m[1] === 'They' ? (people.length >= 2 ? people : openingPair(doc)) : people.length > 0 ? [inPrevious[0].person] : [];
      for (const person of meant) added.push({ start: sentence.start, end: sentence.start + m[0].length, person, via: 'pronoun' });
    }

    doc.personMentions.push(...added);
    doc.personMentions.sort((a, b) => a.start - b.start);
    inferCounterpartCountry(doc);
  },
};

/**
 * A readout names one side's country and not the other's ("Foreign Minister Wang Yi held talks
 * with Brazilian Foreign Minister Mauro Vieira"): when an article is about two countries and a
 * sentence pairs a person of one with a person of unknown country, that person is of the other.
 */
function inferCounterpartCountry(doc: AnnotatedDocument): void {
  const dyad = documentDyad(doc);
  if (dyad.length !== 2) return;
  for (const sentence of doc.sentences) {
    const people = [...new Set(doc.personMentions.filter((m) => contains(sentence, m)).map((m) => m.person))];
    if (people.length !== 2) continue;
    const [a, b] = people.map((i) => doc.persons[i]);
    const known = a.country ? a : b.country ? b : undefined;
    const unknown = known === a ? b : a;
    if (!known || unknown.country || !dyad.includes(known.country!)) continue;
    const sameOffice = unknown.roles.some((r) => known.roles.some((k) => k.title === r.title || r.title.split(' ').pop() === k.title.split(' ').pop()));
    if (!sameOffice && !unknown.roles.some((r) => r.title === 'President' || r.title === 'Prime Minister')) continue;
    unknown.country = dyad.find((c) => c !== known.country);
    for (const role of unknown.roles) role.country ??= unknown.country;
  }
}

/** The first two people named together in one sentence: the sides of the reported contact. */
function openingPair(doc: AnnotatedDocument): number[] {
  for (const sentence of doc.sentences) {
    const people = [...new Set(doc.personMentions.filter((m) => contains(sentence, m)).map((m) => m.person))];
    if (people.length >= 2) return people.slice(0, 2);
  }
  return [];
}

function levelOf(doc: AnnotatedDocument, title: string): number {
  return doc.titles.find((t) => t.title === title)?.level ?? 9;
}
