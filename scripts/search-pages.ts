/**
 * The built pages as the search index reads them (`scripts/search-index.ts`): which pages are
 * indexed, in which language, sorted by which date, cut and rewritten for the indexer
 * (`prepareBatch`), and the words Pagefind will find in them (`pageTokens`). `prepareBatch` runs
 * in worker threads (`scripts/search-pages-worker.ts`), several at once.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Parser } from 'htmlparser2';
import { htmlForIndex, indexedPart } from '../src/lib/search-text.ts';

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
 * The language Pagefind gives a page: its `<html lang>`, or `unknown`, as a folder name.
 */
export function htmlLanguage(html: string): string {
  const lang = /<html\b[^<>]*?\slang\s*=\s*["']?([A-Za-z0-9-]+)/i.exec(html)?.[1];
  return lang ? lang.toLowerCase() : 'unknown';
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

/** A share of a site's pages to prepare (`prepareBatch`), as a worker thread receives it. */
export interface BatchRequest {
  /** The built site. */
  siteDir: string;
  /** Where the prepared pages go, under `<language>/`. */
  workDir: string;
  /** The share's HTML files, relative to `siteDir`, with `/` separators. */
  files: string[];
  /** Whether to collect the tokens of the pages (`pageTokens`), for the vocabulary of a split language. */
  withTokens: boolean;
}

/** What `prepareBatch` did: the pages prepared, and with `withTokens` the tokens of each language's pages. */
export interface PreparedBatch {
  pages: PreparedPage[];
  tokens: Record<string, string[]>;
}

/**
 * Writes into `workDir/<language>/` the pages of `files` that have a `data-pagefind-body`
 * (lists and keyword pages have none), as the indexer should read them, at the same paths: cut
 * to what is indexed (`indexedPart`: the index is the same, parsed from a third of the bytes),
 * then with the words written as readers type them (`htmlForIndex`); with `withTokens`, reads
 * the words of each prepared page (`pageTokens`) while it is at hand. Returns the pages written
 * and the tokens by language. Rejects with the file system's error when a file cannot be read
 * or written.
 */
export async function prepareBatch({ siteDir, workDir, files, withTokens }: BatchRequest): Promise<PreparedBatch> {
  const queue = files.toReversed();
  const pages: PreparedPage[] = [];
  const tokens = new Map<string, Set<string>>();
  // A few files at a time: one after another, the disk's latency, not the work, sets the pace.
  const reader = async () => {
    for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
      const html = await readFile(join(siteDir, file), 'utf8');
      if (!html.includes('data-pagefind-body')) continue;
      const language = htmlLanguage(html);
      pages.push({ file, language, date: sortDate(html) });
      const prepared = htmlForIndex(indexedPart(html));
      const target = join(workDir, language, file);
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, prepared);
      if (!withTokens) continue;
      let words = tokens.get(language);
      if (!words) tokens.set(language, (words = new Set()));
      for (const token of pageTokens(prepared)) words.add(token);
    }
  };
  await Promise.all(Array.from({ length: 8 }, reader));
  return { pages, tokens: Object.fromEntries([...tokens].map(([language, words]) => [language, [...words]])) };
}
