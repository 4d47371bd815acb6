// One entity: its fields, every sentence that mentions it (grouped by document), its events,
// and beside them the article of the chosen sentence with that sentence highlighted.
import type { EntityPage as EntityPageData, SourceSentence } from '../../api-types.ts';
import { api } from '../../api.ts';
import { DocumentHeader } from '../../components/document-header.tsx';
import { DocumentText } from '../../components/document-text.tsx';
import { EventDetails } from '../../components/event-details.tsx';
import { Panel } from '../../components/panel.tsx';
import { Empty, LoadedView } from '../../components/states.tsx';
import { documentLabel, plural } from '../../format.ts';
import { Link, navigate, paths } from '../../routing.tsx';
import { useLoaded } from '../../use-loaded.ts';
import { EntityAttributes } from './entity-attributes.tsx';

interface DocumentMentions {
  document: SourceSentence['document'];
  /** Each with its index in the page's mentions. */
  mentions: { index: number; mention: SourceSentence }[];
}

function byDocument(mentions: readonly SourceSentence[]): DocumentMentions[] {
  const groups = new Map<string, DocumentMentions>();
  mentions.forEach((mention, index) => {
    const group = groups.get(mention.document.id) ?? { document: mention.document, mentions: [] };
    group.mentions.push({ index, mention });
    groups.set(mention.document.id, group);
  });
  return [...groups.values()];
}

function ArticleViewer({ mention }: { mention: SourceSentence }) {
  const document = useLoaded(() => api.document(mention.document.id), [mention.document.id]);
  return (
    <div className="article-viewer">
      <DocumentHeader document={mention.document} />
      <LoadedView loaded={document} what="the article">
        {(data) => <DocumentText body={data.body} highlight={{ sentence: mention.sentence, span: mention.span }} />}
      </LoadedView>
    </div>
  );
}

function Sources({ id, page, selected }: { id: string; page: EntityPageData; selected: number }) {
  if (page.mentions.length === 0) return <Empty>No sentence mentions it: it was added by hand.</Empty>;
  return (
    <div className="sources">
      {byDocument(page.mentions).map((group) => (
        <section key={group.document.id} className="source-group" aria-label={documentLabel(group.document)}>
          <h3>
            <Link to={paths.document(group.document.id)}>{documentLabel(group.document)}</Link>
            <span className="count">{group.mentions.length}</span>
          </h3>
          <ol className="sentences">
            {group.mentions.map(({ index, mention }) => (
              <li key={index}>
                <button
                  type="button"
                  className={index === selected ? 'sentence-button selected' : 'sentence-button'}
                  aria-pressed={index === selected}
                  onClick={() => navigate(paths.entity(id, index), { replace: true })}
                >
                  {mention.sentence}
                </button>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}

function EntityView({ id, page, mention }: { id: string; page: EntityPageData; mention: number }) {
  const { entity } = page;
  const selected = page.mentions[mention] ? mention : 0;
  return (
    <>
      <div className="page-heading">
        <div>
          <p className="eyebrow">{entity.type}</p>
          <h1 className="page-title">{entity.name}</h1>
          <p className="muted">
            {plural(entity.documentCount, 'document')} · {plural(entity.mentionCount, 'mention')} · {plural(page.events.length, 'event')}
            {entity.origin === 'analyst' && ' · added by an analyst'}
          </p>
        </div>
        {entity.status !== 'active' && (
          <div className="notice" role="note">
            {entity.status === 'merged' && entity.mergedInto ? (
              <>
                Merged into <Link to={paths.entity(entity.mergedInto)}>{entity.mergedInto}</Link>
              </>
            ) : (
              'Rejected by an analyst'
            )}
          </div>
        )}
      </div>
      <EntityAttributes entity={entity} />
      <div className="two-columns">
        <div className="column-main">
          <Panel title="Source sentences" aside={plural(page.mentions.length, 'sentence')}>
            <Sources id={id} page={page} selected={selected} />
          </Panel>
          <Panel title="Events" aside={plural(page.events.length, 'event')}>
            {page.events.length === 0 ? <Empty>It takes part in no event, and no event addresses it.</Empty> : page.events.map((event) => <EventDetails key={event.id} event={event} />)}
          </Panel>
        </div>
        <aside className="column-side">
          <Panel title="Article">{page.mentions[selected] ? <ArticleViewer mention={page.mentions[selected]} /> : <Empty>No article to show.</Empty>}</Panel>
        </aside>
      </div>
    </>
  );
}

export function EntityPage({ id, mention }: { id: string; mention: number }) {
  const page = useLoaded(() => api.entity(id), [id]);
  return (
    <div className="page">
      <LoadedView loaded={page} what="the entity">
        {(data) => <EntityView id={id} page={data} mention={mention} />}
      </LoadedView>
    </div>
  );
}
