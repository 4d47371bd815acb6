import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { foldToken } from './fold.ts';
import { PhraseMatcher, tokenize, tokenizeAlong, type Token } from './phrase-matcher.ts';

function found(matcher: PhraseMatcher<string>, text: string): string[] {
  return matcher.findAll(tokenize(text)).map((match) => `${text.slice(match.start, match.end)}=${match.value}`);
}

describe('tokenize', () => {
  it('splits words and single punctuation characters with their offsets', () => {
    const tokens = tokenize('Kazakhstan’s U.S.-made');
    assert.deepEqual(
      tokens.map((token) => [token.text, token.start]),
      [['Kazakhstan', 0], ['’', 10], ['s', 11], ['U', 13], ['.', 14], ['S', 15], ['.', 16], ['-', 17], ['made', 18]],
    );
    assert.equal(tokens[1]?.folded, "'");
  });
});

/** Tokens as another tokeniser might cut a text: its runs of non-space characters, each cut again at the given places. */
function wordsCutAt(text: string, cuts: readonly number[]): Token[] {
  const words: Token[] = [];
  for (const m of text.matchAll(/\S+/g)) {
    let start = m.index;
    const end = m.index + m[0].length;
    for (const cut of cuts.filter((c) => c > start && c < end)) {
      words.push({ start, end: cut, text: text.slice(start, cut), folded: foldToken(text.slice(start, cut)) });
      start = cut;
    }
    words.push({ start, end, text: text.slice(start, end), folded: foldToken(text.slice(start, end)) });
  }
  return words;
}

describe('tokenizeAlong', () => {
  it('takes the whole words of the other tokeniser and reads punctuation and split words itself', () => {
    const text = 'Minister Dragić said: "don\'t" U.S.';
    // As a tagger cuts it: "Dragić" whole, "don't" as "do" + "n't", "U.S." whole, the colon apart.
    const words = wordsCutAt(text, [text.indexOf(':'), text.indexOf("n't")]);
    const tokens = tokenizeAlong(text, words);
    assert.deepEqual(
      tokens.map((token) => [token.text, token.start, token.folded]),
      [['Minister', 0, 'minister'], ['Dragić', 9, 'dragic'], ['said', 16, 'said'], [':', 20, ':'], ['"', 22, '"'], ['don', 23, 'don'], ["'", 26, "'"], ['t', 27, 't'], ['"', 28, '"'], ['U', 30, 'u'], ['.', 31, '.'], ['S', 32, 's'], ['.', 33, '.']],
    );
    assert.equal(tokens[0], words[0]);
    assert.notEqual(tokens[1], words[1]);
  });

  it('gives what tokenize gives, however the known words cut the text', () => {
    const pieces = ['Ana', 'Lula', 'da', 'Silva', 'U.S.', "O'Neil", 'Žagar', '2024', 'co-chair', '—', '“', '’s', ',', '𝐀', '\u0301', ' ', ' ', '\n', '\u00a0'];
    // The known words are cut where pieces meet, where a tagger's cuts and tokenize's disagree.
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 24 }), fc.array(fc.nat({ max: 24 }), { maxLength: 8 }), (parts, cutBefore) => {
      const text = parts.join('');
      const cuts = [...new Set(cutBefore)].filter((k) => k < parts.length).sort((a, b) => a - b).map((k) => parts.slice(0, k).join('').length);
      assert.deepEqual(tokenizeAlong(text, wordsCutAt(text, cuts)), tokenize(text));
    }), { numRuns: 500 });
  });
});

describe('PhraseMatcher', () => {
  it('prefers the longest phrase that starts at a token', () => {
    const matcher = new PhraseMatcher<string>();
    matcher.add('Korea', 'short');
    matcher.add('South Korea', 'long');
    assert.deepEqual(found(matcher, 'South Korea and Korea'), ['South Korea=long', 'Korea=short']);
  });

  it('asks capitalised words to be capitalised and acronyms to be in capitals', () => {
    const matcher = new PhraseMatcher<string>();
    matcher.add('Turkey', 'country');
    matcher.add('US', 'country');
    assert.deepEqual(found(matcher, 'turkey for us, Turkey and the US, Us'), ['Turkey=country', 'US=country']);
  });

  it('lets mixed-case acronyms match as written or in capitals only', () => {
    const matcher = new PhraseMatcher<string>();
    matcher.add('IsDB', 'bank');
    assert.deepEqual(found(matcher, 'IsDB, ISDB, Isdb'), ['IsDB=bank', 'ISDB=bank']);
  });

  it('ignores the case of words but not of acronyms when told to', () => {
    const matcher = new PhraseMatcher<string>({ ignoreWordCase: true });
    matcher.add('Prime Minister', 'title');
    matcher.add('PM', 'title');
    assert.deepEqual(found(matcher, 'the prime minister at 5 pm, the PM'), ['prime minister=title', 'PM=title']);
  });

  it('tries the stricter of two phrases that fold alike first', () => {
    const matcher = new PhraseMatcher<string>();
    matcher.add('Guam', 'territory');
    matcher.add('GUAM', 'organisation');
    assert.deepEqual(found(matcher, 'GUAM met in Guam'), ['GUAM=organisation', 'Guam=territory']);
  });

  it('lets a phrase start at a lower-case word only when its first word is written without capitals, or case is ignored', () => {
    const matcher = new PhraseMatcher<string>();
    matcher.add('Bahamas', 'country');
    matcher.add('the Gambia', 'country');
    matcher.add('iPhone', 'product');
    matcher.add('Korea', 'country', { ignoreWordCase: true });
    assert.deepEqual(found(matcher, 'bahamas, the Gambia, iPhone, iphone, korea'), ['the Gambia=country', 'iPhone=product', 'korea=country']);
    assert.equal(matcher.matchAt(tokenize('Korea'), 1), undefined);
  });

  it('falls back to a shorter phrase when the longer one does not fit the capitals', () => {
    const matcher = new PhraseMatcher<string>();
    matcher.add('Black Sea', 'sea');
    matcher.add('Black', 'word');
    assert.deepEqual(found(matcher, 'Black sea'), ['Black=word']);
  });
});
