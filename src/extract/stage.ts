// A stage reads the annotated document and adds its layer to it. Each says which layers it
// reads (made by the stages before it) and which it makes or adds to, as spaCy's components
// do: the pipeline's order is checked against them, and a stage can be run alone on a
// document that holds only what it requires (src/extract/stage-layers.test.ts).
import type { AnnotatedDocument } from './annotated-document.ts';

export type Layer = keyof AnnotatedDocument;

/** The layers a new document holds before any stage runs (createAnnotatedDocument). */
export const INITIAL_LAYERS: readonly Layer[] = ['article', 'text', 'published'];

export interface Stage {
  name: string;
  /** The layers it reads, including those it then adds to. */
  requires: readonly Layer[];
  /** The layers it makes or adds to. */
  assigns: readonly Layer[];
  run(doc: AnnotatedDocument): void;
}
