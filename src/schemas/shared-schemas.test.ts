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

  it('share, from one entry to the next, the fields, built once; only the image is the entry’s own', () => {
    for (const collection of ['news', 'members', 'events'] as const) {
      const first = entryCollections[collection].schema(entryContext());
      const second = entryCollections[collection].schema(entryContext());
      expect(first).not.toBe(second);
      expect(second.in).toBe(first.in);
    }
  });

  it('hand the image path to the entry’s image(), whose problems are named on the field', () => {
    // An image() of the content check's kind: it refuses some paths, and says why.
    const context = {
      image: () =>
        z
          .string()
          .refine((path) => path.startsWith('./'), { error: 'un chemin relatif au fichier, comme ./photo.jpg' })
          .transform((path) => ({ src: path.slice(2) })),
    } as unknown as SchemaContext;
    const news = entryCollections.news.schema(context);
    const fields = { title: 'Un titre', description: 'Une phrase.', date: '2009-07-02', imageAlt: 'Une photo' };
    expect(news.safeParse({ ...fields, image: './photo.jpg' }).data?.image).toEqual({ src: 'photo.jpg' });
    expect(news.safeParse(fields).data).not.toHaveProperty('image');
    expect(news.safeParse({ ...fields, image: 'photo.jpg' }).error?.issues).toEqual([
      expect.objectContaining({ path: ['image'], message: 'un chemin relatif au fichier, comme ./photo.jpg' }),
    ]);
    // Empty, it would pass Astro's image() and the article would go out without its image.
    expect(news.safeParse({ ...fields, image: '' }).error?.issues).toEqual([
      expect.objectContaining({
        path: ['image'],
        message: "doit être le chemin d'une image, comme ./photo.jpg, trouvé un texte vide",
      }),
    ]);
    expect(news.safeParse({ ...fields, image: 42 }).error?.issues).toEqual([
      expect.objectContaining({
        path: ['image'],
        message: "doit être le chemin d'une image, comme ./photo.jpg, trouvé 42",
      }),
    ]);
    const members = entryCollections.members.schema(context);
    const member = { name: 'Un studio', kind: 'entreprise', city: 'Lille', summary: 'Un résumé.', logoAlt: 'Le logo' };
    expect(members.safeParse({ ...member, logo: 'logo.png' }).error?.issues).toEqual([
      expect.objectContaining({ path: ['logo'], message: 'un chemin relatif au fichier, comme ./photo.jpg' }),
    ]);
    expect(members.safeParse({ ...member, logo: './logo.png' }).data?.logo).toEqual({ src: 'logo.png' });
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
