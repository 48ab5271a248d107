/**
 * The site's search index: every built page that has a `data-pagefind-body`,
 * read from the built site once Astro has exited, prepared for the indexer
 * (`indexedPart`, `htmlForIndex`) into a folder of the site per language
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
import { access, mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { stripTypeScriptTypes } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { Parser } from 'htmlparser2';
import { gunzipSync } from 'node:zlib';
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
 * The list of shards, in the index's folder: for each split language, its shards (`Shard`),
 * `{ "fr": [{ "path": "", "vocabulary": "fr_…" }, { "path": "shard-fr-2/", … }] }`; `{}` when no
 * language is split.
 */
const SHARDS_FILE = 'pagefind-shards.json';

/** One page prepared for the indexer: its path in the site, its `<html lang>` and its sort date (`''` for none). */
export interface PreparedPage {
  file: string;
  language: string;
  date: string;
}

/** The date a page is sorted by in the index, from its `data-pagefind-sort="date:…"`, or `''`. */
export function sortDate(html: string): string {
  return /\sdata-pagefind-sort\s*=\s*["']?date:([^"'\s>]*)/i.exec(html)?.[1] ?? '';
}

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
 * The text of a prepared page as Pagefind indexes it, as whitespace-separated tokens: that of
 * its `data-pagefind-body` elements, without what Pagefind leaves out (`head`, `script`,
 * `style`, `noscript`, `label`, `form`, `svg`, `footer`, `nav`, `iframe`, `template`, elements
 * marked `data-pagefind-ignore`, and those of `INDEX_OPTIONS.excludeSelectors`,
 * `[aria-hidden="true"]`), entities decoded, a word ending only with a sentence element
 * (`SENTENCE_ELEMENTS`) or a `<br>`: Pagefind reads `<b>anim</b>ation` as one word, and
 * `<dt>Lieu</dt><dd>Lille</dd>` too. Source of truth: Pagefind 1.6's `fossick/parser.rs`.
 * Pagefind itself turns each token into words (case, punctuation, stems) when it indexes them.
 */
export function pageTokens(html: string): Set<string> {
  const text: string[] = [];
  // Read as a stream (htmlparser2), not as a tree: a site's pages pass through here one after another.
  const open: { leftOut: boolean; body: boolean; sentence: boolean }[] = [];
  let leftOut = 0;
  let body = 0;
  const reading = () => body > 0 && leftOut === 0;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const element = {
          leftOut:
            LEFT_OUT_ELEMENTS.has(name) || 'data-pagefind-ignore' in attributes || attributes['aria-hidden'] === 'true',
          body: 'data-pagefind-body' in attributes,
          sentence: SENTENCE_ELEMENTS.has(name) || name === 'br',
        };
        open.push(element);
        if (element.leftOut) leftOut += 1;
        if (element.body) body += 1;
        if (element.sentence && reading()) text.push(' ');
      },
      ontext(data) {
        if (reading()) text.push(data);
      },
      onclosetag() {
        const element = open.pop();
        if (!element) return;
        if (element.sentence && reading()) text.push(' ');
        if (element.leftOut) leftOut -= 1;
        if (element.body) body -= 1;
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  const tokens = new Set<string>();
  for (const token of text.join('').split(/\s+/u)) if (token) tokens.add(token.toLowerCase());
  return tokens;
}

/** The elements whose text Pagefind never indexes. */
const LEFT_OUT_ELEMENTS = new Set('head style script noscript label form svg footer nav iframe template'.split(' '));

/** The elements whose text Pagefind ends with a space: inside or after any other, a word goes on. */
const SENTENCE_ELEMENTS = new Set('h1 h2 h3 h4 h5 h6 p td div ul li article section'.split(' '));

/**
 * The address of the vocabulary record of each shard of a split language: one record holding
 * every word of the language's pages, so that each shard knows every word. Pagefind, given a
 * word that no word of its index begins with, searches for the longest word of its index that
 * begins the word instead (`navigateur` → `n`): a shard without the word would then answer with
 * pages the whole index never gives. With the vocabulary, each shard does so only when the whole
 * language would; the search page leaves the record out of results and counts.
 */
const VOCABULARY_URL = '/pagefind/vocabulaire/';

/** The tokens of every page of `pagesDirs` (folders of prepared pages), as one text. */
async function vocabulary(pagesDirs: readonly string[]): Promise<string> {
  const tokens = new Set<string>();
  for (const dir of pagesDirs) {
    for (const file of await htmlFiles(dir)) {
      for (const token of pageTokens(await readFile(join(dir, file), 'utf8'))) tokens.add(token);
    }
  }
  return [...tokens].sort().join(' ');
}

/**
 * The id Pagefind gives, in the index of `outputPath`, to the page of `url` in `language`:
 * the name of its fragment (`fr_1a2b3c4`), whose JSON, after Pagefind's `pagefind_dcd` marker,
 * holds its address. Throws when no fragment has it.
 */
async function pageId(outputPath: string, language: string, url: string): Promise<string> {
  const folder = join(outputPath, 'fragment');
  const marker = `"url":${JSON.stringify(url)}`;
  for (const name of await readdir(folder)) {
    if (!name.startsWith(`${language}_`)) continue;
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
 * then with the words written as readers type them (`htmlForIndex`). Returns the pages written.
 */
async function preparePages(siteDir: string, workDir: string): Promise<PreparedPage[]> {
  const files = await htmlFiles(siteDir);
  const prepared: PreparedPage[] = [];
  // A few files at a time: one after another, the disk's latency, not the work, sets the pace.
  const worker = async () => {
    for (let file = files.pop(); file !== undefined; file = files.pop()) {
      const html = await readFile(join(siteDir, file), 'utf8');
      if (!html.includes('data-pagefind-body')) continue;
      const language = htmlLanguage(html);
      prepared.push({ file, language, date: sortDate(html) });
      const target = join(workDir, language, file);
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, htmlForIndex(indexedPart(html)));
    }
  };
  await Promise.all(Array.from({ length: 16 }, worker));
  return prepared;
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
  shardPages?: number;
  deadlineMs?: number;
}

/**
 * One shard of a split language, as `pagefind-shards.json` lists it: its folder inside the
 * index's (`''` for the main index, then `shard-fr-2/`…) and the id of its vocabulary record,
 * which the search page leaves out (`VOCABULARY_URL`).
 */
export interface Shard {
  path: string;
  vocabulary: string;
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
  { shardPages = SHARD_PAGES, deadlineMs = DEADLINE_MS }: IndexOptions = {},
): Promise<{ pages: number; shards: Record<string, Shard[]> }> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let late = false;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      late = true;
      const seconds = (deadlineMs / 1000).toLocaleString('fr-FR');
      reject(failure(`Pagefind n’a pas fini en ${seconds}\u00a0s`));
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
      const prepared = await preparePages(siteDir, workDir);
      const languages = [...new Set(prepared.map((page) => page.language))].sort();
      if (!languages.length) throw nothingToIndex(siteDir);
      const outputPath = await outputFolder(siteDir);
      // One language after another, one shard after another: Pagefind splits its index by
      // language anyway, and holds every page's words until it writes; apart, its peak is that of
      // the largest shard alone.
      const entries: PagefindEntry[] = [];
      const shards: Record<string, Shard[]> = {};
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
        const words = others.length
          ? { language, words: await vocabulary([language, ...folders].map((folder) => join(workDir, folder))) }
          : undefined;
        onTime();
        const first = await indexLanguage(join(workDir, language), outputPath, words);
        entries.push(first);
        pages += first.languages[language]?.page_count ?? 0;
        if (!words) continue;
        // Each shard's vocabulary record is no page of the site.
        pages -= 1 + others.length;
        const split: Shard[] = [{ path: '', vocabulary: await pageId(outputPath, language, VOCABULARY_URL) }];
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
    await pagefind.close();
    // Once Pagefind is stopped, the indexing fails at its next step: wait for it (a few seconds at
    // most), so that nothing is written after this function has answered.
    let grace: ReturnType<typeof setTimeout> | undefined;
    await Promise.race([running.catch(() => undefined), new Promise((done) => (grace = setTimeout(done, 10_000)))]);
    clearTimeout(grace);
  }
}
