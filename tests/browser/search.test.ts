/** Site search in Chromium, on the built sites, as readers use it. */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, inject, it, type ExpectStatic } from 'vitest';
import type { Page } from 'playwright-core';
import { watch } from '../helpers/browser.ts';
import { servedSites } from '../helpers/served-sites.ts';
import { serveStatic, type RunningServer } from '../helpers/static-server.ts';
import { indexSite } from '../../scripts/search-index.ts';

const served = servedSites();

/** Waits for a search: loading Pagefind and its index takes a few seconds on a busy machine. */
const poll = <T>(expect: ExpectStatic, read: () => T | Promise<T>) => expect.poll(read, { timeout: 15_000 });
const status = (page: Page) => page.locator('[data-search-status]');
const resultLinks = (page: Page) => page.locator('[data-search-results] a.result-link');

/** The addresses (path and query) of the results shown, in order. */
function resultPaths(page: Page): Promise<string[]> {
  return resultLinks(page).evaluateAll((links) =>
    links.map((a) => new URL((a as HTMLAnchorElement).href).pathname + new URL((a as HTMLAnchorElement).href).search),
  );
}

/** Opens the search page with a query, as the header's form does, and waits for the answer. */
async function search(expect: ExpectStatic, page: Page, root: string, query: string): Promise<string[]> {
  await page.goto(`${root}recherche/?q=${encodeURIComponent(query)}`);
  await poll(expect, () => status(page).textContent()).toMatch(/résultat/);
  return (await resultPaths(page)).map((path) => path.replace(/\?.*$/, ''));
}

describe.each([
  ['at the domain root', () => served.site.url, '/'],
  ['under the sub-path /pole-image/', () => served.siteBase.url, '/pole-image/'],
])('searching %s', (_, root, base) => {
  it('finds the Ankama profile first for « Dofus »', async ({ expect }) => {
    const page = await served.page();
    const results = await search(expect, page, root(), 'Dofus');
    expect(results[0]).toBe(`${base}membres/ankama/`);
  });

  it('finds the first call for projects first for « serious game »', async ({ expect }) => {
    const page = await served.page();
    const results = await search(expect, page, root(), 'serious game');
    expect(results[0]).toBe(`${base}appels-a-projets/appel-a-projets-2009/`);
  });

  it('finds the launch article and the Le Fresnoy profile for « Fresnoy »', async ({ expect }) => {
    const page = await served.page();
    const results = await search(expect, page, root(), 'Fresnoy');
    expect(results).toContain(`${base}actualites/lancement-du-pole-image/`);
    expect(results).toContain(`${base}membres/le-fresnoy/`);
  });

  it('finds « jeu vidéo » for « jeux video », and words after an elision (« d’animation »)', async ({ expect }) => {
    const page = await served.page();
    expect(await search(expect, page, root(), 'jeux video')).toContain(`${base}membres/ankama/`);
    expect(await search(expect, page, root(), 'animation')).toContain(`${base}appels-a-projets/appel-a-projets-2009/`);
  });

  it('shows results on load for /recherche/?q=Ankama, announced, with type, date and highlighted excerpt', async ({
    expect,
  }) => {
    const page = await served.page();
    await page.goto('about:blank');
    const { problems, stop } = watch(page, root());
    await page.goto(`${root()}recherche/?q=Ankama`);
    await poll(expect, () => status(page).textContent()).toBe('2\u00a0résultats pour «\u202fAnkama\u202f».');
    expect(await status(page).getAttribute('role')).toBe('status');
    expect(await resultLinks(page).first().textContent()).toBe('Ankama');
    const article = page.locator('[data-search-results] li').nth(1);
    expect(await article.locator('.result-type').textContent()).toBe('Actualité');
    expect(await article.locator('time').textContent()).toBe('2 juillet 2009');
    expect(await page.locator('[data-search-results] mark').first().textContent()).toMatch(/^Ankama/);
    expect(await page.title()).toMatch(/^«\u202fAnkama\u202f» – Recherche/);
    stop();
    expect(problems).toEqual([]);
  });

  it('can be used with the keyboard alone, from any page to the highlighted result', async ({ expect }) => {
    const page = await served.page();
    await page.goto(`${root()}actualites/ouverture-du-premier-appel-a-projets/`);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('recherche-en-tete');
    await page.keyboard.type('Dofus');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/recherche\/\?q=Dofus$/);
    expect(new URL(page.url()).pathname).toBe(`${base}recherche/`);
    await poll(expect, () => resultLinks(page).count()).toBeGreaterThan(0);
    // The field keeps the focus; the arrows go down into the results and back up.
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).toBe('Dofus');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Ankama');
    expect(await page.evaluate(() => getComputedStyle(document.activeElement ?? document.body).outlineStyle)).not.toBe(
      'none',
    );
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/membres\/ankama\//);
    expect(new URL(page.url()).pathname).toBe(`${base}membres/ankama/`);
    await poll(expect, () =>
      page.evaluate(() => {
        const found = CSS.highlights.get('recherche');
        return found ? [...found].map((range) => (range as Range).toString()) : [];
      }),
    ).toContain('Dofus');
  });
});

