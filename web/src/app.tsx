// The shell: a header with the navigation on every page, and the page the address names.
import { type FormEvent, useState } from 'react';
import { BriefPage } from './pages/brief-page.tsx';
import { DashboardPage } from './pages/dashboard/dashboard-page.tsx';
import { DocumentPage } from './pages/document-page.tsx';
import { EntityPage } from './pages/entity/entity-page.tsx';
import { IngestPage } from './pages/ingest/ingest-page.tsx';
import { ReviewPage } from './pages/review/review-page.tsx';
import { SearchPage } from './pages/search-page.tsx';
import { pairFrom, rememberedPair } from './pair.ts';
import { Link, type Location, navigate, paths, useLocation } from './routing.tsx';

function Page({ location }: { location: Location }) {
  const [page, ...rest] = location.segments;
  switch (page) {
    case undefined:
    case 'dyad':
      return <DashboardPage pair={pairFrom(rest) ?? rememberedPair()} asOf={location.params.get('asOf') ?? undefined} />;
    case 'entity':
      return rest[0] ? <EntityPage id={rest[0]} mention={Number(location.params.get('mention') ?? 0)} /> : <NotFound />;
    case 'document':
      return rest[0] ? <DocumentPage id={rest[0]} start={location.params.get('start')} end={location.params.get('end')} sentence={location.params.get('sentence')} /> : <NotFound />;
    case 'search':
      return <SearchPage key={location.params.get('q') ?? ''} query={location.params.get('q') ?? ''} />;
    case 'ingest':
      return <IngestPage />;
    case 'review':
      return <ReviewPage />;
    case 'brief':
      return <BriefPage pair={pairFrom(rest) ?? rememberedPair()} asOf={location.params.get('asOf') ?? undefined} />;
    default:
      return <NotFound />;
  }
}

function NotFound() {
  return (
    <div className="page">
      <h1 className="page-title">Page not found</h1>
      <p className="muted">
        There is no page at this address. <Link to="/">Go to the dashboard</Link>.
      </p>
    </div>
  );
}

function HeaderSearch() {
  const [text, setText] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim()) navigate(paths.search(text.trim()));
  };
  return (
    <form className="header-search" role="search" onSubmit={submit}>
      <input type="search" aria-label="Search documents and facts" placeholder="Search documents and facts" value={text} onChange={(event) => setText(event.target.value)} />
    </form>
  );
}

export function App() {
  const location = useLocation();
  const [current = 'dyad', ...rest] = location.segments;
  // The pair on screen, else the last one seen: the dashboard and the briefing follow each other.
  const [a, b] = (current === 'dyad' || current === 'brief' ? pairFrom(rest) : undefined) ?? rememberedPair();
  const navigation = [
    { key: 'dyad', label: 'Dashboard', to: paths.dashboard(a, b) },
    { key: 'search', label: 'Search', to: paths.search() },
    { key: 'ingest', label: 'Ingest', to: paths.ingest() },
    { key: 'review', label: 'Review', to: paths.review() },
    { key: 'brief', label: 'Briefing', to: paths.brief(a, b) },
  ];
  return (
    <>
      <header className="site-header">
        <div className="site-header-inner">
          <Link to="/" className="brand" aria-label="bilat home">
            <span className="brand-mark" aria-hidden="true" />
            bilat
          </Link>
          <nav className="site-nav" aria-label="Main">
            {navigation.map((item) => (
              <Link key={item.key} to={item.to} className={item.key === current ? 'active' : undefined} aria-current={item.key === current ? 'page' : undefined}>
                {item.label}
              </Link>
            ))}
          </nav>
          {current !== 'search' && <HeaderSearch />}
        </div>
      </header>
      <main className="site-main">
        <Page location={location} />
      </main>
      <footer className="site-footer">
        Every fact links to the sentence it was read from. API: <a href="/api/docs">/api/docs</a>
      </footer>
    </>
  );
}
