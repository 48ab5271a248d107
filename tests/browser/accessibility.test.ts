/**
 * axe-core (WCAG 2.0, 2.1 and 2.2, levels A and AA) on every page of the real
 * site (with the few test articles that give Ankama and the call a news list)
 * but those that repeat another page's kind and content, light and dark, at
 * phone and desktop widths, in headless Chromium.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { listFiles, pathOf } from '../helpers/dist.ts';
import { runAxe, switchScheme } from '../helpers/browser.ts';
import { servedSites } from '../helpers/served-sites.ts';

const { siteBase } = inject('sites');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const built = listFiles(siteBase.dir)
  .filter((file) => file.endsWith('.html'))
  .map((file) => pathOf(siteBase.base, file))
  .toSorted();

/**
 * The kind of page at `path` when other pages repeat it: a keyword's page is the same list of
 * article cards for any keyword, in a language; the test articles are one article numbered
 * apart. Every other page is a kind of its own: its content is an editor's.
 */
function repeatedKind(path: string): string | undefined {
  if (/\/(mots-cles|en\/keywords)\/[^/]+\/$/.test(path)) return path.replace(/[^/]+\/$/, '');
  if (/\/actualites\/test-pagination-\d+\/$/.test(path)) return 'test-pagination';
  return undefined;
}

/** Every built page but the repeats of a kind: the first of each kind, in address order, stands for the others. */
const pages = built.filter((path, index) => {
  const kind = repeatedKind(path);
  return kind === undefined || built.findIndex((other) => repeatedKind(other) === kind) === index;
});

const served = servedSites();

/** The phone width, at which each page is loaded, then the desktop width. */
const WIDTHS = [375, 1280] as const;

describe('accessibility (axe-core, WCAG 2.2 AA)', () => {
  it('covers every page of the real site, each keyword list once per language and one test article', () => {
    expect(built.length).toBeGreaterThan(25);
    const left = built.filter((path) => !pages.includes(path));
    // The keyword lists of the real content and 3 of the 4 test articles: nothing else is left out.
    expect(left.filter((path) => !/\/(mots-cles|en\/keywords)\//.test(path))).toEqual([
      '/pole-image/actualites/test-pagination-02/',
      '/pole-image/actualites/test-pagination-03/',
      '/pole-image/actualites/test-pagination-04/',
    ]);
    expect(pages.filter((path) => /\/mots-cles\/[^/]+\/$/.test(path))).toHaveLength(1);
    expect(pages.filter((path) => /\/en\/keywords\/[^/]+\/$/.test(path))).toHaveLength(1);
    expect(pages).toContain('/pole-image/mots-cles/');
    expect(pages).toContain('/pole-image/en/keywords/');
  });

  // The width changes what is laid out and shown (the header's menu, target sizes, scrolling
  // regions, and axe skips hidden elements): each page is checked with every rule at each width.
  // A page is loaded once, at the phone width, then resized to the desktop width: CSS lays it
  // out again as if loaded so, and the one script that reads the width (the search page's
  // filters, open beside the results on wide screens) follows its changes. A second load per
  // page cost as much as the rules themselves.
  // The scheme changes only colours: every colour token is a `light-dark()` pair in
  // src/styles/tokens.css and no script reads the scheme. So the dark scheme is switched on the
  // same load, through Chromium's emulated media, and checked with the rules that read colours
  // (axe's « cat.color » category: contrast, links told apart by colour); every other rule sees
  // the same document and layout as in light.
  // One test per page, on one page that goes from address to address: a failure names its page,
  // width and scheme, and no test holds the whole site's time limit.
  let context: BrowserContext;
  let page: Page;
  /** What the page reported since the current test began. */
  let problems: string[] = [];
  beforeAll(async () => {
    context = await served.browser.newContext({ colorScheme: 'light', viewport: { width: WIDTHS[0], height: 900 } });
    await context.addInitScript({ content: axeSource });
    page = await context.newPage();
    // Chromium reports CSP violations on the console as errors, so they are caught here too.
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`error: ${error.message}`));
    page.on('request', (request) => {
      if (!request.url().startsWith(served.siteBase.url.replace(/\/pole-image\/$/, '/')))
        problems.push(`request: ${request.url()}`);
    });
  });
  afterAll(() => context.close());

  it.each(pages)(
    '%s at 375 and 1280 px: no violation, console error, CSP violation or outside request, light and dark',
    async (path) => {
      problems = [];
      // After `load`: axe must see the page with its styles applied.
      await page.setViewportSize({ width: WIDTHS[0], height: 900 });
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(new URL(path, served.siteBase.url).href, { waitUntil: 'load' });
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 900 });
        expect(await page.evaluate(() => innerWidth), 'width').toBe(width);
        for (const colorScheme of ['light', 'dark'] as const) {
          // Colours with a transition (buttons) reach their dark values before axe reads them.
          expect(await switchScheme(page, colorScheme), colorScheme).toBe(colorScheme === 'dark');
          const result = await runAxe(page, colorScheme === 'dark');
          expect(result.colourRules, colorScheme).toEqual(['color-contrast', 'link-in-text-block']);
          expect(result.testEngine.name, colorScheme).toBe('axe-core');
          for (const violation of result.violations) {
            problems.push(
              `${String(width)} px ${colorScheme} ${violation.id}: ${violation.nodes.map((n) => n.target.join(' ')).join(', ')}`,
            );
          }
        }
      }
      expect(problems).toEqual([]);
    },
  );
});
