/** The labels of members' kinds and sectors in each language, from the dictionary `memberStrings`. */
import type { MemberKind, Sector } from '../schemas/members.ts';
import { memberStrings } from './members.ts';
import type { Language } from './strings.ts';

/** A kind of member in a language, singular and plural: `['Company', 'Companies']`. */
export function kindLabels(kind: MemberKind, lang: Language): readonly [singular: string, plural: string] {
  const t = memberStrings[lang];
  const labels: Record<MemberKind, readonly [string, string]> = {
    entreprise: [t.kindEntreprise, t.kindEntreprises],
    ecole: [t.kindEcole, t.kindEcoles],
    laboratoire: [t.kindLaboratoire, t.kindLaboratoires],
    institution: [t.kindInstitution, t.kindInstitutions],
    collectivite: [t.kindCollectivite, t.kindCollectivites],
  };
  return labels[kind];
}

/** A sector's name in a language: `jeu-video` is « Jeu vidéo », "Video games". */
export function sectorLabel(sector: Sector, lang: Language): string {
  const t = memberStrings[lang];
  const labels: Record<Sector, string> = {
    cinema: t.sectorCinema,
    audiovisuel: t.sectorAudiovisuel,
    animation: t.sectorAnimation,
    'jeu-video': t.sectorJeuVideo,
    'mondes-virtuels': t.sectorMondesVirtuels,
  };
  return labels[sector];
}
