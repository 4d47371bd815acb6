// A bound on heavy work the server does for its requests (extracting articles, printing
// PDFs): so many at once, so many more waiting their turn, and beyond that a 503 that says
// what the server is busy with and when to try again, rather than a queue without end.
import { HttpError } from './http-error.ts';

export interface WorkLimitOptions {
  /** What the work is, for the refusal: "PDF briefs", "articles to extract". */
  what: string;
  concurrent: number;
  queued: number;
  /** What Retry-After says when full. */
  retryAfterSeconds: number;
}

export class WorkLimit {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(readonly options: WorkLimitOptions) {}

  /** Runs the work when a place is free; throws a 503 at once when every place and every waiting place is taken. */
  async run<T>(work: () => Promise<T>): Promise<T> {
    const { what, concurrent, queued, retryAfterSeconds } = this.options;
    if (this.running >= concurrent) {
      if (this.waiting.length >= queued) {
        throw new HttpError(503, `the server is busy with ${this.running + this.waiting.length} ${what} already (at most ${concurrent} at once and ${queued} waiting): try again in ${retryAfterSeconds} s`, retryAfterSeconds);
      }
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else {
      this.running++;
    }
    try {
      return await work();
    } finally {
      // The place passes to the next in line, or is freed.
      const next = this.waiting.shift();
      if (next) next();
      else this.running--;
    }
  }
}
