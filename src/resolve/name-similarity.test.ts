import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  contentWords, foldedName, surnameSkeleton, titleContainedIn, titleSimilarity,
} from './name-similarity.ts';

test('a folded name is lower case, without diacritics or stray punctuation, with single spaces', () => {
  assert.equal(foldedName('  Mevlüt   Çavuşoğlu '), 'mevlut cavusoglu');
  assert.equal(foldedName('Kazakhstan–Azerbaijan (Council)'), 'kazakhstan-azerbaijan council');
  assert.equal(foldedName('People’s Bank'), foldedName("People's Bank"));
});

test('a name in another script keeps its letters when folded', () => {
  assert.equal(foldedName('Касым-Жомарт  Токаев'), 'касым-жомарт токаев');
  assert.notEqual(surnameSkeleton('Токаев'), surnameSkeleton('Назарбаев'));
  assert.notEqual(surnameSkeleton('Токаев'), '');
});

test('the content words of a title leave out its kind and the wording every treaty shares', () => {
  assert.deepEqual(
    contentWords('Memorandum of Understanding on Cooperation in the Field of Renewable Energy'),
    new Set(['renewable', 'energy']),
  );
  assert.deepEqual(contentWords('Joint Statement on Strategic Partnership'), new Set());
});

test('treaty titles about tourism and about education are not similar though all their generic wording is shared', () => {
  const tourism = 'Agreement between the Governments on Cooperation in the Field of Tourism';
  const education = 'Agreement between the Governments on Cooperation in the Field of Education';
  assert.equal(titleSimilarity(tourism, education), 0);
  assert.equal(titleContainedIn(tourism, education, 1), false);
});

test('two wordings of one title are fully similar, whichever is given first', () => {
  const official = 'Memorandum of Understanding on Cooperation in the Field of Renewable Energy';
  const reported = 'MoU on renewable energy cooperation';
  assert.equal(titleSimilarity(official, reported), 1);
  assert.equal(titleSimilarity(reported, official), 1);
});

test('title similarity is the share of content words two titles have in common', () => {
  // {digital, transformation} against {digital, transformation, artificial, intelligence}: 2 of 4.
  assert.equal(titleSimilarity('Roadmap on Digital Transformation', 'Roadmap on Digital Transformation and Artificial Intelligence'), 0.5);
});

test('a title made only of generic words is similar to nothing, not even itself', () => {
  assert.equal(titleSimilarity('Joint Statement', 'Joint Statement'), 0);
  assert.equal(titleContainedIn('Joint Statement', 'Joint Statement'), false);
});

test('a short title is contained in a longer one that has all its content words, in either order of arguments', () => {
  const short = 'Programme on Digital Transformation';
  const long = 'Programme of Cooperation on Digital Transformation and Artificial Intelligence';
  assert.equal(titleContainedIn(short, long), true);
  assert.equal(titleContainedIn(long, short), true);
  assert.equal(titleContainedIn('Programme on Digital Trade', long), false);
});

test('one content word is too few to say that a title is contained in another, unless the caller allows it', () => {
  assert.equal(titleContainedIn('Agreement on Tourism', 'Agreement on Tourism and Sport'), false);
  assert.equal(titleContainedIn('Agreement on Tourism', 'Agreement on Tourism and Sport', 1), true);
});

test('romanisations of one surname share a skeleton', () => {
  const variants: [string, string][] = [
    ['Nurtleu', 'Nurtleuov'],
    ['Tokayev', 'Tokaev'],
    ['Aliyev', 'Aliev'],
    ['Dzhaksybekov', 'Jaksybekov'],
    ['Mirziyoyev', 'Mirziyoev'],
    ['Khodjaev', 'Xojayev'],
    ['Bayramov', 'Bairamov'],
    ['Çavuşoğlu', 'Cavusoglu'],
  ];
  for (const [a, b] of variants) assert.equal(surnameSkeleton(a), surnameSkeleton(b), `${a} / ${b}`);
});

test('unrelated surnames that share a beginning have different skeletons', () => {
  const unrelated: [string, string][] = [
    ['Aliyev', 'Alimov'],
    ['Nazarbayev', 'Nazarov'],
    ['Tokayev', 'Tokmakov'],
    ['Karimov', 'Karaev'],
    ['Asadov', 'Asanov'],
  ];
  for (const [a, b] of unrelated) assert.notEqual(surnameSkeleton(a), surnameSkeleton(b), `${a} / ${b}`);
});

test('a stem too short to identify anyone keeps its ending, so Aliyev and Alizade stay apart', () => {
  assert.notEqual(surnameSkeleton('Aliyev'), surnameSkeleton('Alizade'));
});

test('the feminine form of a surname is another name: Karimova is not Karimov', () => {
  assert.notEqual(surnameSkeleton('Karimova'), surnameSkeleton('Karimov'));
  assert.notEqual(surnameSkeleton('Nazarbayeva'), surnameSkeleton('Nazarbayev'));
});
