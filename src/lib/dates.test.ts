import { describe, expect, it } from 'vitest';
import {
  contentDay,
  contentMoment,
  momentEnd,
  momentStart,
  parisInstant,
  parisWallTime,
  formatDate,
  fromIsoDay,
  isoDay,
  nextDay,
  rfc822,
  startOfParisDay,
  yearOf,
} from './dates.ts';

describe('formatDate', () => {
  it('writes a date the French way', () => {
    expect(formatDate(fromIsoDay('2009-07-02'))).toBe('2 juillet 2009');
    expect(formatDate(fromIsoDay('2010-12-31'))).toBe('31 décembre 2010');
  });

  it('writes the first of the month as « 1er »', () => {
    expect(formatDate(fromIsoDay('2009-07-01'))).toBe('1er juillet 2009');
  });

  it('writes a date the English way when asked, the first of the month without « er »', () => {
    expect(formatDate(fromIsoDay('2009-07-02'), 'en')).toBe('2 July 2009');
    expect(formatDate(fromIsoDay('2009-07-01'), 'en')).toBe('1 July 2009');
  });

  it('gives the same day whatever the time zone of the machine', () => {
    // Content dates are midnight UTC: formatting must not shift them to the previous day.
    expect(formatDate(new Date('2009-07-02T00:00:00Z'))).toBe('2 juillet 2009');
  });
});

describe('fromIsoDay', () => {
  it('reads a YYYY-MM-DD day', () => {
    expect(isoDay(fromIsoDay('2009-07-02'))).toBe('2009-07-02');
    expect(yearOf(fromIsoDay('2009-07-02'))).toBe(2009);
  });

  it('refuses what is not a real day', () => {
    expect(() => fromIsoDay('2 juillet 2009')).toThrow(RangeError);
    expect(() => fromIsoDay('2009-02-30')).toThrow(RangeError);
    expect(() => fromIsoDay('2009-13-01')).toThrow(RangeError);
  });
});

describe('startOfParisDay', () => {
  it('is 22:00 UTC the day before in summer and 23:00 in winter', () => {
    expect(startOfParisDay('2009-07-02').toISOString()).toBe('2009-07-01T22:00:00.000Z');
    expect(startOfParisDay('2010-01-15').toISOString()).toBe('2010-01-14T23:00:00.000Z');
  });

  it('handles the days the clocks change', () => {
    // 2024-03-31: clocks go forward at 02:00; midnight is still UTC+1.
    expect(startOfParisDay('2024-03-31').toISOString()).toBe('2024-03-30T23:00:00.000Z');
    // 2024-10-27: clocks go back at 03:00; midnight is still UTC+2.
    expect(startOfParisDay('2024-10-27').toISOString()).toBe('2024-10-26T22:00:00.000Z');
  });
});

describe('nextDay', () => {
  it('crosses months and leap days', () => {
    expect(nextDay('2009-07-31')).toBe('2009-08-01');
    expect(nextDay('2012-02-28')).toBe('2012-02-29');
    expect(nextDay('2012-12-31')).toBe('2013-01-01');
  });
});

describe('rfc822', () => {
  it('writes the start of a Paris day with its offset, in summer and in winter', () => {
    expect(rfc822(startOfParisDay('2009-07-02'))).toBe('Thu, 02 Jul 2009 00:00:00 +0200');
    expect(rfc822(startOfParisDay('2010-01-15'))).toBe('Fri, 15 Jan 2010 00:00:00 +0100');
  });

  it('gives the same instant as the Date it was made from', () => {
    const instant = new Date('2024-10-27T01:30:00Z');
    expect(new Date(rfc822(instant)).getTime()).toBe(instant.getTime());
  });
});

