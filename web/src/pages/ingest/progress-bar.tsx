import type { IngestProgress } from './ingest-progress.ts';

/** The sending and extracting stages as a bar: measured while sending, indeterminate while the server extracts. */
export function ProgressBar({ progress }: { progress: IngestProgress & { stage: 'sending' | 'extracting' } }) {
  const sent = progress.stage === 'sending' ? progress.sent : undefined;
  const label = progress.stage === 'sending' ? `Sending ${progress.what}${sent === undefined ? '' : ` · ${Math.round(sent * 100)}%`}` : `Reading ${progress.what} and extracting facts…`;
  return (
    <div className="progress" role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={sent === undefined ? undefined : Math.round(sent * 100)}>
      <div className="progress-track">
        <div className={sent === undefined ? 'progress-fill indeterminate' : 'progress-fill'} style={sent === undefined ? undefined : { width: `${sent * 100}%` }} />
      </div>
      <span className="progress-label">{label}</span>
    </div>
  );
}
