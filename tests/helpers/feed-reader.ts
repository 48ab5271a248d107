/** Reading a feed the way a feed reader does. */
import { Readable } from 'node:stream';
import FeedParser from 'feedparser';

export interface ParsedFeed {
  meta: FeedParser.Meta;
  items: FeedParser.Item[];
}

/** Parses a feed with feedparser, used by many Node feed readers. */
export function parseFeed(xml: string): Promise<ParsedFeed> {
  return new Promise((resolve, reject) => {
    const parser = new FeedParser({ normalize: true, addmeta: false });
    const items: FeedParser.Item[] = [];
    let meta: FeedParser.Meta | undefined;
    parser.on('error', reject);
    parser.on('meta', (m: FeedParser.Meta) => (meta = m));
    parser.on('readable', () => {
      let item: FeedParser.Item | null;
      while ((item = parser.read())) items.push(item);
    });
    parser.on('end', () => (meta ? resolve({ meta, items }) : reject(new Error('no channel'))));
    Readable.from([xml]).pipe(parser);
  });
}
