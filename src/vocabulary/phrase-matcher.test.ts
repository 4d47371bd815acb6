import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PhraseMatcher, tokenize } from './phrase-matcher.ts';

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
