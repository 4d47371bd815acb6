// The columns of a document that a fact's source shows (id, file, source, outlet, title,
// publication date), selected the same way wherever sources are listed.
import { documents } from '../schema.ts';
import type { DocumentReference } from '../store.ts';

export const documentReferenceColumns = {
  id: documents.id,
  file: documents.file,
  source: documents.source,
  outlet: documents.outlet,
  title: documents.title,
  published: documents.published,
};

/** Just the reference, from a row that selected documentReferenceColumns among others. */
export function documentReference(row: DocumentReference): DocumentReference {
  return { id: row.id, file: row.file, source: row.source, outlet: row.outlet, title: row.title, published: row.published };
}
