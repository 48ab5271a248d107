/** Site-wide settings editors may change: `content/settings/site.yaml`. */
import { z } from 'astro/zod';
import { day, text, unknownFieldMessage, url } from './fields.ts';

const link = z.strictObject(
  {
    /** The text of the link. */
    label: text('le texte du lien'),
    /** A path of the site such as `/actualites/`, or a full web address. */
    href: z.string({ error: 'doit être un chemin du site comme /actualites/ ou une adresse https://' }).regex(/^(\/|https?:\/\/)/, {
      error: 'doit commencer par / (une page du site) ou par https:// (un autre site)',
    }),
  },
  { error: unknownFieldMessage(['label', 'href']) },
);

const keyFigure = z.strictObject(
  {
    /** The number, such as `1000`. */
    value: z.number({ error: 'doit être un nombre comme 1000' }),
    /** `environ` ("about") or `plus-de` ("more than"). Defaults to an exact figure. */
    qualifier: z.enum(['environ', 'plus-de'], { error: 'doit être « environ » ou « plus-de »' }).optional(),
    /** What is counted, such as `emplois directs`. */
    label: text('ce qui est compté'),
  },
  { error: unknownFieldMessage(['value', 'qualifier', 'label']) },
);

export const settingsSchema = () =>
  z.strictObject(
    {
      /** The site's name, shown in the header and in every page title. */
      name: text('le nom du site'),
      /** A short line under the name, on the home page. */
      tagline: text('une accroche'),
      /** The site's description, for the home page's meta description and the feeds. */
      description: text('une phrase de description'),
      /** The main navigation, in order. */
      navigation: z.array(link).min(1, { error: 'doit contenir au moins un lien' }),
      /** Links in the footer (legal notice, accessibility…). */
      footer: z.array(link).default([]),
      /** The key figures shown on the home page and on « Le Pôle ». */
      keyFigures: z.array(keyFigure).default([]),
      /** Where the key figures come from. */
      keyFiguresSource: z
        .strictObject(
          { name: text('le nom de la source'), date: day().optional(), url: url().optional() },
          { error: unknownFieldMessage(['name', 'date', 'url']) },
        )
        .optional(),
    },
    {
      error: unknownFieldMessage(['name', 'tagline', 'description', 'navigation', 'footer', 'keyFigures', 'keyFiguresSource']),
    },
  );
