/**
 * Editors' real-world files that are published whole (`tests/fixtures/editor-inputs/`),
 * added to the test content and built under `/pole-image/`: each output that can
 * show them (page, JSON-LD, feed read by a feed reader, sitemap, search
 * metadata) holds the value as written, or the Paris day of a dated instant.
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type FeedParser from 'feedparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseHtml } from 'node-html-parser';
import type { Browser } from 'playwright-core';
import { ERROR_BASE } from '../../scripts/error-cases.ts';
import { launchChromium } from '../helpers/browser.ts';
import { ROOT, TMP, buildSite } from '../helpers/build.ts';
import { listFiles, readPage, siteText } from '../helpers/dist.ts';
import { parseFeed } from '../helpers/feed-reader.ts';
import { checkFeed } from '../helpers/feed-rules.ts';
import { serveStatic, type RunningServer } from '../helpers/static-server.ts';
import { SITE_URL } from '../setup/build-sites.ts';

const BASE = '/pole-image/';
const EVERY_CONSTRUCT = 'article-de-test-toutes-constructions';
const workspace = resolve(TMP, 'editor-inputs');
const dir = join(workspace, 'dist');
const NBSP = '\u00a0';
const NNBSP = '\u202f';

/** Today and tomorrow in Paris, and the offset of Paris tomorrow (`+01:00`), read from the system's time zone data. */
function parisCalendar(): { today: string; tomorrow: string; offset: string } {
  const now = new Date();
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(now);
  const tomorrow = new Date(Date.parse(`${today}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  const zone = new Intl.DateTimeFormat('en', { timeZone: 'Europe/Paris', timeZoneName: 'longOffset' })
    .formatToParts(new Date(`${tomorrow}T12:00:00Z`))
    .find((part) => part.type === 'timeZoneName')?.value;
  return { today, tomorrow, offset: (zone ?? 'GMT+01:00').replace('GMT', '') };
}
const calendar = parisCalendar();

/** An article dated `instant`, written in UTC as many CMSs export it. */
const datedArticle = (title: string, instant: string) =>
  `---\ntitle: ${title}\ndescription: Un article daté à minuit et demie, heure de Paris.\ndate: ${new Date(instant).toISOString()}\n---\n\nTexte.\n`;

beforeAll(async () => {
  const content = join(workspace, 'content');
  rmSync(workspace, { recursive: true, force: true });
  cpSync(ERROR_BASE, content, { recursive: true });
  cpSync(resolve(ROOT, 'tests/fixtures/editor-inputs'), content, { recursive: true });
  rmSync(join(content, 'README.md'));
  // The test site's article using every Markdown construct, published here under the sub-path,
  // its links pointing at the pages of this content.
  cpSync(resolve(ROOT, 'tests/fixtures/overlay/news/image de test.png'), join(content, 'news/image de test.png'));
  writeFileSync(
    join(content, `news/${EVERY_CONSTRUCT}.md`),
    readFileSync(resolve(ROOT, `tests/fixtures/overlay/news/${EVERY_CONSTRUCT}.md`), 'utf8')
      .replace('(/membres/ankama/)', '(/membres/studio-exemple/)')
      .replace('(/le-pole/)', '(/a-propos/)'),
  );
  // The settings as Notepad saves them: a byte order mark and Windows line endings.
  const settings = join(content, 'settings/site.yaml');
  writeFileSync(settings, `\ufeff${readFileSync(settings, 'utf8').replace(/\n/g, '\r\n')}`);
  // 00:30 in Paris is still the day before in UTC: the Paris day decides when they are published.
  writeFileSync(
    join(content, 'news/minuit-et-demie-demain.md'),
    datedArticle('Publié demain', `${calendar.tomorrow}T00:30:00${calendar.offset}`),
  );
  writeFileSync(
    join(content, 'news/minuit-et-demie-aujourdhui.md'),
    datedArticle('Publié aujourd’hui', `${calendar.today}T00:30:00${calendar.offset}`),
  );
  const { code, output } = await buildSite({ contentDir: content, outDir: dir, basePath: BASE, siteUrl: SITE_URL });
  if (code !== 0) throw new Error(`The build of the editors' inputs failed:\n${output}`);
});
afterAll(() => rmSync(workspace, { recursive: true, force: true }));

const page = (path: string) => readPage(dir, path);
const text = (path: string, selector: string) => page(path).querySelector(selector)?.text;
const jsonLd = (path: string) =>
  // A script's content is raw text: `.text` would decode entities a browser leaves as written.
  JSON.parse(page(path).querySelector('script[type="application/ld+json"]')?.rawText ?? '{}') as Record<
    string,
    unknown
  >;
const read = (file: string) => readFileSync(join(dir, file), 'utf8');

/** The item of a feed whose link is the article `id`. */
async function feedItem(file: string, id: string): Promise<FeedParser.Item> {
  const { items } = await parseFeed(read(file));
  const item = items.find((candidate) => candidate.link === `${SITE_URL}${BASE}actualites/${id}/`);
  if (!item) throw new Error(`No item for ${id} in ${file}`);
  return item;
}

/** The `<pubDate>` of an item as written in the feed. */
function pubDate(file: string, id: string): string | undefined {
  const items = read(file).split('<item>');
  const item = items.find((candidate) => candidate.includes(`${BASE}actualites/${id}/</link>`));
  return /<pubDate>([^<]+)<\/pubDate>/.exec(item ?? '')?.[1];
}

/** The `lastmod` of a page in the sitemap. */
function lastmod(path: string): string | undefined {
  const loc = `${SITE_URL}${BASE}${path}`;
  return new RegExp(`<url><loc>${loc}</loc><lastmod>([^<]+)</lastmod>`).exec(read('sitemap.xml'))?.[1];
}

describe('Windows line endings and byte order marks', () => {
  it('a .md saved with Windows line endings keeps its paragraphs, heading, list and link', () => {
    const prose = page('actualites/fin-de-ligne-windows/').querySelector('.prose');
    // A line end inside a paragraph is a space, whether written \n or \r\n.
    expect(prose?.querySelector('p')?.text.replace(/\s+/g, ' ')).toBe('Premier paragraphe, sur deux lignes.');
    expect(prose?.querySelector('h2')?.text).toBe('Intertitre');
    expect(prose?.querySelectorAll('li').map((li) => li.text)).toEqual(['un', 'deux']);
    expect(prose?.querySelector('a')?.getAttribute('href')).toBe('/pole-image/membres/studio-exemple/');
  });

  it('an .mdx saved with Windows line endings renders its component', () => {
    expect(text('actualites/fin-de-ligne-windows-mdx/', '.prose blockquote')).toBe('Une citation.');
    expect(text('actualites/fin-de-ligne-windows-mdx/', '.prose figcaption')).toBe(`—${NBSP}Prénom Nom`);
  });

  it('a byte order mark is never text: articles in .md and .mdx, a call and the settings are read', () => {
    expect(text('actualites/avec-bom/', 'h1')).toBe('Essai avec BOM');
    expect(text('actualites/avec-bom-mdx/', 'h1')).toBe('Essai MDX avec BOM');
    expect(text('appels-a-projets/appel-fuseau/', 'h1')).toBe('Appel daté avec l’heure');
    expect(text('', 'title')).toBe('Site d’essai – Un site d’essai pour les messages d’erreur');
    const withMark = listFiles(dir).filter(
      (file) => /\.(html|xml|json|txt)$/.test(file) && read(file).includes('\ufeff'),
    );
    expect(withMark).toEqual([]);
  });
});

describe('« ]]> » and « <![CDATA[ » in a title, a summary, an author and the body', () => {
  it('are shown as written on the page', () => {
    expect(text('actualites/cdata/', 'h1')).toBe(`Format XML${NBSP}: la balise ]]> expliquée`);
    // The parser keeps a <pre> as raw HTML: its text is read by parsing it once more.
    const code = parseHtml(page('actualites/cdata/').querySelector('.prose pre')?.innerHTML ?? '').text.trim();
    expect(code).toBe('<script>// <![CDATA[\nvar a = b[c[0]]>1;\n// ]]></script>');
  });

  it('reach a feed reader as written', async () => {
    const item = await feedItem('actualites/rss.xml', 'cdata');
    expect(item.title).toBe(`Format XML${NBSP}: la balise ]]> expliquée`);
    // The summary is HTML: the text ]]> <![CDATA[ is written ]]&gt; &lt;![CDATA[.
    expect(item.summary).toBe(`Fin de section${NBSP}: ]]&gt; et début${NBSP}: &lt;![CDATA[ dans un résumé.`);
    expect(item.author).toBe('Équipe ]]> et <![CDATA[ & co');
    expect(item.description).toContain('la suite ]]&gt; le ferme.');
  });
});

describe('no, yes, on and off stay text', () => {
  it('as keywords, each with its page and in the feed', async () => {
    for (const [slug, name] of [
      ['no', 'no'],
      ['yes', 'yes'],
      ['on', 'on'],
      ['off', 'off'],
      ['3d', '3D'],
    ]) {
      expect(text(`mots-cles/${slug}/`, 'h1'), slug).toBe(`«${NNBSP}${name}${NNBSP}»`);
    }
    expect((await feedItem('rss.xml', 'norvege')).categories).toEqual(['no', 'yes', 'on', 'off', '3D']);
  });

  it('as a title, a summary and an author', async () => {
    expect(text('actualites/oui-non/', 'h1')).toBe('Yes');
    expect(page('actualites/oui-non/').querySelector('meta[name="description"]')?.getAttribute('content')).toBe('No');
    expect((await feedItem('rss.xml', 'oui-non')).author).toBe('on');
  });
});

describe('quotes, « & » and markup stay text', () => {
  const title = `R&D & "serious games"${NBSP}: <b>2010</b>, l’an &copy; du jeu`;

  it('in a title and an author: page, JSON-LD and feed', async () => {
    expect(text('actualites/esperluette/', 'h1')).toBe(title);
    expect(jsonLd('actualites/esperluette/').headline).toBe(title);
    // RSS titles are plain text, so markup is escaped once; feedparser, reading them as HTML, drops the tags.
    expect(read('rss.xml')).toContain(
      `<title>R&amp;D &amp; &quot;serious games&quot;${NBSP}: &lt;b&gt;2010&lt;/b&gt;, l’an &amp;copy; du jeu</title>`,
    );
    const item = await feedItem('rss.xml', 'esperluette');
    expect(item.author).toBe('Dupont & Fils <contact>');
    expect(item.categories).toEqual(['R&D']);
  });

  it('in a member’s name', () => {
    expect(text('membres/r-et-d/', 'h1')).toBe('Labo "R&D" <b>Image</b>');
  });

  it('in the description of an image, in the front matter and in the body', () => {
    const article = page('actualites/affiche/');
    expect(article.querySelector('meta[property="og:image:alt"]')?.getAttribute('content')).toBe(
      'L’affiche «\u202fOsez\u202f» & "l’image" <b>gras</b>',
    );
    // The body goes through the Markdown typography: straight quotes become curly, nothing is lost.
    expect(article.querySelector('.prose img')?.getAttribute('alt')).toBe(
      'Affiche « Nouvelles écritures » avec le slogan “Osez l’image” & un x”><b>gras</b>',
    );
    expect(article.querySelectorAll('.prose b')).toEqual([]);
  });
});

describe('emoji and Arabic script', () => {
  it('are kept whole in the title, the summary, the keyword and the feed, joined emoji and flags included', async () => {
    const title = '🎬 Tournage à Lille avec l’équipe de «\u202fمهرجان\u202f» 🎥';
    expect(text('actualites/tournage/', 'h1')).toBe(title);
    expect(page('actualites/tournage/').querySelector('meta[name="description"]')?.getAttribute('content')).toBe(
      'Une équipe 👩‍👩‍👧 venue d’Écosse 🏴󠁧󠁢󠁳󠁣󠁴󠁿 et d’ailleurs ❤️.',
    );
    expect(text('mots-cles/tournage/', 'h1')).toBe(`«${NNBSP}tournage 🎬${NNBSP}»`);
    expect((await feedItem('rss.xml', 'tournage')).title).toBe(title);
  });
});

describe('a date with a time and an offset counts for the day it falls on in Paris', () => {
  it.each([
    [
      '2 July 00:30 in Paris, exported with its offset',
      'import-wordpress',
      '2009-07-02',
      '2 juillet 2009',
      'Thu, 02 Jul 2009 00:00:00 +0200',
    ],
    [
      '23:30 UTC the night the clocks go forward',
      'passage-heure-d-ete',
      '2009-03-29',
      '29 mars 2009',
      'Sun, 29 Mar 2009 00:00:00 +0100',
    ],
    [
      '22:30 in New York the day the clocks go back',
      'passage-heure-d-hiver',
      '2009-10-26',
      '26 octobre 2009',
      'Mon, 26 Oct 2009 00:00:00 +0100',
    ],
  ])('%s: page, JSON-LD, feed, sitemap and search', async (_, id, day, words, rfc822) => {
    const path = `actualites/${id}/`;
    const published = page(path).querySelector('header time');
    expect(published?.getAttribute('datetime')).toBe(day);
    expect(published?.text).toBe(words);
    expect(jsonLd(path).datePublished).toBe(day);
    expect(pubDate('rss.xml', id)).toBe(rfc822);
    expect(pubDate('actualites/rss.xml', id)).toBe(rfc822);
    expect((await feedItem('rss.xml', id)).pubdate?.getTime()).toBe(new Date(rfc822).getTime());
    expect(page(path).querySelector(`[data-pagefind-meta="date:${day}"]`)).not.toBeNull();
    expect(lastmod(path)).toBe(id === 'passage-heure-d-ete' ? '2009-10-25' : day);
  });

  it('for updated and source.date too', () => {
    expect(jsonLd('actualites/passage-heure-d-ete/').dateModified).toBe('2009-10-25');
    const source = page('actualites/passage-heure-d-hiver/').querySelector('.source time');
    expect(source?.getAttribute('datetime')).toBe('2009-10-25');
    expect(source?.text).toBe('25 octobre 2009');
  });

  it('for the opening and the deadline of a call', () => {
    const times = page('appels-a-projets/appel-fuseau/')
      .querySelectorAll('time')
      .map((time) => [time.getAttribute('datetime'), time.text]);
    expect(times).toEqual(
      expect.arrayContaining([
        ['2009-07-01', '1er juillet 2009'],
        // A deadline exported with its time keeps it, in Paris time.
        ['2009-09-30T23:30', '30 septembre 2009 à 23\u00a0h\u00a030'],
      ]),
    );
    expect(
      page('appels-a-projets/appel-fuseau/').querySelector('[data-call-closes]')?.getAttribute('data-call-closes'),
    ).toBe('2009-09-30T23:30');
  });

  it('for the update of a page, in the sitemap', () => {
    expect(lastmod('page-fuseau/')).toBe('2009-07-02');
  });

  it('decides the day an article is published: tomorrow 00:30 in Paris is not published today', async () => {
    expect(listFiles(dir).filter((file) => file.includes('minuit-et-demie'))).toEqual([
      'actualites/minuit-et-demie-aujourdhui/index.html',
    ]);
    expect(page('actualites/minuit-et-demie-aujourdhui/').querySelector('header time')?.getAttribute('datetime')).toBe(
      calendar.today,
    );
    const { items } = await parseFeed(read('rss.xml'));
    expect(items.map((item) => item.title)).toContain('Publié aujourd’hui');
    expect(items.map((item) => item.title)).not.toContain('Publié demain');
    expect(read('sitemap.xml')).not.toContain('minuit-et-demie-demain');
  });
});

describe('the feeds', () => {
  it('are well-formed XML and pass the validator’s rules, control characters written by an MDX expression included', async () => {
    const feeds = listFiles(dir).filter((file) => file.endsWith('rss.xml'));
    expect(feeds).toEqual(expect.arrayContaining(['rss.xml', 'actualites/rss.xml', 'appels-a-projets/rss.xml']));
    for (const file of feeds) {
      expect(checkFeed(read(file), { location: `${SITE_URL}${BASE}${file}` }), file).toEqual([]);
    }
    const item = await feedItem('actualites/rss.xml', 'expression-mdx');
    expect(item.description).toContain('Le budgetest de 1,85 million d’euros pour les projets.');
  });
});

describe('long titles, addresses and keywords, at 320 px in Chromium', () => {
  let browser: Browser;
  let server: RunningServer;
  beforeAll(async () => {
    browser = await launchChromium();
    server = await serveStatic(dir, BASE);
  });
  afterAll(async () => {
    await browser.close();
    await server.close();
  });

  it.each([
    'actualites/long/',
    'actualites/',
    'mots-cles/',
    'mots-cles/poleimagenordpasdecalaiscinemaaudiovisuel/',
    'mots-cles/poleimagenordpasdecalais2009/',
  ])('/%s has no horizontal scrolling', async (path) => {
    const tab = await browser.newPage({ viewport: { width: 320, height: 640 } });
    await tab.goto(server.url + path);
    const overflow = await tab.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    await tab.close();
    expect(overflow).toBe(0);
  });
});

describe('Markdown under the sub-path /pole-image/', () => {
  const ARTICLE = `actualites/${EVERY_CONSTRUCT}/`;

  it('publishes no HTML comment an editor wrote and no inline style, in any file, search index included', () => {
    const texts = siteText(dir);
    expect([...texts.keys()].filter((file) => file.startsWith('pagefind/fragment/')).length).toBeGreaterThan(0);
    expect(
      [...texts].filter(([, body]) => /plouvinasse|Note interne de test/.test(body)).map(([file]) => file),
    ).toEqual([]);
    expect(
      [...texts].filter(([file, body]) => file.endsWith('.html') && /<[a-z][^>]*\sstyle=/i.test(body)).map(([f]) => f),
    ).toEqual([]);
  });

  it('shows the image whose file name has a space from the sub-path, in the page and the feed', async () => {
    const image = page(ARTICLE).querySelector('.prose img');
    const src = image?.getAttribute('src') ?? '';
    expect(src).toMatch(/^\/pole-image\/_astro\/image%20de%20test\.[\w-]+\.webp$/);
    expect(listFiles(dir)).toContain(decodeURI(src.slice(BASE.length)));
    const item = await feedItem('rss.xml', EVERY_CONSTRUCT);
    expect(item.description).toContain(`src="${SITE_URL}${src}"`);
  });

  it('links other pages of the site through the sub-path, with French footnote labels', () => {
    const prose = page(ARTICLE).querySelector('.prose');
    const hrefs = prose?.querySelectorAll('a').map((a) => a.getAttribute('href')) ?? [];
    expect(hrefs).toContain('/pole-image/membres/studio-exemple/');
    expect(hrefs).toContain('/pole-image/a-propos/');
    expect(hrefs.filter((href) => href?.startsWith('/') && !href.startsWith(BASE))).toEqual([]);
    expect(prose?.querySelector('.footnotes h2')?.textContent).toBe('Notes');
    expect(prose?.querySelector('a[data-footnote-backref]')?.getAttribute('aria-label')).toBe(
      'Revenir à l’appel de note 1',
    );
  });
});

describe('keywords ending with a sign', () => {
  it('C#, C++ and F# each have their own page, linked from the article, in the sitemap and the feed', async () => {
    const links = page('actualites/langages/')
      .querySelectorAll('a[href*="/mots-cles/"]')
      .map((a) => [a.textContent.trim(), a.getAttribute('href')]);
    expect(links).toEqual(
      expect.arrayContaining([
        ['C#', '/pole-image/mots-cles/c-sharp/'],
        ['C++', '/pole-image/mots-cles/c-plus-plus/'],
        ['F#', '/pole-image/mots-cles/f-sharp/'],
        ['AR/VR', '/pole-image/mots-cles/ar-vr/'],
      ]),
    );
    for (const [slug, heading] of [
      ['c-sharp', `«${NNBSP}C#${NNBSP}»`],
      ['c-plus-plus', `«${NNBSP}C++${NNBSP}»`],
      ['f-sharp', `«${NNBSP}F#${NNBSP}»`],
    ]) {
      expect(text(`mots-cles/${slug}/`, 'h1')).toBe(heading);
      expect(read('sitemap.xml')).toContain(`<loc>${SITE_URL}${BASE}mots-cles/${slug}/</loc>`);
    }
    expect((await feedItem('rss.xml', 'langages')).categories).toEqual(['C#', 'C++', 'F#', 'AR/VR']);
  });
});
