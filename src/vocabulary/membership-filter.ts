// A Bloom filter over strings: it answers "certainly absent" for most strings outside a set
// from a small bit table, so that a look-up in a map of hundreds of thousands of names (which
// costs several cache misses) is only made for strings that may be in it.

/** Bits per filter (a power of two): 2^21 bits hold 150,000 names with about 2 % false "maybe". */
const BITS = 2 ** 21;

function hashes(text: string): [number, number] {
  // FNV-1a, and a second FNV-1a pass with another offset, over UTF-16 code units.
  let first = 0x811c9dc5;
  let second = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    first = Math.imul(first ^ code, 0x01000193);
    second = Math.imul(second ^ code, 0x5bd1e995);
  }
  return [(first >>> 0) % BITS, (second >>> 0) % BITS];
}

export class MembershipFilter {
  private readonly bits = new Uint32Array(BITS / 32);

  constructor(members: Iterable<string>) {
    for (const member of members) for (const bit of hashes(member)) this.bits[bit >>> 5]! |= 1 << (bit & 31);
  }

  /** False when the string is certainly not a member; true when it may be. */
  mayContain(text: string): boolean {
    const [first, second] = hashes(text);
    return (this.bits[first >>> 5]! & (1 << (first & 31))) !== 0 && (this.bits[second >>> 5]! & (1 << (second & 31))) !== 0;
  }
}
