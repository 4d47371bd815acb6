// Finds the spans that lie inside a range in logarithmic time, so that stages asking "what is
// in this sentence?" stay linear in the length of the article whatever it holds.
import type { Span } from '../record/schema.ts';

function byStart(a: Span, b: Span): number {
  return a.start - b.start;
}

function isInTextOrder(spans: readonly Span[]): boolean {
  for (let i = 1; i < spans.length; i++) if (spans[i].start < spans[i - 1].start) return false;
  return true;
}

export class SpanIndex<T extends Span> {
  private readonly items: T[];
  // The offsets are searched in arrays of their own: one index serves spans of every layer,
  // whose objects differ in shape, and plain numbers keep the searches free of that variety.
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  /** The longest item, so that a search for items overlapping a point can start early enough. */
  private readonly longest: number = 0;

  constructor(items: readonly T[]) {
    this.items = [...items];
    // Most layers are in text order already; a sort would cost another copy of the items besides.
    if (!isInTextOrder(this.items)) this.items.sort(byStart);
    for (const item of this.items) {
      this.starts.push(item.start);
      this.ends.push(item.end);
      this.longest = Math.max(this.longest, item.end - item.start);
    }
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
    for (let i = this.firstAtOrAfter(start); i < this.starts.length && this.starts[i] < end; i++) {
      if (this.ends[i] <= end) found.push(this.items[i]);
    }
    return found;
  }

  /** Items that overlap [start, end). */
  overlapping(start: number, end: number): T[] {
    const found: T[] = [];
    for (let i = this.firstAtOrAfter(start - this.longest); i < this.starts.length && this.starts[i] < end; i++) {
      if (this.ends[i] > start) found.push(this.items[i]);
    }
    return found;
  }

  /** Whether any item overlaps [start, end). */
  overlaps(start: number, end: number): boolean {
    for (let i = this.firstAtOrAfter(start - this.longest); i < this.starts.length && this.starts[i] < end; i++) {
      if (this.ends[i] > start) return true;
    }
    return false;
  }

  /** Items that contain [start, end). */
  containing(start: number, end: number): T[] {
    const found: T[] = [];
    for (let i = this.firstAtOrAfter(start - this.longest); i < this.starts.length && this.starts[i] < end; i++) {
      if (this.ends[i] > start && this.starts[i] <= start && end <= this.ends[i]) found.push(this.items[i]);
    }
    return found;
  }
}
