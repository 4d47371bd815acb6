// Full-text search over documents and facts; the query lives in the address (?q=).
import { type FormEvent, useState } from 'react';
import type { SearchResults } from '../api-types.ts';
import { api } from '../api.ts';
import { Panel } from '../components/panel.tsx';
import { Empty, LoadedView } from '../components/states.tsx';
import { documentLabel, formatDate, plural } from '../format.ts';
import { Link, navigate, paths } from '../routing.tsx';
import { useLoaded } from '../use-loaded.ts';

/** A snippet whose matching words the server marked with « and », as text with <mark>s. */
function Snippet({ text }: { text: string }) {
  const parts = text.split(/«([^»]*)»/);
  return <p className="snippet">{parts.map((part, index) => (index % 2 === 1 ? <mark key={index}>{part}</mark> : part))}</p>;
}

function Results({ results }: { results: SearchResults }) {
  if (results.documents.length === 0 && results.entities.length === 0) return <Empty>Nothing matches. Try fewer words, or other spellings.</Empty>;
  return (
    <div className="two-columns even">
      <Panel title="Facts" aside={plural(results.entities.length, 'match', 'matches')}>
        {results.entities.length === 0 ? (
          <Empty>No entity matches.</Empty>
        ) : (
          <ul className="result-list">
            {results.entities.map(({ entity }) => (
              <li key={entity.id}>
                <Link to={paths.entity(entity.id)} className="row-title">
                  {entity.name}
                </Link>
                <span className="row-meta">
                  {entity.type}
                  {'kind' in entity.attributes && entity.attributes.kind && ` · ${entity.attributes.kind}`} · {plural(entity.documentCount, 'document')}
                </span>
              </li>
            ))}
          </ul>
        )}
      </Panel>
      <Panel title="Documents" aside={plural(results.documents.length, 'match', 'matches')}>
        {results.documents.length === 0 ? (
          <Empty>No document matches.</Empty>
        ) : (
          <ul className="result-list">
            {results.documents.map(({ document, snippet }) => (
              <li key={document.id}>
                <Link to={paths.document(document.id)} className="row-title">
                  {documentLabel(document)}
                </Link>
                <span className="row-meta">{document.published ? formatDate(document.published) : 'publication date unknown'}</span>
                <Snippet text={snippet} />
              </li>
            ))}
          </ul>
        )}
      </Panel>
    </div>
  );
}

function SearchResultsView({ query }: { query: string }) {
  const results = useLoaded(() => api.search(query), [query]);
  return (
    <LoadedView loaded={results} what="results">
      {(data) => <Results results={data} />}
    </LoadedView>
  );
}

export function SearchPage({ query }: { query: string }) {
  const [text, setText] = useState(query);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    navigate(paths.search(text.trim() || undefined));
  };
  return (
    <div className="page">
      <div className="page-heading">
        <div>
          <h1 className="page-title">Search</h1>
          <p className="muted">Across every stored article and every fact read from them. "Quoted phrases", OR and -word work.</p>
        </div>
      </div>
      <form className="search-form" role="search" onSubmit={submit}>
        <input type="search" aria-label="Search" placeholder="fiber-optic Caspian" value={text} onChange={(event) => setText(event.target.value)} autoFocus />
        <button type="submit" className="button button-primary">
          Search
        </button>
      </form>
      {query ? <SearchResultsView query={query} /> : <Empty>Type words to look for: a name, a project, a place.</Empty>}
    </div>
  );
}
