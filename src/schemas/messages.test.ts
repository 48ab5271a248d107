/** Every message a schema can give is in French: editors never see Zod's English defaults. */
import { z } from 'astro/zod';
import type { SchemaContext } from 'astro:content';
import { describe, expect, it } from 'vitest';
import { entryCollections, settingsCollection } from './collections.ts';
import { expected } from './fields.ts';

// The content check's own image helper, which checks the file too (scripts/check-content.ts), speaks French the same way.
const context = { image: () => z.string({ error: expected("le chemin d'une image") }) } as unknown as SchemaContext;

const valid = {
  news: { title: 'T', description: 'D', date: '2009-07-02' },
  members: { name: 'N', kind: 'ecole', city: 'Lille', summary: 'S' },
  calls: { title: 'T', summary: 'S', budget: 1, themes: ['x'], opens: '2009-07-01' },
  pages: { title: 'T', description: 'D' },
  settings: { name: 'N', tagline: 'T', description: 'D', navigation: [{ label: 'L', href: '/' }] },
};

const schemas = {
  news: entryCollections.news.schema(context),
  members: entryCollections.members.schema(context),
  calls: entryCollections.calls.schema(),
  pages: entryCollections.pages.schema(),
  settings: settingsCollection.schema(),
};

/** Values of every kind, each wrong for most fields. */
const wrongValues: unknown[] = [
  '',
  'texte',
  12,
  -3,
  1.5,
  true,
  null,
  [],
  ['x', 3],
  [{}],
  {},
  { a: 1 },
  [{ label: 3 }],
  { min: 'x', max: -1 },
  { name: 'N', email: 'pas une adresse' },
  [{ title: 'T', file: 3, kind: 'autre' }],
  [{ title: 'T', amount: 'beaucoup', member: 4 }],
  [{ date: 'hier', note: '' }],
];
const fields: Record<keyof typeof schemas, string[]> = {
  news: [
    'title',
    'description',
    'date',
    'updated',
    'author',
    'source',
    'tags',
    'members',
    'calls',
    'image',
    'imageAlt',
    'draft',
  ],
  members: [
    'name',
    'kind',
    'sectors',
    'city',
    'summary',
    'founded',
    'employees',
    'employeesYear',
    'website',
    'logo',
    'logoAlt',
    'draft',
  ],
  calls: [
    'title',
    'summary',
    'budget',
    'themes',
    'opens',
    'closes',
    'rolling',
    'eligibility',
    'funds',
    'grant',
    'dates',
    'documents',
    'faq',
    'contact',
    'changes',
    'results',
    'applyUrl',
    'draft',
  ],
  pages: ['title', 'description', 'updated', 'draft'],
  settings: ['name', 'tagline', 'description', 'navigation', 'footer', 'keyFigures', 'keyFiguresSource'],
};

describe('schema messages', () => {
  it.each(Object.keys(schemas) as (keyof typeof schemas)[])(
    '%s: every wrong value of every field is refused in French',
    (name) => {
      const english: string[] = [];
      for (const field of fields[name]) {
        for (const value of [undefined, ...wrongValues]) {
          const result = schemas[name].safeParse({ ...valid[name], [field]: value });
          for (const issue of result.success ? [] : result.error.issues) {
            if (/\b(Invalid|expected|received|Too (small|big)|must)\b/.test(issue.message)) {
              english.push(`${field} = ${JSON.stringify(value)}: ${issue.path.join('.')}: ${issue.message}`);
            }
          }
        }
      }
      expect([...new Set(english)]).toEqual([]);
    },
  );
});
