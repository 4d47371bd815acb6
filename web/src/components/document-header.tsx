// Where a document comes from: outlet, date and address (linked only when it is a web address).
import type { DocumentReference } from '../api-types.ts';
import { documentLabel, formatDate, webAddress } from '../format.ts';

export function DocumentByline({ document }: { document: DocumentReference }) {
  const address = webAddress(document.source);
  return (
    <p className="row-meta">
      {[document.title ? document.outlet : null, document.published ? formatDate(document.published) : 'publication date unknown'].filter(Boolean).join(' · ')}
      {address && (
        <>
          {' · '}
          <a href={address} target="_blank" rel="noopener noreferrer">
            original
          </a>
        </>
      )}
    </p>
  );
}

/** The document's name and byline, as the heading of a panel. */
export function DocumentHeader({ document }: { document: DocumentReference }) {
  return (
    <div className="document-header">
      <h3>{documentLabel(document)}</h3>
      <DocumentByline document={document} />
    </div>
  );
}
