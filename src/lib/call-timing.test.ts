import { describe, expect, it } from 'vitest';
import { timingOf } from './call-timing.ts';
import { fromIsoDay } from './dates.ts';

describe('timingOf', () => {
  it('reads the opening day, the deadline and rolling from front matter, with the instants they fall on', () => {
    expect(
      timingOf({
        opens: fromIsoDay('2009-07-02'),
        closes: { day: fromIsoDay('2009-09-30'), time: '12:00' },
        rolling: false,
      }),
    ).toEqual({
      opens: '2009-07-02',
      opensAt: new Date('2009-07-01T22:00:00Z'),
      closes: { day: '2009-09-30', time: '12:00', at: new Date('2009-09-30T10:00:00Z') },
      rolling: false,
    });
  });
});
