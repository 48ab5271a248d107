import { describe, expect, it } from 'vitest';
import { paginate } from './paginate.ts';

describe('paginate', () => {
  it('cuts a list into pages of the given size, the last one shorter', () => {
    const pages = paginate(
      Array.from({ length: 23 }, (_, i) => i),
      10,
    );
    expect(pages.map((page) => page.length)).toEqual([10, 10, 3]);
    expect(pages[2]).toEqual([20, 21, 22]);
  });

  it('always gives one page, empty when there is nothing', () => {
    expect(paginate([], 10)).toEqual([[]]);
  });

  it('refuses a page size that is not a positive integer', () => {
    expect(() => paginate([1], 0)).toThrow(RangeError);
  });
});
