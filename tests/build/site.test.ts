import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, inject, it } from 'vitest';
import { brandPalette } from '../../src/lib/brand-svg.ts';
import { ROOT } from '../helpers/build.ts';
import { brokenLinks, listFiles, pathOf, readPage, visibleText } from '../helpers/dist.ts';
import { BASE_PATH_ARTICLES, PAGINATION_ARTICLES, PUBLISHED_NEWS, SITE_URL } from '../setup/build-sites.ts';

const { site, siteBase } = inject('sites');
const page = (path: string) => readPage(site.dir, path);
const hrefs = (path: string, selector = 'main a') =>
  page(path)
    .querySelectorAll(selector)
    .map((a) => a.getAttribute('href'));

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

  it('is in French, with a skip link to the main content', () => {
    for (const file of listFiles(site.dir).filter((f) => f.endsWith('.html'))) {
      const html = page(file);
      expect(html.querySelector('html')?.getAttribute('lang'), file).toBe('fr');
      expect(html.querySelector('a.skip-link')?.getAttribute('href'), file).toBe('#contenu');
      expect(html.querySelector('main#contenu'), file).not.toBeNull();
    }
  });

  it('gives every page its own title and description', () => {
    const titles = new Map<string, string>();
    const descriptions = new Map<string, string>();
    for (const file of listFiles(site.dir).filter((f) => f.endsWith('.html'))) {
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

describe('drafts and future articles', () => {
  it('appear nowhere in the built site: pages, feed, sitemap', () => {
    for (const file of listFiles(site.dir).filter((f) => /\.(html|xml|txt|json)$/.test(f))) {
      expect(readFileSync(join(site.dir, file), 'utf8'), file).not.toContain('zorglubine');
    }
  });

  it('get no page, and their keywords no keyword page', () => {
    for (const path of [
      'actualites/article-en-brouillon',
      'actualites/article-a-paraitre',
      'actualites/modele-de-test',
      'membres/membre-en-brouillon',
      'appels-a-projets/appel-en-brouillon',
      'page-en-brouillon',
      'mots-cles/brouillon-de-test',
      'mots-cles/avenir-de-test',
    ]) {
      expect(existsSync(join(site.dir, path)), path).toBe(false);
    }
  });

  it('are not counted in listings', () => {
    const total = PUBLISHED_NEWS;
    expect(page('actualites/').querySelector('.lede')?.text).toContain(`${total} articles`);
  });

  it('are counted nowhere: members, calls, keywords, search sections', () => {
    const words = (text = '') => text.replace(/&nbsp;|\u00a0|\s+/g, ' ').trim();
    // The draft member is a company: counted, it would make two.
    expect(words(page('membres/').querySelector('.lede')?.text)).toContain('Les 6 membres');
    expect(words(page('').querySelector('#membres')?.parentNode?.text)).toContain('6 membres : 1 entreprise,');
    const chips = page('mots-cles/')
      .querySelectorAll('main .chip')
      .map((chip) => words(chip.text));
    expect(chips.some((chip) => /brouillon|avenir/.test(chip))).toBe(false);
    const sections = page('recherche/')
      .querySelectorAll('.browse li')
      .map((item) => words(item.text));
    expect(sections).toEqual([
      `Actualités (${PUBLISHED_NEWS})`,
      'Membres (6)',
      'Appels à projets (3)',
      `Mots clés (${chips.length})`,
    ]);
    expect(page('appels-a-projets/').querySelectorAll('[data-call-list] > li')).toHaveLength(3);
  });

  it('are not in the sitemap, even by their address', () => {
    const sitemap = readFileSync(join(site.dir, 'sitemap.xml'), 'utf8');
    for (const id of ['article-en-brouillon', 'article-a-paraitre', 'membre-en-brouillon', 'page-en-brouillon']) {
      expect(sitemap).not.toContain(id);
    }
  });
});

describe('MDX components', () => {
  const components = () => page('composants-de-test/');

  it('Figure shows the image optimised by Astro, with its text, caption and credit', () => {
    const figure = components().querySelector('figure.figure');
    const image = figure?.querySelector('img');
    expect(image?.getAttribute('src')).toMatch(/^\/_astro\/image-de-test\.[\w-]+\.webp$/);
    expect(image?.getAttribute('alt')).toBe('Un rectangle violet uni, sans motif');
    expect([image?.getAttribute('width'), image?.getAttribute('height')]).toEqual(['960', '540']);
    expect(figure?.querySelector('figcaption')?.text).toContain('Une image de test\u00a0: un aplat de couleur.');
    expect(figure?.querySelector('.credit')?.text).toBe('Image\u00a0: tests du site');
  });

  it('Quote shows the words, their author and their source', () => {
    const quote = components().querySelector('figure.quote');
    expect(quote?.querySelector('blockquote')?.text).toContain('Des mots de test, cités tels quels');
    expect(quote?.querySelector('figcaption')?.text).toContain('Personne de test, porte-parole');
    expect(quote?.querySelector('cite')?.text).toBe('Journal de test, 2 juillet 2009');
  });

  it('CallToAction links to a page of the site, under the base path too', () => {
    const button = components().querySelector('a.call-to-action');
    expect(button?.getAttribute('href')).toBe('/appels-a-projets/');
    expect(button?.text).toContain('Voir les appels à projets');
    const real = readPage(siteBase.dir, 'actualites/ouverture-du-premier-appel-a-projets/');
    expect(real.querySelector('a.call-to-action')?.getAttribute('href')).toBe(
      '/pole-image/appels-a-projets/appel-a-projets-2009/',
    );
  });

  it('KeyFigures shows the figures written in the page, with their source', () => {
    const block = components().querySelector('figure.key-figures');
    expect(block?.querySelectorAll('.label').map((label) => label.text)).toEqual([
      'euros de test',
      'environ thèmes de test',
    ]);
    expect(block?.querySelector('figcaption')?.text).toContain('Source de test');
  });
});

describe('news', () => {
  it('lists 10 articles per page, newest first, with links between pages', () => {
    const first = page('actualites/').querySelectorAll('main .card time');
    const second = page('actualites/2/').querySelectorAll('main .card time');
    expect(first).toHaveLength(10);
    expect(second).toHaveLength(PUBLISHED_NEWS - 10);
    const days = [...first, ...second].map((time) => time.getAttribute('datetime') ?? '');
    expect(days).toEqual(days.toSorted().reverse());
    expect(page('actualites/').querySelector('a[rel="next"]')?.getAttribute('href')).toBe('/actualites/2/');
    expect(page('actualites/2/').querySelector('a[rel="prev"]')?.getAttribute('href')).toBe('/actualites/');
  });

  it('dates articles in French and names their source', () => {
    const article = page('actualites/lancement-du-pole-image/');
    expect(article.querySelector('.byline time')?.text).toBe('2 juillet 2009');
    expect(article.querySelector('.byline time')?.getAttribute('datetime')).toBe('2009-07-02');
    expect(article.querySelector('.source')?.text).toContain('Le Quotidien des Usines');
  });

  it('links an article to its keywords, members and call', () => {
    const links = hrefs('actualites/lancement-du-pole-image/');
    expect(links).toContain('/mots-cles/jeu-video/');
    expect(links).toContain('/mots-cles/le-fresnoy/');
    for (const member of [
      'ankama',
      'le-fresnoy',
      'crrav',
      'lille-metropole',
      'valenciennes-metropole',
      'porte-du-hainaut',
    ]) {
      expect(links).toContain(`/membres/${member}/`);
    }
    expect(links).toContain('/appels-a-projets/appel-a-projets-2009/');
  });

  it('links each article to its neighbours', () => {
    const article = page('actualites/ouverture-du-premier-appel-a-projets/');
    const neighbours = article.querySelectorAll('.prev-next a').map((a) => a.getAttribute('href'));
    expect(neighbours.length).toBeGreaterThan(0);
    expect(neighbours).toContain('/actualites/lancement-du-pole-image/');
  });

  it('lists the articles of a keyword, ten per page, newest first', () => {
    const cards = page('mots-cles/appel-a-projets/').querySelectorAll('main .card-title a');
    expect(cards.map((a) => a.getAttribute('href'))).toEqual(['/actualites/ouverture-du-premier-appel-a-projets/']);
    expect(page('mots-cles/appel-a-projets/').querySelector('nav.pagination')).toBeNull();
    const first = page('mots-cles/test-pagination/');
    const second = page('mots-cles/test-pagination/2/');
    expect(first.querySelectorAll('main .card')).toHaveLength(10);
    expect(second.querySelectorAll('main .card')).toHaveLength(PAGINATION_ARTICLES - 10);
    expect(first.querySelector('a[rel="next"]')?.getAttribute('href')).toBe('/mots-cles/test-pagination/2/');
    expect(second.querySelector('a[rel="prev"]')?.getAttribute('href')).toBe('/mots-cles/test-pagination/');
    expect(second.querySelector('h1')?.textContent).toContain('page 2 sur 2');
    expect(existsSync(join(site.dir, 'mots-cles/test-pagination/3/index.html'))).toBe(false);
  });
});

describe('members', () => {
  it('groups the directory by kind', () => {
    const directory = page('membres/');
    const groups = directory.querySelectorAll('section.group');
    expect(
      groups.map((g) =>
        g
          .querySelector('h2')
          ?.text.replace(/\s+\d+$/, '')
          .trim(),
      ),
    ).toEqual(['Entreprises', 'Institutions', 'Collectivités']);
    expect(groups[0]?.querySelectorAll('.card-title a').map((a) => a.getAttribute('href'))).toEqual([
      '/membres/ankama/',
    ]);
  });

  it('shows a profile’s facts, with a lower bound of employees as « 400+ »', () => {
    const facts = page('membres/ankama/').querySelector('.facts')?.text.replace(/\s+/g, ' ') ?? '';
    expect(facts).toContain('Roubaix-Tourcoing');
    expect(facts).toContain('Jeu vidéo');
    expect(facts).toContain('2001');
    expect(facts).toContain('400+');
    expect(facts).toContain('(en 2009)');
  });
});

describe('calls for projects', () => {
  it('shows budget, themes, opening date, status and the unknown deadline', () => {
    const call = page('appels-a-projets/appel-a-projets-2009/');
    const text = call.querySelector('main')?.text ?? '';
    expect(text).toContain('1,85\u00a0M€');
    for (const theme of ['Serious games', 'Webdocumentaires', 'Séries d’animation', 'Documentaire de proximité']) {
      expect(text).toContain(theme);
    }
    expect(text).toContain('2 juillet 2009');
    expect(text).toContain('Date limite non communiquée');
    const badge = call.querySelector('[data-call-opens]');
    expect(badge?.text).toBe('Ouvert');
    expect(badge?.getAttribute('data-call-opens')).toBe('2009-07-02');
    expect(badge?.hasAttribute('data-call-closes')).toBe(false);
  });

  it('carries a script that brings the status up to date in the reader’s browser', () => {
    const scripts = page('appels-a-projets/appel-a-projets-2009/').querySelectorAll('script[type="module"]');
    expect(scripts.length).toBeGreaterThan(0);
  });

  it('lists open calls first, then upcoming, then closed', () => {
    const statuses = page('appels-a-projets/')
      .querySelectorAll('[data-call-list] [data-status]')
      .map((badge) => badge.getAttribute('data-status'));
    expect(statuses).toEqual(['open', 'upcoming', 'closed']);
  });
});

describe('the news of a member or a call', () => {
  const cards = (path: string, dir = site.dir) =>
    readPage(dir, path)
      .querySelectorAll('main .card-title a')
      .map((a) => a.getAttribute('href'));
  /** The generated test articles that cite Ankama and the call, newest first (n° 12 to n° 1). */
  const citing = (from: number, to = 1) =>
    Array.from(
      { length: from - to + 1 },
      (_, i) => `/actualites/test-pagination-${String(from - i).padStart(2, '0')}/`,
    );
  const launch = '/actualites/lancement-du-pole-image/';
  const opening = '/actualites/ouverture-du-premier-appel-a-projets/';
  const crumbs = (path: string, dir = site.dir) =>
    readPage(dir, path)
      .querySelectorAll('.breadcrumbs li')
      .map((li) => [li.text.trim(), li.querySelector('a')?.getAttribute('href') ?? null]);

  it.each([
    ['membres/ankama/', [launch, ...citing(12, 10)], 'Toutes les actualités citant Ankama (13)'],
    [
      'appels-a-projets/appel-a-projets-2009/',
      [launch, opening, ...citing(12, 11)],
      'Toutes les actualités sur cet appel (14)',
    ],
  ])('/%s shows its 4 newest articles, then a link to all of them with their number', (path, newest, label) => {
    expect(cards(path)).toEqual(newest);
    const all = page(path).querySelector('.related a.more-link');
    expect(all?.text).toBe(label);
    expect(all?.getAttribute('href')).toBe(`/${path}actualites/`);
  });

  it('a member or call cited by no more articles than its page shows gets no link and no list', () => {
    for (const id of ['le-fresnoy', 'crrav', 'lille-metropole', 'valenciennes-metropole', 'porte-du-hainaut']) {
      expect(cards(`membres/${id}/`), id).toEqual([launch]);
      expect(page(`membres/${id}/`).querySelector('.related a.more-link'), id).toBeNull();
      expect(existsSync(join(site.dir, `membres/${id}/actualites`)), id).toBe(false);
    }
    for (const id of ['appel-de-test-clos', 'appel-de-test-a-venir']) {
      expect(page(`appels-a-projets/${id}/`).querySelector('.related .empty')?.text).toBe(
        'Aucune actualité ne cite encore cet appel.',
      );
      expect(existsSync(join(site.dir, `appels-a-projets/${id}/actualites`)), id).toBe(false);
    }
  });

  it.each([
    ['membres/ankama/actualites/', [launch, ...citing(12)]],
    ['appels-a-projets/appel-a-projets-2009/actualites/', [launch, opening, ...citing(12)]],
  ])('%s lists every citing article, ten per page, newest first, with links between pages', (list, expected) => {
    const [first, second] = [page(list), page(`${list}2/`)];
    expect(cards(list)).toHaveLength(10);
    expect([...cards(list), ...cards(`${list}2/`)]).toEqual(expected);
    const days = [first, second].flatMap((p) =>
      p.querySelectorAll('main .card time').map((t) => t.getAttribute('datetime') ?? ''),
    );
    expect(days).toEqual(days.toSorted().reverse());
    expect(first.querySelector('a[rel="next"]')?.getAttribute('href')).toBe(`/${list}2/`);
    expect(second.querySelector('a[rel="prev"]')?.getAttribute('href')).toBe(`/${list}`);
    expect(second.querySelector('nav.pagination a[aria-current="page"]')?.text.trim()).toMatch(/2$/);
    expect(existsSync(join(site.dir, list, '3'))).toBe(false);
  });

  it.each([
    {
      list: 'membres/ankama/actualites/',
      count: 13,
      title: 'Actualités citant Ankama',
      description: 'Les 13 actualités du Pôle Image qui citent Ankama, page 2 sur 2.',
      crumbs: [
        ['Accueil', '/'],
        ['Membres', '/membres/'],
        ['Ankama', '/membres/ankama/'],
        ['Actualités', null],
      ],
      back: '← Retour à la fiche du membre',
    },
    {
      list: 'appels-a-projets/appel-a-projets-2009/actualites/',
      count: 14,
      title: 'Actualités sur «\u202fPremier appel à projets du Pôle Image\u202f»',
      description:
        'Les 14 actualités du Pôle Image sur l’appel à projets «\u202fPremier appel à projets du Pôle Image\u202f», page 2 sur 2.',
      crumbs: [
        ['Accueil', '/'],
        ['Appels à projets', '/appels-a-projets/'],
        ['Premier appel à projets du Pôle Image', '/appels-a-projets/appel-a-projets-2009/'],
        ['Actualités', null],
      ],
      back: '← Retour à l’appel à projets',
    },
  ])('titles each page of $list, with breadcrumbs to its page and a link back to it', (expected) => {
    const [first, second] = [page(expected.list), page(`${expected.list}2/`)];
    expect(first.querySelector('title')?.text).toBe(`${expected.title} – Pôle Image Nord-Pas-de-Calais`);
    expect(first.querySelector('h1')?.text).toBe(expected.title);
    expect(second.querySelector('h1')?.text).toBe(`${expected.title}, page 2 sur 2`);
    expect(second.querySelector('meta[name="description"]')?.getAttribute('content')).toBe(expected.description);
    expect(second.querySelector('.lede')?.text.trim()).toBe(
      `${expected.count} articles, du plus récent au plus ancien.`,
    );
    expect(crumbs(`${expected.list}2/`)).toEqual(expected.crumbs);
    const back = second.querySelector('.page-head p a');
    expect(back?.text).toBe(expected.back);
    expect(back?.getAttribute('href')).toBe(expected.crumbs[2]?.[1]);
  });

  it('are linked and listed under the base path /pole-image/ too', () => {
    const profile = readPage(siteBase.dir, 'membres/ankama/');
    expect(profile.querySelector('.related a.more-link')?.getAttribute('href')).toBe(
      '/pole-image/membres/ankama/actualites/',
    );
    expect(profile.querySelector('.related a.more-link')?.text).toBe(
      `Toutes les actualités citant Ankama (${BASE_PATH_ARTICLES + 1})`,
    );
    const list = 'appels-a-projets/appel-a-projets-2009/actualites/';
    expect(cards(list, siteBase.dir)).toEqual(
      [launch, opening, ...citing(BASE_PATH_ARTICLES)].map((path) => `/pole-image${path}`),
    );
    expect(crumbs(list, siteBase.dir).map(([, link]) => link)).toEqual([
      '/pole-image/',
      '/pole-image/appels-a-projets/',
      '/pole-image/appels-a-projets/appel-a-projets-2009/',
      null,
    ]);
    expect(readPage(siteBase.dir, list).querySelector('nav.pagination')).toBeNull();
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

describe('sitemap', () => {
  const locs = (dir: string) =>
    [
      ...readFileSync(join(dir, 'sitemap.xml'), 'utf8').matchAll(
        /<url><loc>([^<]+)<\/loc>(?:<lastmod>([^<]+)<\/lastmod>)?<\/url>/g,
      ),
    ].map(([, loc = '', lastmod]) => ({ loc, lastmod }));

  it('robots.txt points to it, under the base path too', () => {
    expect(readFileSync(join(site.dir, 'robots.txt'), 'utf8')).toContain(
      'Sitemap: https://pole-image.example/sitemap.xml',
    );
    expect(readFileSync(join(siteBase.dir, 'robots.txt'), 'utf8')).toContain(
      'Sitemap: https://pole-image.example/pole-image/sitemap.xml',
    );
  });

  it('lists every page of the site, and only pages that exist', () => {
    for (const built of [site, siteBase]) {
      const listed = locs(built.dir).map(({ loc }) => loc);
      const pages = listFiles(built.dir)
        .filter((f) => f.endsWith('.html') && f !== '404.html')
        .map((f) => new URL(pathOf(built.base, f), SITE_URL).href);
      expect(listed.toSorted()).toEqual(pages.toSorted());
    }
  });

  it('gives each page the day it really changed', () => {
    const lastmod = Object.fromEntries(locs(site.dir).map(({ loc, lastmod }) => [loc, lastmod]));
    expect(lastmod['https://pole-image.example/actualites/lancement-du-pole-image/']).toBe('2009-07-02');
    expect(lastmod['https://pole-image.example/actualites/test-pagination-05/']).toBe('2008-01-05');
    expect(lastmod['https://pole-image.example/mots-cles/test-pagination/']).toBe('2008-01-12');
    expect(lastmod['https://pole-image.example/membres/ankama/']).toBe('2009-07-02');
    expect(lastmod['https://pole-image.example/membres/ankama/actualites/']).toBe('2009-07-02');
    expect(lastmod['https://pole-image.example/membres/ankama/actualites/2/']).toBe('2008-01-03');
    expect(lastmod['https://pole-image.example/appels-a-projets/appel-a-projets-2009/actualites/2/']).toBe(
      '2008-01-04',
    );
    expect(lastmod['https://pole-image.example/mentions-legales/']).toBe('2026-11-27');
    // Nothing says when the directory or the search page changed: no made-up date.
    expect(lastmod['https://pole-image.example/membres/']).toBeUndefined();
  });

  it('leaves drafts out', () => {
    expect(readFileSync(join(site.dir, 'sitemap.xml'), 'utf8')).not.toMatch(/brouillon|a-paraitre/);
  });
});

describe('sharing metadata', () => {
  const meta = (path: string, name: string) =>
    page(path).querySelector(`meta[property="${name}"], meta[name="${name}"]`)?.getAttribute('content');
  const jsonLd = (path: string) =>
    page(path)
      .querySelectorAll('script[type="application/ld+json"]')
      .map((script) => JSON.parse(script.textContent) as Record<string, unknown>);

  it('every page has a canonical URL and Open Graph and Twitter tags with an image that exists', () => {
    for (const file of listFiles(site.dir).filter((f) => f.endsWith('.html'))) {
      const html = page(file);
      if (file !== '404.html') {
        expect(html.querySelector('link[rel="canonical"]')?.getAttribute('href'), file).toBe(
          new URL(pathOf('/', file), SITE_URL).href,
        );
      }
      for (const name of ['og:title', 'og:description', 'og:image', 'og:image:alt', 'twitter:card', 'twitter:image']) {
        expect(meta(file, name), `${file} ${name}`).toBeTruthy();
      }
      const image = new URL(meta(file, 'og:image') ?? '');
      expect(existsSync(join(site.dir, image.pathname)), `${file}: ${image.href}`).toBe(true);
    }
  });

  it('the default sharing image is a 1200 × 630 PNG', () => {
    const png = readFileSync(join(site.dir, 'og-image.png'));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  });

  it('the sharing and feed images are drawn in the identity: ink, the wordmark, the five fields’ colours', async () => {
    const palette = brandPalette(readFileSync(join(ROOT, 'src/styles/tokens.css'), 'utf8'));
    const hex = ([r, g, b]: number[]) => `#${[r, g, b].map((c) => (c ?? 0).toString(16).padStart(2, '0')).join('')}`;
    const { data, info } = await sharp(join(site.dir, 'og-image.png'))
      .removeAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true });
    const pixel = (x: number, y: number) =>
      hex([...data.subarray((y * info.width + x) * 3, (y * info.width + x) * 3 + 3)]);
    expect(pixel(1190, 10)).toBe(palette.ink);
    // The motif along the bottom edge, one field per fifth of the width.
    expect([120, 360, 600, 840, 1080].map((x) => pixel(x, 620))).toEqual(Object.values(palette.fields));
    // The wordmark is drawn: paper-coloured letters in the title's band.
    let letters = 0;
    for (let x = 80; x < 700; x += 2) if (pixel(x, 280) === palette.paper) letters++;
    expect(letters).toBeGreaterThan(20);
    const icon = await sharp(join(site.dir, 'feed-icon.png')).removeAlpha().raw().toBuffer({ resolveWithObject: true });
    expect([icon.info.width, icon.info.height]).toEqual([144, 144]);
  });

  it('the home page describes the site with a search action pointing to the search page', () => {
    const [data] = jsonLd('');
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'WebSite',
      potentialAction: {
        '@type': 'SearchAction',
        target: { urlTemplate: 'https://pole-image.example/recherche/?q={search_term_string}' },
      },
    });
  });

  it('an article is a NewsArticle with headline, dates, author, publisher and image', () => {
    const [data] = jsonLd('actualites/article-de-test-en-mdx/');
    expect(data).toMatchObject({
      '@type': 'NewsArticle',
      headline: 'Article de test en MDX',
      datePublished: '2008-02-01',
      author: { '@type': 'Person', name: 'Rédaction de test' },
      publisher: { '@type': 'Organization', name: 'Pôle Image Nord-Pas-de-Calais' },
    });
    expect(meta('actualites/article-de-test-en-mdx/', 'og:type')).toBe('article');
  });

  it('an article with an image is shared with its own image', () => {
    const image = meta('actualites/article-de-test-en-mdx/', 'og:image') ?? '';
    expect(image).toMatch(/^https:\/\/pole-image\.example\/_astro\/illustration-de-test\.[\w-]+\.jpe?g$/);
    expect(existsSync(join(site.dir, new URL(image).pathname))).toBe(true);
    expect(meta('actualites/article-de-test-en-mdx/', 'og:image:alt')).toBe('Un aplat violet, illustration de test');
    expect(jsonLd('actualites/article-de-test-en-mdx/')[0]?.image).toEqual([image]);
    // Articles without one get the site's default image.
    expect(meta('actualites/lancement-du-pole-image/', 'og:image')).toBe('https://pole-image.example/og-image.png');
  });

  it('a member profile is an Organization', () => {
    const [data] = jsonLd('membres/ankama/');
    expect(data).toMatchObject({
      '@type': 'Organization',
      name: 'Ankama',
      foundingDate: '2001',
      numberOfEmployees: { minValue: 400 },
      url: 'https://pole-image.example/membres/ankama/',
    });
  });
});

describe('French typography', () => {
  it('never lets a line start with « : ; ! ? » » or end with « « »', () => {
    const offending: string[] = [];
    for (const file of listFiles(site.dir).filter((f) => f.endsWith('.html'))) {
      for (const text of visibleText(page(file))) {
        const decoded = text.replace(/&nbsp;/g, '\u00a0').replace(/&#x27;|&#39;/g, "'");
        for (const match of decoded.matchAll(/(?:\S {1,}[:;!?»])|(?:« )/g))
          offending.push(`${file}: “${match[0]}” in “${decoded.trim().slice(0, 80)}”`);
      }
    }
    expect(offending).toEqual([]);
  });

  it('uses typographic apostrophes in visible text', () => {
    const offending: string[] = [];
    for (const file of listFiles(site.dir).filter((f) => f.endsWith('.html'))) {
      for (const text of visibleText(page(file))) {
        const decoded = text.replace(/&#x27;|&#39;/g, "'");
        if (/\p{L}'\p{L}/u.test(decoded)) offending.push(`${file}: ${decoded.trim().slice(0, 80)}`);
      }
    }
    expect(offending).toEqual([]);
  });
});
