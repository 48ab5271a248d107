/** Articles (Actualités): `content/news/<id>.md(x)`. */
import { day, draft, ids, imagePath, list, strictFields, text, url, withEntryImage } from './fields.ts';

export const newsSchema = withEntryImage('image', () =>
  strictFields({
    /**
     * Le titre de l'article, affiché en tête de page et dans les listes. Obligatoire.
     * @example title: Le Pôle Image du Nord-Pas-de-Calais est lancé au Fresnoy
     */
    title: text('un titre'),
    /**
     * Le résumé en une phrase, repris sur les cartes, dans la description de la page pour les moteurs de recherche et dans le flux RSS. Obligatoire.
     * @example description: Trois territoires s'unissent pour fédérer la filière régionale de l'image.
     */
    description: text('un résumé en une phrase'),
    /**
     * La date de publication, un jour à l'heure de Paris écrit `2009-07-02` ; un article daté dans le futur attend ce jour pour être publié. Obligatoire.
     * @example date: 2009-07-02
     */
    date: day(),
    /**
     * La date de la dernière mise à jour importante, écrite `2009-07-15`. Par défaut : aucune.
     * @example updated: 2009-07-15
     */
    updated: day().optional(),
    /**
     * Le nom de l'auteur ou de l'autrice. Par défaut : aucun.
     * @example author: Prénom Nom
     */
    author: text("le nom de l'auteur").optional(),
    /**
     * La publication dont l'article rend compte : `name` (son nom), et si on les connaît `url` (son adresse) et `date` (sa date). Par défaut : aucune.
     * @example source:
     *   name: Le Quotidien des Usines (L'Usine Nouvelle)
     *   date: 2009-07-02
     */
    source: strictFields(
      {
        name: text('le nom de la publication'),
        url: url().optional(),
        date: day().optional(),
      },
      'une source, avec name et si besoin url et date',
    ).optional(),
    /**
     * Les mots clés de l'article ; chacun a sa page qui liste ses articles. Par défaut : `[]`.
     * @example tags: [appel à projets, serious game]
     */
    tags: list(text('un mot-clé'), 'de mots-clés'),
    /**
     * Les identifiants des membres dont parle l'article, c'est-à-dire les noms de leurs fichiers dans `content/members/` sans extension. Par défaut : `[]`.
     * @example members: [le-fresnoy, ankama]
     */
    members: ids('un membre'),
    /**
     * Les identifiants des appels à projets dont parle l'article (noms de fichiers de `content/calls/` sans extension). Par défaut : `[]`.
     * @example calls: [appel-a-projets-2009]
     */
    calls: ids('un appel à projets'),
    /**
     * Les identifiants des événements de l'agenda dont parle l'article (noms de fichiers de `content/events/` sans extension) ; la page de l'événement cite l'article. Par défaut : `[]`.
     * @example events: [lancement-du-pole-image]
     */
    events: ids('un événement'),
    /**
     * Une illustration, chemin relatif au fichier de l'article, par exemple `./lancement.jpg`. Par défaut : aucune.
     * @example image: ./lancement.jpg
     */
    image: imagePath().optional(),
    /**
     * Le texte qui décrit l'illustration aux personnes qui ne la voient pas ; obligatoire quand `image` est renseigné.
     * @example imageAlt: Le bâtiment du Fresnoy, à Tourcoing, vu depuis la rue
     */
    imageAlt: text("un texte décrivant l'image").optional(),
    /**
     * `true` garde l'article hors du site publié, des flux, de la recherche et du plan du site. Par défaut : `false`.
     * @example draft: true
     */
    draft: draft(),
  }).superRefine((data, ctx) => {
    if (data.image && !data.imageAlt) {
      ctx.addIssue({
        code: 'custom',
        path: ['imageAlt'],
        message:
          "champ obligatoire quand « image » est renseigné : un texte décrivant l'image pour les personnes qui ne la voient pas",
      });
    }
    if (data.updated && data.updated < data.date) {
      ctx.addIssue({
        code: 'custom',
        path: ['updated'],
        message: 'la date de mise à jour ne peut pas précéder la date de publication (« date »)',
      });
    }
  }),
);
