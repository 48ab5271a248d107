/**
 * Astro's content store in `npm run build`: the content check reads the files
 * beside Astro, so the store keeps no raw Markdown (`retainBody` in
 * src/content.config.ts). A build of the same files with the same cache that
 * needs it (`--skip-content-check`, whose checks in src/data/site.ts read it)
 * fills the store again rather than reusing the entries stored without it.
 */
import { cpSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { unflatten } from 'devalue';
import { describe, expect, inject, it } from 'vitest';
import { buildSite, TMP } from '../helpers/build.ts';
import { SITE_URL } from '../setup/build-sites.ts';

const { siteBase } = inject('sites');

interface StoredEntry {
  body?: unknown;
  filePath?: string;
  rendered?: { html?: unknown };
  deferredRender?: boolean;
}

/** The stored articles of a build's cache (Astro's `data-store.json`, written by devalue). */
function storedNews(cacheDir: string): ({ id: string } & StoredEntry)[] {
  const store = unflatten(JSON.parse(readFileSync(join(cacheDir, 'data-store.json'), 'utf8')) as unknown[]) as Map<
    string,
    Map<string, StoredEntry>
  >;
  return [...(store.get('news') ?? new Map<string, StoredEntry>())].map(([id, entry]) => ({ id, ...entry }));
}

describe('the content store of a build', () => {
  it('keeps no raw Markdown in npm run build, keeps it again for --skip-content-check on the same cache, and drops it once more for npm run build', async () => {
    const built = storedNews(`${siteBase.dir}.cache`);
    expect(built.length).toBeGreaterThan(0);
    expect(built.filter(({ body }) => body !== undefined)).toEqual([]);
    // Markdown is rendered as the store is filled, MDX deferred to its page (Astro's way for each).
    const markdown = built.filter(({ filePath }) => filePath?.endsWith('.md'));
    const mdx = built.filter(({ filePath }) => filePath?.endsWith('.mdx'));
    expect(markdown.length).toBeGreaterThan(0);
    expect(mdx.length).toBeGreaterThan(0);
    expect(
      markdown.filter(({ deferredRender, rendered }) => deferredRender || typeof rendered?.html !== 'string'),
    ).toEqual([]);
    expect(mdx.filter(({ deferredRender }) => !deferredRender)).toEqual([]);

    const outDir = resolve(TMP, 'test-builds/store-bodies');
    rmSync(`${outDir}.cache`, { recursive: true, force: true });
    cpSync(`${siteBase.dir}.cache`, `${outDir}.cache`, { recursive: true });
    const { code, output } = await buildSite({
      contentDir: resolve(TMP, 'test-builds/content-base'),
      outDir,
      basePath: siteBase.base,
      siteUrl: SITE_URL,
      args: ['--skip-content-check'],
    });
    expect(code, output).toBe(0);
    const rebuilt = storedNews(`${outDir}.cache`);
    expect(rebuilt.map(({ id }) => id).sort()).toEqual(built.map(({ id }) => id).sort());
    for (const { id, body } of rebuilt) expect(typeof body === 'string' && body.trim().length > 0, id).toBe(true);

    // And back: npm run build on the cache filled with bodies stores none again.
    const again = await buildSite({
      contentDir: resolve(TMP, 'test-builds/content-base'),
      outDir,
      basePath: siteBase.base,
      siteUrl: SITE_URL,
    });
    expect(again.code, again.output).toBe(0);
    const unbodied = storedNews(`${outDir}.cache`);
    expect(unbodied.map(({ id }) => id).sort()).toEqual(built.map(({ id }) => id).sort());
    expect(unbodied.filter(({ body }) => body !== undefined)).toEqual([]);
  });
});
