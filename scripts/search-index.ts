/**
 * The site's search index: every built page that has a `data-pagefind-body`,
 * read from the built site once Astro has exited, prepared for the indexer
 * (`htmlForIndex`) into a folder of the site (`.pagefind-pages/`, removed
 * once read) that Pagefind's own process reads on every core, and the index written by Pagefind into `<site>/pagefind/`. `npm run build` (`scripts/build.ts`) runs it after
 * `astro build`, so that Pagefind's memory never adds to Astro's.
 */
import { constants } from 'node:fs';
import { access, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { htmlForIndex, indexedPart } from '../src/lib/search-text.ts';

/** Every HTML file of a built site, relative to it, with `/` separators, in a stable order. */
async function htmlFiles(siteDir: string): Promise<string[]> {
  const entries = await readdir(siteDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => relative(siteDir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** The folder of the site where its pages wait, prepared for the indexer, until Pagefind has read them. */
const PREPARED = '.pagefind-pages';

/** Pagefind's ready-made interfaces and highlighter: the site has its own, so they are not published. */
const unusedFiles = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;

/** Pagefind's options for the site's index. */
export const INDEX_OPTIONS: pagefind.PagefindServiceConfig = {
  // What assistive technologies skip (monograms, « 400+ » read as « plus de 400 ») is decoration.
  excludeSelectors: ['[aria-hidden="true"]'],
};

/** Pagefind runs as a separate program that may die without a word: a build must then fail, not wait forever. */
const DEADLINE_MS = 10 * 60 * 1000;

function failure(what: string, errors: string[] = []): Error {
  return new Error(`Recherche\u00a0: ${what}${errors.length ? ` (Pagefind\u00a0: ${errors.join(' ; ')})` : ''}.`);
}

/**
 * Writes into `workDir` the pages of `siteDir` that have a `data-pagefind-body` (lists and
 * keyword pages have none), as the indexer should read them, at the same paths: cut to what is
 * indexed (`indexedPart`: the index is the same, parsed from a third of the bytes), then with the
 * words written as readers type them (`htmlForIndex`).
 */
async function preparePages(siteDir: string, workDir: string): Promise<void> {
  const files = await htmlFiles(siteDir);
  // A few files at a time: one after another, the disk's latency, not the work, sets the pace.
  const worker = async () => {
    for (let file = files.pop(); file !== undefined; file = files.pop()) {
      const html = await readFile(join(siteDir, file), 'utf8');
      if (!html.includes('data-pagefind-body')) continue;
      const target = join(workDir, file);
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, htmlForIndex(indexedPart(html)));
    }
  };
  await Promise.all(Array.from({ length: 16 }, worker));
}

/** Writes the index into `siteDir/pagefind/` and returns how many pages it holds. */
async function writeIndex(index: pagefind.PagefindIndex, siteDir: string): Promise<{ pages: number }> {
  const outputPath = join(siteDir, 'pagefind');
  // Made here first: Pagefind's service stops without an answer when it cannot write.
  try {
    await mkdir(outputPath, { recursive: true });
    await access(outputPath, constants.W_OK);
  } catch (error) {
    throw failure(`impossible d’écrire ${outputPath} (${error instanceof Error ? error.message : String(error)})`);
  }
  const { errors } = await index.writeFiles({ outputPath });
  if (errors.length) throw failure(`impossible d’écrire ${outputPath}`, errors);
  for (const name of await readdir(outputPath)) if (unusedFiles.test(name)) await rm(join(outputPath, name));
  const entry = JSON.parse(await readFile(join(outputPath, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  const pages = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
  if (pages === 0) throw failure(`aucune page à indexer dans ${siteDir} (attribut data-pagefind-body absent\u00a0?)`);
  return { pages };
}

/**
 * Indexes the built pages of `siteDir` (a folder of HTML files as Astro
 * writes them) into `siteDir/pagefind/` and returns how many pages the index
 * holds, French and English together. Pagefind splits the index by each
 * page's `<html lang>`: French pages with French stemming, English ones with
 * English stemming. Throws an `Error` with a French message (« Recherche : … »)
 * when Pagefind cannot start, index a page or write a file, when no page has
 * content to index, or after `deadlineMs` milliseconds; Pagefind's process is
 * stopped in every case.
 */
export async function indexSite(siteDir: string, deadlineMs = DEADLINE_MS): Promise<{ pages: number }> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(failure(`Pagefind n’a pas fini en ${deadlineMs / 1000}\u00a0s`)), deadlineMs);
  });
  const indexing = async () => {
    const { index, errors } = await pagefind.createIndex(INDEX_OPTIONS);
    if (!index || errors.length) throw failure('impossible de créer l’index', errors);
    // Pagefind reads the prepared pages itself, on every core, rather than through its pipe. They
    // wait inside the site, on its disk (never in a RAM-backed temporary folder), and go with it
    // when a failed or interrupted build removes it.
    const workDir = join(siteDir, PREPARED);
    await rm(workDir, { recursive: true, force: true });
    try {
      await preparePages(siteDir, workDir);
      const added = await index.addDirectory({ path: workDir });
      if (added.errors.length) throw failure('impossible d’indexer les pages', added.errors);
      return await writeIndex(index, siteDir);
    } finally {
      await rm(workDir, { recursive: true, force: true });
    }
  };
  try {
    return await Promise.race([indexing(), deadline]);
  } finally {
    clearTimeout(timer);
    await pagefind.close();
  }
}
