// The layers each stage declares (src/extract/stage.ts) against the pipeline's order and what
// the stages do on the bundled articles and those written for the tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { expandInputs, readInput } from '../read/read-inputs.ts';
import type { Article } from '../read/article.ts';
import { type AnnotatedDocument, createAnnotatedDocument } from './annotated-document.ts';
import { STAGES } from './pipeline.ts';
import { INITIAL_LAYERS, type Layer, type Stage } from './stage.ts';
import { ARTICLE_FOLDERS } from '../../test/support/synthetic-articles.ts';

async function testArticles(): Promise<Article[]> {
  return (await Promise.all((await expandInputs([...ARTICLE_FOLDERS])).map((file) => readInput(file)))).flat();
}

/** Runs a stage on the document, noting each layer it reads (or adds to in place) and each it sets. */
function runWatched(stage: Stage, doc: AnnotatedDocument): { read: Set<string>; set: Set<string> } {
  const read = new Set<string>();
  const set = new Set<string>();
  const watched = new Proxy(doc, {
    get(target, layer, receiver) {
      if (typeof layer === 'string') read.add(layer);
      return Reflect.get(target, layer, receiver);
    },
    set(target, layer, value, receiver) {
      if (typeof layer === 'string') set.add(layer);
      return Reflect.set(target, layer, value, receiver);
    },
  });
  stage.run(watched);
  return { read, set };
}

/** A new document with only the given layers of another, copied. */
function documentWith(from: AnnotatedDocument, layers: readonly Layer[]): AnnotatedDocument {
  const doc = createAnnotatedDocument(from.article);
  for (const layer of layers) Object.assign(doc, { [layer]: structuredClone(from[layer]) });
  return doc;
}

test('every layer a stage requires is made before it runs, by a new document or an earlier stage', () => {
  const made = new Set<Layer>(INITIAL_LAYERS);
  for (const stage of STAGES) {
    for (const layer of stage.requires) assert.ok(made.has(layer), `${stage.name} requires ${layer}, which no stage before it makes`);
    for (const layer of stage.assigns) made.add(layer);
  }
});

test('a stage reads and writes only the layers it declares', async () => {
  for (const article of await testArticles()) {
    const doc = createAnnotatedDocument(article);
    for (const stage of STAGES) {
      const { read, set } = runWatched(stage, doc);
      const declared = new Set<string>([...stage.requires, ...stage.assigns]);
      for (const layer of read) assert.ok(declared.has(layer), `${stage.name} read ${layer} of ${article.file}, which it does not declare`);
      for (const layer of set) assert.ok(stage.assigns.includes(layer as Layer), `${stage.name} set ${layer} of ${article.file}, which it does not assign`);
    }
  }
});

test('a stage run alone on a document holding only the layers it requires makes what it makes in the pipeline', async () => {
  for (const article of await testArticles()) {
    const doc = createAnnotatedDocument(article);
    for (const stage of STAGES) {
      const alone = documentWith(doc, stage.requires);
      stage.run(alone);
      stage.run(doc);
      for (const layer of stage.assigns) {
        assert.deepEqual(alone[layer], doc[layer], `${stage.name} alone made another ${layer} of ${article.file}`);
      }
    }
  }
});
