// One stored article, with a span or a sentence of it highlighted when the address names one.
import type { StoredDocument } from '../api-types.ts';
import { api } from '../api.ts';
import { DocumentByline } from '../components/document-header.tsx';
import { DocumentText, type Highlight } from '../components/document-text.tsx';
import { Panel } from '../components/panel.tsx';
import { LoadedView } from '../components/states.tsx';
import { documentLabel, formatDate, plural } from '../format.ts';
import { Link, paths } from '../routing.tsx';
import { useLoaded } from '../use-loaded.ts';

function highlightOf(start: string | null, end: string | null, sentence: string | null): Highlight {
  const span = start !== null && end !== null ? { start: Number(start), end: Number(end) } : undefined;
  return { ...(span && Number.isInteger(span.start) && Number.isInteger(span.end) ? { span } : {}), ...(sentence ? { sentence } : {}) };
}

function AboutDocument({ document }: { document: StoredDocument }) {
  return (
    <Panel title="About this document">
      <dl className="facts">
        <div className="fact">
          <dt>Facts read</dt>
          <dd>
            {plural(document.entityCount, 'entity', 'entities')}, {plural(document.eventCount, 'event')}
          </dd>
        </div>
        <div className="fact">
          <dt>Stored</dt>
          <dd>{formatDate(document.ingestedAt.slice(0, 10))}</dd>
        </div>
        {document.file && (
          <div className="fact">
            <dt>File</dt>
            <dd className="break">{document.file}</dd>
          </div>
        )}
        <div className="fact">
          <dt>Language</dt>
          <dd>{document.language}</dd>
        </div>
      </dl>
      {document.storyDocuments.length > 0 && (
        <>
          <h3 className="subheading">Same story elsewhere</h3>
          <ul className="plain-list">
            {document.storyDocuments.map((other) => (
              <li key={other.id}>
                <Link to={paths.document(other.id)}>{documentLabel(other)}</Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </Panel>
  );
}

function DocumentView({ document, highlight }: { document: StoredDocument; highlight: Highlight }) {
  return (
    <>
      <div className="page-heading">
        <div>
          <p className="eyebrow">Document</p>
          <h1 className="page-title">{documentLabel(document)}</h1>
          <DocumentByline document={document} />
        </div>
      </div>
      <div className="two-columns wide-main">
        <Panel title="Text">
          <div className="document-page-text">
            <DocumentText body={document.body} highlight={highlight} />
          </div>
        </Panel>
        <aside className="column-side">
          <AboutDocument document={document} />
        </aside>
      </div>
    </>
  );
}

export function DocumentPage({ id, start, end, sentence }: { id: string; start: string | null; end: string | null; sentence: string | null }) {
  const document = useLoaded(() => api.document(id), [id]);
  return (
    <div className="page">
      <LoadedView loaded={document} what="the document">
        {(data) => <DocumentView document={data} highlight={highlightOf(start, end, sentence)} />}
      </LoadedView>
    </div>
  );
}
