/** Site-wide settings editors may change: `content/settings/site.yaml`. */
import { z } from 'astro/zod';
import { day, englishText, expected, siteLink, strictFields, text, url } from './fields.ts';

const link = strictFields(
  {
    /** The text of the link. */
    label: text('le texte du lien'),
    /** A path of the site such as `/actualites/`, or a full web address. */
    href: siteLink(),
  },
  'un lien, avec label et href',
);

const links = () => z.array(link, { error: expected('une liste de liens, chacun avec label et href') });

const englishLink = strictFields(
  {
    /** The text of the link, in English. */
    label: englishText('le texte du lien en anglais'),
    /** A path of the English site such as `/en/news/`, or a full web address. */
    href: siteLink('/en/news/'),
  },
  'un lien, avec label et href',
);

const englishLinks = () => z.array(englishLink, { error: expected('une liste de liens, chacun avec label et href') });

/** One key figure, in the settings or in `<KeyFigures items={…} />`. */
export const keyFigure = strictFields(
  {
    /** The number, such as `1000`. */
    value: z.number({ error: expected('un nombre comme 1000') }),
    /** `environ` ("about") or `plus-de` ("more than"). Defaults to an exact figure. */
    qualifier: z.enum(['environ', 'plus-de'], { error: 'doit être « environ » ou « plus-de »' }).optional(),
    /** What is counted, such as `emplois directs`. */
    label: text('ce qui est compté'),
  },
  'un chiffre clé, avec value, label et si besoin qualifier',
);

export const settingsSchema = () =>
  strictFields({
    /**
     * Le nom du site, affiché dans l'en-tête et dans le titre de chaque page. Obligatoire.
     * @example name: Pôle Image Nord-Pas-de-Calais
     */
    name: text('le nom du site'),
    /**
     * L'accroche affichée sous le nom en page d'accueil. Obligatoire.
     * @example tagline: Cinéma, audiovisuel, animation, jeu vidéo et mondes virtuels en région
     */
    tagline: text('une accroche'),
    /**
     * La phrase qui présente le site en page d'accueil, pour les moteurs de recherche et dans les flux. Obligatoire.
     * @example description: Le pôle régional des industries de l'image, lancé en 2009.
     */
    description: text('une phrase de description'),
    /**
     * Les liens du menu principal, dans l'ordre : chacun a un `label` (son texte) et un `href` (un chemin du site comme `/actualites/`, ou une adresse `https://`). Obligatoire.
     * @example navigation:
     *   - label: Le Pôle
     *     href: /le-pole/
     *   - label: Actualités
     *     href: /actualites/
     */
    navigation: links().min(1, { error: 'doit contenir au moins un lien' }),
    /**
     * Les liens du pied de page (mentions légales, accessibilité…), de la même forme. Par défaut : `[]`.
     * @example footer:
     *   - label: Mentions légales
     *     href: /mentions-legales/
     */
    footer: links().default([]),
    /**
     * Les chiffres clés de la page d'accueil et de la page « Le Pôle » : chacun a une valeur `value`, un libellé `label` et, si besoin, un `qualifier` `environ` ou `plus-de`. Par défaut : `[]`.
     * @example keyFigures:
     *   - value: 1000
     *     qualifier: plus-de
     *     label: emplois directs
     *   - value: 10
     *     label: écoles
     */
    keyFigures: z
      .array(keyFigure, { error: expected('une liste de chiffres clés, chacun avec value et label') })
      .default([]),
    /**
     * Le nombre d'éléments, les plus récents, que contient chaque flux RSS ; un flux pèse au plus 1 Mo : au-delà, ses éléments les plus anciens en sortent (ils restent sur le site). Par défaut : `50`.
     * @example feedItems: 50
     */
    feedItems: z
      .number({ error: expected('un nombre entier comme 50') })
      .int({ error: expected('un nombre entier comme 50') })
      .min(1, { error: 'doit être au moins 1' })
      .max(500, { error: 'doit être au plus 500' })
      .default(50),
    /**
     * La source des chiffres clés : `name`, et si on les connaît `date` et `url`. Par défaut : aucune.
     * @example keyFiguresSource:
     *   name: Le Quotidien des Usines (L'Usine Nouvelle)
     *   date: 2009-07-02
     */
    keyFiguresSource: strictFields(
      { name: text('le nom de la source'), date: day().optional(), url: url().optional() },
      'une source, avec name et si besoin date et url',
    ).optional(),
    /**
     * Les réglages de la version anglaise, en anglais : `tagline`, `description`, `navigation` et `footer` comme ci-dessus (liens vers les pages `/en/…`), `name` s'il diffère, et `keyFigureLabels`, le libellé de chaque chiffre clé dans l'ordre de `keyFigures`, un par chiffre. Obligatoire. Sans eux, les pages anglaises auraient le menu et le pied de page français.
     * @example en:
     *   tagline: Film, television, animation, video games and virtual worlds in the region
     *   description: The regional cluster of the image industries, launched in 2009.
     *   navigation:
     *     - label: The Pôle
     *       href: /en/le-pole/
     *   keyFigureLabels: [companies, direct jobs]
     */
    en: strictFields(
      {
        name: englishText('le nom du site en anglais').optional(),
        tagline: englishText('une accroche en anglais'),
        description: englishText('une phrase de description en anglais'),
        navigation: englishLinks().min(1, { error: 'doit contenir au moins un lien' }),
        footer: englishLinks().default([]),
        keyFigureLabels: z
          .array(englishText('ce qui est compté, en anglais'), {
            error: expected('une liste de libellés, un par chiffre clé, dans le même ordre'),
          })
          .default([]),
      },
      'les réglages de la version anglaise, avec tagline, description et navigation',
    ),
  }).superRefine((data, ctx) => {
    const labels = data.en.keyFigureLabels.length;
    const figures = data.keyFigures.length;
    if (labels !== figures) {
      ctx.addIssue({
        code: 'custom',
        path: ['en', 'keyFigureLabels'],
        message: `${labels} libellé${labels > 1 ? 's' : ''} anglais pour ${figures} chiffre${figures > 1 ? 's' : ''} clé${figures > 1 ? 's' : ''} (keyFigures) : écrivez un libellé anglais par chiffre clé, dans le même ordre ; sans lui, la page d'accueil anglaise afficherait le libellé français`,
      });
    }
  });
