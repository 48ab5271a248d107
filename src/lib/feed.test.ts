import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { feedXml, newestItems, type Feed, type FeedItem } from './feed.ts';

const item = (n: number, day: string, extra: Partial<FeedItem> = {}): FeedItem => ({
  guid: `urn:uuid:0000000${n}-0000-5000-8000-000000000000`,
  title: `Article ${n} : « test » & co`,
  link: `https://pole-image.example/actualites/article-${n}/`,
  description: `Résumé ${n}`,
  pubDate: new Date(`${day}T00:00:00Z`),
  categories: ['jeu vidéo'],
  content: `<p>Texte ${n} <a href="https://pole-image.example/membres/ankama/">Ankama</a></p>`,
  ...extra,
});

const feed = (items: FeedItem[], limit = 50): Feed => ({
  title: 'Pôle Image – Actualités',
  description: 'Les actualités',
  homeUrl: 'https://pole-image.example/',
  selfUrl: 'https://pole-image.example/actualites/rss.xml',
  stylesheetUrl: '/rss.xsl',
  imageUrl: 'https://pole-image.example/feed-icon.png',
  items,
  limit,
});

interface ParsedItem {
  title: string;
  pubDate: string;
  guid: unknown;
  author?: string;
  'dc:creator'?: string;
  'content:encoded'?: string;
}

/** The parts of a feed these tests read; `item` is always a list, even of one. */
interface ParsedRss {
  '@_xmlns:atom': string;
  channel: {
    title: string;
    link: string;
    language: string;
    lastBuildDate?: string;
    image: unknown;
    'atom:link': unknown;
    item?: ParsedItem[];
  };
}

const parse = (xml: string) =>
  (new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'item' }).parse(xml) as { rss: ParsedRss }).rss;

describe('newestItems', () => {
  it('puts the newest first and cuts at the limit', () => {
    const sorted = newestItems([item(1, '2009-07-01'), item(2, '2009-07-03'), item(3, '2009-07-02')], 2);
    expect(sorted.map((i) => i.title)).toEqual(['Article 2 : « test » & co', 'Article 3 : « test » & co']);
  });

  it('orders items of the same day the same way every time', () => {
    const a = item(1, '2009-07-02');
    const b = item(2, '2009-07-02');
    expect(newestItems([a, b], 10)).toEqual(newestItems([b, a], 10));
  });
});

describe('feedXml', () => {
  it('declares the language, the self link, the image and the last build date of the newest item', async () => {
    const { channel, ...rss } = parse(await feedXml(feed([item(1, '2009-07-01'), item(2, '2009-07-02')])));
    expect(rss['@_xmlns:atom']).toBe('http://www.w3.org/2005/Atom');
    expect(channel.language).toBe('fr');
    expect(channel.lastBuildDate).toBe('Thu, 02 Jul 2009 02:00:00 +0200');
    expect(channel.item?.[0]?.pubDate).toBe('Thu, 02 Jul 2009 02:00:00 +0200');
    expect(channel['atom:link']).toMatchObject({
      '@_href': 'https://pole-image.example/actualites/rss.xml',
      '@_rel': 'self',
    });
    expect(channel.image).toMatchObject({
      url: 'https://pole-image.example/feed-icon.png',
      title: channel.title,
      link: channel.link,
    });
  });

  it('gives each item a permanent guid that is not a permalink, and its author as dc:creator', async () => {
    const { channel } = parse(await feedXml(feed([item(1, '2009-07-01', { author: 'Geneviève Hermann' })])));
    expect(channel.item?.[0]?.guid).toEqual({
      '#text': 'urn:uuid:00000001-0000-5000-8000-000000000000',
      '@_isPermaLink': 'false',
    });
    expect(channel.item?.[0]?.['dc:creator']).toBe('Geneviève Hermann');
    expect(channel.item?.[0]?.author).toBeUndefined();
  });

  it('carries the full content and escapes text', async () => {
    const xml = await feedXml(feed([item(1, '2009-07-01')]));
    expect(xml).toContain('<content:encoded>&lt;p&gt;Texte 1');
    expect(parse(xml).channel.item?.[0]?.title).toBe('Article 1 : « test » & co');
  });

  it('has no last build date when empty, so that an empty feed is still valid', async () => {
    const { channel } = parse(await feedXml(feed([])));
    expect(channel.lastBuildDate).toBeUndefined();
    expect(channel.item).toBeUndefined();
  });

  it('holds at most `limit` items', async () => {
    const items = Array.from({ length: 60 }, (_, n) => item(n, `2009-0${1 + (n % 9)}-1${n % 10}`));
    expect(parse(await feedXml(feed(items, 50))).channel.item).toHaveLength(50);
  });
});

describe('feedXml and characters XML forbids', () => {
  it('drops them from every part of an item, so that the feed stays well-formed', async () => {
    const xml = await feedXml(
      feed([
        item(1, '2009-07-02', {
          title: 'Titre\u000b collé',
          description: 'Résumé\u0008',
          author: 'Jean\u001f Dupont',
          categories: ['mot\u0001clé'],
          content: '<p>Le budget\u000best de 1,85 million d’euros\u001f pour les projets\u0008 retenus.</p>',
        }),
      ]),
    );
    for (const character of ['\u000b', '\u0008', '\u001f', '\u0001']) expect(xml).not.toContain(character);
    const [parsed] = parse(xml).channel.item ?? [];
    expect(parsed?.title).toBe('Titre collé');
    expect(parsed?.['dc:creator']).toBe('Jean Dupont');
    expect(parsed?.['content:encoded']).toBe('<p>Le budgetest de 1,85 million d’euros pour les projets retenus.</p>');
  });
});
