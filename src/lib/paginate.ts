/** Splits a list into pages of `size` items; there is always at least one page. */
export function paginate<T>(items: readonly T[], size: number): T[][] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`Page size must be a positive integer: ${size}`);
  const pages: T[][] = [];
  for (let start = 0; start < items.length; start += size) pages.push(items.slice(start, start + size));
  return pages.length ? pages : [[]];
}

/** Articles per page in the news list and in the lists of a keyword's, a member's or a call's news. */
export const NEWS_PAGE_SIZE = 10;

/**
 * The newest articles citing a member or a call that its own page shows:
 * two rows of the two-column grid of its column. The page stays the same
 * weight however many articles cite it; the rest are in its news list.
 */
export const CITING_NEWS_SHOWN = 4;

/** Whether a member or a call cited by `count` articles has a news list, which its page then links to. */
export const hasCitingNewsList = (count: number) => count > CITING_NEWS_SHOWN;

/**
 * The pages of the news list of a member or a call, ten articles each: none
 * when its own page already shows every article, so that no list repeats it.
 */
export function citingNewsPages<T>(articles: readonly T[]): T[][] {
  return hasCitingNewsList(articles.length) ? paginate(articles, NEWS_PAGE_SIZE) : [];
}

/**
 * The paths of a `[...page]` route for the news lists of members or calls:
 * the `id` of each one cited by more articles than its page shows, with it
 * as `entry` and the number of its articles as `total`.
 */
export function citingNewsPaths<E extends { id: string }, T>(
  entries: readonly E[],
  articlesOf: (entry: E) => readonly T[],
  cacheKey?: string,
) {
  return entries.flatMap((entry) => {
    const articles = articlesOf(entry);
    return pagePaths(citingNewsPages(articles), { id: entry.id }, { entry, total: articles.length }, cacheKey);
  });
}

/** What follows a list's title from its second page on: « , page 2 sur 4 ». */
export const pageSuffix = (current: number, last: number) => (current > 1 ? `, page ${current} sur ${last}` : '');

/**
 * The paths of a `[...page]` route for the pages of a list: the first page
 * without a number, the others with theirs; each with its items, its number
 * and the number of pages, beside the `params` and `props` shared by all,
 * and the `cacheKey` of the incremental build, if given (see `cacheKey` in
 * src/data/site.ts).
 */
export function pagePaths<T, Params extends object, Props extends object>(
  pages: readonly T[][],
  params: Params,
  props: Props,
  cacheKey?: string,
) {
  return pages.map((items, index) => ({
    params: { ...params, page: index === 0 ? undefined : String(index + 1) },
    props: { ...props, items, current: index + 1, last: pages.length },
    ...(cacheKey === undefined ? {} : { cacheKey }),
  }));
}

/**
 * The page numbers a pagination shows: the first, the last, and those within
 * `radius` of the current one, with `'gap'` where numbers are left out. Its
 * length stays the same whatever the number of pages: listing every page on
 * every page would make the news list grow with the square of the articles.
 */
export function pageWindow(current: number, last: number, radius = 2): (number | 'gap')[] {
  const shown = new Set([1, last]);
  for (let page = current - radius; page <= current + radius; page++) {
    if (page >= 1 && page <= last) shown.add(page);
  }
  const window: (number | 'gap')[] = [];
  let previous = 0;
  for (const page of [...shown].sort((a, b) => a - b)) {
    // A gap of a single page shows that page rather than « … ».
    if (page - previous === 2) window.push(page - 1);
    else if (page - previous > 2) window.push('gap');
    window.push(page);
    previous = page;
  }
  return window;
}
