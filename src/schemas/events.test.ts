/** What the events schema accepts and refuses, with the message an editor reads. */
import { z } from 'astro/zod';
import type { SchemaContext } from 'astro:content';
import { describe, expect, it } from 'vitest';
import { eventsSchema } from './events.ts';

const schema = eventsSchema({ image: () => z.string() } as unknown as SchemaContext);
const base = { title: 'Rencontre', description: 'Une rencontre.', location: { name: 'Salle', city: 'Lille' } };

/** The messages of the issues of one field, or the parsed value. */
function parse(fields: Record<string, unknown>) {
  return schema.safeParse({ ...base, ...fields });
}

describe('announced', () => {
  it('may be the day the event starts, or any day before', () => {
    expect(parse({ start: '2026-12-05T18:30', announced: new Date('2026-12-05') }).success).toBe(true);
    expect(parse({ start: new Date('2009-07-01'), announced: new Date('2009-06-15') }).success).toBe(true);
  });

  it('is refused after the start, naming both fields and the day to write', () => {
    const timed = parse({ start: '2026-12-05T18:30', announced: new Date('2026-12-20') });
    expect(timed.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      [
        'announced',
        "vient après le début (« start » : 2026-12-05) : l'événement resterait caché tant qu'il est à venir. Écrivez le jour où il a été rendu public, au plus tard celui du début (« announced: 2026-12-05 »), ou corrigez « start »",
      ],
    ]);
    const allDay = parse({
      start: new Date('2009-07-01'),
      end: new Date('2009-07-03'),
      announced: new Date('2009-07-02'),
    });
    expect(allDay.error?.issues[0]?.message).toContain('« announced: 2009-07-01 »');
  });
});

describe('changes', () => {
  it('may be dated from the day the event was announced on', () => {
    const changes = [{ date: new Date('2026-11-01'), note: 'La salle change.' }];
    expect(parse({ start: '2026-12-05T18:30', announced: new Date('2026-11-01'), changes }).success).toBe(true);
  });

  it('refuses a change dated before the announcement, naming that day, whichever change it is', () => {
    const changes = [
      { date: new Date('2026-11-10'), note: 'Après l’annonce.' },
      { date: new Date('2026-10-31'), note: 'Avant l’annonce.' },
    ];
    const result = parse({ start: '2026-12-05T18:30', announced: new Date('2026-11-01'), changes });
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      [
        'changes.1.date',
        "un changement ne peut pas précéder l'annonce de l'événement (« announced » : 2026-11-01) : vérifiez sa date ; ce qui a changé avant l'annonce se corrige directement dans les champs",
      ],
    ]);
  });
});

describe('price', () => {
  const price = (value: unknown) =>
    parse({ start: '2026-12-05T18:30', announced: new Date('2026-11-01'), price: value }).data?.price;

  it('takes a text that only says free, quoted zero included, as 0 (« Entrée libre »)', () => {
    expect(price('0')).toBe(0);
    expect(price('0 €')).toBe(0);
    expect(price('Gratuit')).toBe(0);
    expect(price(0)).toBe(0);
  });

  it('refuses a number in quotes, which says no currency, with the text to write', () => {
    for (const [value, fix] of [
      ['15', 'price: 15 €'],
      ['7,50', 'price: 7,50 €'],
    ]) {
      const result = parse({ start: '2026-12-05T18:30', announced: new Date('2026-11-01'), price: value });
      expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
        ['price', `« ${value} » ne dit pas en quelle monnaie : écrivez ${fix}, ou price: 0 pour « Entrée libre »`],
      ]);
    }
  });

  it('keeps any other price as written, with its euro sign held to its number', () => {
    expect(price('15 €, 10 € pour les étudiants')).toBe('15\u00a0€, 10\u00a0€ pour les étudiants');
    expect(price('Gratuit sur inscription')).toBe('Gratuit sur inscription');
  });
});
