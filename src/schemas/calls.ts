/** Calls for projects (Appels à projets): `content/calls/<id>.md(x)`. */
import { z } from 'astro/zod';
import { day, draft, text, unknownFieldMessage, url } from './fields.ts';

const fields = ['title', 'summary', 'budget', 'themes', 'opens', 'closes', 'applyUrl', 'draft'] as const;

export const callsSchema = () =>
  z
    .strictObject(
      {
        /** The call's title. */
        title: text('un titre'),
        /** One sentence presenting the call, for cards, the meta description and feeds. */
        summary: text('une phrase de présentation'),
        /** The total budget in euros, as a plain number: `1850000` is shown as "1,85 M€". */
        budget: z
          .number({ error: (issue) => (issue.input === undefined ? 'champ obligatoire manquant : un montant en euros comme 1850000' : `doit être un montant en euros écrit sans espace ni symbole, comme 1850000, trouvé ${typeof issue.input === 'string' ? `« ${issue.input} »` : String(issue.input)}`) })
          .nonnegative({ error: 'doit être un montant positif' }),
        /** The themes of the call; at least one. */
        themes: z
          .array(text('un thème'), { error: 'doit être une liste de thèmes, par exemple [Serious games, Webdocumentaires]' })
          .min(1, { error: 'doit contenir au moins un thème' }),
        /** The day applications open, such as `2009-07-01`. */
        opens: day(),
        /** The deadline, the last day to apply (Paris time). Defaults to none: the page then says the deadline is not known. */
        closes: day().optional(),
        /** Where to apply. Defaults to none. */
        applyUrl: url().optional(),
        /** `true` keeps the call out of the published site. Defaults to `false`. */
        draft: draft(),
      },
      { error: unknownFieldMessage(fields) },
    )
    .superRefine((data, ctx) => {
      if (data.closes && data.closes < data.opens) {
        ctx.addIssue({
          code: 'custom',
          path: ['closes'],
          message: 'la date limite ne peut pas précéder la date d\'ouverture (« opens »)',
        });
      }
    });
