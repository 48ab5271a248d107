import { describe, expect, it } from 'vitest';
import {
  callCountdown,
  callStatus,
  callStatusRank,
  countdownLabel,
  timingAttributes,
  timingFromAttributes,
} from './call-status.ts';
import { timingOf } from './call-timing.ts';
import { fromIsoDay } from './dates.ts';
import { callStatusText } from '../i18n/calls.ts';

/** A call's timing from its front matter as written: opening day, deadline day and time. */
const timing = (opens: string, closes?: string, time?: string, rolling = false) =>
  timingOf({ opens: fromIsoDay(opens), closes: closes ? { day: fromIsoDay(closes), time } : undefined, rolling });
const deadlineInstant = (day: string, time?: string) => timing('2009-01-01', day, time).closes?.at;

const call = timing('2009-07-02', '2009-09-30');
const label = (timing: Parameters<typeof callCountdown>[0], now: string) =>
  callStatusText(callCountdown(timing, new Date(now)), 'fr');

describe('callStatus, a deadline without a time', () => {
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
    const winter = timing('2009-11-01', '2009-12-15');
    expect(callStatus(winter, new Date('2009-12-15T22:59:59Z'))).toBe('open');
    expect(callStatus(winter, new Date('2009-12-15T23:00:00Z'))).toBe('closed');
  });

  it('stays open forever when no deadline is known', () => {
    expect(callStatus(timing('2009-07-02'), new Date('2030-01-01T00:00:00Z'))).toBe('open');
  });

  it('is open on a call that opens and closes the same day', () => {
    const oneDay = timing('2010-03-01', '2010-03-01');
    expect(callStatus(oneDay, new Date('2010-03-01T10:00:00Z'))).toBe('open');
    expect(callStatus(oneDay, new Date('2010-03-01T23:00:00Z'))).toBe('closed');
  });
});

describe('a deadline with a time of day in Paris', () => {
  const noon = timing('2009-07-02', '2009-09-30', '12:00');

  it('is open at 11:59 Paris time and says it closes today at 12 h', () => {
    // 11:59 in Paris is 09:59 UTC in summer.
    expect(callStatus(noon, new Date('2009-09-30T09:59:00Z'))).toBe('open');
    expect(label(noon, '2009-09-30T09:59:00Z')).toBe('Ouvert — clôture aujourd’hui à 12\u00a0h');
  });

  it('is closed at 12:00 Paris time exactly', () => {
    expect(callStatus(noon, new Date('2009-09-30T10:00:00Z'))).toBe('closed');
    expect(label(noon, '2009-09-30T10:00:00Z')).toBe('Clôturé');
  });

  it('passes at the Paris instant on the day summer time ends (25 October 2009, UTC+1 from 3:00)', () => {
    const dstEnd = timing('2009-09-01', '2009-10-25', '12:00');
    expect(deadlineInstant('2009-10-25', '12:00')).toEqual(new Date('2009-10-25T11:00:00Z'));
    expect(callStatus(dstEnd, new Date('2009-10-25T10:59:00Z'))).toBe('open');
    expect(callStatus(dstEnd, new Date('2009-10-25T11:00:00Z'))).toBe('closed');
  });

  it('passes at the Paris instant on the day summer time starts (28 March 2010, UTC+2 from 2:00)', () => {
    expect(deadlineInstant('2010-03-28', '12:00')).toEqual(new Date('2010-03-28T10:00:00Z'));
    expect(deadlineInstant('2010-03-28', '01:30')).toEqual(new Date('2010-03-28T00:30:00Z'));
  });

  it('without a time, closes when the next day starts in Paris', () => {
    expect(deadlineInstant('2009-10-25')).toEqual(new Date('2009-10-25T23:00:00Z'));
  });
});

describe('countdown labels', () => {
  const noon = timing('2009-07-02', '2009-09-30', '12:00');

  it('counts whole days in Paris to the deadline day', () => {
    expect(label(noon, '2009-09-27T08:00:00Z')).toBe('Ouvert — clôture dans 3 jours');
    expect(label(noon, '2009-09-29T21:59:00Z')).toBe('Ouvert — clôture demain à 12\u00a0h');
    // 00:30 on 30 September in Paris is still 29 September in UTC: the day is Paris's.
    expect(label(noon, '2009-09-29T22:30:00Z')).toBe('Ouvert — clôture aujourd’hui à 12\u00a0h');
  });

  it('names a deadline without a time by its day only', () => {
    expect(label(call, '2009-09-30T08:00:00Z')).toBe('Ouvert — clôture aujourd’hui');
  });

  it('labels an upcoming call, a call without deadline and a call open until funds run out', () => {
    expect(label(call, '2009-06-01T08:00:00Z')).toBe('À venir');
    expect(label(timing('2009-07-02'), '2009-08-01T08:00:00Z')).toBe('Ouvert');
    expect(label(timing('2009-07-02', undefined, undefined, true), '2030-08-01T08:00:00Z')).toBe(
      'Ouvert jusqu’à épuisement des crédits',
    );
  });

  it('gives the same countdown in English', () => {
    expect(callStatusText(callCountdown(noon, new Date('2009-09-30T09:59:00Z')), 'en')).toBe(
      'Open — closes today at 12:00 (Paris time)',
    );
    expect(callStatusText(callCountdown(noon, new Date('2009-09-20T09:59:00Z')), 'en')).toBe(
      'Open — closes in 10 days',
    );
  });
});

