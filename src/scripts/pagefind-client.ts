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
type FilterCounts = Record<string, Record<string, number>>;

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
  /** Loads the parts of the index that a search for `query` needs, without searching. */
  preload(query: string, options?: SearchOptions): Promise<void>;
  filters(): Promise<FilterCounts>;
}

/** Pagefind's module (`pagefind.js`): an index, and more indexes of the same kind from other folders. */
interface PagefindModule extends Pagefind {
  createInstance(options: { basePath: string }): Pagefind;
}

/**
 * `pagefind-shards.json`: for each language whose index is split, its shards, the main index's
 * first (`path` inside `pagefind/`, `''` for the main index), each with the id of its vocabulary
 * record, a record of every word of the language that is no page (`scripts/search-index.ts`).
 */
type ShardList = Record<string, { path: string; vocabulary: string }[]>;

/** One shard of a language's index, ready to search, and the id of its vocabulary record. */
export interface Shard {
  index: Pagefind;
  vocabulary: string;
}

/** Thrown when the site has no index, or an incomplete one: in `astro dev` before the first `npm run build`. */
export class MissingIndexError extends Error {}

/** `a` and `b` added, filter by filter and value by value. */
function addCounts(a: FilterCounts, b: FilterCounts): FilterCounts {
  const sum: FilterCounts = structuredClone(a);
  for (const [filter, values] of Object.entries(b)) {
    const counts = (sum[filter] ??= {});
    for (const [value, count] of Object.entries(values)) counts[value] = (counts[value] ?? 0) + count;
  }
  return sum;
}

/**
 * A shard's answer without its vocabulary record, counted from `unfiltered`, the same shard's
 * answer to the same search without filters (`response` itself when there are none).
 */
export function withoutVocabulary(
  response: PagefindResponse,
  vocabulary: string,
  unfiltered: PagefindResponse = response,
): PagefindResponse {
  const page = (result: PagefindResult) => result.id !== vocabulary;
  return {
    ...response,
    results: response.results.filter(page),
    unfilteredResultCount: unfiltered.results.filter(page).length,
  };
}

/**
 * The answers of the shards of one language's index to one search, as one
 * answer: counts added up; results by decreasing score for relevance (as
 * Pagefind's `mergeIndex` does), or, sorted by `date`, those of the first
 * shard, then of the second… (the shards hold consecutive dates, newest
 * first: `shardsOf` in `scripts/search-index.ts`), last shard first for
 * `asc`. Throws an `Error` for a sort on another key, which the shards' order
 * cannot give.
 */
export function mergedResponse(
  responses: readonly PagefindResponse[],
  sort: SearchOptions['sort'] = {},
): PagefindResponse {
  const keys = Object.keys(sort);
  if (keys.some((key) => key !== 'date'))
    throw new Error(`Recherche\u00a0: tri par ${keys.join(', ')} impossible sur un index en parties`);
  const ordered = sort.date === 'asc' ? responses.toReversed() : responses;
  const results = ordered.flatMap((response) => response.results);
  return {
    results: sort.date ? results : results.toSorted((a, b) => b.score - a.score),
    unfilteredResultCount: responses.reduce((sum, response) => sum + response.unfilteredResultCount, 0),
    totalFilters: responses.map((response) => response.totalFilters).reduce(addCounts, {}),
  };
}

/**
 * The shards of one language's index (the main index's first), searched as
 * one index: each call goes to every shard at once, and each shard's answer
 * comes without its vocabulary record. The shards must be ready (see
 * `loadPagefind`).
 */
export function shardedPagefind(shards: readonly Shard[]): Pagefind {
  const each = async <T>(call: (shard: Pagefind) => Promise<T>) => Promise.all(shards.map(({ index }) => call(index)));
  return {
    options: async (options) => {
      await each((shard) => shard.options(options));
    },
    init: async () => {
      await each((shard) => shard.init());
    },
    preload: async (query, options) => {
      await each((shard) => shard.preload(query, options));
    },
    filters: async () => (await each((shard) => shard.filters())).reduce(addCounts, {}),
    search: async (query, options = {}) => {
      const responses = await each((shard) => shard.search(query, options));
      // Counted without the vocabulary records: with filters, from a search without them.
      const filtered = Object.keys(options.filters ?? {}).length > 0;
      const unfiltered = filtered
        ? await each((shard) => shard.search(query, { sort: options.sort ?? {} }))
        : responses;
      return mergedResponse(
        responses.map((response, i) =>
          withoutVocabulary(response, shards[i]?.vocabulary ?? '', unfiltered[i] ?? response),
        ),
        options.sort,
      );
    },
  };
}

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
    // The main index first: it starts the worker that the shards' indexes share (a shard's folder
    // has none). Then each shard once the one before is ready: two indexes loading Pagefind's
    // WebAssembly at once into the worker's one module leave the first with the second's memory.
    await ready(module);
    const [main, ...others] = (await list)[document.documentElement.lang.toLowerCase()] ?? [];
    if (!main) return module;
    const shards: Shard[] = [{ index: module, vocabulary: main.vocabulary }];
    for (const { path, vocabulary } of others) {
      const index = await ready(module.createInstance({ basePath: href(`/pagefind/${path}`) }));
      shards.push({ index, vocabulary });
    }
    return shardedPagefind(shards);
  })();
  loading.catch(() => (loading = undefined));
  return loading;
}
