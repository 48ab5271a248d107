import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import type { SchemaContext } from 'astro:content';
import { entryCollections, settingsCollection, translationSchemas } from './collections.ts';
import { day, ids, text } from './fields.ts';

/** An `image()` helper of Astro's kind, made anew for each entry as Astro does. */
const entryContext = () => ({ image: () => z.string() }) as unknown as SchemaContext;

describe('schemas built once per entry', () => {
  it('share the field schemas of the same kind and message', () => {
    expect(text('un titre')).toBe(text('un titre'));
    expect(text('un titre')).not.toBe(text('un résumé en une phrase'));
    expect(day()).toBe(day());
    expect(ids('un membre')).toBe(ids('un membre'));
  });

  it('share, from one entry to the next, every field that does not depend on the entry', () => {
    const first = entryCollections.news.schema(entryContext());
    const second = entryCollections.news.schema(entryContext());
    expect(first).not.toBe(second);
    expect(second.shape.title).toBe(first.shape.title);
    expect(second.shape.members).toBe(first.shape.members);
  });

  it('build a schema without image() once for all entries', () => {
    expect(entryCollections.calls.schema()).toBe(entryCollections.calls.schema());
    expect(translationSchemas.news()).toBe(translationSchemas.news());
    expect(settingsCollection.schema()).toBe(settingsCollection.schema());
  });

  it('still validate each entry apart, with the same messages', () => {
    const schema = entryCollections.news.schema(entryContext());
    expect(schema.safeParse({ title: 'Un titre', description: 'Une phrase.', date: '2009-07-02' }).success).toBe(true);
    const wrong = schema.safeParse({ title: '', description: 'Une phrase.', date: '2009-07-02' });
    expect(wrong.error?.issues.map((issue) => issue.message)).toEqual(['ne doit pas être vide : un titre']);
  });
});
