// A stage reads the annotated document and adds its layer to it.
import type { AnnotatedDocument } from './annotated-document.ts';

export interface Stage {
  name: string;
  run(doc: AnnotatedDocument): void;
}
