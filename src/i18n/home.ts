/** The words of the home page. */
import { defineStrings } from './strings.ts';
import { formatNumber } from '../lib/numbers.ts';

export const homeStrings = defineStrings({
  fr: {
    eyebrow: 'Nord-Pas-de-Calais · depuis 2009',
    discover: 'Découvrir le Pôle',
    seeMembers: 'Voir les membres',
    fields: 'Cinq filières',
    calls: 'Appels à projets',
    allCalls: 'Tous les appels à projets',
    figures: 'La filière en chiffres',
    territories: 'Les territoires fondateurs',
    latest: 'Dernières actualités',
    allNews: 'Toutes les actualités',
    noNews: 'Aucune actualité pour le moment.',
    directory: 'L’annuaire des membres',
    memberCount: (count: number) => `${formatNumber(count)} membre${count > 1 ? 's' : ''}\u00a0:`,
    browse: 'Parcourir l’annuaire',
  },
  en: {
    eyebrow: 'Nord-Pas-de-Calais · since 2009',
    discover: 'About the Pôle',
    seeMembers: 'See the members',
    fields: 'Five sectors',
    calls: 'Calls for projects',
    allCalls: 'All calls for projects',
    figures: 'The industry in figures',
    territories: 'The founding territories',
    latest: 'Latest news',
    allNews: 'All news',
    noNews: 'No news in English yet.',
    directory: 'The members’ directory',
    memberCount: (count: number) => `${formatNumber(count, 'en')} member${count === 1 ? '' : 's'}:`,
    browse: 'Browse the directory',
  },
});
