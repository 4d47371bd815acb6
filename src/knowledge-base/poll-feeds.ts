// Feeds on a schedule: each due feed is fetched with a conditional request (ETag,
// Last-Modified), and a changed one becomes an ingest job carrying its bytes; the feed
// keeps its validators and its error state. The content hash makes items seen before
// duplicates, so a feed re-queued whole costs extraction only for its new items.
import type { Feed, FeedStore, PollOutcome } from '../store/feed-store.ts';
import { articleJob, type IngestJob } from './ingest-queue.ts';

export const FEED_FETCH_TIMEOUT_MS = 30_000;
/** Feeds a worker claims at once. */
const FEEDS_PER_ROUND = 10;

export interface FeedPollDependencies {
  fetch: typeof fetch;
  enqueue: (jobs: readonly IngestJob[]) => Promise<string[]>;
}

/** "15m", "1h", "30s", "2d": a poll interval in seconds, at least a minute apart. */
export function parseInterval(text: string): number {
  const match = /^(\d+)\s*(s|m|h|d)$/i.exec(text.trim());
  if (!match) throw new Error(`"${text}" is not an interval: write it as 15m, 1h, 90s or 1d`);
  const seconds = Number(match[1]) * { s: 1, m: 60, h: 3600, d: 86400 }[match[2].toLowerCase() as 's' | 'm' | 'h' | 'd'];
  if (seconds < 60) throw new Error(`every ${text} is too often for a feed: poll at most once a minute`);
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
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes.length === 0) return { status: `${response.status}`, error: 'the feed is empty' };
  await dependencies.enqueue([articleJob(feed.url, bytes)]);
  return {
    status: `${response.status} ${response.statusText}`.trim(),
    etag: response.headers.get('etag'),
    lastModified: response.headers.get('last-modified'),
    articles: 1,
  };
}

/** Polls the feeds that are due; answers how many were polled. */
export async function pollDueFeeds(feeds: FeedStore, dependencies: FeedPollDependencies): Promise<number> {
  const due = await feeds.claimDueFeeds(FEEDS_PER_ROUND);
  for (const feed of due) await feeds.recordPoll(feed.url, await pollFeed(feed, dependencies));
  return due.length;
}
