/**
 * Builds, once per test run, the two sites that build and browser tests read:
 * - `site`: the real content plus test-only entries (drafts, a future article)
 *   from `tests/fixtures/overlay/`, at the domain root;
 * - `site-base`: the real content, under the sub-path `/pole-image/`, with
 *   only the few test articles that give Ankama and the call a news list.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { ROOT, TMP, buildSite, copyContent } from '../helpers/build.ts';

export const SITE_URL = 'https://pole-image.example';

export interface BuiltSites {
  site: { dir: string; base: string };
  siteBase: { dir: string; base: string };
}

declare module 'vitest' {
  export interface ProvidedContext {
    sites: BuiltSites;
  }
}

/**
 * Older test articles, each citing Ankama and the first call, so that the
 * news list, a keyword, Ankama's news and the call's news have two pages.
 */
export const PAGINATION_ARTICLES = 12;

/**
 * The first of them under the base path: as many as a member's or a call's
 * page shows (its 4 newest), so that with the real articles citing them
 * Ankama and the call have a news list, of one page.
 */
export const BASE_PATH_ARTICLES = 4;

/** Published articles of the test site: the 2 real ones, the generated ones and the overlay's MDX and every-construct articles. */
export const PUBLISHED_NEWS = 2 + PAGINATION_ARTICLES + 2;

function addPaginationArticles(content: string, count: number): void {
  for (let n = 1; n <= count; n++) {
    const day = String(n).padStart(2, '0');
    writeFileSync(
      resolve(content, `news/test-pagination-${day}.md`),
      `---\ntitle: Actualité de test n° ${n}\ndescription: ${n === 1 ? '"Une actualité de test n° 1 avec du <b>HTML</b> & un <script>alert(1)</script> qui doit rester du texte."' : `Une actualité de test pour la pagination, n° ${n}.`}\ndate: 2008-01-${day}\ntags: [test pagination]\nmembers: [ankama]\ncalls: [appel-a-projets-2009]\n---\n\nTexte de test numéro ${n}.\n`,
    );
  }
}

const sites: BuiltSites = {
  site: { dir: resolve(TMP, 'test-builds/site'), base: '/' },
  siteBase: { dir: resolve(TMP, 'test-builds/site-base'), base: '/pole-image/' },
};

export default async function setup(project: TestProject): Promise<void> {
  // Both the build and browser projects ask for the sites: build them once per run.
  const marker = resolve(TMP, 'test-builds/.built-by');
  const runId = String(process.pid);
  if (!existsSync(marker) || readFileSync(marker, 'utf8') !== runId) {
    const content = copyContent(resolve(TMP, 'test-builds/content'), resolve(ROOT, 'tests/fixtures/overlay'));
    addPaginationArticles(content, PAGINATION_ARTICLES);
    const baseContent = copyContent(resolve(TMP, 'test-builds/content-base'));
    addPaginationArticles(baseContent, BASE_PATH_ARTICLES);
    for (const [name, options] of [
      ['site', { contentDir: content, outDir: sites.site.dir, siteUrl: SITE_URL }],
      [
        'site-base',
        { contentDir: baseContent, outDir: sites.siteBase.dir, basePath: sites.siteBase.base, siteUrl: SITE_URL },
      ],
    ] as const) {
      // From nothing: pages reused from an earlier run's cache would test that run's code.
      rmSync(`${options.outDir}.cache`, { recursive: true, force: true });
      const result = await buildSite(options);
      if (result.code !== 0) throw new Error(`The ${name} build failed:\n${result.output}`);
    }
    writeFileSync(marker, runId);
  }
  project.provide('sites', sites);
}