describe('search in English', () => {
  /** Opens the English search page with a query and waits for the answer. */
  async function searchInEnglish(expect: ExpectStatic, page: Page, query: string): Promise<string[]> {
    await page.goto(`${served.site.url}en/search/?q=${encodeURIComponent(query)}`);
    await poll(expect, () => status(page).textContent()).toMatch(/result/);
    return (await resultPaths(page)).map((path) => path.replace(/\?.*$/, ''));
  }

  it('stems English words: « members » finds the page that only says « member », « anaglyph » the one saying « anaglyphs »', async ({
    expect,
  }) => {
    const page = await served.page();
    expect(await searchInEnglish(expect, page, 'founding members')).toContain('/en/test-recherche-francais/');
    expect(await searchInEnglish(expect, page, 'anaglyph')).toEqual(['/en/test-recherche-francais/']);
    expect(await status(page).textContent()).toMatch(/^1 result for “anaglyph”/);
  });

  it('lists English pages only, and offers the same words in French', async ({ expect }) => {
    const page = await served.page();
    const results = await searchInEnglish(expect, page, 'Fresnoy');
    expect(results.length).toBeGreaterThan(1);
    expect(results.every((path) => path.startsWith('/en/'))).toBe(true);
    const french = page.getByRole('link', { name: 'Rechercher en français' });
    expect(await french.getAttribute('hreflang')).toBe('fr');
    expect(new URL((await french.getAttribute('href')) ?? '', served.site.url).search).toBe('?q=Fresnoy');
    // And the French search does not list the English pages, even for a word only an English page holds.
    const inFrench = await search(expect, page, served.site.url, 'anaglyphs');
    expect(inFrench).not.toContain('/en/test-recherche-francais/');
    expect(inFrench.filter((path) => path.startsWith('/en/'))).toEqual([]);
  });

  it('narrows with a filter labelled in English, kept in the address', async ({ expect }) => {
    const page = await served.page();
    const all = await searchInEnglish(expect, page, 'Fresnoy');
    expect(all.length).toBeGreaterThan(1);
    await page
      .getByRole('group', { name: 'Type of content' })
      .getByRole('checkbox', { name: /^Member/ })
      .check();
    await poll(expect, () => resultPaths(page)).toHaveLength(1);
    expect((await resultPaths(page))[0]).toMatch(/^\/en\/members\/le-fresnoy\/\?/);
    expect(await status(page).textContent()).toMatch(/^1 result for “Fresnoy” \(of \d+ without the filters\)/);
    expect(new URL(page.url()).searchParams.getAll('type')).toEqual(['Member']);
  });
});

