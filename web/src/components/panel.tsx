import type { ReactNode } from 'react';

/** A titled card; `aside` sits at the right of the title (a count, a legend, a link). */
export function Panel({ title, aside, className, children, id }: { title: string; aside?: ReactNode; className?: string; children: ReactNode; id?: string }) {
  return (
    <section className={`panel ${className ?? ''}`} aria-label={title} id={id}>
      <header className="panel-header">
        <h2>{title}</h2>
        {aside && <div className="panel-aside">{aside}</div>}
      </header>
      <div className="panel-body">{children}</div>
    </section>
  );
}
