import { describe, expect, it } from 'vitest';
import { fromIsoDay } from './dates.ts';
import { eventSpan } from './event-dates.ts';
import { eventStatus } from './event-status.ts';

describe('eventStatus', () => {
  const evening = eventSpan({
    start: { day: fromIsoDay('2009-07-01'), time: '18:30' },
    end: { day: fromIsoDay('2009-07-01'), time: '21:00' },
  });

  it('is upcoming before the start, ongoing until the end, past from the end (Paris time)', () => {
    expect(eventStatus(evening, new Date('2009-07-01T16:29:59Z'))).toBe('upcoming');
    expect(eventStatus(evening, new Date('2009-07-01T16:30:00Z'))).toBe('ongoing');
    expect(eventStatus(evening, new Date('2009-07-01T18:59:59Z'))).toBe('ongoing');
    expect(eventStatus(evening, new Date('2009-07-01T19:00:00Z'))).toBe('past');
  });
});
