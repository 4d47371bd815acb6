// Near-duplicate documents: the same wire story in several outlets, the same official
// readout lightly reworded. MinHash over 5-word shingles estimates how many shingles two
// texts share (Jaccard), and LSH banding turns the signature into a few exact keys, so that
// a store finds candidates with an index lookup instead of comparing every pair.
import { foldText } from '../vocabulary/fold.ts';

/** Words per shingle: long enough that shared shingles mean shared sentences, not shared phrases ("the two sides discussed"). */
export const SHINGLE_WORDS = 5;

/**
 * Estimated Jaccard similarity from which two texts are the same story. If a fraction f of
 * each text's shingles is replaced, J = (1 − f) / (1 + f), so 0.5 means up to a third of
 * each text rewritten: a new headline and lead, or a few reworded sentences, stay above it.
 * Different articles of the genre, even on the same pair and occasion, share a few stock
 * phrases and fall far below (every pair of the development corpus is under 0.1).
 */
export const NEAR_DUPLICATE_THRESHOLD = 0.5;

/*
 * Banding: the signature's BANDS × ROWS_PER_BAND minima cut into bands; two texts are
 * candidates when any band is equal. Each minimum agrees with probability J, so
 *   P(candidate) = 1 − (1 − J^r)^b,  with b = 40, r = 3:
 *   J = 0.7 → 1.000   J = 0.5 → 0.995   J = 0.3 → 0.67   J = 0.1 → 0.039   J = 0.05 → 0.005
 * and the S-curve's steepest point is near (1/b)^(1/r) ≈ 0.29, below the threshold: a missed
 * duplicate costs a story counted twice, a spurious candidate only one signature comparison.
 */
const BANDS = 40;
const ROWS_PER_BAND = 3;
const SIGNATURE_LENGTH = BANDS * ROWS_PER_BAND;
const BYTES_PER_HASH = 4;
const SIGNATURE_BYTES = SIGNATURE_LENGTH * BYTES_PER_HASH;
/** 12 bytes a band, a multiple of 3, so each band is exactly 16 base64 characters of the fingerprint. */
const CHARACTERS_PER_BAND = (ROWS_PER_BAND * BYTES_PER_HASH * 4) / 3;
const FINGERPRINT_CHARACTERS = BANDS * CHARACTERS_PER_BAND;
const FINGERPRINT_PATTERN = new RegExp(`^[A-Za-z0-9_-]{${FINGERPRINT_CHARACTERS}}$`);
const EMPTY_MINIMUM = 0xffffffff;
/** The fingerprint of a text without words: every minimum still at its start. */
const EMPTY_FINGERPRINT: Fingerprint = Buffer.alloc(SIGNATURE_BYTES, 0xff).toString('base64url');
/** Fixed, so that fingerprints made by any process, on any machine, in any year, compare. */
const HASH_FAMILY_SEED = 0x62696c61;

/**
 * A MinHash signature as base64url text (640 characters): 120 unsigned 32-bit minima,
 * big-endian. Serialisable as is; compare only fingerprints made by this module's parameters.
 */
export type Fingerprint = string;

