/** Feeds opened in a browser are readable pages that explain how to subscribe. */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../helpers/browser.ts';
import { serveStatic, type RunningServer } from '../helpers/static-server.ts';

const { siteBase } = inject('sites');
let browser: Browser;
let server: RunningServer;

beforeAll(async () => {
  browser = await launchChromium();
  server = await serveStatic(siteBase.dir, siteBase.base);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('a feed opened in a browser', () => {
  it('is turned by its XSL stylesheet into a French page explaining how to subscribe', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await page.goto(`${server.url}actualites/rss.xml`);
    expect(await page.locator('h1').textContent()).toBe('Pôle Image Nord-Pas-de-Calais – Actualités');
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    expect(await page.getByRole('heading', { name: 'Qu’est-ce qu’un flux RSS\u202f?' }).count()).toBe(1);
    expect(await page.locator('code').textContent()).toBe('https://pole-image.example/pole-image/actualites/rss.xml');
    const items = page.locator('ol.items li');
    expect(await items.count()).toBe(2);
    expect(await items.first().locator('.date').textContent()).toBe('2 juillet 2009');
    expect(await items.first().locator('a').getAttribute('href')).toMatch(
      /^https:\/\/pole-image\.example\/pole-image\/actualites\//,
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it('follows the site’s colours, light and dark', async () => {
    const colours: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await browser.newPage({ colorScheme });
      await page.goto(`${server.url}rss.xml`);
      colours.push(await page.evaluate(() => getComputedStyle(document.body).backgroundColor));
      await page.close();
    }
    expect(colours).toEqual(['rgb(251, 250, 247)', 'rgb(17, 19, 24)']);
  });
});
