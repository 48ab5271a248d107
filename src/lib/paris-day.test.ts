import { describe, expect, it } from 'vitest';
import { formatParisDay, parisDay } from './paris-day.ts';

describe('parisDay', () => {
  it('is already the next day in Paris late in the UTC evening (summer time, UTC+2)', () => {
    expect(parisDay(new Date('2009-07-01T21:59:59Z'))).toBe('2009-07-01');
    expect(parisDay(new Date('2009-07-01T22:00:00Z'))).toBe('2009-07-02');
  });

  it('follows winter time (UTC+1)', () => {
    expect(parisDay(new Date('2009-12-31T22:59:59Z'))).toBe('2009-12-31');
    expect(parisDay(new Date('2009-12-31T23:00:00Z'))).toBe('2010-01-01');
  });
});

describe('formatParisDay', () => {
  it('writes the Paris day in French with « 1er », and in British English', () => {
    expect(formatParisDay(new Date('2009-06-30T22:30:00Z'), 'fr-FR')).toBe('1er juillet 2009');
    expect(formatParisDay(new Date('2009-07-02T10:00:00Z'), 'fr-FR')).toBe('2 juillet 2009');
    expect(formatParisDay(new Date('2009-06-30T22:30:00Z'), 'en-GB')).toBe('1 July 2009');
  });
});
