/**
 * `npm run screenshots`: screenshots of the built site (`dist/`) at phone and
 * desktop widths, in light and dark, into `screenshots/` (not committed), to
 * look at the site as a reader would. Build first with `npm run build`.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { KEY_PAGES, launchChromium } from '../tests/helpers/browser.ts';
import { serveStatic } from '../tests/helpers/static-server.ts';

const pages = process.argv.slice(2).length ? process.argv.slice(2) : KEY_PAGES;
const out = resolve('screenshots');
mkdirSync(out, { recursive: true });

const server = await serveStatic(resolve('dist'));
const browser = await launchChromium();
try {
  for (const scheme of ['light', 'dark'] as const) {
    for (const width of [375, 1280]) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
      for (const path of pages) {
        await page.goto(server.url + path, { waitUntil: 'networkidle' });
        // A search opened with a query: its results, not the moment before they arrive.
        if (path.includes('?q=')) await page.waitForSelector('[data-search-results] li');
        const name = `${path.replace(/\?.*$/, '').replace(/\/$/, '').replace(/\//g, '_') || 'accueil'}-${width}-${scheme}.png`;
        await page.screenshot({ path: resolve(out, name), fullPage: true });
        console.log(name);
      }
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
