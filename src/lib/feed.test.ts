import { describe, expect, it } from 'vitest';
import { readXml, type XmlNode } from '../../tests/helpers/xml.ts';
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

/** The parts of an RSS document the tests read, as `readXml` gives them. */
interface Rss {
  '@_xmlns:atom': string;
  channel: {
    title: string;
    link: string;
    language: string;
    lastBuildDate?: string;
    'atom:link': XmlNode;
    image: XmlNode;
    item?: XmlNode | XmlNode[];
  };
}

const parse = (xml: string) => readXml(xml).rss as Rss;
/** The items of a channel, one or many. */
const itemsOf = (channel: Rss['channel']): XmlNode[] => (channel.item === undefined ? [] : [channel.item].flat());

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
    expect(itemsOf(channel)[0]?.pubDate).toBe('Thu, 02 Jul 2009 02:00:00 +0200');
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
    const [only] = itemsOf(channel);
    expect(itemsOf(channel)).toHaveLength(1);
    expect(only?.guid).toEqual({
      '#text': 'urn:uuid:00000001-0000-5000-8000-000000000000',
      '@_isPermaLink': 'false',
    });
    expect(only?.['dc:creator']).toBe('Geneviève Hermann');
    expect(only?.author).toBeUndefined();
  });

  it('carries the full content and escapes text', async () => {
    const xml = await feedXml(feed([item(1, '2009-07-01')]));
    expect(xml).toContain('<content:encoded>&lt;p&gt;Texte 1');
    expect(itemsOf(parse(xml).channel)[0]?.title).toBe('Article 1 : « test » & co');
  });

  it('has no last build date when empty, so that an empty feed is still valid', async () => {
    const { channel } = parse(await feedXml(feed([])));
    expect(channel.lastBuildDate).toBeUndefined();
    expect(itemsOf(channel)).toEqual([]);
  });

  it('holds at most `limit` items', async () => {
    const many = Array.from({ length: 60 }, (_, n) => item(n, `2009-0${1 + (n % 9)}-1${n % 10}`));
    expect(itemsOf(parse(await feedXml(feed(many, 50))).channel)).toHaveLength(50);
  });

  it('leaves out the oldest items that would make it weigh more than its limit, and stays under it', async () => {
    const heavy = (n: number, day: string) => item(n, day, { content: `<p>${'texte '.repeat(50_000)}</p>` });
    const items = [heavy(1, '2009-07-01'), heavy(2, '2009-07-02'), heavy(3, '2009-07-03'), heavy(4, '2009-07-04')];
    const xml = await feedXml(feed(items));
    expect(Buffer.byteLength(xml)).toBeLessThanOrEqual(1_000_000);
    expect(itemsOf(parse(xml).channel).map((i) => i.title)).toEqual([
      'Article 4 : « test » & co',
      'Article 3 : « test » & co',
      'Article 2 : « test » & co',
    ]);
  });

  it('keeps the newest item even when it alone weighs more than the limit', async () => {
    const xml = await feedXml({ ...feed([item(1, '2009-07-01'), item(2, '2009-07-02')]), maxBytes: 100 });
    expect(itemsOf(parse(xml).channel).map((i) => i.title)).toEqual(['Article 2 : « test » & co']);
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
    const [parsed] = itemsOf(parse(xml).channel);
    expect(parsed?.title).toBe('Titre collé');
    expect(parsed?.['dc:creator']).toBe('Jean Dupont');
    expect(parsed?.['content:encoded']).toBe('<p>Le budgetest de 1,85 million d’euros pour les projets retenus.</p>');
  });
});
