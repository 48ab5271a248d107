/**
 * axe-core (WCAG 2.0, 2.1 and 2.2, levels A and AA) on every page of the real
 * site (with the few test articles that give Ankama and the call a news list),
 * light and dark, at phone and desktop widths, in headless Chromium.
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
const pages = listFiles(siteBase.dir)
  .filter((file) => file.endsWith('.html'))
  .map((file) => pathOf(siteBase.base, file));

const served = servedSites();

describe('accessibility (axe-core, WCAG 2.2 AA)', () => {
  it('covers every page of the real site', () => {
    expect(pages.length).toBeGreaterThan(25);
  });

  // The width changes what is laid out and shown (the header's menu, target sizes, scrolling
  // regions, and axe skips hidden elements): each width loads each page and runs every rule.
  // The scheme changes only colours: every colour token is a `light-dark()` pair in
  // src/styles/tokens.css and no script reads the scheme. So the dark scheme is switched on the
  // same load, through Chromium's emulated media, and checked with the rules that read colours
  // (axe's « cat.color » category: contrast, links told apart by colour); every other rule sees
  // the same document and layout as in light.
  // One test per page and width, on one page per width that goes from address to address:
  // a failure names its page, and no test holds the whole site's time limit.
  describe.each([375, 1280])('at %i px', (width) => {
    let context: BrowserContext;
    let page: Page;
    /** What the page reported since the current test began. */
    let problems: string[] = [];
    beforeAll(async () => {
      context = await served.browser.newContext({ colorScheme: 'light', viewport: { width, height: 900 } });
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
      '%s: no violation, console error, CSP violation or outside request, light and dark',
      async (path) => {
        problems = [];
        // After `load`: axe must see the page with its styles applied.
        await page.emulateMedia({ colorScheme: 'light' });
        await page.goto(new URL(path, served.siteBase.url).href, { waitUntil: 'load' });
        for (const colorScheme of ['light', 'dark'] as const) {
          // Colours with a transition (buttons) reach their dark values before axe reads them.
          expect(await switchScheme(page, colorScheme), colorScheme).toBe(colorScheme === 'dark');
          const result = await runAxe(page, colorScheme === 'dark');
          expect(result.colourRules, colorScheme).toEqual(['color-contrast', 'link-in-text-block']);
          expect(result.testEngine.name, colorScheme).toBe('axe-core');
          for (const violation of result.violations) {
            problems.push(
              `${colorScheme} ${violation.id}: ${violation.nodes.map((n) => n.target.join(' ')).join(', ')}`,
            );
          }
        }
        expect(problems).toEqual([]);
      },
    );
  });
});
