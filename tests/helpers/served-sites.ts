/**
 * For a browser test file: the project's headless Chromium (`tests/setup/chromium.ts`) and the
 * two built test sites served over HTTP, opened before its tests and closed after them.
 */
import { afterAll, beforeAll, inject } from 'vitest';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { serveStatic, type RunningServer } from './static-server.ts';

export interface ServedSites {
  browser: Browser;
  /** The real content plus the test entries, at the domain root. */
  site: RunningServer;
  /** The real content and a few test articles citing Ankama and the call, under `/pole-image/`. */
  siteBase: RunningServer;
  /**
   * A page with `options` (viewport, colour scheme…), opened on first request and then handed to
   * every test of the file that asks for the same options: a new page costs Chromium a new
   * renderer, about three navigations. Tests run one after another in a file, each opening the
   * address it needs; one that adds listeners or routes removes them before it ends.
   */
  page(options?: BrowserContextOptions): Promise<Page>;
  /**
   * A page of the test's own, for tests that run at once (`describe.concurrent`): opened now and
   * closed when the test ends, through the `onTestFinished` of the test's context.
   */
  ownPage(onTestFinished: (close: () => Promise<void>) => void, options?: BrowserContextOptions): Promise<Page>;
}

export function servedSites(): ServedSites {
  const { site, siteBase } = inject('sites');
  const endpoint = inject('chromium');
  const opened: Partial<Omit<ServedSites, 'page'>> = {};
  const pages = new Map<string, Promise<Page>>();
  beforeAll(async () => {
    opened.browser = await chromium.connect(endpoint);
    opened.site = await serveStatic(site.dir, site.base);
    opened.siteBase = await serveStatic(siteBase.dir, siteBase.base);
  });
  afterAll(async () => {
    pages.clear();
    await opened.browser?.close();
    await opened.site?.close();
    await opened.siteBase?.close();
  });
  const get = <K extends keyof typeof opened>(key: K): ServedSites[K] => {
    const value = opened[key];
    if (!value) throw new Error(`${key} is only open inside the tests`);
    return value;
  };
  return {
    get browser() {
      return get('browser');
    },
    get site() {
      return get('site');
    },
    get siteBase() {
      return get('siteBase');
    },
    page(options = {}) {
      const key = JSON.stringify(options);
      let page = pages.get(key);
      if (!page) {
        page = get('browser').newPage(options);
        pages.set(key, page);
      }
      return page;
    },
    async ownPage(onTestFinished, options = {}) {
      const page = await get('browser').newPage(options);
      onTestFinished(() => page.close());
      return page;
    },
  };
}
