/** Member profiles (Annuaire): `content/members/<id>.md(x)`. */
import { z } from 'astro/zod';
import type { SchemaContext } from 'astro:content';
import { draft, headcount, list, oneOf, text, unknownFieldMessage, url, year } from './fields.ts';

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

const fields = ['name', 'kind', 'sectors', 'city', 'summary', 'founded', 'employees', 'employeesYear', 'website', 'logo', 'logoAlt', 'draft'] as const;

export const membersSchema = ({ image }: SchemaContext) =>
  z
    .strictObject(
      {
        /** The organisation's name as it writes it. */
        name: text('le nom de la structure'),
        /** What the member is: `entreprise`, `ecole`, `laboratoire`, `institution` or `collectivite`. */
        kind: oneOf(kindIds),
        /** The Pôle's fields the member works in, among `cinema`, `audiovisuel`, `animation`, `jeu-video`, `mondes-virtuels`. Defaults to `[]`. */
        sectors: list(oneOf(sectorIds), 'de secteurs'),
        /** The town where the member is based. */
        city: text('une ville'),
        /** One sentence presenting the member, for cards and the meta description. */
        summary: text('une phrase de présentation'),
        /** The year the organisation was founded. Defaults to none. */
        founded: year().optional(),
        /** The number of employees: `400`, or `400+` when the source says "more than 400". Defaults to none. */
        employees: headcount().optional(),
        /** The year the number of employees refers to. Defaults to none. */
        employeesYear: year().optional(),
        /** The member's own website. Defaults to none. */
        website: url().optional(),
        /** The member's logo, as a path relative to the profile file. Defaults to none (a monogram is shown). */
        logo: image().optional(),
        /** The text alternative of `logo`, required when `logo` is set. */
        logoAlt: text('un texte décrivant le logo').optional(),
        /** `true` keeps the profile out of the published site. Defaults to `false`. */
        draft: draft(),
      },
      { error: unknownFieldMessage(fields) },
    )
    .superRefine((data, ctx) => {
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
    });
