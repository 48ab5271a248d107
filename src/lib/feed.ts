/**
 * RSS 2.0 feeds on top of `@astrojs/rss`, with what it lacks: the language,
 * an `atom:link rel="self"`, a `lastBuildDate` that only moves when content
 * does, a channel image, permanent guids and authors as `dc:creator`.
 */
import { getRssString } from '@astrojs/rss';
import { withoutXmlForbidden } from './characters.ts';
import { rfc822 } from './dates.ts';
import { escapeXml } from './xml.ts';

export interface FeedItem {
  /** Permanent identifier (see `guid.ts`). */
  guid: string;
  title: string;
  /** Absolute URL of the item's page. */
  link: string;
  /** A summary as HTML (escape plain text with `escapeXml`). */
  description: string;
  pubDate: Date;
  categories: string[];
  /** The author's name, if any. */
  author?: string | undefined;
  /** Full content: safe HTML with absolute URLs (see `feed-html.ts`). */
  content: string;
}

export interface Feed {
  title: string;
  description: string;
  /** Absolute URL of the site's home page: the channel's link. */
  homeUrl: string;
  /** Absolute URL of the feed itself. */
  selfUrl: string;
  /** Path of the XSL stylesheet that makes the feed readable in a browser. */
  stylesheetUrl: string;
  /** Absolute URL of a 144 × 144 PNG, the channel's image. */
  imageUrl: string;
  items: readonly FeedItem[];
  /** How many of the newest items the feed holds. */
  limit: number;
  /** The most bytes the feed may weigh; `MAX_FEED_BYTES` by default. */
  maxBytes?: number | undefined;
  /** The language of its items (`<language>`), French by default. */
  language?: 'fr' | 'en' | undefined;
}

/**
 * The most a feed weighs, in bytes (1 Mo): feed readers fetch every feed
 * again and again, and some give up on heavy ones. Beyond it the oldest
 * items leave the feed (they stay on the site); the newest always stays.
 */
const MAX_FEED_BYTES = 1_000_000;

/** The newest items first; equal dates in a fixed order, so that rebuilding gives the same feed. */
export function newestItems<T extends Pick<FeedItem, 'pubDate' | 'guid'>>(items: readonly T[], limit: number): T[] {
  return items
    .toSorted((a, b) => b.pubDate.getTime() - a.pubDate.getTime() || a.guid.localeCompare(b.guid))
    .slice(0, limit);
}

/**
 * The feed's RSS 2.0 XML: its `limit` newest items, fewer if they would
 * weigh more than `maxBytes` (the oldest leave first, the newest stays).
 */
export async function feedXml(feed: Feed): Promise<string> {
  const maxBytes = feed.maxBytes ?? MAX_FEED_BYTES;
  let items = newestItems(feed.items, feed.limit);
  // A first cut on the items' own text, so that a heavy feed is not rendered once per item.
  let weight = 0;
  const fitting = items.findIndex((item) => {
    weight += Buffer.byteLength(item.content) + Buffer.byteLength(item.description);
    return weight > maxBytes;
  });
  if (fitting >= 0) items = items.slice(0, Math.max(1, fitting));
  let xml = await rssXml(feed, items);
  while (Buffer.byteLength(xml) > maxBytes && items.length > 1) {
    items = items.slice(0, -1);
    xml = await rssXml(feed, items);
  }
  return xml;
}

async function rssXml(feed: Feed, items: readonly FeedItem[]): Promise<string> {
  const newest = items[0]?.pubDate;
  const channelExtras = [
    `<language>${feed.language ?? 'fr'}</language>`,
    newest ? `<lastBuildDate>${rfc822(newest)}</lastBuildDate>` : '',
    `<atom:link href="${escapeXml(feed.selfUrl)}" rel="self" type="application/rss+xml"/>`,
    `<image><url>${escapeXml(feed.imageUrl)}</url><title>${escapeXml(feed.title)}</title><link>${escapeXml(feed.homeUrl)}</link><width>144</width><height>144</height></image>`,
  ].join('');
  // Content is checked for such characters; this keeps a feed well-formed whatever reaches it (an entity, an MDX expression).
  const xml = await getRssString({
    title: feed.title,
    description: feed.description,
    site: feed.homeUrl,
    stylesheet: feed.stylesheetUrl,
    xmlns: { atom: 'http://www.w3.org/2005/Atom', dc: 'http://purl.org/dc/elements/1.1/' },
    customData: channelExtras,
    items: items.map((item) => ({
      title: item.title,
      link: item.link,
      description: item.description,
      categories: item.categories,
      content: item.content,
      customData:
        `<guid isPermaLink="false">${escapeXml(item.guid)}</guid>` +
        // Written here rather than by @astrojs/rss, which only writes GMT.
        `<pubDate>${rfc822(item.pubDate)}</pubDate>` +
        (item.author ? `<dc:creator>${escapeXml(item.author)}</dc:creator>` : ''),
    })),
  });
  return withoutXmlForbidden(xml);
}
