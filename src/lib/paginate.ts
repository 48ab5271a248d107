/** Splits a list into pages of `size` items; there is always at least one page. */
export function paginate<T>(items: readonly T[], size: number): T[][] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`Page size must be a positive integer: ${size}`);
  const pages: T[][] = [];
  for (let start = 0; start < items.length; start += size) pages.push(items.slice(start, start + size));
  return pages.length ? pages : [[]];
}

/** Articles per page in news and keyword lists. */
export const NEWS_PAGE_SIZE = 10;
