// The dyad dashboard: everything the knowledge base knows about a pair of countries as of a date.
import { useEffect } from 'react';
import type { DyadReport } from '../../api-types.ts';
import { api } from '../../api.ts';
import { Panel } from '../../components/panel.tsx';
import { Empty, LoadedView } from '../../components/states.tsx';
import { countryName, formatDate, plural, todayIso } from '../../format.ts';
import { type Pair, rememberPair } from '../../pair.ts';
import { Link, navigate, paths } from '../../routing.tsx';
import { useLoaded } from '../../use-loaded.ts';
import { EventTimeline } from './event-timeline.tsx';
import { InitiativesBoard } from './initiatives-board.tsx';
import { InstrumentsRegister } from './instruments-register.tsx';
import { PairSelector } from './pair-selector.tsx';
import { PeopleBySide } from './people-by-side.tsx';
import { PlacesMap } from './places-map.tsx';
import { QuotedFigures } from './quoted-figures.tsx';
import { SectorActivityChart } from './sector-activity-chart.tsx';
import { SummaryNumbers } from './summary-numbers.tsx';
import { ToneChart } from './tone-chart.tsx';

function NothingKnown({ pair }: { pair: Pair }) {
  return (
    <Empty>
      <p>
        <strong>Nothing is on record about {countryName(pair[0])} and {countryName(pair[1])} yet.</strong>
      </p>
      <p>
        Choose another partner above, or <Link to={paths.ingest()}>ingest articles</Link> about the two.
      </p>
    </Empty>
  );
}

function Report({ report }: { report: DyadReport }) {
  const pair: Pair = report.countries;
  if (report.timeline.length === 0 && report.instruments.length === 0 && report.initiatives.length === 0) return <NothingKnown pair={pair} />;
  return (
    <div className="dashboard">
      <SummaryNumbers report={report} />
      <Panel title="Timeline" aside={plural(report.timeline.length, 'event')} className="span-all">
        <EventTimeline report={report} />
      </Panel>
      <Panel title="Instruments register" aside={`${report.summary.openInstruments} open · ${report.summary.expiringSoon} expiring soon`} className="span-wide" id="instruments">
        <InstrumentsRegister instruments={report.instruments} />
      </Panel>
      <div className="dashboard-stack span-narrow">
        <Panel title="Places" aside={plural(report.places.length, 'place')}>
          <PlacesMap pair={pair} places={report.places} />
        </Panel>
        <Panel title="Figures quoted" aside={plural(report.figures.length, 'figure')}>
          <QuotedFigures figures={report.figures} />
        </Panel>
      </div>
      <Panel title="Joint projects" aside={plural(report.initiatives.length, 'project')} className="span-all">
        <InitiativesBoard initiatives={report.initiatives} />
      </Panel>
      <Panel title="People" aside={plural(report.summary.people, 'person', 'people')} className="span-half">
        <PeopleBySide countries={pair} people={report.people} />
      </Panel>
      <div className="dashboard-stack span-half">
        <Panel title="Sector activity" aside="events per quarter">
          <SectorActivityChart activity={report.sectors} />
        </Panel>
        <Panel title="Tone" aside="Goldstein scale, −10 to +10">
          <ToneChart points={report.tone} />
        </Panel>
      </div>
    </div>
  );
}

export function DashboardPage({ pair, asOf }: { pair: Pair; asOf: string | undefined }) {
  const [a, b] = pair;
  const report = useLoaded(() => api.dyad(a, b, asOf), [a, b, asOf]);
  useEffect(() => rememberPair([a, b]), [a, b]);
  const shownAsOf = asOf ?? todayIso();

  return (
    <div className="page">
      <div className="page-heading">
        <div>
          <p className="eyebrow">Bilateral relations</p>
          <h1 className="page-title">
            {countryName(a)} – {countryName(b)}
          </h1>
          <p className="muted">What the sources said by {formatDate(shownAsOf)}.</p>
        </div>
        <div className="toolbar">
          <PairSelector pair={pair} onChange={([first, second]) => navigate(paths.dashboard(first, second, asOf))} />
          <label>
            <span className="field-label">As of</span>
            <input type="date" aria-label="As of" value={shownAsOf} max="9999-12-31" onChange={(event) => event.target.value && navigate(paths.dashboard(a, b, event.target.value), { replace: true })} />
          </label>
          <Link className="button" to={paths.brief(a, b, asOf)}>
            Briefing
          </Link>
        </div>
      </div>
      <LoadedView loaded={report} what={`the ${a}–${b} dashboard`}>
        {(data) => <Report report={data} />}
      </LoadedView>
    </div>
  );
}
