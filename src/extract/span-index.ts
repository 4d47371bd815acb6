// Finds the spans that lie inside a range in logarithmic time, so that stages asking "what is
// in this sentence?" stay linear in the length of the article whatever it holds.
import type { Span } from '../record/schema.ts';

export class SpanIndex<T extends Span> {
  private readonly items: T[];
  private readonly starts: number[];
  /** The longest item, so that a search for items overlapping a point can start early enough. */
  private readonly longest: number;

  constructor(items: readonly T[]) {
    this.items = [...items].sort((a, b) => a.start - b.start);
    this.starts = this.items.map((i) => i.start);
    this.longest = this.items.reduce((max, i) => Math.max(max, i.end - i.start), 0);
  }

  private firstAtOrAfter(offset: number): number {
    let low = 0;
    let high = this.starts.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.starts[mid] < offset) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  /** Items wholly inside [start, end), in text order. */
  within(start: number, end: number): T[] {
    const found: T[] = [];
    for (let i = this.firstAtOrAfter(start); i < this.items.length && this.items[i].start < end; i++) {
      if (this.items[i].end <= end) found.push(this.items[i]);
    }
    return found;
  }

  /** Items that overlap [start, end). */
  overlapping(start: number, end: number): T[] {
    const found: T[] = [];
    for (let i = this.firstAtOrAfter(start - this.longest); i < this.items.length && this.items[i].start < end; i++) {
      if (this.items[i].end > start) found.push(this.items[i]);
    }
    return found;
  }

  /** Items that contain [start, end). */
  containing(start: number, end: number): T[] {
    return this.overlapping(start, end).filter((i) => i.start <= start && end <= i.end);
  }
}
