// A filter over a set of words by their first character and length: a word of running text
// whose first character and length no word of the set shares is certainly not in it, found
// with one table read instead of a look-up that hashes the word. Words that begin beyond ASCII
// or run long are never turned away.

const MAX_LENGTH = 32;

export class WordShapeFilter {
  /** One flag for each ASCII first character and length under MAX_LENGTH. */
  private readonly shapes = new Uint8Array(128 * MAX_LENGTH);

  constructor(words: Iterable<string> = []) {
    for (const word of words) this.add(word);
  }

  add(word: string): void {
    const first = word.charCodeAt(0);
    if (first < 128 && word.length < MAX_LENGTH) this.shapes[first * MAX_LENGTH + word.length] = 1;
  }

  /** False when the word is certainly not in the set; true when it may be. */
  mayContain(word: string): boolean {
    const first = word.charCodeAt(0);
    if (!(first < 128) || word.length >= MAX_LENGTH) return true;
    return this.shapes[first * MAX_LENGTH + word.length] === 1;
  }
}
