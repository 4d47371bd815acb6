// The briefing note on a pair as of a date: previewed as the server renders it (HTML in a
// sandboxed frame: no script runs, nothing reaches this page), and downloadable as
// Markdown, HTML or PDF.
import { useEffect } from 'react';
import { api, ApiError, type BriefFormat, briefUrl } from '../api.ts';
import { Panel } from '../components/panel.tsx';
import { Empty, Failure, Loading } from '../components/states.tsx';
import { countryName, formatDate, todayIso } from '../format.ts';
import { type Pair, rememberPair } from '../pair.ts';
import { Link, navigate, paths } from '../routing.tsx';
import { useLoaded } from '../use-loaded.ts';
import { PairSelector } from './dashboard/pair-selector.tsx';

const DOWNLOADS: { format: BriefFormat; label: string }[] = [
  { format: 'md', label: 'Markdown' },
  { format: 'html', label: 'HTML' },
  { format: 'pdf', label: 'PDF' },
];

function Downloads({ pair: [a, b], asOf }: { pair: Pair; asOf: string }) {
  return (
    <div className="downloads" aria-label="Download the briefing">
      <span className="muted">Download</span>
      {DOWNLOADS.map(({ format, label }) => (
        <a key={format} className="button button-small" href={briefUrl(a, b, format, asOf)} download={`brief-${a}-${b}-${asOf}.${format}`}>
          {label}
        </a>
      ))}
    </div>
  );
}

function Preview({ pair: [a, b], asOf }: { pair: Pair; asOf: string }) {
  const preview = useLoaded(() => api.briefHtml(a, b, asOf), [a, b, asOf]);
  if (preview.state === 'loading') return <Loading what="the briefing" />;
  if (preview.state === 'failed') {
    if (preview.error instanceof ApiError && preview.error.routeMissing) return <Empty>This bilat server does not write briefings yet: update it to a version with the brief route.</Empty>;
    return <Failure error={preview.error} onRetry={preview.reload} />;
  }
  return <iframe className="brief-preview" title={`Briefing ${a}–${b} as of ${asOf}`} sandbox="" srcDoc={preview.data} />;
}

export function BriefPage({ pair, asOf }: { pair: Pair; asOf: string | undefined }) {
  const [a, b] = pair;
  const date = asOf ?? todayIso();
  useEffect(() => rememberPair([a, b]), [a, b]);

  return (
    <div className="page">
      <div className="page-heading">
        <div>
          <p className="eyebrow">Briefing note</p>
          <h1 className="page-title">
            {countryName(a)} – {countryName(b)}
          </h1>
          <p className="muted">
            As of {formatDate(date)}, from the sources published by then. <Link to={paths.dashboard(a, b, asOf)}>Open the dashboard</Link>
          </p>
        </div>
        <div className="toolbar">
          <PairSelector pair={pair} onChange={([first, second]) => navigate(paths.brief(first, second, asOf))} />
          <label>
            <span className="field-label">As of</span>
            <input type="date" aria-label="As of" value={date} onChange={(event) => event.target.value && navigate(paths.brief(a, b, event.target.value), { replace: true })} />
          </label>
        </div>
      </div>
      <Panel title="Preview" aside={<Downloads pair={pair} asOf={date} />}>
        <Preview pair={pair} asOf={date} />
      </Panel>
    </div>
  );
}
