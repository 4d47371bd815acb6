// Feeds polled on a schedule: which are due, and what each poll learnt (validators for the
// next conditional request, the error state).
import { asc, eq, sql } from 'drizzle-orm';
import type { StoreDatabase } from './database.ts';
import { feeds } from './schema.ts';

export interface Feed {
  url: string;
  everySeconds: number;
  etag: string | null;
  lastModified: string | null;
  nextPollAt: string;
  lastPolledAt: string | null;
  lastStatus: string | null;
  lastError: string | null;
  consecutiveErrors: number;
  articlesQueued: number;
}

export interface PollOutcome {
  status: string;
  etag?: string | null;
  lastModified?: string | null;
  error?: string;
  articles?: number;
}

export interface FeedStore {
  addFeed(url: string, everySeconds: number): Promise<Feed>;
  removeFeed(url: string): Promise<boolean>;
  listFeeds(): Promise<Feed[]>;
  /** Feeds whose next poll is due, claimed (their next poll pushed back) so that another worker does not take them too. */
  claimDueFeeds(limit: number): Promise<Feed[]>;
  recordPoll(url: string, outcome: PollOutcome): Promise<void>;
  /** Forgets the feed's validators and makes it due now: what the last poll brought was lost before it was ingested. */
  pollAgainInFull(url: string): Promise<void>;
}

/** After an error, wait longer each time (up to a day), so that a broken feed is not hammered. */
const MAX_BACKOFF_SECONDS = 24 * 60 * 60;

export class DrizzleFeedStore implements FeedStore {
  constructor(private readonly db: StoreDatabase) {}

  async addFeed(url: string, everySeconds: number): Promise<Feed> {
    const [row] = await this.db
      .insert(feeds)
      .values({ url, everySeconds })
      .onConflictDoUpdate({ target: feeds.url, set: { everySeconds } })
      .returning();
    return row;
  }

  async removeFeed(url: string): Promise<boolean> {
    return (await this.db.delete(feeds).where(eq(feeds.url, url)).returning({ url: feeds.url })).length > 0;
  }

  listFeeds(): Promise<Feed[]> {
    return this.db.select().from(feeds).orderBy(asc(feeds.url));
  }

  claimDueFeeds(limit: number): Promise<Feed[]> {
    // Claimed by pushing the next poll one interval on in the same statement; recordPoll sets it properly.
    return this.db
      .update(feeds)
      .set({ nextPollAt: sql`now() + make_interval(secs => ${feeds.everySeconds})` })
      .where(sql`${feeds.url} in (select url from feeds where next_poll_at <= now() order by next_poll_at limit ${limit} for update skip locked)`)
      .returning();
  }

  async recordPoll(url: string, outcome: PollOutcome): Promise<void> {
    const failed = outcome.error !== undefined;
    await this.db
      .update(feeds)
      .set({
        lastPolledAt: sql`now()`,
        lastStatus: outcome.status,
        lastError: outcome.error ?? null,
        consecutiveErrors: failed ? sql`${feeds.consecutiveErrors} + 1` : 0,
        articlesQueued: sql`${feeds.articlesQueued} + ${outcome.articles ?? 0}`,
        ...(outcome.etag !== undefined ? { etag: outcome.etag } : {}),
        ...(outcome.lastModified !== undefined ? { lastModified: outcome.lastModified } : {}),
        nextPollAt: failed
          ? sql`now() + make_interval(secs => least(${MAX_BACKOFF_SECONDS}, ${feeds.everySeconds} * power(2, ${feeds.consecutiveErrors} + 1)))`
          : sql`now() + make_interval(secs => ${feeds.everySeconds})`,
      })
      .where(eq(feeds.url, url));
  }

  async pollAgainInFull(url: string): Promise<void> {
    await this.db.update(feeds).set({ etag: null, lastModified: null, nextPollAt: sql`now()` }).where(eq(feeds.url, url));
  }
}