/** mulberry32, to draw the hash family's seeds from one fixed number. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}

const HASH_SEEDS: Uint32Array = (() => {
  const next = seededRandom(HASH_FAMILY_SEED);
  return Uint32Array.from({ length: SIGNATURE_LENGTH }, next);
})();

/** MurmurHash3's finaliser: a bijection on 32 bits in which every input bit moves every output bit. */
function mix32(value: number): number {
  let h = value;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** FNV-1a over UTF-16 code units, then mixed: one 32-bit hash per shingle. */
function hashShingle(shingle: string): number {
  let h = 0x811c9dc5;
  for (let index = 0; index < shingle.length; index++) {
    h ^= shingle.charCodeAt(index);
    h = Math.imul(h, 0x01000193);
  }
  return mix32(h);
}

/** The text's words folded (case, diacritics, typographic punctuation), punctuation itself dropped. */
function foldedWords(text: string): string[] {
  return foldText(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * The text's shingles: every run of SHINGLE_WORDS consecutive folded words, joined by a space.
 * A text of fewer words is one shingle of all of them; a text without words has none.
 */
export function wordShingles(text: string): Set<string> {
  const words = foldedWords(text);
  if (words.length === 0) return new Set();
  if (words.length < SHINGLE_WORDS) return new Set([words.join(' ')]);
  const shingles = new Set<string>();
  for (let start = 0; start + SHINGLE_WORDS <= words.length; start++) shingles.add(words.slice(start, start + SHINGLE_WORDS).join(' '));
  return shingles;
}

function minHashSignature(shingles: ReadonlySet<string>): Uint32Array {
  const signature = new Uint32Array(SIGNATURE_LENGTH).fill(EMPTY_MINIMUM);
  for (const shingle of shingles) {
    const shingleHash = hashShingle(shingle);
    // Each seeded mix is one member of the hash family: a pseudo-random order of all shingles.
    for (let index = 0; index < SIGNATURE_LENGTH; index++) {
      const value = mix32(shingleHash ^ HASH_SEEDS[index]);
      if (value < signature[index]) signature[index] = value;
    }
  }
  return signature;
}

export function documentFingerprint(text: string): Fingerprint {
  const signature = minHashSignature(wordShingles(text));
  const bytes = Buffer.alloc(SIGNATURE_BYTES);
  signature.forEach((value, index) => bytes.writeUInt32BE(value, index * BYTES_PER_HASH));
  return bytes.toString('base64url');
}

/** Checks the fingerprint's form; its bytes are decoded only to compare minima. */
function checkFingerprint(fingerprint: Fingerprint): void {
  if (!FINGERPRINT_PATTERN.test(fingerprint)) {
    throw new Error(
      `not a near-duplicate fingerprint: expected ${FINGERPRINT_CHARACTERS} base64url characters made by documentFingerprint, ` +
        `got ${fingerprint.length} characters starting "${fingerprint.slice(0, 16)}"; recompute it from the document's text`,
    );
  }
}

/**
 * One key per band ("07:" and the band's 16 fingerprint characters): two texts are
 * near-duplicate candidates when they share any key. A text without words has none, since
 * there is nothing in it to match.
 */
export function bandKeys(fingerprint: Fingerprint): string[] {
  checkFingerprint(fingerprint);
  if (fingerprint === EMPTY_FINGERPRINT) return [];
  return Array.from({ length: BANDS }, (_, band) => {
    const start = band * CHARACTERS_PER_BAND;
    return `${String(band).padStart(2, '0')}:${fingerprint.slice(start, start + CHARACTERS_PER_BAND)}`;
  });
}

/** A fingerprint's minima, decoded once for comparing it with many others; undefined for a text without words. */
export function fingerprintMinima(fingerprint: Fingerprint): Uint32Array | undefined {
  checkFingerprint(fingerprint);
  if (fingerprint === EMPTY_FINGERPRINT) return undefined;
  const bytes = Buffer.from(fingerprint, 'base64url');
  return Uint32Array.from({ length: SIGNATURE_LENGTH }, (_, index) => bytes.readUInt32BE(index * BYTES_PER_HASH));
}

/** The share of equal minima: an estimate of the shingles' Jaccard similarity (standard error ≤ 0.046). 0 when either text has no words. */
export function minimaSimilarity(a: Uint32Array | undefined, b: Uint32Array | undefined): number {
  if (!a || !b) return 0;
  let equal = 0;
  for (let index = 0; index < SIGNATURE_LENGTH; index++) if (a[index] === b[index]) equal++;
  return equal / SIGNATURE_LENGTH;
}

/** minimaSimilarity of two fingerprints. */
export function estimatedSimilarity(a: Fingerprint, b: Fingerprint): number {
  return minimaSimilarity(fingerprintMinima(a), fingerprintMinima(b));
}
