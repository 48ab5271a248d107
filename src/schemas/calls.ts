/** Calls for projects (Appels à projets): `content/calls/<id>.md(x)`. */
import { z } from 'astro/zod';
import { day, dayTime, draft, expected, list, oneOf, text, strictFields, url } from './fields.ts';
import { documentKinds } from '../lib/call-documents.ts';
import { fieldMarkdownProblems } from '../lib/field-markdown.ts';
import { formatEuros } from '../lib/numbers.ts';
import { closestMatches } from '../lib/suggest.ts';

/** An amount in euros, written in figures. */
const euros = () =>
  z
    .number({ error: expected('un montant en euros écrit en chiffres sans espace ni symbole, comme 20000') })
    .nonnegative({ error: 'doit être un montant positif' });

/** A contact's e-mail address. */
const email = () => z.email({ error: expected('une adresse e-mail comme appels@example.org') });

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
     * La date limite, dernier jour pour candidater (heure de Paris), écrite `2009-09-30` ; avec une heure, `2009-09-30T12:00`, l'appel ferme à cette heure-là, sinon à la fin de ce jour. Par défaut : aucune, et la page indique « date limite non communiquée ».
     * @example closes: 2009-09-30T12:00
     */
    closes: dayTime().optional(),
    /**
     * `true` pour un appel ouvert sans date limite, « jusqu'à épuisement des crédits » ; ne s'écrit pas avec `closes`. Par défaut : `false`.
     * @example rolling: true
     */
    rolling: z.boolean({ error: expected('true ou false') }).default(false),
    /**
     * Qui peut candidater : une liste de phrases. Par défaut : aucune, et la rubrique n'apparaît pas.
     * @example eligibility:
     *   - Les entreprises de production installées dans la région.
     *   - Les auteurs associés à une entreprise de production.
     */
    eligibility: list(text('une phrase'), 'de phrases'),
    /**
     * Ce que l'appel finance : une liste de phrases. Par défaut : aucune, et la rubrique n'apparaît pas.
     * @example funds:
     *   - L'écriture et le développement.
     *   - La production d'un prototype.
     */
    funds: list(text('une phrase'), 'de phrases'),
    /**
     * L'aide par projet en euros, en chiffres : `min` et `max`, l'un ou les deux, s'affichent « de 20 000 à 150 000 € par projet » (deux montants égaux, « 20 000 € par projet ») ; aucun ne dépasse le budget. Par défaut : aucune.
     * @example grant: { min: 20000, max: 150000 }
     */
    grant: strictFields(
      { min: euros().optional(), max: euros().optional() },
      'un montant minimum et maximum (min, max)',
    )
      .refine((grant) => grant.min !== undefined || grant.max !== undefined, {
        error: 'doit donner au moins un montant : min, max ou les deux, comme { min: 20000, max: 150000 }',
      })
      .refine((grant) => grant.min === undefined || grant.max === undefined || grant.min <= grant.max, {
        error: 'le montant minimum (« min ») dépasse le maximum (« max »)',
      })
      .optional(),
    /**
     * Les autres dates clés (jury, résultats…) : un intitulé et un jour, montrés avec l'ouverture et la date limite sur une même frise. Par défaut : aucune.
     * @example dates:
     *   - label: Réunion d'information
     *     date: 2009-07-15
     *   - label: Annonce des résultats
     *     date: 2009-11-30
     */
    dates: list(
      strictFields({ label: text('un intitulé'), date: day() }, 'une date clé (label, date)'),
      'de dates clés',
    ),
    /**
     * Les fichiers à télécharger : un titre, le fichier (à côté de l'appel, `./reglement.pdf`, partagé par tous les appels du dossier ; dans un dossier au nom du fichier de l'appel, `./<nom-du-fichier>/reglement.pdf`, propre à cet appel ; ou dans `public/`, `/documents/reglement.pdf`), nommé en minuscules sans accents, chiffres et tirets, et sa nature (`reglement`, `dossier`, `modele` ou `annexe`, par défaut `annexe`). La page donne leur format et leur poids. Par défaut : aucun.
     * @example documents:
     *   - title: Règlement de l'appel
     *     file: ./reglement.pdf
     *     kind: reglement
     */
    documents: list(
      strictFields(
        {
          title: text('un titre'),
          file: text('le chemin du fichier, comme ./reglement.pdf'),
          kind: oneOf(documentKinds).default('annexe'),
        },
        'un document (title, file, kind)',
      ),
      'de documents',
    ),
    /**
     * Les questions fréquentes : une question et sa réponse, écrite en Markdown : du texte, des liens `[texte](https://…)`, l'italique `*…*`, le gras `**…**`, des paragraphes et des listes ; une balise HTML, un composant, une image, un titre ou un tableau y sont refusés. Par défaut : aucune.
     * @example faq:
     *   - question: Un auteur seul peut-il candidater ?
     *     answer: Non, il s'associe à une entreprise de production.
     */
    faq: list(
      strictFields({ question: text('une question'), answer: text('une réponse') }, 'une question (question, answer)'),
      'de questions',
    ),
    /**
     * À qui poser ses questions : un nom, et une adresse e-mail (`email`) ou une adresse web (`url`). Par défaut : aucun.
     * @example contact: { name: Service des appels à projets, email: appels@example.org }
     */
    contact: strictFields(
      { name: text('un nom'), email: email().optional(), url: url().optional() },
      'un contact (name, email ou url)',
    )
      .refine((contact) => (contact.email === undefined) !== (contact.url === undefined), {
        error: 'doit donner une adresse e-mail (« email ») ou une adresse web (« url »), une seule des deux',
      })
      .optional(),
    /**
     * Les modifications de l'appel, datées : chacune s'affiche en haut de la page (« Modifié le 15 septembre 2009 : … ») et part aux abonnés des flux RSS. Une modification datée d'un jour à venir n'apparaît nulle part avant ce jour (page, flux, calendriers), comme une actualité datée ; elle paraît à la première construction du site ce jour-là. La note est une phrase en Markdown : des liens `[texte](https://…)`, l'italique `*…*` et le gras `**…**` s'affichent sur la page et dans les flux ; une balise HTML, un composant, une liste ou un second paragraphe y sont refusés. N'en retirez pas une déjà publiée. Par défaut : aucune.
     * @example changes:
     *   - date: 2009-09-15
     *     note: La date limite est repoussée au 30 septembre.
     */
    changes: list(
      strictFields({ date: day(), note: text('une phrase') }, 'une modification (date, note)'),
      'de modifications',
    ),
    /**
     * Les projets retenus, une fois publiés : un titre, le montant accordé en euros (plus de 0), le porteur, soit membre du Pôle (`member`, le nom de son fichier dans `content/members/`, sa fiche publiée), soit non (`holder`, son nom), l'un ou l'autre, pas les deux, et un thème pris dans `themes`. Le total ne dépasse pas le budget. L'exemple nomme un membre inventé pour les tests, `studio-de-test`, et un porteur inventé : écrivez le nom du fichier d'un vrai membre. Par défaut : aucun.
     * @example results:
     *   - title: Projet d'essai
     *     amount: 45000
     *     member: studio-de-test
     *     theme: Webdocumentaires
     *   - title: Un autre projet d'essai
     *     amount: 20000
     *     holder: Compagnie d'essai
     */
    results: list(
      strictFields(
        {
          title: text('un titre'),
          amount: euros().positive({ error: 'doit être le montant accordé, supérieur à 0, comme 20000' }),
          member: z
            .string({ error: expected("l'identifiant d'un membre (nom du fichier sans extension)") })
            .trim()
            .optional(),
          holder: text('un nom').optional(),
          theme: text('un thème').optional(),
        },
        'un projet retenu (title, amount, member ou holder, theme)',
      ),
      'de projets retenus',
    ),
    /**
     * L'adresse où déposer un projet, commençant par `https://` (une adresse `http://` est refusée : le dépôt transmet des données personnelles). Le bouton
     * « Déposer un projet » n'apparaît que pendant que l'appel est ouvert :
     * avant, la page donne le jour d'ouverture ; après la date limite, le jour
     * et l'heure de clôture. Par défaut : aucune.
     * @example applyUrl: https://www.example.org/candidater
     */
    applyUrl: z
      .url({
        protocol: /^https$/,
        error: expected(
          'une adresse web complète commençant par https:// (un dépôt de projet transmet des données personnelles : une adresse http:// ne les protège pas)',
        ),
      })
      .optional(),
    /**
     * `true` garde l'appel hors du site publié. Par défaut : `false`.
     * @example draft: true
     */
    draft: draft(),
  }).superRefine((data, ctx) => {
    if (data.closes && data.closes.day < data.opens) {
      ctx.addIssue({
        code: 'custom',
        path: ['closes'],
        message: "la date limite ne peut pas précéder la date d'ouverture (« opens »)",
      });
    }
    if (data.rolling && data.closes) {
      ctx.addIssue({
        code: 'custom',
        path: ['rolling'],
        message:
          "un appel « jusqu'à épuisement des crédits » (rolling: true) n'a pas de date limite : retirez « closes », ou retirez « rolling »",
      });
    }
    data.faq.forEach(({ answer }, index) => {
      for (const message of fieldMarkdownProblems(answer, 'block')) {
        ctx.addIssue({ code: 'custom', path: ['faq', index, 'answer'], message });
      }
    });
    data.changes.forEach(({ note }, index) => {
      for (const message of fieldMarkdownProblems(note, 'inline')) {
        ctx.addIssue({ code: 'custom', path: ['changes', index, 'note'], message });
      }
    });
    data.changes.forEach((change, index) => {
      if (change.date < data.opens) {
        ctx.addIssue({
          code: 'custom',
          path: ['changes', index, 'date'],
          message: "une modification ne peut pas précéder l'ouverture de l'appel (« opens ») : vérifiez sa date",
        });
      }
    });
    // An amount refused by its own field has its own message already: nothing to compare it with.
    if (!(data.budget >= 0) || data.results.some(({ amount }) => !(amount >= 0))) return;
    const budget = formatEuros(data.budget);
    if (data.grant && Math.max(data.grant.min ?? 0, data.grant.max ?? 0) > data.budget) {
      const end = data.grant.max === undefined ? 'min' : 'max';
      ctx.addIssue({
        code: 'custom',
        path: ['grant', end],
        message: `l'aide par projet (${formatEuros(data.grant[end] ?? 0)}) dépasse le budget de l'appel (« budget », ${budget}) : vérifiez les deux montants, écrits en euros sans espace (150000)`,
      });
    }
    data.results.forEach(({ member, holder, theme }, index) => {
      if (member !== undefined && holder !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['results', index, 'holder'],
          message:
            "« member » et « holder » ensemble : la page nomme le porteur d'après la fiche du membre ; gardez « member » pour un membre du Pôle, ou « holder » pour un porteur qui n'en est pas membre, pas les deux",
        });
      }
      if (theme !== undefined && !data.themes.includes(theme)) {
        const close = closestMatches(theme, data.themes);
        ctx.addIssue({
          code: 'custom',
          path: ['results', index, 'theme'],
          message:
            `thème « ${theme} » absent des thèmes de l'appel (« themes » : ${data.themes.join(', ')})` +
            (close.length ? ` (vouliez-vous dire « ${close[0]} » ?)` : '') +
            " ; écrivez l'un d'eux exactement, ou ajoutez ce thème à « themes »",
        });
      }
    });
    const total = data.results.reduce((sum, { amount }) => sum + amount, 0);
    if (total > data.budget) {
      ctx.addIssue({
        code: 'custom',
        path: ['results'],
        message: `le total des montants accordés (${formatEuros(total)}) dépasse le budget de l'appel (« budget », ${budget}) : vérifiez les montants, écrits en euros sans espace (45000), et le budget`,
      });
    }
  });
