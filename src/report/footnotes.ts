// Numbered footnotes for a report: each source sentence gets one number, in the order the
// reader first meets it, and keeps it wherever it is cited again.
import type { Citation } from '../query/dyad-report.ts';
import type { DocumentReference } from '../store/store.ts';

export interface Footnote {
  number: number;
  document: DocumentReference;
  sentence: string;
}

export class Footnotes {
  private readonly byKey = new Map<string, Footnote>();

  /** The footnote numbers of these citations, new ones numbered next. */
  cite(citations: readonly Citation[]): number[] {
    const numbers: number[] = [];
    for (const { document, sentence } of citations) {
      const key = `${document.id}\n${sentence}`;
      let footnote = this.byKey.get(key);
      if (!footnote) {
        footnote = { number: this.byKey.size + 1, document, sentence };
        this.byKey.set(key, footnote);
      }
      if (!numbers.includes(footnote.number)) numbers.push(footnote.number);
    }
    return numbers;
  }

  list(): Footnote[] {
    return [...this.byKey.values()];
  }
}
