/** Member profiles (Annuaire): `content/members/<id>.md(x)`. */
import { draft, headcount, imagePath, list, oneOf, strictFields, text, url, withEntryImage, year } from './fields.ts';

/** Kinds of member, with their French labels (singular, plural). */
export const memberKinds = {
  entreprise: ['Entreprise', 'Entreprises'],
  ecole: ['École', 'Écoles'],
  laboratoire: ['Laboratoire', 'Laboratoires'],
  institution: ['Institution', 'Institutions'],
  collectivite: ['Collectivité', 'Collectivités'],
} as const;

/** The five fields of the Pôle, with their French labels. */
export const sectors = {
  cinema: 'Cinéma',
  audiovisuel: 'Audiovisuel',
  animation: 'Animation',
  'jeu-video': 'Jeu vidéo',
  'mondes-virtuels': 'Mondes virtuels',
} as const;

export type MemberKind = keyof typeof memberKinds;
export type Sector = keyof typeof sectors;

const kindIds = Object.keys(memberKinds) as [MemberKind, ...MemberKind[]];
const sectorIds = Object.keys(sectors) as [Sector, ...Sector[]];

export const membersSchema = withEntryImage('logo', () =>
  strictFields({
    /**
     * Le nom de la structure, tel qu'elle l'écrit. Obligatoire.
     * @example name: Ankama
     */
    name: text('le nom de la structure'),
    /**
     * Le type de structure : `entreprise`, `ecole`, `laboratoire`, `institution` ou `collectivite`. Obligatoire.
     * @example kind: entreprise
     */
    kind: oneOf(kindIds),
    /**
     * Les filières du Pôle où la structure travaille, parmi `cinema`, `audiovisuel`, `animation`, `jeu-video` et `mondes-virtuels`. Par défaut : `[]`.
     * @example sectors: [jeu-video]
     */
    sectors: list(oneOf(sectorIds), 'de secteurs'),
    /**
     * La ville où la structure est implantée, ou à défaut son territoire. Obligatoire.
     * @example city: Roubaix-Tourcoing
     */
    city: text('une ville'),
    /**
     * La phrase qui présente la structure sur les cartes et dans la description de la page. Obligatoire.
     * @example summary: Studio de jeu vidéo fondé en 2001, éditeur du jeu en ligne Dofus.
     */
    summary: text('une phrase de présentation'),
    /**
     * L'année de création, par exemple `2001`. Par défaut : aucune.
     * @example founded: 2001
     */
    founded: year().optional(),
    /**
     * Le nombre de salariés : `400`, ou `400+` quand la source dit « plus de 400 ». Par défaut : aucun.
     * @example employees: 400+
     */
    employees: headcount().optional(),
    /**
     * L'année à laquelle se rapporte le nombre de salariés, par exemple `2009`. Par défaut : aucune.
     * @example employeesYear: 2009
     */
    employeesYear: year().optional(),
    /**
     * L'adresse du site de la structure, commençant par `https://`. Par défaut : aucune.
     * @example website: https://www.example.org
     */
    website: url().optional(),
    /**
     * Le logo, chemin relatif au fichier du membre. Par défaut : aucun (les initiales du nom sont affichées).
     * @example logo: ./ankama-logo.png
     */
    logo: imagePath().optional(),
    /**
     * Le texte qui décrit le logo ; obligatoire quand `logo` est renseigné.
     * @example logoAlt: Ankama
     */
    logoAlt: text('un texte décrivant le logo').optional(),
    /**
     * `true` garde la fiche hors du site publié. Par défaut : `false`.
     * @example draft: true
     */
    draft: draft(),
  }).superRefine((data, ctx) => {
    if (data.logo && !data.logoAlt) {
      ctx.addIssue({
        code: 'custom',
        path: ['logoAlt'],
        message: 'champ obligatoire quand « logo » est renseigné : un texte décrivant le logo',
      });
    }
    if (data.employeesYear && !data.employees) {
      ctx.addIssue({
        code: 'custom',
        path: ['employeesYear'],
        message: 'ne sert que si « employees » est renseigné',
      });
    }
  }),
);
