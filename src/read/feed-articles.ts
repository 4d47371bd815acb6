// An RSS 2.0, Atom or RDF feed to one Article per item, numbered from 1 in feed order.
import { parseFeed } from '@rowanmanning/feed-parser';
import { type Article, InputError } from './article.ts';
import { htmlToText } from './html-article.ts';
import { checkMarkupShape } from './markup-shape.ts';
import { DEFAULT_LANGUAGE, normalisePublishedDate, presentValue, primaryLanguage } from './text-article.ts';

type Feed = ReturnType<typeof parseFeed>;
type FeedItem = Feed['items'][number];

/** Called with an item that yields no article; the other items are still read. */
export type ItemErrorHandler = (error: InputError) => void;

// Element names as the parser lower-cases them, most specific first; read as written so a
// timestamp keeps the publisher's calendar date rather than UTC's.
const ITEM_DATE_ELEMENTS = ['pubdate', 'published', 'date', 'updated'];
// The parser accepts a feed cut off mid-item; a missing closing root tag is the telling sign.
const FEED_END = /<\/(?:[\w.-]+:)?(?:rss|feed|RDF)\s*>\s*(?:<!--[\s\S]*?-->\s*)*$/;
const FEED_TAIL_CHARACTERS = 4096;

function parseFeedOrThrow(xml: string, file: string): Feed {
  checkMarkupShape(xml, file, 'XML');
  let feed: Feed;
  try {
    feed = parseFeed(xml);
  } catch (error) {
    const isNotAFeed = error instanceof Error && 'code' in error && error.code === 'INVALID_FEED';
    const detail = isNotAFeed ? 'no <rss>, <feed> or <rdf:RDF> root element' : error instanceof Error ? error.message : String(error);
    throw new InputError(file, `malformed feed: ${detail}`);
  }
  if (!FEED_END.test(xml.slice(-FEED_TAIL_CHARACTERS))) {
    throw new InputError(file, 'malformed feed: it ends before its closing </rss>, </feed> or </rdf:RDF> tag (cut off?)');
  }
  return feed;
}

function itemPublished(item: FeedItem): string | null {
  for (const name of ITEM_DATE_ELEMENTS) {
    const date = normalisePublishedDate(item.element.findElementWithName(name)?.textContentNormalized);
    if (date) return date;
  }
  const parsed = item.published ?? item.updated;
  return parsed ? parsed.toISOString().slice(0, 10) : null;
}

function itemText(item: FeedItem, itemFile: string): string {
  for (const html of [item.content, item.description]) {
    const text = html ? htmlToText(html, itemFile) : '';
    if (text) return text;
  }
  return '';
}

/**
 * Reads a feed (already decoded). Throws InputError for a malformed or empty feed; an item
 * with neither text nor title goes to onItemError, and an item with only a title has it as body.
 */
export function readFeedArticles(xml: string, file: string, onItemError: ItemErrorHandler): Article[] {
  const feed = parseFeedOrThrow(xml, file);
  const items = feed.items;
  if (items.length === 0) throw new InputError(file, 'the feed has no items');
  const outlet = presentValue(feed.title);
  const language = primaryLanguage(feed.language) ?? DEFAULT_LANGUAGE;
  const articles: Article[] = [];
  items.forEach((item, index) => {
    const itemFile = `${file}#${index + 1}`;
    const title = presentValue(item.title);
    let body: string | undefined;
    try {
      body = itemText(item, itemFile) || title;
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      onItemError(error);
      return;
    }
    if (!body) {
      onItemError(new InputError(itemFile, 'feed item has no text and no title'));
      return;
    }
    const source = presentValue(item.url);
    articles.push({
      file: itemFile,
      ...(source && { source }),
      ...(outlet && { outlet }),
      ...(title && { title }),
      published: itemPublished(item),
      language,
      body,
    });
  });
  return articles;
}
