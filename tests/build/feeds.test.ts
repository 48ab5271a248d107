/** The built feeds, as real feed readers and the W3C validator see them. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseHtml } from 'node-html-parser';
import { describe, expect, inject, it } from 'vitest';
import { parseFeed } from '../helpers/feed-reader.ts';
import { checkFeed } from '../helpers/feed-rules.ts';
import { listFiles, readPage } from '../helpers/dist.ts';
import { PAGINATION_ARTICLES, PUBLISHED_NEWS, SITE_URL } from '../setup/build-sites.ts';

const { site, siteBase } = inject('sites');

function feedsOf(dir: string): string[] {
  return listFiles(dir).filter((file) => file.endsWith('rss.xml'));
}

const read = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8');

describe('the feeds', () => {
  it('exist for the site, each section and every keyword', () => {
    const feeds = feedsOf(site.dir);
    expect(feeds).toEqual(expect.arrayContaining(['rss.xml', 'actualites/rss.xml', 'appels-a-projets/rss.xml']));
    const keywordPages = listFiles(site.dir).filter((f) => /^mots-cles\/[^/]+\/index\.html$/.test(f));
    expect(keywordPages.length).toBeGreaterThan(5);
    for (const page of keywordPages) expect(feeds).toContain(page.replace('index.html', 'rss.xml'));
  });

  for (const [name, built] of [
    ['at the domain root', site],
    ['under /pole-image/', siteBase],
  ] as const) {
    it(`pass the W3C validator's rules with no error and no warning, ${name}`, () => {
      for (const file of feedsOf(built.dir)) {
        const location = new URL(built.base + file, SITE_URL).href;
        expect(checkFeed(read(built.dir, file), { location }), file).toEqual([]);
      }
    });

    it(`read back with titles, dates, unique guids and only absolute URLs, ${name}`, async () => {
      const prefix = new URL(built.base, SITE_URL).href;
      for (const file of feedsOf(built.dir)) {
        const { meta, items } = await parseFeed(read(built.dir, file));
        // An English feed's channel is the English home page.
        expect(meta.link, file).toBe(file.startsWith('en/') ? `${prefix}en/` : prefix);
        expect(meta.xmlurl, file).toBe(new URL(built.base + file, SITE_URL).href);
        expect(items.length, file).toBeGreaterThan(0);
        expect(new Set(items.map((item) => item.guid)).size, file).toBe(items.length);
        for (const item of items) {
          expect(item.title.trim(), file).not.toBe('');
          expect(item.pubdate?.getFullYear(), `${file}: ${item.title}`).toBeGreaterThan(2000);
          expect(item.link, file).toMatch(new RegExp(`^${prefix}`));
          for (const element of parseHtml(item.description).querySelectorAll('[href], [src]')) {
            const url = element.getAttribute('href') ?? element.getAttribute('src') ?? '';
            expect(url, `${file}: ${item.title}`).toMatch(/^(https?:|mailto:)/);
            if (url.startsWith(SITE_URL)) expect(url).toMatch(new RegExp(`^${prefix}`));
          }
        }
      }
    });
  }

  it('read back in a feed reader: items, titles, dates, newest first, unique guids', async () => {
    const { meta, items } = await parseFeed(read(site.dir, 'actualites/rss.xml'));
    expect(meta.title).toBe('Pôle Image Nord-Pas-de-Calais – Actualités');
    expect(meta.language).toBe('fr');
    expect(items).toHaveLength(PUBLISHED_NEWS);
    expect(items[0]?.title).toMatch(
      /^(Le Pôle Image du Nord-Pas-de-Calais est lancé au Fresnoy|Premier appel à projets)/,
    );
    const dates = items.map((item) => item.pubdate?.getTime() ?? 0);
    expect(dates).toEqual(dates.toSorted((a, b) => b - a));
    expect(items.find((i) => i.title.startsWith('Le Pôle Image'))?.pubdate?.toISOString()).toBe(
      '2009-07-01T22:00:00.000Z',
    );
    expect(new Set(items.map((item) => item.guid)).size).toBe(items.length);
  });

  it('carry the full text of each article, rendered from its Markdown', async () => {
    const { items } = await parseFeed(read(site.dir, 'actualites/rss.xml'));
    const launch = items.find((item) => item.title.startsWith('Le Pôle Image'));
    expect(launch?.description).toContain('<h2');
    expect(launch?.description).toContain('Michel-François Delannoye');
    expect(launch?.description).toContain('href="https://pole-image.example/membres/ankama/"');
    expect(launch?.summary).toContain('Trois territoires s’unissent');
    expect(launch?.categories).toEqual(expect.arrayContaining(['jeu vidéo', 'Tourcoing']));
  });

  it('render MDX components to plain HTML', async () => {
    // The overlay's MDX article uses <KeyFigures />: its figures must be in the feed, its markup clean.
    const { items } = await parseFeed(read(site.dir, 'actualites/rss.xml'));
    const mdx = items.find((item) => item.title === 'Article de test en MDX');
    expect(mdx?.description).toContain('emplois directs');
    expect(mdx?.description).not.toMatch(/class=|data-astro|<style/);
  });

  it('give authors as dc:creator', () => {
    expect(read(site.dir, 'actualites/rss.xml')).toContain('<dc:creator>Rédaction de test</dc:creator>');
  });

  it('keep the same guid for an item whatever the base path', async () => {
    const guids = async (dir: string) =>
      Object.fromEntries((await parseFeed(read(dir, 'rss.xml'))).items.map((item) => [item.title, item.guid]));
    const root = await guids(site.dir);
    const sub = await guids(siteBase.dir);
    expect(Object.keys(sub).length).toBeGreaterThan(0);
    for (const [title, guid] of Object.entries(sub)) expect(root[title], title).toBe(guid);
  });

  it('date the channel with its newest item, so that a rebuild without new content changes nothing', async () => {
    const xml = read(siteBase.dir, 'rss.xml');
    const { meta, items } = await parseFeed(xml);
    expect(xml).toContain('<lastBuildDate>Thu, 02 Jul 2009 00:00:00 +0200</lastBuildDate>');
    expect(meta.date?.getTime()).toBe(items[0]?.pubdate?.getTime());
  });

  it('hold news, opened calls and announced events in the main feed; upcoming calls wait for their opening day', async () => {
    const { items } = await parseFeed(read(site.dir, 'rss.xml'));
    const titles = items.map((item) => item.title);
    expect(titles).toContain('Appel à projets\u00a0: Premier appel à projets du Pôle Image');
    expect(titles).toContain('Appel à projets\u00a0: Appel de test clos');
    expect(titles.some((title) => title.includes('Appel de test à venir'))).toBe(false);
    // The opened calls (the real one, the closed and the complete test calls), the complete call's two change
    // notices, and the 8 published events, dated the day they were announced.
    expect(items).toHaveLength(PUBLISHED_NEWS + 3 + 2 + 8);
  });

  it('of a keyword hold only that keyword’s articles', async () => {
    const { items } = await parseFeed(read(site.dir, 'mots-cles/test-pagination/rss.xml'));
    expect(items).toHaveLength(PAGINATION_ARTICLES);
    expect(items.every((item) => item.title.startsWith('Actualité de test'))).toBe(true);
  });

  it('never hold a draft or a future article', () => {
    for (const file of feedsOf(site.dir)) {
      const xml = read(site.dir, file);
      expect(xml, file).not.toContain('zorglubine');
      expect(xml, file).not.toContain('article-a-paraitre');
    }
    expect(existsSync(join(site.dir, 'mots-cles/brouillon-de-test/rss.xml'))).toBe(false);
  });

  it('point to the XSL stylesheet under the base path', () => {
    expect(read(siteBase.dir, 'rss.xml')).toContain('<?xml-stylesheet href="/pole-image/rss.xsl" type="text/xsl"?>');
    expect(existsSync(join(siteBase.dir, 'rss.xsl'))).toBe(true);
    // English feeds open in English: their own stylesheet.
    expect(read(siteBase.dir, 'en/rss.xml')).toContain(
      '<?xml-stylesheet href="/pole-image/en/rss.xsl" type="text/xsl"?>',
    );
    expect(read(siteBase.dir, 'en/rss.xsl')).toContain('<html lang="en">');
  });
});

describe('feed discovery', () => {
  const alternates = (path: string) =>
    readPage(site.dir, path)
      .querySelectorAll('link[rel="alternate"][type="application/rss+xml"]')
      .map((link) => link.getAttribute('href'));

  it('every page links the main feed', () => {
    for (const file of listFiles(site.dir).filter((f) => f.endsWith('.html'))) {
      expect(alternates(file), file).toContain(file.startsWith('en/') ? '/en/rss.xml' : '/rss.xml');
    }
  });

  it('section, keyword and article pages link their own feeds too', () => {
    expect(alternates('actualites/')).toContain('/actualites/rss.xml');
    expect(alternates('appels-a-projets/')).toContain('/appels-a-projets/rss.xml');
    expect(alternates('appels-a-projets/appel-a-projets-2009/')).toContain('/appels-a-projets/rss.xml');
    expect(alternates('mots-cles/jeu-video/')).toContain('/mots-cles/jeu-video/rss.xml');
    expect(alternates('actualites/lancement-du-pole-image/')).toEqual(
      expect.arrayContaining(['/actualites/rss.xml', '/mots-cles/jeu-video/rss.xml']),
    );
  });

  it('the footer, news, calls and keyword pages show a visible « S’abonner » link', () => {
    const subscribe = (path: string, selector: string) =>
      readPage(site.dir, path)
        .querySelectorAll(`${selector} a.feed-link`)
        .map((a) => a.getAttribute('href'));
    expect(subscribe('', 'footer')).toEqual(['/rss.xml']);
    expect(subscribe('actualites/', 'main')).toEqual(['/actualites/rss.xml']);
    expect(subscribe('appels-a-projets/', 'main')).toEqual(['/appels-a-projets/rss.xml']);
    expect(subscribe('mots-cles/jeu-video/', 'main')).toEqual(['/mots-cles/jeu-video/rss.xml']);
    expect(readPage(site.dir, 'actualites/').querySelector('main a.feed-link')?.text).toContain('S’abonner');
  });
});
