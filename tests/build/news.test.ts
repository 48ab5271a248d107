/**
 * The news: lists, article pages, keywords, and the news lists of members and
 * calls, at the domain root and under a base path.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { readPage } from '../helpers/dist.ts';
import { BASE_PATH_ARTICLES, PAGINATION_ARTICLES, PUBLISHED_NEWS } from '../setup/build-sites.ts';

const { site, siteBase } = inject('sites');
const page = (path: string) => readPage(site.dir, path);
const hrefs = (path: string, selector = 'main a') =>
  page(path)
    .querySelectorAll(selector)
    .map((a) => a.getAttribute('href'));

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

describe('the news of a member or a call', () => {
  // Articles' cards only: a member's or a call's page also lists its events.
  const cards = (path: string, dir = site.dir) =>
    readPage(dir, path)
      .querySelectorAll('main .card:not(.event) .card-title a')
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
      description: 'Les 13 actualités du Pôle Image Nord-Pas-de-Calais qui citent Ankama, page 2 sur 2.',
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
        'Les 14 actualités du Pôle Image Nord-Pas-de-Calais sur l’appel à projets «\u202fPremier appel à projets du Pôle Image\u202f», page 2 sur 2.',
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
