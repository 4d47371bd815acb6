// The status cues of data/instruments.yaml and data/initiatives.yaml ("signed", "under
// construction"): every place each cue occurs in a sentence, found once per sentence however
// many instruments or projects the sentence names.
import { CueSet } from './cue-matching.ts';
import { phraseSource } from './pattern-source.ts';

export interface StatusCueList<S extends string> {
  status: S;
  words: string[];
}

export interface StatusCueMatch<S extends string> {
  status: S;
  /** Position of the cue's list in the data file: earlier lists rank first. */
  rank: number;
  index: number;
  length: number;
}

/** "negotiations on March 10", "talks on Monday": a cue whose "on" introduces a day, not the topic it is the status of. */
const ENDS_WITH_ON = /\son$/i;
const DATE_AFTER = /^\s+(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\b)/i;

export class StatusCues<S extends string> {
  private readonly cues: { status: S; rank: number }[];
  private readonly set: CueSet;

  constructor(lists: readonly StatusCueList<S>[]) {
    this.cues = lists.flatMap(({ status, words }, rank) => words.map(() => ({ status, rank })));
    this.set = new CueSet(lists.flatMap(({ words }) => words.map(phraseSource)), '\\b');
  }

  /** The cues of a text, to be found if they are asked for. */
  of(text: string): StatusCuesOfText<S> {
    return new StatusCuesOfText(this, text);
  }

  /** Every match of every cue, cue by cue in the order of the data file, each cue's matches left to right. */
  matchesIn(text: string): StatusCueMatch<S>[] {
    return this.set
      .matchAll(text)
      .filter((m) => !(ENDS_WITH_ON.test(m.text) && DATE_AFTER.test(text.slice(m.index + m.text.length, m.index + m.text.length + 12))))
      .map((m) => {
        const { status, rank } = this.cues[m.cue]!;
        return { status, rank, index: m.index, length: m.text.length };
      });
  }
}

/** The status cues of one text, found when first asked for: most sentences name nothing whose status is read. */
export class StatusCuesOfText<S extends string> {
  private found: StatusCueMatch<S>[] | undefined;

  constructor(private readonly cues: StatusCues<S>, readonly text: string) {}

  get matches(): readonly StatusCueMatch<S>[] {
    return (this.found ??= this.cues.matchesIn(this.text));
  }
}
