/**
 * The pages every visitor reaches: each route is built, in French, titled and
 * described, with its section marked, every link resolving, the standalone
 * pages true to the settings.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { brokenLinks, listFiles, readPage } from '../helpers/dist.ts';
import { SITE_URL } from '../setup/build-sites.ts';

const { site, siteBase } = inject('sites');
const page = (path: string) => readPage(site.dir, path);

const routes = [
  'index.html',
  'actualites/index.html',
  'actualites/lancement-du-pole-image/index.html',
  'actualites/ouverture-du-premier-appel-a-projets/index.html',
  'mots-cles/index.html',
  'mots-cles/jeu-video/index.html',
  'mots-cles/appel-a-projets/index.html',
  'membres/index.html',
  'membres/ankama/index.html',
  'membres/le-fresnoy/index.html',
  'membres/crrav/index.html',
  'membres/lille-metropole/index.html',
  'membres/valenciennes-metropole/index.html',
  'membres/porte-du-hainaut/index.html',
  'membres/ankama/actualites/index.html',
  'appels-a-projets/index.html',
  'appels-a-projets/appel-a-projets-2009/index.html',
  'appels-a-projets/appel-a-projets-2009/actualites/index.html',
  'le-pole/index.html',
  'mentions-legales/index.html',
  'accessibilite/index.html',
  'recherche/index.html',
  '404.html',
  'rss.xml',
  'robots.txt',
  'sitemap.xml',
  'rss.xsl',
  'og-image.png',
  'feed-icon.png',
];

describe('the built site', () => {
  it.each(routes)('has %s', (file) => {
    expect(existsSync(join(site.dir, file))).toBe(true);
    expect(existsSync(join(siteBase.dir, file))).toBe(true);
  });

  it('has a second page of news when there are more than 10 articles', () => {
    expect(existsSync(join(site.dir, 'actualites/2/index.html'))).toBe(true);
    expect(existsSync(join(siteBase.dir, 'actualites/2/index.html'))).toBe(false);
  });

  it('is in French outside /en/, with a skip link to the main content', () => {
    for (const file of listFiles(site.dir).filter((f) => f.endsWith('.html'))) {
      const html = page(file);
      expect(html.querySelector('html')?.getAttribute('lang'), file).toBe(file.startsWith('en/') ? 'en' : 'fr');
      expect(html.querySelector('a.skip-link')?.getAttribute('href'), file).toBe('#contenu');
      expect(html.querySelector('main#contenu'), file).not.toBeNull();
    }
  });

  it('gives every page of a language its own title and description', () => {
    // An untranslated member's English page shares its name and French summary with its French page.
    const titles = new Map<string, string>();
    const descriptions = new Map<string, string>();
    for (const file of listFiles(site.dir).filter((f) => f.endsWith('.html') && !f.startsWith('en/'))) {
      const title = page(file).querySelector('title')?.text ?? '';
      const description = page(file).querySelector('meta[name="description"]')?.getAttribute('content') ?? '';
      expect(description, file).toBeTruthy();
      expect(titles.get(title), `${file} has the same title as ${titles.get(title)}`).toBeUndefined();
      expect(
        descriptions.get(description),
        `${file} has the same description as ${descriptions.get(description)}`,
      ).toBeUndefined();
      titles.set(title, file);
      descriptions.set(description, file);
    }
  });

  it('leaves no source map or build leftover in the output', () => {
    const files = listFiles(site.dir);
    expect(files.filter((f) => f.endsWith('.map') || f.startsWith('.prerender'))).toEqual([]);
  });
});

describe('standalone pages', () => {
  it('show the key figures from the site settings on « Le Pôle »', () => {
    const text =
      page('le-pole/')
        .querySelector('.key-figures')
        ?.text.replace(/[ \t\n]+/g, ' ') ?? '';
    for (const figure of ['100', '1\u202f000', '10', '6', '700']) expect(text).toContain(figure);
    expect(text).toContain('Le Quotidien des Usines');
  });

  it('state the accessibility status honestly', () => {
    expect(page('accessibilite/').text).toContain('pas encore conforme');
    expect(page('').querySelector('footer')?.text).toContain('Accessibilité\u00a0: non conforme');
  });
});

describe('navigation', () => {
  it('marks the current section in the header', () => {
    expect(page('membres/ankama/').querySelector('header nav a[aria-current]')?.getAttribute('href')).toBe('/membres/');
    expect(page('membres/').querySelector('header nav a[aria-current="page"]')?.getAttribute('href')).toBe('/membres/');
  });

  it('links the feed from every page', () => {
    expect(page('').querySelector('link[rel="alternate"][type="application/rss+xml"]')?.getAttribute('href')).toBe(
      '/rss.xml',
    );
    expect(page('').querySelector('footer a[href="/rss.xml"]')).not.toBeNull();
  });
});

describe('links', () => {
  it('every internal link, script, stylesheet and image resolves', () => {
    expect(brokenLinks(site.dir, site.base, SITE_URL)).toEqual([]);
  });

  it('every internal link resolves under the sub-path /pole-image/ too', () => {
    expect(brokenLinks(siteBase.dir, siteBase.base, SITE_URL)).toEqual([]);
    const home = readPage(siteBase.dir, '');
    expect(home.querySelector('header nav a')?.getAttribute('href')).toBe('/pole-image/le-pole/');
    // Links written by editors in Markdown bodies get the base too.
    expect(
      readPage(siteBase.dir, 'le-pole/').querySelector('.prose a[href*="lille-metropole"]')?.getAttribute('href'),
    ).toBe('/pole-image/membres/lille-metropole/');
  });
});
