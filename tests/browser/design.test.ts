/**
 * The visual identity in Chromium: the key pages drawn at phone and desktop
 * widths in both schemes (`npm run screenshots` takes their screenshots, to
 * be looked at), the web fonts in use, no layout shift when they arrive late,
 * and the header's menu, which works without JavaScript.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { KEY_PAGES, switchScheme } from '../helpers/browser.ts';
import { servedSites } from '../helpers/served-sites.ts';

const served = servedSites();

const pages = KEY_PAGES;

/** Records layout shifts from the start of the page, as Lighthouse's CLS counts them. */
async function recordShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { cls: number };
    w.cls = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) w.cls += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/**
 * A page whose every document records its shifts, with fonts answered after `fontDelay` ms.
 * One page serves every path: a new page costs Chromium a new renderer, about three navigations.
 */
async function shiftsPage(options: BrowserContextOptions, fontDelay: number): Promise<Page> {
  const page = await served.browser.newPage(options);
  if (fontDelay > 0) {
    await page.route('**/*.woff2', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, fontDelay));
      await route.continue();
    });
  }
  await recordShifts(page);
  return page;
}

/** Opens `path`, waits until it has settled (fonts and, on the search page, the results in) and returns the shifts' total. */
async function settledCls(page: Page, path: string): Promise<number> {
  await page.goto(served.site.url + path, { waitUntil: 'networkidle' });
  await page.evaluate(() => document.fonts.ready);
  // On the search page, the results too must arrive without moving anything.
  if (path.includes('?q=')) await page.waitForSelector('[data-search-results] li');
  // Shifts are reported after the frame that makes them: two frames on, every shift so far is counted.
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        requestAnimationFrame(() =>
          requestAnimationFrame(() =>
            setTimeout(() => {
              resolve((window as unknown as { cls: number }).cls);
            }),
          ),
        );
      }),
  );
}

const WIDTHS = [375, 1280] as const;
const SCHEMES = ['light', 'dark'] as const;

/** Runs every check to its end, then throws the first failure: none is left running into the next test. */
async function settleAll(checks: Promise<void>[]): Promise<void> {
  const failed = (await Promise.allSettled(checks)).find((result) => result.status === 'rejected');
  if (failed) throw failed.reason;
}

// One test per key page, at each width: a load with the fonts on time, measured for layout
// shifts, drawn in light, then in dark (the scheme switched on the same load: colours are all
// that changes, every colour token being a `light-dark()` pair); then a load with the fonts
// 800 ms late, which must not move anything either. The four loads of a page are on four
// Chromium pages and run at once: most of each is waiting (the network going idle, the late fonts).
describe('the key pages', () => {
  const onTime = new Map<number, Promise<Page>>();
  const late = new Map<number, Promise<Page>>();
  beforeAll(() => {
    for (const width of WIDTHS) {
      onTime.set(width, shiftsPage({ viewport: { width, height: 900 }, colorScheme: 'light' }, 0));
      late.set(width, shiftsPage({ viewport: { width, height: 900 } }, 800));
    }
  });

  it.each(pages)(
    '/%s draws at phone and desktop widths in both schemes and does not move when the fonts arrive, even late (CLS 0)',
    async (path) => {
      const drawn = WIDTHS.map(async (width) => {
        const page = await onTime.get(width);
        if (!page) throw new Error(`no page for ${width} px`);
        await page.emulateMedia({ colorScheme: 'light' });
        const cls = await settledCls(page, path);
        expect(cls, `${path} at ${width} px, fonts on time`).toBe(0);
        for (const scheme of SCHEMES) {
          expect(await switchScheme(page, scheme), scheme).toBe(scheme === 'dark');
          // As wide as the screen, nothing sticking out sideways; at least a screen high.
          const size = await page.evaluate(() => [
            document.documentElement.scrollWidth,
            document.documentElement.scrollHeight >= 900,
          ]);
          expect(size, `${path} at ${width} px, ${scheme}: width, a screen high`).toEqual([width, true]);
          // The page is drawn in the scheme asked for: its background is the token's.
          const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
          expect(background, `${path} in ${scheme}`).toBe(
            scheme === 'light' ? 'rgb(246, 244, 239)' : 'rgb(17, 16, 24)',
          );
        }
      });
      const lateFonts = WIDTHS.map(async (width) => {
        const page = await late.get(width);
        if (!page) throw new Error(`no page for ${width} px`);
        expect(await settledCls(page, path), `${path} at ${width} px, fonts delayed 800 ms`).toBe(0);
      });
      await settleAll([...drawn, ...lateFonts]);
    },
  );
});

