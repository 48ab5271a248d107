/**
 * The site's search index: every built page that has a `data-pagefind-body`,
 * read from the built site once Astro has exited, prepared for the indexer
 * (`indexedPart`, `htmlForIndex`) into a folder of the site per language
 * (`.pagefind-pages/<language>/`, removed once read), each read by a
 * Pagefind process of its own, one language after another, into
 * `<site>/pagefind/`. `npm run build` (`scripts/build.ts`) runs it after
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

/** No page with content to index: the failure's message, whether no page has the attribute or all are empty. */
const nothingToIndex = (siteDir: string) =>
  failure(`aucune page à indexer dans ${siteDir} (attribut data-pagefind-body absent ou vide\u00a0?)`);

/**
 * The language Pagefind gives a page: its `<html lang>`, or `unknown`, as a folder name.
 */
export function htmlLanguage(html: string): string {
  const lang = /<html\b[^<>]*?\slang\s*=\s*["']?([A-Za-z0-9-]+)/i.exec(html)?.[1];
  return lang ? lang.toLowerCase() : 'unknown';
}

/**
 * Writes into `workDir/<language>/` the pages of `siteDir` that have a `data-pagefind-body`
 * (lists and keyword pages have none), as the indexer should read them, at the same paths: cut
 * to what is indexed (`indexedPart`: the index is the same, parsed from a third of the bytes),
 * then with the words written as readers type them (`htmlForIndex`). Returns the languages found.
 */
async function preparePages(siteDir: string, workDir: string): Promise<string[]> {
  const files = await htmlFiles(siteDir);
  const languages = new Set<string>();
  // A few files at a time: one after another, the disk's latency, not the work, sets the pace.
  const worker = async () => {
    for (let file = files.pop(); file !== undefined; file = files.pop()) {
      const html = await readFile(join(siteDir, file), 'utf8');
      if (!html.includes('data-pagefind-body')) continue;
      const language = htmlLanguage(html);
      languages.add(language);
      const target = join(workDir, language, file);
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, htmlForIndex(indexedPart(html)));
    }
  };
  await Promise.all(Array.from({ length: 16 }, worker));
  return [...languages].sort();
}

interface PagefindEntry {
  version: string;
  languages: Record<string, { hash: string; wasm: string | null; page_count: number }>;
  include_characters?: string[];
}

/** The index's folder, `siteDir/pagefind/`, made and checked writable: Pagefind's service stops without an answer when it cannot write. */
async function outputFolder(siteDir: string): Promise<string> {
  const outputPath = join(siteDir, 'pagefind');
  try {
    await mkdir(outputPath, { recursive: true });
    await access(outputPath, constants.W_OK);
  } catch (error) {
    throw failure(`impossible d’écrire ${outputPath} (${error instanceof Error ? error.message : String(error)})`);
  }
  return outputPath;
}

/**
 * Indexes the pages of `pagesDir` (one language's) into `outputPath` with a
 * Pagefind process of their own, stopped once the index is written so that
 * its memory is given back before the next language; returns Pagefind's
 * `pagefind-entry.json` for them.
 */
async function indexLanguage(pagesDir: string, outputPath: string): Promise<PagefindEntry> {
  const { index, errors } = await pagefind.createIndex(INDEX_OPTIONS);
  if (!index || errors.length) throw failure('impossible de créer l’index', errors);
  try {
    const added = await index.addDirectory({ path: pagesDir });
    if (added.errors.length) throw failure('impossible d’indexer les pages', added.errors);
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw failure(`impossible d’écrire ${outputPath}`, written.errors);
    return JSON.parse(await readFile(join(outputPath, 'pagefind-entry.json'), 'utf8')) as PagefindEntry;
  } finally {
    await pagefind.close();
  }
}

/**
 * One `pagefind-entry.json` for indexes written one language at a time into
 * the same folder, as Pagefind writes it for all languages at once: their
 * languages in alphabetical order (each index's files, named after their
 * language and hash, do not collide).
 */
export function mergedEntry(entries: readonly PagefindEntry[]): PagefindEntry {
  const [first] = entries;
  if (!first) throw new Error('mergedEntry: no index');
  const languages = Object.fromEntries(
    entries.flatMap((entry) => Object.entries(entry.languages)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
  return { ...first, languages };
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
    // Pagefind reads the prepared pages itself, on every core, rather than through its pipe. They
    // wait inside the site, on its disk (never in a RAM-backed temporary folder), and go with it
    // when a failed or interrupted build removes it.
    const workDir = join(siteDir, PREPARED);
    await rm(workDir, { recursive: true, force: true });
    try {
      const languages = await preparePages(siteDir, workDir);
      if (!languages.length) throw nothingToIndex(siteDir);
      const outputPath = await outputFolder(siteDir);
      // One language after another: Pagefind splits its index by language anyway, and holds every
      // page's words until it writes; apart, its peak is that of the largest language alone.
      const entries: PagefindEntry[] = [];
      for (const language of languages) entries.push(await indexLanguage(join(workDir, language), outputPath));
      const entry = mergedEntry(entries);
      await writeFile(join(outputPath, 'pagefind-entry.json'), JSON.stringify(entry));
      for (const name of await readdir(outputPath)) if (unusedFiles.test(name)) await rm(join(outputPath, name));
      const pages = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
      if (pages === 0) throw nothingToIndex(siteDir);
      return { pages };
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
