/**
 * Every Markdown construct (code, a paragraph indented with a tab, tables,
 * footnotes, long words and addresses, details, images) and every MDX
 * component renders in Chromium without a CSP violation, a console error or
 * sideways scrolling, on a phone and a desktop, in both colour schemes.
 */
import { describe, it } from 'vitest';
import type { Page } from 'playwright-core';
import { servedSites } from '../helpers/served-sites.ts';

const served = servedSites();

/** For each width and scheme, a page recording CSP violations, console errors and page errors. */
const opened = new Map<string, Promise<{ page: Page; problems: string[] }>>();

async function watchedPage(width: number, colorScheme: 'light' | 'dark'): Promise<{ page: Page; problems: string[] }> {
  const context = await served.browser.newContext({ viewport: { width, height: 800 }, colorScheme });
  const problems: string[] = [];
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  return { page, problems };
}

/**
 * Opens `path` and returns what it logs from then on. The page of each width and scheme serves
 * every path: a new page costs Chromium a new renderer, about three navigations.
 */
async function open(
  path: string,
  width: number,
  colorScheme: 'light' | 'dark',
): Promise<{ page: Page; problems: string[] }> {
  const key = `${width} ${colorScheme}`;
  let watched = opened.get(key);
  if (!watched) {
    watched = watchedPage(width, colorScheme);
    opened.set(key, watched);
  }
  const { page, problems } = await watched;
  problems.length = 0;
  await page.goto(served.site.url + path, { waitUntil: 'networkidle' });
  // Images load lazily: each is brought into view and loaded, since its size can widen the page.
  for (const image of await page.locator('main img').all()) {
    await image.scrollIntoViewIfNeeded();
    await image.evaluate((element: HTMLImageElement) => element.decode());
  }
  return { page, problems };
}

describe.each([['actualites/article-de-test-toutes-constructions/'], ['composants-de-test/']])('/%s', (path) => {
  it.for([
    [320, 'light'],
    [320, 'dark'],
    [1280, 'light'],
    [1280, 'dark'],
  ] as const)(
    'at %i px in the %s scheme: no sideways scroll, no error, no CSP violation',
    async ([width, scheme], { expect }) => {
      const { page, problems } = await open(path, width, scheme);
      const { scrollWidth, innerWidth, styled, wide } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        innerWidth: window.innerWidth,
        styled: [...document.querySelectorAll('[style]')].map((element) => element.outerHTML.slice(0, 80)),
        wide: [...document.querySelectorAll('main *')]
          .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 1)
          .map((element) => element.tagName),
      }));
      expect(wide).toEqual([]);
      expect(scrollWidth).toBe(innerWidth);
      expect(styled).toEqual([]);
      expect(problems).toEqual([]);
    },
  );
});

describe('the every-construct article', () => {
  it('shows each construct: code, the tab-indented paragraph as code, a table, notes, details, the image', async ({
    expect,
  }) => {
    const { page } = await open('actualites/article-de-test-toutes-constructions/', 320, 'light');
    const prose = page.locator('.prose');
    expect(await prose.locator('pre').count()).toBe(2);
    expect(await prose.locator('table td').count()).toBe(6);
    expect(await prose.locator('.footnotes h2').textContent()).toBe('Notes');
    expect(await prose.locator('.footnotes a[data-footnote-backref]').first().getAttribute('aria-label')).toBe(
      'Revenir à l’appel de note 1',
    );
    expect(await prose.locator('details summary').textContent()).toBe('Plus de détails');
    expect(
      await prose.locator('img').evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0),
    ).toBe(true);
  });
});
