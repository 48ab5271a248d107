/**
 * The site's search index: every built page that has a `data-pagefind-body`,
 * read from the built site once Astro has exited, prepared for the indexer
 * (`indexedPart`, `htmlForIndex`; `scripts/search-pages.ts`, in one worker
 * thread per core) into a folder of the site per language
 * (`.pagefind-pages/<language>/`, removed once read), each read by a
 * Pagefind process of its own, one language after another, into
 * `<site>/pagefind/`. A language of more than `SHARD_PAGES` pages is split
 * into shards of consecutive dates, each indexed by a process of its own
 * into `<site>/pagefind/shard-<language>-<n>/` and listed in
 * `<site>/pagefind/pagefind-shards.json`, which the search page reads to
 * search them all (`src/scripts/pagefind-client.ts`). `npm run build`
 * (`scripts/build.ts`) runs it after `astro build`, so that Pagefind's memory
 * never adds to Astro's.
 */
import { constants } from 'node:fs';
import { availableParallelism } from 'node:os';
import { access, mkdir, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { stripTypeScriptTypes } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { Worker } from 'node:worker_threads';
import { gunzipSync } from 'node:zlib';
import type { ShardEntry } from '../src/scripts/pagefind-client.ts';
import type { BatchRequest, PreparedBatch, PreparedPage } from './search-pages.ts';

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

/**
 * In a shard's folder, what the search page takes from the main index instead: Pagefind's script
 * and worker, its interfaces, and the WebAssembly of the other languages.
 */
const unusedInShard = (name: string, language: string) =>
  unusedFiles.test(name) ||
  name === 'pagefind.js' ||
  name === 'pagefind-worker.js' ||
  (/^wasm\..+\.pagefind$/.test(name) && name !== `wasm.${language}.pagefind`);

/**
 * The most pages of one language that one Pagefind process indexes. Pagefind holds about
 * 230 KiB per page until it has written its index (measured from 1,000 to 10,000 pages,
 * whatever the page's size): 8,000 pages are about 1.8 GiB, below what Astro needs to build
 * 10,000 articles. A language with more pages is split into shards of at most this many.
 */
const SHARD_PAGES = 8000;

/** The search page's code for shards (`src/scripts/pagefind-shards.ts`), in the index's folder when it is split. */
const SHARDS_SCRIPT = 'pagefind-shards.js';

/**
 * The list of shards, in the index's folder: for each split language, its shards (`ShardEntry`:
 * the folder inside the index's, `''` for the main index, and the id of the vocabulary record,
 * `VOCABULARY_URL`): `{ "fr": [{ "path": "", "vocabulary": "fr_…" }, { "path": "shard-fr-2/", … }] }`;
 * `{}` when no language is split.
 */
const SHARDS_FILE = 'pagefind-shards.json';

/**
 * `pages` split into the fewest shards of at most `most` pages, of sizes that differ by one at
 * most, newest first: each shard holds consecutive dates (`date` descending, then `file`), so
 * that results sorted by date are those of the first shard, then the second… Returns one shard
 * (possibly empty) when `pages` has at most `most` pages. Throws a `RangeError` when `most` is
 * not a positive integer.
 */
export function shardsOf<T extends Pick<PreparedPage, 'file' | 'date'>>(pages: readonly T[], most: number): T[][] {
  if (!Number.isInteger(most) || most < 1)
    throw new RangeError(`shardsOf: most must be a positive integer, got ${most}`);
  const ordered = pages.toSorted((a, b) =>
    a.date !== b.date ? (a.date < b.date ? 1 : -1) : a.file < b.file ? -1 : a.file > b.file ? 1 : 0,
  );
  const count = Math.max(1, Math.ceil(ordered.length / most));
  return Array.from({ length: count }, (_, i) =>
    ordered.slice(Math.floor((i * ordered.length) / count), Math.floor(((i + 1) * ordered.length) / count)),
  );
}

/**
 * The address of the vocabulary record of each shard of a split language: one record holding
 * every word of the language's pages, so that each shard knows every word. Pagefind, given a
 * word that no word of its index begins with, searches for the longest word of its index that
 * begins the word instead (`navigateur` → `n`): a shard without the word would then answer with
 * pages the whole index never gives. With the vocabulary, each shard does so only when the whole
 * language would; the search page leaves the record out of results and counts.
 */
const VOCABULARY_URL = '/pagefind/vocabulaire/';

/** The vocabulary record's text: every token of a split language's pages (`tokens`), sorted. */
function vocabulary(tokens: ReadonlySet<string> | undefined): string {
  // Collected whenever the site has more pages than a shard may hold (`preparePages`).
  if (!tokens) throw new Error('search-index: no tokens collected for a split language');
  return [...tokens].sort().join(' ');
}

/**
 * The id Pagefind gives, in the index of `outputPath`, to the page of `url` in `language`:
 * the name of its fragment (`fr_1a2b3c4`), whose JSON, after Pagefind's `pagefind_dcd` marker,
 * holds its address. Fragments are read largest first: the vocabulary record, every word of a
 * language, is by far the largest. Throws when no fragment has it.
 */
async function pageId(outputPath: string, language: string, url: string): Promise<string> {
  const folder = join(outputPath, 'fragment');
  const marker = `"url":${JSON.stringify(url)}`;
  const names = (await readdir(folder)).filter((name) => name.startsWith(`${language}_`));
  const sizes = new Map(
    await Promise.all(names.map(async (name) => [name, (await stat(join(folder, name))).size] as const)),
  );
  for (const name of names.toSorted((a, b) => (sizes.get(b) ?? 0) - (sizes.get(a) ?? 0))) {
    if (
      gunzipSync(await readFile(join(folder, name)))
        .toString('utf8')
        .includes(marker)
    ) {
      return name.replace(/\.pf_fragment$/, '');
    }
  }
  throw failure(`vocabulaire introuvable dans ${folder}`);
}

/** How the folders of shards begin, inside the index's. */
const SHARD_PREFIX = 'shard-';

/** The folder, inside the index's, of a language's shard after the first (`n` ≥ 2). */
const shardFolder = (language: string, n: number) => `${SHARD_PREFIX}${language}-${n}`;

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
 * The fewest pages for which one more worker thread prepares them, up to one thread per core:
 * once Astro has exited and before Pagefind starts, the cores are free, but a small site is
 * prepared sooner than a thread starts.
 */
const PAGES_PER_THREAD = 500;

/** `request` done by a worker thread (`scripts/search-pages-worker.ts`), which `signal` stops. */
function inThread(request: BatchRequest, signal: AbortSignal): Promise<PreparedBatch> {
  return new Promise((done, fail) => {
    const thread = new Worker(new URL('./search-pages-worker.ts', import.meta.url), { workerData: request });
    const stop = () => {
      void thread.terminate();
      fail(signal.reason instanceof Error ? signal.reason : new Error(String(signal.reason)));
    };
    signal.addEventListener('abort', stop, { once: true });
    const settle = () => signal.removeEventListener('abort', stop);
    thread.once('message', (batch: PreparedBatch) => {
      settle();
      done(batch);
    });
    thread.once('error', (error: Error) => {
      settle();
      fail(error);
    });
    thread.once('exit', (code) => {
      settle();
      // After its answer a thread ends with 0, and a settled promise ignores this.
      fail(new Error(`préparation des pages interrompue (code ${code})`));
    });
  });
}

/**
 * Writes into `workDir/<language>/` the pages of `files` (HTML files of `siteDir`) that have a
 * `data-pagefind-body`, as the indexer should read them (`prepareBatch`), in `threads` worker
 * threads; when the site has more than
 * `shardPages` pages, so that a language may be split, also collects the tokens of each
 * language's pages. Returns the pages written and the tokens by language (empty when not
 * collected). Rejects with the first thread's error, or `signal`'s reason once it is aborted; the
 * other threads are then stopped, so that nothing more is written.
 */
async function preparePages(
  siteDir: string,
  files: readonly string[],
  workDir: string,
  shardPages: number,
  signal: AbortSignal,
  threads = Math.max(1, Math.min(availableParallelism(), Math.ceil(files.length / PAGES_PER_THREAD))),
): Promise<{ pages: PreparedPage[]; tokens: Map<string, Set<string>> }> {
  const withTokens = files.length > shardPages;
  const failed = new AbortController();
  const stopped = AbortSignal.any([signal, failed.signal]);
  const batches = await Promise.all(
    Array.from({ length: threads }, (_, n) =>
      inThread({ siteDir, workDir, files: files.filter((_, i) => i % threads === n), withTokens }, stopped).catch(
        (error: unknown) => {
          failed.abort(error);
          throw error;
        },
      ),
    ),
  );
  const tokens = new Map<string, Set<string>>();
  for (const batch of batches) {
    for (const [language, words] of Object.entries(batch.tokens)) {
      const all = tokens.get(language) ?? new Set<string>();
      for (const word of words) all.add(word);
      tokens.set(language, all);
    }
  }
  return { pages: batches.flatMap((batch) => batch.pages), tokens };
}

/** Moves prepared `pages` from the folder `from` to the folder `to`, at the same paths. */
async function movePages(pages: readonly PreparedPage[], from: string, to: string): Promise<void> {
  for (const { file } of pages) {
    await mkdir(dirname(join(to, file)), { recursive: true });
    await rename(join(from, file), join(to, file));
  }
}

interface PagefindEntry {
  version: string;
  languages: Record<string, { hash: string; wasm: string | null; page_count: number }>;
  include_characters?: string[];
}

/**
 * The index's folder, `siteDir/pagefind/`, made and checked writable (Pagefind's service stops
 * without an answer when it cannot write), without the shards of an index written there before,
 * which the new list would no longer name.
 */
async function outputFolder(siteDir: string): Promise<string> {
  const outputPath = join(siteDir, 'pagefind');
  try {
    await mkdir(outputPath, { recursive: true });
    await access(outputPath, constants.W_OK);
    for (const name of await readdir(outputPath)) {
      if (name.startsWith(SHARD_PREFIX)) await rm(join(outputPath, name), { recursive: true, force: true });
    }
  } catch (error) {
    throw failure(`impossible d’écrire ${outputPath} (${error instanceof Error ? error.message : String(error)})`);
  }
  return outputPath;
}

/**
 * Indexes the pages of `pagesDir` (one language's) into `outputPath` with a
 * Pagefind process of their own, stopped once the index is written so that
 * its memory is given back before the next language; with `vocabulary`, adds
 * the language's vocabulary record (`VOCABULARY_URL`). Returns Pagefind's
 * `pagefind-entry.json` for them.
 */
async function indexLanguage(
  pagesDir: string,
  outputPath: string,
  vocabulary?: { language: string; words: string },
): Promise<PagefindEntry> {
  const { index, errors } = await pagefind.createIndex(INDEX_OPTIONS);
  if (!index || errors.length) throw failure('impossible de créer l’index', errors);
  try {
    const added = await index.addDirectory({ path: pagesDir });
    if (added.errors.length) throw failure('impossible d’indexer les pages', added.errors);
    if (vocabulary) {
      const record = await index.addCustomRecord({
        url: VOCABULARY_URL,
        content: vocabulary.words,
        language: vocabulary.language,
        meta: { title: 'Vocabulaire de l’index' },
      });
      if (record.errors.length) throw failure('impossible d’indexer le vocabulaire', record.errors);
    }
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

/** How `indexSite` works: at most `shardPages` pages of a language per Pagefind process, within `deadlineMs` milliseconds. */
export interface IndexOptions {
  /** The most pages of a language in one shard (`SHARD_PAGES`). */
  shardPages?: number;
  /** How long the whole indexing may take, in milliseconds (`DEADLINE_MS`). */
  deadlineMs?: number;
  /** How many threads prepare the pages: by default one per core, and one per `PAGES_PER_THREAD` pages at most. */
  threads?: number;
}

/**
 * Indexes the built pages of `siteDir` (a folder of HTML files as Astro
 * writes them) into `siteDir/pagefind/` and returns how many pages the index
 * holds, French and English together, and the shards of each split language
 * (as in `pagefind-shards.json`, `{}` when none is). Pagefind splits the
 * index by each page's `<html lang>`: French pages with French stemming,
 * English ones with English stemming; a language of more than `shardPages`
 * pages (`SHARD_PAGES`) is split into shards (`shardsOf`), each with the
 * language's vocabulary. Throws an `Error` with a French message
 * (« Recherche : … ») when Pagefind cannot start, index a page or write a
 * file, when no page has content to index, or after `deadlineMs`
 * milliseconds (10 minutes); Pagefind's process is stopped in every case,
 * and nothing more is written once the promise has settled.
 */
export async function indexSite(
  siteDir: string,
  { shardPages = SHARD_PAGES, deadlineMs = DEADLINE_MS, threads }: IndexOptions = {},
): Promise<{ pages: number; shards: Record<string, ShardEntry[]> }> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let late = false;
  // Stops the threads preparing the pages at the deadline, or once this function has answered.
  const stopped = new AbortController();
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      late = true;
      const seconds = (deadlineMs / 1000).toLocaleString('fr-FR');
      const error = failure(`Pagefind n’a pas fini en ${seconds}\u00a0s`);
      stopped.abort(error);
      reject(error);
    }, deadlineMs);
  });
  /** Stops the indexing between two steps once the deadline has passed. */
  const onTime = () => {
    if (late) throw failure('indexation arrêtée après le délai');
  };
  const indexing = async () => {
    // Pagefind reads the prepared pages itself, on every core, rather than through its pipe. They
    // wait inside the site, on its disk (never in a RAM-backed temporary folder), and go with it
    // when a failed or interrupted build removes it.
    const workDir = join(siteDir, PREPARED);
    await rm(workDir, { recursive: true, force: true });
    try {
      const files = await htmlFiles(siteDir);
      const { pages: prepared, tokens } = await preparePages(
        siteDir,
        files,
        workDir,
        shardPages,
        stopped.signal,
        threads,
      );
      const languages = [...new Set(prepared.map((page) => page.language))].sort();
      if (!languages.length) throw nothingToIndex(siteDir);
      const outputPath = await outputFolder(siteDir);
      // One language after another, one shard after another: Pagefind splits its index by
      // language anyway, and holds every page's words until it writes; apart, its peak is that of
      // the largest shard alone.
      const entries: PagefindEntry[] = [];
      const shards: Record<string, ShardEntry[]> = {};
      let pages = 0;
      for (const language of languages) {
        onTime();
        const [, ...others] = shardsOf(
          prepared.filter((page) => page.language === language),
          shardPages,
        );
        const folders = others.map((_, i) => shardFolder(language, i + 2));
        // The first shard stays in the language's folder and goes into the main index.
        for (const [i, shard] of others.entries()) {
          await movePages(shard, join(workDir, language), join(workDir, folders[i] ?? ''));
        }
        const words = others.length ? { language, words: vocabulary(tokens.get(language)) } : undefined;
        onTime();
        const first = await indexLanguage(join(workDir, language), outputPath, words);
        entries.push(first);
        pages += first.languages[language]?.page_count ?? 0;
        if (!words) continue;
        // Each shard's vocabulary record is no page of the site.
        pages -= 1 + others.length;
        const split: ShardEntry[] = [{ path: '', vocabulary: await pageId(outputPath, language, VOCABULARY_URL) }];
        for (const folder of folders) {
          onTime();
          const shardPath = join(outputPath, folder);
          const entry = await indexLanguage(join(workDir, folder), shardPath, words);
          pages += entry.languages[language]?.page_count ?? 0;
          for (const name of await readdir(shardPath)) {
            if (unusedInShard(name, language)) await rm(join(shardPath, name));
          }
          split.push({ path: `${folder}/`, vocabulary: await pageId(shardPath, language, VOCABULARY_URL) });
        }
        shards[language] = split;
      }
      onTime();
      const entry = mergedEntry(entries);
      await writeFile(join(outputPath, 'pagefind-entry.json'), JSON.stringify(entry));
      await writeFile(join(outputPath, SHARDS_FILE), JSON.stringify(shards));
      if (Object.keys(shards).length) {
        // The search page's code for shards, only where there are shards (see the module).
        const source = await readFile(new URL('../src/scripts/pagefind-shards.ts', import.meta.url), 'utf8');
        await writeFile(join(outputPath, SHARDS_SCRIPT), stripTypeScriptTypes(source));
      }
      for (const name of await readdir(outputPath)) if (unusedFiles.test(name)) await rm(join(outputPath, name));
      if (pages === 0) throw nothingToIndex(siteDir);
      return { pages, shards };
    } finally {
      await rm(workDir, { recursive: true, force: true });
    }
  };
  const running = indexing();
  try {
    return await Promise.race([running, deadline]);
  } finally {
    clearTimeout(timer);
    stopped.abort(failure('indexation arrêtée'));
    await pagefind.close();
    // Once Pagefind is stopped, the indexing fails at its next step: wait for it (a few seconds at
    // most), so that nothing is written after this function has answered.
    let grace: ReturnType<typeof setTimeout> | undefined;
    await Promise.race([running.catch(() => undefined), new Promise((done) => (grace = setTimeout(done, 10_000)))]);
    clearTimeout(grace);
  }
}
