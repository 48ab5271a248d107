/**
 * Loads the Pagefind index of the built site (`<base>pagefind/pagefind.js`)
 * on the search page only, with the shards of the page's language when its
 * index is split (`<base>pagefind/pagefind-shards.json`, written by
 * `scripts/search-index.ts`), and types the little of its API the page uses.
 */
import { href } from '../lib/urls.ts';

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}

export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}

/** For each filter and value, a number of pages. */
export type FilterCounts = Record<string, Record<string, number>>;

export interface PagefindResponse {
  results: PagefindResult[];
  unfilteredResultCount: number;
  /** For each filter and value, how many results the query has without any filter. */
  totalFilters: FilterCounts;
}

/** The options of a search the page makes: filters, and a sort (`{ date: 'desc' }`) or none for relevance. */
export interface SearchOptions {
  filters?: Record<string, unknown>;
  sort?: Record<string, 'asc' | 'desc'>;
}

export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string, options?: SearchOptions): Promise<PagefindResponse>;
  filters(): Promise<FilterCounts>;
}

/** Pagefind's module (`pagefind.js`): an index, and more indexes of the same kind from other folders. */
export interface PagefindModule extends Pagefind {
  createInstance(options: { basePath: string }): Pagefind;
}

/**
 * `pagefind-shards.json`: for each language whose index is split, its shards, the main index's
 * first (`path` inside `pagefind/`, `''` for the main index), each with the id of its vocabulary
 * record, a record of every word of the language that is no page (`scripts/search-index.ts`).
 */
type ShardList = Record<string, ShardEntry[]>;

/** One shard as the list names it: its folder inside `pagefind/` and its vocabulary record's id. */
export interface ShardEntry {
  path: string;
  vocabulary: string;
}

/** Thrown when the site has no index, or an incomplete one: in `astro dev` before the first `npm run build`. */
export class MissingIndexError extends Error {}

/** The list of shards, read from `url`; throws a `MissingIndexError` without one (no index, or one built before shards). */
async function shardList(url: string): Promise<ShardList> {
  const response = await fetch(url, { cache: 'no-cache' });
  if (!response.ok) throw new MissingIndexError(`${url}: ${response.status}`);
  return (await response.json()) as ShardList;
}

let loading: Promise<Pagefind> | undefined;

/**
 * The site's index for the page's language (`<html lang>`), loaded once and
 * ready to search, shards included. Rejects with a `MissingIndexError` when
 * `pagefind.js` or the list of shards cannot be loaded (no index built), and
 * with Pagefind's error otherwise; a later call tries again.
 */
export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const url = href('/pagefind/pagefind.js');
    // Both requests at once: the list is a few bytes, and does not delay Pagefind.
    const list = shardList(href('/pagefind/pagefind-shards.json'));
    list.catch(() => undefined);
    let module: PagefindModule;
    try {
      // A URL known only once the site is built: Vite must leave this import to the browser.
      module = (await import(/* @vite-ignore */ url)) as PagefindModule;
    } catch (error) {
      throw new MissingIndexError(`${url}: ${String(error)}`);
    }
    // Result addresses get the base path (`/pole-image/`), like every link of the site.
    const options = { baseUrl: href('/'), excerptLength: 26, excerptEllipsis: '…' };
    // Filter counts come with the results only once the filters are loaded.
    const ready = async (index: Pagefind) => {
      await index.options(options);
      await index.init();
      // Also waits until the index has loaded Pagefind's WebAssembly, which `init` does not.
      await index.filters();
      return index;
    };
    // The main index first: it starts the worker that the shards' indexes share (a shard's folder has none).
    await ready(module);
    const parts = (await list)[document.documentElement.lang.toLowerCase()];
    if (!parts) return module;
    // The code that searches shards as one index, written beside the index only where it is split
    // (`scripts/search-index.ts`): a smaller site's search page does not carry it.
    const { loadShards } = (await import(
      /* @vite-ignore */ href('/pagefind/pagefind-shards.js')
    )) as typeof import('./pagefind-shards.ts');
    return loadShards(module, parts, ready, (path) => href(`/pagefind/${path}`));
  })();
  loading.catch(() => (loading = undefined));
  return loading;
}