describe('contentDay', () => {
  /** The day of a date as YAML gives it: `Date` for unquoted timestamps, a string for quoted ones. */
  const dayOf = (value: unknown) => {
    const date = contentDay(value);
    return date && isoDay(date);
  };

  it('keeps a day as written, as YAML makes it a Date at midnight UTC or left as a string', () => {
    expect(dayOf(new Date('2009-07-02T00:00:00Z'))).toBe('2009-07-02');
    expect(dayOf(' 2009-07-02 ')).toBe('2009-07-02');
  });

  it('takes the Paris day of an instant exported with its offset', () => {
    // 2 July at 00:30 in Paris is still 1 July in UTC.
    expect(dayOf(new Date('2009-07-02T00:30:00+02:00'))).toBe('2009-07-02');
    expect(dayOf('2009-07-02T00:30:00+02:00')).toBe('2009-07-02');
    // 22:30 in New York on 1 July is 04:30 on 2 July in Paris.
    expect(dayOf(new Date('2009-07-01T22:30:00-05:00'))).toBe('2009-07-02');
  });

  it('turns the Paris day at midnight, in summer and in winter time', () => {
    expect(dayOf(new Date('2009-07-01T21:59:59Z'))).toBe('2009-07-01');
    expect(dayOf(new Date('2009-07-01T22:00:00Z'))).toBe('2009-07-02');
    expect(dayOf(new Date('2009-01-14T22:59:59Z'))).toBe('2009-01-14');
    expect(dayOf(new Date('2009-01-14T23:00:00Z'))).toBe('2009-01-15');
  });

  it('follows the clock changes of 29 March and 25 October 2009', () => {
    // 28 March, winter time (UTC+1): 23:30 UTC is 00:30 on the 29th.
    expect(dayOf(new Date('2009-03-28T23:30:00Z'))).toBe('2009-03-29');
    // 29 March, summer time from 03:00 (UTC+2): 22:30 UTC is 00:30 on the 30th.
    expect(dayOf(new Date('2009-03-29T22:30:00Z'))).toBe('2009-03-30');
    expect(dayOf('2009-03-29T00:30:00+01:00')).toBe('2009-03-29');
    // 24 October, summer time: 22:30 UTC is 00:30 on the 25th.
    expect(dayOf(new Date('2009-10-24T22:30:00Z'))).toBe('2009-10-25');
    // 25 October, winter time from 03:00 (UTC+1): 22:30 UTC is 23:30, 23:30 UTC is 00:30 on the 26th.
    expect(dayOf(new Date('2009-10-25T22:30:00Z'))).toBe('2009-10-25');
    expect(dayOf(new Date('2009-10-25T23:30:00Z'))).toBe('2009-10-26');
    expect(dayOf('2009-10-24T22:30:00-05:00')).toBe('2009-10-25');
  });

  it('gives nothing for what is not a date', () => {
    for (const value of ['2 juillet 2009', '2009-02-30', '2009-07-02T00:30', new Date(Number.NaN), 20090702, null]) {
      expect(contentDay(value)).toBeUndefined();
    }
  });
});

describe('parisInstant', () => {
  it('reads a wall-clock time in Paris, winter and summer', () => {
    expect(parisInstant('2009-09-30', '12:00').toISOString()).toBe('2009-09-30T10:00:00.000Z');
    expect(parisInstant('2009-12-15', '12:00').toISOString()).toBe('2009-12-15T11:00:00.000Z');
    expect(parisInstant('2009-07-01').toISOString()).toBe('2009-06-30T22:00:00.000Z');
  });

  it('knows the days the clocks change', () => {
    // 29 March 2026: 02:00 becomes 03:00; 25 October 2026: 03:00 becomes 02:00.
    expect(parisInstant('2026-03-29', '01:59').toISOString()).toBe('2026-03-29T00:59:00.000Z');
    expect(parisInstant('2026-03-29', '03:00').toISOString()).toBe('2026-03-29T01:00:00.000Z');
    expect(parisInstant('2026-10-25', '02:30').toISOString()).toBe('2026-10-25T00:30:00.000Z');
    expect(parisInstant('2026-10-25', '12:00').toISOString()).toBe('2026-10-25T11:00:00.000Z');
  });

  it('refuses a time that never happens in Paris, and times or days that are not real', () => {
    expect(() => parisInstant('2026-03-29', '02:30')).toThrow(/never happens in Paris/);
    expect(() => parisInstant('2009-09-30', '24:00')).toThrow(RangeError);
    expect(() => parisInstant('2009-09-30', '9:00')).toThrow(RangeError);
    expect(() => parisInstant('2009-02-30', '12:00')).toThrow(RangeError);
  });
});

