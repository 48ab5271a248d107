/**
 * Loads the Pagefind index of the built site (`<base>pagefind/pagefind.js`)
 * on the search page only, and types the little of its API the page uses.
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

interface PagefindResponse {
  results: PagefindResult[];
  unfilteredResultCount: number;
  /** For each filter and value, how many results the query has without any filter. */
  totalFilters: Record<string, Record<string, number>>;
}

export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string, options?: Record<string, unknown>): Promise<PagefindResponse>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

/** Thrown when the site has no index: in `astro dev` before the first `npm run build`. */
export class MissingIndexError extends Error {}

let loading: Promise<Pagefind> | undefined;

export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const url = href('/pagefind/pagefind.js');
    let pagefind: Pagefind;
    try {
      // A URL known only once the site is built: Vite must leave this import to the browser.
      pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    } catch (error) {
      throw new MissingIndexError(`${url}: ${String(error)}`);
    }
    // Result addresses get the base path (`/pole-image/`), like every link of the site.
    await pagefind.options({ baseUrl: href('/'), excerptLength: 26, excerptEllipsis: '…' });
    await pagefind.init();
    // Filter counts come with the results only once the filters are loaded.
    await pagefind.filters();
    return pagefind;
  })();
  loading.catch(() => (loading = undefined));
  return loading;
}