describe('search', () => {
  it('finds nothing for a word that only drafts and future articles hold', async ({ expect }) => {
    const page = await served.page();
    await page.goto(`${served.site.url}recherche/?q=zorglubine`);
    await poll(expect, () => status(page).textContent()).toMatch(/^Aucun résultat pour «\u202fzorglubine\u202f»/);
    expect(await resultLinks(page).count()).toBe(0);
  });

  it('ignores accents: « eleves » finds « élèves »', async ({ expect }) => {
    const page = await served.page();
    expect(await search(expect, page, served.site.url, 'eleves')).toEqual(['/test-recherche-francais/']);
  });

  it.for([
    ['oeuvre', 'œuvre'],
    ['coeur', 'Cœur'],
    ['SOEURS', 'sœurs'],
    ['laetitia', 'Lætitia'],
    ['Lætitia', 'Lætitia'],
    ['soeurs laetitia', 'sœurs'],
  ] as const)(
    'reads ligatures as two letters: « %s » finds and highlights « %s » as the page writes it',
    async ([query, written], { expect }) => {
      const page = await served.page();
      expect(await search(expect, page, served.site.url, query)).toEqual(['/test-recherche-francais/']);
      expect(await page.locator('[data-search-results] mark').allTextContents()).toContain(written);
      await resultLinks(page).first().click();
      await page.waitForURL(/\/test-recherche-francais\//);
      await poll(expect, () =>
        page.evaluate(() => {
          const found = CSS.highlights.get('recherche');
          return found ? [...found].map((range) => (range as Range).toString()) : [];
        }),
      ).toContain(written);
    },
  );

  it('narrows the results with the type filter, and keeps the filter in the address', async ({ expect }) => {
    const page = await served.page();
    const all = await search(expect, page, served.site.url, 'Fresnoy');
    expect(all.length).toBeGreaterThan(1);
    await page
      .getByRole('group', { name: 'Type de contenu' })
      .getByRole('checkbox', { name: /^Membre/ })
      .check();
    await poll(expect, () => resultPaths(page)).toHaveLength(1);
    expect((await resultPaths(page))[0]).toMatch(/^\/membres\/le-fresnoy\/\?/);
    expect(await status(page).textContent()).toMatch(
      /^1\u00a0résultat pour «\u202fFresnoy\u202f» \(sur \d+ sans les filtres\)/,
    );
    expect(new URL(page.url()).searchParams.getAll('type')).toEqual(['Membre']);
    await page.reload();
    await poll(expect, () => resultPaths(page)).toHaveLength(1);
  });

  it('sorts by date, newest first, undated pages last', async ({ expect }) => {
    const page = await served.page();
    const days = () =>
      page
        .locator('[data-search-results] li')
        .evaluateAll((items) => items.map((item) => item.querySelector('time')?.getAttribute('datetime') ?? ''));
    await search(expect, page, served.site.url, 'test');
    await page.getByRole('combobox', { name: 'Trier' }).selectOption('date');
    await poll(expect, () => new URL(page.url()).searchParams.get('tri')).toBe('date');
    // The test meeting of November 2999 comes first, then the other test entries of 2999 and the newest test articles.
    await poll(expect, async () => (await days())[0]).toBe('2999-11-05');
    // Results arrive one by one: wait until every one shown has its date.
    await poll(expect, async () => (await days()).every(Boolean)).toBe(true);
    const dated = await days();
    expect(dated).toEqual(dated.toSorted().reverse());
    // « Fresnoy » by date: the launch article, then the launch event the day before, then the member and the page, which have no date.
    await page.goto(`${served.site.url}recherche/?q=Fresnoy&tri=date`);
    await poll(expect, days).toEqual(['2009-07-02', '2009-07-01', '', '']);
    expect(await page.getByRole('combobox', { name: 'Trier' }).inputValue()).toBe('date');
  });

  it('shows ten results, then ten more on demand, focusing the first new one', async ({ expect }) => {
    const page = await served.page();
    await search(expect, page, served.site.url, 'test');
    expect(await resultLinks(page).count()).toBe(10);
    await page.getByRole('button', { name: 'Afficher plus de résultats' }).click();
    await poll(expect, () => resultLinks(page).count()).toBeGreaterThan(10);
    expect(
      await resultLinks(page)
        .nth(10)
        .evaluate((link) => link === document.activeElement),
    ).toBe(true);
  });

  it('searches as the reader types, yet fetches no excerpt for the letters typed without a pause', async ({
    expect,
  }) => {
    const page = await served.page();
    await page.goto(`${served.site.url}recherche/`);
    await page.waitForLoadState('networkidle');
    const { problems, requests, stop } = watch(page, served.site.url.replace(/\/$/, ''));
    // Every letter of « tests », then back to « test », in one task: no pause between them.
    await page.locator('[data-search] input[name="q"]').evaluate((input: HTMLInputElement) => {
      for (const typed of ['t', 'te', 'tes', 'test', 'tests', 'test']) {
        input.value = typed;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }
    });
    await poll(expect, () => status(page).textContent()).toMatch(/résultats pour «\u202ftest\u202f»/);
    await page.waitForLoadState('networkidle');
    stop();
    const fragments = requests.filter((url) => url.endsWith('.pf_fragment'));
    expect(await resultLinks(page).count()).toBe(10);
    expect(new Set(fragments).size).toBe(10);
    expect(fragments).toHaveLength(10);
    expect(problems).toEqual([]);
  });

  it('moves the focus to the header field with Ctrl+K', async ({ expect }) => {
    const page = await served.page();
    await page.goto(`${served.site.url}membres/`);
    await page.keyboard.press('Control+k');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('recherche-en-tete');
  });

  it('reads at 320 px with results, without horizontal scrolling', async ({ expect }) => {
    const page = await served.page({ viewport: { width: 320, height: 640 } });
    await search(expect, page, served.site.url, 'Fresnoy');
    await page.getByText('Filtrer et trier').click();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
  });

  it('works under a Content Security Policy that allows no inline script and no eval', async ({ expect }) => {
    const page = await served.browser.newPage();
    const violations: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') violations.push(message.text());
    });
    await page.route('**/*', async (route) => {
      const response = await route.fetch();
      await route.fulfill({
        response,
        headers: {
          ...response.headers(),
          'content-security-policy':
            "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data:",
        },
      });
    });
    expect(await search(expect, page, served.site.url, 'Dofus')).toContain('/membres/ankama/');
    expect(violations).toEqual([]);
    await page.close();
  });
});

