/** Standalone pages (Le Pôle, legal notice…): `content/pages/<id>.md(x)`, served at `/<id>/`. */
import { day, draft, strictFields, text } from './fields.ts';

export const pagesSchema = () =>
  strictFields({
    /**
     * Le titre de la page. Obligatoire.
     * @example title: Mentions légales
     */
    title: text('un titre'),
    /**
     * La phrase qui décrit la page pour les moteurs de recherche. Obligatoire.
     * @example description: Éditeur, hébergement et données personnelles du site.
     */
    description: text('une phrase de description'),
    /**
     * La date de la dernière mise à jour importante, affichée en bas de page. Par défaut : aucune.
     * @example updated: 2009-07-15
     */
    updated: day().optional(),
    /**
     * `true` garde la page hors du site publié. Par défaut : `false`.
     * @example draft: true
     */
    draft: draft(),
  });
