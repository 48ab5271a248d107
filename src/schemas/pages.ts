/** Standalone pages (Le Pôle, legal notice…): `content/pages/<id>.md(x)`, served at `/<id>/`. */
import { z } from 'astro/zod';
import { day, draft, text, unknownFieldMessage } from './fields.ts';

export const pagesSchema = () =>
  z.strictObject(
    {
      /** The page's title. */
      title: text('un titre'),
      /** One sentence describing the page, used as its meta description. */
      description: text('une phrase de description'),
      /** The date of the last significant update, shown at the foot of the page. Defaults to none. */
      updated: day().optional(),
      /** `true` keeps the page out of the published site. Defaults to `false`. */
      draft: draft(),
    },
    { error: unknownFieldMessage(['title', 'description', 'updated', 'draft']) },
  );
