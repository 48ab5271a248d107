/**
 * What the Markdown pipeline publishes, in every output of the test site:
 * editors' HTML comments nowhere, no inline style anywhere, French footnote
 * labels, an image whose file name has a space (written between < >) shown.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { listFiles, readPage, siteText } from '../helpers/dist.ts';
import { readXml } from '../helpers/xml.ts';

const { site } = inject('sites');
const ARTICLE = 'actualites/article-de-test-toutes-constructions/';

/** The content of the article's item in the main feed. */
function feedItemContent(): string {
  const feed = readXml(readFileSync(join(site.dir, 'rss.xml'), 'utf8')) as {
    rss: { channel: { item: { link: string; 'content:encoded': string }[] } };
  };
  const item = feed.rss.channel.item.find(({ link }) => link.endsWith(`/${ARTICLE}`));
  if (!item) throw new Error(`No feed item for ${ARTICLE}`);
  return item['content:encoded'];
}

/** The article's text in the search index. */
function indexedArticle(): string {
  const fragments = [...siteText(site.dir)].filter(([file]) => file.startsWith('pagefind/fragment/'));
  const found = fragments.find(([, text]) => text.includes(ARTICLE));
  if (!found) throw new Error(`${ARTICLE} is not in the search index`);
  return found[1];
}

describe('the Markdown of the test site', () => {
  it('publishes no HTML comment an editor wrote, in any file of the site, search index included', () => {
    const texts = siteText(site.dir);
    expect([...texts.keys()].filter((file) => file.startsWith('pagefind/fragment/')).length).toBeGreaterThan(0);
    const leaks = [...texts].filter(([, text]) => /plouvinasse|Note interne de test/.test(text)).map(([file]) => file);
    expect(leaks).toEqual([]);
  });

  it('publishes no HTML comment at all in any page, the templates’ included', () => {
    const commented = [...siteText(site.dir)]
      .filter(([file, text]) => file.endsWith('.html') && text.includes('<!--'))
      .map(([file]) => file);
    expect(commented).toEqual([]);
  });

  it('writes no inline style in any page: the CSP would block it', () => {
    const styled = [...siteText(site.dir)]
      .filter(([file, text]) => file.endsWith('.html') && /<[a-z][^>]*\sstyle=/i.test(text))
      .map(([file]) => file);
    expect(styled).toEqual([]);
  });

  it('gives a heading without letter or digit an id of its own, and no element an empty id', () => {
    const page = readPage(site.dir, ARTICLE);
    expect(page.querySelectorAll('.prose h2, .prose h3').map((h) => [h.getAttribute('id'), h.textContent])).toEqual([
      ['un-intertitre', 'Un intertitre'],
      ['un-sous-intertitre', 'Un sous-intertitre'],
      ['intertitre-1', '🎬'],
      ['footnote-label', 'Notes'],
    ]);
    const empty = [...siteText(site.dir)]
      .filter(([file, text]) => file.endsWith('.html') && /\sid=""/.test(text))
      .map(([file]) => file);
    expect(empty).toEqual([]);
  });

  it('heads the notes « Notes » with French back links, in .md and .mdx pages, the feed and the search index', () => {
    const notes = readPage(site.dir, ARTICLE).querySelector('.prose .footnotes');
    expect(notes?.querySelector('h2')?.textContent).toBe('Notes');
    expect(notes?.querySelectorAll('a[data-footnote-backref]').map((a) => a.getAttribute('aria-label'))).toEqual([
      'Revenir à l’appel de note 1',
      'Revenir à l’appel de note 2',
    ]);
    const feed = feedItemContent();
    expect(feed).toContain('<h2 id="footnote-label">Notes</h2>');
    expect(readPage(site.dir, 'composants-de-test/').querySelector('.footnotes h2')?.textContent).toBe('Notes');
    const indexed = indexedArticle();
    expect(indexed).toContain('Notes');
    for (const text of [feed, indexed, readPage(site.dir, ARTICLE).toString()]) {
      expect(text).not.toMatch(/Footnotes|Back to reference/);
    }
  });

  it('shows an image whose file name has a space, written between < >, in the page and the feed', () => {
    const image = readPage(site.dir, ARTICLE).querySelector('.prose img');
    expect(image?.getAttribute('alt')).toBe('Un aplat vert dont le nom de fichier contient une espace');
    const src = image?.getAttribute('src') ?? '';
    expect(src).toMatch(/^\/_astro\/image%20de%20test\.[\w-]+\.webp$/);
    expect(listFiles(site.dir)).toContain(decodeURI(src.slice(1)));
    expect(feedItemContent()).toContain(`src="https://pole-image.example${src}"`);
    expect(readPage(site.dir, ARTICLE).querySelector('.prose')?.textContent).not.toContain('](');
  });

  it('keeps code, the tab-indented paragraph and the escaped < as typed, in the page and the feed', () => {
    const prose = readPage(site.dir, ARTICLE).querySelector('.prose')?.toString() ?? '';
    // The HTML parser of the tests reads <pre> as raw text: its code is read from the markup.
    expect([...prose.matchAll(/<pre><code[^>]*>(.{20})/g)].map(([, start]) => start)).toEqual([
      'curl -T mon-film-ver',
      'Le Pôle Image du Nor',
    ]);
    expect(readPage(site.dir, ARTICLE).querySelector('.prose')?.textContent).toContain(
      'Candidature <nom du studio> <ville>, des budgets <50\u00a0k€ et >1\u00a0M€.',
    );
    expect(feedItemContent()).toContain('Candidature &lt;nom du studio&gt; &lt;ville&gt;');
  });

  it('names the boxes of a task list in French, with no form field, and keeps them and struck text in the feed', () => {
    const tasks = readPage(site.dir, ARTICLE).querySelectorAll('.prose .task-list-item');
    expect(
      tasks.map((task) => [task.querySelector('[role="img"]')?.getAttribute('aria-label'), task.textContent]),
    ).toEqual([
      ['fait', '☑ une tâche faite'],
      ['à faire', '☐ une tâche à faire'],
    ]);
    expect(readPage(site.dir, ARTICLE).querySelector('.prose input')).toBeNull();
    expect(feedItemContent()).toContain('<span>☑</span> une tâche faite');
    expect(feedItemContent()).toContain('du <del>texte barré</del>');
  });

  it('links a video of the <Video> component, with no player, in the page and as a plain link in the feed', () => {
    const videos = readPage(site.dir, 'composants-de-test/').querySelectorAll('.video');
    expect(videos.map((video) => video.querySelector('a')?.getAttribute('href'))).toEqual([
      'https://www.youtube.com/watch?v=XXXXXXXXXXX',
      'https://vimeo.com/123456789',
    ]);
    expect(videos.map((video) => video.textContent.replace(/\s+/g, ' ').trim())).toEqual([
      '▶ Une vidéo de test (vidéo sur YouTube)',
      '▶ Une vidéo de test sans vignette (vidéo sur Vimeo)',
    ]);
    expect(videos[0]?.querySelector('img')?.getAttribute('src')).toMatch(/^\/_astro\/image-de-test\.[\w-]+\.webp$/);
    expect(readPage(site.dir, 'composants-de-test/').querySelector('iframe, embed, object, video')).toBeNull();
  });
});
