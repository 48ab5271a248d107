import { describe, expect, it } from 'vitest';
import { medianBy, summarise } from './stats.ts';

describe('medianBy', () => {
  it('takes the middle item of an odd number, whatever their order', () => {
    const runs = [{ ms: 30 }, { ms: 10 }, { ms: 20 }];
    expect(medianBy(runs, (run) => run.ms)).toBe(runs[2]);
  });

  it('takes the higher of the two middle items of an even number, a measured one rather than an average', () => {
    expect(medianBy([40, 10, 30, 20], (v) => v)).toBe(30);
  });

  it('refuses an empty list', () => {
    expect(() => medianBy([], (v: number) => v)).toThrow('no item');
  });
});

describe('summarise', () => {
  it('gives the median, the shortest, the longest and the count', () => {
    expect(summarise([900, 1200, 700, 1000, 800])).toEqual({ median: 900, min: 700, max: 1200, count: 5 });
  });

  it('summarises a single measure as itself, with no spread', () => {
    expect(summarise([4636])).toEqual({ median: 4636, min: 4636, max: 4636, count: 1 });
  });
});
