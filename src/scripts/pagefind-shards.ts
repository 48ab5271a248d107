/**
 * The shards of one language's Pagefind index (`scripts/search-index.ts`),
 * searched as one index. Not bundled with the search page: the build writes
 * it, types stripped, to `<site>/pagefind/pagefind-shards.js` only when the
 * index is split, and `pagefind-client.ts` loads it only then. It must
 * therefore import nothing at run time (types only).
 */
import type {
  FilterCounts,
  Pagefind,
  PagefindModule,
  PagefindResponse,
  PagefindResult,
  SearchOptions,
  ShardEntry,
} from './pagefind-client.ts';

/** One shard of a language's index, ready to search, and the id of its vocabulary record. */
export interface Shard {
  index: Pagefind;
  vocabulary: string;
}

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

/**
 * The shards of a language (`parts`, as `pagefind-shards.json` lists them, the main index's
 * first), each made ready by `ready` once the one before is (two indexes loading Pagefind's
 * WebAssembly at once into the worker's one module leave the first with the second's memory),
 * searched as one index. `module` is the main index, already ready; `folder` gives the address of
 * a shard's folder.
 */
export async function loadShards(
  module: PagefindModule,
  parts: readonly ShardEntry[],
  ready: (index: Pagefind) => Promise<Pagefind>,
  folder: (path: string) => string,
): Promise<Pagefind> {
  const [main, ...others] = parts;
  const shards: Shard[] = [{ index: module, vocabulary: main?.vocabulary ?? '' }];
  for (const { path, vocabulary } of others) {
    shards.push({ index: await ready(module.createInstance({ basePath: folder(path) })), vocabulary });
  }
  return shardedPagefind(shards);
}
