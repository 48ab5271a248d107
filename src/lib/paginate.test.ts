import { describe, expect, it } from 'vitest';
import { CITING_NEWS_SHOWN, citingNewsPages, hasCitingNewsList, pagesOf, pageSuffix, pageWindow } from './paginate.ts';

describe('pagesOf', () => {
  it('cuts a list into pages of ten, the last one shorter', () => {
    const pages = pagesOf(Array.from({ length: 23 }, (_, i) => i));
    expect(pages.map((page) => page.length)).toEqual([10, 10, 3]);
    expect(pages[2]).toEqual([20, 21, 22]);
  });

  it('always gives one page, empty when there is nothing', () => {
    expect(pagesOf([])).toEqual([[]]);
  });
});

describe('pageWindow', () => {
  it('shows every page when there are few', () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(3, 5)).toEqual([1, 2, 3, 4, 5]);
  });

  it('shows the first, the last and the neighbours of the current page, with gaps', () => {
    expect(pageWindow(50, 1000)).toEqual([1, 'gap', 48, 49, 50, 51, 52, 'gap', 1000]);
    expect(pageWindow(1, 1000)).toEqual([1, 2, 3, 'gap', 1000]);
    expect(pageWindow(1000, 1000)).toEqual([1, 'gap', 998, 999, 1000]);
  });

  it('shows a single left-out page rather than a gap', () => {
    expect(pageWindow(5, 9)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(pageWindow(5, 10)).toEqual([1, 2, 3, 4, 5, 6, 7, 'gap', 10]);
  });

  it('stays the same length whatever the number of pages', () => {
    expect(pageWindow(500, 1000)).toHaveLength(pageWindow(500, 100_000).length);
  });
});

describe('citingNewsPages', () => {
  const articles = (count: number) => Array.from({ length: count }, (_, i) => i);

  it('gives no list when the member’s or call’s page shows every article', () => {
    expect(citingNewsPages(articles(0))).toEqual([]);
    expect(citingNewsPages(articles(CITING_NEWS_SHOWN))).toEqual([]);
    expect(hasCitingNewsList(CITING_NEWS_SHOWN)).toBe(false);
    expect(hasCitingNewsList(CITING_NEWS_SHOWN + 1)).toBe(true);
  });

  it('gives pages of ten articles, in their order, as soon as one article is not shown', () => {
    expect(citingNewsPages(articles(CITING_NEWS_SHOWN + 1))).toEqual([articles(CITING_NEWS_SHOWN + 1)]);
    const pages = citingNewsPages(articles(23));
    expect(pages.map((page) => page.length)).toEqual([10, 10, 3]);
    expect(pages.flat()).toEqual(articles(23));
  });
});

describe('pageSuffix', () => {
  it('says nothing on the first page, and the page and their number on the others', () => {
    expect(pageSuffix(1, 4)).toBe('');
    expect(pageSuffix(2, 4)).toBe(', page 2 sur 4');
  });
});
