/** Every date field of every collection reads a date with a time and an offset as the day it falls on in Paris. */
import { readFileSync, readdirSync } from 'node:fs';
import { z } from 'astro/zod';
import type { SchemaContext } from 'astro:content';
import { describe, expect, it } from 'vitest';
import { entryCollections, settingsCollection } from './collections.ts';

const context = { image: () => z.string() } as unknown as SchemaContext;

/** Each date field, with the smallest valid entry that holds `value` in it. */
const dateFields: [string, z.ZodType, (value: unknown) => unknown, (data: never) => unknown][] = [
  [
    'news: date',
    entryCollections.news.schema(context),
    (date) => ({ title: 'T', description: 'D', date }),
    (data: { date: Date }) => data.date,
  ],
  [
    'news: updated',
    entryCollections.news.schema(context),
    (updated) => ({ title: 'T', description: 'D', date: new Date('2009-01-01T00:00:00Z'), updated }),
    (data: { updated: Date }) => data.updated,
  ],
  [
    'news: source.date',
    entryCollections.news.schema(context),
    (date) => ({ title: 'T', description: 'D', date: new Date('2009-01-01T00:00:00Z'), source: { name: 'S', date } }),
    (data: { source: { date: Date } }) => data.source.date,
  ],
  [
    'pages: updated',
    entryCollections.pages.schema(),
    (updated) => ({ title: 'T', description: 'D', updated }),
    (data: { updated: Date }) => data.updated,
  ],
  [
    'calls: opens',
    entryCollections.calls.schema(),
    (opens) => ({ title: 'T', summary: 'S', budget: 1, themes: ['x'], opens }),
    (data: { opens: Date }) => data.opens,
  ],
  [
    'calls: closes',
    entryCollections.calls.schema(),
    (closes) => ({
      title: 'T',
      summary: 'S',
      budget: 1,
      themes: ['x'],
      opens: new Date('2009-01-01T00:00:00Z'),
      closes,
    }),
    (data: { closes: { day: Date } }) => data.closes.day,
  ],
  [
    'settings: keyFiguresSource.date',
    settingsCollection.schema(),
    (date) => ({
      name: 'N',
      tagline: 'T',
      description: 'D',
      navigation: [{ label: 'L', href: '/' }],
      en: { tagline: 'T', description: 'D', navigation: [{ label: 'L', href: '/en/' }] },
      keyFiguresSource: { name: 'S', date },
    }),
    (data: { keyFiguresSource: { date: Date } }) => data.keyFiguresSource.date,
  ],
];

describe.each(dateFields)('%s', (_, schema, entry, read) => {
  const dayOf = (value: unknown) => {
    const result = schema.safeParse(entry(value));
    if (!result.success) throw new Error(result.error.issues.map((issue) => issue.message).join('; '));
    return (read(result.data as never) as Date).toISOString();
  };

  it('takes the Paris day of a time with an offset, as YAML reads it or quoted', () => {
    expect(dayOf(new Date('2009-07-02T00:30:00+02:00'))).toBe('2009-07-02T00:00:00.000Z');
    expect(dayOf('2009-07-02T00:30:00+02:00')).toBe('2009-07-02T00:00:00.000Z');
    expect(dayOf(new Date('2009-07-01T23:30:00Z'))).toBe('2009-07-02T00:00:00.000Z');
    expect(dayOf(new Date('2009-07-01T22:30:00-05:00'))).toBe('2009-07-02T00:00:00.000Z');
  });

  it('keeps a day written alone', () => {
    expect(dayOf(new Date('2009-07-02T00:00:00Z'))).toBe('2009-07-02T00:00:00.000Z');
    expect(dayOf('2009-07-02')).toBe('2009-07-02T00:00:00.000Z');
  });
});

describe('date fields', () => {
  it('all go through the one date helper of fields.ts', () => {
    const folder = import.meta.dirname;
    const elsewhere = readdirSync(folder)
      .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts') && name !== 'fields.ts')
      .filter((name) => /z\s*\.\s*(date|coerce\s*\.\s*date|iso)\b/.test(readFileSync(`${folder}/${name}`, 'utf8')));
    expect(elsewhere).toEqual([]);
  });
});
