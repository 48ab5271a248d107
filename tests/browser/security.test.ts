/** The Content Security Policy holds on every kind of page, search included, without a single violation. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { listFiles, readPage } from '../helpers/dist.ts';
import { servedSites } from '../helpers/served-sites.ts';

const { siteBase } = inject('sites');
const served = servedSites();

let watched: Promise<Page> | undefined;

/**
 * A page whose every document records its CSP violations in `window.__violations`, shared by
 * the tests: a new page costs Chromium a new renderer, about three navigations.
 */
function watchedPage(): Promise<Page> {
  watched ??= openWatchedPage();
  return watched;
}

async function openWatchedPage(): Promise<Page> {
  const context = await served.browser.newContext();
  await context.addInitScript(() => {
    const violations: string[] = [];
    Object.assign(window, { __violations: violations });
    document.addEventListener('securitypolicyviolation', (event) =>
      violations.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  return context.newPage();
}

const violations = (page: Page) => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);

describe('Content Security Policy', () => {
  it('is set on every page, without unsafe-inline, with only the WebAssembly permission search needs', () => {
    const policy =
      readPage(siteBase.dir, '').querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ??
      '';
    const scriptSrc = policy.split(';').find((directive) => directive.trim().startsWith('script-src')) ?? '';
    expect(scriptSrc).toContain("'wasm-unsafe-eval'");
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toMatch(/'unsafe-eval'/);
    expect(policy).toContain("object-src 'none'");
  });

  it('lists on each page the hashes of its own inline styles and scripts only, not the whole site’s', () => {
    const pages = listFiles(siteBase.dir).filter((file) => file.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(40);
    const digest = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;
    for (const file of pages) {
      const html = parse(readFileSync(join(siteBase.dir, file), 'utf8'));
      const policy = html.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
      const listed = new Set(policy.match(/sha256-[A-Za-z0-9+/=]+/g) ?? []);
      const styles = html.querySelectorAll('style').map((style) => digest(style.rawText));
      const scripts = html
        .querySelectorAll('script:not([src])')
        .filter((script) => (script.getAttribute('type') ?? 'module') === 'module')
        .map((script) => digest(script.rawText));
      // Every inline style and script that runs is allowed, and nothing else is.
      for (const own of [...styles, ...scripts]) expect(listed, file).toContain(own);
      const inline = new Set([...styles, ...html.querySelectorAll('script:not([src])').map((s) => digest(s.rawText))]);
      expect(
        [...listed].filter((hash) => !inline.has(hash)),
        file,
      ).toEqual([]);
    }
  });

  it.each([
    '',
    'actualites/lancement-du-pole-image/',
    'membres/ankama/',
    'appels-a-projets/appel-a-projets-2009/',
    'agenda/',
    'agenda/lancement-du-pole-image/',
    'le-pole/',
  ])('lets /%s run all its scripts and styles', async (path) => {
    const page = await watchedPage();
    await page.goto(served.siteBase.url + path, { waitUntil: 'networkidle' });
    expect(await violations(page)).toEqual([]);
  });

  it('lets search load Pagefind, its worker and its WebAssembly, and find results', async () => {
    const page = await watchedPage();
    await page.goto(`${served.siteBase.url}recherche/?q=Dofus`, { waitUntil: 'networkidle' });
    await expect.poll(() => page.locator('main a[href*="/membres/ankama/"]').count()).toBeGreaterThan(0);
    expect(await violations(page)).toEqual([]);
  });

  it('blocks a script injected into a page (the policy is enforced, not just present)', async () => {
    const page = await watchedPage();
    await page.goto(served.siteBase.url);
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true;';
      document.body.append(script);
    });
    expect(await page.evaluate(() => 'injected' in window || '__injected' in window)).toBe(false);
    await expect.poll(() => violations(page)).toEqual([expect.stringMatching(/^script-src/)]);
  });
});
