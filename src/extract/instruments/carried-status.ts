// The status an instrument takes from the sentences before its own when its sentence has no
// status word: the lead-in of a list ("The following documents were signed:") gives it to each
// listed title, a restated group ("The five agreements are …") to the titles it names, an
// introduction ("signed a declaration") to the description that follows ("the bilateral
// declaration"), and "the agreements covered X and Y" the status last said of an instrument.
// (A back-reference with a status word, "The pact was signed by …", is applied by the stage.)
import type { InstrumentKind, InstrumentStatus } from '../../record/schema.ts';

/** What the instruments stage read in one sentence that can speak of instruments named elsewhere. */
export interface SentenceStatusFacts {
  index: number;
  /** Statuses said of its group nouns ("agreements were signed"); 'unknown' for a group noun with no status word. */
  groups: InstrumentStatus[];
  /** "the agreements covered …": a group noun after "the" with no status word, about instruments just spoken of. */
  definiteGroup: boolean;
  /** How it reads as an item of a list: marked by a bullet or "These were …", or opening with a title. */
  listItem?: 'marked' | 'title first';
  /** "… the following agreements:": only after such a lead-in is a sentence that opens with a title an item. */
  endsWithColon: boolean;
  /** Whether it is only a list number ("1."), which neither opens nor closes a list. */
  marker: boolean;
  /** "signed a declaration": a head with no name, introduced with a status. */
  introduced: { kind: InstrumentKind; status: InstrumentStatus }[];
}

/** How far back a restated group ("The agreements are …") or a description looks for its status. */
const SENTENCES_BACK = 3;

export class CarriedStatus {
  private lead?: { status: InstrumentStatus; sentence: number; colon: boolean };
  /** The last sentence that opened or went on with a list. */
  private listAt = -1;
  private introduced: { kind: InstrumentKind; status: InstrumentStatus; sentence: number }[] = [];
  private forTitles?: InstrumentStatus;
  /** The last status said of any instrument, and in which sentence. */
  private lastSaid?: { status: InstrumentStatus; sentence: number };
  private current = -1;

  /** Reads a sentence before its instruments take their status. */
  enter(facts: SentenceStatusFacts): void {
    this.current = facts.index;
    this.forTitles = undefined;
    if (facts.marker) {
      if (this.listAt === facts.index - 1) this.listAt = facts.index;
      return;
    }
    const said = facts.groups.find((s) => s !== 'unknown');
    const recentLead = this.lead && facts.index - this.lead.sentence <= SENTENCES_BACK ? this.lead : undefined;
    if (said) {
      this.lead = { status: said, sentence: facts.index, colon: facts.endsWithColon };
      this.forTitles = said;
      this.listAt = facts.index;
    } else if (facts.groups.length > 0 && recentLead) {
      // "The documents are listed below:" restates the group the sentence before said was signed.
      this.lead = { status: recentLead.status, sentence: facts.index, colon: facts.endsWithColon };
      this.forTitles = recentLead.status;
      this.listAt = facts.index;
    } else if (facts.definiteGroup && this.lastSaid && facts.index - this.lastSaid.sentence <= SENTENCES_BACK) {
      // "The pact was signed … Besides the pact, the agreements covered X and Y": the agreements of the same occasion.
      this.forTitles = this.lastSaid.status;
    } else if (this.lead && this.listAt === facts.index - 1 && (facts.listItem === 'marked' || (facts.listItem === 'title first' && this.lead.colon))) {
      this.forTitles = this.lead.status;
      this.listAt = facts.index;
    }
    this.introduced = this.introduced.filter((i) => facts.index - i.sentence <= SENTENCES_BACK);
  }

  /** The status of an instrument of this sentence that has none of its own, if one is carried to it. */
  statusFor(kind: InstrumentKind, described: boolean): InstrumentStatus | undefined {
    if (this.forTitles) return this.forTitles;
    if (!described) return undefined;
    return this.introduced.filter((i) => i.kind === kind && i.sentence < this.current).at(-1)?.status;
  }

  /** Notes a status said of an instrument in the current sentence. */
  said(status: InstrumentStatus): void {
    if (status !== 'unknown') this.lastSaid = { status, sentence: this.current };
  }

  /** Keeps what a sentence introduced, for the descriptions after it. */
  leave(facts: SentenceStatusFacts): void {
    for (const i of facts.introduced) this.introduced.push({ ...i, sentence: facts.index });
  }
}
