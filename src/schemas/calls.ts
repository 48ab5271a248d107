/** Calls for projects (Appels à projets): `content/calls/<id>.md(x)`. */
import { z } from 'astro/zod';
import { day, draft, expected, text, strictFields, url } from './fields.ts';

export const callsSchema = () =>
  strictFields({
    /**
     * Le titre de l'appel à projets. Obligatoire.
     * @example title: Premier appel à projets du Pôle Image
     */
    title: text('un titre'),
    /**
     * La phrase qui présente l'appel sur les cartes, dans la description de la page et dans le flux RSS. Obligatoire.
     * @example summary: Un appel doté de 1,85 million d'euros pour les nouvelles écritures.
     */
    summary: text('une phrase de présentation'),
    /**
     * Le budget total en euros, en chiffres sans espace ni symbole : `1850000` s'affiche « 1,85 M€ ». Obligatoire.
     * @example budget: 1850000
     */
    budget: z
      .number({ error: expected('un montant en euros écrit en chiffres sans espace ni symbole, comme 1850000') })
      .nonnegative({ error: 'doit être un montant positif' }),
    /**
     * Les thèmes de l'appel, au moins un. Obligatoire.
     * @example themes: [Serious games, Webdocumentaires]
     */
    themes: z
      .array(text('un thème'), {
        error: 'doit être une liste de thèmes, par exemple [Serious games, Webdocumentaires]',
      })
      .min(1, { error: 'doit contenir au moins un thème' }),
    /**
     * Le jour d'ouverture des candidatures, écrit `2009-07-02`. Obligatoire.
     * @example opens: 2009-07-02
     */
    opens: day(),
    /**
     * La date limite, dernier jour pour candidater (heure de Paris), écrite `2009-09-30`. Par défaut : aucune, et la page indique « date limite non communiquée ».
     * @example closes: 2009-09-30
     */
    closes: day().optional(),
    /**
     * L'adresse où déposer un projet, commençant par `https://`. Par défaut : aucune.
     * @example applyUrl: https://www.example.org/candidater
     */
    applyUrl: url().optional(),
    /**
     * `true` garde l'appel hors du site publié. Par défaut : `false`.
     * @example draft: true
     */
    draft: draft(),
  }).superRefine((data, ctx) => {
    if (data.closes && data.closes < data.opens) {
      ctx.addIssue({
        code: 'custom',
        path: ['closes'],
        message: "la date limite ne peut pas précéder la date d'ouverture (« opens »)",
      });
    }
  });
