// Feeds polled on a schedule: which are due, and what each poll learnt (validators for the
// next conditional request, the error state).
import { asc, eq, sql } from 'drizzle-orm';
import type { StoreDatabase } from '../database.ts';
import { feeds } from '../schema.ts';
import type { Feed, FeedStore, PollOutcome } from './team-ports.ts';

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
