// Stage: titles of office ("Deputy Prime Minister", "Minister of Energy of Kazakhstan",
// "Presidents"), canonicalised by the vocabulary, with the country they state.
import type { Stage } from '../stage.ts';
import { findTitleMentions } from '../../vocabulary/titles.ts';
import { SpanIndex } from '../span-index.ts';

export const titlesStage: Stage = {
  name: 'titles',
  run(doc) {
    const bodies = new SpanIndex(doc.organizations);
    for (const t of findTitleMentions(doc.text, doc.vocabulary)) {
      if (t.organization) continue;
      const insideBody = bodies.containing(t.start, t.end).length > 0;
      // "Amir-Abdollahian": a title word hyphenated to a name is part of the name.
      if (/^-\p{L}/u.test(doc.text.slice(t.end, t.end + 2)) || /\p{L}-$/u.test(doc.text.slice(Math.max(0, t.start - 2), t.start))) continue;
      if (insideBody) continue;
      doc.titles.push({
        start: t.start, end: t.end, title: t.title, written: t.written, level: t.level, plural: t.plural,
        ...(t.country ? { country: t.country } : {}),
      });
    }
  },
};
