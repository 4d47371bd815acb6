// Feeds on a schedule: each due feed is fetched with a conditional request (ETag,
// Last-Modified), and a changed one becomes an ingest job carrying its bytes; the feed
// keeps its validators and its error state. The content hash makes items seen before
// duplicates, so a feed re-queued whole costs extraction only for its new items.
import { fetchPublic } from '../read/fetch-public.ts';
import { DEFAULT_MAX_BYTES } from '../read/read-inputs.ts';
import type { Feed, FeedStore, PollOutcome } from '../store/team/team-ports.ts';
import { articleJob, type IngestJob } from './ingest-queue.ts';

export const FEED_FETCH_TIMEOUT_MS = 30_000;
/** Feeds a worker claims at once. */
const FEEDS_PER_ROUND = 10;

/** A GET with headers and a time limit, as the global fetch does it. */
export type FeedFetch = (url: string, init: { headers: { [name: string]: string }; signal: AbortSignal }) => Promise<Response>;

/** How servers and workers fetch feeds: from public addresses only (or networks an administrator allows), the answer at most DEFAULT_MAX_BYTES. */
export const publicFeedFetch: FeedFetch = (url, init) => fetchPublic(url, { ...init, maxBytes: DEFAULT_MAX_BYTES });

export interface FeedPollDependencies {
  fetch: FeedFetch;
  enqueue: (jobs: readonly IngestJob[]) => Promise<string[]>;
}

const MAX_INTERVAL_SECONDS = 365 * 86400;

/** "15m", "1h", "30s", "2d": a poll interval in seconds, at least a minute and at most a year apart. */
export function parseInterval(text: string): number {
  const match = /^(\d+)\s*(s|m|h|d)$/i.exec(text.trim());
  if (!match) throw new Error(`"${text}" is not an interval: write it as 15m, 1h, 90s or 1d`);
  const seconds = Number(match[1]) * { s: 1, m: 60, h: 3600, d: 86400 }[match[2].toLowerCase() as 's' | 'm' | 'h' | 'd'];
  if (seconds < 60) throw new Error(`every ${text} is too often for a feed: poll at most once a minute`);
  if (seconds > MAX_INTERVAL_SECONDS) throw new Error(`every ${text} is too seldom for a feed: poll at least once a year (365d)`);
  return seconds;
}

export async function pollFeed(feed: Feed, dependencies: FeedPollDependencies): Promise<PollOutcome> {
  const headers: { [name: string]: string } = { 'user-agent': 'bilat feed poller' };
  if (feed.etag) headers['if-none-match'] = feed.etag;
  if (feed.lastModified) headers['if-modified-since'] = feed.lastModified;
  let response: Response;
  try {
    response = await dependencies.fetch(feed.url, { headers, signal: AbortSignal.timeout(FEED_FETCH_TIMEOUT_MS) });
  } catch (error) {
    return { status: 'unreachable', error: error instanceof Error ? error.message : String(error) };
  }
  if (response.status === 304) return { status: '304 not modified', articles: 0 };
  if (!response.ok) return { status: `${response.status} ${response.statusText}`.trim(), error: `the server answered ${response.status}` };
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await response.arrayBuffer());
  } catch (error) {
    return { status: 'unreadable', error: error instanceof Error ? error.message : String(error) };
  }
  if (bytes.length === 0) return { status: `${response.status}`, error: 'the feed is empty' };
  await dependencies.enqueue([articleJob(feed.url, bytes)]);
  return {
    status: `${response.status} ${response.statusText}`.trim(),
    etag: response.headers.get('etag'),
    lastModified: response.headers.get('last-modified'),
    articles: 1,
  };
}

export interface PolledFeed {
  url: string;
  outcome: PollOutcome;
}

/** Polls the feeds that are due, one after another, and records what each poll learnt. */
export async function pollDueFeeds(feeds: FeedStore, dependencies: FeedPollDependencies): Promise<PolledFeed[]> {
  const polled: PolledFeed[] = [];
  for (const feed of await feeds.claimDueFeeds(FEEDS_PER_ROUND)) {
    const outcome = await pollFeed(feed, dependencies);
    await feeds.recordPoll(feed.url, outcome);
    polled.push({ url: feed.url, outcome });
  }
  return polled;
}

export interface FeedSchedule {
  /** Stops polling, once the round in progress (if any) is over. */
  stop(): Promise<void>;
}

export interface FeedScheduleOptions {
  /** How often to look for due feeds (each feed has its own interval; this is how late a poll may be). */
  checkEveryMs: number;
  onPolled(feed: PolledFeed): void;
  /** The store failed (not a feed: a feed's failure is its outcome). */
  onError(error: unknown): void;
}

/** Looks for due feeds now and every checkEveryMs; a round still running when the next is due lets it pass. */
export function scheduleFeedPolling(feeds: FeedStore, dependencies: FeedPollDependencies, options: FeedScheduleOptions): FeedSchedule {
  let running: Promise<void> | undefined;
  const poll = () => {
    running ??= pollDueFeeds(feeds, dependencies)
      .then((polled) => polled.forEach(options.onPolled), options.onError)
      .finally(() => (running = undefined));
  };
  poll();
  const timer = setInterval(poll, options.checkEveryMs);
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