describe('countdownLabel', () => {
  it('takes a countdown’s label from a badge’s labels, its days written into the template', () => {
    const labels = ['Soon', 'Open', 'Rolling', 'Shut', 'Today!', 'Tomorrow!', 'In %d days'];
    expect(countdownLabel({ kind: 'closes', days: 12 }, labels)).toBe('In 12 days');
    expect(countdownLabel({ kind: 'closes', days: 1, time: '12:00' }, labels)).toBe('Tomorrow!');
    expect(countdownLabel({ kind: 'closes', days: 0 }, labels)).toBe('Today!');
    expect(countdownLabel({ kind: 'rolling' }, labels)).toBe('Rolling');
    expect(countdownLabel({ kind: 'upcoming' }, labels)).toBe('Soon');
  });

  it('writes the days in the digits of the page’s language, grouped by thousands', () => {
    const labels = ['Soon', 'Open', 'Rolling', 'Shut', 'Today!', 'Tomorrow!', 'In %d days'];
    expect(countdownLabel({ kind: 'closes', days: 1581 }, labels, 'fr')).toBe('In 1\u202f581 days');
    expect(countdownLabel({ kind: 'closes', days: 1581 }, labels, 'en')).toBe('In 1,581 days');
    expect(callStatusText({ kind: 'closes', days: 2040 }, 'fr')).toBe('Ouvert — clôture dans 2\u202f040 jours');
    expect(callStatusText({ kind: 'closes', days: 2040 }, 'en')).toBe('Open — closes in 2,040 days');
  });
});

describe('the timing carried by a page', () => {
  it('is written as data-call-* attributes, in UTC instants', () => {
    expect(
      timingAttributes({
        opens: '2009-07-02',
        opensAt: new Date('2009-07-01T22:00:00Z'),
        closes: { day: '2009-09-30', time: '12:00', at: new Date('2009-09-30T10:00:00Z') },
      }),
    ).toEqual({
      'data-call-opens': '2009-07-02',
      'data-call-opens-at': '2009-07-01T22:00:00.000Z',
      'data-call-closes': '2009-09-30T12:00',
      'data-call-closes-at': '2009-09-30T10:00:00.000Z',
      'data-call-rolling': undefined,
    });
    expect(timingAttributes({ opens: '2010-01-04', opensAt: new Date('2010-01-03T23:00:00Z'), rolling: true })).toEqual(
      {
        'data-call-opens': '2010-01-04',
        'data-call-opens-at': '2010-01-03T23:00:00.000Z',
        'data-call-closes': undefined,
        'data-call-closes-at': undefined,
        'data-call-rolling': '',
      },
    );
  });

  it('is read back from the dataset the browser gives for those attributes', () => {
    expect(
      timingFromAttributes({
        callOpens: '2009-07-02',
        callOpensAt: '2009-07-01T22:00:00.000Z',
        callCloses: '2009-09-30',
        callClosesAt: '2009-09-30T22:00:00.000Z',
      }),
    ).toEqual({
      opens: '2009-07-02',
      opensAt: new Date('2009-07-01T22:00:00Z'),
      closes: { day: '2009-09-30', time: undefined, at: new Date('2009-09-30T22:00:00Z') },
      rolling: false,
    });
    expect(
      timingFromAttributes({ callOpens: '2010-01-04', callOpensAt: '2010-01-03T23:00:00.000Z', callRolling: '' }),
    ).toEqual({ opens: '2010-01-04', opensAt: new Date('2010-01-03T23:00:00Z'), closes: undefined, rolling: true });
    expect(timingFromAttributes({ callCloses: '2009-09-30' })).toBeUndefined();
  });
});

describe('order', () => {
  it('puts open calls first, then upcoming, then closed', () => {
    const sorted = (['closed', 'open', 'upcoming'] as const).toSorted((a, b) => callStatusRank[a] - callStatusRank[b]);
    expect(sorted).toEqual(['open', 'upcoming', 'closed']);
  });
});
