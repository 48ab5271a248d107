import { describe, expect, it } from 'vitest';
import { fromIsoDay } from './dates.ts';
import { eventSpan, formatEventDates, formatLongDay, formatTime, isoMoment, momentKey } from './event-dates.ts';

/** A moment as the schema reads `2009-07-01` or `2009-07-01T18:30`. */
const m = (day: string, time?: string) => (time ? { day: fromIsoDay(day), time } : { day: fromIsoDay(day) });

describe('eventSpan', () => {
  it('takes an all-day event from midnight to midnight, Paris summer time', () => {
    const span = eventSpan({ start: m('2009-07-01') });
    expect(span.starts.toISOString()).toBe('2009-06-30T22:00:00.000Z');
    expect(span.ends.toISOString()).toBe('2009-07-01T22:00:00.000Z');
    expect(span.allDay).toBe(true);
  });

  it('ends a multi-day event at the end of its last day', () => {
    const span = eventSpan({ start: m('2009-07-01'), end: m('2009-07-03') });
    expect(span.ends.toISOString()).toBe('2009-07-03T22:00:00.000Z');
    expect(span.lastDay).toBe('2009-07-03');
  });

  it('reads times in Paris on both sides of the change to winter time', () => {
    // 25 October 2009 at 3:00 summer time, clocks went back to 2:00.
    const span = eventSpan({ start: m('2009-10-24', '18:30'), end: m('2009-10-25', '18:30') });
    expect(span.starts.toISOString()).toBe('2009-10-24T16:30:00.000Z');
    expect(span.ends.toISOString()).toBe('2009-10-25T17:30:00.000Z');
  });

  it('lets a timed event without end last until the end of its day', () => {
    const span = eventSpan({ start: m('2009-12-10', '18:30') });
    expect(span.starts.toISOString()).toBe('2009-12-10T17:30:00.000Z');
    expect(span.ends.toISOString()).toBe('2009-12-10T23:00:00.000Z');
  });
});

describe('formatEventDates', () => {
  it('writes an all-day event’s day with its weekday and « 1er »', () => {
    expect(formatEventDates({ start: m('2009-07-01') })).toEqual({
      date: 'mercredi 1er juillet 2009',
      multiDay: false,
    });
    expect(formatLongDay(fromIsoDay('2009-07-02'))).toBe('jeudi 2 juillet 2009');
  });

  it('writes the hours of an evening in French', () => {
    expect(formatEventDates({ start: m('2009-07-01', '18:30'), end: m('2009-07-01', '21:00') })).toEqual({
      date: 'mercredi 1er juillet 2009',
      time: '18\u00a0h\u00a030 – 21\u00a0h',
      multiDay: false,
    });
    expect(formatEventDates({ start: m('2009-07-01', '09:05') }).time).toBe('à partir de 9\u00a0h\u00a005');
    expect(formatTime('00:00')).toBe('0\u00a0h');
  });

  it('writes an event that ends as it starts as one time', () => {
    expect(formatEventDates({ start: m('2026-12-05', '18:30'), end: m('2026-12-05', '18:30') }).time).toBe(
      'à 18\u00a0h\u00a030',
    );
    expect(formatEventDates({ start: m('2026-12-10', '10:00'), end: m('2026-12-10', '10:00') }).time).toBe(
      'à 10\u00a0h',
    );
  });

  it('writes an evening that ends at 00:00 the next day as ending at midnight, on one day', () => {
    expect(formatEventDates({ start: m('2026-12-04', '20:00'), end: m('2026-12-05', '00:00') })).toEqual({
      date: 'vendredi 4 décembre 2026',
      time: '20\u00a0h – minuit',
      multiDay: false,
    });
    expect(formatEventDates({ start: m('2026-12-31', '22:30'), end: m('2027-01-01', '00:00') })).toEqual({
      date: 'jeudi 31 décembre 2026',
      time: '22\u00a0h\u00a030 – minuit',
      multiDay: false,
    });
    expect(formatEventDates({ start: m('2026-12-04', '20:00'), end: m('2026-12-06', '00:00') }).date).toBe(
      'du vendredi 4 décembre 2026 à 20\u00a0h au samedi 5 décembre 2026 à minuit',
    );
  });

  it('writes a range of days within a month, across months and across years', () => {
    expect(formatEventDates({ start: m('2009-07-01'), end: m('2009-07-03') }).date).toBe('du 1er au 3 juillet 2009');
    expect(formatEventDates({ start: m('2009-06-30'), end: m('2009-07-02') }).date).toBe(
      'du 30 juin au 2 juillet 2009',
    );
    expect(formatEventDates({ start: m('2009-12-31'), end: m('2010-01-02') }).date).toBe(
      'du 31 décembre 2009 au 2 janvier 2010',
    );
  });

  it('writes both days and times of a timed event over several days', () => {
    expect(formatEventDates({ start: m('2009-10-24', '18:30'), end: m('2009-10-25', '12:00') }).date).toBe(
      'du samedi 24 octobre 2009 à 18\u00a0h\u00a030 au dimanche 25 octobre 2009 à 12\u00a0h',
    );
    expect(formatEventDates({ start: m('2009-07-01'), end: m('2009-07-03') }).multiDay).toBe(true);
  });

  it('writes them in English the British way: weekday without comma, 24-hour clock, en dash ranges', () => {
    expect(formatEventDates({ start: m('2009-07-01') }, 'en')).toEqual({
      date: 'Wednesday 1 July 2009',
      multiDay: false,
    });
    expect(formatEventDates({ start: m('2009-07-01', '18:30'), end: m('2009-07-01', '21:00') }, 'en')).toEqual({
      date: 'Wednesday 1 July 2009',
      time: '18:30\u201321:00',
      multiDay: false,
    });
    expect(formatEventDates({ start: m('2009-07-01', '09:05') }, 'en').time).toBe('from 09:05');
    expect(formatEventDates({ start: m('2009-07-01'), end: m('2009-07-03') }, 'en').date).toBe('1\u20133 July 2009');
    expect(formatEventDates({ start: m('2009-06-30'), end: m('2009-07-02') }, 'en').date).toBe(
      '30 June \u2013 2 July 2009',
    );
    expect(formatEventDates({ start: m('2009-12-31'), end: m('2010-01-02') }, 'en').date).toBe(
      '31 December 2009 \u2013 2 January 2010',
    );
    expect(formatEventDates({ start: m('2009-10-24', '18:30'), end: m('2009-10-25', '12:00') }, 'en').date).toBe(
      'from Saturday 24 October 2009, 18:30 to Sunday 25 October 2009, 12:00',
    );
  });
});

describe('isoMoment and momentKey', () => {
  it('gives a day alone, or a time with the Paris offset of that day', () => {
    expect(isoMoment(m('2009-07-01'))).toBe('2009-07-01');
    expect(isoMoment(m('2009-07-01', '18:30'))).toBe('2009-07-01T18:30:00+02:00');
    expect(isoMoment(m('2009-12-10', '18:30'))).toBe('2009-12-10T18:30:00+01:00');
  });

  it('sorts a whole day before a time of the same day', () => {
    expect(momentKey(m('2009-07-01')) < momentKey(m('2009-07-01', '00:00'))).toBe(true);
  });
});
