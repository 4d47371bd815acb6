import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CueAlternation, CueAlternations, CueSet, CueText } from './cue-matching.ts';

// The oracle is the plain RegExp each class stands in for: the same sources, flags "gi".
function regExpAlternation(sources: string[], tail: string, text: string): [number, string][] {
  const pattern = new RegExp(`\\b(?:${sources.map((s) => `(?:${s})`).join('|')})${tail}`, 'gi');
  return [...text.matchAll(pattern)].map((m) => [m.index, m[0]]);
}

function regExpEachCue(sources: string[], tail: string, text: string): [number, string, number][] {
  return sources.flatMap((source, cue) =>
    [...text.matchAll(new RegExp(`\\b(?:${source})${tail}`, 'gi'))].map((m): [number, string, number] => [m.index, m[0], cue]));
}

const SOURCES = ['sign(?:ed|ing)?', 'signatory', 'memorand(?:um|a)\\s+of\\s+understanding', 'memo', 'talks?', 'held\\s+talks', 'a?greed', '2030\\s+agenda'];
const TEXTS = [
  'The sides signed a Memorandum of Understanding and held talks on the 2030 Agenda.',
  'A memo, then signatory states; SIGNING ceremonies; they agreed and greed.',
  'cosigned, talkshow, talk-show, "talks", Talks—held   talks',
  'Déjà signé: signed in Baku (signing) [talk] …memorandum of understanding',
  'SiGnEd a MEMORANDUM OF UNDERSTANDING; tALKS HELD, the 2030 AGENDA_x and AGREED.',
  '',
];

describe('CueAlternation', () => {
  it('finds what the RegExp alternation of its cues finds, at the same places', () => {
    const cues = new CueAlternation(SOURCES, '\\b');
    for (const text of TEXTS) {
      assert.deepEqual(cues.matchAll(text).map((m) => [m.index, m.text]), regExpAlternation(SOURCES, '\\b', text), text);
    }
  });

  it('tells the first match and whether there is any, from a prepared text as from a string', () => {
    const cues = new CueAlternation(SOURCES, '\\b');
    const text = new CueText('Nothing here, then they held talks.');
    assert.equal(cues.first(text)?.text, 'held talks');
    assert.equal(cues.test(text), true);
    assert.equal(cues.test('nothing at all'), false);
  });

  it('refuses a cue that does not start with a letter or digit', () => {
    assert.throws(() => new CueAlternation(['-based']), /must begin with a letter or digit/);
  });
});

describe('cues of plain words', () => {
  // The shapes the data files' phrases take, read by comparing characters rather than by their RegExps.
  const PLAIN = ['held\\s+talks', 'infrastructure(?:s|es)?\\b', 'technolog\\w*', 'people-to-people(?:s|es)?\\b', 'peace\\s+and\\s+stability', 'U\\.S\\.', 'tête-à-tête', 'e-'];
  const PLAIN_TEXTS = [
    'Held\u00a0talks, held\n\ttalks, heldtalks, held talksmen; HELD\u3000TALKS.',
    'Infrastructures, infrastructurees, INFRASTRUCTUREES_x, infrastructure2, infrastructures-led, infrastructure.',
    'technologies, Technolog\u00e9, TECHNOLOG_Y, technolog-, people-to-peoples people-to-people- people-to-peoplees',
    'peace and  stability, peace\u2003and stability, U.S. and u.s.a, Tête-à-tête, e-government, e-',
  ];

  it('are read as their RegExps read them, with their plurals, stems, spaces and boundaries', () => {
    for (const tail of ['', '\\b']) {
      const cues = new CueSet(PLAIN, tail);
      for (const text of PLAIN_TEXTS) {
        assert.deepEqual(cues.matchAll(text).map((m) => [m.index, m.text, m.cue]), regExpEachCue(PLAIN, tail, text), text);
      }
    }
  });
});

describe('CueSet', () => {
  it('finds every match of every cue, as each cue read on its own would', () => {
    const cues = new CueSet(SOURCES, '\\b');
    for (const text of TEXTS) {
      assert.deepEqual(cues.matchAll(text).map((m) => [m.index, m.text, m.cue]), regExpEachCue(SOURCES, '\\b', text), text);
    }
  });
});

describe('CueAlternations', () => {
  it('finds in one walk what each list read as its own alternation finds', () => {
    const lists = [
      { sources: SOURCES, tail: '\\b' },
      { sources: ['talks?', 'sign', 'memorandum', 'held'], tail: '' },
      { sources: [], tail: '\\b' },
      { sources: ['2030', 'agenda', 'a?greed'], tail: '\\b' },
    ];
    const together = new CueAlternations(lists);
    for (const text of TEXTS) {
      const words = new CueText(text);
      assert.deepEqual(together.matchAll(words), lists.map(({ sources, tail }) => new CueAlternation(sources, tail).matchAll(words)), text);
    }
  });
});
