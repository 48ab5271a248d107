/** Feeds opened in a browser are readable pages that explain how to subscribe. */
import { describe, expect, it } from 'vitest';
import { servedSites } from '../helpers/served-sites.ts';
import { BASE_PATH_ARTICLES } from '../setup/build-sites.ts';

const served = servedSites();

describe('a feed opened in a browser', () => {
  it('is turned by its XSL stylesheet into a French page explaining how to subscribe', async () => {
    const page = await served.browser.newPage();
    const errors: string[] = [];
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await page.goto(`${served.siteBase.url}actualites/rss.xml`);
    expect(await page.locator('h1').textContent()).toBe('Pôle Image Nord-Pas-de-Calais – Actualités');
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    expect(await page.getByRole('heading', { name: 'Qu’est-ce qu’un flux RSS\u202f?' }).count()).toBe(1);
    expect(await page.locator('code').textContent()).toBe('https://pole-image.example/pole-image/actualites/rss.xml');
    const items = page.locator('ol.items li');
    // The two real articles and the test articles of the base-path site.
    expect(await items.count()).toBe(2 + BASE_PATH_ARTICLES);
    expect(await items.first().locator('.date').textContent()).toBe('2 juillet 2009');
    expect(await items.first().locator('a').getAttribute('href')).toMatch(
      /^https:\/\/pole-image\.example\/pole-image\/actualites\//,
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it('is turned into an English page for an English feed, with British dates', async () => {
    const page = await served.browser.newPage();
    const errors: string[] = [];
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await page.goto(`${served.siteBase.url}en/news/rss.xml`);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.title()).toBe('Pôle Image Nord-Pas-de-Calais – News – RSS feed');
    expect(await page.getByRole('heading', { name: 'What is an RSS feed?' }).count()).toBe(1);
    expect(await page.getByRole('heading', { name: 'Latest publications' }).count()).toBe(1);
    expect(await page.locator('code').textContent()).toBe('https://pole-image.example/pole-image/en/news/rss.xml');
    const items = page.locator('ol.items li');
    // The one translated article: the launch.
    expect(await items.count()).toBe(1);
    expect(await items.first().locator('.date').textContent()).toBe('2 July 2009');
    expect(await items.first().locator('a').getAttribute('href')).toBe(
      'https://pole-image.example/pole-image/en/news/lancement-du-pole-image/',
    );
    expect(await page.getByRole('link', { name: 'Back to the site' }).getAttribute('href')).toBe(
      'https://pole-image.example/pole-image/en/',
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it('follows the site’s colours, light and dark', async () => {
    const colours: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await served.page({ colorScheme });
      await page.goto(`${served.siteBase.url}rss.xml`);
      colours.push(await page.evaluate(() => getComputedStyle(document.body).backgroundColor));
    }
    // The tokens' --color-bg, light and dark.
    expect(colours).toEqual(['rgb(246, 244, 239)', 'rgb(17, 16, 24)']);
  });
});
