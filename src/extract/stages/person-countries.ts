// Stage: the country of people whose own mention does not state it, from the sentences that
// pair them with someone of known country. A readout names one side's country and not the
// other's ("Foreign Minister Wang Yi held talks with Brazilian Foreign Minister Mauro Vieira"):
// in an article about two countries, that person is of the other side. A country the person
// is said to travel to is never theirs ("President A left for Kenya").
import type { AnnotatedDocument } from '../annotated-document.ts';
import type { Stage } from '../stage.ts';
import { sentenceAt } from '../annotated-document.ts';
import { documentDyad } from '../countries-in.ts';
import { travelDestinations } from '../travel-destinations.ts';

/** The people each sentence names, each once, in text order. */
function peopleBySentence(doc: AnnotatedDocument): number[][] {
  const bySentence: number[][] = doc.sentences.map(() => []);
  const mentions = [...doc.personMentions].sort((a, b) => a.start - b.start);
  for (const m of mentions) {
    const people = bySentence[sentenceAt(doc, m.start)];
    if (!people.includes(m.person)) people.push(m.person);
  }
  return bySentence;
}

/** Whether two people hold offices that face each other across a border: the same office, or a President or Prime Minister met. */
function facingOffices(doc: AnnotatedDocument, known: number, unknown: number): boolean {
  const knownRoles = doc.persons[known].roles;
  const unknownRoles = doc.persons[unknown].roles;
  const sameOffice = unknownRoles.some((r) => knownRoles.some((k) => k.title === r.title || r.title.split(' ').pop() === k.title.split(' ').pop()));
  return sameOffice || unknownRoles.some((r) => r.title === 'President' || r.title === 'Prime Minister');
}

function inferCounterpartCountry(doc: AnnotatedDocument, destinations: ReadonlyMap<number, ReadonlySet<string>>): void {
  const dyad = documentDyad(doc);
  if (dyad.length !== 2) return;
  for (const people of peopleBySentence(doc)) {
    if (people.length !== 2) continue;
    const [a, b] = people;
    const known = doc.persons[a].country ? a : doc.persons[b].country ? b : undefined;
    if (known === undefined) continue;
    const unknown = known === a ? b : a;
    const knownCountry = doc.persons[known].country!;
    const person = doc.persons[unknown];
    if (person.country || !dyad.includes(knownCountry) || !facingOffices(doc, known, unknown)) continue;
    const other = dyad.find((c) => c !== knownCountry)!;
    if (destinations.get(unknown)?.has(other)) continue;
    person.country = other;
    for (const role of person.roles) role.country ??= other;
  }
}

export const personCountriesStage: Stage = {
  name: 'person-countries',
  requires: ['text', 'sentences', 'tokens', 'countries', 'places', 'persons', 'personMentions'],
  assigns: ['persons'],
  run(doc) {
    inferCounterpartCountry(doc, travelDestinations(doc));
  },
};
