/** The field for a day or a day and a time in Paris, with the message an editor reads. */
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { isoDay } from '../lib/dates.ts';
import { dayTime } from './fields.ts';

const schema = z.object({ closes: dayTime() });

describe('dayTime', () => {
  it('keeps a day alone without time, and a time as written in Paris', () => {
    const day = schema.parse({ closes: new Date('2009-09-30T00:00:00Z') }).closes;
    expect([isoDay(day.day), day.time]).toEqual(['2009-09-30', undefined]);
    const noon = schema.parse({ closes: '2009-09-30T12:00' }).closes;
    expect([isoDay(noon.day), noon.time]).toEqual(['2009-09-30', '12:00']);
  });

  it('says in French what it expects and what it found', () => {
    const result = schema.safeParse({ closes: '30/09/2009 12h' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(
      'doit être une date comme 2009-09-30, ou une date et une heure de Paris comme 2009-09-30T12:00, trouvé « 30/09/2009 12h »',
    );
  });

  it('refuses a time that never happens in Paris with the same message', () => {
    const result = schema.safeParse({ closes: '2026-03-29T02:30' });
    expect(result.error?.issues[0]?.message).toBe(
      'doit être une date comme 2009-09-30, ou une date et une heure de Paris comme 2009-09-30T12:00, trouvé « 2026-03-29T02:30 »',
    );
  });

  it('names a missing field as missing', () => {
    const result = z.object({ start: dayTime() }).safeParse({});
    expect(result.error?.issues[0]?.message).toBe(
      'champ obligatoire manquant : une date comme 2009-09-30, ou une date et une heure de Paris comme 2009-09-30T12:00',
    );
  });
});
