/** The search index and the markup it is built from, in the built sites. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import * as pagefind from 'pagefind';
import { describe, expect, inject, it } from 'vitest';
import { listFiles, readPage } from '../helpers/dist.ts';
import { parseRoute } from '../../src/lib/routes.ts';
import { htmlForIndex } from '../../src/lib/search-text.ts';
import { INDEX_OPTIONS } from '../../scripts/search-index.ts';

const { site, siteBase } = inject('sites');
const page = (path: string) => readPage(site.dir, path);
const htmlPages = (dir: string) => listFiles(dir).filter((file) => file.endsWith('.html'));

/** Article, member, call and standalone pages, the only pages worth finding, as the site's routes read them. */
const contentPage = (file: string) =>
  file.endsWith('/index.html') &&
  ['article', 'member', 'call', 'event', 'page'].includes(
    parseRoute(`/${file.slice(0, -'index.html'.length)}`)?.name ?? '',
  );

function entry(dir: string): { languages: Record<string, { page_count: number }> } {
  return JSON.parse(readFileSync(join(dir, 'pagefind/pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
}

describe('the search index', () => {
  it.each([
    ['site', site.dir],
    ['siteBase', siteBase.dir],
  ])('is built with the %s, one index per language, with every content page and no other', (_, dir) => {
    const indexed = htmlPages(dir).filter((file) => readPage(dir, file).querySelector('[data-pagefind-body]'));
    expect(indexed).toEqual(htmlPages(dir).filter(contentPage));
    expect(indexed).toContain('membres/ankama/index.html');
    expect(indexed).toContain('le-pole/index.html');
    expect(indexed).toContain('en/members/ankama/index.html');
    expect(Object.keys(entry(dir).languages).toSorted()).toEqual(['en', 'fr']);
    const english = indexed.filter((file) => file.startsWith('en/'));
    expect(entry(dir).languages.en?.page_count).toBe(english.length);
    expect(entry(dir).languages.fr?.page_count).toBe(indexed.length - english.length);
  });

  it('leaves out the home page, the lists, the search page and the 404 page', () => {
    for (const file of ['index.html', 'actualites/index.html', 'membres/index.html', 'mots-cles/index.html']) {
      expect(page(file).querySelector('[data-pagefind-body]'), file).toBeNull();
    }
    for (const file of ['appels-a-projets/index.html', 'recherche/index.html', '404.html', 'actualites/2/index.html']) {
      expect(page(file).querySelector('[data-pagefind-body]'), file).toBeNull();
    }
  });

  it('is, byte for byte, the index Pagefind writes from the whole pages, head and navigation included', async () => {
    // The build gives Pagefind each page cut to its indexed part (indexedPart): it must change nothing.
    const work = mkdtempSync(join(tmpdir(), 'whole-pages-'));
    try {
      for (const file of htmlPages(site.dir)) {
        const html = readFileSync(join(site.dir, file), 'utf8');
        if (!html.includes('data-pagefind-body')) continue;
        mkdirSync(dirname(join(work, 'pages', file)), { recursive: true });
        writeFileSync(join(work, 'pages', file), htmlForIndex(html));
      }
      const { index } = await pagefind.createIndex(INDEX_OPTIONS);
      if (!index) throw new Error('Pagefind did not start');
      await index.addDirectory({ path: join(work, 'pages') });
      await index.writeFiles({ outputPath: join(work, 'pagefind') });
      const indexFiles = (dir: string) =>
        listFiles(dir).filter((file) => /^(fragment|index|filter)\/|\.pf_meta$|^pagefind-entry\.json$/.test(file));
      const built = indexFiles(join(site.dir, 'pagefind'));
      expect(indexFiles(join(work, 'pagefind'))).toEqual(built);
      expect(built.filter((file) => file.startsWith('fragment/')).length).toBe(
        Object.values(entry(site.dir).languages).reduce((sum, language) => sum + language.page_count, 0),
      );
      for (const file of built) {
        expect(
          readFileSync(join(work, 'pagefind', file)).equals(readFileSync(join(site.dir, 'pagefind', file))),
          file,
        ).toBe(true);
      }
    } finally {
      await pagefind.close();
      rmSync(work, { recursive: true, force: true });
    }
  });

  it('publishes only the files the search page uses', () => {
    const files = listFiles(join(site.dir, 'pagefind'));
    expect(files).toContain('pagefind.js');
    expect(files).toContain('wasm.fr.pagefind');
    expect(files.filter((file) => /ui|highlight/.test(file))).toEqual([]);
    // The site is far below the size at which a language's index is split: the list of shards is empty.
    expect(JSON.parse(readFileSync(join(site.dir, 'pagefind/pagefind-shards.json'), 'utf8'))).toEqual({});
  });
});

describe('indexed pages', () => {
  it('keep the page chrome out of the index: header, footer, navigation, related cards', () => {
    const article = page('actualites/lancement-du-pole-image/');
    const body = article.querySelector('[data-pagefind-body]');
    expect(body?.closest('main')).not.toBeNull();
    expect(body?.querySelector('header.site-header, footer.site-footer')).toBeNull();
    expect(body?.querySelector('.breadcrumbs')?.hasAttribute('data-pagefind-ignore')).toBe(true);
    expect(body?.querySelector('.prev-next')?.hasAttribute('data-pagefind-ignore')).toBe(true);
    const withCards = (body?.querySelectorAll('section') ?? []).filter((section) => section.querySelector('.card'));
    expect(withCards.length).toBeGreaterThan(0);
    for (const section of withCards) expect(section.hasAttribute('data-pagefind-ignore')).toBe(true);
    expect(page('membres/ankama/').querySelector('.related')?.hasAttribute('data-pagefind-ignore')).toBe(true);
  });

  it('carry their type, sectors, kind, date and year for the filters, results and sort', () => {
    const values = (path: string, attribute: string) =>
      page(path)
        .querySelectorAll(`[${attribute}]`)
        .map((element) => element.getAttribute(attribute));
    expect(values('membres/ankama/', 'data-pagefind-filter')).toEqual([
      'type:Membre',
      'secteur:Jeu vidéo',
      'structure:Entreprise',
    ]);
    expect(values('actualites/lancement-du-pole-image/', 'data-pagefind-meta')).toEqual([
      'type:Actualité',
      'date:2009-07-02',
    ]);
    expect(values('actualites/lancement-du-pole-image/', 'data-pagefind-filter')).toEqual([
      'type:Actualité',
      'annee:2009',
    ]);
    expect(values('appels-a-projets/appel-a-projets-2009/', 'data-pagefind-sort')).toEqual(['date:2009-07-02']);
    expect(values('le-pole/', 'data-pagefind-filter')).toEqual(['type:Page']);
    expect(values('agenda/lancement-du-pole-image/', 'data-pagefind-filter')).toEqual(['type:Événement', 'annee:2009']);
  });
});

describe('search entry points', () => {
  it('put a search form in the header of every page but the search page, that works without JavaScript', () => {
    for (const file of htmlPages(site.dir)) {
      const form = page(file).querySelector('header.site-header form[role="search"]');
      const english = file.startsWith('en/');
      if (file === 'recherche/index.html' || file === 'en/search/index.html') expect(form, file).toBeNull();
      else {
        expect(form?.getAttribute('action'), file).toBe(english ? '/en/search/' : '/recherche/');
        expect(form?.getAttribute('method'), file).toBe('get');
        expect(form?.querySelector('input[name="q"]')?.getAttribute('id'), file).toBe('recherche-en-tete');
        expect(form?.querySelector('label[for="recherche-en-tete"]')?.text.trim(), file).toBe(
          english ? 'Search the site' : 'Rechercher dans le site',
        );
      }
    }
    expect(readPage(siteBase.dir, 'membres/').querySelector('header form[role="search"]')?.getAttribute('action')).toBe(
      '/pole-image/recherche/',
    );
  });

  it('tell search engines, from the home page, how to search the site', () => {
    const data = (dir: string) =>
      JSON.parse(readPage(dir, '').querySelector('script[type="application/ld+json"]')?.text ?? '{}') as {
        potentialAction: { target: { urlTemplate: string } };
      };
    expect(data(site.dir).potentialAction.target.urlTemplate).toBe(
      'https://pole-image.example/recherche/?q={search_term_string}',
    );
    expect(data(siteBase.dir).potentialAction.target.urlTemplate).toBe(
      'https://pole-image.example/pole-image/recherche/?q={search_term_string}',
    );
  });

  it('say on the search page, without JavaScript, where to go instead', () => {
    const search = page('recherche/');
    expect(search.querySelector('noscript')?.text).toContain('demande JavaScript');
    expect(search.querySelectorAll('[data-search-browse] a').map((a) => a.getAttribute('href'))).toEqual([
      '/actualites/',
      '/membres/',
      '/appels-a-projets/',
      '/agenda/',
      '/mots-cles/',
    ]);
  });
});
