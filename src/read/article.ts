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

/**
 * The longest article text read, in characters: a long report is a few hundred thousand.
 * Extraction's time and memory grow with the text (19 MB took 73 s and 1.5 GB).
 */
export const MAX_ARTICLE_CHARACTERS = 2_000_000;

/** Why an article of `characters` is not read; `where` says which part was counted, if not all. */
export function articleTooLongReason(characters: number, where = ''): string {
  const count = (value: number) => `${(value / 1_000_000).toLocaleString('en', { maximumFractionDigits: 1 })} million`;
  return `${count(characters)} characters of text${where ? ` ${where}` : ''}, over the limit of ${count(MAX_ARTICLE_CHARACTERS)} for one article: split it into articles`;
}

/** What the person who gave an input said about it, laid over what the input itself says. */
export interface GivenMetadata {
  title?: string;
  outlet?: string;
  source?: string;
  published?: string;
}

export function withGivenMetadata(article: Article, given: GivenMetadata | undefined): Article {
  if (!given) return article;
  return {
    ...article,
    ...(given.title ? { title: given.title } : {}),
    ...(given.outlet ? { outlet: given.outlet } : {}),
    ...(given.source ? { source: given.source } : {}),
    ...(given.published ? { published: given.published } : {}),
  };
}