describe('contentMoment', () => {
  const read = (value: unknown) => {
    const moment = contentMoment(value);
    return moment && { day: isoDay(moment.day), time: moment.time };
  };

  it('reads a day alone, as written or as YAML makes it', () => {
    expect(read('2009-09-30')).toEqual({ day: '2009-09-30', time: undefined });
    expect(read(new Date('2009-09-30T00:00:00Z'))).toEqual({ day: '2009-09-30', time: undefined });
  });

  it('reads a day and a time in Paris, with T, a space or zero seconds', () => {
    expect(read('2009-09-30T12:00')).toEqual({ day: '2009-09-30', time: '12:00' });
    expect(read(' 2009-09-30 18:30 ')).toEqual({ day: '2009-09-30', time: '18:30' });
    expect(read('2009-09-30T12:00:00')).toEqual({ day: '2009-09-30', time: '12:00' });
  });

  it('reads an instant with an offset as the Paris day and time it falls on', () => {
    expect(read('2009-09-30T12:00:00+02:00')).toEqual({ day: '2009-09-30', time: '12:00' });
    expect(read(new Date('2009-09-30T22:30:00Z'))).toEqual({ day: '2009-10-01', time: '00:30' });
  });

  it('refuses what is not a moment', () => {
    for (const value of [
      '2009-09-31',
      '2009-09-30T25:00',
      '2009-09-30T12',
      '30/09/2009',
      '2026-03-29T02:30',
      2009,
      null,
    ]) {
      expect(contentMoment(value), String(value)).toBeUndefined();
    }
  });
});

describe('momentStart and momentEnd', () => {
  it('start at the time given, or at 00:00 Paris time of the day', () => {
    expect(momentStart({ day: fromIsoDay('2009-07-01'), time: '18:30' }).toISOString()).toBe(
      '2009-07-01T16:30:00.000Z',
    );
    expect(momentStart({ day: fromIsoDay('2009-07-01') }).toISOString()).toBe('2009-06-30T22:00:00.000Z');
  });

  it('end at the time given, or at the end of the day in Paris', () => {
    expect(momentEnd({ day: fromIsoDay('2009-09-30'), time: '12:00' }).toISOString()).toBe('2009-09-30T10:00:00.000Z');
    expect(momentEnd({ day: fromIsoDay('2009-09-30') }).toISOString()).toBe('2009-09-30T22:00:00.000Z');
    // The night the clocks go back lasts 25 hours: the day still ends at midnight, Paris time.
    expect(momentEnd({ day: fromIsoDay('2026-10-24') }).toISOString()).toBe('2026-10-24T22:00:00.000Z');
    expect(momentEnd({ day: fromIsoDay('2026-10-25') }).toISOString()).toBe('2026-10-25T23:00:00.000Z');
  });
});

describe('parisWallTime', () => {
  it('writes the Paris clock of an instant, summer and winter, without offset', () => {
    expect(parisWallTime(new Date('2009-09-30T10:00:00Z'))).toBe('2009-09-30T12:00:00');
    expect(parisWallTime(new Date('2026-10-25T09:00:00Z'))).toBe('2026-10-25T10:00:00');
    expect(parisWallTime(new Date('2009-06-30T22:00:00Z'))).toBe('2009-07-01T00:00:00');
  });
});