describe.concurrent('an index split into shards', () => {
  // The test site, indexed again in shards of at most 12 pages: 40 French pages in 4 shards, 26
  // English ones in 3. A large site is split so (`SHARD_PAGES`); the search must not show it.
  // The tests run at once, each on a page of its own: most of a search is waiting for Pagefind.
  const { site } = inject('sites');
  const dir = mkdtempSync(join(tmpdir(), 'sharded-site-'));
  let sharded: RunningServer | undefined;
  let shards: Record<string, { path: string }[]> = {};
  beforeAll(async () => {
    cpSync(site.dir, dir, { recursive: true });
    rmSync(join(dir, 'pagefind'), { recursive: true });
    ({ shards } = await indexSite(dir, { shardPages: 12 }));
    sharded = await serveStatic(dir, site.base);
  });
  afterAll(async () => {
    await sharded?.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const shardedUrl = () => {
    if (!sharded) throw new Error('The sharded site is only served inside the tests');
    return sharded.url;
  };

  /** Every result of a search, « more » pressed until none is left: address and date, in order, with the status. */
  async function everyResult(expect: ExpectStatic, page: Page, url: string) {
    await page.goto(url);
    await poll(expect, () => status(page).textContent()).toMatch(/résultat|result/);
    const more = page.locator('[data-search-more]');
    while (await more.isVisible()) {
      const shown = await resultLinks(page).count();
      await more.click();
      await poll(expect, () => resultLinks(page).count()).toBeGreaterThan(shown);
    }
    const items = page.locator('[data-search-results] li');
    // Results arrive one by one: wait until each shown has its link.
    await poll(expect, async () => (await resultLinks(page).count()) === (await items.count())).toBe(true);
    const results = await items.evaluateAll((list) =>
      list.map((item) => {
        const link = item.querySelector('a');
        return `${link ? new URL(link.href).pathname : ''} ${item.querySelector('time')?.getAttribute('datetime') ?? '-'}`;
      }),
    );
    return { status: await status(page).textContent(), results };
  }

  it('was written in shards', ({ expect }) => {
    expect(shards.en?.map((shard) => shard.path)).toEqual(['', 'shard-en-2/', 'shard-en-3/']);
    expect(shards.fr?.map((shard) => shard.path)).toEqual(['', 'shard-fr-2/', 'shard-fr-3/', 'shard-fr-4/']);
  });

  // `test` and `Fresnoy`, in French and in English, are searched sorted by date below.
  it.for([
    'recherche/?q=image&type=Actualit%C3%A9',
    'en/search/?q=members',
    // Words that some shards lack: there, Pagefind would search for the longest word that begins them.
    'recherche/?q=Ankama',
    'recherche/?q=navigateur',
    'recherche/?q=annulee',
    'recherche/?q=Tourcoing&type=Membre',
    'recherche/?q=ankama%20festival',
    'en/search/?q=Ankama',
  ])('finds, counts and filters as the whole index does: %s', async (path, { expect, onTestFinished }) => {
    const page = await served.ownPage(onTestFinished);
    const whole = await everyResult(expect, page, served.site.url + path);
    const split = await everyResult(expect, page, shardedUrl() + path);
    expect(split.status).toBe(whole.status);
    // Relevance is scored shard by shard, as Pagefind's own mergeIndex does: the same results, maybe not in the same order.
    expect(split.results.toSorted()).toEqual(whole.results.toSorted());
  });

  it.for(['recherche/?q=test&tri=date', 'recherche/?q=Fresnoy&tri=date', 'en/search/?q=Fresnoy&tri=date'])(
    'finds, counts and sorts by date as the whole index does, newest first across the shards: %s',
    async (path, { expect, onTestFinished }) => {
      const page = await served.ownPage(onTestFinished);
      const whole = await everyResult(expect, page, served.site.url + path);
      const split = await everyResult(expect, page, shardedUrl() + path);
      const days = (results: string[]) => results.map((result) => result.split(' ')[1]);
      expect(split.status).toBe(whole.status);
      expect(days(split.results)).toEqual(days(whole.results));
      expect(split.results.toSorted()).toEqual(whole.results.toSorted());
    },
  );

  it('loads the shards of the page’s language only, with one Pagefind script and no error', async ({
    expect,
    onTestFinished,
  }) => {
    const page = await served.ownPage(onTestFinished);
    await page.goto('about:blank');
    const { problems, requests, stop } = watch(page, shardedUrl().replace(/\/$/, ''));
    await everyResult(expect, page, `${shardedUrl()}recherche/?q=Fresnoy`);
    stop();
    const folders = new Set(requests.map((url) => /\/pagefind\/(shard-[a-z]+-\d+)\//.exec(url)?.[1]).filter(Boolean));
    expect([...folders].toSorted()).toEqual(['shard-fr-2', 'shard-fr-3', 'shard-fr-4']);
    expect(requests.filter((url) => url.endsWith('pagefind.js'))).toHaveLength(1);
    expect(problems).toEqual([]);
  });
});

describe('pages that are not searching', () => {
  const pages = [
    '',
    'actualites/',
    'actualites/lancement-du-pole-image/',
    'membres/ankama/',
    'appels-a-projets/appel-a-projets-2009/',
    'le-pole/',
    'page-inexistante/',
  ];

  it('load no search code and no index, log no error and stay on the site', async ({ expect }) => {
    const page = await served.page();
    // Leaves the previous test's page first, so that none of its requests is counted here.
    await page.goto('about:blank');
    const { problems, requests, stop } = watch(page, served.site.url.replace(/\/$/, ''));
    for (const path of pages) {
      await page.goto(served.site.url + path);
      await page.waitForLoadState('networkidle');
    }
    stop();
    expect(requests.filter((url) => /pagefind|search-highlight|recherche\.astro/.test(url))).toEqual([]);
    expect(problems.filter((p) => !p.includes('404 (Not Found)'))).toEqual([]);
  });

  it('the search page itself loads Pagefind only when the reader starts searching', async ({ expect }) => {
    const page = await served.page();
    // Leaves the previous test's page first, so that none of its requests is counted here.
    await page.goto('about:blank');
    const { problems, requests, stop } = watch(page, served.site.url.replace(/\/$/, ''));
    await page.goto(`${served.site.url}recherche/`);
    await page.waitForLoadState('networkidle');
    expect(requests.filter((url) => url.includes('/pagefind/'))).toEqual([]);
    await page.keyboard.type('Ankama');
    await poll(expect, () => resultLinks(page).count()).toBeGreaterThan(0);
    expect(requests.filter((url) => url.endsWith('/pagefind/pagefind.js'))).toHaveLength(1);
    // Results may come for the first letters typed on a loaded machine: the address follows the last ones.
    await poll(expect, () => new URL(page.url()).search).toBe('?q=Ankama');
    stop();
    expect(problems).toEqual([]);
  });
});
