/**
 * Incremental builds (`npm run build -- --incremental`: Astro's
 * `experimental.incrementalBuild`, keys from `cacheKey` in src/data/site.ts): after an editor changes one article's text, a build
 * with the previous build's cache reuses every other page, and its output is
 * the same, file for file, as a build from nothing; after a change of front
 * matter, which lists and links show everywhere, no page is reused.
 */
import { appendFileSync, cpSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, it } from 'vitest';
import { TMP, buildSite, copyContent, type BuildResult } from '../helpers/build.ts';

const root = resolve(TMP, 'test-builds/incremental');
const content = resolve(root, 'content');
const out = resolve(root, 'site');
/** The incremental build after the edit, kept aside while `out` is built again without --incremental. */
const incrementalCopy = resolve(root, 'incremental');
const EDITED = 'news/lancement-du-pole-image.md';
const SENTENCE = 'Phrase ajoutée par le test de la construction incrémentale.';

function build(outDir: string): Promise<BuildResult> {
  return buildSite({ contentDir: content, outDir, siteUrl: 'https://pole-image.example', args: ['--incremental'] });
}

/** Pages Astro reused from the cache rather than rendered (its log marks them « (cached) » or « (restored) »). */
const reused = (output: string) => output.split('\n').filter((line) => /\((cached|restored)\)/.test(line));

/** Every file of a built site, by path, except the search index, checked apart. */
function files(dir: string): Map<string, Buffer> {
  const found = new Map<string, Buffer>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = relative(dir, join(entry.parentPath, entry.name));
    if (!path.startsWith('pagefind/')) found.set(path, readFileSync(join(dir, path)));
  }
  return found;
}

/** The text of the search index's page fragments (gzip-compressed JSON). */
function indexedText(dir: string): string {
  const fragments = join(dir, 'pagefind/fragment');
  return readdirSync(fragments)
    .map((name) => gunzipSync(readFileSync(join(fragments, name))).toString('utf8'))
    .join('\n');
}

describe('a build after an edit, with the cache of the previous one', () => {
  let first: BuildResult;
  let second: BuildResult;
  let reference: BuildResult;

  beforeAll(async () => {
    rmSync(root, { recursive: true, force: true });
    copyContent(content);
    first = await build(out);
    appendFileSync(join(content, EDITED), `\n${SENTENCE}\n`);
    second = await build(out);
    cpSync(out, incrementalCopy, { recursive: true });
    // The same content built without --incremental, the previous build's cache still there.
    reference = await buildSite({ contentDir: content, outDir: out, siteUrl: 'https://pole-image.example' });
  }, 480_000);

  it('reuses every page but the edited article', ({ expect }) => {
    expect(first.code, first.output).toBe(0);
    expect(reused(first.output)).toEqual([]);
    expect(second.code, second.output).toBe(0);
    const kept = reused(second.output);
    expect(kept.length).toBeGreaterThan(10);
    // The launch event's page (/agenda/lancement-du-pole-image/) shares the id and may be reused: only the article is edited.
    expect(kept.some((line) => line.includes('actualites/lancement-du-pole-image'))).toBe(false);
    expect(second.output).toMatch(/actualites\/lancement-du-pole-image\/index\.html/);
  });

  it('renders every page without --incremental', ({ expect }) => {
    expect(reference.code, reference.output).toBe(0);
    expect(reused(reference.output)).toEqual([]);
  });

  it('gives the same site, file for file, as a build from nothing', ({ expect }) => {
    const built = files(incrementalCopy);
    const expected = files(out);
    expect([...built.keys()].sort()).toEqual([...expected.keys()].sort());
    const differ = [...expected].filter(([path, bytes]) => !built.get(path)?.equals(bytes)).map(([path]) => path);
    expect(differ).toEqual([]);
    expect(built.get('actualites/lancement-du-pole-image/index.html')?.toString()).toContain(SENTENCE);
  });

  it('indexes the reused pages and the new text for search', ({ expect }) => {
    const text = indexedText(incrementalCopy);
    expect(text).toContain(SENTENCE);
    expect(indexedText(out).length).toBe(text.length);
    // A reused page (a member's profile) is in the index too.
    expect(text).toContain('/membres/ankama/');
  });

  it('renders every page again after a change of front matter', async ({ expect }) => {
    const file = join(content, 'news/ouverture-du-premier-appel-a-projets.mdx');
    const source = readFileSync(file, 'utf8');
    writeFileSync(file, source.replace(/^title: .*$/m, 'title: Titre changé par le test incrémental'));
    const third = await build(out);
    expect(third.code, third.output).toBe(0);
    expect(reused(third.output)).toEqual([]);
    // A page that lists the article (a keyword's) shows the new title.
    const home = readFileSync(join(out, 'actualites/index.html'), 'utf8');
    expect(home).toContain('Titre changé par le test incrémental');
  }, 120_000);
});
