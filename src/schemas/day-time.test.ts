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

  it('refuses a time that never happens in Paris, saying the clocks skip it and what to write', () => {
    const messages = ['2026-03-29T02:30', '2010-03-28T02:00'].map(
      (closes) => schema.safeParse({ closes }).error?.issues[0]?.message,
    );
    expect(messages).toEqual([
      "02:30 n'existe pas à Paris le 2026-03-29 : cette nuit-là, les horloges passent de 02:00 à 03:00 ; écrivez une heure avant 02:00 ou à partir de 03:00, comme 2026-03-29T03:00",
      "02:00 n'existe pas à Paris le 2010-03-28 : cette nuit-là, les horloges passent de 02:00 à 03:00 ; écrivez une heure avant 02:00 ou à partir de 03:00, comme 2010-03-28T03:00",
    ]);
  });

  it('names a day that does not exist, an hour out of range and a digit missing, with what to write', () => {
    const messages = ['2026-04-31T12:00', '2026-02-29', '2026-09-30T24:00', '2026-09-30T9:00', '2026-9-30'].map(
      (closes) => schema.safeParse({ closes }).error?.issues[0]?.message,
    );
    expect(messages).toEqual([
      "« 2026-04-31 » n'est pas une date du calendrier : avril 2026 n'a pas de jour 31 (il va de 01 à 30) ; écrivez la date voulue, par exemple 2026-04-30",
      "« 2026-02-29 » n'est pas une date du calendrier : février 2026 n'a pas de jour 29 (il va de 01 à 28) ; écrivez la date voulue, par exemple 2026-02-28",
      "l'heure 24:00 n'existe pas : elle va de 00:00 à 23:59 (minuit s'écrit 00:00, le jour suivant)",
      "écrivez le mois, le jour et l'heure sur deux chiffres : 2026-09-30T09:00",
      'écrivez le mois et le jour sur deux chiffres : 2026-09-30',
    ]);
  });

  it('names a missing field as missing', () => {
    const result = z.object({ start: dayTime() }).safeParse({});
    expect(result.error?.issues[0]?.message).toBe(
      'champ obligatoire manquant : une date comme 2009-09-30, ou une date et une heure de Paris comme 2009-09-30T12:00',
    );
  });
});
