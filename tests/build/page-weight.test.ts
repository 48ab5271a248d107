/**
 * Page-weight budgets (issue 8) on the real site (`site-base`, the real
 * content alone): what a reader downloads for each page of each type
 * before doing anything, against `pageBudgets`.
 */
import { describe, expect, inject, it } from 'vitest';
import { listFiles } from '../helpers/dist.ts';
import { pageBudgets, pageWeight, type PageType, type PageWeight } from '../helpers/page-weight.ts';

const { siteBase } = inject('sites');
const base = siteBase.base;
const pagesOf = (prefix: string) =>
  listFiles(siteBase.dir)
    .filter((file) => file.startsWith(prefix) && file.endsWith('/index.html') && file !== `${prefix}index.html`)
    .map((file) => `${base}${file.slice(0, -'index.html'.length)}`);

const pages: Record<PageType, string[]> = {
  home: [base],
  article: pagesOf('actualites/').filter((path) => !/\/actualites\/\d+\/$/.test(path)),
  member: pagesOf('membres/'),
  call: pagesOf('appels-a-projets/'),
  search: [`${base}recherche/`],
};

/**
 * Overruns known when the budget test was written, each with the bytes
 * measured then: the page must not grow past them, and the entry must go
 * once the page is back within budget. The JavaScript of pages showing a
 * call (its status script, the date helpers it imports) plus the search
 * highlighter's loader (Vite's preload helper) weighs 2,455 bytes gzipped under /pole-image/:
 * their scripts live in src/components/.
 */
const knownOverruns: Partial<Record<`${PageType}:js`, number>> = {
  'article:js': 2_455,
  'call:js': 2_455,
};

describe('page weight', () => {
  it('finds pages of every type to weigh', () => {
    for (const [type, paths] of Object.entries(pages)) expect(paths.length, type).toBeGreaterThan(0);
  });

  for (const [type, paths] of Object.entries(pages) as [PageType, string[]][]) {
    it(`${type} pages stay within its budget of HTML + CSS, JavaScript, fonts and images`, () => {
      const budget = pageBudgets[type];
      const known = knownOverruns[`${type}:js`];
      const problems: string[] = [];
      let heaviestJs = 0;
      for (const path of paths) {
        const weight: PageWeight = pageWeight(siteBase.dir, path, base);
        const check = (what: string, actual: number, limit: number) => {
          if (actual > limit) problems.push(`${path}: ${what} ${actual} bytes, budget ${limit}`);
        };
        check('HTML + CSS gzipped', weight.html.gzip + weight.css.gzip, budget.htmlCss);
        check('JavaScript before searching, gzipped', weight.js.gzip, known ?? budget.js);
        check('fonts', weight.fonts.raw, budget.fonts);
        check('images', weight.images.raw, budget.images);
        heaviestJs = Math.max(heaviestJs, weight.js.gzip);
      }
      expect(problems).toEqual([]);
      if (known !== undefined) {
        expect(
          heaviestJs,
          `${type} pages are back within their JavaScript budget: remove it from knownOverruns`,
        ).toBeGreaterThan(budget.js);
      }
    });
  }
});
