// Stage: titles of office ("Deputy Prime Minister", "Minister of Energy of Kazakhstan",
// "Presidents"), canonicalised by the vocabulary, with the country they state.
import type { Stage } from '../stage.ts';
import { findTitleMentions } from '../../vocabulary/titles.ts';
import { SpanIndex } from '../span-index.ts';

export const titlesStage: Stage = {
  name: 'titles',
  run(doc) {
    const bodies = new SpanIndex(doc.organizations);
    for (const t of findTitleMentions(doc.text)) {
      if (t.organization) continue;
      const insideBody = bodies.containing(t.start, t.end).length > 0;
      if (insideBody) continue;
      doc.titles.push({
        start: t.start, end: t.end, title: t.title, level: t.level, plural: t.plural,
        ...(t.country ? { country: t.country } : {}),
      });
    }
  },
};
