// What every reader produces: one article's body text and what is known about it.

export interface Article {
  /** The input it was read from: a path, "-" for standard input, "path#N" for a feed's Nth item. */
  file: string;
  /** The header's or page's address. */
  source?: string;
  outlet?: string;
  title?: string;
  /** YYYY-MM-DD, or null when the input states none (or states "unknown"). */
  published: string | null;
  /** BCP 47 primary language tag; "en" unless the input says otherwise. */
  language: string;
  /** The text every span points into. */
  body: string;
}

/** A reason an input could not be read, phrased for the person who gave it. */
export class InputError extends Error {
  constructor(
    readonly input: string,
    readonly reason: string,
  ) {
    super(`${input}: ${reason}`);
    this.name = 'InputError';
  }
}
