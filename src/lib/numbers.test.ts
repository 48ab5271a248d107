import { describe, expect, it } from 'vitest';
import { formatEuros, formatEurosInFull, formatHeadcount, formatNumber, parseHeadcount } from './numbers.ts';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

describe('formatEuros', () => {
  it('shortens millions: 1850000 is « 1,85 M€ »', () => {
    expect(formatEuros(1_850_000)).toBe(`1,85${NBSP}M€`);
    expect(formatEuros(2_000_000)).toBe(`2${NBSP}M€`);
    expect(formatEuros(1_234_567)).toBe(`1,23${NBSP}M€`);
  });

  it('shortens billions as « Md€ »', () => {
    expect(formatEuros(2_500_000_000)).toBe(`2,5${NBSP}Md€`);
  });

  it('writes smaller amounts in full with thin spaces between thousands', () => {
    expect(formatEuros(850_000)).toBe(`850${NNBSP}000${NBSP}€`);
    expect(formatEuros(0)).toBe(`0${NBSP}€`);
  });

  it('refuses negative and non-finite amounts', () => {
    expect(() => formatEuros(-1)).toThrow(RangeError);
    expect(() => formatEuros(Number.NaN)).toThrow(RangeError);
  });

  it('spells the amount out for assistive technologies', () => {
    expect(formatEurosInFull(1_850_000)).toBe(`1${NNBSP}850${NNBSP}000${NBSP}euros`);
  });
});

describe('formatNumber', () => {
  it('separates thousands with a narrow no-break space', () => {
    expect(formatNumber(1000)).toBe(`1${NNBSP}000`);
    expect(formatNumber(700)).toBe('700');
  });
});

describe('headcounts', () => {
  it('reads an exact number and a lower bound written « 400+ »', () => {
    expect(parseHeadcount(400)).toEqual({ count: 400, atLeast: false });
    expect(parseHeadcount('400+')).toEqual({ count: 400, atLeast: true });
    expect(parseHeadcount('1 200 +')).toEqual({ count: 1200, atLeast: true });
  });

  it('refuses anything else', () => {
    expect(parseHeadcount('quatre cents')).toBeUndefined();
    expect(parseHeadcount(12.5)).toBeUndefined();
    expect(parseHeadcount(-3)).toBeUndefined();
  });

  it('shows a lower bound as « 400+ »', () => {
    expect(formatHeadcount({ count: 400, atLeast: true })).toBe('400+');
    expect(formatHeadcount({ count: 1500, atLeast: false })).toBe(`1${NNBSP}500`);
  });

  it('writes headcounts, numbers and amounts the English way when asked', () => {
    expect(formatHeadcount({ count: 1500, atLeast: true }, 'en')).toBe('1,500+');
    expect(formatNumber(1000, 'en')).toBe('1,000');
    expect(formatEuros(1_850_000, 'en')).toBe('€1.85M');
    expect(formatEuros(2_000_000_000, 'en')).toBe('€2bn');
    expect(formatEuros(850_000, 'en')).toBe('€850,000');
    expect(formatEurosInFull(1_850_000, 'en')).toBe('1,850,000\u00a0euros');
  });
});
