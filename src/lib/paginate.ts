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
 * The pages of a list of articles as Astro's `paginate()` cuts them for the
 * routes (src/data/news-lists.ts), `NEWS_PAGE_SIZE` each, at least one, in
 * their order: for the sitemap, an endpoint, which has no `paginate()`.
 */
export function pagesOf<T>(items: readonly T[]): T[][] {
  const pages: T[][] = [];
  for (let start = 0; start < items.length; start += NEWS_PAGE_SIZE) {
    pages.push(items.slice(start, start + NEWS_PAGE_SIZE));
  }
  return pages.length ? pages : [[]];
}

/**
 * The pages of the news list of a member or a call, as `pagesOf`: none
 * when its own page already shows every article, so that no list repeats it.
 */
export function citingNewsPages<T>(articles: readonly T[]): T[][] {
  return hasCitingNewsList(articles.length) ? pagesOf(articles) : [];
}

/** What follows a list's title from its second page on: « , page 2 sur 4 ». */
export const pageSuffix = (current: number, last: number) => (current > 1 ? `, page ${current} sur ${last}` : '');

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
