import { describe, expect, it } from 'vitest';
import { MONTHS } from './months.ts';

describe('MONTHS', () => {
  it('gives the French name of each month, January to December', () => {
    expect(MONTHS.map(({ french }) => french).join(' ')).toBe(
      'janvier février mars avril mai juin juillet août septembre octobre novembre décembre',
    );
  });

  it('gives the English name of each month, January to December', () => {
    expect(MONTHS.map(({ english }) => english).join(' ')).toBe(
      'January February March April May June July August September October November December',
    );
  });

  it('gives the RFC 822 abbreviations, January to December', () => {
    expect(MONTHS.map(({ rfc822 }) => rfc822).join(' ')).toBe('Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec');
  });
});
