/**
 * RSS 2.0 feeds on top of `@astrojs/rss`, with what it lacks: the language,
 * an `atom:link rel="self"`, a `lastBuildDate` that only moves when content
 * does, a channel image, permanent guids and authors as `dc:creator`.
 */
import { getRssString } from '@astrojs/rss';
import { withoutXmlForbidden } from './characters.ts';
import { rfc822 } from './dates.ts';

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
}

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** The newest items first; equal dates in a fixed order, so that rebuilding gives the same feed. */
export function newestItems<T extends Pick<FeedItem, 'pubDate' | 'guid'>>(items: readonly T[], limit: number): T[] {
  return items
    .toSorted((a, b) => b.pubDate.getTime() - a.pubDate.getTime() || a.guid.localeCompare(b.guid))
    .slice(0, limit);
}

export async function feedXml(feed: Feed): Promise<string> {
  const items = newestItems(feed.items, feed.limit);
  const newest = items[0]?.pubDate;
  const channelExtras = [
    '<language>fr</language>',
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
