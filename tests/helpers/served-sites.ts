/**
 * For a browser test file: one headless Chromium and the two built test
 * sites served over HTTP, opened before its tests and closed after them.
 */
import { afterAll, beforeAll, inject } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './browser.ts';
import { serveStatic, type RunningServer } from './static-server.ts';

export interface ServedSites {
  browser: Browser;
  /** The real content plus the test entries, at the domain root. */
  site: RunningServer;
  /** The real content and a few test articles citing Ankama and the call, under `/pole-image/`. */
  siteBase: RunningServer;
}

export function servedSites(): ServedSites {
  const { site, siteBase } = inject('sites');
  const opened: Partial<ServedSites> = {};
  beforeAll(async () => {
    opened.browser = await launchChromium();
    opened.site = await serveStatic(site.dir, site.base);
    opened.siteBase = await serveStatic(siteBase.dir, siteBase.base);
  });
  afterAll(async () => {
    await opened.browser?.close();
    await opened.site?.close();
    await opened.siteBase?.close();
  });
  const get = <K extends keyof ServedSites>(key: K): ServedSites[K] => {
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
  };
}