describe('type', () => {
  it('sets headings and text in the site’s own fonts, served by the site', async () => {
    const page = await served.browser.newPage();
    const fonts: string[] = [];
    page.on('response', (response) => {
      if (response.url().endsWith('.woff2')) fonts.push(new URL(response.url()).origin);
    });
    await page.goto(served.site.url, { waitUntil: 'networkidle' });
    await page.evaluate(() => document.fonts.ready);
    const used = await page.evaluate(() => ({
      headingFamily: getComputedStyle(document.querySelector('h1') ?? document.body).fontFamily,
      textFamily: getComputedStyle(document.body).fontFamily,
      loaded: [...document.fonts].filter((font) => font.status === 'loaded').map((font) => font.family),
    }));
    expect(used.headingFamily).toMatch(/^"?Bricolage Grotesque/);
    expect(used.textFamily).toMatch(/^"?Instrument Sans/);
    expect(used.loaded.some((family) => family.startsWith('Bricolage Grotesque'))).toBe(true);
    expect(used.loaded.some((family) => family.startsWith('Instrument Sans'))).toBe(true);
    expect(fonts.length).toBeGreaterThanOrEqual(2);
    expect(new Set(fonts)).toEqual(new Set([new URL(served.site.url).origin]));
    await page.close();
  });
});

describe('the header’s menu', () => {
  it('opens and closes on a phone without JavaScript', async () => {
    const context = await served.browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 375, height: 700 },
    });
    const page = await context.newPage();
    await page.goto(`${served.site.url}actualites/`);
    const nav = page.getByRole('navigation', { name: 'Navigation principale' });
    const button = page.locator('.site-header summary');
    expect(await nav.isVisible()).toBe(false);
    // One line: the wordmark and the button side by side.
    const [brand, menu] = await Promise.all([page.locator('.brand').boundingBox(), button.boundingBox()]);
    expect(
      Math.abs((brand?.y ?? 0) + (brand?.height ?? 0) / 2 - ((menu?.y ?? 0) + (menu?.height ?? 0) / 2)),
    ).toBeLessThan(4);
    await button.click();
    expect(await nav.isVisible()).toBe(true);
    expect(await page.getByRole('searchbox', { name: 'Rechercher dans le site' }).isVisible()).toBe(true);
    await nav.getByRole('link', { name: 'Membres' }).click();
    await page.waitForURL('**/membres/');
    expect(await page.getByRole('navigation', { name: 'Navigation principale' }).isVisible()).toBe(false);
    await page.locator('.site-header summary').click();
    await page.locator('.site-header summary').click();
    expect(await page.getByRole('navigation', { name: 'Navigation principale' }).isVisible()).toBe(false);
    await context.close();
  });

  it('fits 320 px, open, without horizontal scrolling', async () => {
    const page = await served.browser.newPage({ viewport: { width: 320, height: 640 } });
    await page.goto(served.site.url);
    await page.locator('.site-header summary').click();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(
      0,
    );
    await page.close();
  });

  it('is not needed on a wide screen: the navigation and the search field sit in the bar', async () => {
    const page = await served.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(served.site.url);
    expect(await page.locator('.site-header summary').isVisible()).toBe(false);
    expect(await page.getByRole('navigation', { name: 'Navigation principale' }).isVisible()).toBe(true);
    expect(await page.getByRole('searchbox', { name: 'Rechercher dans le site' }).isVisible()).toBe(true);
    const bar = await page.locator('.site-header .bar').boundingBox();
    expect(bar?.height).toBeLessThan(90);
    await page.close();
  });
});
