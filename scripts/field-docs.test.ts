import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { load } from 'js-yaml';
import { z } from 'astro/zod';
import type { SchemaContext } from 'astro:content';
import { describe, expect, it } from 'vitest';
import { entryCollections, settingsCollection } from '../src/schemas/collections.ts';
import { collections, fieldDocs } from './field-docs.ts';

const ROOT = resolve(import.meta.dirname, '..');

describe('the editor guide', () => {
  it('documents every field of every collection with a sentence', () => {
    for (const { file } of collections) {
      const fields = fieldDocs(readFileSync(resolve(ROOT, file), 'utf8'));
      expect(fields.length, file).toBeGreaterThan(3);
      for (const { name, doc } of fields) expect(doc, `${file}: ${name}`).toMatch(/^\S.{10,}\.$/s);
    }
  });

  it('states the default of every optional field', () => {
    for (const { file } of collections) {
      for (const { name, doc } of fieldDocs(readFileSync(resolve(ROOT, file), 'utf8'))) {
        expect(/Obligatoire\.|obligatoire quand|Par défaut/.test(doc), `${file}: ${name}: ${doc}`).toBe(true);
      }
    }
  });

  it('keeps the exact field names of the content contract', () => {
    const names = (file: string) => fieldDocs(readFileSync(resolve(ROOT, file), 'utf8')).map((f) => f.name);
    expect(names('src/schemas/news.ts')).toEqual(
      expect.arrayContaining([
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
      ]),
    );
    expect(names('src/schemas/members.ts')).toEqual(
      expect.arrayContaining([
        'name',
        'kind',
        'sectors',
        'city',
        'summary',
        'founded',
        'employees',
        'website',
        'logo',
        'logoAlt',
        'draft',
      ]),
    );
    expect(names('src/schemas/calls.ts')).toEqual(
      expect.arrayContaining(['title', 'summary', 'budget', 'themes', 'opens', 'closes', 'applyUrl', 'draft']),
    );
  });

  it('gives every field an example that its schema accepts', () => {
    // Images are only paths here: whether the file exists is the content check's business.
    const context = { image: () => z.string() } as unknown as SchemaContext;
    const cases = [
      ['news', entryCollections.news.schema(context), { title: 'T', description: 'D', date: '2009-07-02' }],
      [
        'members',
        entryCollections.members.schema(context),
        { name: 'N', kind: 'ecole', city: 'Lille', summary: 'S', employees: 10 },
      ],
      [
        'calls',
        entryCollections.calls.schema(),
        // A budget and themes the examples of `grant` and `results` fit in, as a real call's would.
        { title: 'T', summary: 'S', budget: 1850000, themes: ['Webdocumentaires'], opens: '2009-07-01' },
      ],
      ['pages', entryCollections.pages.schema(), { title: 'T', description: 'D' }],
      [
        'settings',
        settingsCollection.schema(),
        // Two key figures: the English labels' example has one for each.
        {
          name: 'N',
          tagline: 'T',
          description: 'D',
          navigation: [{ label: 'L', href: '/' }],
          keyFigures: [
            { value: 1, label: 'a' },
            { value: 2, label: 'b' },
          ],
        },
      ],
    ] as const;
    for (const [name, schema, base] of cases) {
      const file = `src/schemas/${name}.ts`;
      for (const { name: field, example } of fieldDocs(readFileSync(resolve(ROOT, file), 'utf8'))) {
        const data = load(example) as Record<string, unknown>;
        expect(Object.keys(data), `${file}: ${field}: @example`).toEqual([field]);
        const result = schema.safeParse({ ...base, ...data });
        const issues = result.success ? [] : result.error.issues.filter((issue) => issue.path[0] === field);
        expect(issues, `${file}: ${field}: ${example}`).toEqual([]);
      }
    }
  });

  it('lives in docs/editing.md only: every field has its heading there, and README.md repeats none', () => {
    const guide = readFileSync(resolve(ROOT, 'docs/editing.md'), 'utf8');
    for (const { file } of collections) {
      for (const { name } of fieldDocs(readFileSync(resolve(ROOT, file), 'utf8'))) {
        expect(guide, `${file}: ${name}`).toContain(`#### \`${name}\``);
      }
    }
    expect(readFileSync(resolve(ROOT, 'README.md'), 'utf8')).not.toMatch(/^#### `/m);
  });
});
