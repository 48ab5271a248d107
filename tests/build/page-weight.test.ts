/**
 * Page-weight budgets on the real site (`site-base`: the real
 * content, with just enough test articles for Ankama's and the call's pages
 * to show all the articles they can and link to their news lists, which are
 * weighed with them): what a reader downloads for each page of each type
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
  home: [base, `${base}en/`],
  article: pagesOf('actualites/').filter((path) => !/\/actualites\/\d+\/$/.test(path)),
  member: pagesOf('membres/'),
  call: pagesOf('appels-a-projets/'),
  event: pagesOf('agenda/').filter((path) => !path.includes('/agenda/archives/')),
  search: [`${base}recherche/`],
};

describe('page weight', () => {
  it('finds pages of every type to weigh', () => {
    for (const [type, paths] of Object.entries(pages)) expect(paths.length, type).toBeGreaterThan(0);
  });

  it('counts the web fonts in what a page weighs', () => {
    const weight = pageWeight(siteBase.dir, base, base);
    // The two variable fonts of the identity (display and text), preloaded on every page.
    expect(weight.files.filter((file) => file.kind === 'fonts')).toHaveLength(2);
    expect(weight.fonts.raw).toBeGreaterThan(50_000);
  });

  for (const [type, paths] of Object.entries(pages) as [PageType, string[]][]) {
    it(`${type} pages stay within its budget of HTML + CSS, JavaScript, fonts and images`, () => {
      const budget = pageBudgets[type];
      const problems: string[] = [];
      for (const path of paths) {
        const weight: PageWeight = pageWeight(siteBase.dir, path, base);
        const check = (what: string, actual: number, limit: number) => {
          if (actual > limit) problems.push(`${path}: ${what} ${actual} bytes, budget ${limit}`);
        };
        check('HTML + CSS gzipped', weight.html.gzip + weight.css.gzip, budget.htmlCss);
        check('JavaScript before searching, gzipped', weight.js.gzip, budget.js);
        check('fonts', weight.fonts.raw, budget.fonts);
        check('images', weight.images.raw, budget.images);
      }
      expect(problems).toEqual([]);
    });
  }
});
