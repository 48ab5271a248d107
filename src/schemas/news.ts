/** Articles (Actualités): `content/news/<id>.md(x)`. */
import { z } from 'astro/zod';
import type { SchemaContext } from 'astro:content';
import { day, draft, ids, list, text, unknownFieldMessage, url } from './fields.ts';

const fields = ['title', 'description', 'date', 'updated', 'author', 'source', 'tags', 'members', 'calls', 'image', 'imageAlt', 'draft'] as const;

export const newsSchema = ({ image }: SchemaContext) =>
  z
    .strictObject(
      {
        /** The article's title, shown as its heading and in listings. */
        title: text('un titre'),
        /** A one-sentence summary, used on cards, as the meta description and as the feed summary. */
        description: text('un résumé en une phrase'),
        /** The publication date, a day in Europe/Paris such as `2009-07-02`; an article dated in the future waits for that day. */
        date: day(),
        /** The date of the last significant update, if any. Defaults to none. */
        updated: day().optional(),
        /** The author's name. Defaults to none. */
        author: text("le nom de l'auteur").optional(),
        /** The publication this article reports on: `name`, and optionally `url` and `date`. Defaults to none. */
        source: z
          .strictObject(
            {
              name: text('le nom de la publication'),
              url: url().optional(),
              date: day().optional(),
            },
            { error: unknownFieldMessage(['name', 'url', 'date']) },
          )
          .optional(),
        /** Keywords ("Mots clés"); each one gets a page listing its articles. Defaults to `[]`. */
        tags: list(text('un mot-clé'), 'de mots-clés'),
        /** Ids of the members the article is about (file names in `content/members/`). Defaults to `[]`. */
        members: ids('un membre'),
        /** Ids of the calls for projects the article is about (file names in `content/calls/`). Defaults to `[]`. */
        calls: ids('un appel à projets'),
        /** An illustration, as a path relative to the article file. Defaults to none. */
        image: image().optional(),
        /** The text alternative of `image`, required when `image` is set. */
        imageAlt: text("un texte décrivant l'image").optional(),
        /** `true` keeps the article out of the published site, feeds, search and sitemap. Defaults to `false`. */
        draft: draft(),
      },
      { error: unknownFieldMessage(fields) },
    )
    .superRefine((data, ctx) => {
      if (data.image && !data.imageAlt) {
        ctx.addIssue({
          code: 'custom',
          path: ['imageAlt'],
          message: "champ obligatoire quand « image » est renseigné : un texte décrivant l'image pour les personnes qui ne la voient pas",
        });
      }
      if (data.updated && data.updated < data.date) {
        ctx.addIssue({
          code: 'custom',
          path: ['updated'],
          message: 'la date de mise à jour ne peut pas précéder la date de publication (« date »)',
        });
      }
    });
