import { describe, expect, it } from 'vitest';
import { callStatus, callStatusLabel, callStatusRank } from './call-status.ts';
import { fromIsoDay } from './dates.ts';

const call = { opens: fromIsoDay('2009-07-02'), closes: fromIsoDay('2009-09-30') };

describe('callStatus', () => {
  it('is upcoming until the opening day starts in Paris', () => {
    expect(callStatus(call, new Date('2009-06-15T12:00:00Z'))).toBe('upcoming');
    // 23:59:59 on 1 July in Paris (UTC+2).
    expect(callStatus(call, new Date('2009-07-01T21:59:59Z'))).toBe('upcoming');
  });

  it('opens at midnight Paris time on the opening day', () => {
    expect(callStatus(call, new Date('2009-07-01T22:00:00Z'))).toBe('open');
  });

  it('stays open for the whole deadline day, Paris time', () => {
    expect(callStatus(call, new Date('2009-09-30T21:59:59Z'))).toBe('open');
  });

  it('is closed from midnight after the deadline day', () => {
    expect(callStatus(call, new Date('2009-09-30T22:00:00Z'))).toBe('closed');
    expect(callStatus(call, new Date('2026-11-27T12:00:00Z'))).toBe('closed');
  });

  it('uses winter time for a deadline in winter', () => {
    const winter = { opens: fromIsoDay('2009-11-01'), closes: fromIsoDay('2009-12-15') };
    expect(callStatus(winter, new Date('2009-12-15T22:59:59Z'))).toBe('open');
    expect(callStatus(winter, new Date('2009-12-15T23:00:00Z'))).toBe('closed');
  });

  it('stays open forever when no deadline is known', () => {
    expect(callStatus({ opens: fromIsoDay('2009-07-02') }, new Date('2030-01-01T00:00:00Z'))).toBe('open');
  });

  it('is open on a call that opens and closes the same day', () => {
    const oneDay = { opens: fromIsoDay('2010-03-01'), closes: fromIsoDay('2010-03-01') };
    expect(callStatus(oneDay, new Date('2010-03-01T10:00:00Z'))).toBe('open');
    expect(callStatus(oneDay, new Date('2010-03-01T23:00:00Z'))).toBe('closed');
  });
});

describe('labels and order', () => {
  it('labels statuses in French', () => {
    expect(callStatusLabel).toEqual({ open: 'Ouvert', upcoming: 'À venir', closed: 'Clôturé' });
  });

  it('puts open calls first, then upcoming, then closed', () => {
    const sorted = (['closed', 'open', 'upcoming'] as const).toSorted((a, b) => callStatusRank[a] - callStatusRank[b]);
    expect(sorted).toEqual(['open', 'upcoming', 'closed']);
  });
});
