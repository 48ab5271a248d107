/**
 * axe-core (WCAG 2.0, 2.1 and 2.2, levels A and AA) on every page of the real
 * site (with the few test articles that give Ankama and the call a news list),
 * light and dark, at phone and desktop widths, in headless Chromium.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, inject, it } from 'vitest';
import { listFiles, pathOf } from '../helpers/dist.ts';
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

  for (const colorScheme of ['light', 'dark'] as const) {
    for (const width of [375, 1280]) {
      it(`finds no violation, console error, CSP violation or outside request on any page, ${colorScheme}, ${width} px`, async () => {
        const context = await served.browser.newContext({ colorScheme, viewport: { width, height: 900 } });
        await context.addInitScript({ content: axeSource });
        const page = await context.newPage();
        const violations: string[] = [];
        let current = '';
        // Chromium reports CSP violations on the console as errors, so they are caught here too.
        page.on('console', (message) => {
          if (message.type() === 'error') violations.push(`${current} console: ${message.text()}`);
        });
        page.on('pageerror', (error) => violations.push(`${current} error: ${error.message}`));
        page.on('request', (request) => {
          if (!request.url().startsWith(served.siteBase.url.replace(/\/pole-image\/$/, '/')))
            violations.push(`${current} request: ${request.url()}`);
        });
        for (const path of pages) {
          current = path;
          // After `load`: axe must see the page with its styles applied.
          await page.goto(new URL(path, served.siteBase.url).href, { waitUntil: 'load' });
          const result = await page.evaluate(() =>
            // axe is added to every page by the init script above.
            (window as unknown as { axe: typeof import('axe-core') }).axe.run(document, {
              runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
              resultTypes: ['violations'],
            }),
          );
          expect(result.testEngine.name, path).toBe('axe-core');
          for (const violation of result.violations) {
            violations.push(`${path} ${violation.id}: ${violation.nodes.map((n) => n.target.join(' ')).join(', ')}`);
          }
        }
        await context.close();
        expect(violations).toEqual([]);
      });
    }
  }
});
