// Stage: people and their roles. Names are read from proper-noun patterns anchored on
// titles ("Foreign Minister Jeyhun Bayramov"), appositions ("Erlan Akkenzhenov, Minister of
// Energy of Kazakhstan"), coordinated names after a plural title ("Presidents Ilham Aliyev
// and Kassym-Jomart Tokayev"), honorifics, and reporting verbs ("said Vikram Misri").
// Nationality comes from the titles stage (possessives, demonyms, "of <country>" around the title),
// from a side whose members a sentence lists, and from the other side of a bilateral article.
// Each sentence's findings are read in findings.ts, given counterparts and sides, then added to
// the document's people (registry.ts).
import type { Stage } from '../../stage.ts';
import { claimedTokens } from './names.ts';
import { findPeopleInSentence } from './findings.ts';
import { addCounterparts, inferOtherSide } from './counterparts.ts';
import { addSideCountries } from './listed-sides.ts';
import { addPerson } from './registry.ts';

export const peopleStage: Stage = {
  name: 'people',
  requires: ['article', 'text', 'sentences', 'tokens', 'countries', 'organizations', 'places', 'outletCountry', 'titles'],
  assigns: ['persons', 'personMentions'],
  run(doc) {
    const claimed = claimedTokens(doc);
    for (const sentence of doc.sentences) {
      const findings = findPeopleInSentence(doc, sentence, claimed);
      addCounterparts(doc, sentence, claimed, findings);
      addSideCountries(doc, sentence, findings);
      for (const f of findings) addPerson(doc, f);
    }
    inferOtherSide(doc);
  },
};
