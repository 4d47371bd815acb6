// A local HTTP server that serves one RSS feed with an ETag and answers 304 to a request
// that carries it, as real feed servers do; it records the requests it was sent.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FeedServer {
  url: string;
  requests: { ifNoneMatch?: string; userAgent?: string }[];
  close(): Promise<void>;
}

export const FEED_ETAG = '"v1"';

/** An RSS 2.0 feed with one item per text, all published on 4 March 2025. */
export function rssFeed(items: readonly string[]): string {
  const entries = items.map((text, index) =>
    `<item><title>Item ${index + 1}</title><link>https://example.org/${index + 1}</link><pubDate>Tue, 04 Mar 2025 10:00:00 GMT</pubDate><description>${text}</description></item>`);
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>\n${entries.join('\n')}\n</channel></rss>`;
}

export async function startFeedServer(feed: string): Promise<FeedServer> {
  const requests: FeedServer['requests'] = [];
  const server = createServer((request, response) => {
    const ifNoneMatch = request.headers['if-none-match'];
    requests.push({ ifNoneMatch, userAgent: request.headers['user-agent'] });
    if (ifNoneMatch === FEED_ETAG) response.writeHead(304).end();
    else response.writeHead(200, { 'content-type': 'application/rss+xml', etag: FEED_ETAG }).end(feed);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/feed.xml`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
