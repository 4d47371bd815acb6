// Add articles to the knowledge base: drop files or paste text, follow the progress, then see
// what was found in them.
import { useState } from 'react';
import type { IngestReport } from '../../api-types.ts';
import { api, type DocumentList, uploadFiles } from '../../api.ts';
import { Panel } from '../../components/panel.tsx';
import { Failure, LoadedView } from '../../components/states.tsx';
import { documentLabel, formatDate, plural } from '../../format.ts';
import { Link, paths } from '../../routing.tsx';
import { type Loaded, useLoaded } from '../../use-loaded.ts';
import { DropZone } from './drop-zone.tsx';
import type { IngestProgress } from './ingest-progress.ts';
import { IngestResults } from './ingest-results.tsx';
import { type PastedArticle, PasteForm } from './paste-form.tsx';
import { ProgressBar } from './progress-bar.tsx';

function RecentDocuments({ recent }: { recent: Loaded<DocumentList> }) {
  return (
    <LoadedView loaded={recent} what="the stored documents">
      {({ total, documents }) => (
        <>
          <p className="muted">{plural(total, 'document')} in the knowledge base, newest first.</p>
          <ul className="result-list">
            {documents.map((document) => (
              <li key={document.id}>
                <Link to={paths.document(document.id)} className="row-title">
                  {documentLabel(document)}
                </Link>
                <span className="row-meta">
                  {document.published ? formatDate(document.published) : 'date unknown'} · {plural(document.entityCount, 'entity', 'entities')} · {plural(document.eventCount, 'event')}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </LoadedView>
  );
}

export function IngestPage() {
  const [progress, setProgress] = useState<IngestProgress>({ stage: 'idle' });
  const recent = useLoaded(() => api.documents(10), []);
  const busy = progress.stage === 'sending' || progress.stage === 'extracting';

  const run = async (what: string, send: () => Promise<IngestReport>) => {
    setProgress({ stage: 'sending', sent: undefined, what });
    try {
      const report = await send();
      setProgress({ stage: 'done', report });
      recent.reload();
    } catch (error) {
      setProgress({ stage: 'failed', error: error instanceof Error ? error : new Error(String(error)) });
    }
  };

  const upload = (files: File[]) => {
    const what = files.length === 1 ? files[0].name : plural(files.length, 'file');
    void run(what, () =>
      uploadFiles(files, (sent) => setProgress(sent < 1 ? { stage: 'sending', sent, what } : { stage: 'extracting', what })),
    );
  };
  const paste = (article: PastedArticle) => {
    const what = 'the pasted article';
    void run(what, () => {
      setProgress({ stage: 'extracting', what });
      return api.ingestText(article);
    });
  };

  return (
    <div className="page">
      <div className="page-heading">
        <div>
          <h1 className="page-title">Ingest</h1>
          <p className="muted">Add articles: bilat reads them, extracts the facts with their sentences, and stores them. The same text is never stored twice.</p>
        </div>
      </div>
      <div className="two-columns even stretch">
        <Panel title="Upload files">
          <DropZone disabled={busy} onFiles={upload} />
        </Panel>
        <Panel title="Paste text">
          <PasteForm disabled={busy} onSubmit={paste} />
        </Panel>
      </div>
      {progress.stage !== 'idle' && (
        <Panel title="What was found" className="ingest-outcome">
          {(progress.stage === 'sending' || progress.stage === 'extracting') && <ProgressBar progress={progress} />}
          {progress.stage === 'failed' && <Failure error={progress.error} />}
          {progress.stage === 'done' && <IngestResults report={progress.report} />}
        </Panel>
      )}
      <Panel title="Recently stored">
        <RecentDocuments recent={recent} />
      </Panel>
    </div>
  );
}
