import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collections, fieldDocs, updatedReadme } from './field-docs.ts';

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

  it('in README.md is the one generated from the schemas (run `npm run docs` after changing a schema)', () => {
    const readme = readFileSync(resolve(ROOT, 'README.md'), 'utf8');
    expect(readme).toBe(updatedReadme(readme));
  });
});
